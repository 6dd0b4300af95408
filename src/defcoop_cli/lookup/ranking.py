"""Ranking: the facts that best match a query, by pure functions over an index, no I/O.

Each of a query's terms (text.py) is scored against the words of each fact: its statement,
keywords, the names and aliases of its entities, its topic titles and aliases, and its quote.

- A word found as it is scores 100; another form of it (the same stem) 95; a word the term
  starts (terms of four letters or more) 90; a typo (terms of four letters or more: one edit
  up to seven letters, two from eight) at most 89; a synonym 85. Terms of three letters or
  fewer count only when found whole or in another form.
- A fact's score is `(100 × (matched terms − 1) + their mean score) / terms`: a fact that
  matches more terms always scores above one that matches fewer.
- A fact is a result only if it matches enough of the terms (`required`): all of one or
  two, and two thirds (rounded up) of three or more. It is dropped when it scores below
  RELATIVE_FLOOR of the best result.
- Equal scores go to the more specific fact first: more terms matched in the names of the
  fact's own entities, then the shorter statement, then the fact base's order.
"""

from __future__ import annotations

import heapq
import itertools
import math
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from defcoop_cli.factbase.records import Fact
from defcoop_cli.factbase.vocab import EDITORIAL
from defcoop_cli.lookup.fields import FIELD_WEIGHTS, FIELDS, FieldWords
from defcoop_cli.lookup.protocol import Best, Index, Vocabulary
from defcoop_cli.lookup.text import Query, stem, synonyms, tokens

EXACT = 100.0
INFLECTED = 95.0  # another form of the same word: exercise / exercises, attack / attacked
PREFIX = 90.0
FUZZY_CAP = 89.0
SYNONYM = 85.0
MIN_FUZZY_LEN = 4
MIN_STEM_LEN = 3  # "aim" finds "aimed"; a stem is a whole word, not a typo
# How many of a query's terms a fact must match, and how close to the best result a result
# must score; chosen on the judged query set (benchmarks/quality.py, benchmarks/RESULTS.md).
REQUIRED_SHARE = 2 / 3
RELATIVE_FLOOR = 0.7
# A term that reaches more than this share of the facts ("india" in an India–Japan fact
# base) says little about any of them: it counts half towards the required share.
COMMON_SHARE = 0.5
MAX_STEM_RUN = 2000  # vocabulary words looked at for one term's other forms
MAX_PREFIX_RUN = 100_000  # words a prefix may reach: every one, in practice

# A term found in the statement (the claim itself), or else in the names of the fact's own
# entities, is what the fact is about; found only in its keywords, topics or quote, it is a
# passing mention.
STATEMENT, ENTITY = FIELDS.index("statement"), FIELDS.index("entity")
# The term that stands for a "who is" question, matched by the facts giving roles.
ROLE_TERM = "(who is)"


def term_weight(reached: int, facts: int) -> float:
    """1, or 0.5 for a term that reaches more than COMMON_SHARE of the facts."""
    return 0.5 if facts and reached > COMMON_SHARE * facts else 1.0


def enough(matched: Iterable[str], weights: dict[str, float]) -> bool:
    """Whether the matched terms carry the required share of the query's terms: all of a
    query of one or two terms, two thirds of a longer one (common terms counting half)."""
    total = sum(weights.values())
    need = total if len(weights) <= 2 else REQUIRED_SHARE * total
    return sum(weights.get(t, 0.0) for t in set(matched)) >= need - 1e-9


class TermMatch(NamedTuple):
    """Why one query term matched one fact: where, on which word, how well."""

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


class Ranking(NamedTuple):
    """The best matches, how many results there are in all, and how many matches the
    filters or the editorial rule left out."""

    matches: list[Match]
    total: int
    hidden_editorial: int = 0
    hidden_by_filters: int = 0


def allowed_edits(term: str) -> int:
    """Typos a term may carry (insertions, deletions, substitutions, swaps of two letters):
    none up to three letters, one up to seven, two from eight."""
    if len(term) < MIN_FUZZY_LEN:
        return 0
    return 1 if len(term) <= 7 else 2


def other_forms(word: str, vocabulary: Vocabulary) -> list[str]:
    """The vocabulary's other words with word's stem: exercise -> exercises, exercised."""
    root = stem(word)
    # A stem is the start of its words, but for a final y turned i (happy -> happi).
    start = root[:-1] if root.endswith("i") else root
    return [
        candidate
        for candidate in vocabulary.starting(start, MAX_STEM_RUN)
        if candidate != word and stem(candidate) == root
    ]


