"""validate's checks find each kind of problem, with a JSON path, in a copy of the fixture."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from defcoop_cli.factbase.checking.results import Report
from defcoop_cli.factbase.checking.validation import validate as check_factbase

MINI = Path(__file__).parents[1] / "fixtures" / "mini"


def broken(tmp_path: Path, change: Callable[[dict[str, Any]], None]) -> Report:
    shutil.copytree(MINI, tmp_path / "fb")
    path = tmp_path / "fb" / "facts.json"
    doc = json.loads(path.read_text(encoding="utf-8"))
    change(doc)
    path.write_text(json.dumps(doc), encoding="utf-8")
    return check_factbase(path)


def codes(report: Report) -> set[tuple[str, str]]:
    return {(p.code, p.path) for p in report.problems}


def test_the_fixture_is_clean() -> None:
    report = check_factbase(MINI / "facts.json")
    assert report.ok, report.problems
    assert report.counts["facts"] == 6


def test_schema_errors_carry_their_json_path(tmp_path: Path) -> None:
    def change(doc: dict[str, Any]) -> None:
        doc["facts"][2]["stance"] = "agred"
        doc["facts"][3]["span"] = ["x", 2]
        del doc["topics"][0]["title"]

    found = codes(broken(tmp_path, change))
    assert ("schema", "$.facts[2].stance") in found
    assert ("schema", "$.facts[3].span[0]") in found
    assert ("schema", "$.topics[0].title") in found


def test_duplicate_ids(tmp_path: Path) -> None:
    report = broken(tmp_path, lambda d: d["facts"][1].update(id=d["facts"][0]["id"]))
    assert ("duplicate-id", "$.facts[1].id") in codes(report)


def test_dangling_references(tmp_path: Path) -> None:
    def change(doc: dict[str, Any]) -> None:
        doc["facts"][0]["topics"].append("nowhere")
        doc["facts"][0]["entities"].append("nobody")
        doc["entities"][3]["roles"][0]["fact"] = "no-such-fact"

    found = codes(broken(tmp_path, change))
    assert ("dangling-reference", "$.facts[0].topics[1]") in found
    assert ("dangling-reference", "$.facts[0].entities[3]") in found
    assert ("dangling-reference", "$.entities[3].roles[0]") in found


def test_unused_topics_and_entities(tmp_path: Path) -> None:
    def change(doc: dict[str, Any]) -> None:
        doc["topics"].append(
            {"id": "lonely", "title": "L", "description": "L", "group": "cooperation"}
        )

    assert ("unused", "$.topics[4]") in codes(broken(tmp_path, change))


def test_quote_span_mismatch_says_where_the_quote_really_is(tmp_path: Path) -> None:
    def change(doc: dict[str, Any]) -> None:
        start, end = doc["facts"][0]["span"]
        doc["facts"][0]["span"] = [start + 1, end + 1]

    report = broken(tmp_path, change)
    problem = next(p for p in report.problems if p.code == "quote-mismatch")
    assert problem.path == "$.facts[0].span"
    assert "the quote is at [20, 48]" in problem.message


def test_span_outside_the_text(tmp_path: Path) -> None:
    report = broken(tmp_path, lambda d: d["facts"][0].update(span=[10, 10**6]))
    assert ("span", "$.facts[0].span") in codes(report)


def test_source_hash_mismatch(tmp_path: Path) -> None:
    report = broken(tmp_path, lambda d: d["sources"][0].update(sha256="0" * 64))
    assert ("source", "$.sources[0]") in codes(report)
    assert "sha256" in report.problems[0].message


@pytest.mark.parametrize("path", ["../../etc/passwd", "/etc/passwd", "sources/../../x.txt"])
def test_source_paths_may_not_leave_the_fact_base_folder(tmp_path: Path, path: str) -> None:
    report = broken(tmp_path, lambda d: d["sources"][0].update(path=path))
    problem = next(p for p in report.problems if p.code == "source")
    assert "leaves the fact base's folder" in problem.message


def test_a_symlink_out_of_the_folder_is_refused(tmp_path: Path) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text("secret", encoding="utf-8")

    def change(doc: dict[str, Any]) -> None:
        (tmp_path / "fb" / "sources" / "link.txt").symlink_to(outside)
        doc["sources"][0]["path"] = "sources/link.txt"

    problem = next(p for p in broken(tmp_path, change).problems if p.code == "source")
    assert "resolves outside" in problem.message


def test_editorial_content_quoted_by_a_news_fact(tmp_path: Path) -> None:
    report = broken(tmp_path, lambda d: d["facts"][5].update(kind="event"))
    assert ("editorial", "$.facts[5].kind") in codes(report)


def test_low_coverage_is_reported(tmp_path: Path) -> None:
    report = broken(tmp_path, lambda d: d["facts"].pop(4))
    assert any(p.code == "coverage" for p in report.problems)


def test_unparseable_file_is_one_problem(tmp_path: Path) -> None:
    path = tmp_path / "facts.json"
    path.write_text('{\n  "a": ,\n}', encoding="utf-8")
    report = check_factbase(path)
    assert not report.ok
    assert "line 2 column 8" in report.problems[0].message


REFERENCE = {
    "publisher": "A test paper",
    "title": "A test report",
    "url": "https://example.org/report",
    "published": "2025-05-05",
}


@pytest.mark.parametrize(
    ("note", "refused"),
    [
        ({"basis": "outside the article"}, "must cite at least one reference"),
        ({"basis": "outside the article", "references": [REFERENCE]}, None),
        ({"basis": "outside the article", "references": [{**REFERENCE, "url": "x"}]}, "pattern"),
        ({"basis": "the article", "type": "date"}, "only a 'date' note, gives a date"),
        ({"basis": "the article", "type": "date", "date": "2025-05-05", "facts": []}, None),
        ({"basis": "the article", "type": "correction"}, "names the facts it corrects"),
    ],
)
def test_curator_notes_from_outside_the_article_cite_references(
    tmp_path: Path, note: dict[str, Any], refused: str | None
) -> None:
    def change(doc: dict[str, Any]) -> None:
        doc["curator_notes"].append({"id": "outside", "text": "A remark.", **note})

    report = broken(tmp_path, change)
    if refused is None:
        assert report.ok, report.problems
    else:
        (problem,) = report.problems
        assert problem.code == "schema" and problem.path.startswith("$.curator_notes[1]")
        assert refused in problem.message


def test_a_source_on_one_long_line_costs_work_in_proportion(tmp_path: Path) -> None:
    """validate over a source of one line four times as long does about four times the
    work: it was quadratic (each full stop's text before it searched for its last word)."""
    from conftest import one_line_factbase, work_of

    from defcoop_cli.factbase import checks, sentences

    def work(size: int) -> int:
        path = one_line_factbase(tmp_path / str(size), size)
        report = check_factbase(path)
        assert report.counts["facts"] > 0 and all(p.code == "coverage" for p in report.problems)
        return work_of(lambda: check_factbase(path), [checks, sentences])

    small, large = work(15_000), work(60_000)
    assert large < 4.6 * small, (small, large)


def test_a_window_reports_what_the_whole_run_reports_of_its_entries() -> None:
    """all_problems over a window of entries (validate of a top layer) gives the same
    problems of those entries, in the same order, as the whole run filtered to them."""
    from defcoop_cli.factbase import checks
    from defcoop_cli.factbase.loader import load

    fb = load(MINI / "facts.json")
    doc = fb.doc
    facts = list(doc.facts)
    facts[1] = facts[1]._replace(id=facts[0].id, topics=(*facts[1].topics, "nowhere"))
    facts[4] = facts[4]._replace(claim=facts[3].claim, source=facts[3].source, span=(5, 1))
    facts.append(facts[2]._replace(id="late", part_of=facts[0].id, topics=("nowhere",)))
    facts[0], facts[5] = (f._replace(event="no-such-event") for f in (facts[0], facts[5]))
    lonely = doc.entities[0]._replace(id="lonely", roles=(), participants=())
    doc = doc._replace(facts=facts, entities=[*doc.entities, lonely])
    texts = {s.id: fb.source_text(s.id) for s in doc.sources}
    whole, _ = checks.all_problems(doc, texts)
    # the topics and entities whole: some are used only by facts outside the window
    every = {"topics": range(len(doc.topics)), "entities": range(len(doc.entities))}
    windows = ({"facts": range(2, 7)}, {"facts": range(0, 2), "topics": range(0)})
    for window in (*windows, {"facts": range(0, 1), **every}, {"facts": range(5, 7), **every}):
        found, _ = checks.all_problems(doc, texts, window)
        kept = [
            p
            for p in whole
            if not (m := checks._ENTRY.match(p.path))
            or m.group(1) not in window
            or int(m.group(2)) in window[m.group(1)]
        ]
        assert found == kept and len(kept) < len(whole)
    assert len(whole) > 4


def _set(i: int, **fields: Any) -> Callable[[dict[str, Any]], None]:
    return lambda d: d["facts"][i].update(fields)


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (_set(0, source="elsewhere"), ("dangling-reference", "$.facts[0].source")),
        (_set(3, part_of="nothing"), ("dangling-reference", "$.facts[3].part_of")),
        (_set(2, topics=["talks", "nothing"]), ("dangling-reference", "$.facts[2].topics[1]")),
        (_set(1, entities=["nobody"]), ("dangling-reference", "$.facts[1].entities[0]")),
        (_set(0, part_of="drill-includes-epsilon"), ("bad-reference", "$.facts[0].part_of")),
        (_set(5, topics=["promo", "talks"]), ("editorial", "$.facts[5].topics[1]")),
        (_set(0, topics=["talks", "promo"]), ("editorial", "$.facts[0].topics[1]")),
        (_set(0, kind="editorial", topics=["promo"]), ("editorial", "$.facts[0].kind")),
        (_set(0, prefix="not what comes before"), ("context-mismatch", "$.facts[0].prefix")),
        (_set(0, suffix="not what comes after"), ("context-mismatch", "$.facts[0].suffix")),
        (_set(0, review="reanchored"), ("review", "$.facts[0].review")),
        (_set(1, claim="talks-held"), ("claim", "$.facts[1].claim")),
    ],
)
def test_a_problem_of_one_fact_among_clean_ones_is_found(
    tmp_path: Path, change: Callable[[dict[str, Any]], None], expected: tuple[str, str]
) -> None:
    """One fact at fault among clean ones is named: the quote and editorial checks name a
    fact's problems only when a quick test of it fails (its slice of the text equal to its
    quote, its source with editorial passages or its kind editorial), so each way of
    failing it is tried."""
    assert expected in codes(broken(tmp_path, change))
