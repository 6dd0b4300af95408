"""A query read again with the fact base's vocabulary: a clipped word the fact base holds
as it is (an alias, "USA") is read as it is, not in full (clippings.py); and the words a
thesaurus entry holds as a run of them, which name what the fact base holds."""

from collections.abc import Callable, Sequence

from defcoop_cli.lookup.protocol import Index
from defcoop_cli.lookup.search.reading.clippings import clippings
from defcoop_cli.lookup.search.text import Query, a_thesaurus_run, parse_query, tokens


def read_as_held(query: Query, held: Callable[[str], bool]) -> Query:
    """The query again, its clipped words that the fact base holds read as they are."""
    if not any(held(w) for w in clippings().keys() & set(tokens(query.text))):
        return query
    return parse_query([query.text], held)._replace(excluded=query.excluded)


def in_thesaurus_runs(words: Sequence[str]) -> frozenset[str]:
    """The words of the query that a run of two or three of them, a word of a thesaurus
    entry, holds: a place that names what the fact base holds ("the Montego Bay
    convention", the law of the sea's) is no place elsewhere."""
    runs = (words[i : i + n] for n in (2, 3) for i in range(len(words) - n + 1))
    return frozenset(w for run in runs if a_thesaurus_run("".join(run)) for w in run)


# Whether a person held an office, asked by its tenure: "was X (even) the sitting defence
# minister? or former", "did X still hold the portfolio when he came to Delhi". The words
# of tenure say when the office is asked of, and a "when" clause after them dates it: no
# words to find. What answers is X's office, its facts and the notes that settle it.
TENURE = frozenset(
    ["sitting", "serving", "incumbent", "still", "even", "actually", "current", "currently"]
)


def read_tenure(index: Index, query: Query) -> Query:
    """A yes-no question with a word of tenure that names a person holding roles as asking
    the person's office (Query.identity), without its words of tenure and its "when"
    clause; any other query as it is."""
    said = tokens(query.text)
    if not query.yes_no or TENURE.isdisjoint(said):
        return query
    holders = (e for e in index.role_entities() if e.type == "person")
    if not any(
        set(query.terms) & {w for n in (e.name, *e.aliases) for w in tokens(n)} for e in holders
    ):
        return query
    at = said.index("when") if "when" in said else len(said)
    clause = set(said[at:]) - set(said[:at])  # "when he came to delhi"
    terms = tuple(t for t in query.terms if t not in TENURE and t not in clause)
    asked = tuple(w for w in query.questions if w not in clause)
    return query._replace(terms=terms, questions=asked, identity=True) if terms else query
