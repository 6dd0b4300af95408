"""Issue 24, first-topic misses by class (thirtieth session, s49-draft80): a sentence making
a claim filed under one subject (a cooperation or regional topic) while it names another by
that topic's own name, and none of the claim's, leads with what it names ("agreed to deepen
cooperation in shipbuilding", making the claim of an agreement on drills). Near cases: a
claim of the occasion or a view, a sentence naming the claim's own subject, a sentence
naming no subject. Invented topics, facts and sentences."""

from __future__ import annotations

from defcoop_cli.curation.drafting.about.topics import claim_topics, topic_votes
from defcoop_cli.curation.drafting.about.votes import TopicVotes
from defcoop_cli.factbase.records import Doc, Fact, Topic

TOPICS = [
    Topic("talks", "The meeting", "", "meeting", ("talks",), "the meeting"),
    Topic("drills", "Joint exercises", "", "cooperation", ("drills",), "joint exercises"),
    Topic("yards", "Shipbuilding", "", "cooperation", ("shipbuilding",), "shipbuilding"),
    Topic("view", "The article's view", "", "assessment", ("assessment",)),
]


def _votes() -> TopicVotes:
    fact = Fact("f1", "S.", "position", "x", "reported", ("drills",), (), (), "q", "s", (0, 1))
    return topic_votes(Doc([], TOPICS, [], [fact], []))


def test_a_subject_named_leads_a_claim_filed_under_another() -> None:
    quote = "The ministers agreed to deepen cooperation in shipbuilding."
    assert claim_topics(["drills"], ["yards"], quote, _votes()) == ["yards", "drills"]


def test_the_claims_subject_leads_where_the_sentence_names_it_too() -> None:
    quote = "The ministers agreed to widen the drills and cooperation in shipbuilding."
    assert claim_topics(["drills"], ["yards", "drills"], quote, _votes())[0] == "drills"


def test_the_claims_subject_leads_where_the_sentence_names_none() -> None:
    quote = "The ministers agreed to deepen their cooperation."
    assert claim_topics(["drills"], ["yards"], quote, _votes()) == ["drills", "yards"]


def test_a_claim_of_the_occasion_or_a_view_leads_whatever_is_named() -> None:
    quote = "The talks ranged from drills to shipbuilding."
    assert claim_topics(["talks"], ["yards"], quote, _votes())[0] == "talks"
    quote = "The ties have grown, though shipbuilding lags."
    assert claim_topics(["view"], ["yards"], quote, _votes())[0] == "view"
