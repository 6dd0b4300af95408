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

Where a place goes, a place WordNet knows (lookup/search/places.py reads places_wordnet.tsv,
built by scripts/build_places.py: its named cities, countries, states and regions) that the fact
base does not hold is another place too ("talks in munich"). A name that is also a common
word ("polish", "turkey", "nice") is a place only where a place goes, or written with a
capital, or where no other reading fits: WordNet gives it no verb or adjective, and the
fact base holds no such noun ("can we polish the partnership" is no query about Poland).
"us" is read as the pronoun or the US by places.pronoun_us_dropped ("show us", "trust us":
the pronoun). A capital described where one is or goes ("talks in the Chinese capital":
Beijing) is a place like its name (places.capital_described).
A refusal names what refused it (`Refusal`): search says so, and its JSON has it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from defcoop_cli.factbase.records import CuratorNote, Entity
from defcoop_cli.factbase.vocab import person_nouns, shipped_text, table_rows
from defcoop_cli.lookup.protocol import Index
from defcoop_cli.lookup.search.places import (
    GAZETTEER,
    capital_described,
    common_reading,
    pronoun_us_dropped,
    wordnet_places,
)
from defcoop_cli.lookup.search.reading import absence, bodies
from defcoop_cli.lookup.search.reading.bodies import names_elsewhere
from defcoop_cli.lookup.search.reading.clippings import unclipped
from defcoop_cli.lookup.search.reading.held import in_thesaurus_runs
from defcoop_cli.lookup.search.text import STOPWORDS, Query, tokens
from defcoop_cli.tuples import NamedTuple


class Refusal(NamedTuple):
    """What a query names that the fact base does not hold: its kind ("place", "office",
    "nations", "body", "voice", "speaker", "name", "founding", "everyday", "journey", "safety",
    "year", "meaning", "translation", "count") and its words as the query writes them."""

    kind: str
    words: str


# A name of several words is read as its words in a row ("south korea", "new delhi").
Name = tuple[str, ...]
# A place's names, and for a capital the names of its country (else empty).
Place = tuple[tuple[Name, ...], tuple[Name, ...]]

AT = frozenset(["in", "at"])
# The first of two capitalised names joined by a hyphen ("Tokyo-Delhi ties"): the sides.
_PAIRED = re.compile(r"\b([A-Z][^\W\d_]+)-(?=[A-Z][^\W\d_]+)")
GOING = frozenset(
    """visit visits visited visiting trip trips travel travels travelled traveled travelling
    flight flights journey tour tours go goes went heads headed arrives arrived flies
    flew""".split()  # noqa: SIM905
)


def read_words(text: str) -> tuple[list[str], frozenset[str]]:
    """The query's words as places and offices are read (text.tokens, with the pronoun "us"
    made a word no name holds: places.pronoun_us_dropped), and those it writes with a
    capital."""
    words = pronoun_us_dropped(tokens(text), text, STOPWORDS)
    capitals = frozenset(w.lower() for w in re.findall(r"[^\W\d_]+", text) if w[:1].isupper())
    return words, capitals


@lru_cache(maxsize=1)
def places() -> tuple[Place, ...]:
    """The gazetteer's places, each the names of one place in lower case as words: a
    country with its demonyms, then each capital (with its country's names) and each
    other place on its own."""
    # Read as a file beside the package (places.GAZETTEER), not as the drafting package's
    # resource: importing curation.drafting would cost a search's start-up.
    found: list[Place] = []
    for country, capital, demonym, _form, more in table_rows(shipped_text(GAZETTEER), 5):
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


def places_elsewhere(
    words: Sequence[str],
    held: Callable[[str], bool],
    capitals: frozenset[str] = frozenset(),
    paired: frozenset[str] = frozenset(),
) -> list[str]:
    """The places the query's words name (as words in a row) of which the fact base, by
    `held`, holds no name whole: each as the query writes it. A capital whose country is
    held stands for it unless the query is in it or goes to it; a name that is a common
    word is a place only where a place goes or where no other reading fits; and where a
    place goes, WordNet's places count too (module docstring). A place in a pair written
    as one word (`paired`: "in Tokyo-Delhi ties") names the two sides, not where one is."""
    if all(held(w) for w in words):
        return []  # a place is named whole: one that is not held has a word not held
    filed = by_first_word()
    named = dict.fromkeys(p for w in words for p in filed.get(w, ()))
    out = []
    for names, country in named:
        starts = [(n, i) for n in names for i in _at(words, n)]
        if not starts or _held(names, held):
            continue
        gone = any(_gone_to(words, i) and words[i] not in paired for _, i in starts)
        if country and _held(country, held) and not gone:
            continue
        if not gone and all(common_reading(n, held, capitals) for n, _ in starts):
            continue
        out.append(" ".join(starts[0][0]))
    return (
        out
        or _described_elsewhere(words, held)
        or _wordnet_elsewhere(words, held, capitals, paired)
    )


