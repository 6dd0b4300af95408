"""A document or a message as the sayer: its own word where it tells no party's act done
(R6, R9, R27), the doers' where it does; a roster's office standing for its holder (R2)."""

from __future__ import annotations

import time

import pytest
from drafting_world import ORTIZ_MATCHER, ORTIZ_PEOPLE

from defcoop_cli.curation.drafting.attribution import reading
from defcoop_cli.curation.drafting.speakers import Speakers
from defcoop_cli.curation.drafting.transcripts import roster_titles
from defcoop_cli.curation.drafting.verbs.voices.sayers import document_sayer
from defcoop_cli.factbase.vocab import THE_SOURCE


def who(sentence: str) -> str:
    sp = Speakers(ORTIZ_MATCHER, ORTIZ_PEOPLE)
    sp.heard(reading("Ravi Menon met Lena Ortiz in the capital.", sp))
    return reading(sentence, sp).attribution


@pytest.mark.parametrize(
    ("sentence", "sayer"),
    [
        ("A viral message claimed that the frigate had sunk.", "viral message"),
        ("Messages shared on chat groups last week claimed that the port was shut.",
         "messages shared on chat groups"),
        ("A leaked memo stated that the budget had doubled.", "leaked memo"),
        ("A club's newsletter described the drill as the largest in years.", "club's newsletter"),
        ("Reports said the harbour was quiet.", "unnamed reports"),
        # a time said of the document after its noun is none of its words
        ("One paper the next morning called him a retired admiral.", "unnamed paper"),
        ("A bulletin that evening called the drill a success.", "unnamed bulletin"),
        ("A bulletin on Monday called the drill a success.", "unnamed bulletin"),
        # what is to be, in an unnamed document's word, is its own (as an unnamed official's)
        ("A leaked note stated that Alpha would send a team to Beta.", "leaked note"),
    ],
)  # fmt: skip
def test_a_document_telling_no_party_s_act_done_says_it_itself(sentence: str, sayer: str) -> None:
    assert who(sentence) == sayer


@pytest.mark.parametrize(
    ("sentence", "doers"),
    [
        ("The readout said the two ministers agreed to train together.", "both ministers"),
        ("A leaked note stated that Alpha condemned the raid.", "Alpha"),
        ("The readout said Beta would host the next round.", "Beta"),  # a definite one's
    ],
)  # fmt: skip
def test_a_party_s_act_through_a_document_stays_the_doers(sentence: str, doers: str) -> None:
    assert who(sentence) == doers


@pytest.mark.parametrize(
    ("subject", "sayer"),
    [
        ("Several newspapers on Tuesday", "unnamed newspapers"),  # R27: as R9's article
        ("Some reports", "unnamed reports"),
        ("Many posts circulating on X", "posts circulating on x"),
        # near cases: an owner's or a kept word before the noun stays
        ("A club's several newsletters", "club's several newsletters"),
        ("Leaked reports", "leaked reports"),
    ],
)  # fmt: skip
def test_a_quantifier_before_a_plural_goes_as_articles_go(subject: str, sayer: str) -> None:
    assert document_sayer(subject) == sayer


@pytest.mark.parametrize(
    "subject",
    ["The talks", "The two sides", "Both sides", "The two ministers first", "Ravi Menon",
     "Officials", "A Beta official", "He", "Readout"],
)  # fmt: skip
def test_no_document_where_the_subject_is_a_party_a_person_or_the_talks(subject: str) -> None:
    assert document_sayer(subject) is None


def test_an_event_is_never_a_document_s_word() -> None:
    assert who("The two ministers first met in the spring.") != "the two ministers first"
    assert who("A press note noted the weather.") == "press note"
    assert who("The ministry's statement was long.") == THE_SOURCE  # no verb of saying


def test_the_subject_pattern_takes_linear_time_on_an_adversarial_line() -> None:
    line = "A " + "leaked " * 3000 + "on " + "x " * 7000  # some 20,000 characters
    start = time.process_time()
    document_sayer(line)
    document_sayer("Posts circulating " + "on X and " * 2200)
    assert time.process_time() - start < 5  # a backtracking regex would take minutes


class TestARostersOffices:
    """A roster's "Name - Office" line makes the office alone stand for its one holder (R2)."""

    ROSTER = "PRESENT:\nTara Quill - Chairman\nOwen Pike - Managing Director, Pike Yards\n"

    def test_the_office_alone_is_its_holder(self) -> None:
        titles = roster_titles(self.ROSTER + "Lena Frost - Harbour Capital\n")
        assert titles == {"chairman": "Tara Quill", "managing director": "Owen Pike"}
        sp = Speakers(ORTIZ_MATCHER, ORTIZ_PEOPLE)
        sp.read(self.ROSTER + "The Chairman said the yard was busy.")
        assert reading("The Chairman said the yard was busy.", sp).attribution == "Tara Quill"

    def test_an_office_two_hold_stands_for_neither(self) -> None:
        titles = roster_titles("Tara Quill - Director\nOwen Pike - Director\n")
        assert titles == {"director": ""}

    def test_a_sentence_with_a_dash_is_no_roster_line(self) -> None:
        assert roster_titles("The yard - its chairman said - was busy.\n") == {}

    def test_linear_time_on_an_adversarial_line(self) -> None:
        start = time.process_time()
        roster_titles("Tara Quill" + " - Chairman" * 1800 + "\n" + "a - " * 5000)
        assert time.process_time() - start < 5
