"""lookup.briefing on every fixture base: the brief assembled as data, and what a topic's brief
keeps."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import MINI, REAL, ROOT

from defcoop_cli.factbase.loader import FactBase, load_layers
from defcoop_cli.factbase.vocab import is_editorial_group
from defcoop_cli.lookup.briefing import brief_base, build_briefing, shown_facts
from defcoop_cli.lookup.results import Briefing
from defcoop_cli.output.brief.layout import layout

SECOND = ROOT / "tests" / "fixtures" / "second" / "facts.json"
BASES = {"real": [REAL], "mini": [MINI], "layered": [MINI, SECOND]}


@pytest.fixture(scope="module", params=list(BASES))
def fb(request: pytest.FixtureRequest) -> FactBase:
    paths: list[Path] = BASES[request.param]
    return load_layers(paths)


def briefs(fb: FactBase) -> list[Briefing]:
    """The whole brief and every topic's, short and full."""
    topics = [None, *(t for t in fb.doc.topics if not is_editorial_group(t.group))]
    return [build_briefing(fb, t, full) for t in topics for full in (False, True)]


def laid_out_facts(b: Briefing) -> set[str]:
    """The facts the brief's lines cite, outside its watch-outs."""
    return {
        f
        for section in layout(b)
        if section.title != "Watch-outs"
        for line in section.lines
        for segment in line
        for f in segment.facts
    }


def test_the_facts_a_brief_shows_are_those_its_lines_cite(fb: FactBase) -> None:
    found = briefs(fb)
    assert len(found) > 2 and all(shown_facts(b) for b in found)
    for b in found:
        assert shown_facts(b) == laid_out_facts(b), (b.topic, b.full)


def test_a_topic_brief_keeps_a_note_only_where_it_shows_what_the_note_is_on() -> None:
    fb = load_layers([REAL])
    for b in briefs(fb):
        kept = {n.id for n in b.watch_outs}
        # on the Pahalgam facts: only the whole brief and the Pahalgam topic's show them
        assert ("pahalgam-attack-date" in kept) == (b.topic in (None, "terrorism-pahalgam"))
        assert "meeting-date" in kept  # every brief's When line gives its date


def test_a_point_made_by_several_sources_holds_their_corroboration() -> None:
    b = build_briefing(load_layers([MINI, SECOND]))
    points = {p.facts[0]: p for s in b.key_points for p in s.points}
    expanded = points["drill-expanded"].reports
    assert expanded is not None
    assert (expanded.reports, expanded.independent) == (3, 2)
    assert points["talks-topic"].reports is not None
    assert points["talks-topic"].reports.reports == 1


def test_the_facts_a_brief_reads_brief_as_the_whole_base(
    fb: FactBase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """brief_base reads a few facts through the index; their brief, with the index's
    tallies of the sources, is the whole base's: every topic, short and full, from every
    source alone and from all, in memory and on disk."""
    from conftest import copy_of, warm

    from defcoop_cli.index import cache as cache_module
    from defcoop_cli.lookup.search.memory import SearchIndex
    from defcoop_cli.lookup.service import from_sources

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.setattr(cache_module, "SETTLE_NS", 0)
    paths = [Path(layer.path) for layer in fb.layers]
    copies = [copy_of(p, tmp_path / f"layer{i}") for i, p in enumerate(paths)]
    topics = [None, *(t for t in fb.doc.topics if not is_editorial_group(t.group))]
    choices = [frozenset(), *(frozenset({s.id}) for s in fb.doc.sources)]
    for index in (SearchIndex(fb), warm(*copies)):
        tallies = index.tallies()
        for only in topics:
            part = brief_base(index, only)
            assert len(part.doc.facts) <= len(fb.doc.facts)
            for chosen in choices:
                whole, read = from_sources(fb, chosen), from_sources(part, chosen)
                for full in (False, True):
                    wanted = build_briefing(whole, only, full) if whole.doc.sources else None
                    found = build_briefing(read, only, full, tallies) if read.doc.sources else None
                    assert found == wanted, (type(index).__name__, only, sorted(chosen), full)
