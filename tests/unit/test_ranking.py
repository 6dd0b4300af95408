"""Ranking's small rules (lookup/ranking.py): typos allowed, common terms, and how the
filters combine. The ranking itself is tested on the real fact base in test_search.py."""

from __future__ import annotations

import pytest
from conftest import MINI

from defcoop_cli.factbase.loader import load
from defcoop_cli.lookup.memory import SearchIndex
from defcoop_cli.lookup.ranking import Filters, allowed_edits, term_weight


@pytest.mark.parametrize(
    ("term", "edits"),
    [("war", 0), ("wars", 1), ("defence", 1), ("training", 2), ("cooperation", 2)],
)
def test_longer_terms_may_carry_more_typos(term: str, edits: int) -> None:
    assert allowed_edits(term) == edits


def test_a_term_reaching_over_half_the_facts_counts_half() -> None:
    assert term_weight(51, 100) == 0.5
    assert term_weight(50, 100) == 1.0
    assert term_weight(0, 0) == 1.0  # an empty fact base


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex(load(MINI))  # facts 0-5; promo-book (5) is editorial


def test_editorial_facts_are_left_out_unless_asked_for(index: SearchIndex) -> None:
    assert Filters().admitted(index) == (None, {5})
    assert Filters(include_editorial=True).admitted(index) == (None, set())
    assert Filters(kinds=frozenset({"editorial"})).admitted(index) == ({5}, set())


def test_values_of_one_filter_add_up_and_filters_narrow_each_other(index: SearchIndex) -> None:
    either = Filters(topics=frozenset({"talks", "drills"}))
    assert either.admitted(index)[0] == {0, 1, 2, 3}
    both = Filters(topics=frozenset({"drills"}), entities=frozenset({"epsilon"}))
    assert both.admitted(index)[0] == {3}
