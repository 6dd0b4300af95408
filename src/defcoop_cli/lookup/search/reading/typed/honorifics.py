"""A term of address written after a person's name, as a Japanese or an Indian reader
writes one: Japanese "-san", "-sama", "-sensei", "-kun", "-chan", "-dono", "-shi"
("Nakatani-san", "nakatani sama"), Hindi and Urdu "ji", "sahab", "saheb", "sahib" (the
English spelling, which a typo of "sahab" is read as), "saab", and Telugu "garu" ("rajnath
ji").
It says how the writer addresses the person, not what is asked of them: right after a
word of the name of a person of the fact base, it is no term ("Nakatani-san present
position" asks the office, as "Nakatani present position" does). A word of the name is a
word of the person's name or of an alias of one word ("Rajnath", "Singh"), not of an
alias of several, which may be an office or a rank ("Indian defence minister", "General
Nakatani": "indian ji", "general shi" name no one). Not where it is a word of that
person's own names ("Sant Rampal Ji Maharaj": the name's "ji"), nor after a word no
person of the base is named by ("the ji of the editorial"), nor where it begins a place's
name ("singh san francisco visit": WordNet's San Francisco).

An honorific before a name or a title, in the spellings Indian English writes them ("Sri",
"Shri", "Shree", "Smt", "Hon'ble", "Honourable", "Thiru", "Janab", "Mr", "Dr": BEFORE_NAME),
says the same: right before a word of the name of a person of the fact base ("Sri Rajnath
Singh", "Mr Gen Nakatani"), or before a title (a title's head of the drafting's name words,
"minister", "mantri", "general", with only its modifiers or the words of the base's people's
offices and aliases between: "Hon'ble Raksha Mantri", "Honourable Japanese defence
minister") followed by nothing, a name, a word of function, an event or a voice ("Hon'ble
Raksha Mantri meeting", not "Shri Minister Trust conference", a body named after a title),
past other honorifics ("Hon'ble Shri"), it is no term: not a body the base does
not know ("Raksha Mantri Sri Rajnath Singh meeting"), nor a name ("defence minister Dr Rajnath
Singh"), nor a word to match ("Smt Rajnath": no summit). Not before anything else: "Sri
Lanka" is a place, "Shri Ram Sena" a body named after one, "Smt" before no name a word of
its own, each read as it was.

A person's "full name" ("Nakatani-san full name", "full name of Rajnath Singh") asks the
names the query does not give, which the base's notes write as the "given name": "full"
(or "complete") is read as "given" right before "name" where a word of a person's name is
next to it, before it (past a term of address) or after "of" (past a title's words: "full
name of general nakatani") ending the phrase: "full name of nakatani's ministry" asks the
ministry's name, a possessive before another noun. The given name is read only of a person
a note that writes "given" is linked to ("nakatani-given-name"); another's full name
("full name of rajnath") is the name the facts give them, "full name" no words to look
for. A full name asked of anything else is its words in full ("UNCLOS full name":
reading/registers.py's tail)."""

import itertools
from collections.abc import Sequence

from defcoop_cli.factbase.vocab import title_words
from defcoop_cli.lookup.protocol import Index
from defcoop_cli.lookup.search.atlas.places import wordnet_places
from defcoop_cli.lookup.search.reading.bodies import EVENTS, STANCES
from defcoop_cli.lookup.search.words import STOPWORDS, Query, tokens

HONORIFICS = frozenset(
    "san sama sensei kun chan dono shi ji jee sahab saheb sahib saab garu".split()  # noqa: SIM905
)
# An honorific before a name or a title (the module's docstring): "hon'ble" is read "honble"
BEFORE_NAME = frozenset(
    """sri shri shree sree shrimati srimati smt sushri shriman thiru thirumathi janab hon
    honble honourable honorable excellency mr mrs ms mister dr""".split()  # noqa: SIM905
)
TITLE_REACH = 3  # words from an honorific to its title's head: "hon'ble raksha mantri"
FULL = frozenset(["full", "complete"])
NAME = frozenset(["name", "names"])
GIVEN = "given"
OF_REACH = 3  # words after "of" to a word of the name: "of the general nakatani"


def read_honorific(index: Index, query: Query) -> Query:
    """The query without a term of address right after a word of a person's name (above);
    any other query as it is."""
    said = tokens(query.text)
    if HONORIFICS.isdisjoint(said) and BEFORE_NAME.isdisjoint(said):
        return query
    people = _people(index)
    dropped = {
        b
        for k, (a, b) in enumerate(itertools.pairwise(said))
        if b in HONORIFICS
        and any(a in names and b not in names for names in people)
        and not _begins_a_place(said[k + 1 :])
    }
    dropped |= _before_names(index, said, people)
    terms = tuple(t for t in query.terms if t not in dropped)
    return query._replace(terms=terms) if dropped and terms else query


