"""lookup/brief/order.py: the brief reads a layer's reports in report order, never in the order
they were added (issue 24's loop: the same reports added in another order gave another
brief: another report telling a claim's point, another conflict first)."""

from __future__ import annotations

from defcoop_cli.factbase.loader import FactBase, load_layers
from defcoop_cli.lookup.brief.briefing import build_briefing
from defcoop_cli.lookup.brief.order import in_report_order, source_ranks
from tests.conftest import MINI, SECOND


def _added_the_other_way(fb: FactBase, top: set[str]) -> FactBase:
    """fb as if its top layer's reports (sources `top`) had been added in reverse: their
    sources, facts and notes in the other order."""
    doc = fb.doc
    below = [f for f in doc.facts if f.source not in top]
    mine = [f for f in doc.facts if f.source in top]
    facts = below + sorted(mine, key=lambda f: f.source != sorted(top)[0])
    sources = [s for s in doc.sources if s.id not in top]
    sources += [s for s in reversed(doc.sources) if s.id in top]
    swapped = FactBase(
        fb.path,
        doc._replace(facts=facts, sources=sources, curator_notes=list(reversed(doc.curator_notes))),
    )
    swapped.homes = fb.homes
    return swapped


def test_the_same_reports_added_in_another_order_brief_alike() -> None:
    fb = load_layers([MINI, SECOND])
    top = {s.id for s in fb.doc.sources if str(fb.homes[s.id]) == str(SECOND)}
    assert len(top) == 2
    swapped = _added_the_other_way(fb, top)
    assert [s.id for s in swapped.doc.sources] != [s.id for s in fb.doc.sources]
    assert build_briefing(swapped) == build_briefing(fb)


def test_a_layer_in_publication_order_below_layers_above() -> None:
    fb = load_layers([MINI, SECOND])
    ranks = source_ranks(fb)
    # the lower layer first, whatever its date; then the wire (4 March) before its copy (5th)
    assert sorted(ranks, key=ranks.__getitem__) == ["mini", "harbour-wire", "daily-lantern"]


def test_a_base_already_in_report_order_is_itself() -> None:
    fb = load_layers([MINI, SECOND])
    assert in_report_order(fb) is fb


def test_a_conflict_gives_its_dated_newer_side_first_and_leads_the_watch_outs() -> None:
    """Sides written older first (the lower layer's before the report's), two conflicts
    of one report each: the brief gives each the dated, newer side first, and the conflict
    whose newest side is newest first, so that conflicts told as one lead with the title
    "Who met whom" gives first (the loop's heldout12: a report of 30 July behind one of 6
    May)."""
    from datetime import date

    from defcoop_cli.factbase.records import CuratorNote, Side
    from defcoop_cli.lookup.brief.briefing import watch_outs

    fb = load_layers([MINI, SECOND])
    wire, paper = "wire-no-concerns", "lantern-no-concerns"
    assert fb.sources["daily-lantern"].published == date(2025, 3, 5)  # the paper's is newer

    def conflict(nid: str, fact: str) -> CuratorNote:
        sides = (Side("Beta raised a concern", ("markup-concern",)), Side("none", (fact,)))
        return CuratorNote(nid, "They differ.", "the sources", "conflict", facts=(), sides=sides)

    notes = [conflict("older", wire), conflict("newer", paper)]
    grown = FactBase(fb.path, fb.doc._replace(curator_notes=notes))
    grown.homes = fb.homes
    told = [n for n in watch_outs(grown) if n.type == "conflict"]
    assert [n.id for n in told] == ["newer", "older"]
    assert [s.facts for s in told[0].sides] == [(paper,), ("markup-concern",)]


def test_sides_and_conflicts_of_one_date_never_show_which_report_wrote_them() -> None:
    """Two reports of one date, each added after the other in turn, write the same
    disagreement from their own side (the report added later wrote the note, its own side
    first): the brief gives the sides, and the conflicts, in report order (source id at one
    date, then the order of the source's text), whichever report wrote which note (the
    loop's heldout13: the office line led by another title in each order)."""
    from datetime import date

    from defcoop_cli.factbase.records import CuratorNote, Side
    from defcoop_cli.lookup.brief.briefing import watch_outs

    fb = load_layers([MINI, SECOND])
    one_day = [  # the paper dated as the wire is
        s._replace(published=date(2025, 3, 4)) if s.published else s for s in fb.doc.sources
    ]
    wire, paper = ("wire-talks-length", "wire-no-concerns"), ("lantern-talks-length",)

    def conflict(nid: str, *sides: tuple[str, ...]) -> CuratorNote:
        told = tuple(Side(f"said {i}", facts) for i, facts in enumerate(sides))
        return CuratorNote(nid, "They differ.", "the sources", "conflict", facts=(), sides=told)

    def told(notes: list[CuratorNote]) -> list[tuple[str, ...]]:
        grown = FactBase(fb.path, fb.doc._replace(sources=one_day, curator_notes=notes))
        grown.homes = fb.homes
        return [tuple(f for s in n.sides for f in s.facts) for n in watch_outs(grown)]

    by_wire = conflict("by-wire", wire[1:], paper, ("markup-concern",))
    by_paper = conflict("by-paper", paper, wire)
    as_listed = told([by_wire, by_paper])
    assert as_listed == told([by_paper, by_wire])
    # the paper's side first at one date ("daily-lantern" before "harbour-wire"), the
    # undated shipped one last; the conflicts by their first sides, then their next
    assert as_listed == [
        ("lantern-talks-length", "wire-talks-length", "wire-no-concerns"),
        ("lantern-talks-length", "wire-no-concerns", "markup-concern"),
    ]


def test_watch_outs_given_the_ordered_places_are_as_when_they_find_them() -> None:
    """build_briefing hands watch_outs the places of the base it has just put in report
    order, which spares a second sort of every fact: the notes come out as when
    watch_outs orders a base added the other way round itself."""
    from defcoop_cli.factbase.records import CuratorNote, Side
    from defcoop_cli.lookup.brief.briefing import watch_outs
    from defcoop_cli.lookup.brief.order import text_places

    fb = load_layers([MINI, SECOND])
    top = {s.id for s in fb.doc.sources if str(fb.homes[s.id]) == str(SECOND)}
    sides = (Side("said 0", ("wire-no-concerns",)), Side("said 1", ("lantern-no-concerns",)))
    note = CuratorNote("one", "They differ.", "the sources", "conflict", facts=(), sides=sides)
    grown = FactBase(fb.path, fb.doc._replace(curator_notes=[note]))
    grown.homes = fb.homes
    swapped = _added_the_other_way(grown, top)
    ordered = in_report_order(swapped)
    assert ordered is not swapped
    given = watch_outs(ordered, text_places(ordered.doc.facts))
    assert given == watch_outs(swapped)
    assert [s.label for s in given[0].sides] == ["said 1", "said 0"]
