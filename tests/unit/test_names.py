"""Names: topics and entities resolved by id, title, alias or a close spelling, and
suggestions worth reading."""

from __future__ import annotations

import pytest
from conftest import REAL

from defcoop_cli.factbase.loader import FactBase, load
from defcoop_cli.lookup.names import resolve_entity, resolve_topic, suggest
from defcoop_cli.lookup.search.matching import word_scores
from defcoop_cli.lookup.search.memory import SearchIndex


@pytest.fixture(scope="module")
def fb() -> FactBase:
    return load(REAL)


@pytest.fixture(scope="module")
def index(fb: FactBase) -> SearchIndex:
    return SearchIndex(fb)


class TestSuggestions:
    def test_a_close_suggestion_is_worth_reading(self, fb: FactBase, index: SearchIndex) -> None:
        vocabulary = index.vocabulary()
        known = lambda t: bool(word_scores(t, vocabulary))  # noqa: E731
        words = vocabulary.words()
        assert suggest(words, ("malabaaaar", "navy"), known) == ["malabar navy"]
        assert suggest(words, ("olympics",), known) == []
        assert suggest(words, ("malabar",), known) == []  # never what was typed

    def test_a_suggestion_corrects_a_typo_never_another_word(self, index: SearchIndex) -> None:
        """A correction edits at most a third of a word's letters (two of a short one): a
        word close by the ratio but three or four letters away is another word."""
        vocabulary = index.vocabulary()
        known = lambda t: bool(word_scores(t, vocabulary))  # noqa: E731
        words = vocabulary.words()
        assert suggest(words, ("cinema", "ties"), known) == []  # not "china"
        assert suggest(words, ("treason",), known) == []  # not "threats"
        # two letters swapped and one lost of a long word, or a key held down, are typos
        assert suggest(words, ("intreoprabilty",), known) == ["interoperability"]
        assert suggest(words, ("pahalgaaaaam", "attack"), known) == ["pahalgam attack"]

    def test_a_chat_spelling_without_vowels_is_corrected(self, index: SearchIndex) -> None:
        """A term that is one word with vowels dropped (its first letter and every consonant
        in order) names that word, though more letters are gone than a typo loses."""
        vocabulary = index.vocabulary()
        known = lambda t: bool(word_scores(t, vocabulary))  # noqa: E731
        words = vocabulary.words()
        assert suggest(words, ("cnvrgnc",), known) == ["convergence"]
        assert suggest(words, ("tchnlgy", "ties"), known) == ["technology ties"]
        # a first vowel dropped, a consonant changed, or only vowels: no word's skeleton
        assert suggest(words, ("nvrgnc",), known) == []
        assert suggest(words, ("cnvrgnz",), known) == []
        assert suggest(words, ("aeiou",), known) == []

    def test_a_suggestion_corrects_every_unknown_word_or_none(self, index: SearchIndex) -> None:
        """Half a correction is no spelling to offer: a query's unknown word that cannot be
        corrected (too short to tell, or no word's) leaves it with no suggestion."""
        vocabulary = index.vocabulary()
        known = lambda t: bool(word_scores(t, vocabulary))  # noqa: E731
        words = vocabulary.words()
        assert suggest(words, ("tchnlgy", "qzwv"), known) == []  # qzwv: no word's
        assert suggest(words, ("tchnlgy", "ties"), known) == ["technology ties"]  # ties known

    def test_a_bare_four_letter_chat_spelling_is_corrected(self, index: SearchIndex) -> None:
        """Four letters with no vowel left ("cybr") spell the one word they are; four with a
        vowel ("drma") are no skeleton: English words of four letters keep one ("pace")."""
        vocabulary = index.vocabulary()
        known = lambda t: bool(word_scores(t, vocabulary))  # noqa: E731
        words = vocabulary.words()
        assert suggest(words, ("grdn", "tchnlgy"), known) == ["guardian technology"]
        assert suggest(words, ("drma", "tchnlgy"), known) == []

    def test_a_skeleton_two_words_share_names_neither(self) -> None:
        unknown = lambda t: False  # noqa: E731
        assert suggest(["monitoring"], ("mntrng",), unknown) == ["monitoring"]
        assert suggest(["monitoring", "mentoring"], ("mntrng",), unknown) == []


class TestResolve:
    def test_topics_resolve_by_id_title_alias_or_close_name(self, fb: FactBase) -> None:
        for wanted in ("joint-exercises", "Joint exercises", "exercises", "joint exercize"):
            topic = resolve_topic(fb.doc.topics, wanted)
            assert topic is not None and topic.id == "joint-exercises", wanted
        assert resolve_topic(fb.doc.topics, "bitcoin") is None

    def test_entities_resolve_by_alias(self, fb: FactBase) -> None:
        for wanted, expected in [
            ("US", "united-states"),
            ("law of the sea", "unclos"),
            ("Rajnath", "rajnath-singh"),
            ("J&K", "jammu-kashmir"),
        ]:
            entity = resolve_entity(fb.doc.entities, wanted)
            assert entity is not None and entity.id == expected, wanted
