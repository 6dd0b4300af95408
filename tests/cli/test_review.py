"""review --accept-all: a draft decided for scripts, saved in place atomically; without a
terminal, the guided review is a usage error that says what to do (tests/process/test_review.py
runs it on a terminal)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import ARTICLES, call

# Drafts link the entities of both fixture layers.
pytestmark = pytest.mark.usefixtures("two_layers")


@pytest.fixture
def draft(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> Path:
    out = tmp_path / "draft.json"
    article = str(ARTICLES / "lantern-report.txt")
    assert call(capsys, "draft", article, "--source-id", "lantern", "-o", str(out))[0] == 0
    return out


def reviews(path: Path) -> tuple[list[tuple[str, str]], list[str]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return [(f["kind"], f["review"]) for f in data["facts"]], [
        e["review"] for e in data["entities"]
    ]


def test_accept_all(capsys: pytest.CaptureFixture[str], draft: Path) -> None:
    code, out, err = call(capsys, "review", str(draft), "--accept-all", "--json")
    assert (code, err) == (0, "")
    facts, entities = reviews(draft)
    assert {r for _, r in facts} == {"accepted"} and set(entities) <= {"accepted"}
    assert json.loads(out) == {
        "schema_version": 1,
        "draft": str(draft),
        "accepted": len(facts),
        "rejected": 0,
        "entities": len(entities),
        "saved": True,
        "decided_before": 0,
    }


def test_reject_editorial_and_keep_decisions(
    capsys: pytest.CaptureFixture[str], draft: Path
) -> None:
    data = json.loads(draft.read_text(encoding="utf-8"))
    data["facts"][0]["review"] = "rejected"
    draft.write_text(json.dumps(data), encoding="utf-8")
    code, out, _ = call(capsys, "review", str(draft), "--accept-all", "--reject-editorial")
    assert code == 0 and out.startswith(f"saved {draft}: ")
    facts, _ = reviews(draft)
    assert facts[0][1] == "rejected"
    assert all(r == ("rejected" if k == "editorial" else "accepted") for k, r in facts[1:])
    assert any(k == "editorial" for k, _ in facts)


def test_without_a_terminal_or_accept_all_it_says_what_to_do(
    capsys: pytest.CaptureFixture[str], draft: Path
) -> None:
    before = draft.read_bytes()
    code, out, err = call(capsys, "review", str(draft))
    assert (code, out) == (2, "")
    assert err.startswith("defcoop: review asks for each decision on a terminal")
    assert "'defcoop review DRAFT --accept-all'" in err
    assert err.count("\n") == 1 and draft.read_bytes() == before


def test_reject_editorial_goes_with_accept_all(
    capsys: pytest.CaptureFixture[str], draft: Path
) -> None:
    before = draft.read_bytes()
    code, out, err = call(capsys, "review", str(draft), "--reject-editorial")
    assert (code, out, err) == (2, "", "defcoop: --reject-editorial goes with --accept-all\n")
    assert draft.read_bytes() == before


def test_accept_all_over_a_draft_already_decided_writes_nothing(
    capsys: pytest.CaptureFixture[str], draft: Path
) -> None:
    assert call(capsys, "review", str(draft), "--accept-all")[0] == 0
    before = draft.stat()
    killed = draft.with_name(f".{draft.name}.defcoop.lock")  # as a review killed saving leaves
    killed.touch()
    code, out, _ = call(capsys, "review", str(draft), "--accept-all", "--json")
    doc = json.loads(out)
    assert code == 0 and doc["accepted"] == 0 and doc["saved"] is False
    assert doc["decided_before"] > 0
    assert draft.stat().st_mtime_ns == before.st_mtime_ns
    assert not killed.exists()  # nothing saved, and what a killed one left removed all the same
    code, out, _ = call(capsys, "review", str(draft), "--accept-all")
    assert code == 0 and "nothing left to decide" in out and "saved" not in out


def test_not_a_draft(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    bad = tmp_path / "x.json"
    bad.write_text("[]", encoding="utf-8")
    code, _, err = call(capsys, "review", str(bad), "--accept-all")
    assert code != 0 and err.startswith("defcoop: ") and "not a draft" in err


def test_a_missing_draft_is_named_before_the_terminal_is_asked_for(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, err = call(capsys, "review", str(tmp_path / "missing.json"))
    assert code != 0 and out == "" and err.startswith("defcoop: ")
    assert "missing.json" in err and "terminal" not in err and err.count("\n") == 1


def test_a_lone_surrogate_is_refused_as_the_draft_is_read(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # JSON may escape half a character ("\\ud800"); no UTF-8 file can hold it
    bad = tmp_path / "d.json"
    bad.write_text(
        '{"draft": {}, "facts": [{"statement": "x \\ud800", "review": "draft"}]}', "utf-8"
    )
    before = bad.read_bytes()
    code, out, err = call(capsys, "review", str(bad), "--accept-all")
    assert (code, out) == (2, "") and err.count("\n") == 1
    assert err.startswith(f"defcoop: {bad}: not a valid draft: \\ud800 is half of a character")
    assert bad.read_bytes() == before
