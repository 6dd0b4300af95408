"""A producer's framing, a chat's clipped question words, two typos in one query and an
actor held nowhere (issue 25, the fifty-ninth set's classes): a film, radio or podcast
producer's products and tasks are no words to look for (reading/written/writers.py); "whr", "whn",
"hw" and an opening "y" are question words (reading/clippings.py); two typos one edit from
the base's words are read as those words (reading/held.py); a noun held nowhere before an
-ing form and its object names who acts, which no closest match holds
(reading/refusing/heads.py). The queries are the test's own."""

from __future__ import annotations

import pytest
from conftest import shown

from defcoop_cli.lookup.search.memory import SearchIndex
from defcoop_cli.lookup.search.reading.held import read_typos
from defcoop_cli.lookup.search.text import parse_query


@pytest.mark.parametrize(
    ("framed", "subject"),
    [
        ("sound bite on japan condemning the attack", ("japan", "condemning", "attack")),
        ("b-roll needed: dharma guardian drills", ("dharma", "guardian", "drills")),
        ("voice-over for the podcast: cyber threats", ("cyber", "threats")),
        (
            "closing shot of the documentary - shared desire for peace",
            ("shared", "desire", "peace"),
        ),
        ("nakatani designation - lower third for the explainer", ("nakatani", "designation")),
        ("supply chains for the final montage", ("supply", "chains")),
    ],
)
def test_a_producers_product_is_no_word_to_look_for(framed: str, subject: tuple[str, ...]) -> None:
    assert parse_query([framed]).terms == subject


def test_a_product_alone_is_the_word_asked() -> None:
    assert parse_query(["montage"]).terms == ("montage",)


@pytest.mark.parametrize(
    ("framed", "wanted"),
    [
        ("sound bite on japan condemning the attack", "pahalgam-condemned"),
        (
            "voice-over for the podcast: emerging technologies the ministers agreed on",
            "emerging-tech-cooperation",
        ),
        (
            "cutaway for the explainer: dharma guardian exercise",
            "exercise-dharma-guardian-participants",
        ),
    ],
)
def test_a_producers_query_finds_its_subject(index: SearchIndex, framed: str, wanted: str) -> None:
    assert wanted in shown(index, framed)[:3]


@pytest.mark.parametrize(
    "off_topic",
    [
        "voice-over for the podcast: sumo wrestling tournament",
        "what does the article say on sumo wrestling for the closing montage",
        "whr did the sumo tournament take place",
        "submarne secuirty in the baltic",
        "japanese steelmaker building ships for indian navy",
        "japanese startups building trust with indian investors",
    ],
)
def test_each_class_off_topic_finds_nothing(index: SearchIndex, off_topic: str) -> None:
    assert shown(index, off_topic) == []


@pytest.mark.parametrize(
    ("chat", "question"),
    [
        ("whn did the ministers meet", "when"),
        ("whr did they hold the talks", "where"),
        ("hw will the drills help", "how"),
        ("y did japan condemn the attack", "why"),
    ],
)
def test_a_chats_clipped_question_word_is_read_in_full(chat: str, question: str) -> None:
    query = parse_query([chat])
    assert question in query.questions
    assert chat.split()[0] not in query.terms


def test_a_y_elsewhere_is_a_letter() -> None:
    assert "why" not in parse_query(["x and y axis"]).questions


def test_a_chats_question_finds_its_answer(index: SearchIndex) -> None:
    assert shown(index, "whn did the ministers meet")[:1] == ["meeting-held"]


def test_two_typos_are_read_as_the_bases_words(index: SearchIndex) -> None:
    query = read_typos(index, parse_query(["unilaterl actoins threatening trade"]))
    assert query.terms == ("unilateral", "actions", "threatening", "trade")
    assert "unilateral actions" in query.text


def test_one_typo_is_scored_as_typed(index: SearchIndex) -> None:
    query = parse_query(["unilaterl actions"])
    assert read_typos(index, query) == query


def test_a_compound_the_base_holds_is_no_actor(index: SearchIndex) -> None:
    assert "dialogues-build-mutual-trust" in shown(index, "trust building measures india japan")
    assert "japanese-industry-invited" in shown(index, "japanese firms building weapons with india")


@pytest.mark.parametrize("words", ["nakatani first name", "exercise cope india with usaf"])
def test_english_words_are_no_typos(index: SearchIndex, words: str) -> None:
    query = parse_query([words])
    assert read_typos(index, query) == query


@pytest.mark.parametrize(
    "words",
    [
        "news on the defence pact",  # not "new on the defence part"
        "status of the truce",  # not "states of the true"
        "error in the data",  # not "terror in the date"
        "relied on data",  # a verb's past in -ied: rely
        "revolution and rational thinking",
        "travel advisory news",
    ],
)
def test_two_english_nouns_are_no_typos(index: SearchIndex, words: str) -> None:
    query = parse_query([words])
    assert read_typos(index, query) == query


def test_two_typos_beside_english_nouns_are_still_read(index: SearchIndex) -> None:
    query = read_typos(index, parse_query(["news on unilaterl actoins"]))
    assert query.terms == ("news", "unilateral", "actions")


def test_fight_alone_is_no_autonomous_weapon(index: SearchIndex) -> None:
    assert "tech-autonomous-weapons" not in shown(index, "who will fight")
    assert "tech-autonomous-weapons" in shown(index, "robots that fight on their own")[:2]


@pytest.mark.parametrize(
    "passage",
    [
        "intro of the article",
        "opening line of the article",
        "closing line of the article",
        "the story's outro",
    ],
)
def test_a_product_of_the_text_finds_no_heading(index: SearchIndex, passage: str) -> None:
    assert shown(index, passage) == []


def test_a_product_of_a_subject_still_finds_it(index: SearchIndex) -> None:
    assert parse_query(["intro of the malabar exercise"]).terms == ("malabar", "exercise")


@pytest.mark.parametrize("chat", ["hw to join the exercises", "so hw did they agree"])
def test_hw_where_a_question_word_stands_is_how(chat: str) -> None:
    assert "how" in parse_query([chat]).questions


def test_hw_elsewhere_is_no_question_word() -> None:
    query = parse_query(["japanese hw for india"])
    assert "how" not in query.questions and "hw" in query.terms