def word_scores(term: str, vocabulary: Vocabulary) -> dict[str, float]:
    """How well term matches each vocabulary word it matches at all."""
    scores: dict[str, float] = {}

    def offer(word: str, score: float) -> None:
        if score > scores.get(word, 0.0):
            scores[word] = score

    if vocabulary.has(term):
        offer(term, EXACT)
    if len(term) >= MIN_STEM_LEN:
        for form in other_forms(term, vocabulary):
            offer(form, INFLECTED)
    edits = allowed_edits(term)
    if not edits:
        return scores
    for word in vocabulary.starting(term, MAX_PREFIX_RUN):
        if word != term:
            offer(word, PREFIX)
    if EXACT not in scores.values():  # a word the fact base has is not a typo of another
        from rapidfuzz.distance import OSA  # loaded only for a word the fact base lacks

        for word in vocabulary.near(term, edits):
            distance = OSA.distance(term, word)
            offer(word, min(FUZZY_CAP, 100.0 * (1 - distance / max(len(term), len(word)))))
    for synonym in synonyms(term):
        for form in (synonym, *other_forms(synonym, vocabulary)):
            if vocabulary.has(form):
                offer(form, SYNONYM)
    return scores


def _pick(own: Best | None, phrases: Iterable[Best | None]) -> Best | None:
    """A phrase match stands in for a term it covers when it scores strictly higher."""
    for phrase in phrases:
        if phrase is not None and (own is None or phrase[0] < own[0]):
            own = phrase
    return own


