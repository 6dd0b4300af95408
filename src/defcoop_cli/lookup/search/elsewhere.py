"""Places the query names that the fact base does not hold: a query about another place.

"rajnath singh visit to moscow" shares the article's people and "visit" with the meeting's
facts; "moscow" is a word no fact or note holds, and a term a fact misses is let off in a
query of three terms or more (ranking.REQUIRED_SHARE). A place is not a word to let off: it
says where the query's event is, and a fact that does not hold it is about another event.
So a query naming a place of the gazetteer (curation/drafting/places.tsv: countries, their
capitals, demonyms and other places, written by hand for defcoop) that neither the facts'
vocabulary nor the curator notes hold finds nothing; a place held in any form does not
count ("chinese" where the facts say "China": a country and its demonyms are one place).
A capital stands for its country ("Tokyo backs Delhi's push"), unless the query puts it as
a place one is in or goes to: after "in" or "at", after a word of going ("visits paris"),
or "to" after one ("trip to tokyo", "visit to moscow").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path

from defcoop_cli.factbase.records import CuratorNote, Entity
from defcoop_cli.factbase.vocab import table_rows
from defcoop_cli.lookup.protocol import Index
from defcoop_cli.lookup.search.text import Query, tokens

# A name of several words is read as its words in a row ("south korea", "new delhi").
Name = tuple[str, ...]
# A place's names, and for a capital the names of its country (else empty).
Place = tuple[tuple[Name, ...], tuple[Name, ...]]

AT = frozenset(["in", "at"])
GOING = frozenset(
    [
        "visit",
        "visits",
        "visited",
        "visiting",
        "trip",
        "trips",
        "travel",
        "travels",
        "travelled",
        "traveled",
        "travelling",
        "flight",
        "flights",
        "journey",
        "tour",
        "tours",
        "go",
        "goes",
        "went",
        "heads",
        "headed",
        "arrives",
        "arrived",
        "flies",
        "flew",
    ]
)


@lru_cache(maxsize=1)
def places() -> tuple[Place, ...]:
    """The gazetteer's places, each the names of one place in lower case as words: a
    country with its demonyms, then each capital (with its country's names) and each
    other place on its own."""
    # Read as a file beside the package, not as the drafting package's resource: importing
    # curation.drafting would cost a search's start-up.
    gazetteer = Path(__file__).resolve().parents[2] / "curation" / "drafting" / "places.tsv"
    found: list[Place] = []
    for country, capital, demonym, _form, more in table_rows(
        gazetteer.read_text(encoding="utf-8"), 5
    ):
        nation = tuple(_words(n) for n in [country, *demonym.split(";")] if n)
        found.append((nation, ()))
        if capital and capital != country:
            found.append(((_words(capital),), nation))
        found.extend(((_words(p),), ()) for p in more.split(";") if p)
    return tuple(place for place in found if all(place[0]) and all(place[1]))


def _words(name: str) -> Name:
    """A name's words as a query's are read (text.tokens), quickly for plain ones."""
    lowered = name.lower().replace("-", " ").replace(".", "")
    if lowered.replace(" ", "").isalpha() and lowered.isascii():
        return tuple(lowered.split())
    return tuple(tokens(name))


@lru_cache(maxsize=1)
def by_first_word() -> dict[str, tuple[Place, ...]]:
    """The places, filed under the first word of each of their names."""
    filed: dict[str, list[Place]] = {}
    for place in places():
        for first in dict.fromkeys(n[0] for n in place[0]):
            filed.setdefault(first, []).append(place)
    return {word: tuple(found) for word, found in filed.items()}


def _at(words: Sequence[str], name: Name) -> list[int]:
    """Where the name starts in the words, as words in a row."""
    size = len(name)
    return [i for i in range(len(words) - size + 1) if tuple(words[i : i + size]) == name]


def _gone_to(words: Sequence[str], start: int) -> bool:
    """Whether the place at `start` is where one is or goes: "in X", "visits X", "trip to X"."""
    last = words[start - 1] if start >= 1 else ""
    prior = words[start - 2] if start >= 2 else ""
    return last in AT or last in GOING or (last == "to" and prior in GOING)


def _held(names: Sequence[Name], held: Callable[[str], bool]) -> bool:
    return any(all(held(w) for w in n) for n in names)


def places_elsewhere(words: Sequence[str], held: Callable[[str], bool]) -> list[str]:
    """The places the query's words name (as words in a row) of which the fact base, by
    `held`, holds no name whole: each as the query writes it. A capital whose country is
    held stands for it unless the query is in it or goes to it (module docstring)."""
    if all(held(w) for w in words):
        return []  # a place is named whole: one that is not held has a word not held
    filed = by_first_word()
    named = dict.fromkeys(p for w in words for p in filed.get(w, ()))
    out = []
    for names, country in named:
        starts = [(n, i) for n in names for i in _at(words, n)]
        if not starts or _held(names, held):
            continue
        if country and _held(country, held) and not any(_gone_to(words, i) for _, i in starts):
            continue
        out.append(" ".join(starts[0][0]))
    return out


# Offices: a nation's word followed, within a few words, by the head of an office ("chinese
# defence minister", "us defense secretary", "indian prime minister"). The head and the
# portfolio words among the words between (a closed class: the words that tell one office
# from another; "armed forces minister" is the defence minister by another name) must be
# held, with a name of that nation, by a person of the fact base (name, aliases, roles).
HEADS = frozenset(["minister", "secretary", "president", "premier", "chancellor", "ambassador"])
# A secretary of a portfolio is its minister where the title is British ("defence secretary").
SAME_HEAD = {"secretary": "minister"}
# An office named as another's ("the prime minister's adviser") is not the one asked about,
# nor one that another serves ("adviser to Japan's prime minister", "aide to the minister").
POSSESSED = r"\b({})['’]s\b"
SERVED = ("to", "to the")
PORTFOLIOS = frozenset(
    [
        "prime",
        "foreign",
        "external",
        "home",
        "interior",
        "finance",
        "trade",
        "commerce",
        "defence",
        "health",
        "education",
        "vice",
        "deputy",
        "chief",
    ]
)
OFFICE_REACH = 4  # the head at most this many words after the nation's word


def nations(entities: Sequence[Entity]) -> list[frozenset[Name]]:
    """Each nation's names: the gazetteer's (a country and its demonyms), each with the
    names and aliases of the fact base's country of one of those names ("US")."""
    countries = [
        frozenset(tuple(tokens(n)) for n in (e.name, *e.aliases))
        for e in entities
        if e.type == "country"
    ]
    out = []
    for names, country in places():
        if country:
            continue  # a capital or another place, not a nation
        group = frozenset(names)
        out.append(group.union(*(c for c in countries if c & group)))
    return out


def offices_elsewhere(text: str, read_entities: Callable[[], Sequence[Entity]]) -> list[str]:
    """The offices the query names (a nation, then an office's head, not followed by "'s")
    that no person of the fact base holds with a name of that nation: each as the query
    writes it. The entities (the fact base's people and countries) are read only for a
    query with a head."""
    words = tokens(text)
    if HEADS.isdisjoint(words):
        return []
    pattern = POSSESSED.format("|".join(sorted(HEADS)))
    possessed = {m.lower() for m in re.findall(pattern, text, re.IGNORECASE)}
    entities = read_entities()
    people = [
        {
            SAME_HEAD.get(w, w)
            for name in (e.name, *e.aliases, *(r.text for r in e.roles))
            for w in tokens(name)
        }
        for e in entities
        if e.type == "person"
    ]
    every = nations(entities)
    named_at = {i for names in every for name in names for i in _at(words, name)}
    out = []
    for names in every:
        for name in names:
            for start in _at(words, name):
                after = start + len(name)
                head = next(
                    (
                        j
                        for j in range(after, after + OFFICE_REACH)
                        if j < len(words) and words[j] in HEADS
                    ),
                    None,
                )
                if head is None or words[head] in possessed or _served(words, start):
                    continue
                if any(after <= i < head for i in named_at):
                    continue  # a nation named nearer the head holds it ("tell us the indian…")
                office = [SAME_HEAD.get(words[head], words[head])]
                needed = {*office, *(w for w in words[after:head] if w in PORTFOLIOS)}
                if not any(
                    needed <= held and any(set(n) <= held for n in names) for held in people
                ):
                    out.append(" ".join(words[start : head + 1]))
    return out


# Each nation's names filed under their first words (a nation's place in `nations`, the
# name), and the places of the nations that are parties of the fact base's events.
NationTable = tuple[dict[str, tuple[tuple[int, Name], ...]], frozenset[int]]


@lru_cache(maxsize=4)
def nation_table(countries: tuple[Entity, ...], parties: frozenset[str]) -> NationTable:
    """The nations' names by first word, and which nations are parties (of the entity
    ids `parties`): built once per fact base, not per query."""
    groups = nations(countries)
    filed: dict[str, list[tuple[int, Name]]] = {}
    for i, names in enumerate(groups):
        for name in names:
            filed.setdefault(name[0], []).append((i, name))
    named = {tuple(tokens(n)) for e in countries if e.id in parties for n in (e.name, *e.aliases)}
    held = frozenset(i for i, names in enumerate(groups) if names & named)
    return {w: tuple(found) for w, found in filed.items()}, held


def _nation_at(words: Sequence[str], start: int, table: NationTable) -> tuple[int, int]:
    """The nation named at `start` (its place in `nations`, -1 for none) and where its
    longest name there ends."""
    found = (-1, start)
    for i, name in table[0].get(words[start], ()) if start < len(words) else ():
        if tuple(words[start : start + len(name)]) == name and start + len(name) > found[1]:
            found = (i, start + len(name))
    return found


def pairs_elsewhere(words: Sequence[str], table: NationTable) -> list[str]:
    """Two nations named side by side ("india us", "japan australia"), one of them a
    party of the fact base's events and the other not: the query asks about that other
    pair's relations, not the parties' ("India US cybersecurity agreement" is not India
    and Japan's). Each pair as the query writes it. A pair joined by "and" is left alone:
    it may list the nations of an exercise ("japan and us navies")."""
    out = []
    for start in range(len(words)):
        first, end = _nation_at(words, start, table)
        if first < 0:
            continue
        second, last = _nation_at(words, end, table)
        if second >= 0 and second != first and (first in table[1]) != (second in table[1]):
            out.append(" ".join(words[start:last]))
    return out


def _served(words: Sequence[str], start: int) -> bool:
    """Whether the words before a nation's word say its office is one another serves."""
    return any(" ".join(words[max(0, start - len(w.split())) : start]) == w for w in SERVED)


# ---- a query against an index


@lru_cache(maxsize=4)
def notes_vocabulary(notes: tuple[CuratorNote, ...]) -> frozenset[str]:
    """Every word of the curator notes (ranking.note_words), read once per set of notes."""
    from defcoop_cli.lookup.search.ranking import note_words

    return frozenset().union(*(note_words(n) for n in notes))


def people_and_countries(index: Index) -> list[Entity]:
    """The fact base's people and countries, the only entities an office is read with."""
    kinds = [index.entity_listing(kind)[0] for kind in ("person", "country")]
    return index.entities_at([p for positions in kinds for p in positions])


def query_elsewhere(index: Index, query: Query) -> bool:
    """Whether the query names a place or an office the fact base does not hold (its
    facts' words and its notes'), or a pair of nations that is not its parties; the notes
    are read only for a word no fact holds."""
    words = tokens(query.text)
    vocabulary = index.vocabulary()
    unheld = [w for w in words if not vocabulary.has(w)]
    if unheld:
        in_notes = notes_vocabulary(tuple(index.catalogue().curator_notes))
        if any(w not in in_notes for w in unheld) and places_elsewhere(
            words, lambda w: vocabulary.has(w) or w in in_notes
        ):
            return True
    if offices_elsewhere(query.text, lambda: people_and_countries(index)):
        return True
    if not _two_held_names(words, index):
        return False  # the gazetteer and the entities are read only for a pair
    countries = tuple(e for e in people_and_countries(index) if e.type == "country")
    parties = frozenset(p for event in index.catalogue().events for p in event.parties)
    return bool(pairs_elsewhere(words, nation_table(countries, parties)))


def _two_held_names(words: Sequence[str], index: Index) -> bool:
    """Whether two neighbouring words are held by the fact base, one in an entity's name:
    a pair of nations the fact base holds is one such (a nation it does not hold is
    refused as a place elsewhere, above)."""
    has = index.vocabulary().has
    return any(
        has(a) and has(b) and (index.in_field(a, "entity") or index.in_field(b, "entity"))
        for a, b in itertools.pairwise(words)
    )
