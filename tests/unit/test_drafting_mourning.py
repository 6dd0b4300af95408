"""Issue 24, first-topic misses by class (thirtieth session, s49-draft80): a sentence mourning
the dead (condolences, sympathy, grief, the bereaved) is filed first under the topic the fact
base's attack is named for, whatever else its words name ("the people of Beta": wider ties);
a view keeps the assessment first, and a base with no attack names none. Invented topics,
events and sentences."""

from __future__ import annotations

import pytest

from defcoop_cli.curation.drafting.framing import mourns
from defcoop_cli.curation.drafting.topics import TopicVotes, proposed_topics, topic_votes
from defcoop_cli.factbase.records import Doc, Event, Fact, Topic

TOPICS = [
    Topic("talks", "The meeting", "", "meeting", ("talks",), "the meeting"),
    Topic("raid", "The Kell raid", "", "regional", ("Kell",), "the Kell raid"),
    Topic("ties", "Wider ties", "", "cooperation", ("people-to-people",)),
    Topic("view", "The article's view", "", "assessment", ("assessment",)),
]
RAID = Event("kell-raid", "attack", "Armed raid on the Kell ferry", None)


def _votes(*events: Event) -> TopicVotes:
    people = Fact(
        "f1", "S.", "position", "x", "reported", ("ties",), ("beta",), (), "q", "s", (0, 1)
    )
    return topic_votes(Doc([], TOPICS, [], [people], [], list(events)))


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
