"""A query read again with the fact base's vocabulary: a clipped word the fact base holds
as it is (an alias, "USA") is read as it is, not in full (clippings.py); and the words a
thesaurus entry holds as a run of them, which name what the fact base holds."""

from collections.abc import Callable, Sequence

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
