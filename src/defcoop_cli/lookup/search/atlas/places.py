"""WordNet's places (places_wordnet.tsv, built by scripts/build_places.py from WordNet
3.1): its named cities, countries, states and regions, the common readings of the words of
theirs and the drafting gazetteer's names ("polish": a noun and a verb), and each
continent's countries. Read once, and only for a query with a word no fact holds
(search/unheld/elsewhere.py, search/partial.py)."""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import lru_cache

from defcoop_cli.factbase.vocab import shipped_text, table_rows
from defcoop_cli.patterns import Lazy
from defcoop_cli.tuples import NamedTuple

# A name of several words is read as its words in a row ("sao paulo").
Name = tuple[str, ...]
PLACES_WORDNET = os.path.join(os.path.dirname(__file__), "places_wordnet.tsv")
OTHER_READINGS = frozenset("var")  # a verb, an adjective or an adverb: not a place


class WordNetPlaces(NamedTuple):
    """places_wordnet.tsv read: WordNet's places filed under their first words, the
    common readings (parts of speech, "nv") of the words of theirs and the gazetteer's
    names that have them, and each continent's countries."""

    filed: dict[str, tuple[Name, ...]]
    readings: dict[str, str]
    continents: dict[str, tuple[str, ...]]


@lru_cache(maxsize=1)
def wordnet_places() -> WordNetPlaces:
    """The table of WordNet's places (scripts/build_places.py), read once."""
    filed: dict[str, list[Name]] = {}
    readings: dict[str, str] = {}
    continents: dict[str, tuple[str, ...]] = {}
    for name, kind, rest in table_rows(shipped_text(PLACES_WORDNET), 3):
        if kind == "K":
            continents[name] = tuple(rest.split(";"))
            continue
        if kind == "P":
            filed.setdefault(name.split(" ", 1)[0], []).append(tuple(name.split()))
        if rest and " " not in name:
            readings[name] = rest
    return WordNetPlaces({w: tuple(n) for w, n in filed.items()}, readings, continents)


def wider_region(word: str, held: Callable[[str], bool]) -> bool:
    """Whether the word is a continent WordNet puts a country of the fact base in ("asia"
    for India and Japan): a query about it may be about the fact base's region."""
    countries = wordnet_places().continents.get(word, ())
    return any(all(held(w) for w in country.split()) for country in countries)


def common_reading(name: Name, held: Callable[[str], bool], capitals: frozenset[str]) -> bool:
    """Whether the query may mean the name's words, not the place: each written in lower
    case with a reading that fits (a verb or an adjective, or a noun the fact base holds)."""
    readings = wordnet_places().readings

    def fits(word: str) -> bool:
        parts = readings.get(word, "")
        return bool(OTHER_READINGS.intersection(parts)) or ("n" in parts and held(word))

    return all(w not in capitals and fits(w) for w in name)


# The drafting gazetteer (curation/drafting/places.tsv): country, capital, demonyms…
GAZETTEER = os.path.join(
    os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(__file__)))),
    "curation",
    "drafting",
    "places.tsv",
)


@lru_cache(maxsize=1)
def _capitals() -> dict[str, tuple[str, str]]:
    """The gazetteer's capitals by description, run together without function words
    ("indiancapital", "capitalindia", "indiacapital"): the capital, and what it means."""
    found: dict[str, tuple[str, str]] = {}
    for country, capital, demonyms in table_rows(shipped_text(GAZETTEER), 3):
        for name in {country, *demonyms.split(";")} - {""}:
            joined = "".join(name.lower().split())
            for key in (f"{joined}capital", f"capital{joined}"):
                found.setdefault(key, (capital, f"{capital}, the capital of {country}"))
    return found


def capital_described(term: str) -> tuple[str, str] | None:
    """The capital a run of query terms describes ("the Indian capital", "capital of
    India", "India's capital": New Delhi) and what it means (text.py asks only for a run
    that holds "capital": a query without it never reads the gazetteer)."""
    return _capitals().get(term)


# Verbs whose object "us" is the pronoun ("show us", "give us the figures"), not the US.
ASKING = frozenset(
    """show tell give let send help get bring find brief update inform remind teach lend
    offer hand fetch email walk take""".split()  # noqa: SIM905 - words, not 21 strings
)
US_WRITTEN = Lazy(r"\bU\.?S\b")


@lru_cache(maxsize=1)
def _nations() -> frozenset[str]:
    """The gazetteer's countries and demonyms, and the last word of each of several words
    ("korea"), in lower case: the words beside which "us" is the US."""
    rows = table_rows(shipped_text(GAZETTEER), 3)
    names = {n for country, _, demonyms in rows for n in (country, *demonyms.split(";")) if n}
    return frozenset(n.lower().split()[-1] for n in names)


@lru_cache(maxsize=1)
def _countries_and_capitals() -> frozenset[str]:
    """The gazetteer's countries, demonyms and capitals, the last word of each of several
    words, in lower case: the words that name a state ("china", "chinese", "beijing")."""
    capitals = {capital for _, capital, _ in table_rows(shipped_text(GAZETTEER), 3) if capital}
    return _nations() | {c.lower().split()[-1] for c in capitals}


def names_a_state(word: str) -> bool:
    """Whether the word names a state by its country, people or capital (the gazetteer)."""
    return word in _countries_and_capitals()


def pronoun_us_dropped(words: list[str], text: str, function: frozenset[str]) -> list[str]:
    """The words, with each "us" that is the pronoun made "" (a word no fact holds); a word
    of `function` (words.STOPWORDS: places.py does not import words.py) is no word of substance.
    "us" is the US where the query writes "US" or "U.S.", after "the", or beside another
    country's name or demonym, "and" between or not ("india us ties", "us and australia"),
    unless a verb of asking or giving comes before it ("show us India's minister": the
    pronoun); else it is the pronoun before no word of substance ("trust us", "tell us
    where", "what it means for us"), and the US before one ("us defense secretary",
    "meet us commanders")."""
    if "us" not in words or US_WRITTEN.search(text):
        return words
    return ["" if w == "us" and _pronoun(words, i, function) else w for i, w in enumerate(words)]


def _pronoun(words: list[str], i: int, function: frozenset[str]) -> bool:
    def at(j: int) -> str:
        return words[j] if 0 <= j < len(words) else ""

    nations = _nations()
    before, after = at(i - 1), at(i + 1)
    if before in ASKING:
        return True
    if before == "the" or before in nations or after in nations:
        return False
    if (before == "and" and at(i - 2) in nations) or (after == "and" and at(i + 2) in nations):
        return False
    return not after or after in function
