"""output.wording: the phrases every renderer shares."""

from __future__ import annotations

from defcoop_cli.lookup.results import Corroboration, SourceRef
from defcoop_cli.output import wording


def test_a_source_is_named_by_its_publisher_and_date() -> None:
    assert wording.source_label(SourceRef("wire", "Harbour Wire", "2025-03-04")) == (
        "Harbour Wire, 4 March 2025"
    )
    assert wording.source_label(SourceRef("mini", None, None)) == "mini"  # no publisher, undated


def test_a_claim_says_how_many_report_it_and_how_many_are_independent() -> None:
    def claim(sources: int, independent: int) -> Corroboration:
        return Corroboration("c", (), tuple(f"s{i}" for i in range(sources)), independent)

    assert wording.reports(claim(3, 2)) == "3 reports, 2 independent"
    assert wording.reports(claim(2, 2)) == "2 sources"
    assert wording.reports(claim(1, 1)) == ""
    assert wording.reports(None) == ""


def test_closest_matches_say_they_are_partial_and_what_they_miss() -> None:
    from defcoop_cli.lookup.search.partial import Partial

    partial = Partial(("disputed", "waters"), ("coercion", "beijing"))
    assert wording.closest_heading(partial) == (
        "closest matches (no fact matches every word; unmatched: coercion, beijing)"
    )
    assert wording.closest_explained(partial).startswith("the first matches disputed, waters:")
    by_parts = partial._replace(by_parts=True)
    assert wording.closest_heading(by_parts) == wording.closest_heading(partial)
    assert wording.closest_explained(by_parts) == (
        "the query's parts joined by 'and' were searched apart, and each found something; "
        "the parts' first results match disputed, waters"
    )
    assert wording.closest_heading(partial._replace(unmatched=())) == (
        "closest matches (no fact matches every word)"
    )
    assert wording.closest_explained(partial._replace(by_list=True)) == (
        "a list's lead (first) and its items below hold disputed, waters together; no one "
        "fact holds enough of them"
    )
    assert wording.closest_explained(partial._replace(by_passage=True)).startswith(
        "the query was read as a passage: the first holds disputed, waters, the largest share"
    )
