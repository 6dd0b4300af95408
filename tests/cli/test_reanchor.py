"""Quotes found again in an edited copy of their source: exact, moved, fuzzy, ambiguous,
orphaned; a corrected copy written beside the original, never over it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import REAL, call

from defcoop_cli.curation import anchoring
from defcoop_cli.factbase.loader import load

SOURCE = "rajnath-nakatani-meeting"
TEXT = (REAL.parent / "sources" / f"{SOURCE}.txt").read_text(encoding="utf-8")


@pytest.fixture
def shipped(real_factbase: Path) -> Path:
    return real_factbase


def run(
    capsys: pytest.CaptureFixture[str], new: str, tmp_path: Path, *extra: str
) -> tuple[int, Any]:
    path = tmp_path / "new.txt"
    path.write_text(new, encoding="utf-8")
    code, out, _ = call(capsys, "reanchor", SOURCE, str(path), "--json", *extra)
    return code, json.loads(out)


def statuses(doc: Any) -> dict[str, str]:
    return {q["id"]: q["status"] for q in doc["quotes"]}


def check_spans(doc: Any, new: str) -> None:
    for q in doc["quotes"]:
        if q["new_span"]:
            a, b = q["new_span"]
            assert new[a:b] == q["new_text"]


def test_the_unchanged_text_is_exact(
    capsys: pytest.CaptureFixture[str], shipped: Path, tmp_path: Path
) -> None:
    code, doc = run(capsys, TEXT, tmp_path)
    assert code == 0 and set(statuses(doc).values()) == {"exact"}
    assert doc["counts"]["exact"] == len(doc["quotes"]) > 80


def test_a_paragraph_inserted_near_the_top_moves_every_later_quote(
    capsys: pytest.CaptureFixture[str], shipped: Path, tmp_path: Path
) -> None:
    cut = TEXT.index("\n") + 1  # after the first paragraph
    new = TEXT[:cut] + "An inserted paragraph, added when the article was updated.\n" + TEXT[cut:]
    code, doc = run(capsys, new, tmp_path)
    assert code == 0
    for q in doc["quotes"]:
        expected = "exact" if q["old_span"][1] <= cut else "moved"
        assert q["status"] == expected, q
        if expected == "moved":
            assert q["new_span"][0] == q["old_span"][0] + len(new) - len(TEXT)
    check_spans(doc, new)


def test_a_typo_fixed_inside_one_quote(
    capsys: pytest.CaptureFixture[str], shipped: Path, tmp_path: Path
) -> None:
    new = TEXT.replace("key strategic partner", "key strategic partnr")
    code, doc = run(capsys, new, tmp_path)
    assert code == 1
    found = statuses(doc)
    assert found["japan-key-partner"] == "fuzzy"
    assert {s for i, s in found.items() if i != "japan-key-partner"} <= {"exact", "moved"}
    fuzzy = next(q for q in doc["quotes"] if q["id"] == "japan-key-partner")
    assert fuzzy["new_text"] == "Japan has always been a key strategic partnr for India"
    assert fuzzy["score"] >= anchoring.FUZZY_THRESHOLD
    check_spans(doc, new)


def test_a_deleted_sentence_orphans_its_facts(
    capsys: pytest.CaptureFixture[str], shipped: Path, tmp_path: Path
) -> None:
    start = TEXT.index("The Japanese delegation strongly condemned")
    sentence = TEXT[start : TEXT.index("terrorism.", start) + len("terrorism.")]
    code, doc = run(capsys, TEXT.replace(sentence, ""), tmp_path)
    found = statuses(doc)
    assert code == 1
    assert found["pahalgam-condemned"] == "orphaned" and found["pahalgam-solidarity"] == "orphaned"
    assert [i for i, s in found.items() if s == "orphaned"] == [
        "pahalgam-condemned",
        "pahalgam-solidarity",
    ]


def test_a_quote_that_now_occurs_twice_is_told_apart_by_context(
    capsys: pytest.CaptureFixture[str], shipped: Path, tmp_path: Path
) -> None:
    # "The meeting took place in New Delhi" now also opens the conclusion, in other words.
    quote = "The meeting took place in New Delhi"
    new = TEXT.replace("Conclusion\n", f"Conclusion\n{quote}, as planned. ")
    new = "A new opening line.\n" + new
    _, doc = run(capsys, new, tmp_path)
    located = next(q for q in doc["quotes"] if q["id"] == "meeting-location")
    assert located["status"] == "moved"
    assert located["new_span"][0] == TEXT.index(quote) + len("A new opening line.\n")


def test_an_identical_context_is_reported_ambiguous(
    capsys: pytest.CaptureFixture[str], shipped: Path, tmp_path: Path
) -> None:
    """The quote and its whole context twice, the old place gone: nothing tells them apart."""
    fact = next(f for f in load(REAL).doc.facts if f.id == "meeting-location")
    a, b = fact.span
    block = TEXT[a - 40 : b + 40]
    new = TEXT[: a - 40] + "Moved away.\n" + TEXT[b + 40 :] + "\n" + block + "\n" + block + "\n"
    code, doc = run(capsys, new, tmp_path)
    located = next(q for q in doc["quotes"] if q["id"] == "meeting-location")
    assert code == 1 and located["status"] == "ambiguous" and len(located["candidates"]) == 2
    assert located["new_span"] is None


def test_a_lookalike_inserted_elsewhere_does_not_take_the_quote(
    capsys: pytest.CaptureFixture[str], shipped: Path, tmp_path: Path
) -> None:
    """hypothesis/client#7571: an edit puts a near-copy of a quoted sentence elsewhere."""
    quote = "Rajnath Singh briefed General Nakatani on the recent terrorist attack in Pahalgam"
    lookalike = "Rajnath Singh briefed General Nakatani on the recent terror attack in Pahalgam."
    new = lookalike + "\n" + TEXT
    _, doc = run(capsys, new, tmp_path)
    located = next(q for q in doc["quotes"] if q["id"] == "pahalgam-briefing")
    assert located["status"] == "moved"
    assert located["new_span"][0] == TEXT.index(quote) + len(lookalike) + 1
    # And when the quoted sentence itself is edited too, the lookalike still loses.
    edited = new.replace(quote, quote.replace("terrorist", "deadly terrorist"), 1)
    edited = edited.replace(lookalike, lookalike)  # the lookalike stays as it was
    _, doc = run(capsys, edited, tmp_path)
    located = next(q for q in doc["quotes"] if q["id"] == "pahalgam-briefing")
    assert located["status"] in ("fuzzy", "ambiguous")
    if located["status"] == "fuzzy":
        assert located["new_span"][0] > len(lookalike)


