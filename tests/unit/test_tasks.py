"""A request framed as the asker's task (lookup/search/reading/typed/tasks.py): its pieces,
the product they are for and the word joining it to its subject are no search terms. The
queries are invented for the tests. On the shipped fact base."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from defcoop_cli.lookup.search.memory import SearchIndex
from defcoop_cli.lookup.search.reading.typed.tasks import (
    ASKING,
    FORMS,
    PIECES,
    PRODUCTS,
    SUBJECT_OF,
    past_task,
)
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
    assert past_task(typed.replace("'s", "").split(), typed) == subject.split()


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


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("quotes for a retirement speech about courage", "retirement courage"),
        ("ideas for my kabaddi column on teamwork", "kabaddi teamwork"),
        ("points for the sea trials brief on radar", "sea trials radar"),
        # its owner, its determiners and the kind of piece it is are no terms
        ("lines for our club's closing speech on the navy", "the navy"),
        ("facts for a short briefing note on drones", "drones"),
    ],
)
def test_a_products_own_words_name_what_it_is_about(typed: str, read: str) -> None:
    assert past_task(typed.lower().replace("'s", "").split(), typed) == read.split()


@pytest.mark.parametrize(
    "typed",
    [
        "quotes for a christening speech about devotion",
        "some ideas for a history essay about courage",
        "lines for my retirement toast about loyalty",
    ],
)
def test_a_product_about_another_subject_still_finds_nothing(
    index: SearchIndex, typed: str
) -> None:
    assert shown(index, typed) == []


def test_a_products_words_the_base_holds_are_searched(index: SearchIndex) -> None:
    assert shown(index, "some points for our malabar newsletter on interoperability")[:1] == [
        "exercises-importance-discussed"
    ]
    assert shown(index, "good lines for a pahalgam talk on the solidarity")[:1] == [
        "pahalgam-solidarity"
    ]
    # the near case: a product of its own kind only keeps its subject's reading
    assert shown(index, "good lines for a farewell talk on the solidarity")[:1] == [
        "pahalgam-solidarity"
    ]


words_typed = st.lists(
    st.sampled_from(
        [
            *ASKING,
            *PIECES,
            *PRODUCTS,
            *SUBJECT_OF,
            "for",
            *FORMS,
            "wedding",
            "malabar",
            "trust",
            "the",
            "my",
        ]
    ),
    max_size=9,
)


@given(words_typed)
def test_the_words_past_a_task_are_the_words_in_their_order(words: list[str]) -> None:
    read = past_task(words)
    assert read == words or (len(read) < len(words) and _in_order(read, words))
    # a word naming something, before the product or after it, is never thrown away
    for named in ("wedding", "malabar", "trust"):
        assert read.count(named) == words.count(named)


def _in_order(part: list[str], whole: list[str]) -> bool:
    rest = iter(whole)
    return all(w in rest for w in part)
