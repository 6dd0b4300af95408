"""Files read safely and written atomically.

Reading: regular files only, opened without blocking (a FIFO never hangs the tool), refused
from their size alone when too big, and checked not to have changed while they were read.

Writing: a whole file under a temporary name in the target's folder, flushed to disk, then
renamed (or linked, when the target must not exist yet) into place. A crash, a signal or a
full disk leaves either the old file or the new one, never a mix; temporary files are
registered so that a signal handler can remove them. What a writer killed outright leaves
(`.NAME.defcoop-<pid>-XXXXXXXX.tmp`, a file or a folder) is removed by the next writer of
that folder once the process <pid> is gone.
"""

from __future__ import annotations

import os
import re
import stat
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress

from defcoop_cli import TEMPORARY
from defcoop_cli.errors import BadFactBase, FactBaseNotFound, UsageError, WriteError

TYPE_CHECKING = False  # typing is imported by mypy alone: a search loads no typing
if TYPE_CHECKING:  # nor pathlib: a reader's paths are joined by os.path
    from pathlib import Path

    from _typeshed import StrPath

Fingerprint = tuple[int, int, int, int, int]
# A temporary file or folder a writer made: its name holds the writer's process id.
TEMPORARY_NAME = re.compile(r"\..*\.defcoop-(\d+)-[a-z0-9_]+\.tmp\Z", re.DOTALL)
# One whose writer seems alive is removed after a day all the same: the process id may be
# another process's by now.
ABANDONED_SECONDS = 86_400


def fingerprint_of(info: os.stat_result) -> Fingerprint:
    """What changes when a file is rewritten: device, inode, size, mtime and ctime (ns)."""
    return (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns)


def fingerprint(path: StrPath) -> Fingerprint | None:
    """The fingerprint of a regular file, or None when it is not one (or is not there)."""
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return None
    return fingerprint_of(info) if stat.S_ISREG(info.st_mode) else None


def _a(what: str) -> str:
    """what, after its indefinite article: "an article", "a draft"."""
    return f"{'an' if what[:1] in 'aeiou' else 'a'} {what}"


def read_regular_file(path: StrPath, limit: int, what: str) -> bytes:
    """A regular file's bytes, read without blocking and checked not to change meanwhile."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise FactBaseNotFound(f"{path}: no such {what}") from None
    except IsADirectoryError:
        raise BadFactBase(f"{path}: is a directory, not {_a(what)}") from None
    except OSError as e:
        raise BadFactBase(f"{path}: cannot open {what}: {e.strerror or e}") from None
    except ValueError as e:  # a NUL byte, or a lone surrogate the file system cannot encode
        raise BadFactBase(f"{path}: cannot open {what}: {e}") from None
    try:
        before = os.fstat(fd)
        if stat.S_ISDIR(before.st_mode):
            raise BadFactBase(f"{path}: is a directory, not {_a(what)}")
        if not stat.S_ISREG(before.st_mode):
            raise BadFactBase(f"{path}: is not a regular file (a FIFO, socket or device)")
        if before.st_size > limit:
            raise BadFactBase(f"{path}: {what} is {before.st_size} bytes; the limit is {limit}")
        data = _read_all(fd, limit + 1, before.st_size)
        after = os.fstat(fd)
    except OSError as e:
        raise BadFactBase(f"{path}: cannot read {what}: {e.strerror or e}") from None
    finally:
        os.close(fd)
    if len(data) > limit:
        raise BadFactBase(f"{path}: {what} is over the limit of {limit} bytes")
    if fingerprint_of(before) != fingerprint_of(after) or len(data) != after.st_size:
        raise BadFactBase(f"{path}: the {what} changed while it was read; run again")
    return data


def _read_all(fd: int, most: int, size: int) -> bytes:
    """Up to `most` bytes of fd, whose size fstat gave: read whole at once (one buffer of
    its size, not pieces joined into a second), then a read at the end that finds nothing
    (or what was added meanwhile, in pieces of 64 KiB)."""
    chunks = []
    got = 0
    while got < most and (chunk := os.read(fd, min(most - got, max(size - got + 1, 1 << 16)))):
        chunks.append(chunk)
        got += len(chunk)
    return b"".join(chunks)


def read_regular(path: StrPath, most: int) -> bytes | None:
    """A small regular file's bytes, without following a symlink or waiting on a FIFO."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOFOLLOW)
    except (OSError, ValueError):
        return None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_size > most:
            return None
        return os.read(fd, most)
    except OSError:
        return None
    finally:
        os.close(fd)


def decode_utf8(data: bytes, path: StrPath, encoding: str = "utf-8") -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as e:
        where = f"byte 0x{data[e.start]:02x} at offset {e.start}"
        raise BadFactBase(f"{path}: not UTF-8 ({where})") from None


def writable_mode(path: Path, shown: Path) -> int:
    """The permission bits of the file at path, for its new version to keep; WriteError
    (nothing changed) when it is read-only: no write permission for its user, or for
    anyone (root too is kept from replacing it)."""
    try:
        mode = stat.S_IMODE(os.stat(path).st_mode)
    except OSError as e:
        raise WriteError(f"{shown}: cannot write it: {e.strerror or e}") from None
    if not mode & 0o222 or not os.access(path, os.W_OK):
        raise WriteError(f"{shown}: is read-only; it was left as it was")
    return mode


def new_file_mode() -> int:
    """The mode a program gives a file it creates, as open(2) does: 0666 less the umask."""
    return 0o666 & ~_umask()


def new_folder_mode() -> int:
    """The mode of a folder made anew, as mkdir(2) gives it: 0777 less the umask."""
    return 0o777 & ~_umask()


