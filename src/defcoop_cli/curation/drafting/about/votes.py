"""The topics' votes a draft's facts are filed by: what the fact base's topics hold, by
entity, keyword and quote (about/topics.topic_votes tallies them)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple


class TopicVotes(NamedTuple):
    """For each entity id, and each keyword (normalised), the topics of the facts naming it,
    and how many facts name it (`facts`, keyed like the tables); `total`: all the facts."""

    entities: Mapping[str, Mapping[str, int]]  # dicts: counted, or kept (claims.whole)
    words: Mapping[str, Mapping[str, int]]  # one-word keywords
    phrases: Mapping[str, Mapping[str, int]]  # keywords of several words
    facts: Mapping[str, int]
    total: int
    names: dict[tuple[str, ...], str]  # a topic's name or alias, as stems -> the topic
    own_voice: frozenset[str]  # the topics only the article's own voice is filed under
    people: frozenset[str]  # the entity ids of persons and countries: the parties
    quoted: Mapping[str, Mapping[str, int]]  # the stems of the facts' quotes
    titles: frozenset[str] = frozenset()  # keywords only of the facts giving offices
    places: frozenset[str] = frozenset()  # the ids of places, and the keywords naming one
    office: str | None = None  # the topic the facts giving people their offices are filed under
    subjects: frozenset[str] = frozenset()  # the topics of SUBJECT_GROUPS
    attack: str | None = None  # the topic an attack's event is named for (`attack_topic`)
    occasion: str | None = None  # the topic of the meeting group: the talks as an occasion
    drafted: Mapping[str, tuple[str, ...]] | None = None  # base.curated's: they vote none
