"""Several sources side by side: filters, source names, claims counted by independent
source, conflicts marked everywhere, the brief's merged lines; and layered fact bases.

Two fixtures: the two-layer one (the mini fact base, and `second/` on top of it: a wire
report of the same fictional meeting and a paper's copy of it, using mini's entities and
topics), and the two-source one (the same, merged into one fact file with all its
sources)."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest
from conftest import MINI, REAL, ROOT, call, call_json

from defcoop_cli.factbase.loader import load_layers
from defcoop_cli.factbase.records import Source
from defcoop_cli.lookup.claims import corroboration, independence_key

SECOND = ROOT / "tests" / "fixtures" / "second" / "facts.json"
AGREED = ["drill-expanded", "wire-drill-expanded", "lantern-drill-expanded"]


def one_file(tmp_path: Path) -> Path:
    """mini and second as one fact file holding three sources."""
    folder = tmp_path / "one"
    (folder / "sources").mkdir(parents=True)
    doc: dict[str, Any] = {}
    for layer in (MINI, SECOND):
        data = json.loads(layer.read_text(encoding="utf-8"))
        for key, value in data.items():
            doc[key] = doc.get(key, []) + value if isinstance(value, list) else value
        for source in data["sources"]:
            shutil.copyfile(layer.parent / source["path"], folder / source["path"])
    (folder / "facts.json").write_text(json.dumps(doc), encoding="utf-8")
    return folder / "facts.json"


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

    def test_an_unknown_source_is_a_usage_error(
        self, capsys: pytest.CaptureFixture[str], sources: str
    ) -> None:
        code, out, err = call(capsys, "search", "talks", "--source", "harbour-wyre-report")
        assert code == 2 and out == ""
        assert err.startswith("defcoop: no source 'harbour-wyre-report'; did you mean harbour-wire")

    def test_hidden_by_a_source_filter_is_said(
        self, capsys: pytest.CaptureFixture[str], sources: str
    ) -> None:
        code, _, err = call(capsys, "search", "epsilon", "--source", "harbour-wire")
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
        _, out, _ = call(capsys, "brief", "--color", "never")
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

    def test_a_wire_and_its_copies_count_once(self) -> None:
        def source(sid: str, publisher: str | None, via: str | None = None) -> Source:
            return Source(
                sid, "t", "source", "news article", "x", "0", None, "n", publisher, None, None, via
            )

        wire, copy1, copy2 = (
            source("w", "Harbour Wire"),
            source("a", "A", "harbour wire"),
            source("b", "B", "Harbour Wire"),
        )
        paper = source("p", None)
        assert independence_key(wire) == independence_key(copy1) == independence_key(copy2)
        sources = {s.id: s for s in (wire, copy1, copy2, paper)}
        from defcoop_cli.factbase.records import Fact

        def fact(fid: str, sid: str) -> Fact:
            return Fact(fid, "s", "event", "a", "reported", (), (), (), "q", sid, (0, 1), None, "c")

        assert corroboration("c", [fact("1", "w"), fact("2", "a")], sources).label == (
            "2 reports, 1 independent"
        )
        assert corroboration("c", [fact("1", "w"), fact("2", "p")], sources).label == "2 sources"
        assert corroboration("c", [fact("1", "a"), fact("2", "b")], sources).label == (
            "2 reports, 1 independent"
        )
        assert corroboration("c", [fact("1", "w")], sources).label == ""


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
        conflict = [line for line in watch if "Sources disagree" in line]
        assert conflict == [
            "- **1. Sources disagree:** Did Beta raise a concern? The sources disagree "
            "(`beta-concerns-conflict`): Beta raised a concern (`markup-concern`) vs Beta "
            "raised no concerns (`wire-no-concerns`, `lantern-no-concerns`)"
        ]
        marked = [line for line in out.splitlines() if "markup" in line and "- **Worries" in line]
        assert marked and marked[0].endswith("**(!) watch-out 1**")


class TestChecks:
    def write(self, tmp_path: Path, change: Any) -> Path:
        path = one_file(tmp_path)
        doc = json.loads(path.read_text(encoding="utf-8"))
        change(doc)
        path.write_text(json.dumps(doc), encoding="utf-8")
        return path

    def problems(self, capsys: pytest.CaptureFixture[str], path: Path) -> list[dict[str, Any]]:
        code, out, _ = call(capsys, "validate", str(path), "--json")
        assert code == 1
        return json.loads(out)["problems"]

    def test_a_claim_made_twice_by_one_source(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        def twice(doc: dict[str, Any]) -> None:
            doc["facts"][1]["claim"] = "talks-held"  # talks-topic, of mini too

        found = self.problems(capsys, self.write(tmp_path, twice))
        assert [p["code"] for p in found] == ["claim"]
        assert "made twice by source 'mini'" in found[0]["message"]

    def test_a_conflict_within_one_source(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        def one_source(doc: dict[str, Any]) -> None:
            note = doc["curator_notes"][-1]
            note["sides"] = [
                {"label": "a", "facts": ["wire-no-concerns"]},
                {"label": "b", "facts": ["wire-talks-held"]},
            ]
            note["facts"] = ["wire-no-concerns", "wire-talks-held"]

        found = self.problems(capsys, self.write(tmp_path, one_source))
        assert [p["message"] for p in found] == ["a conflict sets two sources or more apart"]

    def test_one_claim_on_two_sides(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        def both_sides(doc: dict[str, Any]) -> None:
            note = doc["curator_notes"][-1]
            note["sides"][1]["facts"] = ["wire-no-concerns"]
            note["sides"][0]["facts"] = ["markup-concern", "lantern-no-concerns"]

        found = self.problems(capsys, self.write(tmp_path, both_sides))
        assert [p["message"] for p in found] == [
            "claim 'beta-no-concerns' is on two sides of the conflict"
        ]

    def test_validate_gives_coverage_per_source(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        code, out, _ = call(capsys, "validate", str(one_file(tmp_path)))
        assert code == 0
        for source in ("mini", "harbour-wire", "daily-lantern"):
            assert f"{source}: " in out and "of body text covered" in out
        doc = call_json(capsys, "validate", str(one_file(tmp_path / "again")))
        assert [c["source"] for c in doc["coverage"]] == ["mini", "harbour-wire", "daily-lantern"]

    def test_furniture_and_editorial_are_checked_per_source(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        def leak(doc: dict[str, Any]) -> None:
            promo = next(f for f in doc["facts"] if f["id"] == "lantern-promo")
            promo["kind"] = "event"  # the paper's subscription line, quoted as news
            promo["topics"] = ["talks"]

        found = self.problems(capsys, self.write(tmp_path, leak))
        assert any("editorial" in p["message"] for p in found), found


class TestLayers:
    def test_the_shipped_base_is_the_first_layer(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.delenv("DEFCOOP_NO_DEFAULT_FACTS")
        shipped = call_json(capsys, "search", "malabar")["results"]
        assert shipped and {r["source"] for r in shipped} == {"rajnath-nakatani-meeting"}
        mine = call_json(capsys, "search", "delta", "drill")["results"]
        assert {r["source"] for r in mine} == {"mini"}
        code, _, err = call(capsys, "--no-default-facts", "search", "malabar")
        assert code == 1 and err.startswith("defcoop: nothing found for 'malabar'")

    def test_facts_is_repeatable_and_the_order_is_the_layer_order(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        doc = call_json(capsys, "--facts", str(MINI), "--facts", str(SECOND), "facts")
        assert doc["facts"][0]["id"] == "talks-held" and doc["total"] == 6 + 9 - 2
        assert (
            call_json(capsys, "--facts", str(SECOND), "--facts", str(MINI), "facts")["facts"][0][
                "source"
            ]
            == "harbour-wire"
        )

    def test_a_layer_given_twice_is_read_once(self, capsys: pytest.CaptureFixture[str]) -> None:
        doc = call_json(capsys, "--facts", str(MINI), "--facts", str(MINI), "facts")
        assert doc["total"] == 5

    def test_an_id_in_two_layers_names_both_files(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        shutil.copytree(MINI.parent, tmp_path / "copy")
        copy = tmp_path / "copy" / "facts.json"
        doc = json.loads(copy.read_text(encoding="utf-8"))
        doc["sources"][0]["id"] = "mine"
        for f in doc["facts"]:
            f["source"] = "mine"
        copy.write_text(json.dumps(doc), encoding="utf-8")
        code, out, err = call(capsys, "--facts", str(MINI), "--facts", str(copy), "search", "x1")
        assert code == 2 and out == ""
        assert err == (
            f"defcoop: topic id 'talks' is in both {MINI} and {copy}; ids must be unique "
            "across fact bases\n"
        )

    def test_a_personal_layer_uses_the_shipped_entities(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
    ) -> None:
        mine = tmp_path / "mine"
        (mine / "sources").mkdir(parents=True)
        text = "Japan and India held a naval drill together.\n"
        (mine / "sources" / "note.txt").write_text(text, encoding="utf-8")
        import hashlib

        doc = {
            "schema_version": 1,
            "sources": [
                {
                    "id": "my-note",
                    "title": "My own note",
                    "title_assigned_by": "curator",
                    "kind": "report",
                    "path": "sources/note.txt",
                    "sha256": hashlib.sha256(text.encode()).hexdigest(),
                    "published": "2025-06-01",
                    "publisher": "Me",
                }
            ],
            "topics": [],
            "entities": [],
            "facts": [
                {
                    "id": "my-drill",
                    "statement": "Japan and India held a naval drill together.",
                    "kind": "event",
                    "attribution": "the article",
                    "stance": "reported",
                    "topics": ["joint-exercises"],
                    "entities": ["japan", "india"],
                    "keywords": [],
                    "source": "my-note",
                    "quote": "Japan and India held a naval drill together",
                    "span": [0, 43],
                }
            ],
            "curator_notes": [],
        }
        (mine / "facts.json").write_text(json.dumps(doc), encoding="utf-8")
        monkeypatch.delenv("DEFCOOP_NO_DEFAULT_FACTS")
        monkeypatch.setenv("DEFCOOP_FACTS", str(mine / "facts.json"))
        found = call_json(capsys, "search", "naval", "drill", "--source", "me")["results"]
        assert [r["id"] for r in found] == ["my-drill"]
        entity = call_json(capsys, "entities", "japan", "--source", "my-note")
        assert [f["id"] for f in entity["facts"]] == ["my-drill"]
        # On its own it checks against the shipped base under it: its references resolve.
        code, out, _ = call(capsys, "validate", str(mine / "facts.json"))
        assert code == 0, out
        code, out, _ = call(capsys, "validate", "--merged")
        assert code == 0, out
        assert "2 sources" in out

    def test_validate_a_layer_on_its_own_or_merged(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setenv("DEFCOOP_FACTS", os.pathsep.join([str(MINI), str(SECOND)]))
        code, out, _ = call(capsys, "validate")
        assert code == 0 and out.startswith(f"ok: {SECOND}: 9 facts, 0 topics")
        code, out, _ = call(capsys, "validate", "--merged")
        assert code == 0 and "15 facts, 4 topics, 6 entities, 3 sources, 2 curator notes" in out
        # The top layer alone, with nothing under it: its references to mini dangle.
        code, out, _ = call(capsys, "--no-default-facts", "--facts", str(SECOND), "validate")
        assert code == 1 and "no entity 'alpha'" in out
        # --merged names each problem's own file.
        monkeypatch.setenv("DEFCOOP_FACTS", os.pathsep.join([str(SECOND), str(MINI)]))
        code, out, _ = call(capsys, "validate", "--merged", "--json")
        assert code == 0

    def test_merged_problems_name_their_file(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        shutil.copytree(SECOND.parent, tmp_path / "second")
        top = tmp_path / "second" / "facts.json"
        doc = json.loads(top.read_text(encoding="utf-8"))
        doc["facts"][2]["quote"] = "Beta raised some concerns"
        top.write_text(json.dumps(doc), encoding="utf-8")
        code, out, _ = call(
            capsys, "--facts", str(MINI), "--facts", str(top), "validate", "--merged"
        )
        assert code == 1
        assert f"{top}: $.facts[2].span (wire-no-concerns): quote-mismatch" in out

    def test_the_shipped_base_is_never_written(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.delenv("DEFCOOP_NO_DEFAULT_FACTS")
        folder = REAL.parent
        before = {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}
        for argv in (["search", "malabar"], ["brief"], ["validate"], ["validate", "--merged"]):
            call(capsys, *argv)
        assert {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()} == before

    def test_the_merged_view_loads_as_one(self) -> None:
        fb = load_layers([MINI, SECOND])
        assert [len(layer_.path.name) > 0 for layer_ in fb.layers] == [True, True]
        assert fb.homes["harbour-wire"] == SECOND and fb.homes["mini"] == MINI


def test_a_source_filter_leaves_the_counts_as_they_were(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """In memory (no cache) an index hands out its own sets: filtering must not change them."""
    monkeypatch.setenv("DEFCOOP_NO_CACHE", "1")
    monkeypatch.setenv("DEFCOOP_FACTS", os.pathsep.join([str(MINI), str(SECOND)]))
    from defcoop_cli.factbase.loader import load_layers
    from defcoop_cli.lookup import service
    from defcoop_cli.lookup.search import SearchIndex

    index = SearchIndex(load_layers([MINI, SECOND]))
    before = {t.topic.id: t.fact_count for t in service.topic_list(index).rows}
    service.topic_view(index, "talks", ["mini"])
    service.entity_view(index, "beta", ["harbour-wire"])
    assert {t.topic.id: t.fact_count for t in service.topic_list(index).rows} == before
