"""The thesaurus's plain register (lookup/search/thesaurus.json): a child's or a parent's
plain words for the fact base's formal ones, each entry a meaning that serves every query in
that register; and the same plain words about another matter still find nothing."""

from __future__ import annotations

import pytest
from conftest import shown

from defcoop_cli.lookup.search.memory import SearchIndex
from defcoop_cli.lookup.search.text import parse_query


@pytest.mark.parametrize(
    ("plain", "wanted"),
    [
        # machines and robots that fight on their own: autonomous weapon systems
        ("machines that fight on their own", "tech-autonomous-weapons"),
        ("weapons that fight by themselves", "tech-autonomous-weapons"),
        # two kinds of disaster together ("floods and storms"): natural disasters
        ("cooperation in earthquakes and floods", "wider-disaster-response"),
        ("working together in floods and storms", "wider-disaster-response"),
        # big democracies: major democratic powers
        ("two big democracies of asia", "india-japan-democratic-powers"),
        ("are india and japan large democracies", "india-japan-democratic-powers"),
        # army things, military things: defence
        ("does japan back make in india for army things", "japan-supports-make-in-india"),
        ("make in india for military things and japan", "japan-supports-make-in-india"),
        # a long-standing, pivotal ally: always a key partner (the description register)
        ("is japan a pivotal partner of india", "japan-key-partner"),
        ("japan india's long-standing strategic partner", "japan-key-partner"),
        # upskilling, reskilling: human resource development
        ("reskilling in india japan cooperation", "wider-human-resources"),
        ("does the partnership upskill people", "wider-human-resources"),
    ],
)
def test_plain_words_find_the_formal_ones(index: SearchIndex, plain: str, wanted: str) -> None:
    assert wanted in shown(index, plain)[:3]


@pytest.mark.parametrize(
    "question",
    ["nakatani attended in which capacity", "in what capacity did general nakatani attend"],
)
def test_a_capacity_asked_is_the_post_a_person_holds(index: SearchIndex, question: str) -> None:
    """A capacity asked after "in" is a role (reading/held.read_role): the offices the
    article gives; a capacity asked otherwise, how much a thing holds, finds nothing."""
    assert {"nakatani-office-in-body", "nakatani-office-former-minister"} & set(
        shown(index, question)[:3]
    )


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        # beside a question who led a side: who met, and that one's office, no word "role"
        ("who headed the indian delegation and in which capacity", "meeting-held"),
        ("who led the japan side at the talks, in what capacity", "meeting-held"),
        # near: no side led, the capacity is the role, the offices answer as before
        ("who led the talks and in what capacity", "nakatani-office-in-heading"),
        ("who met nakatani and in what capacity", "nakatani-office-in-body"),
    ],
)
def test_a_capacity_asked_beside_who_led_a_side_is_that_ones_post(
    index: SearchIndex, question: str, wanted: str
) -> None:
    """(reading/held.read_role): not the dialogues' "crucial role", no one's post."""
    found = shown(index, question)[:3]
    assert wanted in found and "dialogues-crucial-going-forward" not in found


@pytest.mark.parametrize(
    "off_topic",
    [
        "robots that clean houses",
        "machines that make coffee",
        "friends in school",
        "flood insurance for homes",
        "help each other with homework",
        "big cities in asia",
        "best hotels in asia",
        "in what capacity does the stadium seat fans",
        "what capacity does the new stadium have",
        "port capacity in india",
        "weapons of the roman army",
        "army things to buy online",
        "key west florida",
        "central bank of japan interest rates",
        "longstanding border dispute india china",
        "upskilling courses for chefs",
    ],
)
def test_plain_words_of_another_matter_find_nothing(index: SearchIndex, off_topic: str) -> None:
    assert shown(index, off_topic) == []


@pytest.mark.parametrize("text", ["help each other in floods", "help one another in floods"])
def test_each_other_is_a_function_phrase(text: str) -> None:
    """A reciprocal pronoun says the parties act on one another, not what about: "help
    each other with homework" asks of homework and help alone, and finds nothing."""
    assert parse_query([text]).terms == ("help", "floods")
