"""One writer at a time: the lock a command holds while it writes a fact base.

`init`, `add` and `reanchor --write` take an exclusive flock(2) on `.NAME.defcoop.lock`
beside what they write (NAME: the fact file, or the folder they create) and hold it for
their whole read, check and write. Another writer waits for it, says so after a second, and gives up
after DEFCOOP_LOCK_TIMEOUT seconds (60 unless set) with nothing changed (exit 75).

The holder removes the lock file as it lets go. A waiter that then gets the lock of the
removed file sees that the name no longer leads to it, and takes the new one. The kernel
releases a lock when its holder ends, however it ends (kill -9 too): a lock file left
behind locks nothing, and the next writer in its folder removes it (`tidy`), taking its
lock first so that it never removes one in use. `init` of a folder that exists and a
refused `reanchor --write` tidy the folder beside it too, where the lock of the folder
they make is.

The lock is advisory: a program that does not take it (an editor) is not held back by it,
which is why `add` also compares the fact file with what it read just before replacing it.
"""

from __future__ import annotations

import os
import re
import stat
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from defcoop_cli import TEMPORARY
from defcoop_cli.errors import TryAgain, UsageError, WriteError
from defcoop_cli.factbase.files import new_file_mode, remove_leftovers, signals_held

TIMEOUT_SECONDS = 60.0
NOTICE_SECONDS = 1.0  # a writer that waits longer says so
POLL_SECONDS = 0.05


LOCK_NAME = re.compile(r"\..*\.defcoop\.lock\Z", re.DOTALL)
# A lock file is opened without following a symlink, and without blocking: a FIFO put
# under its name would otherwise hang the writer (with SIGINT and SIGTERM held).
_FLAGS = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)


def lock_file(target: Path) -> Path:
    return target.parent / f".{target.name}.defcoop.lock"


def tidy(folder: Path) -> None:
    """Remove what writers killed outright left in folder: their temporary files and
    folders, and their lock files (each taken first: one in use is left alone)."""
    import fcntl

    remove_leftovers(folder)
    try:
        names = [e.name for e in os.scandir(folder) if LOCK_NAME.match(e.name)]
    except OSError:
        return
    for name in names:
        path = folder / name
        try:
            fd = os.open(path, _FLAGS)
        except OSError:
            continue
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                continue  # not a lock file defcoop made: a FIFO, a device
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            if _still_named(path, fd):
                os.unlink(path)
        except OSError:  # in use (BlockingIOError), or gone meanwhile
            pass
        finally:
            os.close(fd)


def lock_timeout() -> float:
    """How long a writer waits for another: DEFCOOP_LOCK_TIMEOUT seconds, else 60."""
    given = os.environ.get("DEFCOOP_LOCK_TIMEOUT", "")
    if not given:
        return TIMEOUT_SECONDS
    try:
        seconds = float(given)
    except ValueError:
        seconds = -1.0
    if not 0 <= seconds < float("inf"):
        raise UsageError(f"DEFCOOP_LOCK_TIMEOUT is {given!r}: give a number of seconds")
    return seconds


@contextmanager
def exclusive(
    target: Path, waiting: Callable[[str], None] | None = None, shown: Path | None = None
) -> Iterator[None]:
    """Hold the writers' lock of target for the block; waiting(who) is called once if it
    takes more than a second (who: `holder`'s words). TryAgain when another writer holds
    it past the timeout. Messages name `shown`, the path as the user gave it (target when None)."""
    path = lock_file(target)
    fd = _acquire(path, target if shown is None else shown, waiting)
    try:
        yield
    finally:
        with signals_held():
            with suppress(OSError):
                os.unlink(path)  # while still held: see the module's docstring
            TEMPORARY.discard(str(path))
        os.close(fd)


