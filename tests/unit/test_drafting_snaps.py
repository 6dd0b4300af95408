"""drafting.body.unstopped: a wire's snaps under its slug lines are the report's though
they end in no stop; the markers and slugs stay furniture. A sequence of my own."""

from __future__ import annotations

from defcoop_cli.curation.drafting.body.unstopped import kept_lines
from defcoop_cli.curation.drafting.pages import is_furniture

SNAPS = [
    "FLASH",
    "HARBOUR-TALKS/ 0912 CET",
    "Varga meets Reyes in Oslo - ministry spokesman Per Lund",
    "URGENT",
    "HARBOUR-TALKS/ (URGENT) 0930 CET",
    "Varga briefs Reyes on harbour raid - spokesman",
    "Ferry deal within a week",
]


def test_snaps_under_a_slug_are_kept() -> None:
    assert kept_lines(SNAPS, is_furniture) == frozenset({2, 5})  # no verb: the last stays out


def test_without_a_slug_a_headline_stays_furniture() -> None:
    lines = ["FLASH", "Varga meets Reyes in Oslo", "The talks went on. They ended well."]
    assert 1 not in kept_lines(lines, is_furniture)
