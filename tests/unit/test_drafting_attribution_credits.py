"""Issue 24, attribution misses by class (s47-draft73): a quotation on a line of its own
under a line that names its speaker and ends in a colon (a coverage report's "most-quoted
lines"), or credited on the line after it ("- A. B., in a post"); a witness the fact base
does not know reading a party's mind from a thing ("This visit tells you Beta now sees…");
a middle initial with a full stop inside a name; a headline's bare plural ("Ministers
review…") and its colon's source ("…: sources"); a plan told by a source ("X to meet Y
tomorrow, officials said") the source's (R6). Each with a near text that keeps its reading.
Texts of my own."""

from __future__ import annotations

from typing import Any

import pytest

from defcoop_cli.curation.drafting.assembly import draft
from defcoop_cli.curation.drafting.attribution import reading
from defcoop_cli.curation.drafting.budgets.keyquotes import key_quotes
from defcoop_cli.curation.drafting.entities import NAME, EntityMatcher
from defcoop_cli.curation.drafting.speakers import Speakers
from defcoop_cli.factbase.records import Doc, Entity
from defcoop_cli.factbase.vocab import THE_SOURCE

ENTITIES = [
    Entity("alpha", "Alpha", "country"),
    Entity("beta", "Beta", "country"),
    Entity("ines-varga", "Ines Varga", "person"),
    Entity("oren-falk", "Oren Falk", "person"),
]
MATCHER = EntityMatcher(ENTITIES)


def said(sentence: str) -> str:
    return reading(sentence, Speakers(MATCHER, frozenset({"ines-varga", "oren-falk"}))).attribution


def _attributions(text: str) -> dict[str, Any]:
    made = draft(text, "c", Doc([], [], ENTITIES, [], []), {}, "/c.txt", "9.9")
    return {f["quote"]: f["attribution"] for f in made["facts"]}


COVERAGE = (
    "HARBOUR DESK MEDIA REVIEW\n\n"
    "1. SUMMARY\n\n"
    "Beta's port minister, Oren Falk, held talks with Ines Varga of Alpha in Kell on Monday."
    " The coverage was broad.\n\n"
    "2. MOST-QUOTED LINES\n\n"
    "Ines Varga (post on Y, 5 May, 13:05; quoted in 40 items):\n"
    '"Thanked my friend Oren Falk for a useful day in Kell."\n\n'
    "Oren Falk (doorstep remarks to Beta media, 5 May; own translation; quoted in 22 items):\n"
    '"Piracy is a cruel crime, and we stand with the people of Alpha."\n\n'
    "Captain (retd) Tomas Elling, panellist, Harbour TV Night Desk, 5 May, 21:00 (quoted in"
    " 9 items):\n"
    '"This visit tells you Beta now sees Alpha as a partner at sea and not just a market."\n'
)


def test_a_quotation_under_a_line_naming_its_speaker_is_his() -> None:
    found = _attributions(COVERAGE)
    assert found["Piracy is a cruel crime, and we stand with the people of Alpha"] == "Oren Falk"
    # a witness the fact base does not know, reading a party's mind from a thing: his view
    tells = "This visit tells you Beta now sees Alpha as a partner at sea and not just a market"
    assert found[tells] == "Tomas Elling"
    # the labels are furniture: no candidate of their own
    assert not any(q.startswith(("Oren Falk (", "Captain")) for q in found)


def test_a_line_ending_in_a_colon_with_no_name_keeps_the_quotation_as_it_was() -> None:
    near = COVERAGE.replace("Oren Falk (doorstep", "Several items (doorstep")
    assert [k.name for k in key_quotes(near)] == ["Ines Varga", "Captain Tomas Elling"]
    text = 'The report read:\n"Piracy is a cruel crime."\n'  # a clause, no name: none
    assert key_quotes(text) == []


CREDITED = (
    "WHAT THEY SAID\n\n"
    "KELL, May 5 (Harbour Wire) - Quotes from Monday's talks in Kell between Ines Varga of"
    " Alpha and Oren Falk of Beta.\n\n"
    "ON THE PORT\n\n"
    '"The port will be open to every friendly navy," Ines Varga told reporters.\n\n'
    "ON SHIPYARDS\n\n"
    '"I invite Beta\'s yards to build and repair ships in Alpha."\n'
    "- Ines Varga, in a post after the talks\n"
)


def test_a_quotation_credited_on_the_line_after_it_is_the_speakers() -> None:
    found = _attributions(CREDITED)
    assert found["I invite Beta's yards to build and repair ships in Alpha"] == "Ines Varga"
    near = CREDITED.replace("- Ines Varga, in a post after the talks\n", "")
    assert [k.name for k in key_quotes(near)] == []  # no credit: as it was read
    assert _attributions(near)['"I invite Beta\'s yards to build and repair ships in Alpha."'] == (
        THE_SOURCE
    )


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        # a middle initial's full stop is inside the name
        (
            "The new dock will use Alpha sensors, port chairman Arun K. Menon told reporters.",
            "Arun K. Menon",
        ),
        ("Arun Menon said the new dock would use Alpha sensors.", "Arun Menon"),  # near
        ("The U.S. Navy said the dock was late.", THE_SOURCE),  # an abbreviation: no name
    ],
)
def test_a_middle_initial_is_part_of_the_name(sentence: str, who: str) -> None:
    assert said(sentence) == who


