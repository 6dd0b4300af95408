"""Query normalising and ranking: pure functions over a fact base, no I/O.

Every query word is scored against the words of each fact: its statement, keywords,
the names and aliases of its entities, its topic titles and its quote. A word scores
100 when it is found as it is, 90 when it starts a longer word (four letters or more),
and at most 89 for a typo (rapidfuzz's ratio, with a cut-off). Words of one or two
letters count only when found whole. A fact's score puts the number of query words it
matches first and their quality second, so facts matching more words always rank first.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cached_property

from rapidfuzz import fuzz, process

from defcoop_cli.errors import UsageError
from defcoop_cli.factbase import Entity, Fact, FactBase, Topic

EXACT = 100.0
PREFIX = 90.0
FUZZY_CAP = 89.0
MAX_QUERY_CHARS = 500
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
FIELD_WEIGHT = {"topic": 0.9}
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


def normalise(text: str) -> str:
    """Lower-case, accent-free, punctuation-free text; & and + stay inside words (J&K, 2+2)."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if ch.isprintable() and not unicodedata.combining(ch))
    text = _APOSTROPHE.sub("", _APOSTROPHE_S.sub("", text.casefold()))
    return " ".join(words(_NON_WORD.sub(" ", _DOTTED.sub("", text))))


def words(text: str) -> list[str]:
    out = []
    for raw in text.split():
        word = raw.strip("&+")
        if any(ch.isalnum() for ch in word):
            out.append(SPELLINGS.get(word, word))
    return out


def tokens(text: str) -> list[str]:
    return normalise(text).split()


@dataclass(frozen=True)
class Query:
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


@dataclass(frozen=True)
class TermMatch:
    """Why one query word matched one fact: where, on which word, how well."""

    term: str
    field: str
    word: str
    score: float


@dataclass(frozen=True)
class Match:
    fact: Fact
    score: float
    details: tuple[TermMatch, ...]

    @property
    def words(self) -> frozenset[str]:
        return frozenset(d.word for d in self.details)


def _compact_forms(phrases: Iterable[str]) -> list[str]:
    """'Dharma Guardian' also as 'dharmaguardian', so a run-together query finds it."""
    return ["".join(ws) for ws in (tokens(p) for p in phrases) if len(ws) > 1]


@dataclass(frozen=True)
class FactWords:
    fact: Fact
    fields: dict[str, frozenset[str]]


class SearchIndex:
    """The words of every fact by field, and the vocabulary they share."""

    def __init__(self, fb: FactBase) -> None:
        self.fb = fb
        self.entries = [self._words(f) for f in fb.doc.facts]

    def _words(self, fact: Fact) -> FactWords:
        entities = [self.fb.entities[e] for e in fact.entities if e in self.fb.entities]
        names = [n for e in entities for n in (e.name, *e.aliases)]
        titles = [self.fb.topics[t].title for t in fact.topics if t in self.fb.topics]
        fields = {
            "statement": tokens(fact.statement),
            "entity": [w for n in names for w in tokens(n)] + _compact_forms(names),
            "keyword": [w for k in fact.keywords for w in tokens(k)]
            + _compact_forms(fact.keywords),
            "topic": [w for t in titles for w in tokens(t)] + _compact_forms(titles),
            "quote": tokens(fact.quote),
        }
        return FactWords(fact, {k: frozenset(v) for k, v in fields.items()})

    @cached_property
    def vocabulary(self) -> list[str]:
        return sorted({w for e in self.entries for ws in e.fields.values() for w in ws})


def _fuzzy_floor(term: str) -> float:
    """Short words need a closer match: 'space' is not a typo of 'place'."""
    return 85.0 if len(term) <= 5 else 80.0


def word_scores(
    term: str, vocabulary: Sequence[str], floor: float | None = None
) -> dict[str, float]:
    """How well term matches each vocabulary word it matches at all."""
    scores = {term: EXACT} if term in vocabulary else {}
    if len(term) <= 2:
        return scores
    for word, ratio, _ in process.extract_iter(
        term, vocabulary, scorer=fuzz.ratio, score_cutoff=floor or _fuzzy_floor(term)
    ):
        scores.setdefault(word, min(ratio, FUZZY_CAP))
    if len(term) >= MIN_PREFIX_LEN:
        for word in vocabulary:
            if word != term and word.startswith(term):
                scores[word] = max(scores.get(word, 0.0), PREFIX)
    return scores


def _best(term: str, entry: FactWords, scores: dict[str, float]) -> TermMatch | None:
    """The term's best word in the fact; ties go to the earlier field, then the smaller word."""
    found = [
        (-scores[word] * FIELD_WEIGHT.get(field, 1.0), rank, word, field)
        for rank, field in enumerate(FIELDS)
        for word in entry.fields[field] & scores.keys()
    ]
    if not found:
        return None
    score, _, word, field = min(found)
    return TermMatch(term, field, word, -score)


