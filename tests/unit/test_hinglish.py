"""Hindi typed in Latin letters (lookup/search/reading/typed/hinglish.py) read by its English
words, on the shipped fact base. The sentences are the test's own, not any report's."""

from __future__ import annotations

import pytest
from conftest import shown

from defcoop_cli.lookup.search.memory import SearchIndex
from defcoop_cli.lookup.search.reading.typed.hinglish import read_hinglish
from defcoop_cli.lookup.search.text import parse_query


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
    query = read_hinglish(parse_query([typed]))
    assert (query.terms, query.questions) == (terms, questions)


def test_a_hindi_who_is_asks_for_an_office() -> None:
    assert read_hinglish(parse_query(["rajnath singh kaun hai"])).identity
    assert not read_hinglish(parse_query(["rajnath singh ne kya kaha"])).identity


@pytest.mark.parametrize(
    "typed",
    # one Hindi-looking word, or only words English has too, is no Hindi
    ["ka-band radars for the japanese navy", "on par with japan to me", "the ne monsoon"],
)
def test_english_with_a_hindi_looking_word_is_kept(typed: str) -> None:
    query = parse_query([typed])
    assert read_hinglish(query) == query


@pytest.mark.parametrize(
    ("hindi", "english"),
    [
        ("delhi wali baithak kahan hui thi", "where was the delhi meeting"),
        ("rajnath aur nakatani ki mulakat kab hui", "when did rajnath and nakatani meet"),
        ("japan ne pahalgam hamle ke baare me kya kaha", "what did japan say of pahalgam attack"),
        ("nakatani kaun hai", "who is nakatani"),
    ],
)
def test_a_hindi_question_finds_what_the_english_one_does(
    index: SearchIndex, hindi: str, english: str
) -> None:
    assert shown(index, hindi) == shown(index, english) != []
