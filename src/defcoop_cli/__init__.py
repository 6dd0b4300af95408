"""defcoop: fact lookup for defence-cooperation briefings (the console script: cli/entry.py)."""

__version__ = "0.1.0"

# What a run has made and not yet kept: temporary files and folders (files.staged, the
# cache's builds), and a writer's lock file and the text and folders it made (adding,
# reanchoring): a signal that ends the run removes them. Kept here, in the first module to
# load, so that the signal handler needs no import.
TEMPORARY: set[str] = set()
# Where the signal handler writes its line: fd 2, except while the search engine's own
# stderr is silenced (index.guarding.quiet_stderr), when a saved copy of the real one.
STDERR_FD = [2]
