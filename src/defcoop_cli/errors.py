"""The exception root and the exit codes; the CLI maps one to the other in one place."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    FOUND = 0
    NOT_FOUND = 1
    USAGE = 2
    INTERNAL = 70
    INTERRUPTED = 130


class DefcoopError(Exception):
    """An error the user can act on: it becomes one stderr line and an exit code."""

    exit_code = ExitCode.USAGE


class UsageError(DefcoopError):
    """The command line asks for something that cannot be done."""


class FactBaseNotFound(DefcoopError):
    """The fact file does not exist."""


class BadFactBase(DefcoopError):
    """The fact file exists but cannot be used: unreadable, not JSON, or not a fact base."""


class UnknownId(DefcoopError):
    """A fact, topic or entity id that the fact base does not have."""

    exit_code = ExitCode.NOT_FOUND
