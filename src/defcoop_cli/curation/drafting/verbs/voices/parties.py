"""The party a subject names, read last: the fact base's entity a subject is, all of it ("the
Indian Army"), and the people, countries or generic source it names ("The Japanese
delegation", "Singh and Nakatani", "Tokyo", "Strategic analysts in Delhi"). Attribution
(`drafting/attribution.py`) asks these after its rules by the sentence's form.
"""

from __future__ import annotations

import re

from defcoop_cli.curation.drafting.entities import EntityMatcher
from defcoop_cli.curation.drafting.places.before import placed_before
from defcoop_cli.curation.drafting.speakers import Speakers
from defcoop_cli.curation.drafting.unnamed.doers import country_named
from defcoop_cli.curation.drafting.unnamed.unnamed import GENERIC, GENERIC_GROUP, source_name
from defcoop_cli.curation.drafting.verbs.voices.subjects import bare

_DELEGATION = re.compile(r"\b(?:the\s+)?([A-Z][\w-]+)\s+delegation\b")


def known_whole(text: str, speakers: Speakers) -> tuple[str, bool] | None:
    """The fact base's entity that text is, all of it ("the Indian Army"), and if a person."""
    text = re.sub(r"^[Tt]he\s+", "", text.strip())
    found = speakers.matcher.find(text)
    if len(found) == 1 and found[0][1] == 0 and found[0][2] == len(text):
        eid = found[0][0]
        return speakers.matcher.entities[eid].name, eid in speakers.people
    return None


def party_named(subject: str, matcher: EntityMatcher, people: frozenset[str]) -> str | None:
    """The party a subject names when no rule before found its speaker: a delegation, the
    fact base's people (two at most), its countries (a capital stands for its country), or
    a generic source in its own words ("Strategic analysts in Delhi")."""
    if delegation := _DELEGATION.search(subject):
        return f"{delegation.group(1)} delegation"
    ids = matcher.ids(subject)
    persons = [matcher.entities[i].name for i in ids if i in people]
    if len(persons) >= 2:
        return f"{persons[0]} and {persons[1]}"
    if persons:
        return persons[0]
    countries: list[str] = []
    for i, a, _ in matcher.find(subject):  # a capital as a subject is its country
        name = country_named(matcher, i) if not placed_before(subject[:a]) else None
        if name and name not in countries:
            countries.append(name)
    if len(countries) >= 2:
        return f"{countries[0]} and {countries[1]}"
    if len(countries) == 1 and subject.strip().split()[-1:] != ["the"]:
        return countries[0]
    generic = GENERIC.search(subject)
    if generic and GENERIC_GROUP.fullmatch(bare(subject)):  # "Strategic analysts in Delhi"
        return source_name(bare(subject))
    return source_name(generic.group()) if generic else None