def fact_score(n_terms: int, scores: Sequence[float]) -> float:
    """(matched terms - 1) * 100 plus their mean score, over the number of query terms.

    A fact that matches k of n terms scores above 100*(k-1)/n and at most 100*k/n, so a
    fact matching more terms always scores higher than every fact matching fewer.
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
    sources: frozenset[str] = frozenset()

    def asks_for_editorial(self) -> bool:
        return self.include_editorial or EDITORIAL in self.kinds or bool(self.editorial_topics)

    def admitted(self, index: Index) -> tuple[set[int] | None, set[int]]:
        """The positions the filters allow (None: all), and the editorial ones left out."""
        allowed: set[int] | None = None
        for facet, wanted in (
            ("topic", self.topics),
            ("entity", self.entities),
            ("kind", self.kinds),
            ("source", self.sources),
        ):
            if wanted:
                found = set().union(*(index.facet(f"{facet}:{w}") for w in wanted))
                allowed = found if allowed is None else allowed & found
        editorial = set() if self.asks_for_editorial() else index.facet(f"kind:{EDITORIAL}")
        return allowed, editorial


class _Row(NamedTuple):
    # (-score, -terms in the statement, -terms in entity names, statement words, position)
    key: tuple[float, int, int, int, int]
    found: list[tuple[str, Best]]

    @property
    def score(self) -> float:
        return -self.key[0]

    @property
    def position(self) -> int:
        return self.key[-1]


def _phrases(terms: tuple[str, ...]) -> dict[str, frozenset[str]]:
    """Run-together forms of the query and of each pair of neighbouring terms, with the
    terms each one covers: 'south china see' is also 'southchinasee' (the name
    'southchinasea'), 'home grown' also 'homegrown'."""
    found: dict[str, frozenset[str]] = {}
    if len(terms) > 1:
        found["".join(terms)] = frozenset(terms)
        for a, b in itertools.pairwise(terms):
            found.setdefault(a + b, frozenset((a, b)))
    return found


def _asked(index: Index, query: Query) -> tuple[str, ...]:
    """The query's question words that the fact base uses as keywords ('where' on the
    venue): for this query they are terms like the others, matched as they are."""
    return tuple(w for w in query.questions if index.in_field(w, "keyword"))


def _role_hits(index: Index, query: Query, candidates: Candidates) -> dict[int, Best]:
    """For "who is X": the facts giving the roles of the entities the query names. A term
    names an entity by one of its words itself, another form of it, or a typo of it (a
    term the fact base knows is no typo): not as a prefix ("india" is not "Indian defence
    minister") nor a synonym."""
    hits: dict[int, Best] = {}
    entity = FIELDS.index("entity")
    named: set[str] = set()
    for t in query.terms:
        scores = candidates[t][0]
        known = EXACT in scores.values()
        named |= {
            w
            for w, s in scores.items()
            if s >= INFLECTED or (not known and s < PREFIX and s != SYNONYM)
        }
    for e in index.role_entities():
        names = {w for name in (e.name, *e.aliases) for w in tokens(name)}
        if names & named:
            for position in index.facet(f"role:{e.id}"):
                hits[position] = (-EXACT, entity, e.id)
    return hits


Candidates = dict[str, list[dict[str, float]]]


def _could_be_enough(
    weights: dict[str, float],
    hits: dict[str, dict[int, Best]],
    phrases: list[tuple[frozenset[str], dict[int, Best]]],
) -> list[int]:
    """The positions that reach enough terms to pass `enough`, found with set operations
    before any per-fact work (a common word reaches a fifth of a big base): all the terms
    of a one- or two-term query; for a longer one, at least as many terms as its required
    weight (each term weighs at most 1). `enough` then decides exactly."""
    cover = {t: set(hits[t]) for t in weights}
    for covered, found in phrases:
        for t in covered:
            cover[t] |= found.keys()
    if len(weights) <= 2:
        return sorted(set.intersection(*cover.values()))
    need = math.ceil(REQUIRED_SHARE * sum(weights.values()) - 1e-9)
    counts = Counter(itertools.chain.from_iterable(cover.values()))
    return sorted(p for p, n in counts.items() if n >= need)


def _rows(index: Index, query: Query) -> tuple[list[_Row], Candidates]:
    """Every fact that matches enough of the query, with its sort key; and for each term,
    the words it was matched with (its own, then those of the phrases that cover it)."""
    vocabulary = index.vocabulary()
    asked = _asked(index, query)
    candidates: Candidates = {t: [word_scores(t, vocabulary)] for t in query.terms}
    roles = _role_hits(index, query, candidates) if query.identity else {}
    terms = (*query.terms, *asked, *((ROLE_TERM,) if roles else ()))
    candidates.update({w: [{w: EXACT}] for w in asked})
    hits = {t: index.hits(found[0]) for t, found in candidates.items()}
    if roles:
        hits[ROLE_TERM] = roles
    # A run-together phrase must be close: 'malabrexercise' is not 'militaryexercise'.
    phrases = []
    for phrase, covered in _phrases(query.terms).items():
        scores = word_scores(phrase, vocabulary)
        phrases.append((covered, index.hits(scores)))
        for t in covered:
            candidates[t].append(scores)
    size = index.size()
    # The role term adds to a fact's score, never to what a fact must match: "what is
    # Japan's view on terrorism" asks for the view, whether or not roles come up.
    weights = {t: term_weight(len(hits[t]), size) for t in terms if t != ROLE_TERM}
    matched = []
    for position in _could_be_enough(weights, hits, phrases):
        found = []
        for t in terms:
            covering = (h.get(position) for covered, h in phrases if t in covered)
            best = _pick(hits[t].get(position), covering)
            if best is not None:
                found.append((t, best))
        if enough([t for t, _ in found], weights):
            matched.append((position, found))
    lengths = index.lengths([p for p, _ in matched])
    rows = []
    for (position, found), length in zip(matched, lengths, strict=True):
        score = fact_score(len(terms), [-b[0] for _, b in found])
        in_statement = sum(b[1] == STATEMENT for _, b in found)
        in_entity = sum(b[1] == ENTITY for _, b in found)
        rows.append(_Row((-score, -in_statement, -in_entity, length, position), found))
    return rows, candidates


def _named(
    index: Index, facts: Sequence[Fact], top: Sequence[_Row], candidates: Candidates
) -> None:
    """Fill in the words an engine left empty (it matched several of equal score at once):
    as in memory, the smallest of them that the fact's field holds."""
    field_words: FieldWords | None = None
    for fact, row in zip(facts, top, strict=True):
        for i, (term, best) in enumerate(row.found):
            if best[2] or term == ROLE_TERM:
                continue
            field_words = field_words or FieldWords(index.topics, index.entity)
            held = field_words.of(fact)[best[1]]
            weight = FIELD_WEIGHTS[best[1]]
            for scores in candidates.get(term, ()):
                found = sorted(w for w, s in scores.items() if -s * weight == best[0] and w in held)
                if found:
                    row.found[i] = (term, (best[0], best[1], found[0]))
                    break


def rank_facts(index: Index, query: Query, filters: Filters, limit: int) -> Ranking:
    """The best `limit` results for the query, how many there are, and what was hidden."""
    rows, candidates = _rows(index, query)
    allowed, editorial = filters.admitted(index)
    visible = [
        r
        for r in rows
        if r.position not in editorial and (allowed is None or r.position in allowed)
    ]
    best = max((r.score for r in visible), default=0.0)
    visible = [r for r in visible if r.score >= RELATIVE_FLOOR * best]
    top = heapq.nsmallest(limit, visible, key=lambda r: r.key)
    facts = index.facts_at([r.position for r in top])
    _named(index, facts, top, candidates)
    matches = [
        Match(fact, row.score, tuple(TermMatch(t, FIELDS[b[1]], b[2], -b[0]) for t, b in row.found))
        for fact, row in zip(facts, top, strict=True)
    ]
    return Ranking(
        matches,
        len(visible),
        hidden_editorial=sum(
            r.position in editorial and (allowed is None or r.position in allowed) for r in rows
        ),
        hidden_by_filters=sum(
            allowed is not None and r.position not in allowed and r.position not in editorial
            for r in rows
        ),
    )