def test_write_makes_a_corrected_copy_beside_the_original(
    capsys: pytest.CaptureFixture[str], shipped: Path, tmp_path: Path
) -> None:
    new = "UPDATE: corrected on 6 May.\n" + TEXT.replace(
        "key strategic partner", "key strategic partnr"
    )
    before = REAL.read_bytes()
    out = tmp_path / "fixed"
    code, doc = run(capsys, new, tmp_path, "--write", str(out))
    assert code == 1 and doc["written"] == str(out / "facts.json")
    assert REAL.read_bytes() == before  # the original is never written
    fixed = json.loads((out / "facts.json").read_text(encoding="utf-8"))
    facts = {f["id"]: f for f in fixed["facts"]}
    assert facts["japan-key-partner"]["review"] == "reanchored"
    assert "review" not in facts["meeting-held"]
    assert (out / "sources" / f"{SOURCE}.txt").read_text(encoding="utf-8") == new
    # validate: the fuzzy quote asks for review; the new update line is text no fact covers
    code, text, _ = call(
        capsys, "--no-default-facts", "--facts", str(out / "facts.json"), "validate", "--json"
    )
    problems = json.loads(text)["problems"]
    assert [(p["code"], p["id"]) for p in problems if p["code"] != "coverage"] == [
        ("review", "japan-key-partner")
    ]
    assert all("UPDATE" in p["message"] for p in problems if p["code"] == "coverage")
    # and diff shows what changed
    code, text, _ = call(capsys, "diff", str(REAL), str(out / "facts.json"), "--json")
    assert code == 1 and len(json.loads(text)["facts"]["changed"]) == len(fixed["facts"])
    # never over an existing folder; the lock file one killed once it was in place left
    # beside it (tests/process/test_writers.py) is removed all the same
    (tmp_path / ".fixed.defcoop.lock").write_bytes(b"")
    code, text, err = call(
        capsys, "reanchor", SOURCE, str(tmp_path / "new.txt"), "--write", str(out)
    )
    assert code == 2 and "already exists" in err
    assert not (tmp_path / ".fixed.defcoop.lock").exists()


@pytest.mark.parametrize(
    ("argv", "code", "message"),
    [
        (["no-such-source", "new.txt"], 1, "no source 'no-such-source'"),
        ([SOURCE, "missing.txt"], 2, "no such text"),
    ],
)
def test_bad_input(
    capsys: pytest.CaptureFixture[str],
    shipped: Path,
    tmp_path: Path,
    argv: list[str],
    code: int,
    message: str,
) -> None:
    (tmp_path / "new.txt").write_text(TEXT, encoding="utf-8")
    args = [a if a.endswith("source") or a == SOURCE else str(tmp_path / a) for a in argv]
    got, out, err = call(capsys, "reanchor", *args)
    assert got == code and out == "" and message in err


def test_the_corrected_copy_is_laid_out_as_the_fact_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Tabs, CRLF and a byte-order mark kept: a diff of the copy shows only what reanchor
    changed (here, the context it gives each fact that had none: a line that ended an
    entry ends with a comma now)."""
    import shutil

    from conftest import MINI

    folder = tmp_path / "mine"
    shutil.copytree(MINI.parent, folder)
    doc = json.loads(MINI.read_text(encoding="utf-8"))
    laid_out = json.dumps(doc, indent="\t", ensure_ascii=False).replace("\n", "\r\n") + "\r\n"
    (folder / "facts.json").write_bytes(b"\xef\xbb\xbf" + laid_out.encode("utf-8"))
    out = tmp_path / "fixed"
    text = str(folder / "sources" / "mini.txt")
    argv = ["reanchor", "mini", text, "--facts", str(folder / "facts.json"), "--write", str(out)]
    assert call(capsys, *argv)[0] == 0
    copy = (out / "facts.json").read_bytes()
    assert copy.startswith(b'\xef\xbb\xbf{\r\n\t"schema_version": 1,\r\n')
    lines = copy.split(b"\r\n")
    gone = set((folder / "facts.json").read_bytes().split(b"\r\n")) - set(lines)
    assert gone and all(line + b"," in lines for line in gone)
