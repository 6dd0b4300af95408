"""Issue 24, first-topic misses by class (thirty-second session, s51-draft93): a host's own
news of a visit. A visiting party's stay or journey, and a gift of the visit (s54-draft100),
are filed under the meeting's topic,
whatever its words vote for; the writer's own gladness or thanks in the first person is a
view, filed under the assessment first. Near cases keep their reading. Invented sentences."""

from __future__ import annotations

import pytest
from drafting_world import yard_votes

from defcoop_cli.curation.drafting.about.framing import judges_occasion, visit_gift, visitors_stay
from defcoop_cli.curation.drafting.about.topics import proposed_topics


@pytest.mark.parametrize(
    "sentence",
    [
        "The delegation of 24 stayed at the lodge for three nights.",
        "Our guests flew home to Beta on the Friday evening.",
        "The visiting party left for the coast after breakfast.",
        "Beta's delegation arrived on Sunday, a day early.",
        "The visitors were put up in the garden wing.",
    ],
)
def test_a_visiting_partys_stay_or_journey_is_the_occasions(sentence: str) -> None:
    assert visitors_stay(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The delegation agreed to expand the shipyard programme.",  # the talks' subject
        "Officials said the delegation had stayed away from the dispute.",  # not its subject
        "The two navies' ships arrived at the harbour for a drill.",  # no visiting party
    ],
)
def test_a_partys_talks_or_others_journeys_keep_their_reading(sentence: str) -> None:
    assert not visitors_stay(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "We are proud to have welcomed the two delegations.",
        "I was honoured that the envoys chose our hall.",
        "We are truly grateful to everyone who made the week possible.",
    ],
)
def test_the_writers_own_gladness_is_a_view(sentence: str) -> None:
    assert judges_occasion(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "We are pleased to announce that Alpha and Beta signed a shipyard pact.",  # news
        "They are glad to have signed the pact.",  # a party's, not the writer's
        "We stayed in the city for the talks.",
    ],
)
def test_an_announcement_or_anothers_gladness_is_no_view_of_the_writer(sentence: str) -> None:
    assert not judges_occasion(sentence)


def test_a_stay_is_filed_under_the_meeting_whatever_its_words_vote_for() -> None:
    votes = yard_votes("delegation", "lodge")  # the stay's words vote for the yards
    stay = "The delegation of 24 stayed at the lodge for three nights."
    assert proposed_topics([], stay, votes)[0] == "talks"
    assert proposed_topics([], "The delegation toured the lodge's yards.", votes)[0] == "yards"
    assert proposed_topics([], stay, votes, view=True)[0] == "verdicts"  # a view keeps its own


@pytest.mark.parametrize(
    "sentence",
    [
        "The souvenir was handed to the state archive a week later.",
        "Yes; the case and its card came with the memento from the visitors.",
        "Ilse Varga picked the gift herself, her staff said.",
        "The two envoys exchanged keepsakes at the lodge.",
    ],
)
def test_a_gift_of_the_visit_is_the_occasions(sentence: str) -> None:
    assert visit_gift(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Beta confirmed the gift of two patrol boats to Alpha's coast guard.",  # a transfer
        "The yards gifted a crane to the port.",  # no gift of the visit named
        "Ilse Varga presented the shipyard plan.",
    ],
)
def test_a_transfer_of_equipment_or_a_plan_is_no_gift_of_the_visit(sentence: str) -> None:
    assert not visit_gift(sentence)


def test_a_gift_is_filed_under_the_meeting_whatever_its_words_vote_for() -> None:
    votes = yard_votes("delegation", "lodge")  # the words vote for the yards
    gift = "The memento came from the delegation at the lodge."
    assert proposed_topics([], gift, votes)[0] == "talks"
    assert proposed_topics([], "The delegation toured the lodge's yards.", votes)[0] == "yards"
