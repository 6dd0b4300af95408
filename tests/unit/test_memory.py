"""The in-memory index (lookup/memory.py): where a word counts when a fact holds it in
several fields."""

from __future__ import annotations

import pytest
from conftest import MINI
from hypothesis import given, settings
from hypothesis import strategies as st

from defcoop_cli.factbase.loader import load
from defcoop_cli.lookup.search.fields import FIELDS
from defcoop_cli.lookup.search.memory import SearchIndex, SortedVocabulary
from defcoop_cli.lookup.search.words import osa_distance


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex(load(MINI))  # talks-held 0, talks-topic 1, drill-expanded 2, …


def test_a_word_counts_where_it_weighs_most_and_a_topic_title_weighs_less(
    index: SearchIndex,
) -> None:
    hits = index.hits({"talks": 100.0})
    assert hits[1] == (-100.0, FIELDS.index("statement"), "talks")
    assert hits[0] == (-90.0, FIELDS.index("topic"), "talks")  # only in "The talks"


def test_equal_scores_go_to_the_earlier_field(index: SearchIndex) -> None:
    # "delta" is in drill-expanded's statement and its entity's alias, "Delta".
    assert index.hits({"delta": 100.0})[2] == (-100.0, FIELDS.index("statement"), "delta")
    assert index.in_field("delta", "entity") and index.in_field("delta", "statement")


def test_a_better_word_wins_over_a_worse_one(index: SearchIndex) -> None:
    hits = index.hits({"talks": 85.0, "met": 100.0})
    assert hits[0] == (-100.0, FIELDS.index("statement"), "met")


def test_lengths_count_the_statements_words(index: SearchIndex) -> None:
    assert index.lengths([0, 3]) == [6, 5]  # "Alpha met Beta in Gamma City."


def test_starting_stops_at_the_prefix_and_the_limit() -> None:
    vocabulary = SortedVocabulary(["drill", "drills", "drilled", "drone", "dr"])
    assert vocabulary.starting("dril", 10) == ["drill", "drilled", "drills"]
    assert vocabulary.starting("dril", 2) == ["drill", "drilled"]
    assert vocabulary.starting("x", 10) == []


def test_near_finds_a_swap_a_letter_dropped_and_one_put_for_another() -> None:
    vocabulary = SortedVocabulary(["harbour", "harbor", "harpoon", "anchor", "habrour", "arbour"])
    assert vocabulary.near("hrabour", 1) == ["harbour"]  # a swap
    assert vocabulary.near("harbour", 1) == ["arbour", "habrour", "harbor", "harbour"]
    assert vocabulary.near("harbour", 2) == ["arbour", "habrour", "harbor", "harbour"]
    assert vocabulary.near("harpoons", 1) == ["harpoon"]  # not "harbour", of its length


_WORDS = st.text(alphabet="aeinrst09é-", min_size=1, max_size=9)


@settings(max_examples=200, deadline=None)
@given(st.lists(_WORDS, max_size=40), _WORDS, st.integers(min_value=1, max_value=2))
def test_near_is_every_word_within_the_edits(words: list[str], term: str, edits: int) -> None:
    # the letters and lengths skip words no edit reaches; they must never skip one it does
    within = sorted(w for w in set(words) if osa_distance(term, w) <= edits)
    assert SortedVocabulary(words).near(term, edits) == within
