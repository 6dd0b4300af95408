"""The entity matchers a draft makes of the merged base's entities, each made once (issue
26): a matcher of the countries alone, which every `speakers.Speakers` of a matcher asks
for (the editorial reading makes one for each sentence it reads, and each made its own:
at 100,000 facts four matchers a draft, some 0.1 s). The same matcher, of the same
entities, so the same names are found. And each entity's countries (`countries_of`), which
the claim finder and the conflicts' people read."""

from __future__ import annotations

from weakref import WeakKeyDictionary

from defcoop_cli.curation.drafting.entities import EntityMatcher
from defcoop_cli.factbase.records import Doc

_COUNTRIES: WeakKeyDictionary[EntityMatcher, EntityMatcher] = WeakKeyDictionary()


def countries_matcher(matcher: EntityMatcher) -> EntityMatcher:
    """A matcher of matcher's countries alone (its entities of type "country"), made the
    first time one is asked for and kept while matcher lives."""
    found = _COUNTRIES.get(matcher)
    if found is None:
        countries = (e for e in matcher.entities.values() if e.type == "country")
        found = _COUNTRIES[matcher] = EntityMatcher(countries)
    return found


def countries_of(doc: Doc) -> dict[str, frozenset[str]]:
    """Each entity's countries: a country its own; another entity's, the countries its
    name, aliases and roles name ("Japanese delegation", "India's Defence Minister")."""
    nations = EntityMatcher(e for e in doc.entities if e.type == "country")
    out = {}
    for e in doc.entities:
        if e.type == "country":
            out[e.id] = frozenset({e.id})
            continue
        words = " ; ".join([e.name, *e.aliases, *(r.text for r in e.roles)])
        named = set(nations.ids(words))
        if named:
            out[e.id] = frozenset(named)
    return out