def _before_names(index: Index, said: list[str], people: list[set[str]]) -> set[str]:
    """The honorifics right before a word of a person's name or before a title, past other
    honorifics (the module's docstring)."""
    named = {w for names in people for w in names}
    offices = _offices(index)
    titles, modifiers = title_words()
    found = set()
    for k, word in enumerate(said):
        rest = list(itertools.dropwhile(BEFORE_NAME.__contains__, said[k + 1 :]))
        if word not in BEFORE_NAME or not rest or _begins_a_place(said[k:]):
            continue
        if rest[0] in named - BEFORE_NAME:
            found.add(word)
        elif (end := _title_end(rest, titles, modifiers | offices)) is not None:
            after = rest[end : end + 1]
            if (
                not after
                or after[0] in named | HONORIFICS | BEFORE_NAME | STOPWORDS | EVENTS | STANCES
            ):
                found.add(word)  # not a body named after a title: "shri minister trust"
    return found


def _title_end(
    words: Sequence[str], titles: frozenset[str], modifiers: frozenset[str]
) -> int | None:
    """Where a title the words begin with ends (its head within TITLE_REACH words, only
    its modifiers before it), or None."""
    for k, word in enumerate(words[:TITLE_REACH]):
        if word in titles - BEFORE_NAME:
            return k + 1
        if word not in modifiers:
            return None
    return None


def _offices(index: Index) -> frozenset[str]:
    """The words of the base's people's offices and aliases ("indian", "japanese", "former"),
    but words of function."""
    return frozenset(
        w
        for e in index.entities
        if e.type == "person"
        for text in (*e.aliases, *(r.text for r in e.roles))
        for w in tokens(text)
        if w not in STOPWORDS
    )


def _begins_a_place(words: Sequence[str]) -> bool:
    """Whether the words begin with a place's name of several words (WordNet's: "san
    francisco", "san jose")."""
    filed = wordnet_places().filed.get(words[0], ())
    return any(len(n) > 1 and tuple(words[: len(n)]) == n for n in filed)


def _people(index: Index) -> list[set[str]]:
    """Each person's words of their names: of their name, and of each alias of one word."""
    return [
        {*tokens(e.name), *(w for n in e.aliases for w in tokens(n) if len(tokens(n)) == 1)}
        for e in index.entities
        if e.type == "person"
    ]


def read_full_name(index: Index, query: Query) -> Query:
    """The query with a person's "full name" read as their given name, or without "full name"
    for a person no note gives one of (the module's docstring); any other query as it is."""
    said = tokens(query.text)
    if FULL.isdisjoint(said) or NAME.isdisjoint(said):
        return query
    named = {w for names in _people(index) for w in names}
    full = {
        k: person
        for k, (a, b) in enumerate(itertools.pairwise(said))
        if a in FULL and b in NAME and (person := _of_a_person(said, k, named))
    }
    if not full:
        return query
    given = _given_named(index)
    if any(person in given for person in full.values()):
        asked = {said[k]: GIVEN for k, person in full.items() if person in given}
    else:  # "full name of rajnath": the person's name, as the facts give it
        asked = {said[j]: "" for k in full for j in (k, k + 1)}
    terms = tuple(t for t in (asked.get(t, t) for t in query.terms) if t)
    return query._replace(terms=terms) if terms else query


def _of_a_person(said: list[str], k: int, named: set[str]) -> str:
    """The word of a person's name said[k], "full" before "name", is next to: before it,
    past a term of address, or within OF_REACH words after "of", ending its phrase (past
    other words of a name, before a function word or the query's end); ""."""
    before = [w for w in said[:k] if w not in HONORIFICS][-1:]
    if before and before[0] in named:
        return before[0]
    after = said[k + 2 : k + 3 + OF_REACH]
    if after[:1] != ["of"]:
        return ""
    at = next((k + 3 + j for j, w in enumerate(after[1:]) if w in named), 0)
    end = next((j for j in range(at, len(said)) if said[j] not in named | HONORIFICS), None)
    return said[at] if at and (end is None or said[end] in STOPWORDS) else ""


def _given_named(index: Index) -> set[str]:
    """The words of the names of the people a note writing "given" is linked to."""
    linked = {
        e
        for n in index.catalogue().curator_notes
        if GIVEN in tokens(f"{n.text} {n.short or ''}")
        for e in n.entities
    }
    return {
        w
        for e in index.entities
        if e.id in linked and e.type == "person"
        for w in (*tokens(e.name), *(w for a in e.aliases for w in tokens(a)))
    }
