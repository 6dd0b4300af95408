"""The exception root and the exit codes; the CLI maps one to the other in one place."""

from __future__ import annotations

import errno
from enum import IntEnum

# A disk that is full or failing: an error of the machine, not of what the user asked for
# (exit 74), wherever a write meets it.
DISK_ERRORS = frozenset({errno.ENOSPC, errno.EIO, errno.EDQUOT, errno.EFBIG})
# A file or folder the user may not write (or a read-only file system): exit 74 from every
# writer, as `init`, `add` and `reanchor --write` give when their lock cannot be made.
DENIED = frozenset({errno.EACCES, errno.EPERM, errno.EROFS})


class ExitCode(IntEnum):
    FOUND = 0
    NOT_FOUND = 1
    USAGE = 2
    INCOMPLETE = 3  # a writer's change is in place, but a step after it failed ("added, but")
    INTERNAL = 70
    IO_ERROR = 74  # sysexits' EX_IOERR: the output could not be written
    TRY_AGAIN = 75  # sysexits' EX_TEMPFAIL: another writer was busy; nothing was changed
    INTERRUPTED = 130  # 128 + SIGINT
    TERMINATED = 143  # 128 + SIGTERM


class DefcoopError(Exception):
    """An error the user can act on: it becomes one stderr line and an exit code."""

    exit_code = ExitCode.USAGE


class UsageError(DefcoopError):
    """The command line asks for something that cannot be done."""


class FactBaseNotFound(DefcoopError):
    """The fact file does not exist."""


class BadFactBase(DefcoopError):
    """The fact file exists but cannot be used: unreadable, not JSON, or not a fact base.

    `problems` holds every (code, JSON path, message) found, for `validate` to list.
    """

    def __init__(self, message: str, problems: tuple[tuple[str, str, str], ...] = ()) -> None:
        super().__init__(message)
        self.problems = problems


class UnknownId(DefcoopError):
    """A fact, topic or entity id that the fact base does not have."""

    exit_code = ExitCode.NOT_FOUND


class NothingFound(DefcoopError):
    """The command has nothing to work on (a brief of fact bases without sources)."""

    exit_code = ExitCode.NOT_FOUND


class WriteError(DefcoopError):
    """A file defcoop was asked to write (a fact base, a corrected copy) could not be."""

    exit_code = ExitCode.IO_ERROR


class TryAgain(WriteError):
    """Nothing was written, and running again may succeed: another writer held the lock
    too long, or another program changed the file while defcoop worked on it."""

    exit_code = ExitCode.TRY_AGAIN


class Incomplete(DefcoopError):
    """The change is in place, but a step after it failed (flushing a folder to disk,
    replacing the backup): the message says what was done and what was not."""

    exit_code = ExitCode.INCOMPLETE


class OutputError(DefcoopError):
    """stdout could not take the whole output: a full disk, an I/O error, a closed stdout."""

    exit_code = ExitCode.IO_ERROR


class Cancelled(DefcoopError):
    """The user left an interactive command (Esc, Ctrl-C) without choosing: exit 130 and,
    as fzf does, nothing said."""

    exit_code = ExitCode.INTERRUPTED

    def __init__(self) -> None:
        super().__init__("")
