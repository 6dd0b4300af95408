"""lookup.brief.briefing on every fixture base: the brief assembled as data, and what a topic's
brief keeps."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import MINI, REAL, ROOT, TOKYO

from defcoop_cli.errors import NothingFound
from defcoop_cli.factbase.events import event_of
from defcoop_cli.factbase.loader import FactBase, load_layers
from defcoop_cli.factbase.vocab import is_editorial_group
from defcoop_cli.lookup.brief.briefing import brief_base, build_briefing, shown_facts
from defcoop_cli.lookup.brief.timeline import choose, event_brief, for_event, with_event
from defcoop_cli.lookup.protocol import Index
from defcoop_cli.lookup.results import Briefing
from defcoop_cli.lookup.search.fields import NO_EVENT, tally_sources
from defcoop_cli.lookup.service import from_sources
from defcoop_cli.output.brief.layout import layout

SECOND = ROOT / "tests" / "fixtures" / "second" / "facts.json"
BASES = {"real": [REAL], "tokyo": [REAL, TOKYO], "mini": [MINI], "layered": [MINI, SECOND]}


@pytest.fixture(scope="module", params=list(BASES))
def fb(request: pytest.FixtureRequest) -> FactBase:
    paths: list[Path] = BASES[request.param]
    return load_layers(paths)


@pytest.fixture(scope="module")
def on_disk(fb: FactBase, tmp_path_factory: pytest.TempPathFactory) -> Index:
    """fb's index on disk, built once for the module from copies of its layers in a cache
    of its own: the tests below only read it."""
    from conftest import copy_of, warm

    from defcoop_cli.index import pointers

    folder = tmp_path_factory.mktemp("on-disk")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(folder / "xdg"))
        patch.setattr(pointers, "SETTLE_NS", 0)
        paths = [Path(layer.path) for layer in fb.layers]
        return warm(*(copy_of(p, folder / f"layer{i}") for i, p in enumerate(paths)))


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


def test_the_facts_a_brief_reads_brief_as_the_whole_base(fb: FactBase, on_disk: Index) -> None:
    """brief_base reads a few facts through the index; their brief, with the index's
    tallies of the sources, is the whole base's: every topic, short and full, from every
    source alone and from all, in memory and on disk."""
    from defcoop_cli.lookup.search.memory import SearchIndex
    from defcoop_cli.lookup.service import from_sources

    topics = [None, *(t for t in fb.doc.topics if not is_editorial_group(t.group))]
    choices = [frozenset(), *(frozenset({s.id}) for s in fb.doc.sources)]
    for index in (SearchIndex(fb), on_disk):
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


def _event_briefs_agree(fb: FactBase, index: Index, every_topic: bool = True) -> int:
    """Every event's brief (and the default one), of every topic (or of none and the
    first), short and full, from every source alone and from all: read through the index's
    facets and tallies, it is the brief of the event told from the whole base (or fails
    alike). How many were compared."""
    topics = [None, *(t for t in fb.doc.topics if not is_editorial_group(t.group))]
    topics = topics if every_topic else topics[:2]
    choices = [frozenset(), *(frozenset({s.id}) for s in fb.doc.sources)]
    compared = 0
    for chosen in choices:
        whole = from_sources(fb, chosen)
        for wanted in [None, *(e.id for e in fb.doc.events)]:
            told = choose(whole, wanted)
            assert told is not None
            for only in topics:
                part = from_sources(brief_base(index, only, told.event), chosen)
                for full in (False, True):
                    where = (type(index).__name__, wanted, only, sorted(chosen), full)
                    try:
                        narrowed = for_event(whole, told.event)
                    except NothingFound as e:
                        with pytest.raises(NothingFound, match=str(e)):
                            event_brief(index, part, told, chosen, only, full)
                        continue
                    b = build_briefing(narrowed, only, full)
                    wanted_brief = with_event(b, whole, told)
                    assert event_brief(index, part, told, chosen, only, full) == wanted_brief, where
                    compared += 1
    return compared


def test_the_facts_an_event_brief_reads_brief_as_the_event_told_whole(
    fb: FactBase, on_disk: Index
) -> None:
    """On the bases with events (the shipped one, and Tokyo's talks over it, with a
    background event), in memory and on disk (every topic in the long profile: the
    facets and tallies differ by engine, the topics' points do not)."""
    from conftest import LONG

    from defcoop_cli.lookup.search.memory import SearchIndex

    if not fb.doc.events:
        assert choose(fb, None) is None  # the brief is of the whole base: the test above
        return
    assert _event_briefs_agree(fb, SearchIndex(fb)) > 2 * len(fb.doc.events)
    assert _event_briefs_agree(fb, on_disk, every_topic=LONG) > 2 * len(fb.doc.events)


def test_an_index_tallies_each_events_facts_by_source(fb: FactBase, on_disk: Index) -> None:
    """In memory and on disk: the tallies of each event's facts, and of those of no event."""
    from defcoop_cli.lookup.search.memory import SearchIndex

    groups: dict[str, list] = {}
    for f in fb.doc.facts:
        groups.setdefault(event_of(f, fb.sources) or NO_EVENT, []).append(f)
    wanted = {event: tally_sources(facts) for event, facts in groups.items()}
    assert (NO_EVENT in wanted) == (not fb.doc.events)  # the shipped facts all have one
    for index in (SearchIndex(fb), on_disk):
        assert index.event_tallies() == wanted
        for event, facts in groups.items():
            if event != NO_EVENT:
                assert len(index.facet(f"event:{event}")) == len(facts)


def test_an_event_brief_keeps_a_note_on_no_fact_as_the_whole_base_would() -> None:
    """A note citing no fact is kept when the event's facts name what it is on (read from
    the facets, not the facts), and left out when only another event's facts do."""
    from defcoop_cli.lookup.search.memory import SearchIndex

    tokyo = load_layers([REAL, TOKYO])
    named = {
        e.id: {n for f in tokyo.doc.facts if event_of(f, tokyo.sources) == e.id for n in f.entities}
        for e in tokyo.doc.events
    }
    told = [e for e in tokyo.doc.events if named[e.id]]
    assert len(told) == 2
    model = next(n for n in tokyo.doc.curator_notes if n.type == "note")
    notes = [
        model._replace(id=f"on-{e.id}", facts=(), entities=(own,), date=None)
        for e, other in zip(told, reversed(told), strict=True)
        for own in [min(named[e.id] - named[other.id])]
    ]
    doc = tokyo.doc._replace(curator_notes=[*tokyo.doc.curator_notes, *notes])
    fb = FactBase(tokyo.path, doc)
    fb.homes = tokyo.homes
    index = SearchIndex(fb)
    for event, other in zip(told, reversed(told), strict=True):
        chosen = choose(fb, event.id)
        assert chosen is not None
        b = event_brief(index, brief_base(index, None, event), chosen, frozenset())
        assert b == with_event(build_briefing(for_event(fb, event)), fb, chosen)
        kept = {n.id for n in b.watch_outs}
        assert f"on-{event.id}" in kept and f"on-{other.id}" not in kept
    assert _event_briefs_agree(fb, index) > 0


def test_a_brief_reads_the_people_by_position_not_each_by_its_id(
    real_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The people (the speakers parties.Parties names) are read once, in a pass over the
    speaking entities; finding each again by its id is a bisection of every entity, which
    made a brief at 100,000 facts (1,900 people) take three times as long."""
    from conftest import warm

    from defcoop_cli.index.engine import DiskIndex

    index = warm(real_copy)
    sought: list[str] = []
    find = DiskIndex._find_entity
    monkeypatch.setattr(
        DiskIndex, "_find_entity", lambda self, i: sought.append(i) or find(self, i)
    )
    people = {e.id for e in load_layers([REAL]).doc.entities if e.type == "person"}
    part = brief_base(index, None)
    held = {e.id for e in part.doc.entities if e.type == "person"}
    assert held and held <= people
    assert sought and not held & set(sought)
