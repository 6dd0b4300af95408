"""Issue 24, first-topic misses by class (thirty-second session, s51-draft88): a sentence
denying only that the talks produced a signed document is filed under the meeting's topic,
whatever its words vote for; a denial naming what it is about, or saying more in another
clause, keeps its reading. Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest
from drafting_world import TOPICS, yard_votes

from defcoop_cli.curation.drafting.about.framing import for_piece, meeting_told, nothing_signed
from defcoop_cli.curation.drafting.about.topics import proposed_topics, topic_votes
from defcoop_cli.factbase.records import Doc, Event


@pytest.mark.parametrize(
    "sentence",
    [
        "No pact or memorandum was signed during the visit.",
        "Nothing was signed.",
        "No new accord was signed on Tuesday, one aide said.",
        "No agreements were signed, according to the two navies.",
        "No document was signed, and none was planned",
        "Beta's envoy confirmed that no treaty had been signed this time.",
        "What the statements leave out is a deliverable: no agreement was signed.",
        "No agreement was signed, as far as the public record shows.",
    ],
)
def test_a_bare_denial_of_a_signing_is_the_occasions(sentence: str) -> None:
    assert nothing_signed(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "No agreement on shipbuilding was signed.",  # what it is about, named
        "No contract was signed, and the yard laid off forty welders.",  # another clause
        "No pact was signed during the visit, and I will not guess at what comes next.",
        "No agreement was signed; the two sides agreed to study a joint frigate.",
        "Analysts say the talks stalled because no agreement was signed.",  # a view's reason
        "The two ministers signed no agreement but set up a working group on drones.",
        # its source after a comma, then a clause of why or what comes (review 27a, 6)
        "No agreement was signed, one aide said, because Beta wanted time to study the offer.",
        "No formal pact was signed, according to the wire, though a memorandum is due in May.",
    ],
)
def test_a_denial_saying_more_keeps_its_reading(sentence: str) -> None:
    assert not nothing_signed(sentence)


def test_it_is_filed_under_the_meeting_whatever_its_words_vote_for() -> None:
    votes = yard_votes("agreement")  # the denial's word votes for the yards
    assert proposed_topics([], "No agreement was signed during the visit", votes)[0] == "talks"
    assert proposed_topics([], "No agreement on the yards was signed", votes)[0] == "yards"
    # a view keeps the assessment's order (the writer's own reading)
    assert proposed_topics([], "Nothing was signed", votes, view=True)[0] == "verdicts"


MET = Event(
    "kell-talks",
    "meeting",
    "Ilse Varga and Tomas Quill meet in Port Kell",
    date(2031, 3, 14),
    None,
    "Port Kell",
)


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("Varga and Quill met in Port Kell. No agreement was signed.", True),  # its parties
        ("Quill flew home from Kell on Monday.", True),  # a party and the place
        ("Quill said nothing was signed at the talks of March 14.", True),  # a party, its day
        # another occasion (R38, review 27a, 6): a trade visit naming none; one party's
        # other trip; the place's short word alone
        ("A delegation of forty Beta firms toured Ostra. Nothing was signed.", False),
        ("Quill toured the Ostra yards. No agreements were signed during the visit.", False),
        ("The Port Authority met on Monday. No pact was signed.", False),
        ("Nothing was signed at the fair on 14 March.", False),
    ],
)
def test_a_piece_names_the_meeting_by_two_of_its_names(text: str, told: bool) -> None:
    assert meeting_told([MET], text) is told
    votes = for_piece(topic_votes(Doc([], TOPICS, [], [], [])), [MET], text)
    assert (votes.occasion == "talks") is told
