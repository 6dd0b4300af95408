"""The writing phase of `add`, and what `init` shares with it, in an order whose decisive
step is an atomic rename:

1. the article's text, into the target's `sources/` (a new file: never over another);
2. the new `facts.json` and a copy of the version add read, each in a temporary file
   flushed to disk; then, if the target still holds what add read (an editor takes no
   lock), the new file renamed over it and the folder flushed;
3. only then the copy renamed over `facts.json.bak`, the backup.

A failure before the rename of step 2 leaves the fact file, its sources and the previous
backup as they were (a text copied in step 1 is removed). A failure after it (flushing a
folder, replacing the backup) is Incomplete, exit 3: the facts are added, the text they
quote stays, and the message says what was not done.

A draft's file has one layout, whoever writes it (`draft`, `review`): `dumps`.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import Any, NamedTuple

from defcoop_cli import TEMPORARY
from defcoop_cli.errors import (
    FactBaseNotFound,
    Incomplete,
    TryAgain,
    WriteError,
)
from defcoop_cli.factbase.files import (
    Fingerprint,
    fingerprint,
    fsync_folder,
    laid_out_like,
    new_file_mode,
    owner,
    signals_held,
    staged,
    writable_mode,
)
from defcoop_cli.factbase.loader import (
    read_fact_file,
)


def dumps(draft_doc: dict[str, Any]) -> str:
    """A draft as its file holds it: stable, diff-friendly JSON (sorted keys, two-space
    indents, one fact per block)."""
    return json.dumps(draft_doc, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


class Snapshot(NamedTuple):
    """The target as add read it: its bytes and its fingerprint."""

    data: bytes
    fingerprint: Fingerprint | None


def write_fact_base(
    target: Path,
    destination: Path,
    text: str,
    was: Snapshot,
    merged: dict[str, Any],
    fail_at: Callable[[str], None] | None,
) -> None:
    """Write the source text, then the fact file, then the backup (the version add read):
    the backup is replaced only once the new fact file is in place and on disk, so that a
    failed add leaves the previous backup as it was. The text is removed on failure. The
    fact file is replaced where it really is (a symlink stays a symlink), and only if it
    is still what add read (another program, an editor, takes no lock)."""
    step = fail_at or (lambda _step: None)
    made: list[Path] = []  # the text and the folders made for it: removed if add fails
    real = Path(os.path.realpath(target))
    backup = real.with_name(real.name + ".bak")  # beside the fact file, not a link to it
    try:
        mode = writable_mode(real, target)  # a read-only fact file is not replaced
        kept = owner(real)  # and its owner and group, where the process may keep them
        if os.path.isdir(backup) and not os.path.islink(backup):  # a rename cannot replace it
            raise WriteError(
                f"{backup}: is a folder, where add keeps its backup; nothing was added"
            )
        step("source")
        if not os.path.lexists(destination):
            try:
                place_text(destination, text.encode("utf-8"), made)
            except OSError as e:  # named: the fact file may well be writable
                raise WriteError(
                    f"{destination.parent}: cannot copy the article's text into it: "
                    f"{e.strerror or e}; nothing was added"
                ) from None
        step("backup")
        body = laid_out_like(merged, was.data)  # the curator's layout, so a diff is the add
        with (
            staged(backup, lambda tmp: tmp.write_bytes(was.data), mode, True, kept) as previous,
            staged(real, lambda tmp: tmp.write_bytes(body), mode, True, kept) as new,
        ):
            step("facts")
            still_as_read(target, was)
            with signals_held():  # a signal now waits until the backup is in place
                os.replace(new, real)
                keep_made(made)  # the new fact file points to the text: it stays
                _after_the_rename(target, real, previous, backup)
    except BaseException as e:
        remove_made(made)
        if isinstance(e, OSError):
            raise WriteError(
                f"{target}: cannot add: {e.strerror or e}; it was left as it was"
            ) from None
        raise


def place_text(destination: Path, data: bytes, made: list[Path]) -> None:
    """The article's text at destination (never over a file), flushed to disk, with the
    folders it needs; each thing in `made` as soon as it is made."""
    missing = []
    folder = destination.parent
    while not os.path.lexists(folder):
        missing.append(folder)
        folder = folder.parent
    for folder in reversed(missing):
        with signals_held():
            os.mkdir(folder)
            note_made(made, folder)
    with (
        staged(destination, lambda tmp: tmp.write_bytes(data), new_file_mode(), True) as tmp,
        signals_held(),
    ):
        os.link(tmp, destination)  # fails if a file is there: never over another
        note_made(made, destination)
    fsync_folder(destination.parent)


def note_made(made: list[Path], path: Path) -> None:
    """Remember what add made, for removal should it fail (or a signal end it first)."""
    made.append(path)
    TEMPORARY.add(str(path))


def keep_made(made: list[Path]) -> None:
    """What add made is part of the fact base now: no longer to be removed."""
    for path in made:
        TEMPORARY.discard(str(path))
    made.clear()


def remove_made(made: list[Path]) -> None:
    """Remove what a failed add made, the last first."""
    for path in reversed(made):
        with suppress(OSError):
            if path.is_dir():
                path.rmdir()
            else:
                path.unlink()
    keep_made(made)


def _after_the_rename(target: Path, real: Path, previous: Path, backup: Path) -> None:
    """Flush the new fact file's folder, then put the version before in the backup; a
    failure now is Incomplete: the facts are added, and the message says what is not."""
    late: tuple[tuple[Callable[[], object], str, str], ...] = (
        (
            lambda: fsync_folder(real.parent),
            "its folder could not be flushed to disk",
            f"a crash could still undo the add, and {backup} was left as it was",
        ),
        (
            lambda: os.replace(previous, backup),
            f"{backup} could not be replaced",
            "it holds an older version than the one before this add",
        ),
        (
            lambda: fsync_folder(backup.parent),
            f"the folder of {backup} could not be flushed to disk",
            "a crash could still undo the backup's update",
        ),
    )
    for action, failed, meaning in late:
        try:
            action()
        except OSError as e:
            why = e.strerror or e
            raise Incomplete(f"{target}: added, but {failed} ({why}): {meaning}") from None


def unchanged(target: Path, was: Snapshot) -> bool:
    """Whether the file at target holds what was read: same bytes, same fingerprint."""
    try:
        now = Snapshot(read_fact_file(target), fingerprint(target))
    except FactBaseNotFound:  # removed, or being renamed over: changed all the same
        now = Snapshot(b"", None)
    return now == was


def still_as_read(target: Path, was: Snapshot) -> None:
    """TryAgain unless the target holds what add read: same bytes, same fingerprint."""
    if not unchanged(target, was):
        raise TryAgain(
            f"{target} changed while add ran (another program wrote it); nothing was added: "
            "run it again"
        )
