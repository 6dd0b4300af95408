"""Issue 24, first-topic misses by class (thirtieth session, s49-draft80): a sentence telling
its subject's office or career is filed where the fact base files the facts giving offices,
whatever else its words name (a former officer's force). Each with a near sentence that
keeps its reading. Invented people, bodies and sentences."""

from __future__ import annotations

import pytest

from defcoop_cli.curation.drafting.about.topics import proposed_topics, topic_votes
from defcoop_cli.curation.drafting.about.votes import TopicVotes
from defcoop_cli.curation.drafting.conflicts.asserted import tells_office
from defcoop_cli.factbase.records import Doc, Entity, Fact, Role, Topic


@pytest.mark.parametrize(
    "quote",
    [
        "Ilse Varga is Beta's Minister of Defence.",
        "He is the Defence Minister of Beta.",
        "He was reappointed to the defence portfolio in March; the ministry's site lists him.",
        "Varga, a former Coast Guard officer, returned to the post of defence minister in June.",
        "Tomas Quill had held the same portfolio once before, from 2010 to 2012.",
        "Varga, who heads Beta's Ministry of Defence, is a former Harbour Guard officer.",
        "Varga, a former Coast Guard officer, is serving her second stint as defence minister.",
        "Gen Quill returns to head Beta's defence ministry in the new cabinet.",
        # a post held or taken by its holder, a ministry headed, a cabinet joined
        "Tomas Quill took charge of the Harbour Ministry in May.",
        "Varga led the defence ministry for two years before the election.",
        "Varga went back to the defence ministry in the spring reshuffle.",
        "She took the post in May, after the election.",
        "Quill returned to the cabinet in June.",
        "Varga held a cabinet post twice.",
        # a source naming her by her office (s51-draft88)
        "On her title, one much-shared blog calls her Beta's Special Advisor for Ports.",
        "The Gamma readout referred to him throughout as the Minister of Defence of Beta.",
        # the naming ends the sentence, a time or a place after it (review 27a, 2)
        "Varga called him the Deputy Defence Minister of Beta during the talks.",
        "The Gamma side described her as Beta's Defence Minister in its statement.",
    ],
)
def test_a_sentence_whose_predicate_is_its_subjects_career_tells_an_office(quote: str) -> None:
    assert tells_office(quote)


@pytest.mark.parametrize(
    "quote",
    [
        "Varga, a former Coast Guard officer, knows the Delta Drill well.",  # near: his act
        "Defence Minister Ilse Varga condemned the raid on the port.",  # a title, no predicate
        "Varga held talks with the Defence Minister of Gamma in Kell.",
        "Varga was met at the steps by Beta's ambassador.",
        "The agreement was reached in talks between Defence Minister Varga and Quill.",
        "Today I held a Defence Ministers' Meeting with Minister Quill.",
        # a cabinet met, a post carried, a ministry visited, its delegation or plan led
        "Varga held a cabinet meeting on the drills after landing in Kell.",
        "Quill was in Kell as the cabinet debated the budget.",
        "She took the post to the harbour office in Kell.",
        "Varga returned to the defence ministry after the talks to brief officials.",
        "Quill headed to the ministry after landing.",
        "Varga led the defence ministry's delegation to the talks.",
        "Quill took the ministry's plan for larger drills to cabinet on Monday.",
        # named something else, or called on the telephone
        "Varga called him a friend of Beta.",
        "The Defence Minister called him on Monday about the drills.",
        "Analysts called the visit a snub to Gamma.",
        # an office named in passing: an act joined to it, a relative clause, praise (27a, 2)
        "Varga called him the Deputy Defence Minister of Beta and invited him to the drills.",
        "The Gamma admiral, who described him as Beta's Defence Minister, gave him a model ship.",
        "Quill called her a defence minister of rare skill and a friend of the Gamma navy.",
        "Varga called him Beta's Defence Minister during the talks but praised the exercise.",
    ],
)
def test_an_office_said_in_passing_tells_none(quote: str) -> None:
    assert not tells_office(quote)


TOPICS = [
    Topic("talks", "The meeting", "", "meeting", ("talks",), "the meeting"),
    Topic("drills", "Joint exercises", "", "cooperation", ("drills",)),
]
VARGA = Entity("varga", "Ilse Varga", "person", roles=(Role("Beta's Minister", "varga-post"),))
GUARD = Entity("coast-guard", "Coast Guard", "organisation")


def _fact(fid: str, topics: tuple[str, ...], entities: tuple[str, ...]) -> Fact:
    return Fact(fid, "S.", "background", "x", "reported", topics, entities, (), "q", "s", (0, 1))


def _votes() -> TopicVotes:
    """Varga's office filed under the talks; the Coast Guard named by three drills facts."""
    post = _fact("varga-post", ("talks",), ("varga",))
    guard = [_fact(f"f{n}", ("drills",), ("coast-guard",)) for n in range(3)]
    return topic_votes(Doc([], TOPICS, [VARGA, GUARD], [post, *guard], []))


def test_a_career_is_filed_with_the_offices_whatever_else_is_named() -> None:
    quote = "Varga, a former Coast Guard officer, returned to the defence portfolio in June."
    assert proposed_topics(["varga", "coast-guard"], quote, _votes()) == ["talks", "drills"]


def test_a_former_officer_doing_something_else_keeps_what_it_is_about() -> None:
    quote = "Varga, a former Coast Guard officer, praised the Coast Guard's drills."
    assert proposed_topics(["varga", "coast-guard"], quote, _votes())[0] == "drills"
