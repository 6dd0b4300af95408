"""Other forms of the fact base's own names, so that drafting links a known entity however an
article writes it: British or American spelling ("Defence"/"Defense", "organisation"/
"organization", "programme"/"program"), "X of Y" turned round ("Ministry of Defence" /
"Defence Ministry"), a people's adjective for its country ("Japanese army" / "Japan's army" /
"army of Japan"), a place of two regions joined by either alone ("Kashmir" for "Jammu and
Kashmir"), a sea's name in the plural that two seas share ("the East and South China Seas"),
without a leading article. Case is the matcher's (it matches most names in
any case). A form is kept only when it is the form of exactly one entity's names and no
entity's own name or alias: two real entities are never merged."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping

from defcoop_cli.factbase.records import Entity

# British and American spellings, both ways; each pair whole words, in lower case
_SPELLINGS = {
    "defence": "defense",
    "offence": "offense",
    "organisation": "organization",
    "organisations": "organizations",
    "programme": "program",
    "programmes": "programs",
    "centre": "center",
    "harbour": "harbor",
    "labour": "labor",
    "armour": "armor",
    "armoured": "armored",
    "modernisation": "modernization",
}
_SPELLINGS |= {v: k for k, v in _SPELLINGS.items()}
_ARTICLE = re.compile(r"(?i)the\s+")
_OF = re.compile(r"([A-Z][\w’'-]*) of ([A-Z][\w’'-]*)")  # "Ministry of Defence", whole name
_TWO = re.compile(r"([A-Z][\w’'-]*) ([A-Z][\w’'-]*)")  # "Defence Ministry", whole name
# A place of two regions joined ("Jammu and Kashmir", "Jammu & Kashmir"): either said alone
# names it short ("Pahalgam in Kashmir", "Indian Kashmir"), each a word of three letters or
# more; not a part that is a place of its own in the gazetteer (places.tsv: a city, a state,
# a country: "Jammu was quiet" names the city, not the territory)
_PAIRED = re.compile(r"([A-Z][a-z’'-]{2,}) (?:and|&) ([A-Z][a-z’'-]{2,})")
# A sea's, an ocean's or a strait's name in the plural, as two joined by "and" share it ("the
# East and South China Seas", "the Arabian and Andaman Seas"): the last of them is the place
# the fact base holds ("South China Sea"); the first, cut from its head, is named only so.
_WATER = re.compile(r"((?:[A-Z][\w’'-]* )+)(Sea|Ocean|Strait|Bay|Gulf|River|Lake)")


def _respelled(name: str) -> str:
    def swap(m: re.Match[str]) -> str:
        word = m.group()
        other = _SPELLINGS.get(word.lower())
        if other is None:
            return word
        return (
            other.upper()
            if word.isupper()
            else other[0].upper() + other[1:]
            if word[0].isupper()
            else other
        )

    return re.sub(r"[A-Za-z]+", swap, name)


def _place_of_its_own(name: str) -> bool:
    """Whether the gazetteer names the place on its own (a country, a capital, a city)."""
    from defcoop_cli.curation.drafting.pages import gazetteer

    g = gazetteer()
    return name in g.places or name in g.countries or name in g.capitals


def _forms(name: str, countries: Mapping[str, str], kind: str) -> set[str]:
    """NAME's other forms, given the fact base's countries by their demonyms
    ({"Japanese": "Japan"}) and the entity's type (KIND). A person's office ("Japanese
    defence minister") keeps its demonym, which links the country too; only an
    organisation's name is turned round ("Dharma Guardian" is no "Guardian of Dharma")."""
    if kind == "person":
        return {_respelled(name)}
    bare = _ARTICLE.sub("", name, count=1) if _ARTICLE.match(name) else name
    forms = {bare}
    head, _, rest = bare.partition(" ")
    if head in countries and rest:  # "Japanese army": "Japan's army", "army of Japan"
        forms |= {f"{countries[head]}’s {rest}", f"{countries[head]}'s {rest}"}
        forms.add(f"{rest} of {countries[head]}")
    if kind == "place" and (m := _PAIRED.fullmatch(bare)):  # "Kashmir" of "Jammu and Kashmir"
        forms |= {part for part in (m[1], m[2]) if not _place_of_its_own(part)}
    if kind == "place" and (m := _WATER.fullmatch(bare)):  # "the East and South China Seas"
        forms.add(f"{m[1]}{m[2]}s")
    if kind == "organisation" and (m := _OF.fullmatch(bare)):
        forms.add(f"{m[2]} {m[1]}")
    elif kind == "organisation" and (m := _TWO.fullmatch(bare)) and m[1] not in countries:
        forms.add(f"{m[2]} of {m[1]}")  # "Defence Ministry"; "Indian Army" is done above
    return forms | {_respelled(f) for f in forms}


def name_variants(
    names: Iterable[tuple[str, str]], entities: Collection[Entity], demonyms: Collection[str]
) -> list[tuple[str, str]]:
    """(form, entity id) for each other form of the (name, entity id) pairs that is one
    entity's only and no entity's own name or alias (compared in lower case). A country
    entity's aliases that are DEMONYMS ("Japanese") are its people's adjectives."""
    kinds = {e.id: e.type for e in entities}
    countries = {
        a: e.name for e in entities if e.type == "country" for a in e.aliases if a in demonyms
    }
    pairs = list(names)
    own = {n.lower() for n, _ in pairs}
    owners: dict[str, set[str]] = {}
    written: dict[str, str] = {}
    for name, eid in pairs:
        for form in _forms(name, countries, kinds[eid]):
            key = form.lower()
            if key not in own:
                owners.setdefault(key, set()).add(eid)
                written.setdefault(key, form)
    return sorted((written[k], next(iter(e))) for k, e in owners.items() if len(e) == 1)
