"""The party a clause that a channel reports opens with, acting ("Officials said Tokyo was
keen to send…": Japan; "…, the two countries would expand…": both), and whether the clause
is both parties' act to come ("the two sides will study…"): a commitment they made, agreed,
as both sides signalling a course is (R4 of tests/fixtures/CONVENTIONS.md); one party's
("Japan will send observers, the ministry stated"), or one side's channel's word on both
("Indian officials said the two sides would…"), stays what it reports. A wish that one's
own side act invites no one (`own_side_wish`). A subject owned by a name says through its
owner when it is a ministry or a ministry's message, and nobody when it is an occasion
("Monday's meeting suggests…": the writer's verdict; `owned_source`)."""

from __future__ import annotations

import re
from pathlib import Path

from defcoop_cli.curation.drafting.base.matchers import countries_matcher
from defcoop_cli.curation.drafting.entities import EntityMatcher, gazetteer
from defcoop_cli.curation.drafting.names.portfolio import by_portfolio
from defcoop_cli.curation.drafting.speakers import Reading, Speakers
from defcoop_cli.curation.drafting.verbs.phrases import TALKS
from defcoop_cli.curation.drafting.verbs.table import Verb
from defcoop_cli.factbase.vocab import THE_SOURCE, word_list

_MESSAGE_NOUNS = Path(__file__).parents[1] / "message_nouns.tsv"

# A clause whose subject does not act: "Nakatani is scheduled to travel", "is expected to",
# or is only described: "Japan was a special partner", "Tokyo is the largest investor".
_UNDERGOES = re.compile(
    r"\s*(?:is|was|are|were|has been|have been|had been)\s+"
    r"(?:\w+ed|due|set|likely|an?|the|one of|among)\b"
    r"|\s+(?:(?:is|are)\s+)?to\s+(?!be\b)[a-z]+\b"  # a plan: "X (is) to meet Y tomorrow"
    r"|\s*expect(?:s|ed)?\s+to\b",  # and his own: "Nakatani expects to see Singh again"
    re.I,
)
# What is set off after the name, no part of the clause's act: "Nakatani, who arrived on
# Sunday, is scheduled to…", "Nakatani, a former officer, is due to…".
_SET_OFF = re.compile(r"\s*,\s+(?:who|whose|an?|the)\s[^,]{1,80},")
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
    after = at + found[0][2] if found else 0
    after = set_off.end() if found and (set_off := _SET_OFF.match(clause, after)) else after
    if not found or found[0][1] != 0 or _UNDERGOES.match(clause, after):
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


# A message a body issued, named by its owner: "the Defence Ministry's statement", "the
# Foreign Ministry's readout" (the message's noun, message_nouns.tsv, last).
_ISSUED = re.compile(r"(?P<owner>.+?)['’]s\s+(?P<noun>[a-z]+)")


def ministry_country(part: str, matcher: EntityMatcher) -> str | None:
    """The country whose ministry by its portfolio `part` names ("Japan's foreign ministry":
    Japan, R8), when the fact base has it; a ministry's message ("the Defence Ministry's
    statement") the ministry's, by its name as when it says a thing itself ("the defence
    ministry", a definite source, R9; its country's where it names one); else None."""
    issued = _ISSUED.fullmatch(part.strip())
    if issued and issued["noun"] in word_list(_MESSAGE_NOUNS):
        owner = issued["owner"]
        definite = owner.lower().startswith("the ")
        name = owner[4:] if definite else owner
        if not re.search(r"['’]", owner) and by_portfolio(name.split()):
            return f"the {name.lower()}" if definite else name
        return ministry_country(owner, matcher)  # "Japan's defence ministry's statement"
    owner = re.search(r"['’]s\s", part)
    if owner is None or not by_portfolio(part[owner.end() :].split()):
        return None
    whose = matcher.find(part[: owner.start()])
    return country_named(matcher, whose[0][0]) if len(whose) == 1 else None


# An occasion as the subject, owned by its day or a party: "Monday's meeting suggests…",
# "Beta's visit to Kell shows…" (the talks' own acts, "Monday's talks covered…", are read
# before; "Beta's talks team" is a body, its noun last).
_OCCASION = re.compile(
    rf"[^'’]*['’]s\s+(?:[a-z-]+\s+){{0,2}}(?:{'|'.join(TALKS)}|summit|trip)"
    r"(?:\s+(?:in|at|on|to|with|between|of)\s.*)?\s*",
    re.S,
)


def owned_source(part: str, matcher: EntityMatcher) -> str:
    """Who says what a subject owned by a name says ("Veloria's defence ministry said"): a
    ministry or its message, its country or its name (`ministry_country`); an occasion
    (`_OCCASION`) no one, the writer's verdict of it, the source's own voice (R5, R35); any
    other, the subject as written."""
    if _OCCASION.fullmatch(part):
        return THE_SOURCE
    return ministry_country(part, matcher) or part


# A wish or a hope that a party act ("was keen to see Japanese firms join…", "hoped Japanese
# firms would…": the lexicon's invitations by wish), and the party's first words: one
# country's ("Japanese firms") or both sides' ("the two countries", "both sides", "Indian
# and Japanese firms": two names joined, `_PAIR`).
_WISHED = re.compile(
    r"(?:was|were|is|are)\s+(?:also\s+)?(?:keen|eager|anxious)\s+to\s+see$"
    r"|(?:(?:expressed|voiced|conveyed)\s+\w+\s+hope\s+that|hop(?:ed|es)(?:\s+that)?"
    r"|would\s+like|ma(?:de|kes)\s[^;.]{0,90}?\bpitch\b[^;.]{0,70}?\sthat)$"  # "… pitch that"
)
_PAIR = re.compile(r"\s*(?:the\s+)?[A-Z][\w'’-]*\s+and\s+[A-Z][\w'’-]*\b")
_BOTH_SIDES = re.compile(r"\s*(?:both|the\s+two)\s+(?:countries|sides|nations|governments)\b")


def own_side_wish(sentence: str, hit: Verb | None, r: Reading, speakers: Speakers) -> Reading:
    """A wish or a hope that a party act which asks nothing of another, reported: the party
    is the wisher's own country's ("Nakatani was keen to see Japanese firms join…") or both sides
    ("… to see the two countries move faster"); a host's wish that the guest's firms invest
    invites them (R30 of tests/fixtures/CONVENTIONS.md). Else the reading as it is."""
    if hit is None or not _WISHED.match(hit.match.group()):
        return r
    rest = sentence[hit.match.end() :]
    country = speakers.country_of(r.attribution)
    countries = countries_matcher(speakers.matcher)
    theirs = country is not None and countries.ids(" ".join(rest.split()[:3])) == [country]
    # both countries' firms named, the wisher's with the other's: "Indian and Japanese firms"
    pair = _PAIR.match(rest)
    both = (
        pair is not None
        and country in countries.ids(pair.group())
        and len(set(countries.ids(pair.group()))) == 2
    )
    if not (theirs or both or _BOTH_SIDES.match(rest)):
        return r
    return r._replace(kind="position", stance="reported", rule=f"{r.rule}; a wish for its side")
