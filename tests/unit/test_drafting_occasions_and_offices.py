"""Names that are no body and no place (issue 24): a ceremony ("Guard of Honour", "Gun
Salute"), a broadcast's slot ("Prime Time", "Question Hour") and an office's title with its
portfolio ("Joint Commissioner of Police") are proposed as no new entity; a body or a
person beside them still is. Texts of my own (invented Kell, Ines Varga, Tomas Ek)."""

from __future__ import annotations

from typing import Any

import pytest

from defcoop_cli.curation.drafting.assembly import draft
from defcoop_cli.curation.drafting.names.common import occasion, qualified
from unit.test_drafting_boilerplate_and_names import DOC


def _entities(text: str) -> dict[str, str]:
    made: dict[str, Any] = draft(text, "r", DOC, {}, "/articles/r.txt", "9.9")
    return {e["name"]: e["type"] for e in made["entities"]}


@pytest.mark.parametrize(
    "text",
    [
        "Ines Varga was received with a Guard of Honour at the Kell Naval Academy.",
        "A 19-Gun Salute greeted Ines Varga at the Kell Naval Academy.",
        "Ines Varga said in a Prime Time debate that the Kell Naval Academy would train crews.",
        "The question came up during Question Hour at the Kell Naval Academy.",
    ],
)
def test_a_ceremony_or_a_broadcast_slot_is_no_entity(text: str) -> None:
    names = _entities(text)
    assert not [n for n in names if n.endswith(("Honour", "Salute", "Time", "Hour"))]
    assert [n for n in names if n.startswith("Kell")]  # the body beside it still is


def test_a_programme_named_by_its_slot_is_an_entity() -> None:
    # review 23a, item 13: the slot's name followed by "programme" or "show" names the
    # programme; the near sentence's slot alone stays none
    names = _entities("Ines Varga told Kell Radio's Prime Time programme that crews would train.")
    assert "Prime Time" in names
    names = _entities("Ines Varga said on Kell Radio in Prime Time that crews would train.")
    assert "Prime Time" not in names


def test_a_documents_part_a_lone_university_and_a_department_by_portfolio_are_no_entity() -> None:
    # heldout69's classes, in my own words: a treaty's part by its number, a place of
    # learning by its common word alone, a ministry's department by its portfolio and its
    # work, a person "of" an investor's firm (two names, not one person)
    names = _entities(
        "Ines Varga, who teaches at the University, said Part XV of the Kell Convention binds"
        " both. An official at the Department of Defence Research said the yard would reopen."
        " Tomas Ek of Orvel Harbour Partners said the yard was sound."
    )
    assert not {"Part XV", "University", "Department of Defence Research"} & set(names)
    assert names.get("Tomas Ek") == "person" and "Orvel Harbour Partners" in names
    # near: a university and a department with names of their own stay
    names = _entities(
        "Ines Varga, who teaches at Kell University, said the Department of Naval Construction"
        " would reopen the yard."
    )
    assert "Kell University" in names and "Department of Naval Construction" in names


def test_an_office_and_its_portfolio_is_no_entity_its_holder_is() -> None:
    names = _entities("Tomas Ek, Joint Commissioner of Police (Traffic), said the roads reopened.")
    assert "Joint Commissioner of Police" not in names
    assert names.get("Tomas Ek") == "person"
    names = _entities("Assistant Commissioner Tomas Ek closed the Kell ring road on Monday.")
    assert names.get("Tomas Ek") == "person"


@pytest.mark.parametrize(
    ("words", "said"),
    [
        (["Guard", "of", "Honour"], True),
        (["Prime", "Time"], True),
        (["Time"], False),  # one word: no name to begin with
        (["Kell", "Times"], False),  # a paper's name, not a slot
        (["Honour", "Guard", "Regiment"], False),  # a body ending on its own word
    ],
)
def test_an_occasion_by_its_last_word(words: list[str], said: bool) -> None:
    assert occasion(words) is said


@pytest.mark.parametrize(
    ("words", "said"),
    [
        ("Defence Ministerial Meeting", True),  # a meeting's kind
        ("Bilateral Ministerial Meeting", True),
        ("Orvel Defence Summit", False),  # a name's own word
        ("Coastal Security Dialogue", False),  # "Security": no portfolio's word
        ("Special Strategic and Global Partnership", False),  # a relationship's name stays
    ],
)
def test_a_meeting_told_by_qualifiers_alone(words: str, said: bool) -> None:
    assert qualified(words.split()) is said


def test_a_meetings_kind_is_no_entity_a_named_one_is() -> None:
    names = _entities(
        "Ines Varga said the next Defence Ministerial Meeting would be held in Kell, "
        "and that the Orvel Harbour Partnership would fund the new quay."
    )
    assert "Defence Ministerial Meeting" not in names
    assert "Orvel Harbour Partnership" in names
