"""Words the thesaurus lists whose meaning no fact holds: a person's kin are no relations
between countries, sanctions no typo of "actions", and neither takes a wider guess
(search/matching.word_scores, widened; thesaurus.json)."""

from __future__ import annotations

from defcoop_cli.lookup.search.matching import widened, word_scores
from defcoop_cli.lookup.search.memory import SortedVocabulary


def test_kin_are_no_relations_between_countries() -> None:
    vocabulary = SortedVocabulary(["relations", "related", "partnership", "ties"])
    for kin in ("relatives", "relative", "family"):
        assert word_scores(kin, vocabulary) == {}, kin
    found = word_scores("relationship", vocabulary)  # the near word keeps its reading
    assert {"partnership", "relations", "ties"} <= found.keys()
    assert "partnership" in word_scores("relations", vocabulary)


def test_penalties_on_a_state_are_no_typo_of_a_held_word() -> None:
    vocabulary = SortedVocabulary(["actions", "exercise"])
    assert word_scores("sanctions", vocabulary) == {}
    assert word_scores("embargoes", vocabulary) == {}
    assert "actions" in word_scores("actoins", vocabulary)  # a typo stays a typo
    assert "exercise" in word_scores("exercsie", vocabulary)


def test_a_listed_term_held_nowhere_takes_no_wider_guess() -> None:
    vocabulary = SortedVocabulary(["date", "level", "meeting"])
    candidates: dict[str, dict[str, float]] = {"associates": {}, "close": {}, "met": {}}
    widened(candidates, vocabulary)
    assert candidates["associates"] == {}  # listed as a person's associates: none held
    assert "date" not in candidates["associates"]
    # a word the thesaurus does not list still takes its neighbourhood's words
    unlisted: dict[str, dict[str, float]] = {"appointment": {}, "x1": {}, "x2": {}}
    widened(unlisted, vocabulary)
    assert unlisted["appointment"], unlisted


def test_a_term_the_thesaurus_only_glosses_keeps_its_wider_words() -> None:
    vocabulary = SortedVocabulary(["terrorism", "strategy"])
    candidates: dict[str, dict[str, float]] = {"counterterrorism": {}, "a1": {}, "a2": {}}
    widened(candidates, vocabulary)
    assert "terrorism" in candidates["counterterrorism"]
