"""Query normalising and ranking: pure functions over a fact base, no I/O.

Every query word is scored against the words of each fact: its statement, keywords,
the names and aliases of its entities, its topic titles and its quote. A word scores
100 when it is found as it is, 90 when it starts a longer word (four letters or more),
and at most 89 for a typo (rapidfuzz's ratio, with a cut-off). Words of one or two
letters count only when found whole. A fact's score puts the number of query words it
matches first and their quality second, so facts matching more words always rank first.
"""

from __future__ import annotations

import heapq
import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from functools import cached_property
from typing import NamedTuple, Protocol

from rapidfuzz import fuzz, process

from defcoop_cli.errors import UsageError
from defcoop_cli.factbase import FactBase
from defcoop_cli.limits import MAX_QUERY_CHARS
from defcoop_cli.records import Entity, Fact, Topic
from defcoop_cli.vocab import EDITORIAL

EXACT = 100.0
PREFIX = 90.0
FUZZY_CAP = 89.0
MIN_PREFIX_LEN = 4
COMPACT_FLOOR = 88.0

STOPWORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "by",
        "for",
        "from",
        "in",
        "into",
        "is",
        "its",
        "of",
        "on",
        "or",
        "the",
        "their",
        "this",
        "to",
        "was",
        "were",
        "with",
    ]
)
# Earlier fields win when a word matches equally well in several.
FIELDS = ("statement", "entity", "keyword", "topic", "quote")
# A topic title is shared by every fact in the topic, so it says less about any one of them.
FIELD_WEIGHTS = (1.0, 1.0, 1.0, 0.9, 1.0)
# American spellings are read as the British ones the article uses.
SPELLINGS = {
    "defense": "defence",
    "behavior": "behaviour",
    "program": "programme",
    "programs": "programmes",
    "organization": "organisation",
    "organizations": "organisations",
    "center": "centre",
}

_APOSTROPHE_S = re.compile(r"['’‘`]s\b")
_APOSTROPHE = re.compile(r"['’‘`]")
_DOTTED = re.compile(r"(?<=\w)\.(?=\w)")
_NON_WORD = re.compile(r"[^\w&+]+")
_HAS_ALNUM = re.compile(r"[^\W_]")


class _Unprintable(dict[int, int | None]):
    """A str.translate table that drops accents and unprintable characters, learning each
    character once (str.translate then looks it up at C speed)."""

    def __missing__(self, code: int) -> int | None:
        ch = chr(code)
        kept = code if ch.isprintable() and not unicodedata.combining(ch) else None
        self[code] = kept
        return kept


_UNPRINTABLE = _Unprintable()


def normalise(text: str) -> str:
    """Lower-case, accent-free, punctuation-free text; & and + stay inside words (J&K, 2+2)."""
    text = unicodedata.normalize("NFKD", text).translate(_UNPRINTABLE)
    text = _APOSTROPHE.sub("", _APOSTROPHE_S.sub("", text.casefold()))
    if "." in text:
        text = _DOTTED.sub("", text)
    return " ".join(words(_NON_WORD.sub(" ", text)))


def words(text: str) -> list[str]:
    out = []
    for raw in text.split():
        word = raw.strip("&+")
        if word.isalnum() or _HAS_ALNUM.search(word):
            out.append(SPELLINGS.get(word, word))
    return out


def tokens(text: str) -> list[str]:
    return normalise(text).split()


class Query(NamedTuple):
    text: str
    terms: tuple[str, ...]

    @property
    def compact(self) -> str:
        return "".join(self.terms)


def parse_query(parts: Sequence[str]) -> Query:
    """The words to look for; a usage error when there is nothing to search with."""
    text = " ".join(p.strip() for p in parts).strip()
    if len(text) > MAX_QUERY_CHARS:
        raise UsageError(f"query is {len(text)} characters long; the limit is {MAX_QUERY_CHARS}")
    all_terms = tokens(text)
    if len("".join(all_terms)) < 2:
        raise UsageError("query needs at least two letters or digits to search for")
    content = tuple(t for t in all_terms if t not in STOPWORDS)
    return Query(text, content or tuple(all_terms))


class TermMatch(NamedTuple):
    """Why one query word matched one fact: where, on which word, how well."""

    term: str
    field: str
    word: str
    score: float


class Match(NamedTuple):
    fact: Fact
    score: float
    details: tuple[TermMatch, ...]

    @property
    def words(self) -> frozenset[str]:
        return frozenset(d.word for d in self.details)


