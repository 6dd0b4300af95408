"""output.brief: the brief's data laid out as labelled lines, each citing its facts."""

from __future__ import annotations

import pytest
from conftest import MINI, REAL, ROOT

from defcoop_cli.factbase.loader import load_layers
from defcoop_cli.lookup.briefing import build_briefing
from defcoop_cli.lookup.results import Briefing
from defcoop_cli.output.brief.layout import layout
from defcoop_cli.output.brief.lines import Section, Segment
from defcoop_cli.output.brief.short import note_groups

SECOND = ROOT / "tests" / "fixtures" / "second" / "facts.json"


@pytest.fixture(scope="module")
def full() -> Briefing:
    return build_briefing(load_layers([MINI, SECOND]), full=True)


def section(sections: list[Section], title: str) -> Section:
    (found,) = [s for s in sections if s.title == title]
    return found


def plain(line: tuple[Segment, ...]) -> str:
    return "".join(s.text for s in line)


def test_the_scope_counts_the_sources_and_the_independent_ones(full: Briefing) -> None:
    lines = [plain(line) for s in layout(full) for line in s.lines]
    assert "Scope: draws on 3 sources, 2 independent" in lines


def test_a_point_says_how_many_report_it_beside_the_facts_it_cites(full: Briefing) -> None:
    drills = section(layout(full), "Key points: Drills and exercises")
    (expanded,) = [line for line in drills.lines if "expand" in line[0].text]
    assert expanded[0].facts == ("drill-expanded", "wire-drill-expanded", "lantern-drill-expanded")
    assert expanded[1] == Segment(" (3 reports, 2 independent)", kind="note")


def test_a_point_in_a_conflict_is_flagged_with_its_watch_out_number(full: Briefing) -> None:
    worries = section(layout(full), "Regional issues: Worries")
    flags = [seg.text for line in worries.lines for seg in line if seg.kind == "flag"]
    assert flags == [" (!) watch-out 1", " (!) watch-out 1"]
    (first, *_) = section(layout(full), "Watch-outs").lines
    assert plain(first).startswith("1. Sources disagree (the sources): ")


@pytest.fixture(scope="module")
def short() -> Briefing:
    return build_briefing(load_layers([MINI, SECOND]))


def test_the_short_brief_marks_each_line_once_and_maps_the_marks_below(short: Briefing) -> None:
    sections = layout(short)
    marks = [seg for s in sections for line in s.lines for seg in line if seg.kind == "mark"]
    assert marks and all(seg.facts for seg in marks)
    # no line outside its mark cites a fact: the ids are in the footer
    assert all(
        not seg.facts for s in sections for line in s.lines for seg in line if seg.kind != "mark"
    )
    footer = plain(sections[-1].lines[0])
    for n, mark in enumerate(dict.fromkeys(m.facts for m in marks), 1):
        assert f"[{n}] {mark[0]}" in footer


def test_notes_on_one_entity_are_one_watch_out_their_conflict_too(
    short: Briefing,
) -> None:
    from defcoop_cli.lookup.results import Note

    def note(id: str, entities: tuple[str, ...], conflict: bool = False) -> Note:
        sides = short.watch_outs[0].sides if conflict else ()
        return Note(id, "note", id, "the article", None, (), entities, (), id, sides)

    notes = [note("a", ("x",)), note("b", ()), note("c", ("x", "y")), note("d", ("x",), True)]
    notes += [note("e", (), True), note("f", ("z",), True)]
    titles = {short.watch_outs[0].sides[0].facts[0]}  # a side of the conflict gives a title
    groups = [[n.id for n in g] for g in note_groups(notes, titles)]
    # the sources disagreeing on x's titles is one issue with the other notes on x; a note
    # on no entity, conflict or not, and one on another entity stand alone
    assert groups == [["a", "c", "d"], ["b"], ["e"], ["f"]]
    # a conflict on anything but a title (whether Beta raised a concern) stands alone
    assert [[n.id for n in g] for g in note_groups(notes)] == [
        ["a", "c"],
        ["b"],
        ["d"],
        ["e"],
        ["f"],
    ]


def test_the_short_brief_puts_the_undisputed_title_first_and_flags_the_rest() -> None:
    sections = layout(build_briefing(load_layers([REAL])))
    lines = [plain(li) for s in sections for li in s.lines]
    (line,) = [li for li in lines if li.startswith("Gen Nakatani")]
    assert line.startswith("Gen Nakatani: Japanese Defence Minister; disputed (watch-out 1): ")
    assert line.index("Special Advisor") > line.index("disputed")


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Defense Minister", "Defence Minister"),
        ("Japan's Defence Minister", "defence minister"),
        ("Minister of Defence", "Defence Minister"),
        ("Japan’s Special Advisor for National Security", "Special Advisor for National Security"),
    ],
)
def test_titles_written_alike_are_one(one: str, other: str) -> None:
    from defcoop_cli.factbase.vocab import office_key

    assert office_key(one) == office_key(other)
    assert office_key(one) != office_key("Special Advisor to the Minister of Defence")


def test_the_short_brief_gives_a_title_written_otherwise_once() -> None:
    from defcoop_cli.lookup.results import Cited
    from defcoop_cli.output.brief.short import _titles

    roles = [Cited("Defence Minister", ("a",)), Cited("Defense Minister", ("b",))]
    said = {"a": "Defence Minister", "b": "Defense Minister"}
    assert [r.facts for r in _titles(roles, said, None)] == [("a", "b")]