def _umask() -> int:
    umask = os.umask(0o022)  # read by setting it: put back at once
    os.umask(umask)
    return umask


def owner(path: StrPath) -> tuple[int, int] | None:
    """The owner and group of the file at path, for its new version to keep; None when
    they are the process's own already (or it is not there)."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    found = (info.st_uid, info.st_gid)
    return None if found == (os.geteuid(), os.getegid()) else found


def write_atomically(
    target: Path | str,
    write: Callable[[Path], object],
    mode: int = 0o600,
    replace: bool = True,
    durable: bool = False,
) -> None:
    """Write target whole: write(temporary), then rename it into place.

    With replace=False an existing target is never overwritten (UsageError, nothing
    changed). durable=True flushes the file and its folder to disk first (for user data;
    the cache does without). OSError from the file system propagates, with the temporary
    file removed.
    """
    from pathlib import Path  # a writer's only: a search joins its paths by os.path

    target = Path(target)
    with staged(target, write, mode, durable) as temporary:
        if replace:
            os.replace(temporary, target)
        else:
            try:
                os.link(temporary, target)  # fails if target exists: no race with another writer
            except FileExistsError:
                raise UsageError(f"{target}: already exists; it was left as it was") from None
    if durable:
        fsync_folder(target.parent)


@contextmanager
def staged(
    target: Path | str,
    write: Callable[[Path], object],
    mode: int = 0o600,
    durable: bool = False,
    owned_by: tuple[int, int] | None = None,
) -> Iterator[Path]:
    """A temporary file beside target holding what write(it) wrote, with mode (and the
    owner and group owned_by, where the process may give them: root), flushed to disk when
    durable: for the block to rename or link into place. Whatever is left under its name
    at the end is removed (a signal that ends the run removes it too)."""
    import tempfile  # a writer's only: reading commands do not load it (nor random)
    from pathlib import Path

    target = Path(target)
    with signals_held():
        fd, name = tempfile.mkstemp(
            dir=target.parent, prefix=temporary_prefix(target), suffix=".tmp"
        )
        TEMPORARY.add(name)
    try:
        os.close(fd)
        write(Path(name))
        if owned_by is not None:  # before the mode: a change of owner clears set-id bits
            with suppress(PermissionError):  # not root: the new version is the writer's
                os.chown(name, *owned_by)
        os.chmod(name, mode)
        if durable:
            _fsync(name)
        yield Path(name)
    finally:
        with suppress(OSError):
            os.unlink(name)
        TEMPORARY.discard(name)


def temporary_prefix(target: Path) -> str:
    """The start of a temporary name beside target, `.NAME.defcoop-<pid>-`, for mkstemp
    and mkdtemp, with suffix .tmp (see TEMPORARY_NAME)."""
    return f".{target.name}.defcoop-{os.getpid()}-"


def remove_leftovers(folder: Path | str) -> None:
    """Remove what writers killed outright left in folder: temporary files and folders
    named as writers name them, whose process is gone (or that are a day old)."""
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        found = TEMPORARY_NAME.match(entry.name)
        if found is None:
            continue
        with suppress(OSError):
            age = time.time() - entry.stat(follow_symlinks=False).st_mtime
            if abandoned(int(found.group(1)), age):
                if entry.is_dir(follow_symlinks=False):
                    import shutil  # with bz2 and lzma: not for every run

                    shutil.rmtree(entry.path)
                else:
                    os.unlink(entry.path)


def abandoned(pid: int, age: float) -> bool:
    """Whether what process pid made, age seconds ago, is abandoned: the process is gone,
    or it was made over a day ago."""
    if age > ABANDONED_SECONDS:
        return True
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except (OSError, OverflowError):  # someone else's process, or no process id at all
        return False
    return False


_INDENT = re.compile(rb"\r?\n([ \t]+)\S")


def laid_out_like(doc: object, like: bytes) -> bytes:
    """doc as JSON laid out as the file `like` is (a curator's editor may have saved it
    with a byte-order mark, CRLF line ends, tabs or four spaces, ASCII escapes, or on one
    line), so that a diff of the two shows only what changed; keys keep doc's order."""
    import json

    bom = like.startswith(b"\xef\xbb\xbf")
    like = like[3:] if bom else like
    indented = _INDENT.search(like)
    indent = indented.group(1).decode("ascii") if indented else None
    if indent is None and b"\n" in like.strip():
        indent = ""  # a line for each entry, none indented
    compact = indent is None and b'": ' not in like and b'":' in like
    body = json.dumps(
        doc,
        indent=indent,
        ensure_ascii=like.isascii() and b"\\u" in like,
        separators=(",", ":") if compact else None,
    )
    newline = "\r\n" if b"\r\n" in like else "\n"
    if like.rstrip(b" \t").endswith(b"\n") or not like.strip():
        body += "\n"
    return (b"\xef\xbb\xbf" if bom else b"") + body.replace("\n", newline).encode("utf-8")


def fsync_folder(folder: Path) -> None:
    """Flush a folder to disk: the names just created, renamed or removed in it."""
    _fsync(str(folder), directory=True)


def _fsync(name: str, directory: bool = False) -> None:
    fd = os.open(name, os.O_RDONLY | (getattr(os, "O_DIRECTORY", 0) if directory else 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextmanager
def signals_held() -> Iterator[None]:
    """SIGINT, SIGTERM, SIGHUP and SIGQUIT wait until the block ends, so a temporary file
    is never created without being registered for removal."""
    import signal  # a writer's: not for every run

    held = {signal.SIGINT, signal.SIGTERM, signal.SIGHUP, signal.SIGQUIT}
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)
