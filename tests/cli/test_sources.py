"""Several sources side by side: the `sources` listing, --source on every command, source
names, claims counted by independent source, conflicts marked everywhere, the brief's merged
lines. (Layers as such: test_global_options.py.)

Two fixtures: the two-layer one (the mini fact base, and `second/` on top of it: a wire
report of the same fictional meeting and a paper's copy of it, using mini's entities and
topics), and the two-source one (the same, merged into one fact file with all its
sources)."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import pytest
from conftest import MINI, SECOND, call, call_json, one_file

AGREED = ["drill-expanded", "wire-drill-expanded", "lantern-drill-expanded"]


@pytest.fixture(params=["two layers", "one file"])
def sources(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> str:
    """Each test runs on both fixtures: they must read the same."""
    if request.param == "two layers":
        monkeypatch.setenv("DEFCOOP_FACTS", os.pathsep.join([str(MINI), str(SECOND)]))
    else:
        monkeypatch.setenv("DEFCOOP_FACTS", str(one_file(tmp_path)))
    return str(request.param)


def flat(out: str) -> str:
    """Drawn text as one line: no box edges, no wrapping."""
    return " ".join(out.replace("│", " ").split())


def by_id(results: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {r["id"]: r for r in results}


class TestFilters:
    def test_search_by_source(self, capsys: pytest.CaptureFixture[str], sources: str) -> None:
        everything = call_json(capsys, "search", "talks", "--limit", "50")["results"]
        assert {r["source"] for r in everything} == {"mini", "harbour-wire", "daily-lantern"}
        wire = call_json(capsys, "search", "talks", "--source", "harbour-wire")["results"]
        assert wire and {r["source"] for r in wire} == {"harbour-wire"}
        two = call_json(capsys, "search", "talks", "-s", "mini", "-s", "Daily Lantern")
        assert {r["source"] for r in two["results"]} == {"mini", "daily-lantern"}

    def test_a_source_by_publisher_or_a_close_spelling(
        self, capsys: pytest.CaptureFixture[str], sources: str
    ) -> None:
        for name in ("harbour-wire", "Harbour Wire", "harbor wire"):
            facts = call_json(capsys, "facts", "--source", name)["facts"]
            assert {f["source"] for f in facts} == {"harbour-wire"}, name

    def test_an_unknown_source_is_not_found(
        self, capsys: pytest.CaptureFixture[str], sources: str
    ) -> None:
        code, out, err = call(capsys, "search", "talks", "--source", "harbour-wyre-report")
        assert code == 1 and out == ""
        assert err.startswith("defcoop: no source 'harbour-wyre-report'; did you mean harbour-wire")

    def test_hidden_by_a_source_filter_is_said(
        self, capsys: pytest.CaptureFixture[str], sources: str
    ) -> None:
        code, _, err = call(capsys, "--verbose", "search", "epsilon", "--source", "harbour-wire")
        assert code == 1
        assert "hidden by --source harbour-wire" in err

    def test_topics_and_entities_count_the_chosen_sources(
        self, capsys: pytest.CaptureFixture[str], sources: str
    ) -> None:
        counts = {t["id"]: t["fact_count"] for t in call_json(capsys, "topics")["topics"]}
        wire = call_json(capsys, "topics", "--source", "harbour-wire")["topics"]
        assert {t["id"]: t["fact_count"] for t in wire} == {
            "talks": 3,
            "drills": 1,
            "worries": 1,
            "promo": 0,
        }
        assert counts["talks"] == 3 + 3 + 2  # mini's, the wire's, the copy's
        facts = call_json(capsys, "topics", "talks", "--source", "mini")["facts"]
        assert [f["id"] for f in facts] == ["talks-held", "talks-topic"]
        beta = call_json(capsys, "entities", "beta", "--source", "daily-lantern")
        assert beta["entity"]["fact_count"] == 3
        listed = call_json(capsys, "entities", "--source", "harbour-wire")["entities"]
        assert {e["id"]: e["fact_count"] for e in listed}["epsilon"] == 0

    def test_brief_by_source(self, capsys: pytest.CaptureFixture[str], sources: str) -> None:
        brief = call_json(capsys, "brief", "--source", "mini")["brief"]
        assert [s["id"] for s in brief["sources"]] == ["mini"]
        points = json.dumps([brief["key_points"], brief["regional"], brief["bottom_line"]])
        assert "wire-" not in points and "lantern-" not in points
        # The conflict is still a watch-out: the chosen source's fact is on one side of it.
        assert brief["watch_outs"][0]["id"] == "beta-concerns-conflict"


class TestSourcesNamed:
    def test_human_results_name_their_source(
        self, capsys: pytest.CaptureFixture[str], sources: str
    ) -> None:
        _, out, _ = call(capsys, "search", "three", "hours", "--color", "never")
        assert "Harbour Wire, 4 March 2025" in out and "The Daily Lantern, 5 March 2025" in out
        _, out, _ = call(capsys, "facts", "--source", "mini", "--color", "never")
        assert "· mini" in out  # no publisher: its id

    def test_the_sources_listing_names_each_with_its_copy_and_its_url_whole(
        self, capsys: pytest.CaptureFixture[str], sources: str
    ) -> None:
        code, out, _ = call(capsys, "sources", "--color", "never")
        lines = [line.strip() for line in out.splitlines()]
        assert code == 0 and "\\x0a" not in out
        assert "a copy of a Harbour Wire report" in lines
        assert "https://example.org/daily-lantern/alpha-beta" in lines  # on a line of its own

    def test_show_gives_title_publisher_date_and_url(
        self, capsys: pytest.CaptureFixture[str], sources: str
    ) -> None:
        _, out, _ = call(capsys, "show", "lantern-talks-held", "--color", "never")
        out = flat(out)
        assert "Alpha and Beta meet in Gamma City (news article; The Daily Lantern," in out
        assert "5 March 2025" in out and "a copy of a Harbour Wire report" in out
        assert "https://example.org/daily-lantern/alpha-beta" in out
        doc = call_json(capsys, "show", "lantern-talks-held")
        assert doc["source"] == {
            "id": "daily-lantern",
            "title": "Alpha and Beta meet in Gamma City",
            "kind": "news article",
            "publisher": "The Daily Lantern",
            "published": "2025-03-05",
            "date_note": None,
            "url": "https://example.org/daily-lantern/alpha-beta",
            "via": "Harbour Wire",
        }

    def test_the_brief_lists_every_source_and_its_scope(
        self, capsys: pytest.CaptureFixture[str], sources: str
    ) -> None:
        _, short, _ = call(capsys, "brief", "--color", "never")
        short = flat(short)
        assert "· 3 sources, 2 independent ·" in short
        assert "reports of 4 March 2025, 5 March 2025; 1 undated report" in short
        _, out, _ = call(capsys, "brief", "--color", "never", "--full")
        out = flat(out)
        assert "Scope: draws on 3 sources, 2 independent" in out
        assert "(wire report, Harbour Wire, 4 March 2025;" in out
        assert "The Daily Lantern, 5 March 2025, a copy of a Harbour Wire report" in out
        assert "A small test article (news article, undated;" in out
        assert "reports of 4 March 2025, 5 March 2025; 1 undated report" in out


class TestClaims:
    def test_search_counts_reports_and_independent_sources(
        self, capsys: pytest.CaptureFixture[str], sources: str
    ) -> None:
        found = by_id(call_json(capsys, "search", "agreed", "expand", "drill")["results"])
        standing = found["wire-drill-expanded"]["corroboration"]
        assert standing == {
            "claim": "drill-expanded",
            "facts": AGREED,
            "sources": ["mini", "harbour-wire", "daily-lantern"],
            "reports": 3,
            "independent": 2,
        }
        _, out, _ = call(capsys, "search", "three", "hours", "--color", "never")
        assert "2 reports, 1 independent" in flat(out)

    def test_facts_and_show_count_them_too(
        self, capsys: pytest.CaptureFixture[str], sources: str
    ) -> None:
        facts = by_id(call_json(capsys, "facts", "--source", "mini")["facts"])
        assert facts["talks-held"]["corroboration"]["independent"] == 2
        assert facts["talks-topic"]["corroboration"] is None  # no claim
        _, out, _ = call(capsys, "show", "drill-expanded", "--color", "never")
        out = flat(out)
        assert "claim drill-expanded · 3 reports, 2 independent" in out
        assert "wire-drill-expanded · Harbour Wire, 4 March 2025" in out
        doc = call_json(capsys, "show", "drill-expanded")
        assert [c["id"] for c in doc["same_claim"]] == AGREED[1:]

    def test_the_brief_gives_one_line_per_claim(
        self, capsys: pytest.CaptureFixture[str], sources: str
    ) -> None:
        _, out, _ = call(capsys, "brief", "--full", "--format", "md")
        agreed = [line for line in out.splitlines() if "agreed to expand" in line]
        assert agreed == [
            "- Both sides agreed to expand the Delta Drill. (`drill-expanded`, "
            "`wire-drill-expanded`, `lantern-drill-expanded`) (3 reports, 2 independent)"
        ]
        none = [line for line in out.splitlines() if "raised no concerns during" in line]
        assert len(none) == 1 and "(2 reports, 1 independent)" in none[0]
        statements = [line.split(" (`")[0] for line in out.splitlines() if line.startswith("- ")]
        assert len(statements) == len(set(statements))  # no point twice


class TestConflicts:
    def test_search_marks_both_sides(
        self, capsys: pytest.CaptureFixture[str], sources: str
    ) -> None:
        found = by_id(call_json(capsys, "search", "concern", "--limit", "20")["results"])
        assert found["markup-concern"]["conflicts"] == [
            {
                "note": "beta-concerns-conflict",
                "side": "Beta raised a concern",
                "other_sides": ["Beta raised no concerns"],
            }
        ]
        assert found["wire-no-concerns"]["conflicts"][0]["side"] == "Beta raised no concerns"
        _, out, _ = call(capsys, "search", "concern", "--color", "never", "--limit", "20")
        assert flat(out).count("sources disagree: see beta-concerns-conflict") == 3

    def test_show_marks_it_and_gives_the_note(
        self, capsys: pytest.CaptureFixture[str], sources: str
    ) -> None:
        _, out, _ = call(capsys, "show", "wire-no-concerns", "--color", "never")
        out = flat(out)
        assert "disputed Beta raised no concerns (other side: Beta raised a concern)" in out
        assert "Sources disagree (the sources):" in out
        assert "Side: Beta raised a concern [markup-concern]" in out
        _, out, _ = call(capsys, "show", "beta-concerns-conflict", "--color", "never")
        assert "wire-no-concerns" in out and "markup-concern" in out

    def test_the_brief_lists_every_conflict_on_one_line(
        self, capsys: pytest.CaptureFixture[str], sources: str
    ) -> None:
        _, out, _ = call(capsys, "brief", "--format", "md")
        watch = out.split("## Watch-outs")[1].split("\n\n")[1].splitlines()
        # the short brief: the conflict alone, its sides named (the dated, newer side
        # first: the wire's and its copy's); the point flagged, marked
        assert watch[0] == (
            "- **1.** Did Beta raise a concern? The sources disagree: Beta raised no concerns"
            " vs Beta raised a concern"
        )
        marked = [line for line in out.splitlines() if line.startswith("- **Raised concern:**")]
        assert len(marked) == 1 and re.search(r"\*\*\(!\) watch-out 1\*\* \[\d+\]$", marked[0])
        _, out, _ = call(capsys, "brief", "--format", "md", "--full")
        watch = out.split("## Watch-outs")[1].split("\n\n")[1].splitlines()
        conflict = [line for line in watch if "Sources disagree" in line]
        assert len(conflict) == 1
        assert conflict[0].startswith("- **1. Sources disagree (the sources):** The test article")
        assert "(`wire-no-concerns`, `lantern-no-concerns`)" in out
        marked = [line for line in out.splitlines() if "markup" in line and line.startswith("- ")]
        assert marked and marked[0].endswith("**(!) watch-out 1**")
