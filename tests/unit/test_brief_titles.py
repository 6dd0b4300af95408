"""output.brief.titles and the short brief's person line: each office in its standard form or
not at all; a list item that is another's part told by it (s32-brief24)."""

from __future__ import annotations

import pytest

from defcoop_cli.factbase.vocab import press_office
from defcoop_cli.lookup.results import Cited, Person
from defcoop_cli.output.brief.short import _person_line, wholes
from defcoop_cli.output.brief.titles import standard_title


@pytest.mark.parametrize(
    ("said", "office"),
    [
        ("heads Japan’s Ministry of Defense", "Japan’s Minister of Defense"),
        # the drafter read it as the minister; the brief showed the verb phrase (issue 24)
        ("returns to head Japan's defence ministry", "Japan's Defence Minister"),
        ("who heads the Foreign Ministry", "Foreign Minister"),
        ("defence portfolio", "Defence Minister"),
        ("holds the finance post", "Finance Minister"),
        ("defence chief", "Defence Minister"),
        ("Raksha Mantri", "Defence Minister"),
        ("defence minister", "Defence Minister"),
        ("minister of state for defence", "Minister of State for Defence"),
        ("former Defence Minister", "former Defence Minister"),
        ("Japan's Special Advisor for National Security", None),  # as it stands
    ],
)
def test_a_phrase_for_an_office_is_that_office(said: str, office: str | None) -> None:
    assert standard_title(said) == (office or said)


@pytest.mark.parametrize(
    "said",
    [
        "who doubles as Minister of State for Economic Security",  # a verb phrase
        "leads the delegation",
        "defence ministers",  # the holders of an office, no one's title
        "national security advisers",
    ],
)
def test_a_phrase_that_is_no_title_is_none(said: str) -> None:
    assert standard_title(said) is None


def test_only_the_press_and_verb_phrases_are_read_as_an_office() -> None:
    # a side of any conflict is read through press_office: a number stays as it is
    assert press_office("28 people") is None and press_office("army chief") is None


def _line(roles: list[str], disputed: tuple[str, ...] = ()) -> str:
    person = Person(
        "Gen Nakatani",
        ("f0",),
        tuple(Cited(r, (f"f{i}",)) for i, r in enumerate(roles)),
        disputed=disputed,
        dated=(("f0", "2025-05-07"), ("f1", "2025-05-06")),
    )
    return "".join(seg.text for seg in _person_line(person, {}, None))


def test_the_person_line_shows_the_standard_form_once() -> None:
    line = _line(["heads Japan’s Ministry of Defense", "defence chief", "Defence Minister"])
    assert line == "Gen Nakatani: Japan’s Minister of Defense (7 May 2025)"


def test_an_office_held_is_not_shown_again_as_disputed() -> None:
    line = _line(["Defense Minister", "Defence Minister", "State Minister"], ("f1", "f2"))
    assert line == "Gen Nakatani: Defense Minister (7 May 2025); disputed: State Minister"
    person = Person("Gen Nakatani", ("f0",), (Cited("Defense Minister", ("f0",)),))
    merged = person._replace(
        roles=(*person.roles, Cited("Defence Minister", ("f1",))), disputed=("f1",)
    )
    (held,) = [seg for seg in _person_line(merged, {}, None) if seg.facts]
    assert held.facts == ("f0", "f1")  # its facts cited with the office held


def test_a_phrase_that_is_no_title_is_left_out() -> None:
    assert _line(["defence ministers", "Defence Minister"]) == (
        "Gen Nakatani: Defence Minister (6 May 2025)"
    )


def test_an_item_that_is_anothers_part_is_told_by_it() -> None:
    whole = "equipment, including the joint development and production of equipment"
    items = [whole, "the joint development, production of equipment", "cyber defence"]
    assert wholes(items) == [whole, "cyber defence"]
    assert wholes(["maritime security", "maritime security"]) == ["maritime security"] * 2
