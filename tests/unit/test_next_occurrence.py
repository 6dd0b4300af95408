"""The next round (meeting, session) of a thing named (reading/phrases.past_next_occurrence,
issue 25): asks when it meets again, which the base does not hold; what it says of the thing
named is the answer. Every query here is invented; a near query keeps its reading."""

from __future__ import annotations

import pytest

from defcoop_cli.lookup.search.memory import SearchIndex
from defcoop_cli.lookup.search.reading.phrases import past_next_occurrence
from defcoop_cli.lookup.search.text import parse_query
from defcoop_cli.lookup.search.words import tokens
from defcoop_cli.lookup.service import SearchRequest, search


def shown(index: SearchIndex, typed: str) -> list[str]:
    return list(search(index, parse_query([typed]), SearchRequest((typed,))).shown_ids)


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("malabar next edition", ["malabar"]),
        ("when is the next session of the summit", ["when", "is", "the", "of", "the", "summit"]),
        ("dialogue next sitting date", ["dialogue", "date"]),
    ],
)
def test_the_next_occurrence_of_a_thing_named_is_no_word_to_look_for(
    typed: str, kept: list[str]
) -> None:
    assert past_next_occurrence(tokens(typed)) == kept


@pytest.mark.parametrize(
    "typed",
    [
        "when is the next meeting",  # nothing else named
        "what happens next for the dialogue",  # "next" before no occurrence
        "the next exercise of the navies",  # an event named, not its occurrence
    ],
)
def test_next_before_no_occurrence_of_a_thing_named_stays(typed: str) -> None:
    assert past_next_occurrence(tokens(typed)) == tokens(typed)


def test_the_next_meeting_of_a_mechanism_finds_the_mechanism(index: SearchIndex) -> None:
    assert (
        shown(index, "the next round of the annual summit")[:3]
        == shown(index, "the annual summit")[:3]
    )
    assert "next" in parse_query(["what happens next for the partnership"]).terms
