"""Hindi typed in Latin letters (lookup/search/reading/typed/hinglish.py) read as the English
question it asks, on the shipped fact base. The sentences are the test's own, not any
report's or judged set's."""

from __future__ import annotations

import json

import pytest
from conftest import shown

from defcoop_cli.errors import UsageError
from defcoop_cli.factbase.vocab import shipped_text
from defcoop_cli.lookup.search.memory import SearchIndex
from defcoop_cli.lookup.search.reading.typed import hinglish
from defcoop_cli.lookup.search.reading.typed.hinglish import folded, in_english
from defcoop_cli.lookup.search.text import parse_query, tokens
from defcoop_cli.lookup.service import SearchRequest, search


def english(text: str) -> str | None:
    return in_english(text, tokens(text))


@pytest.mark.parametrize(
    ("typed", "terms", "questions"),
    [
        ("malabar ka partner desh kaun hai", ("malabar", "partner", "country"), ("who",)),
        ("supply chains par japan ne kya kaha", ("supply", "chains", "japan"), ("what",)),
        ("2+2 dialogue kab shuru hua", ("2+2", "dialogue", "shuru"), ("when",)),
        ("pahalgam hamle ki baithak kahan hui thi", ("pahalgam", "attack", "meeting"), ("where",)),
        ("cyber sahyog kis kis ke beech hai", ("cyber", "cooperation", "between"), ("which",)),
    ],
)
def test_hindi_in_latin_letters_reads_as_its_english_words(
    typed: str, terms: tuple[str, ...], questions: tuple[str, ...]
) -> None:
    query = parse_query([typed])
    assert (query.terms, query.questions) == (terms, questions)
    assert query.given == typed  # shown as typed


def test_a_hindi_who_is_asks_for_an_office() -> None:
    assert parse_query(["rajnath singh kaun hai"]).identity
    assert not parse_query(["rajnath singh ne kya kaha"]).identity


@pytest.mark.parametrize(
    ("hindi", "read"),
    [
        # the grammar words as English asks: how many, how it was, both, and
        ("japan ke kitne sainik aaye the", "japan how many soldiers aaye the"),
        ("vaarta ka mahol kaisa raha", "talks atmosphere how"),
        ("dono neta aur unke mantralay", "both leaders and ministry"),
        # "naam" before a form of "lena" is a mention; alone, a name
        ("kya pakistan ka naam liya gaya", "what pakistan mentioned"),
        ("is jahaz ka naam kya hai", "is jahaz name what is"),
        # content words alone, two of them no English word: a query in Hindi
        ("samudri suraksha par charcha", "maritime security talks"),
        ("sainik abhyas", "soldiers exercise"),
    ],
)
def test_grammar_and_content_words_read_in_english(hindi: str, read: str) -> None:
    assert english(hindi) == read


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # one word in the spellings romanised Hindi is typed in
        ("mulaqaat kahaan hui", "mulakat kahan hui"),
        ("baatchit ka maahaul", "baatcheet ka mahaul"),
        ("chunotiyan kya hain", "chunautiyan kya hain"),
        ("suraksha sahyog kiya", "suraksha sahyog kia"),
    ],
)
def test_spellings_of_romanised_hindi_read_alike(one: str, other: str) -> None:
    assert english(one) == english(other) is not None


def test_the_spellings_fold() -> None:
    assert folded("mulaqaat") == folded("mulakat") == "mulakat"
    assert folded("kahaan") == "kahan" and folded("baatcheet") == "batchit"


@pytest.mark.parametrize(
    "typed",
    [
        # one Hindi-looking word, or only words English or a name has too, is no Hindi
        "ka-band radars for the japanese navy",
        "on par with japan to me",
        "the ne monsoon",
        "maritime log of the malabar exercise",  # log, the, of: English's
        "mare island naval shipyard",
        "beech aircraft for the navy",
        "bare minimum of cooperation",
        "saab gripen fighters for india",
        "nakatani dono visit",  # a Japanese term of address after a name
        "Raksha Mantri visit to Tokyo",  # a title Indian English writes: no grammar word
        "lakshya target drones for the raksha mantri",  # a drone's name and the title
        "raksha bandhan greetings",
        "a ship's log on par with the navy's",  # two words English and Hindi share
        "naam tamilar katchi on the desh raha quarrel",  # names, with no grammar word
    ],
)
def test_english_with_a_hindi_looking_word_is_kept(typed: str) -> None:
    assert english(typed) is None


@pytest.mark.parametrize(
    ("hindi", "english_query"),
    [
        ("delhi wali baithak kahan hui thi", "where was the delhi meeting"),
        ("rajnath aur nakatani ki mulakat kab hui", "when did rajnath and nakatani meet"),
        ("japan ne pahalgam hamle ke baare me kya kaha", "what did japan say of pahalgam attack"),
        ("nakatani kaun hai", "who is nakatani"),
        ("attack mein kitne log maare gaye", "how many people died in the attack"),
        ("samudri suraksha sahyog india japan", "maritime security cooperation india japan"),
        ("south china sea ka zikr hua kya", "was the south china sea mentioned"),
    ],
)
def test_a_hindi_question_finds_what_the_english_one_does(
    index: SearchIndex, hindi: str, english_query: str
) -> None:
    assert shown(index, hindi) == shown(index, english_query) != []


@pytest.mark.parametrize(
    ("hindi", "answer"),
    [
        ("dono deshon ki chunautiyan", "common-challenges"),
        ("rajnath nakatani ki baatcheet kaisi rahi", "meeting-atmosphere"),
        ("sainya abhyas kis kis ke beech", "exercise-dharma-guardian-participants"),
        ("aapda par sahyog", "wider-disaster-response"),
        ("kya china ka naam liya gaya", "south-china-sea-instability-discussed"),
    ],
)
def test_a_hindi_question_finds_its_answer(index: SearchIndex, hindi: str, answer: str) -> None:
    assert answer in shown(index, hindi)[:3]


@pytest.mark.parametrize(
    "hindi",
    [
        # asked in Hindi of what the base does not hold: nothing, as in English
        "japan ke kitne sainik india aaye",  # a count of persons no fact gives
        "bullet train ka kiraya kitna hai",
        "diwali kab hai",
        "delhi mein mausam kaisa hai",
    ],
)
def test_a_hindi_question_of_what_the_base_lacks_finds_nothing(
    index: SearchIndex, hindi: str
) -> None:
    try:
        query = parse_query([hindi])
    except UsageError:
        return
    assert not search(index, query, SearchRequest((hindi,))).shown_ids


def test_an_english_query_keeps_its_answer(index: SearchIndex) -> None:
    # a title Indian English writes, a Japanese term of address Hinglish reads as "both"
    assert "rajnath-singh-office" in shown(index, "who is the raksha mantri of india")
    assert "meeting-held" in shown(index, "nakatani dono met rajnath singh")


def test_every_content_word_has_a_reading_and_a_meaning() -> None:
    entries = json.loads(shipped_text(hinglish.TABLE))["entries"]
    assert all(e["words"] and e["reads"] and e["means"] for e in entries)
    words = [folded(w) for e in entries for w in e["words"]]
    assert len(words) == len(set(words))  # a word reads one way, listed in one spelling