def _compact_forms(phrases: Iterable[str]) -> list[str]:
    """'Dharma Guardian' also as 'dharmaguardian', so a run-together query finds it."""
    return ["".join(ws) for ws in (tokens(p) for p in phrases) if len(ws) > 1]


class FieldWords:
    """The words of each fact by field (FIELDS order), remembering texts that repeat.

    Names, titles, keywords and quotes recur across facts; each distinct text is
    tokenised once.
    """

    def __init__(self, topics: Sequence[Topic], entities: Sequence[Entity]) -> None:
        self._texts: dict[str, frozenset[str]] = {}
        self._groups: dict[tuple[str, ...], frozenset[str]] = {}
        self._topics = {t.id: self.group((t.title,)) for t in topics}
        self._entities = {e.id: self.group((e.name, *e.aliases)) for e in entities}

    def text(self, text: str) -> frozenset[str]:
        found = self._texts.get(text)
        if found is None:
            found = self._texts[text] = frozenset(tokens(text))
        return found

    def group(self, texts: tuple[str, ...]) -> frozenset[str]:
        """The words of several names or keywords, and each one's run-together form."""
        found = self._groups.get(texts)
        if found is None:
            words = {w for t in texts for w in self.text(t)}
            found = self._groups[texts] = frozenset(words | set(_compact_forms(texts)))
        return found

    def of(self, fact: Fact) -> list[frozenset[str]]:
        empty: frozenset[str] = frozenset()
        return [
            frozenset(tokens(fact.statement)),
            empty.union(*(self._entities[e] for e in fact.entities if e in self._entities)),
            self.group(fact.keywords),
            empty.union(*(self._topics[t] for t in fact.topics if t in self._topics)),
            self.text(fact.quote),
        ]


def facet_keys(fact: Fact) -> list[str]:
    """The names under which a fact is found by the filters: kind, topics, entities."""
    return [f"kind:{fact.kind}", *(f"topic:{t}" for t in fact.topics)] + [
        f"entity:{e}" for e in fact.entities
    ]


class Index(Protocol):
    """What ranking reads: the vocabulary, postings, facets, and facts by position.

    A posting is position * 8 + field (the field's index in FIELDS); a position is the
    fact's index in the fact base, which is also the tie-break order.
    """

    topics: list[Topic]
    entities: list[Entity]

    def vocabulary(self) -> Sequence[str]: ...

    def postings(self, word: str) -> Sequence[int]: ...

    def facet(self, name: str) -> set[int]: ...

    def facts_at(self, positions: Sequence[int]) -> list[Fact]: ...

    def factbase(self) -> FactBase: ...


class SearchIndex:
    """The in-memory index of a loaded fact base (the cached one in `index.py` mirrors it)."""

    def __init__(self, fb: FactBase) -> None:
        self.fb = fb
        self.topics = fb.doc.topics
        self.entities = fb.doc.entities
        self._postings: dict[str, list[int]] = {}
        self._facets: dict[str, set[int]] = {}
        field_words = FieldWords(fb.doc.topics, fb.doc.entities)
        for position, fact in enumerate(fb.doc.facts):
            for code, found in enumerate(field_words.of(fact)):
                posting = position << 3 | code
                for word in found:
                    self._postings.setdefault(word, []).append(posting)
            for key in facet_keys(fact):
                self._facets.setdefault(key, set()).add(position)

    @cached_property
    def _vocabulary(self) -> list[str]:
        return sorted(self._postings)

    def vocabulary(self) -> Sequence[str]:
        return self._vocabulary

    def postings(self, word: str) -> Sequence[int]:
        return self._postings.get(word, [])

    def facet(self, name: str) -> set[int]:
        return self._facets.get(name, set())

    def facts_at(self, positions: Sequence[int]) -> list[Fact]:
        return [self.fb.doc.facts[p] for p in positions]

    def factbase(self) -> FactBase:
        return self.fb

    def all_postings(self) -> dict[str, list[int]]:
        return self._postings

    def all_facets(self) -> dict[str, set[int]]:
        return self._facets


def _fuzzy_floor(term: str) -> float:
    """Short words need a closer match: 'space' is not a typo of 'place'."""
    return 85.0 if len(term) <= 5 else 80.0


