"""A non-native speaker's grammar read as the grammatical forms are (text.py, reading/
phrases.py, reading/formal.py, search/hits.py): "talk about X" asks what was said of X,
"who is meeting with who" asks who met whom, "now" only says when the asker stands, a
country's government is the country; and a year the fact base dates nothing in names
another event (search/partial.py). On the shipped fact base."""

from __future__ import annotations

import pytest
from conftest import REAL

from defcoop_cli.factbase.loader import load
from defcoop_cli.lookup.search.memory import SearchIndex
from defcoop_cli.lookup.search.text import parse_query
from defcoop_cli.lookup.service import SearchRequest, search


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex(load(REAL))


def ids(index: SearchIndex, query: str) -> list[str]:
    return search(index, parse_query([query]), SearchRequest((query,))).shown_ids


@pytest.mark.parametrize(
    ("query", "terms"),
    [
        ("what india and japan talk about drone?", ("india", "japan", "drone")),
        ("what did they talk about", ("talk",)),  # last, "talk" is what is asked about
        ("what position nakatani hold now", ("position", "nakatani", "hold")),
        ("nakatani role in japan government", ("nakatani", "role", "japan")),
        ("the governments of india and japan", ("governments", "india", "japan")),
    ],
)
def test_a_non_native_questions_frame_reads_as_the_grammatical_one(
    query: str, terms: tuple[str, ...]
) -> None:
    assert parse_query([query]).terms == terms


def test_who_is_doing_something_asks_no_identity() -> None:
    assert parse_query(["who is nakatani"]).identity
    assert not parse_query(["who is meeting with who in delhi"]).identity


def test_who_with_whom_ranks_the_facts_naming_two_persons(index: SearchIndex) -> None:
    found = ids(index, "who is meeting with who in delhi, india and japan defence?")
    assert "meeting-held" in found[:3]  # Singh met Nakatani
    assert "meeting-held" not in ids(index, "meeting in delhi india and japan defence")[:3]


def test_talk_about_finds_what_was_said_of_the_thing(index: SearchIndex) -> None:
    found = ids(index, "what india and japan talk about drone?")
    assert found[:2] == ["tech-autonomous-weapons", "emerging-tech-cooperation"]


def test_a_year_dated_nowhere_names_another_event(index: SearchIndex) -> None:
    assert ids(index, "Malabar exercise 2024 Australia hosts") == []
    assert ids(index, "Malabar exercise Australia hosts")  # the same words without it
    assert "meeting-held" in ids(index, "may 2025 india japan defence ministers")
