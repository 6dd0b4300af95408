"""A guest received is met (lookup/search/reading/held.py's read_reception): "receive" with a
person after it (a delegation, a counterpart, a name's word, a noun of persons heading its
phrase) is read "met"; what is received that is no person keeps the verb. The queries are
invented for the tests. On the shipped fact base."""

from __future__ import annotations

import pytest

from defcoop_cli.lookup.search.memory import SearchIndex
from defcoop_cli.lookup.search.reading.held import read_reception
from defcoop_cli.lookup.search.text import parse_query
from defcoop_cli.lookup.service import SearchRequest, search


def terms(index: SearchIndex, typed: str) -> tuple[str, ...]:
    return read_reception(index, parse_query([typed])).terms


def shown(index: SearchIndex, typed: str) -> list[str]:
    return search(index, parse_query([typed]), SearchRequest((typed,))).shown_ids


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("where did Singh receive his guest", ("singh", "met", "guest")),
        (
            "minister received the visiting delegation",
            ("minister", "met", "visiting", "delegation"),
        ),
        ("Rajnath receives Nakatani", ("rajnath", "met", "nakatani")),
        ("received the Japanese minister", ("met", "japanese", "minister")),
    ],
)
def test_receiving_a_person_is_meeting(
    index: SearchIndex, typed: str, read: tuple[str, ...]
) -> None:
    assert terms(index, typed) == read


@pytest.mark.parametrize(
    "typed",
    [
        "did india receive japanese investment",  # "japanese" heads no phrase
        "japan received a warm welcome",
        "which country received the condolences",
        "received funding for startups",
    ],
)
def test_receiving_no_person_keeps_the_verb(index: SearchIndex, typed: str) -> None:
    assert terms(index, typed) == parse_query([typed]).terms


def test_where_a_guest_was_received_finds_the_meetings_place(index: SearchIndex) -> None:
    assert (
        "meeting-location"
        in shown(index, "in which city did the minister receive the delegation")[:3]
    )
    assert "japanese-industry-invited" in shown(index, "did india receive japanese investment")[:3]