def word_scores(
    term: str, vocabulary: Sequence[str], floor: float | None = None
) -> dict[str, float]:
    """How well term matches each vocabulary word it matches at all."""
    scores = {term: EXACT} if in_sorted(vocabulary, term) else {}
    if len(term) <= 2:
        return scores
    for word, ratio, _ in process.extract_iter(
        term, vocabulary, scorer=fuzz.ratio, score_cutoff=floor or _fuzzy_floor(term)
    ):
        scores.setdefault(word, min(ratio, FUZZY_CAP))
    if len(term) >= MIN_PREFIX_LEN:
        # The vocabulary is sorted: the words that start with term are one run of it.
        for i in range(bisect_left(vocabulary, term), len(vocabulary)):
            word = vocabulary[i]
            if not word.startswith(term):
                break
            if word != term:
                scores[word] = max(scores.get(word, 0.0), PREFIX)
    return scores


def in_sorted(items: Sequence[str], value: str) -> bool:
    """Whether value is in a sorted list, by bisection."""
    i = bisect_left(items, value)
    return i < len(items) and items[i] == value


# The best match of one query word in a fact: (-weighted score, field, word); lower is better,
# so ties go to the earlier field, then the smaller word.
Best = tuple[float, int, str]


def _best_by_position(index: Index, scores: dict[str, float]) -> dict[int, Best]:
    best: dict[int, Best] = {}
    for word, score in scores.items():
        for posting in index.postings(word):
            position, code = posting >> 3, posting & 7
            key = (-score * FIELD_WEIGHTS[code], code, word)
            held = best.get(position)
            if held is None or key < held:
                best[position] = key
    return best


def _pick(own: Best | None, phrase: Best | None) -> Best | None:
    """The phrase match stands in for a word when it scores strictly higher."""
    if phrase is not None and (own is None or phrase[0] < own[0]):
        return phrase
    return own


def fact_score(n_terms: int, scores: Sequence[float]) -> float:
    """(matched words - 1) * 100 plus their mean score, over the number of query words.

    A fact that matches k of n words scores above 100*(k-1)/n and at most 100*k/n, so a
    fact matching more words always scores higher than every fact matching fewer.
    """
    mean = sum(scores) / len(scores)
    return round((100.0 * (len(scores) - 1) + mean) / n_terms, 1)


class Filters(NamedTuple):
    """What the user narrowed a search or listing to. Editorial content stays out unless
    asked for: with include_editorial, the editorial kind, or an editorial topic (one whose
    group is editorial: `editorial_topics` holds those of `topics`)."""

    topics: frozenset[str] = frozenset()
    entities: frozenset[str] = frozenset()
    kinds: frozenset[str] = frozenset()
    include_editorial: bool = False
    editorial_topics: frozenset[str] = frozenset()

    def asks_for_editorial(self) -> bool:
        return self.include_editorial or EDITORIAL in self.kinds or bool(self.editorial_topics)

    def admitted(self, index: Index) -> tuple[set[int] | None, set[int]]:
        """The positions the filters allow (None: all) and those they leave out."""
        allowed: set[int] | None = None
        for facet, wanted in (
            ("topic", self.topics),
            ("entity", self.entities),
            ("kind", self.kinds),
        ):
            if wanted:
                found = set().union(*(index.facet(f"{facet}:{w}") for w in wanted))
                allowed = found if allowed is None else allowed & found
        left_out = set() if self.asks_for_editorial() else index.facet(f"kind:{EDITORIAL}")
        return allowed, left_out


def rank_facts(index: Index, query: Query, filters: Filters, limit: int) -> list[Match]:
    """The best `limit` facts for the query: score descending, then fact-base order."""
    vocabulary = index.vocabulary()
    terms = query.terms
    best = {t: _best_by_position(index, word_scores(t, vocabulary)) for t in set(terms)}
    # 'south china see' also as 'southchinasee', to meet the name 'southchinasea'.
    # A run-together query must be close: 'malabrexercise' is not 'militaryexercise'.
    phrase = (
        _best_by_position(index, word_scores(query.compact, vocabulary, COMPACT_FLOOR))
        if len(terms) > 1
        else {}
    )
    allowed, left_out = filters.admitted(index)
    ranked: list[tuple[float, int, list[tuple[str, Best]]]] = []
    for position in set(phrase).union(*best.values()):
        if position in left_out or (allowed is not None and position not in allowed):
            continue
        found = [(t, b) for t in terms if (b := _pick(best[t].get(position), phrase.get(position)))]
        score = fact_score(len(terms), [-b[0] for _, b in found])
        ranked.append((-score, position, found))
    top = heapq.nsmallest(limit, ranked, key=lambda r: (r[0], r[1]))
    facts = index.facts_at([position for _, position, _ in top])
    return [
        Match(
            fact,
            -neg_score,
            tuple(TermMatch(t, FIELDS[b[1]], b[2], -b[0]) for t, b in found),
        )
        for fact, (neg_score, _, found) in zip(facts, top, strict=True)
    ]