def _described_elsewhere(words: Sequence[str], held: Callable[[str], bool]) -> list[str]:
    """The capitals the query describes where one is or goes ("in the Chinese capital",
    "a visit to the capital of China") that the fact base does not hold by name."""
    out = []
    for i in (i for i, w in enumerate(words) if w == "capital"):
        for a, b in ((i - 1, i + 1), (i, i + 3), (i, i + 4)):
            if a < 0 or b > len(words):
                continue
            described = capital_described("".join(w for w in words[a:b] if w not in ("of", "the")))
            if not described or all(held(w) for w in _words(described[0])):
                continue
            if _gone_to(words, a - 1 if a and words[a - 1] == "the" else a):
                out.append(" ".join(words[a:b]))
    return out


@lru_cache(maxsize=1)
def initials() -> dict[str, tuple[Name, ...]]:
    """The gazetteer's countries of two words or more by their initials ("uk", "uae"):
    names only where a query writes them in capitals ("UK", not "car" or "us")."""
    return {
        "".join(w[0] for w in names[0]): names
        for names, country in places()
        if not country and len(names[0]) > 1
    }


def initials_elsewhere(text: str, held: Callable[[str], bool]) -> list[str]:
    """The countries the query names by their initials in capitals ("UK defence spending")
    that the fact base holds by no name."""
    table = initials()
    return [
        w
        for w in re.findall(r"\b[A-Z]{2,4}\b", text)
        if w.lower() in table and not held(w.lower()) and not _held(table[w.lower()], held)
    ]


def _wordnet_elsewhere(
    words: Sequence[str],
    held: Callable[[str], bool],
    capitals: frozenset[str],
    paired: frozenset[str] = frozenset(),
) -> list[str]:
    """WordNet's places the query has where a place goes that the fact base does not hold
    (nor any place of the gazetteer, read before). The table is read only for a query with
    a word where a place goes (3.5 ms, most of a one-word search's reading)."""
    out = []
    for i, word in enumerate(words):
        gone = _gone_to(words, i) and word not in paired
        for name in wordnet_places().filed.get(word, ()) if gone else ():
            if tuple(words[i : i + len(name)]) != name or all(held(w) for w in name):
                continue
            if not common_reading(name, held, capitals):
                out.append(" ".join(name))
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
MARK = "zzpossessive"  # put after a possessed head to find its place among the words
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
    # by name: a nation's countries found by its names, not by a pass over every country
    # for each nation (a base of a million facts holds some twenty thousand entities)
    by_name: dict[Name, list[int]] = {}
    for i, held in enumerate(countries):
        for name in held:
            by_name.setdefault(name, []).append(i)
    out = []
    for names, country in places():
        if country:
            continue  # a capital or another place, not a nation
        group = frozenset(names)
        found = {i for name in group for i in by_name.get(name, ())}
        out.append(group.union(*(countries[i] for i in sorted(found))))
    return out


def offices_elsewhere(text: str, read_entities: Callable[[], Sequence[Entity]]) -> list[str]:
    """The offices the query names (a nation, then an office's head, not "'s" a person's)
    that no person of the fact base holds with a name of that nation: each as the query
    writes it. The entities (the fact base's people and countries) are read only for a
    query with a head."""
    # a clipped word in full where it is one word ("chinese def min": defence minister)
    words = [w for word in read_words(text)[0] for w in _one_word(word, text)]
    if HEADS.isdisjoint(words):
        return []
    possessed = _possessed(text)
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
                if head is None or _served(words, start) or _another(words, head, possessed):
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


def _possessed(text: str) -> frozenset[int]:
    """Where the query's words are an office's head followed by "'s" ("the prime
    minister's aide"), by position: another head of the query may be the one asked about
    ("… says chinese defence minister will visit")."""
    pattern = POSSESSED.format("|".join(sorted(HEADS)))
    if not re.search(pattern, text, re.IGNORECASE):
        return frozenset()
    marked = read_words(re.sub(pattern, r"\1 " + MARK, text, flags=re.IGNORECASE))[0]
    at: list[int] = []
    count = 0
    for w in marked:
        if w == MARK:
            at.append(count - 1)
        else:
            count += 1
    return frozenset(at)


def _another(words: Sequence[str], head: int, possessed: frozenset[int]) -> bool:
    """Whether an office's head is possessed by a person ("the prime minister's aide"), who
    is asked about; not by an act ("the australian defence minister's visit"): the office's."""
    return head in possessed and not person_nouns().isdisjoint(words[head + 1 : head + 3])


