"""A term of address written after a person's name, as a Japanese or an Indian reader
writes one: Japanese "-san", "-sama", "-sensei", "-kun", "-chan", "-dono", "-shi"
("Nakatani-san", "nakatani sama"), Hindi and Urdu "ji", "sahab", "saheb" ("rajnath ji").
It says how the writer addresses the person, not what is asked of them: right after a
word of the name of a person of the fact base, it is no term ("Nakatani-san present
position" asks the office, as "Nakatani present position" does). A word of the name is a
word of the person's name or of an alias of one word ("Rajnath", "Singh"), not of an
alias of several, which may be an office or a rank ("Indian defence minister", "General
Nakatani": "indian ji", "general shi" name no one). Not where it is a word of that
person's own names ("Sant Rampal Ji Maharaj": the name's "ji"), nor after a word no
person of the base is named by ("the ji of the editorial"), nor where it begins a place's
name ("singh san francisco visit": WordNet's San Francisco).

A person's "full name" ("Nakatani-san full name", "full name of Rajnath Singh") asks the
names the query does not give, which the base's notes write as the "given name": "full"
(or "complete") is read as "given" right before "name" where a word of a person's name is
next to it, before it (past a term of address) or after "of" (past a title's words: "full
name of general nakatani") ending the phrase: "full name of nakatani's ministry" asks the
ministry's name, a possessive before another noun. The given name is read only of a person
a note that writes "given" is linked to ("nakatani-given-name"); another's full name
("full name of rajnath") is the name the facts give them, "full name" no words to look
for. A
full name asked of anything else is its words in full ("UNCLOS full name":
reading/registers.py's tail)."""

import itertools
from collections.abc import Sequence

from defcoop_cli.lookup.protocol import Index
from defcoop_cli.lookup.search.places import wordnet_places
from defcoop_cli.lookup.search.text import STOPWORDS, Query, tokens

HONORIFICS = frozenset(
    "san sama sensei kun chan dono shi ji jee sahab saheb".split()  # noqa: SIM905
)
FULL = frozenset(["full", "complete"])
NAME = frozenset(["name", "names"])
GIVEN = "given"
OF_REACH = 3  # words after "of" to a word of the name: "of the general nakatani"


def read_honorific(index: Index, query: Query) -> Query:
    """The query without a term of address right after a word of a person's name (above);
    any other query as it is."""
    said = tokens(query.text)
    if HONORIFICS.isdisjoint(said):
        return query
    people = _people(index)
    dropped = {
        b
        for k, (a, b) in enumerate(itertools.pairwise(said))
        if b in HONORIFICS
        and any(a in names and b not in names for names in people)
        and not _begins_a_place(said[k + 1 :])
    }
    terms = tuple(t for t in query.terms if t not in dropped)
    return query._replace(terms=terms) if dropped and terms else query


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
