"""Who speaks in a brief's points, and whether two facts say one thing, by what the fact
base knows: the entities a fact's attribution names (by name or alias), the event's
parties, and the entities the fact names.

A point is what a party did or said. A fact whose speakers are all people the fact base
knows, none of them a party (an analyst, an expert, a columnist quoted by a report), is a
view on the event, not a party's position: it is no point. Facts that no claim links are
told once when they clearly say one thing: the same stance, the same speakers (each a
known entity), the same object (the entities they name that are neither a speaker, a
party nor a place, one at least), from sources none of the others' facts come from. A
condemnation or concern that names no object ("denounced the killings") is the one point
of its report and stance that it points back at, when there is one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from defcoop_cli.factbase.records import Entity, Fact
from defcoop_cli.factbase.vocab import commentator_nouns

# "Rajnath Singh and Gen Nakatani", "India, Japan": an attribution's speakers
_JOINED = re.compile(r"\s*(?:,|\band\b|&)\s*")
# The entities that speak: an attribution naming a place, an exercise or a programme names
# no speaker the fact base knows.
SPEAKER_TYPES = ("person", "organisation", "country")
# Unnamed commentators, by their noun (R5, R9 of tests/fixtures/CONVENTIONS.md): a view on
# the event, never a party's act ("Several participants flagged concern…" at a round table).
_COMMENTATORS = re.compile(
    rf"^(?:unnamed |several |some |many |one )?(?:[a-z-]+ )?"
    rf"(?:{commentator_nouns(singular=True, market=True)})"
    r"(?: (?:in|from|at|of|we) [a-z ]+)?$"
    # a round table's participants, not the talks' ("indian participants", "participants
    # in the talks": the delegates)
    r"|^(?:unnamed|several|some|many) participants(?: (?:at|of) (?:the |a )?(?:round[- ]?table"
    r"|seminar|panel|conference|workshop|webinar|event|session))?$"
    r"|^(?:unnamed |one )?former [a-z ]+$"  # "former ambassador": no party to the talks now
)


def speakers_among(entities: Iterable[Entity], facts: Iterable[Fact]) -> list[str]:
    """The entities that speak (SPEAKER_TYPES) whose name or alias an attribution of the
    facts gives, whole or as one of its speakers ("Rajnath Singh and Gen Nakatani"): those
    a brief reads, not every one of the base (reading each made the brief grow with it)."""
    said = set()
    for f in facts:
        whole = f.attribution.strip()
        said |= {n.casefold() for n in (whole, *_JOINED.split(whole)) if n}
    return [
        e.id
        for e in entities
        if e.type in SPEAKER_TYPES and {n.casefold() for n in (e.name, *e.aliases)} & said
    ]


class Parties:
    """The parties of what is briefed (entity ids) and the entities speakers are named by
    (those of SPEAKER_TYPES)."""

    def __init__(self, parties: Iterable[str], entities: Iterable[Entity]) -> None:
        self.parties = frozenset(parties)
        self.types: dict[str, str] = {}
        self.by_name: dict[str, str | None] = {}  # None: a name two entities go by
        for e in entities:
            self.types[e.id] = e.type
            names = (e.name, *e.aliases) if e.type in SPEAKER_TYPES else ()
            for name in {n.casefold() for n in names}:
                self.by_name[name] = e.id if self.by_name.get(name, e.id) == e.id else None

    def speakers(self, attribution: str) -> frozenset[str] | None:
        """The entities an attribution names, each of its speakers one; None when one of
        them is none the fact base knows ("the minister", "a senior official") or two of
        its entities go by the name. A name that holds "and" or a comma ("Ministry of
        Economy, Trade and Industry") is one speaker."""
        whole = self.by_name.get(attribution.strip().casefold())
        if whole is not None:
            return frozenset((whole,))
        found = []
        for part in _JOINED.split(attribution.strip()):
            if part:
                entity = self.by_name.get(part.casefold())
                if entity is None:
                    return None
                found.append(entity)
        return frozenset(found) or None

    def outsider(self, fact: Fact) -> bool:
        """Whether every speaker of the fact is a person the fact base knows and none is a
        party: a commentator's view, not a party's position. Only when a party is a person:
        parties that are countries alone (an exercise's "India, Japan") do not tell a
        commentator from a minister who speaks for one of them. Unnamed commentators
        ("unnamed participants" of a round table, "analysts in Delhi", "former ambassador")
        are outsiders whatever the parties."""
        if _COMMENTATORS.search(fact.attribution):
            return True
        speakers = self.speakers(fact.attribution)
        return (
            any(self.types.get(p) == "person" for p in self.parties)
            and speakers is not None
            and all(self.types.get(s) == "person" for s in speakers)
            and not speakers & self.parties
        )

    def said(self, fact: Fact) -> tuple[str, frozenset[str], frozenset[str]] | None:
        """What a fact says, as far as the fact base tells: (stance, speakers, object); None
        when its speakers or its object are not known."""
        speakers = self.speakers(fact.attribution)
        if speakers is None:
            return None
        about = frozenset(
            e
            for e in fact.entities
            if e not in speakers and e not in self.parties and self.types.get(e) != "place"
        )
        return (fact.stance, speakers, about) if about else None


def told_once(groups: Sequence[list[Fact]], parties: Parties) -> list[list[Fact]]:
    """The groups of a claim's facts (a fact no claim links is one alone), each fact no
    claim links put with the first group before it that says the same (as `said` tells,
    by any of its facts): one thing told once, its reports counted (a report that says it
    twice counts once), no claim made."""
    out: list[list[Fact]] = []
    for group in groups:
        alone = group[0] if len(group) == 1 and not group[0].claim else None
        said = parties.said(alone) if alone is not None else None
        same = next((g for g in out if said is not None and _says(g, said, parties)), None)
        if same is None and alone is not None and said is None:
            same = _antecedent(alone, out, parties)
        if same is not None and alone is not None:
            same.append(alone)
        else:
            out.append(list(group))
    return out


# Stances whose second telling in a report may name no object ("denounced the killings",
# "voiced concern over the same trend"): it points back at what the report condemned.
_POINTING_BACK = frozenset(("condemned", "raised concern"))


def _antecedent(fact: Fact, groups: Sequence[list[Fact]], parties: Parties) -> list[Fact] | None:
    """The one group a condemnation or concern that names no object points back at: the
    one of its stance that its own report tells (whoever the report says spoke: "the
    Japanese delegation condemned the attack", then "Nakatani denounced the killings");
    None when there is none or more than one (which it means is not told)."""
    if fact.stance not in _POINTING_BACK or _object(fact, parties):
        return None
    found = [
        g for g in groups if any(f.source == fact.source and f.stance == fact.stance for f in g)
    ]
    return found[0] if len(found) == 1 else None


def _object(fact: Fact, parties: Parties) -> bool:
    """Whether a fact names an entity that is neither a speaker, a party nor a place."""
    speakers = parties.speakers(fact.attribution) or frozenset()
    return any(
        e not in speakers and e not in parties.parties and parties.types.get(e) != "place"
        for e in fact.entities
    )


def _says(
    group: Sequence[Fact], said: tuple[str, frozenset[str], frozenset[str]], parties: Parties
) -> bool:
    return any(parties.said(f) == said for f in group)
