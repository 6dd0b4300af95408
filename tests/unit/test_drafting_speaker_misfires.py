"""Speakers and names a review of invented news found misread (s47-fixdraftr): a bare
"Ministers" in the body, an office "of" something alone or before a name, a run of
initials, a name in a transcript label's brackets, a colon naming a thing, a dateline over
a quotation, a noun of persons at a capitalised body, "X of Y" a person at a body. All
text is invented; each rule has a near sentence that keeps its reading."""

from __future__ import annotations

from typing import Any

import pytest

from defcoop_cli.curation.drafting.assembly import draft
from defcoop_cli.curation.drafting.attribution import reading
from defcoop_cli.curation.drafting.budgets.keyquotes import key_quotes
from defcoop_cli.curation.drafting.entities import NAME
from defcoop_cli.curation.drafting.speakers import Speakers
from defcoop_cli.curation.drafting.unnamed.unnamed import colon_credit
from defcoop_cli.factbase.records import Doc
from defcoop_cli.factbase.vocab import THE_SOURCE
from tests.unit.test_drafting_attribution_credits import ENTITIES, MATCHER  # Alpha, Beta, two


def _speakers() -> Speakers:
    return Speakers(MATCHER, frozenset({"ines-varga", "oren-falk"}))


def said(sentence: str) -> str:
    return reading(sentence, _speakers()).attribution


def _facts(text: str) -> dict[str, Any]:
    made = draft(text, "c", Doc([], [], ENTITIES, [], []), {}, "/c.txt", "9.9")
    return {f["quote"]: f for f in made["facts"]}


def test_a_bare_ministers_in_the_body_is_no_pair() -> None:
    text = (
        "Ines Varga and Oren Falk met in Kell on Monday.\n"
        "Beta's cabinet met again on Tuesday.\n"
        "Ministers agreed to ease the rules on selling boats.\n"
        "Alpha's opposition criticised the deal. Leaders said it had been rushed.\n"
    )
    facts = _facts(text)
    assert facts["Ministers agreed to ease the rules on selling boats"]["attribution"] == (
        THE_SOURCE
    )
    assert facts["Leaders said it had been rushed"]["attribution"] == THE_SOURCE
    near = text.replace("Ministers agreed", "The two ministers agreed")
    assert _facts(near)["The two ministers agreed to ease the rules on selling boats"][
        "attribution"
    ] == ("Ines Varga and Oren Falk")


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        # an office alone, what it is of too: its holder (R9), not what it is of
        ("The Commissioner of Police said the docks would be shut.", "commissioner of police"),
        (
            "The Joint Commissioner of Police (Traffic) said the roads would close.",
            "joint commissioner of police",
        ),
        ("The Chief of Harbour Staff said the drill would grow.", "chief of harbour staff"),
        # the office before a name: the name's, what it is of no part of it
        ("Assistant Commissioner of Police Mira Dutt said two lanes would close.", "Mira Dutt"),
        ("Minister of Home Affairs Kenji Morita said the lanes would close.", "Kenji Morita"),
        # near: an office the fact base's person is given
        ("The Minister of Defense of Alpha, Ines Varga, said the docks were shut.", "Ines Varga"),
    ],
)
def test_an_office_of_something_is_its_holders(sentence: str, who: str) -> None:
    assert said(sentence) == who


def test_a_run_of_initials_is_one_name() -> None:
    assert NAME.findall("General V. K. Rao met the U.S. Navy") == [
        "General V. K. Rao",
        "U",
        "S",
        "Navy",
    ]
    assert said("Lt. Gen. R. S. Panwar said the drills would grow.") == "R. S. Panwar"
    assert said("Senior journalist R. K. Dhar said the deal was late.") == "R. K. Dhar"
    assert said("Arun K. Menon said the dock was ready.") == "Arun K. Menon"  # near: one
    # initials in capitals are no family name: not the fact base's Ines Varga
    assert said("General T. K. Varga said the drills would grow.") == "T. K. Varga"
    assert said("VARGA Ines said the drills would grow.") == "Ines Varga"  # near: a family name


TRANSCRIPT = (
    "HARBOUR TV DESK TRANSCRIPT\n"
    "Date: 06 May 2025\n\n"
    "ANCHOR: Ines Varga met Oren Falk in Kell on Monday.\n"
    "SPOKESPERSON (Tarek Lind, MFA): This visit shows that Alpha values Beta as a partner.\n"
    "ANALYST (Mona Hale, former port envoy): The talks were useful but slow.\n"
)


def test_a_name_in_a_labels_brackets_is_the_speaker() -> None:
    facts = _facts(TRANSCRIPT)
    spokesperson = facts["This visit shows that Alpha values Beta as a partner"]
    assert spokesperson["attribution"] == "Tarek Lind"
    assert spokesperson["kind"] == "position"  # a party's spokesperson is no commentator
    assert facts["The talks were useful but slow"]["attribution"] == "Mona Hale"


def test_a_colon_naming_the_one_thing_announced_is_no_credit() -> None:
    assert colon_credit("The navies will resume one drill next month: KELLEX") is None
    assert colon_credit("Ines Varga to meet Oren Falk in Kell tomorrow: MoD") == (
        "Ines Varga to meet Oren Falk in Kell tomorrow, MoD said."
    )  # near: a credit


def test_a_dateline_over_a_quotation_is_no_speakers_label() -> None:
    quote = '"This visit shows that Alpha values Beta."\n'
    assert key_quotes("Kell, May 6 (HNS):\n" + quote) == []
    assert [k.name for k in key_quotes("Arun Menon, port chairman (Kell, May 6):\n" + quote)] == [
        "Arun Menon"
    ]


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        (
            "An official at the Department of Harbour Works told us the plan was late.",
            "official at the department of harbour works",
        ),
        (
            "An official at the port ministry said the plan was late.",
            "official at the port ministry",
        ),
        # "X of Y", a person at a body: the person
        (
            "Kenji Aoyama of Meguro Harbour Ventures, one of our backers, told me it was busy.",
            "Kenji Aoyama",
        ),
        ("Kenta Moriyama of Kell University said the yard was busy.", "Kenta Moriyama"),
    ],
)
def test_a_person_at_a_body(sentence: str, who: str) -> None:
    assert said(sentence) == who


def test_a_body_of_a_place_keeps_its_name() -> None:  # near: a body's word before "of"
    assert _speakers().named("Reserve Bank of Kell") == ("Reserve Bank of Kell", False)
