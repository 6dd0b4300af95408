"""output.brief_layout: the brief's data laid out as labelled lines, each citing its facts."""

from __future__ import annotations

import pytest
from conftest import MINI, ROOT

from defcoop_cli.factbase.loader import load_layers
from defcoop_cli.lookup.briefing import build_briefing
from defcoop_cli.lookup.results import Briefing
from defcoop_cli.output.brief_layout import Section, Segment, layout

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