def _better(term: str, own: TermMatch | None, phrase: TermMatch | None) -> TermMatch | None:
    if phrase is not None and (own is None or phrase.score > own.score):
        return replace(phrase, term=term)
    return own


def fact_score(n_terms: int, details: Sequence[TermMatch]) -> float:
    """(matched words - 1) * 100 plus their mean score, over the number of query words.

    A fact that matches k of n words scores above 100*(k-1)/n and at most 100*k/n, so a
    fact matching more words always scores higher than every fact matching fewer.
    """
    mean = sum(d.score for d in details) / len(details)
    return round((100.0 * (len(details) - 1) + mean) / n_terms, 1)


@dataclass(frozen=True)
class Filters:
    topics: frozenset[str] = frozenset()
    entities: frozenset[str] = frozenset()
    kinds: frozenset[str] = frozenset()
    include_editorial: bool = False

    def admits(self, fact: Fact) -> bool:
        if self.topics and not self.topics & set(fact.topics):
            return False
        if self.entities and not self.entities & set(fact.entities):
            return False
        if self.kinds and fact.kind not in self.kinds:
            return False
        return fact.kind != "editorial" or self._asks_for_editorial()

    def _asks_for_editorial(self) -> bool:
        return self.include_editorial or "editorial" in self.kinds or "editorial" in self.topics


def rank_facts(index: SearchIndex, query: Query, filters: Filters, limit: int) -> list[Match]:
    """The best `limit` facts for the query: score descending, then fact-base order."""
    per_term = {t: word_scores(t, index.vocabulary) for t in set(query.terms)}
    # 'south china see' also as 'southchinasee', to meet the name 'southchinasea'.
    # A run-together query must be close: 'malabrexercise' is not 'militaryexercise'.
    whole = (
        word_scores(query.compact, index.vocabulary, COMPACT_FLOOR) if len(query.terms) > 1 else {}
    )
    matches: list[tuple[float, int, Match]] = []
    for position, entry in enumerate(index.entries):
        if not filters.admits(entry.fact):
            continue
        phrase = _best(query.compact, entry, whole) if whole else None
        found = [m for t in query.terms if (m := _better(t, _best(t, entry, per_term[t]), phrase))]
        if found:
            score = fact_score(len(query.terms), found)
            matches.append((-score, position, Match(entry.fact, score, tuple(found))))
    matches.sort(key=lambda m: (m[0], m[1]))
    return [m for _, _, m in matches[:limit]]


def _labels(fb: FactBase) -> dict[str, str]:
    """Names a user might have meant, normalised, mapped to how they are shown."""
    labels: dict[str, str] = {}
    for e in fb.doc.entities:
        for name in (e.name, *e.aliases):
            labels.setdefault(normalise(name), name)
    for t in fb.doc.topics:
        labels.setdefault(normalise(t.title), t.title)
        labels.setdefault(normalise(t.id), t.id)
    return labels


def suggest(fb: FactBase, query: Query, limit: int = 3) -> list[str]:
    """Entity and topic names close to a query that found nothing."""
    labels = _labels(fb)
    hits = process.extract(
        " ".join(query.terms), list(labels), scorer=fuzz.WRatio, score_cutoff=70, limit=limit
    )
    return [labels[h[0]] for h in hits]


def closest_ids(wanted: str, ids: Iterable[str], limit: int = 3) -> list[str]:
    hits = process.extract(wanted, list(ids), scorer=fuzz.WRatio, score_cutoff=50, limit=limit)
    return [h[0] for h in hits]


def _resolve(wanted: str, names: dict[str, list[str]]) -> str | None:
    """The one id whose id or names match wanted exactly, else closely and unambiguously."""
    if wanted in names:
        return wanted
    key = normalise(wanted)
    exact = {i for i, ns in names.items() if key in {normalise(n) for n in (i, *ns)}}
    if len(exact) == 1:
        return exact.pop()
    choices = {(i, normalise(n)) for i, ns in names.items() for n in (i, *ns)}
    scored = [(fuzz.WRatio(key, n), i) for i, n in choices if key and n]
    top = max((score for score, _ in scored), default=0.0)
    best = {i for score, i in scored if score == top}
    return best.pop() if top >= 88 and len(best) == 1 else None


def resolve_topic(fb: FactBase, wanted: str) -> Topic | None:
    found = _resolve(wanted, {t.id: [t.title] for t in fb.doc.topics})
    return fb.topics[found] if found else None


def resolve_entity(fb: FactBase, wanted: str) -> Entity | None:
    found = _resolve(wanted, {e.id: [e.name, *e.aliases] for e in fb.doc.entities})
    return fb.entities[found] if found else None
