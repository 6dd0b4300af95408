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

from collections.abc import Callable, Sequence
from functools import lru_cache

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
    from importlib.resources import files

    from defcoop_cli.lookup.search.text import tokens

    table = files("defcoop_cli.curation.drafting").joinpath("places.tsv")
    found: list[Place] = []
    for row in table.read_text(encoding="utf-8").splitlines():
        if row.startswith("#") or not row.strip():
            continue
        country, capital, demonym, _form, more = [*row.split("\t"), "", "", "", ""][:5]
        nation = tuple(tuple(tokens(n)) for n in [country, *demonym.split(";")] if n)
        found.append((nation, ()))
        if capital and capital != country:
            found.append(((tuple(tokens(capital)),), nation))
        found.extend(((tuple(tokens(p)),), ()) for p in more.split(";") if p)
    return tuple(place for place in found if all(place[0]) and all(place[1]))


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
