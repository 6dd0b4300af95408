"""A query read again with the fact base's vocabulary: a clipped word the fact base holds
as it is (an alias, "USA") is read as it is, not in full (clippings.py)."""

from collections.abc import Callable

from defcoop_cli.lookup.search.reading.clippings import clippings
from defcoop_cli.lookup.search.text import Query, parse_query, tokens


def read_as_held(query: Query, held: Callable[[str], bool]) -> Query:
    """The query again, its clipped words that the fact base holds read as they are."""
    if not any(held(w) for w in clippings().keys() & set(tokens(query.text))):
        return query
    return parse_query([query.text], held)._replace(excluded=query.excluded)
