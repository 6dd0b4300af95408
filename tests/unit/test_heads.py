"""A head the base has no word for (lookup/search/reading/refusing/heads.py): what the retry
with wider words finds past guessed_head, on the shipped fact base."""

from __future__ import annotations

from defcoop_cli.lookup.search.memory import SearchIndex
from defcoop_cli.lookup.search.ranking import Filters, rank_facts
from defcoop_cli.lookup.search.text import parse_query


def retried(index: SearchIndex, query: str) -> list[str]:
    """What the retry with wider words finds, past heads.guessed_head."""
    from defcoop_cli.lookup.search.reading.refusing.heads import guessed_head

    parsed = parse_query([query])
    return [
        m.fact.id
        for m in guessed_head(index, parsed, rank_facts(index, parsed, Filters(), 10)).matches
    ]


def test_a_head_the_base_has_no_word_for_matched_by_a_guess_alone_finds_nothing(
    index: SearchIndex,
) -> None:
    # issue 25: GloVe's agenda for "budget", recent for "year": nothing asked is named
    assert retried(index, "india's defence budget for next year") == []
    assert retried(index, "japan defence spending for next year") == []
    assert retried(index, "job market for defence engineers in india") == []


def test_a_guessed_head_beside_a_specific_word_or_a_word_alone_keeps_its_answers(
    index: SearchIndex,
) -> None:
    # "chief" is the thesaurus's minister, and "delhi" names the visit; "FOIP" alone is its
    # subject; WordNet's Delhi, an instance of a city, is a sense, no guess
    assert "nakatani-office-in-heading" in retried(index, "japan's defence chief in new delhi")
    assert "indo-pacific-commitment" in retried(index, "FOIP")[:3]
    assert "exercise-malabar-participants" in retried(index, "four nation naval war games")
    assert "meeting-location" in retried(index, "meeting city")