def _acquire(path: Path, target: Path, waiting: Callable[[str], None] | None) -> int:
    timeout = lock_timeout()
    started = time.monotonic()
    told = False
    while True:
        with signals_held():  # a signal never finds the lock taken but not yet registered
            fd = _take(path, target)
        if fd is not None:
            return fd
        waited = time.monotonic() - started
        if waited >= timeout:
            raise TryAgain(
                f"{target}: another writer{holder(path)} held it longer than {timeout:g} s "
                "(DEFCOOP_LOCK_TIMEOUT); nothing was changed: try again"
            )
        if waiting is not None and not told and waited >= NOTICE_SECONDS:
            told = True
            waiting(holder(path))
        time.sleep(POLL_SECONDS)


def holder(path: Path) -> str:
    """Who holds the lock of path, as Linux's /proc/locks and /proc/PID/stat tell it:
    " (process 123)", or " (process 123, stopped: …)" for one suspended with Ctrl-Z,
    which holds its lock until it is resumed or ended; "" where that cannot be told."""
    try:
        held = os.stat(path, follow_symlinks=False)
        with open("/proc/locks", encoding="ascii") as f:
            lines = f.read().splitlines()
    except (OSError, ValueError):
        return ""
    wanted = f"{os.major(held.st_dev):02x}:{os.minor(held.st_dev):02x}:{held.st_ino}"
    for line in lines:  # "1: FLOCK  ADVISORY  WRITE 4242 fd:01:2296354 0 EOF"
        fields = line.split()
        if len(fields) > 5 and fields[1] == "FLOCK" and fields[5] == wanted:
            pid = int(fields[4]) if fields[4].isdigit() else 0
            return _process(pid) if pid not in (0, os.getpid()) else ""
    return ""


def _process(pid: int) -> str:
    """ " (process 123)" of a live process; "" when /proc does not show it (a holder that
    forked and ended leaves its pid in /proc/locks; a reused pid would name another)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="utf-8", errors="replace") as f:
            state = f.read().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return ""
    if state == "T":
        return f" (process {pid}, stopped: 'fg' in its terminal resumes it, or end it)"
    if state == "t":
        return f" (process {pid}, stopped by a debugger)"
    return f" (process {pid})"


def _take(path: Path, target: Path) -> int | None:
    """The lock file's descriptor, locked and registered for the signal handler; None
    while another writer holds it (or removed it as it let go: the next try takes the
    new one). Messages name target as the user gave it."""
    import fcntl

    fd = _open(path, target)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        return None
    except OSError as e:
        os.close(fd)
        raise WriteError(
            f"{target}: cannot lock {_shown(path, target)}: {e.strerror or e}"
        ) from None
    if not _still_named(path, fd):
        os.close(fd)
        return None
    TEMPORARY.add(str(path))  # a signal that ends the run removes it
    return fd


def _open(path: Path, target: Path) -> int:
    import errno

    try:
        fd = os.open(path, _FLAGS | os.O_CREAT, new_file_mode())  # as any file made anew
    except OSError as e:
        why = e.strerror or str(e)
        if e.errno == errno.ELOOP:  # O_NOFOLLOW met a symlink under the lock's name
            why = "a symlink is in its place (remove it)"
        raise WriteError(f"{target}: cannot make its lock {_shown(path, target)}: {why}") from None
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise WriteError(
            f"{target}: cannot make its lock {_shown(path, target)}: not a regular file"
        )
    return fd


def _shown(path: Path, target: Path) -> Path:
    """The lock file's path as the user gave the file it locks (`mine/.facts.json…`), where
    that names the same folder; else where it is (beside the file a symlink leads to)."""
    given = lock_file(target)
    same = os.path.realpath(given.parent) == os.path.realpath(path.parent)
    return given if same and given.name == path.name else path


def _still_named(path: Path, fd: int) -> bool:
    try:
        named = os.stat(path, follow_symlinks=False)
    except OSError:
        return False
    held = os.fstat(fd)
    return (named.st_dev, named.st_ino) == (held.st_dev, held.st_ino)
