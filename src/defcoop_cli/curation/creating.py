"""`init`: an empty fact base of your own, made whole or not at all."""

from __future__ import annotations

import errno
import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path

from defcoop_cli import TEMPORARY
from defcoop_cli.curation.results import Created
from defcoop_cli.curation.writing import (
    keep_made,
    note_made,
    remove_made,
)
from defcoop_cli.errors import (
    DefcoopError,
    Incomplete,
    UsageError,
    WriteError,
)
from defcoop_cli.factbase import locking
from defcoop_cli.factbase.files import (
    fsync_folder,
    new_file_mode,
    signals_held,
    staged,
    temporary_prefix,
    write_atomically,
)
from defcoop_cli.factbase.loader import (
    LISTS,
)

EMPTY = {"schema_version": 1, **{name: [] for name in LISTS}}


# ---- init


def init(folder: Path, waiting: Callable[[str], None] | None = None) -> Created:
    """An empty fact base in folder, facts.json and sources/: never over anything, and
    there whole or not at all, made under the writers' lock (waiting(who) is called if another
    writer makes it wait). A new folder is built under a temporary name beside it and
    renamed into place. In a folder that exists, sources/ is made first (an empty one, as
    an init killed part-way leaves, is taken as it is) and facts.json linked in last.
    What writers killed outright left in the folder and beside it is removed first."""
    if os.path.isdir(folder):
        _init_in(folder, waiting)
    elif os.path.lexists(folder):
        raise UsageError(f"{folder} already exists and is not a folder; init never overwrites")
    else:
        _init_new(folder, waiting)
    return Created(folder / "facts.json")


def _init_new(folder: Path, waiting: Callable[[str], None] | None) -> None:
    where = Path(os.path.abspath(folder))
    try:
        where.parent.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise _cannot_create(folder, e) from None
    with locking.exclusive(where, waiting, folder):
        locking.tidy(where.parent)
        staging = where.parent / f"{temporary_prefix(where)}{os.urandom(4).hex()}.tmp"
        try:
            with signals_held():
                os.mkdir(staging)
                TEMPORARY.add(str(staging))
            os.mkdir(staging / "sources")
            write_atomically(staging / "facts.json", _write_empty, new_file_mode(), durable=True)
            with signals_held():
                os.rename(staging, where)  # fails if a folder with anything in it is there
                TEMPORARY.discard(str(staging))
        except BaseException as e:
            shutil.rmtree(staging, ignore_errors=True)
            TEMPORARY.discard(str(staging))
            if isinstance(e, OSError):
                raise _cannot_create(folder, e) from None
            raise
        _flush_created(folder, where.parent)


def _init_in(folder: Path, waiting: Callable[[str], None] | None) -> None:
    fact_file, sources = folder / "facts.json", folder / "sources"
    real = Path(os.path.realpath(folder)) / "facts.json"
    with locking.exclusive(real, waiting, fact_file):
        # and beside it, where an init of it as a new folder takes its lock (one killed
        # once the folder was in place left it there)
        for place in {real.parent, Path(os.path.abspath(folder)).parent}:
            locking.tidy(place)
        if os.path.lexists(fact_file):
            raise UsageError(f"{fact_file} already exists; init never overwrites anything")
        if os.path.lexists(sources) and not _empty_folder(sources):
            raise UsageError(f"{sources} already exists; init never overwrites anything")
        made: list[Path] = []
        try:
            if not os.path.lexists(sources):
                with signals_held():
                    os.mkdir(sources)
                    note_made(made, sources)
            with (
                staged(fact_file, _write_empty, new_file_mode(), durable=True) as tmp,
                signals_held(),
            ):
                os.link(tmp, fact_file)  # fails if one is there: never over another
                keep_made(made)
        except BaseException as e:
            remove_made(made)
            if isinstance(e, OSError):
                raise _cannot_create(folder, e) from None
            raise
        _flush_created(folder, folder)


def _write_empty(path: Path) -> None:
    path.write_text(json.dumps(EMPTY, indent=2) + "\n", encoding="utf-8")


def _empty_folder(path: Path) -> bool:
    return os.path.isdir(path) and not os.path.islink(path) and not os.listdir(path)


def _cannot_create(folder: Path, e: OSError) -> DefcoopError:
    if e.errno in (errno.EEXIST, errno.ENOTEMPTY):
        return UsageError(f"{folder} already exists; init never overwrites anything")
    return WriteError(f"{folder}: cannot create a fact base: {e.strerror or e}; nothing was made")


def _flush_created(folder: Path, changed: Path) -> None:
    try:
        fsync_folder(changed)
    except OSError as e:
        raise Incomplete(
            f"{folder / 'facts.json'}: created, but its folder could not be flushed to disk "
            f"({e.strerror or e}): a crash could still undo it"
        ) from None
