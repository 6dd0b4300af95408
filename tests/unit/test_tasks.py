"""A request framed as the asker's task (lookup/search/reading/typed/tasks.py): its pieces,
the product they are for and the word joining it to its subject are no search terms. The
queries are invented for the tests. On the shipped fact base."""

from __future__ import annotations

import pytest

from defcoop_cli.lookup.search.memory import SearchIndex
from defcoop_cli.lookup.search.reading.typed.tasks import past_task
from defcoop_cli.lookup.search.text import parse_query
from defcoop_cli.lookup.service import SearchRequest, search


def shown(index: SearchIndex, typed: str) -> list[str]:
    return search(index, parse_query([typed]), SearchRequest((typed,))).shown_ids


@pytest.mark.parametrize(
    ("typed", "subject"),
    [
        ("good lines for a welcome speech about the drills", "the drills"),
        ("quotes for my talk on trust", "trust"),
        ("a few points for our association's note on the exercise", "the exercise"),
        ("some facts for the newsletter regarding drones", "drones"),
    ],
)
def test_a_task_frame_is_no_search_term_its_subject_is(typed: str, subject: str) -> None:
    assert past_task(typed.split()) == subject.split()


@pytest.mark.parametrize(
    "typed",
    [
        "points of agreement",  # no "for": what was agreed
        "lines of communication between the navies",
        "a speech on the attack",  # no pieces asked
        "quotes for the speech",  # nothing after the product: the speechwriter's frame's
        "points for the team in the final match",  # for no product
        "good relations for a long time",  # no pieces
    ],
)
def test_no_task_frame_leaves_the_words_as_they_are(typed: str) -> None:
    assert past_task(typed.split()) == typed.split()


def test_a_task_frames_subject_finds_its_fact(index: SearchIndex) -> None:
    assert shown(index, "a few good lines for my farewell speech on the solidarity after pahalgam")[
        :3
    ] == ["pahalgam-solidarity"]
    assert "exercise-malabar-participants" in shown(
        index, "quotes for the association's newsletter about malabar"
    )
    assert (
        "common-challenge-maritime-security"
        in shown(index, "points for a briefing note on maritime security")[:3]
    )


@pytest.mark.parametrize(
    "typed",
    [
        "good lines for a speech about the Kyoto Varanasi partner city",
        "points for a note on japanese buddhist pilgrims",
    ],
)
def test_a_task_frame_around_another_subject_still_finds_nothing(
    index: SearchIndex, typed: str
) -> None:
    assert shown(index, typed) == []
