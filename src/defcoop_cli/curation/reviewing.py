"""review --accept-all: a draft's candidates all decided at once, for scripts.

Every fact and new entity whose review is still `draft` is accepted (with --reject-editorial,
a fact drafted as editorial is rejected instead); a decision already made is kept. The
draft is written back atomically, with its order, keys and layout (drafting.files.dumps)."""

from __future__ import annotations

from pathlib import Path

from defcoop_cli.curation.adding import read_draft
from defcoop_cli.curation.drafting.entities import REVIEW
from defcoop_cli.curation.drafting.files import dumps
from defcoop_cli.curation.results import Reviewed
from defcoop_cli.errors import DISK_ERRORS, UsageError, WriteError


def accept_all(path: Path, reject_editorial: bool = False) -> Reviewed:
    """Decide every undecided candidate of the draft at path, and save it."""
    draft = read_draft(path)
    accepted = rejected = entities = 0
    for fact in draft.get("facts", []):
        if not isinstance(fact, dict) or fact.get("review") != REVIEW:
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
    _save(path, dumps(draft))
    return Reviewed(path, accepted, rejected, entities)


def _save(path: Path, body: str) -> None:
    from defcoop_cli.factbase.files import write_atomically

    try:
        write_atomically(
            path, lambda tmp: tmp.write_text(body, encoding="utf-8"), 0o644, durable=True
        )
    except OSError as e:
        error = WriteError if e.errno in DISK_ERRORS else UsageError
        raise error(f"{path}: cannot save the review: {e.strerror or e}") from None
