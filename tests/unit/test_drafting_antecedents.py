"""drafting.verbs.voices.antecedents: a "They" opening a sentence carries the group the sentence
before had as its own subject when that group is no party to the talks (a strike's dock
workers, the opposition, a rally's farmers, officials from both sides), whatever its verb;
a "He" or "She" the one unnamed person it had ("A union leader addressed the crowd.").
And what the rules must leave alone: "They" after the parties named ("Menon and Costa met …",
"The two ministers …"), a group two sentences back, a group the reading already names, and
a wire's and a paper's ordinary sentences. Every text is my own."""

from __future__ import annotations

import pytest

from defcoop_cli.curation.drafting.assembly import draft
from tests.unit.test_drafting_entries_diaries import DOC  # Ravi Menon's and Ana Costa's

PAIR = "Ravi Menon and Ana Costa"
MET = "Ravi Menon met Ana Costa in Lisbon on Tuesday. They agreed to open a customs desk.\n\n"


def _by(text: str) -> dict[str, str]:
    drafted = draft(text, "a", DOC, {}, "/articles/a.txt", "9.9")
    return {f["quote"]: f["attribution"] for f in drafted["facts"]}


@pytest.mark.parametrize(
    ("group", "they", "who"),
    [
        (
            "Dock workers at the port struck on Monday.",
            "They want higher pay",
            "dock workers at the port",
        ),
        (
            "The opposition accused the government of giving too much away.",
            "They said the pact had brought no new jobs",
            "the opposition",
        ),
        (
            "Outside the ministry, hundreds of olive farmers gathered with banners.",
            "They demanded lower duties on their oil",
            "olive farmers",
        ),
        (
            "Officials from both sides then met on their own.",
            "They discussed a timetable for the customs desk",
            "officials from both sides",
        ),
    ],
)
def test_they_carries_the_group_the_sentence_before_had_as_subject(
    group: str, they: str, who: str
) -> None:
    by = _by(f"{MET}{group} {they}.\n")
    assert by[they] == who
    assert by["They agreed to open a customs desk"] == PAIR  # the parties, before the group


def test_a_chain_of_they_keeps_the_group_and_the_parties_come_back_after() -> None:
    by = _by(
        f"{MET}Dock workers at the port struck on Monday. They want higher pay. They also "
        "said the strike would go on.\n\nThe two ministers reviewed the fishing quota. They "
        "agreed to meet again in June.\n"
    )
    assert by["They want higher pay"] == "dock workers at the port"
    assert by["They also said the strike would go on"] == "dock workers at the port"
    assert by["They agreed to meet again in June"] == PAIR


# What the rule must leave alone: each text with a carried group as well, so that the test
# fails where the rule does not work at all.
STRIKE = "Dock workers at the port struck on Monday. They want higher pay.\n\n"


@pytest.mark.parametrize(
    ("text", "they", "who"),
    [
        # the parties named as the subject: theirs, as before
        (
            "Menon and Costa met in Lisbon on Tuesday. They agreed to cut duties.",
            "They agreed to cut duties",
            PAIR,
        ),
        # a group two sentences back goes no further than the sentence after it
        (
            "Ferry crews walked out on Monday. Menon met Costa on Tuesday. "
            "They agreed to cut duties.",
            "They agreed to cut duties",
            PAIR,
        ),
        # a wire: a group the reading names already keeps its own name
        (
            "Analysts said the talks had gone well. They said a deal on duties was likely by June.",
            "They said a deal on duties was likely by June",
            "unnamed analysts",
        ),
        # a paper's copy: the talks as the subject, then the ministers
        (
            "Talks between the two ministers lasted two hours. They agreed to cut duties.",
            "They agreed to cut duties",
            PAIR,
        ),
        # a readout: things, not people, as the subject
        (
            "Olive prices rose sharply in May. The two ministers discussed them. "
            "They agreed to cut duties.",
            "They agreed to cut duties",
            PAIR,
        ),
    ],
)
def test_news_sentences_keep_their_they(text: str, they: str, who: str) -> None:
    by = _by(f"{MET}{STRIKE}{text}\n")
    assert by[they] == who
    assert by["They want higher pay"] == "dock workers at the port"  # the rule they are kept from


# One person: "He" or "She" after a sentence whose subject was one unnamed person.
@pytest.mark.parametrize(
    ("one", "pronoun", "who"),
    [
        (
            "A union leader addressed the crowd outside.",
            "He said the pact would cost jobs",
            "union leader",
        ),
        (
            "An elderly fisherman watched from the quay.",
            "She told reporters the duties were unfair",
            "elderly fisherman",
        ),
    ],
)
def test_he_or_she_carries_the_unnamed_person_the_sentence_before_had_as_subject(
    one: str, pronoun: str, who: str
) -> None:
    by = _by(f"{MET}Menon said the talks went well. {one} {pronoun}.\n")
    assert by[pronoun] == who


def test_he_after_a_named_person_or_a_title_keeps_its_reading() -> None:
    by = _by(
        f"{MET}A union leader addressed the crowd outside. He said the pact would cost jobs.\n\n"
        "Menon met reporters later. He said the talks went well.\n\n"
        "The minister then left for the airport. He added that duties would fall.\n\n"
        "A spokesman for the port was not available. Costa said the desk would open in May. "
        "She added that the duties would fall.\n\n"
        "A car took Costa to the airport. She said the visit had been useful.\n"
    )
    assert by["He said the pact would cost jobs"] == "union leader"  # the rule they are kept from
    assert by["He said the talks went well"] == "Ravi Menon"
    assert by["He added that duties would fall"] == "Ravi Menon"
    assert by["She added that the duties would fall"] == "Ana Costa"
    assert by["She said the visit had been useful"] == "Ana Costa"  # a car is no person
