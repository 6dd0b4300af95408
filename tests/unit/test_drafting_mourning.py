"""Issue 24, first-topic misses by class (thirtieth session, s49-draft80): a sentence mourning
the dead (condolences, sympathy, grief, the bereaved) is filed first under the topic the fact
base's attack is named for, whatever else its words name ("the people of Beta": wider ties);
a view keeps the assessment first, and a base with no attack names none. Invented topics,
events and sentences."""

from __future__ import annotations

from datetime import date

import pytest

from defcoop_cli.curation.drafting.about.framing import (
    attack_told,
    for_piece,
    mourns,
    mourns_attack,
)
from defcoop_cli.curation.drafting.about.topics import proposed_topics, topic_votes
from defcoop_cli.curation.drafting.about.votes import TopicVotes
from defcoop_cli.curation.drafting.assembly import draft
from defcoop_cli.factbase.records import Doc, Entity, Event, Fact, Topic

TOPICS = [
    Topic("talks", "The meeting", "", "meeting", ("talks",), "the meeting"),
    Topic("raid", "The Kell raid", "", "regional", ("Kell",), "the Kell raid"),
    Topic("ties", "Wider ties", "", "cooperation", ("people-to-people",)),
    Topic("view", "The article's view", "", "assessment", ("assessment",)),
]
RAID = Event("kell-raid", "attack", "Armed raid on the Kell ferry", None)


PEOPLE = Fact("f1", "S.", "position", "x", "reported", ("ties",), ("beta",), (), "q", "s", (0, 1))


def _votes(*events: Event) -> TopicVotes:
    return topic_votes(Doc([], TOPICS, [], [PEOPLE], [], list(events)))


@pytest.mark.parametrize(
    "sentence",
    [
        "Ode conveyed the condolences of the people of Beta to the families.",
        "He also conveyed the sympathy of Beta to the bereaved.",
        "We stand with the families who lost loved ones, Ode said.",
    ],
)
def test_mourning_is_filed_under_the_attacks_topic(sentence: str) -> None:
    assert mourns(sentence)
    assert proposed_topics(["beta"], sentence, _votes(RAID), party=True)[0] == "raid"


def test_no_attack_in_the_base_names_no_topic_for_mourning() -> None:
    sentence = "Ode conveyed the condolences of the people of Beta to the families."
    assert proposed_topics(["beta"], sentence, _votes(), party=True)[0] == "ties"


def test_a_view_that_speaks_of_sympathy_keeps_the_assessment_first() -> None:
    sentence = "Beta has moved from sympathy to substance."
    assert proposed_topics(["beta"], sentence, _votes(RAID), view=True)[0] == "view"


def test_a_sentence_that_mourns_no_one_keeps_its_topic() -> None:
    sentence = "Ode praised the people of Beta for their welcome."
    assert not mourns(sentence)
    assert proposed_topics(["beta"], sentence, _votes(RAID), party=True)[0] == "ties"


# Review 25a, finding 4: mourning is the base's attack's only where the sentence mourns no
# other occasion's dead and the piece names that attack (its place, its title's names, its
# day); sympathy for a stand and a plan that "came to grief" mourn no one.
@pytest.mark.parametrize(
    "sentence",
    [
        "The harbour plan came to grief when the costs doubled.",
        "Ode expressed sympathy for Beta's position on the fishing quota.",
        "Gamma has some sympathy with the case for a larger fleet.",
    ],
)
def test_grief_and_sympathy_in_other_senses_mourn_no_one(sentence: str) -> None:
    assert not mourns(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Both ministers offered condolences to the families of three divers killed in a boat"
        " collision during the drill.",
        "Pennants flew at half-mast as the crew mourned a cook lost overboard.",
        "Ode offered his condolences on the death of a former Betan premier.",
        "The navy said the hunt for the missing diver went on as his family grieved.",
    ],
)
def test_another_occasions_dead_are_not_the_attacks(sentence: str) -> None:
    assert mourns(sentence) and not mourns_attack(sentence)
    assert proposed_topics(["beta"], sentence, _votes(RAID), party=True)[0] == "ties"


@pytest.mark.parametrize(
    "sentence",
    [
        # near cases: the attack named beside another death; the bereaved with no occasion
        "Ode mourned the ferry's dead and the divers killed in the storm after the raid.",
        "Ode conveyed the sympathy of Beta to the bereaved families.",
        "Ode expressed sympathy for the families of the victims.",
    ],
)
def test_mourning_that_names_the_attack_or_no_other_dead_is_the_attacks(sentence: str) -> None:
    assert mourns_attack(sentence)
    assert proposed_topics(["beta"], sentence, _votes(RAID), party=True)[0] == "raid"


DATED = Event(
    "kell-raid", "attack", "Armed raid on the Kell ferry", date(2031, 3, 14), None, "Ostra"
)


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("Ode flew to Kell after the raid.", True),  # its title's proper name
        ("Ode flew to Ostra on Monday.", True),  # its place
        ("Ode recalled the dead of 14 March.", True),  # its day
        ("Ode recalled the dead of March 14.", True),
        ("Ode flew to Delta for the naval drill.", False),  # near: none of them
        ("Ode recalled the dead of 14 May at Armed Forces Day.", False),
    ],
)
def test_a_piece_names_the_attack_by_its_place_its_names_or_its_day(text: str, told: bool) -> None:
    assert attack_told([DATED], text) is told
    assert (for_piece(_votes(DATED), [DATED], text).attack == "raid") is told


def _topics(body: str) -> dict[str, list[str]]:
    ties = PEOPLE._replace(
        statement="The people of Beta welcomed the guests.",
        quote="The people of Beta welcomed the guests warmly",
    )
    doc = Doc([], TOPICS, [Entity("beta", "Beta", "country")], [ties], [], [DATED])
    return {
        f["quote"]: f["topics"]
        for f in draft(f"Headline\n{body}\n", "a", doc, {}, "a", "9")["facts"]
    }


def test_a_piece_that_never_names_the_attack_files_its_mourning_by_its_words() -> None:
    """And the next line, with no votes of its own, takes the mourning line's topics, not
    the attack's."""
    mourning = "Ode offered condolences to the families of the people of Beta"
    drafted = _topics(f"{mourning}.\nOfficials agreed to share maps of the seabed.")
    assert drafted[mourning][0] == "ties"
    assert "raid" not in drafted["Officials agreed to share maps of the seabed"]
    named = "Ode offered condolences to the families of the people of Beta after the Kell raid"
    assert _topics(f"{named}.")[named][0] == "raid"  # near: the piece names the raid
