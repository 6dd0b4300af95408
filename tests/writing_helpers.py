"""What the writers' tests share: a fact base of one's own on mini, reviewed drafts to add
to it, and a snapshot of a folder to compare before and after."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path

import pytest
from conftest import MINI, ROOT, call

from defcoop_cli.curation import creating

ARTICLES = ROOT / "tests" / "fixtures" / "articles"


def own_factbase(
    folder: Path, monkeypatch: pytest.MonkeyPatch, padding: int = 0, name: str = "mine"
) -> Path:
    """An empty fact base of one's own in folder/name, layered on mini (DEFCOOP_FACTS),
    padded with `padding` copies of mini's first fact so that writing it takes a while."""
    target = creating.init(folder / name).path
    if padding:
        fact = json.loads(MINI.read_text(encoding="utf-8"))["facts"][0]
        doc = json.loads(target.read_text(encoding="utf-8"))
        doc["facts"] = [dict(fact, id=f"pad-{i}", claim=f"pad-{i}") for i in range(padding)]
        target.write_text(json.dumps(doc, indent=2) + "\n", encoding="utf-8")
    monkeypatch.setenv("DEFCOOP_FACTS", os.pathsep.join([str(MINI), str(target)]))
    return target


def reviewed_draft(
    capsys: pytest.CaptureFixture[str], folder: Path, source_id: str, article: str = "short-report"
) -> Path:
    """A draft of a copy of the article (folder/<source_id>.txt), every fact and entity
    accepted: ready to add."""
    text = folder / f"{source_id}.txt"
    shutil.copyfile(ARTICLES / f"{article}.txt", text)
    return accepted_draft(capsys, text, source_id, folder / f"{source_id}.json")


# The accepted drafts of plain texts made so far this session, as JSON, by what a draft
# is made of.
_ACCEPTED: dict[tuple[str, ...], str] = {}


def accepted_draft(
    capsys: pytest.CaptureFixture[str], text: Path, source_id: str, path: Path
) -> Path:
    """The draft of text, every fact and entity it proposes accepted, written to path.

    A plain text is drafted by the first test that asks and read again by the rest: the
    same text and source id against layers of the same bytes draft the same JSON (tests/
    cli/test_draft.py, test_stable_and_sorted) but for the path of the article drafted, the
    draft's one field that names it, set to this test's copy. A page is drafted each time
    (its text is saved beside it)."""
    layers = [Path(p) for p in os.environ["DEFCOOP_FACTS"].split(os.pathsep)]
    digests = [_digest(p) for p in (text, *layers)]
    key = (source_id, os.environ.get("DEFCOOP_NO_DEFAULT_FACTS", ""), *digests)
    if key in _ACCEPTED:
        draft = json.loads(_ACCEPTED[key])
        draft["draft"]["article"] = os.path.abspath(text)
    else:
        code, out, err = call(capsys, "draft", str(text), "--source-id", source_id)
        assert code == 0, err
        draft = json.loads(out)
        for item in (*draft["facts"], *draft["entities"]):
            item["review"] = "accepted"
        if draft["draft"] == {
            "article": os.path.abspath(text),
            "defcoop": draft["draft"]["defcoop"],
        }:
            _ACCEPTED[key] = json.dumps(draft)
    path.write_text(json.dumps(draft), encoding="utf-8")
    return path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else ""


def snapshot(folder: Path) -> dict[str, bytes | None]:
    """Every file and folder under folder (hidden ones too), with the files' bytes."""
    return {
        str(p.relative_to(folder)): None if p.is_dir() else p.read_bytes()
        for p in sorted(folder.rglob("*"))
    }


def source_ids(target: Path) -> set[str]:
    """The sources the target's facts quote."""
    facts = json.loads(target.read_text(encoding="utf-8"))["facts"]
    return {f["source"] for f in facts}
