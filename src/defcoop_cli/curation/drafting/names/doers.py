"""The party a clause that a channel reports opens with, acting ("Officials said Tokyo was
keen to send…": Japan; "…, the two countries would expand…": both), and whether the clause
is both parties' act to come ("the two sides will study…"): a commitment they made, agreed,
as both sides signalling a course is (R4 of tests/fixtures/CONVENTIONS.md); one party's
("Japan will send observers, the ministry stated"), or one side's channel's word on both
("Indian officials said the two sides would…"), stays what it reports."""

from __future__ import annotations

import re

from defcoop_cli.curation.drafting.entities import EntityMatcher, gazetteer
from defcoop_cli.curation.drafting.names.portfolio import by_portfolio
from defcoop_cli.curation.drafting.speakers import Speakers

# A clause whose subject does not act: "Nakatani is scheduled to travel", "is expected to",
# or is only described: "Japan was a special partner", "Tokyo is the largest investor".
_UNDERGOES = re.compile(
    r"\s*(?:is|was|are|were|has been|have been|had been)\s+"
    r"(?:\w+ed|due|set|likely|an?|the|one of|among)\b",
    re.I,
)
_AND = re.compile(r"\s+and\s+")
# Both parties to act: "the two countries would expand", "both sides will also study" (not
# "would be", "will have", "would not": no act).
_BOTH_WILL = re.compile(
    r"\s*(?:both|the\s+two)\s+[a-z]+\s+(?:would|will|shall)\s+(?:(?:also|jointly|now|\w+ly)\s+)?"
    r"(?!(?:be|have|not|never)\b)[a-z]+\b",
    re.IGNORECASE,
)


def both_to_act(clause: str, speakers: Speakers) -> str | None:
    """The two parties, when the clause is their act to come ("the two sides will study…")."""
    if not _BOTH_WILL.match(clause):
        return None
    return speakers.group(" ".join(clause.split()[:3]))


def doer(clause: str, speakers: Speakers) -> tuple[str, bool] | None:
    """The party the clause opens with, acting: a known person, a country or its capital
    ("Tokyo was keen to send…": Japan); None for any other, or one that undergoes."""
    if group := speakers.group(" ".join(clause.split()[:3])):  # "the two sides would…"
        return group, False
    opening = re.match(r"\s*(?:the\s+)?", clause)
    at = opening.end() if opening else 0
    found = speakers.matcher.find(clause[at:])
    if not found or found[0][1] != 0 or _UNDERGOES.match(clause, at + found[0][2]):
        return None
    if len(found) > 1 and _AND.fullmatch(clause[at:], found[0][2], found[1][1]):
        return None  # "Japan and India will hold…": no one party's act (R4: a channel's word)
    eid = found[0][0]
    if eid in speakers.people:
        return speakers.matcher.entities[eid].name, True
    country = country_named(speakers.matcher, eid)
    return (country, False) if country else None


def country_named(matcher: EntityMatcher, eid: str) -> str | None:
    """The country an entity names: itself, or the country whose capital it is ("Delhi
    and Tokyo reaffirmed…": India and Japan), when the fact base has that country."""
    e = matcher.entities[eid]
    if e.type == "country":
        return e.name
    country = gazetteer().capitals.get(e.name) if e.type == "place" else None
    ids = matcher.ids(country) if country else []
    return matcher.entities[ids[0]].name if ids else None


def ministry_country(part: str, matcher: EntityMatcher) -> str | None:
    """The country whose ministry by its portfolio `part` names ("Japan's foreign ministry":
    Japan, R8), when the fact base has it; else None."""
    owner = re.search(r"['’]s\s", part)
    if owner is None or not by_portfolio(part[owner.end() :].split()):
        return None
    whose = matcher.find(part[: owner.start()])
    return country_named(matcher, whose[0][0]) if len(whose) == 1 else None
