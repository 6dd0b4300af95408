"""review: a draft's candidates decided, and the draft saved in place after each decision.

`review --accept-all` decides every candidate at once, for scripts: every fact and new
entity whose review is still `draft` is accepted (with --reject-editorial, a fact drafted
as editorial is rejected instead); a decision already made is kept. The guided review
(curation.guiding's state, drawn by cli.reviewer) saves after each change.

A `DraftFile` is read once and saved atomically (factbase.files), with its order, keys and
layout (curation.writing.dumps), under the writers' lock of the draft (factbase.locking): a
save first reads the draft again and refuses, with nothing written, when another program
changed it since (TryAgain, exit 75), so that two reviews of one draft never undo each
other's decisions."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from defcoop_cli.curation.adding import parse_draft
from defcoop_cli.curation.results import Reviewed
from defcoop_cli.curation.writing import dumps
from defcoop_cli.errors import (
    DENIED,
    DISK_ERRORS,
    BadFactBase,
    DefcoopError,
    Incomplete,
    TryAgain,
    UsageError,
    WriteError,
)
from defcoop_cli.factbase.limits import MAX_FACT_FILE_BYTES
from defcoop_cli.factbase.vocab import ACCEPTED, REJECTED, UNDER_REVIEW


class DraftFile:
    """A draft as read (`draft`, to change in place), saved by `save`. fail_at(step), for
    tests, is called at the step "draft": the new version written, not yet renamed."""

    def __init__(self, path: Path, fail_at: Callable[[str], None] | None = None) -> None:
        from defcoop_cli.curation.writing import Snapshot
        from defcoop_cli.factbase import locking
        from defcoop_cli.factbase.files import fingerprint, read_regular_file

        self.path = path
        self._fail_at = fail_at or (lambda _step: None)
        data = read_regular_file(path, MAX_FACT_FILE_BYTES, "draft")
        self.draft = parse_draft(data, path)
        _saveable(self.draft, path)
        self._read = _copy(self.draft)
        self._was = Snapshot(data, fingerprint(path))
        self._body = data
        # what a review killed outright left beside the draft, removed even by a review
        # that saves nothing (a lock in use is left alone)
        locking.tidy(Path(os.path.realpath(path)).parent)

    def save(self) -> bool:
        """Write the draft if it changed since it was read or last saved; True if written.
        The new version is written first; then, under the lock and just before the rename,
        the draft on disk is compared (bytes, inode, size, times) with what was read: an
        outside save at any earlier moment is kept, and this one refused (TryAgain)."""
        from defcoop_cli.factbase import locking
        from defcoop_cli.factbase.files import writable_mode

        if self.draft == self._read:
            return False
        real = Path(os.path.realpath(self.path))
        self._body = dumps(self.draft).encode("utf-8")
        with locking.exclusive(real, shown=self.path):
            locking.tidy(real.parent)  # what a review or add killed outright left there
            _save(real, self._body, writable_mode(real, self.path), self._replace, self.path)
            self._read = _copy(self.draft)  # in place: a flush that fails next is exit 3
            _flush(real.parent, self.path)
        return True

    def _replace(self, new: Path, real: Path) -> None:
        """Rename the written version over the draft, if it still holds what was read."""
        from defcoop_cli.curation.writing import Snapshot, unchanged
        from defcoop_cli.factbase.files import fingerprint, signals_held

        self._fail_at("draft")
        if not unchanged(self.path, self._was):
            raise TryAgain(
                f"{self.path}: another program changed the draft during the review; "
                "the last change was not saved: review it again"
            )
        with signals_held():
            os.replace(new, real)
        self._was = Snapshot(self._body, fingerprint(real))

    def article(self) -> str | None:
        """The article's text the draft was made from; None when it cannot be read."""
        from defcoop_cli.factbase.files import decode_utf8, read_regular_file
        from defcoop_cli.factbase.limits import MAX_ARTICLE_BYTES

        named = self.draft["draft"].get("article")
        if not isinstance(named, str) or not named:
            return None
        where = Path(named) if os.path.isabs(named) else self.path.parent / named
        try:
            return decode_utf8(read_regular_file(where, MAX_ARTICLE_BYTES, "article"), where)
        except (DefcoopError, ValueError):
            return None


def accept_all(path: Path, reject_editorial: bool = False) -> Reviewed:
    """Decide every undecided candidate of the draft at path, and save it."""
    file = DraftFile(path)
    draft = file.draft
    accepted = rejected = entities = before = 0
    for fact in draft.get("facts", []):
        if not isinstance(fact, dict) or fact.get("review") != UNDER_REVIEW:
            before += isinstance(fact, dict)
            continue
        if reject_editorial and fact.get("kind") == "editorial":
            fact["review"] = REJECTED
            rejected += 1
        else:
            fact["review"] = ACCEPTED
            accepted += 1
    for entity in draft.get("entities", []):
        if isinstance(entity, dict) and entity.get("review") == UNDER_REVIEW:
            entity["review"] = ACCEPTED
            entities += 1
    saved = file.save()
    return Reviewed(path, accepted, rejected, entities, saved, before)


def _saveable(draft: dict[str, Any], path: Path) -> None:
    """A draft whose JSON escapes a lone surrogate ("\\ud800": half a character, no text)
    cannot be saved as UTF-8: refused as it is read, before any decision is asked for."""
    try:
        dumps(draft).encode("utf-8")
    except UnicodeEncodeError as e:
        bad = e.object[e.start : e.end].encode("unicode_escape").decode("ascii")
        raise BadFactBase(
            f"{path}: not a valid draft: {bad} is half of a character (a lone surrogate), "
            "which cannot be saved: correct it in an editor"
        ) from None


def _copy(draft: dict[str, Any]) -> Any:
    return json.loads(json.dumps(draft))


def _save(
    path: Path, body: bytes, mode: int, replace: Callable[[Path, Path], None], shown: Path
) -> None:
    """The draft at path (where it really is) replaced by body, with its mode kept:
    replace(temporary, path) renames it into place."""
    from defcoop_cli.factbase.files import owner, staged

    try:
        with staged(path, lambda tmp: tmp.write_bytes(body), mode, True, owner(path)) as tmp:
            replace(tmp, path)
    except OSError as e:
        error = WriteError if e.errno in DISK_ERRORS | DENIED else UsageError
        raise error(f"{shown}: cannot save the review: {e.strerror or e}") from None


def _flush(folder: Path, shown: Path) -> None:
    """The draft's folder flushed to disk, after the rename: a failure now is Incomplete
    (exit 3, as add's "added, but"), the new version being in place."""
    from defcoop_cli.factbase.files import fsync_folder

    try:
        fsync_folder(folder)
    except OSError as e:
        raise Incomplete(
            f"{shown}: saved, but its folder could not be flushed to disk "
            f"({e.strerror or e}): a crash could still undo the save"
        ) from None
