"""output.brief: the brief's data laid out as labelled lines, each citing its facts."""

from __future__ import annotations

import pytest
from conftest import MINI, REAL, ROOT

from defcoop_cli.factbase.loader import load_layers
from defcoop_cli.factbase.records import Side
from defcoop_cli.lookup.brief.briefing import build_briefing
from defcoop_cli.lookup.results import Briefing, Note
from defcoop_cli.output.brief.layout import layout
from defcoop_cli.output.brief.lines import Section, Segment
from defcoop_cli.output.brief.short import note_groups, short_layout

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
        ("Japanese Defence Minister", "Minister of Defense"),  # a nation's adjective
        ("Indonesian Defence Minister", "Defence Minister"),
    ],
)
def test_titles_written_alike_are_one(one: str, other: str) -> None:
    from defcoop_cli.factbase.vocab import same_office

    assert same_office(one, other)
    assert not same_office(one, "Special Advisor to the Minister of Defence")
    assert not same_office("Parliamentary Vice-Minister", "Vice-Minister")


def test_the_short_brief_gives_a_title_written_otherwise_once() -> None:
    from defcoop_cli.lookup.results import Cited
    from defcoop_cli.output.brief.short import _titles

    roles = [Cited("Defence Minister", ("a",)), Cited("Defense Minister", ("b",))]
    assert [r.facts for r in _titles([(r, r.text) for r in roles], None)] == [("a", "b")]


def _conflict(id: str, short: str, *sides: tuple[str, str]) -> Note:
    told = tuple(Side(label, (fact,)) for label, fact in sides)
    facts = tuple(f for _, f in sides)
    return Note(id, "conflict", id, "the sources", None, facts, (), (), short, told)


def test_conflicts_told_alike_on_one_fact_are_one_watch_out_each_side_once(
    short: Briefing,
) -> None:
    toll = "The number: the sources disagree"
    notes = [
        _conflict("a", toll, ("28 people", "wire-toll"), ("26 people", "paper-toll")),
        _conflict("b", toll, ("24 people", "herald-toll"), ("28 people", "wire-toll")),
        _conflict("c", toll, ("3 ships", "wire-ships"), ("2 ships", "paper-ships")),
    ]
    # c is told alike but shares no fact: another number
    assert [[n.id for n in g] for g in note_groups(notes)] == [["a", "b"], ["c"]]
    drawn = [
        plain(li) for s in short_layout(short._replace(watch_outs=tuple(notes))) for li in s.lines
    ]
    assert "1. The number: the sources disagree: 28 people vs 26 people vs 24 people" in drawn
    assert "2. The number: the sources disagree: 3 ships vs 2 ships" in drawn


def test_a_watch_out_tells_sides_written_alike_and_notes_said_alike_once(
    short: Briefing,
) -> None:
    office = _conflict(
        "a",
        "His office: the sources disagree",
        ("Defence Minister", "one"),
        ("Minister of Defense", "two"),
        ("Special Advisor", "three"),
    )
    said = Note(
        "b",
        "note",
        "b",
        "outside the article",
        None,
        ("four",),
        ("x",),
        (),
        "The date: a note differs",
    )
    again = said._replace(id="c", facts=("five",))
    drawn = [
        plain(li)
        for s in short_layout(short._replace(watch_outs=(office, said, again)))
        for li in s.lines
    ]
    assert "1. His office: the sources disagree: Defence Minister vs Special Advisor" in drawn
    assert [li for li in drawn if "a note differs" in li] == ["2. The date: a note differs"]


def test_each_title_of_one_fact_is_judged_by_its_own_text() -> None:
    """Two titles from one fact: the well-formed one is shown, the one cut short is not."""
    from defcoop_cli.lookup.results import Cited, Person
    from defcoop_cli.output.brief.short import _person_line

    roles = (Cited("Defence Minister", ("f",)), Cited("Minister of State for Economic", ("f",)))
    line = _person_line(Person("Gen Nakatani", ("f",), roles), {}, None)
    assert "".join(s.text for s in line) == "Gen Nakatani: Defence Minister"
    roles = roles[::-1]
    line = _person_line(Person("Gen Nakatani", ("f",), roles), {}, None)
    assert "".join(s.text for s in line) == "Gen Nakatani: Defence Minister"
