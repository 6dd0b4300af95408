"""Command tests: one file per command, run in-process through `conftest.call`."""
