"""Writing an index folder: the build, and what it writes of each fact."""
