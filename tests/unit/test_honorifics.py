"""A term of address after a person's name (lookup/search/reading/typed/honorifics.py):
no term right after a word of a person's name, a word of the name where the name has it; an
honorific before a person's name or a title, no term either, where it begins no place or
body's name. The queries are invented for the tests. On the shipped fact base."""

from __future__ import annotations

import pytest

from defcoop_cli.lookup.search.memory import SearchIndex
from defcoop_cli.lookup.search.reading.typed.honorifics import read_full_name, read_honorific
from defcoop_cli.lookup.search.text import parse_query
from defcoop_cli.lookup.service import SearchRequest, search


def terms(index: SearchIndex, typed: str) -> tuple[str, ...]:
    return read_honorific(index, parse_query([typed])).terms


def shown(index: SearchIndex, typed: str) -> list[str]:
    return search(index, parse_query([typed]), SearchRequest((typed,))).shown_ids


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("Nakatani-san current role", ("nakatani", "current", "role")),
        ("nakatani sama office", ("nakatani", "office")),
        ("rajnath ji japan visit", ("rajnath", "japan", "visit")),
        ("singh sahab statement", ("singh", "statement")),
    ],
)
def test_a_term_of_address_after_a_persons_name_is_no_term(
    index: SearchIndex, typed: str, kept: tuple[str, ...]
) -> None:
    assert terms(index, typed) == kept


@pytest.mark.parametrize(
    "typed",
    [
        "sant rampal ji teaching",  # the name's own "Ji"
        "san diego naval base",  # after no person's name
        "ji meaning",
        # after a word of an alias of several words, an office or a rank: no name
        "japanese sensei",
        "defence minister ji",
        "general shi visit",
        # beginning a place's name after a name
        "nakatani san jose trip",
    ],
)
def test_a_word_of_a_name_or_after_no_persons_name_stays(index: SearchIndex, typed: str) -> None:
    assert terms(index, typed) == parse_query([typed]).terms


def test_a_name_with_its_term_of_address_finds_the_person(index: SearchIndex) -> None:
    assert "rajnath-singh-office" in shown(index, "rajnath ji")[:3]
    assert "meeting-held" in shown(index, "nakatani san")[:3]
    assert "nakatani-office-in-body" in shown(index, "Nakatani-sensei present post")[:3]


def test_a_place_after_a_name_is_no_full_match(index: SearchIndex) -> None:
    # "san" begins San Jose: not dropped, so no fact holds every word
    assert shown(index, "rajnath singh san jose tour") == []
    assert "meeting-held" in shown(index, "rajnath singh san")[:3]  # no place after it


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("Nakatani-sama complete name", ("nakatani", "sama", "given", "name")),
        ("full name of the general nakatani", ("given", "name", "general", "nakatani")),
        ("full name of nakatani in the reports", ("given", "name", "nakatani", "reports")),
    ],
)
def test_a_persons_full_name_asks_the_given_name(
    index: SearchIndex, typed: str, read: tuple[str, ...]
) -> None:
    assert read_full_name(index, parse_query([typed])).terms == read


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("singh's full name", ("singh",)),
        ("complete name of rajnath", ("rajnath",)),
        (
            "full name of defence minister rajnath singh",
            ("defence", "minister", "rajnath", "singh"),
        ),
    ],
)
def test_the_full_name_of_a_person_no_note_gives_a_given_name_of_is_their_name(
    index: SearchIndex, typed: str, read: tuple[str, ...]
) -> None:
    """Only Nakatani's given name is in a note: another's full name is not read as
    "given", which would find his note (review 26b, 2), but as the name the facts give."""
    assert read_full_name(index, parse_query([typed])).terms == read
    assert "nakatani-given-name" not in shown(index, typed)


@pytest.mark.parametrize(
    "typed",
    [
        "UNCLOS full name",
        "full name of the 2+2 format",
        "full text of nakatani's remarks",
        # a possessive name, or a name, before another noun: that noun's full name
        "full name of nakatani's ministry",
        "complete name of the nakatani office",
    ],
)
def test_a_full_name_of_no_person_stays(index: SearchIndex, typed: str) -> None:
    assert read_full_name(index, parse_query([typed])).terms == parse_query([typed]).terms


