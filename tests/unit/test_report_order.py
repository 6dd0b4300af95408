"""lookup/order.py: the brief reads a layer's reports in report order, never in the order
they were added (issue 24's loop: the same reports added in another order gave another
brief: another report telling a claim's point, another conflict first)."""

from __future__ import annotations

from defcoop_cli.factbase.loader import FactBase, load_layers
from defcoop_cli.lookup.briefing import build_briefing
from defcoop_cli.lookup.order import in_report_order, source_ranks
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
