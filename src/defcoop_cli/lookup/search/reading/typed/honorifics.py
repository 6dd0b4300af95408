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
name ("singh san francisco visit": WordNet's San Francisco)."""

import itertools
from collections.abc import Sequence

from defcoop_cli.lookup.protocol import Index
from defcoop_cli.lookup.search.places import wordnet_places
from defcoop_cli.lookup.search.text import Query, tokens

HONORIFICS = frozenset(
    "san sama sensei kun chan dono shi ji jee sahab saheb".split()  # noqa: SIM905
)


def read_honorific(index: Index, query: Query) -> Query:
    """The query without a term of address right after a word of a person's name (above);
    any other query as it is."""
    said = tokens(query.text)
    if HONORIFICS.isdisjoint(said):
        return query
    people = [
        {*tokens(e.name), *(w for n in e.aliases for w in tokens(n) if len(tokens(n)) == 1)}
        for e in index.entities
        if e.type == "person"
    ]
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
