"""A stance asked as a position (lookup/search/reading/typed/stances.py): "position on X"
asks the stance on X; "position" alone stays the office. The queries are invented for the
tests. On the shipped fact base."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from defcoop_cli.lookup.search.memory import SearchIndex
from defcoop_cli.lookup.search.reading.typed.stances import position_as_stance
from defcoop_cli.lookup.search.text import parse_query
from defcoop_cli.lookup.service import SearchRequest, search


def shown(index: SearchIndex, typed: str) -> list[str]:
    return search(index, parse_query([typed]), SearchRequest((typed,))).shown_ids


def test_position_before_its_subject_is_a_stance() -> None:
    assert position_as_stance(["india", "position", "on", "unclos"])[1] == "stance"
    assert position_as_stance(["positions", "regarding", "drones"])[0] == "stance"
    assert position_as_stance(["nakatani", "present", "position"])[-1] == "position"
    assert position_as_stance(["position", "of", "japan"])[0] == "position"


def test_a_stance_asked_as_a_position_finds_what_it_is_on(index: SearchIndex) -> None:
    assert shown(index, "Japan-India position on FONOP")[:1] == [
        "indo-pacific-freedom-of-navigation"
    ]
    assert shown(index, "india japan position regarding autonomous weapons")[:2] == [
        "tech-autonomous-weapons",
        "emerging-tech-cooperation",
    ]
    # the office keeps its reading
    assert "nakatani-office-in-body" in shown(index, "nakatani present position")[:3]


@pytest.mark.parametrize(
    "typed",
    [
        "rajnath position on the cabinet",
        "singh position on the standing committee",
        "gen nakatani position on a panel",
        "position on the national security council",
    ],
)
def test_a_position_on_a_body_is_a_seat(typed: str) -> None:
    assert "position" in position_as_stance(typed.split())


@pytest.mark.parametrize(
    "typed",
    [
        "japan position on the council reform",  # the body does not end it: its reform
        "india position on the cabinet decision on drones",
        "japan position on the east china sea",
    ],
)
def test_a_position_on_anything_else_is_a_stance(typed: str) -> None:
    assert "stance" in position_as_stance(typed.split())


def test_a_persons_position_on_a_body_finds_the_office(index: SearchIndex) -> None:
    assert shown(index, "gen nakatani position on the cabinet")[:1] == [
        "nakatani-office-former-minister"
    ]
    assert shown(index, "rajnath singh position on the cabinet")[:1] == ["rajnath-singh-office"]


@given(st.lists(st.sampled_from(["position", "on", "the", "board", "japan", "drones", "of"])))
def test_only_a_position_is_ever_read_as_a_stance(words: list[str]) -> None:
    read = position_as_stance(words)
    assert len(read) == len(words)
    assert all(
        r == w or (w == "position" and r == "stance") for r, w in zip(read, words, strict=True)
    )
    # a position ending the query, or followed by no word of a subject, stays
    assert all(
        r == "position"
        for r, w in zip(read, [*words[1:], ""][: len(words)], strict=True)
        if w != "on" and r in ("position", "stance")
    )
    # and so does one on a body ending the query
    if words[-4:] == ["position", "on", "the", "board"]:
        assert read[-4] == "position"
