"""review: a draft's candidates decided, and the draft saved in place after each decision.

`review --accept-all` decides every candidate at once, for scripts: every fact and new
entity whose review is still `draft` is accepted (with --reject-editorial, a fact drafted
as editorial is rejected instead); a decision already made is kept. The guided review
(curation.guiding's state, drawn by cli.reviewer) saves after each change.

A `DraftFile` is read once and saved atomically (factbase.files), with its order, keys and
layout (drafting.files.dumps), under the writers' lock of the draft (factbase.locking): a
save first reads the draft again and refuses, with nothing written, when another program
changed it since (TryAgain, exit 75), so that two reviews of one draft never undo each
other's decisions."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from defcoop_cli.curation.adding import read_draft
from defcoop_cli.curation.drafting.entities import REVIEW
from defcoop_cli.curation.drafting.files import dumps
from defcoop_cli.curation.results import Reviewed
from defcoop_cli.errors import DENIED, DISK_ERRORS, DefcoopError, TryAgain, UsageError, WriteError


class DraftFile:
    """A draft as read (`draft`, to change in place), saved by `save`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.draft = read_draft(path)
        self._read = _copy(self.draft)

    def save(self) -> bool:
        """Write the draft if it changed since it was read or last saved; True if written."""
        from defcoop_cli.factbase import locking
        from defcoop_cli.factbase.files import writable_mode

        if self.draft == self._read:
            return False
        real = Path(os.path.realpath(self.path))
        with locking.exclusive(real, shown=self.path):
            locking.tidy(real.parent)  # what a review or add killed outright left there
            if read_draft(real) != self._read:
                raise TryAgain(
                    f"{self.path}: another program changed the draft during the review; "
                    "the last change was not saved: review it again"
                )
            _save(real, dumps(self.draft), writable_mode(real, self.path), self.path)
        self._read = _copy(self.draft)
        return True

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
        if not isinstance(fact, dict) or fact.get("review") != REVIEW:
            before += isinstance(fact, dict)
            continue
        if reject_editorial and fact.get("kind") == "editorial":
            fact["review"] = "rejected"
            rejected += 1
        else:
            fact["review"] = "accepted"
            accepted += 1
    for entity in draft.get("entities", []):
        if isinstance(entity, dict) and entity.get("review") == REVIEW:
            entity["review"] = "accepted"
            entities += 1
    saved = file.save()
    return Reviewed(path, accepted, rejected, entities, saved, before)


def _copy(draft: dict[str, Any]) -> Any:
    return json.loads(json.dumps(draft))


def _save(path: Path, body: str, mode: int, shown: Path) -> None:
    """The draft at path (where it really is) replaced by body, with its mode kept."""
    from defcoop_cli.factbase.files import write_atomically

    try:
        write_atomically(
            path, lambda tmp: tmp.write_text(body, encoding="utf-8"), mode, durable=True
        )
    except OSError as e:
        error = WriteError if e.errno in DISK_ERRORS | DENIED else UsageError
        raise error(f"{shown}: cannot save the review: {e.strerror or e}") from None
