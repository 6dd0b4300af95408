"""Topics: each candidate's proposed topics, voted for by the facts the fact base has.

The topics of existing facts that share the candidate's entities or keywords, best first
(at most two: a second only when it has at least SECOND_TOPIC_SHARE of the first's votes).
Editorial topics are never proposed by vote.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from typing import NamedTuple

from defcoop_cli.factbase.records import Doc
from defcoop_cli.factbase.vocab import is_editorial_group

# A second topic is proposed when its votes are at least this share of the first's
# (leave-one-out on the shipped base: the second is right 27 % of the time at 0.5, 18 %
# when always proposed).
SECOND_TOPIC_SHARE = 0.5


class TopicVotes(NamedTuple):
    """For each entity id, and each keyword (normalised), the topics of the facts naming it,
    and how many facts name it (`facts`, keyed like the tables); `total`: all the facts."""

    entities: dict[str, Counter[str]]
    words: dict[str, Counter[str]]  # one-word keywords
    phrases: dict[str, Counter[str]]  # keywords of several words
    facts: Counter[str]
    total: int


def topic_votes(doc: Doc) -> TopicVotes:
    """The votes of the fact base's facts (their editorial topics left out)."""
    from defcoop_cli.lookup.search.text import normalise

    votes = TopicVotes({}, {}, {}, Counter(), len(doc.facts))
    editorial = {t.id for t in doc.topics if is_editorial_group(t.group)}
    for f in doc.facts:
        topics = [t for t in f.topics if t not in editorial]
        keys = set()
        for e in f.entities:
            votes.entities.setdefault(e, Counter()).update(topics)
            keys.add(f"entity:{e}")
        for k in f.keywords:
            key = normalise(k)
            table = votes.phrases if " " in key else votes.words
            if key:
                table.setdefault(key, Counter()).update(topics)
                keys.add(key)
        votes.facts.update(keys)
    return votes


def proposed_topics(entities: Sequence[str], quote: str, votes: TopicVotes) -> list[str]:
    """At most two topics: those of the existing facts that share the candidate's entities
    or keywords, best first. Each shared name or keyword votes for the topics of the facts
    that have it, in proportion, weighted by how rare it is (its inverse document
    frequency): "India", named by most facts, says little; "UNCLOS" says much."""
    from defcoop_cli.lookup.search.text import normalise

    tally: dict[str, float] = {}

    def vote(key: str, topics: Counter[str] | None) -> None:
        df = votes.facts.get(key, 0)
        if topics and df:
            weight = math.log((1 + votes.total) / df) / df
            for topic, n in topics.items():
                tally[topic] = tally.get(topic, 0.0) + n * weight

    for e in dict.fromkeys(entities):
        vote(f"entity:{e}", votes.entities.get(e))
    said = normalise(quote)
    for word in set(said.split()):
        vote(word, votes.words.get(word))
    padded = f" {said} "
    for phrase, topics in votes.phrases.items():
        if f" {phrase} " in padded:
            vote(phrase, topics)
    ranked = sorted(tally.items(), key=lambda x: (-x[1], x[0]))
    if not ranked:
        return []
    best = ranked[0][1]  # a second topic only when it is nearly as well supported
    return [t for t, score in ranked[:2] if score >= SECOND_TOPIC_SHARE * best]