def _one_word(word: str, text: str) -> list[str]:
    """A clipped word in full when that is one word ("min", "def"), else the word: the
    words keep their places."""
    full = unclipped([word], text)
    return full if len(full) == 1 else [word]


def _served(words: Sequence[str], start: int) -> bool:
    """Whether the words before a nation's word say its office is one another serves."""
    return any(" ".join(words[max(0, start - len(w.split())) : start]) == w for w in SERVED)


# ---- a query against an index


@lru_cache(maxsize=4)
def notes_vocabulary(notes: tuple[CuratorNote, ...]) -> frozenset[str]:
    """Every word of the curator notes (curator_notes.note_words), read once per set of notes."""
    from defcoop_cli.lookup.search.curator_notes import note_words

    return frozenset().union(*(note_words(n) for n in notes))


def people_and_countries(index: Index) -> list[Entity]:
    """The fact base's people and countries, the only entities an office is read with."""
    kinds = [index.entity_listing(kind)[0] for kind in ("person", "country")]
    return index.entities_at([p for positions in kinds for p in positions])


def query_elsewhere(index: Index, query: Query) -> Refusal | None:
    """What the query names that the fact base does not hold (its facts' words and its
    notes'): a place, an office, a voice, or a pair of nations that is not its parties;
    None when it names none. The notes are read only for a word no fact holds."""
    if founded := absence.founding_dated(query.text, index.catalogue().events):
        return Refusal("founding", founded)  # "founded in which year": no such event here
    if meant := absence.meaning_unheld(query.text, index):  # "dharma meaning": no definition
        return Refusal("meaning", meant)
    words, capitals = read_words(query.text)
    vocabulary = index.vocabulary()
    asked = absence.everyday_subject(words, vocabulary.has, STOPWORDS)
    asked = asked or absence.rendering_asked(words, STOPWORDS, index)  # "how to say X in hindi"
    if asked := asked or absence.safety_asked(words, vocabulary.has):  # "is it safe…"
        return Refusal(absence.everyday_kind(asked), asked)  # "did it rain…": no fact says
    unheld = [w for w in words if w and not vocabulary.has(w)]
    names: list[str] = []  # said after an office, the more telling of the two
    if unheld:
        in_notes = notes_vocabulary(tuple(index.catalogue().curator_notes))
        if any(w not in in_notes for w in unheld):
            described = in_thesaurus_runs(words)

            def held(word: str) -> bool:
                return vocabulary.has(word) or word in in_notes or word in described

            paired = frozenset(w.lower() for w in _PAIRED.findall(query.given or query.text))
            found = places_elsewhere(words, held, capitals, paired)
            found = found or initials_elsewhere(query.text, held)
            if found:
                return Refusal("place", found[0])
            if others := bodies.bodies_elsewhere(query, vocabulary, held, PORTFOLIOS):
                return Refusal("body", others[0])
            voices = bodies.political_voices(query, PORTFOLIOS)
            if voices := voices or bodies.voices_on_the_event(query, vocabulary, held):
                return Refusal("voice", voices[0])
            if year := absence.year_elsewhere(words, held, index.catalogue()):  # another time
                return Refusal("year", year)
            # not a name the query's reading dropped as its frame ("in English")
            names = [n for n in names_elsewhere(query.text, vocabulary, held) if n in query.terms]
    offices = offices_elsewhere(query.text, lambda: people_and_countries(index))
    if offices:
        return Refusal("office", offices[0])
    if names:
        return Refusal("name", names[0])
    if not (_two_held_names(words, index) or bodies.voice_givers(words, PORTFOLIOS)):
        return None  # the gazetteer and the entities are read only for a pair or a voice
    countries = tuple(index.entities_at(index.entity_listing("country")[0]))
    parties = frozenset(p for event in index.catalogue().events for p in event.parties)
    # "China's reaction": a nation the base holds none of (not "Australia's stance")
    if voiced := bodies.nations_voiced(words, PORTFOLIOS, countries, places()):
        return Refusal("speaker", voiced[0])
    table = nation_table(countries, parties)
    from defcoop_cli.lookup.search.reading.syntax import clauses  # a list's items as read

    parts = clauses(query.given if query.listed else query.text)  # no pair across two
    pairs = [p for c in parts for p in pairs_elsewhere(read_words(c)[0], table)]
    return Refusal("nations", pairs[0]) if pairs else None


def _two_held_names(words: Sequence[str], index: Index) -> bool:
    """Whether two neighbouring words are held by the fact base, one in an entity's name:
    a pair of nations the fact base holds is one such (a nation it does not hold is
    refused as a place elsewhere, above)."""
    has = index.vocabulary().has
    return any(
        has(a) and has(b) and (index.in_field(a, "entity") or index.in_field(b, "entity"))
        for a, b in itertools.pairwise(words)
    )
