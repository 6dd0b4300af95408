"""The same facts give the same brief, whatever order a layer's lists hold them in (issue
24's loop: a person's titles of one source, and a conflict's sides told in several notes,
came in the order of the adds that wrote them)."""

from __future__ import annotations

from datetime import date

from defcoop_cli.factbase.loader import FactBase, load_layers
from defcoop_cli.factbase.records import CuratorNote, Role, Side
from defcoop_cli.lookup.brief.briefing import build_briefing
from defcoop_cli.output.brief.short import WHOLE, Fold, short_layout
from tests.conftest import MINI, SECOND


def _grown(fb: FactBase, **lists: object) -> FactBase:
    grown = FactBase(fb.path, fb.doc._replace(**lists))
    grown.homes = fb.homes
    return grown


def _titled(roles: list[Role]) -> FactBase:
    """mini, its meeting's fact giving Alpha two titles and a later fact a third."""
    fb = load_layers([MINI])
    quote = "Alpha, the Chair and the Minister, met Beta in Gamma City"
    facts = [f._replace(quote=quote) if f.id == "talks-held" else f for f in fb.doc.facts]
    entities = [e._replace(roles=tuple(roles)) if e.id == "alpha" else e for e in fb.doc.entities]
    return _grown(fb, facts=facts, entities=entities)


def test_a_persons_titles_of_one_source_in_the_order_of_its_text() -> None:
    """Titles of one source (one date) tie on date and source: they come in the order
    the source's text gives them (its facts' order, then where a quote names them), never
    in the order the entity's roles were written (an add appends its own)."""
    roles = [
        Role("Envoy", "talks-topic"),
        Role("Minister", "talks-held"),
        Role("Chair", "talks-held"),
    ]
    briefs = [
        build_briefing(_titled(order)) for order in (roles, roles[::-1], roles[1:] + roles[:1])
    ]
    assert briefs[0] == briefs[1] == briefs[2]
    alpha = next(p for p in briefs[0].people if p.name == "Alpha")
    assert [r.text for r in alpha.roles] == ["Chair", "Minister", "Envoy"]


def _watch_out(notes: list[CuratorNote]) -> str:
    """The short brief's watch-out line of two layers' reports, of one date, with notes."""
    fb = load_layers([MINI, SECOND])
    one_day = [s._replace(published=date(2025, 3, 4)) if s.published else s for s in fb.doc.sources]
    b = build_briefing(_grown(fb, sources=one_day, curator_notes=notes))
    (section,) = [s for s in short_layout(b, Fold(most=2)) if s.title == "Watch-outs"]
    return "".join(seg.text for line in section.lines for seg in line)


def test_sides_told_in_several_notes_merge_in_one_order() -> None:
    """Two notes told alike (one watch-out) share a side; which note tells which other
    side depends on the order the reports were drafted in (a note drafted after both
    reports were in tells both their sides, one drafted before them only its own). Merged,
    the sides come in one order (the newest dated, then report order), whichever note told
    them, so that the same sides fold to the same "+N more"."""
    shared = Side("Minister", ("markup-concern",))
    paper = Side("Chair", ("lantern-talks-length",))
    wire = Side("Envoy", ("wire-talks-length",))

    def note(nid: str, *sides: Side) -> CuratorNote:
        return CuratorNote(nid, "They differ.", "the sources", "conflict", sides=sides)

    late = _watch_out([note("first", paper, shared), note("second", wire, paper, shared)])
    early = _watch_out([note("first", paper, shared), note("second", wire, shared)])
    # the two reports' sides (one date: the paper's source id first), then the undated
    assert late == early == "1. They differ: Chair vs Envoy vs +1 more"


def test_a_whole_brief_of_merged_sides_is_the_same_unfolded() -> None:
    shared = Side("Minister", ("markup-concern",))
    paper = Side("Chair", ("lantern-talks-length",))
    wire = Side("Envoy", ("wire-talks-length",))
    fb = load_layers([MINI, SECOND])

    def drawn(*told: tuple[Side, ...]) -> list[str]:
        notes = [
            CuratorNote(f"n{i}", "They differ.", "the sources", "conflict", sides=sides)
            for i, sides in enumerate(told)
        ]
        b = build_briefing(_grown(fb, curator_notes=notes))
        return [
            "".join(s.text for s in line) for sec in short_layout(b, WHOLE) for line in sec.lines
        ]

    assert drawn((paper, shared), (wire, paper, shared)) == drawn((paper, shared), (wire, shared))


def _two_facts_titled(reverse: bool) -> FactBase:
    """mini, Alpha given a title by each of two facts of its one source (the meeting's, then
    the next sentence's), one note setting the titles against each other; with the source's
    facts written in the file as they are, or reversed."""
    fb = load_layers([MINI])
    quotes = {"talks-held": "Alpha, the Chair, met Beta", "talks-topic": "the Envoy for talks"}
    facts = [f._replace(quote=quotes.get(f.id, f.quote)) for f in fb.doc.facts]
    roles = (Role("Chair", "talks-held"), Role("Envoy", "talks-topic"))
    entities = [e._replace(roles=roles) if e.id == "alpha" else e for e in fb.doc.entities]
    sides = (Side("Envoy", ("talks-topic",)), Side("Chair", ("talks-held",)))
    note = CuratorNote("alpha-title", "Titles differ.", "the sources", "conflict", sides=sides)
    return _grown(
        fb, facts=facts[::-1] if reverse else facts, entities=entities, curator_notes=[note]
    )


def test_a_sources_facts_in_another_file_order_give_the_same_brief() -> None:
    """A source's facts written in the file in another order (the order a curator or the
    drafter wrote them) are the same facts: titles and conflict sides of one source come in
    the order of its text, where their facts' spans start, never the file's order."""
    written, reversed_ = (
        build_briefing(_two_facts_titled(False)),
        build_briefing(_two_facts_titled(True)),
    )
    assert written == reversed_
    alpha = next(p for p in written.people if p.name == "Alpha")
    assert [r.text for r in alpha.roles] == ["Chair", "Envoy"]
    (note,) = written.watch_outs
    assert [s.label for s in note.sides] == ["Chair", "Envoy"]


def test_a_conflicts_sides_from_one_fact_in_the_person_lines_order() -> None:
    """Two titles one fact gives, set against each other by a note: the watch-out gives its
    sides in the order the person's line gives the titles (where the quote gives them),
    not in the labels' alphabetical order."""
    fb = load_layers([MINI])
    quote = "Alpha, the Minister and the Chair, met Beta in Gamma City"
    facts = [f._replace(quote=quote) if f.id == "talks-held" else f for f in fb.doc.facts]
    roles = (Role("Chair", "talks-held"), Role("Minister", "talks-held"))
    entities = [e._replace(roles=roles) if e.id == "alpha" else e for e in fb.doc.entities]
    for sides in [
        (Side("Chair", ("talks-held",)), Side("Minister", ("talks-held",))),
        (Side("Minister", ("talks-held",)), Side("Chair", ("talks-held",))),
    ]:
        note = CuratorNote("alpha-title", "Titles differ.", "the sources", "conflict", sides=sides)
        b = build_briefing(_grown(fb, facts=facts, entities=entities, curator_notes=[note]))
        alpha = next(p for p in b.people if p.name == "Alpha")
        (drawn,) = b.watch_outs
        assert [r.text for r in alpha.roles] == ["Minister", "Chair"]
        assert [s.label for s in drawn.sides] == ["Minister", "Chair"]
