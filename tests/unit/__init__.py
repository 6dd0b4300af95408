"""Unit tests: one file per core module, calling the module directly."""
