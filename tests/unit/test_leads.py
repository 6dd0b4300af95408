"""A list item read with its lead (lookup/search/leads.py), on the real fact base."""

from __future__ import annotations

from pathlib import Path

import pytest

from defcoop_cli.factbase.loader import load
from defcoop_cli.lookup.search import ranking
from defcoop_cli.lookup.search.hits import read
from defcoop_cli.lookup.search.leads import LEAD, from_leads
from defcoop_cli.lookup.search.matching import word_scores
from defcoop_cli.lookup.search.memory import SearchIndex
from defcoop_cli.lookup.search.ranking import Filters, rank_facts
from defcoop_cli.lookup.search.text import parse_query

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex(load(ROOT / "data" / "facts.json"))


def fields(index: SearchIndex, query: str) -> dict[str, dict[str, str]]:
    found = rank_facts(index, parse_query([query]), Filters(), 5).matches
    return {m.fact.id: {d.term: d.field for d in m.details} for m in found}


# The rule: a list item inherits the words of its lead's statement. The query's second
# word must reach no fact by itself, through no register (thesaurus, related words, typo):
# a word that did would answer the item without its lead ("robustness" did, once the
# description register related it to the item's "resilience") and test another rule. The
# first test checks that "vigour" still reaches nothing, so a register that comes to
# relate it fails there, saying so, rather than in the rule.
UNRELATED = "vigour"
ASKED = f"economic {UNRELATED} beyond the military"


def test_an_item_takes_the_terms_its_leads_statement_matches(index: SearchIndex) -> None:
    assert word_scores(UNRELATED, index.vocabulary()) == {}, "a register relates it now"
    reading = read(index, parse_query([ASKED]))
    item = index.fact_ids().index("wider-economic-resilience")
    inherited = from_leads(index, reading)[item]
    assert {t for t, _ in inherited} == {"beyond", "military"}
    assert all(b[1] == LEAD for _, b in inherited)


def test_an_item_with_its_lead_answers_what_neither_does_alone(index: SearchIndex) -> None:
    found = fields(index, ASKED)
    assert next(iter(found)) == "wider-economic-resilience"
    assert found["wider-economic-resilience"] == {
        "economic": "statement",
        "beyond": "lead",
        "military": "lead",
    }


def test_a_lead_lends_no_word_it_names_only_for_its_items(index: SearchIndex) -> None:
    # "AI" is an entity of the lead on several technologies, not a word of its statement:
    # the cybersecurity item does not take it (the AI fact is the closest match instead)
    assert fields(index, "AI in the navy") == {}


def test_a_query_its_own_words_answer_is_read_as_before(index: SearchIndex) -> None:
    assert all("lead" not in f.values() for f in fields(index, "joint exercises").values())


def test_no_lead_is_read_when_the_terms_any_fact_matches_are_too_few(
    index: SearchIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "weather" and "hotels" reach no fact: no item and its lead can hold two of the three
    # terms, and reading every fact "india" reaches for their leads would be wasted
    def unread(*_: object) -> None:
        raise AssertionError("leads read")

    monkeypatch.setattr(ranking, "from_leads", unread)
    assert fields(index, "india weather hotels") == {}
    with pytest.raises(AssertionError, match="leads read"):
        fields(index, ASKED)


def test_two_items_of_one_list_named_together_each_take_the_others_words(
    index: SearchIndex,
) -> None:
    """Each item holds its own words, neither the other's: read together, they outrank
    the broad facts that reach every word by related ones alone."""
    found = fields(index, "freedom of navigation and respect for international law")
    assert set(list(found)[:2]) == {
        "indo-pacific-freedom-of-navigation",
        "indo-pacific-international-law",
    }
    assert found["indo-pacific-freedom-of-navigation"]["law"] == "list"
    # one item's words with a word no item holds: no sibling lends it
    found = fields(index, "freedom of navigation and martial law")
    assert all("list" not in f.values() for f in found.values())
