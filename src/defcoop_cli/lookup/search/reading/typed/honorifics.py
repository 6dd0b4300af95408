"""A term of address written after a person's name, as a Japanese or an Indian reader
writes one: Japanese "-san", "-sama", "-sensei", "-kun", "-chan", "-dono", "-shi"
("Nakatani-san", "nakatani sama"), Hindi and Urdu "ji", "sahab", "saheb" ("rajnath ji").
It says how the writer addresses the person, not what is asked of them: right after a
word of the name of a person of the fact base, it is no term ("Nakatani-san present
position" asks the office, as "Nakatani present position" does). Not where it is a word
of that person's own names ("Sant Rampal Ji Maharaj": the name's "ji"), nor after a word
no person of the base is named by ("san francisco", "the ji of the editorial")."""

import itertools

from defcoop_cli.lookup.protocol import Index
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
        {w for n in (e.name, *e.aliases) for w in tokens(n)}
        for e in index.entities
        if e.type == "person"
    ]
    dropped = {
        b
        for a, b in itertools.pairwise(said)
        if b in HONORIFICS and any(a in names and b not in names for names in people)
    }
    terms = tuple(t for t in query.terms if t not in dropped)
    return query._replace(terms=terms) if dropped and terms else query
