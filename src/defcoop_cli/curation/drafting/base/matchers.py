"""The entity matchers a draft makes of the merged base's entities, each made once (issue
26): a matcher of the countries alone, which every `speakers.Speakers` of a matcher asks
for (the editorial reading makes one for each sentence it reads, and each made its own:
at 100,000 facts four matchers a draft, some 0.1 s). The same matcher, of the same
entities, so the same names are found."""

from __future__ import annotations

from weakref import WeakKeyDictionary

from defcoop_cli.curation.drafting.entities import EntityMatcher

_COUNTRIES: WeakKeyDictionary[EntityMatcher, EntityMatcher] = WeakKeyDictionary()


def countries_matcher(matcher: EntityMatcher) -> EntityMatcher:
    """A matcher of matcher's countries alone (its entities of type "country"), made the
    first time one is asked for and kept while matcher lives."""
    found = _COUNTRIES.get(matcher)
    if found is None:
        countries = (e for e in matcher.entities.values() if e.type == "country")
        found = _COUNTRIES[matcher] = EntityMatcher(countries)
    return found