def test_a_name_runs_over_a_middle_initial_only() -> None:
    assert NAME.findall("Arun K. Menon met the U.S. Navy") == ["Arun K. Menon", "U", "S", "Navy"]


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        # a headline's bare plural, the whole subject: the two ministers named
        (
            "Ministers review the harbour drill and the naval exercise, say officials",
            "both ministers",
        ),
        ("Ministers from five ports review the harbour drill", THE_SOURCE),  # near: a group
        # a headline's source after a colon: its word, as ", sources said" (R6)
        (
            "Ines Varga to meet Beta business leaders in Kell tomorrow before flying home: sources",
            "unnamed sources",
        ),
        ("The talks covered one thing: piracy near Kell", "both ministers"),  # near: a list
        # a plan told by a source is the source's (R6), as "is expected to" was
        (
            "Ines Varga is to meet business leaders in Kell on Friday, officials said.",
            "unnamed officials",
        ),
        ("Ines Varga leaves Kell on Friday, officials said.", "Ines Varga"),  # near: an act
    ],
)
def test_a_headlines_plural_and_its_colons_source(sentence: str, who: str) -> None:
    assert said(sentence) == who


DIGEST = (
    "HARBOUR TV MONITORING DIGEST\n"
    "Date: 05 May 2025\n\n"
    "Transcript (translated)\n"
    "PRESENTER: The port minister of Beta held talks with Ines Varga in Kell this morning.\n"
    "CORRESPONDENT (Lena Ostrova, Port of Kell): Ines Varga invited Beta's yards to repair ships"
    " in Alpha. Oren Falk said Beta and Alpha would keep their navies training together."
    " (crosstalk) ... the meeting is being read here as a boost for ties between the two"
    " countries.\n"
    "-- end of transcript --\n"
)


def test_a_label_naming_its_speaker_in_brackets_is_his_and_a_chairs_by_its_word() -> None:
    found = _attributions(DIGEST)
    assert found[
        "the meeting is being read here as a boost for ties between the two countries"
    ] == ("Lena Ostrova")
    assert found["Oren Falk said Beta and Alpha would keep their navies training together"] == (
        "Oren Falk"
    )
    presenter = "The port minister of Beta held talks with Ines Varga in Kell this morning"
    assert found[presenter] == "the presenter"
    near = _attributions(
        DIGEST.replace(" (Lena Ostrova, Port of Kell)", "")
    )  # no name: the reporter's
    assert near["the meeting is being read here as a boost for ties between the two countries"] == (
        "the reporter"
    )


def test_an_outlet_in_a_questioners_brackets_names_no_one() -> None:
    text = (
        "PRESS CONFERENCE BY PORT MINISTER OREN FALK\n\n"
        "Reporter (Harbour News): You spent barely a day in Kell. Was piracy raised?\n"
        "Minister Falk: Piracy was raised, and we will patrol together.\n"
    )
    assert _attributions(text)["You spent barely a day in Kell"] == "the reporter"
    named = _attributions(text.replace("(Harbour News)", "(Dev Sen, Harbour News)"))
    assert named["You spent barely a day in Kell"] == "Dev Sen"


PASSING = (
    "Talks in Kell\n\n"
    "KELL, May 5 - Alpha's port minister Ines Varga held talks with Beta's port minister Oren"
    " Falk in Kell on Monday.\n\n"
    "The Kell drill was mentioned only in passing.\n\n"
    "The ferry was mentioned in the port's notice.\n\n"
    "Fishing was mentioned briefly during the talks.\n\n"
    "Beta was mentioned only in passing in the minister's speech to cadets.\n\n"
    "The ferry pact was mentioned briefly in the port's notice.\n"
)


def test_a_subject_named_at_the_talks_in_passing_is_discussed_by_both() -> None:
    made = draft(PASSING, "a", Doc([], [], ENTITIES, [], []), {}, "/a.txt", "9.9")
    read = {f["quote"]: (f["attribution"], f["stance"]) for f in made["facts"]}
    both = ("Ines Varga and Oren Falk", "discussed")
    assert read["The Kell drill was mentioned only in passing"] == both
    # near: named somewhere else than at the talks, no discussion
    assert read["The ferry was mentioned in the port's notice"][1] == "reported"
    assert read["Fishing was mentioned briefly during the talks"] == both
    # near: in passing, but in another's speech or a document: not at the talks
    assert read["Beta was mentioned only in passing in the minister's speech to cadets"][1] != (
        "discussed"
    )
    assert read["The ferry pact was mentioned briefly in the port's notice"][1] != "discussed"