def test_a_persons_full_name_past_a_term_of_address_finds_the_given_name_note(
    index: SearchIndex,
) -> None:
    assert shown(index, "what is nakatani-kun's complete name")[:1] == ["nakatani-given-name"]


def refused(index: SearchIndex, typed: str) -> str:
    found = search(index, parse_query([typed]), SearchRequest((typed,))).refused
    return found.kind if found else ""


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("Sri Rajnath Singh Tokyo visit", ("rajnath", "singh", "tokyo", "visit")),
        (
            "raksha mantri shree rajnath singh trip",
            ("raksha", "mantri", "rajnath", "singh", "trip"),
        ),
        ("Hon'ble Shri Singh remarks", ("singh", "remarks")),
        ("Smt Rajnath", ("rajnath",)),
        ("Mr Gen Nakatani's trip", ("gen", "nakatani", "trip")),
        (
            "defence minister Dr Nakatani interview",
            ("defence", "minister", "nakatani", "interview"),
        ),
        # before a title, followed by an event, a voice or nothing
        ("Hon'ble Raksha Mantri visit", ("raksha", "mantri", "visit")),
        (
            "Honourable Japanese defence minister statement",
            ("japanese", "defence", "minister", "statement"),
        ),
        ("Hon'ble Defence Minister", ("defence", "minister")),
    ],
)
def test_an_honorific_before_a_name_or_a_title_is_no_term(
    index: SearchIndex, typed: str, kept: tuple[str, ...]
) -> None:
    assert terms(index, typed) == kept


@pytest.mark.parametrize(
    "typed",
    [
        "Sri Lanka navy chief",  # a place's name
        "Shri Minister Trust conference",  # a body named after a title
        "Sri Mantri Builders meeting",
        "Mr Tanaka visit",  # no person of the base
        "Honourable Artillery Company dinner",  # before no name or title
        "smt meeting",
    ],
)
def test_an_honorific_before_a_place_a_body_or_no_name_stays(
    index: SearchIndex, typed: str
) -> None:
    assert terms(index, typed) == parse_query([typed]).terms


def test_an_honorific_inside_a_meetings_run_is_no_unknown_body(index: SearchIndex) -> None:
    typed = "Raksha Mantri Shri Rajnath Singh meeting with the Japanese General"
    assert refused(index, typed) == ""
    assert "meeting-held" in shown(index, typed)[:3]
    typed = "defence minister Dr Rajnath Singh talks"
    assert refused(index, typed) == ""
    assert "meeting-held" in shown(index, typed)[:3]
    assert "rajnath-singh-office" in shown(index, "Smt Rajnath")[:3]


def test_a_place_or_a_body_after_an_honorific_keeps_its_refusal(index: SearchIndex) -> None:
    assert refused(index, "Sri Lanka defence minister meeting") == "place"
    assert refused(index, "Shri Minister Trust conference") == "body"
    # a body's noun after an honorific and a title, or a person's name, is the body's
    assert refused(index, "Shri General Institute conclave") == "body"
    assert refused(index, "the Nakatani Foundation forum") == "body"
    # a body's noun after a word of function, or before no gathering, names no body
    assert refused(index, "laying the foundation for the summit") == ""
    assert refused(index, "Nakatani Foundation") == ""
    assert refused(index, "defence minister Mr Tanaka meeting") == "body"


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("singh sahib remarks", ("singh", "remarks")),  # the English spelling
        ("nakatani saab japan visit", ("nakatani", "japan", "visit")),
        ("rajnath garu statement", ("rajnath", "statement")),  # Telugu's
    ],
)
def test_an_indian_term_of_address_in_its_other_spellings_is_no_term(
    index: SearchIndex, typed: str, kept: tuple[str, ...]
) -> None:
    assert terms(index, typed) == kept


def test_a_typo_of_sahab_and_of_the_name_before_it_still_finds_the_person(
    index: SearchIndex,
) -> None:
    # "sahab" one edit from the English word "sahib", the name one from "nakatani"
    assert "nakatani-office-in-body" in shown(index, "nakatanu sahab present post")[:3]
    assert shown(index, "kabir sahib teachings on war") == []  # no person of the base
