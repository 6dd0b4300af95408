"""Ranking: the facts that best match a query, by pure functions over an index, no I/O.

Each of a query's terms (text.py) is scored against the words of each fact: its statement,
keywords, the names and aliases of its entities, its topic titles and aliases, and its quote.

- A word found as it is scores 100 (so does a recorded act in another tense: matching.ACTS);
  another form of it (the same stem) 95; a word the term starts (terms of four letters or
  more) 90; a typo (four letters or more: one edit up to seven, two from eight) at most 89;
  a synonym 85. Terms of three letters or fewer count only when found whole or in another form.
- A fact's score is `(100 × (matched terms − 1) + their mean score) / terms`: a fact that
  matches more terms always scores above one that matches fewer.
- A fact is a result only if it matches enough of the terms (`required`): all of one or
  two, and two thirds (rounded up) of three or more; a name of several words the fact
  does not hold is one term missed, not one per word (hits.named_runs). It is dropped
  when it scores below RELATIVE_FLOOR of the best result, by its terms and with such a
  name one term (_above_floor).
- A fact of an event that holds every other term of the query by its own words also holds
  the terms naming the event, "in event" (events.naming.from_subject): "cybersecurity india japan
  defence ministers meeting" finds the cybersecurity fact first, not the meeting's.
- A query that finds nothing is tried again with wider words (a term common, counting
  half, by what its own words reach), then with each list item also matching the terms
  its lead's statement matches (leads.py).
- Equal scores go to the more specific fact first: more terms matched in the names of the
  fact's own entities, then the shorter statement, then the fact base's order.
"""

import heapq
import itertools
import math
from collections import Counter
from collections.abc import Iterable, Sequence

from defcoop_cli.factbase.records import Fact
from defcoop_cli.factbase.vocab import EDITORIAL
from defcoop_cli.lookup.protocol import Best, Index
from defcoop_cli.lookup.search.events.naming import asks_where, from_events, qualifiers
from defcoop_cli.lookup.search.hits import (
    ENTITY,
    STATEMENT,
    Reading,
    Readings,
    read_once,
)
from defcoop_cli.lookup.search.leads import (
    FIELD_NAMES,
    WEIGHTS,
    Found,
    by_phrase_alone,
    found_at,
    from_leads,
    from_siblings,
    lists_asked,
    name_words,
)
from defcoop_cli.lookup.search.matching import (
    OWN_WORDS,
    SYNONYM,
    meaning,
    runs_together,
)
from defcoop_cli.lookup.search.reading.grammar import counts_parts
from defcoop_cli.lookup.search.words import Query
from defcoop_cli.tuples import NamedTuple

# How many of a query's terms a fact must match, and how close to the best result a result
# must score; chosen on the judged query set (benchmarks/quality.py, benchmarks/RESULTS.md).
REQUIRED_SHARE = 2 / 3
RELATIVE_FLOOR = 0.7
# A term that reaches more than this share of the facts ("india" in an India–Japan fact
# base) says little about any of them: it counts half towards the required share.
COMMON_SHARE = 0.5
# The share of terms a query must match with their WordNet neighbourhoods' words when its
# own find nothing: above REQUIRED_SHARE, which let off-topic queries in (RESULTS.md).
WIDE_SHARE = 0.75
# And one term of each fact that retry finds must match by its own word or another form of
# it, a start or a typo (above SYNONYM, before the field's weight): a related word already
# stands in for the term, and beside a wider word it is two guesses ("weather in tokyo":
# Japan ← tokyo, atmosphere ← weather, found the talks' atmosphere).
RETRY_ANCHOR = SYNONYM
LEAD_WINDOW = 20  # results past the limit looked at for the leads of the list items shown
# A term found in the statement (the claim itself), or else in the names of the fact's own
# entities, is what the fact is about; found only in its keywords, topics or quote, it is a
# passing mention (hits.STATEMENT, hits.ENTITY).


def term_weight(reached: int, facts: int) -> float:
    """1, or 0.5 for a term that reaches more than COMMON_SHARE of the facts."""
    return 0.5 if facts and reached > COMMON_SHARE * facts else 1.0


def _need(weights: dict[str, float], share: float | None) -> float:
    total = sum(weights.values())
    return total if share is None and len(weights) <= 2 else (share or REQUIRED_SHARE) * total


def enough(matched: Iterable[str], weights: dict[str, float], share: float | None = None) -> bool:
    """Whether the matched terms carry the required share of the query's terms: all of a
    query of one or two terms, two thirds of a longer one (common terms counting half);
    or, given a share, that share of any query (the closest matches)."""
    need = _need(weights, share)
    return sum(weights.get(t, 0.0) for t in set(matched)) >= need - 1e-9


class TermMatch(NamedTuple):
    """Why one query term matched one fact: where, on which word, how well."""

    term: str
    field: str
    word: str
    score: float
    related: str = ""  # for a related word of the thesaurus, what its entry means


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
    excluded: frozenset[int] = frozenset()  # the positions a query's "-word" leaves out

    def asks_for_editorial(self) -> bool:
        return self.include_editorial or EDITORIAL in self.kinds or bool(self.editorial_topics)

    def admitted(self, index: Index) -> tuple[set[int] | None, set[int]]:
        """The positions the filters allow (None: all), and the editorial ones left out."""
        allowed: set[int] | None = None
        named = ("topic", "entity", "kind", "source")
        wanted_by = zip(named, (self.topics, self.entities, self.kinds, self.sources), strict=True)
        for facet, wanted in wanted_by:
            if wanted:
                found = set().union(*(index.facet(f"{facet}:{w}") for w in wanted))
                allowed = found if allowed is None else allowed & found
        if self.excluded:
            allowed = (set(range(index.size())) if allowed is None else allowed) - self.excluded
        editorial = set() if self.asks_for_editorial() else index.facet(f"kind:{EDITORIAL}")
        return allowed, editorial


class Row(NamedTuple):
    # (-score, -rarity (closest matches only), -qualifiers of a relation held
    # (naming.qualifiers), -terms in the statement, -terms in entity names, statement
    # words, position)
    key: tuple[float, float, int, int, int, int, int]
    found: list[tuple[str, Best]]

    @property
    def score(self) -> float:
        return -self.key[0]

    @property
    def position(self) -> int:
        return self.key[-1]


def _could_be_enough(
    weights: dict[str, float],
    hits: dict[str, dict[int, Best]],
    phrases: list[tuple[frozenset[str], dict[int, Best]]],
    share: float | None,
) -> list[int]:
    """The positions that reach enough terms to pass `enough`, found with set operations
    before any per-fact work (a common word reaches a fifth of a big base): all the terms
    of a one- or two-term query; for a longer one, at least as many terms as its required
    weight (each term weighs at most 1). `enough` then decides exactly."""
    cover = {t: set(hits[t]) for t in weights}
    for covered, found in phrases:
        for t in covered & cover.keys():  # an optional word left out of the weights
            cover[t] |= found.keys()
    if share is None and len(weights) <= 2:
        return sorted(set.intersection(*cover.values()))
    need = math.ceil(_need(weights, share) - 1e-9)
    counts = Counter(itertools.chain.from_iterable(cover.values()))
    return sorted(p for p, n in counts.items() if n >= need)


def _rows(
    index: Index,
    reading: Reading,
    share: float | None,
    wide: bool,
    anchor: float = OWN_WORDS,
    inherited: dict[int, Found] | None = None,
    weighed: Reading | None = None,
) -> list[Row]:
    """Every fact of the reading (hits.py) that matches enough of the query, with its sort
    key; with wider words, only a fact where one term's match scores above `anchor` before
    its field's weight; with `inherited` (leads.from_leads), a list item also by the terms
    its lead matches; with `weighed` (the query's own reading), a term common by what its
    own words reach, not its wider words ("countries" reaches India and Japan, instances
    of a country, in nearly every fact: it was common on the retry alone)."""
    terms, bonus, hits, phrases = reading.terms, reading.bonus, reading.hits, reading.phrases
    size = index.size()
    # The role term adds to a fact's score, never to what a fact must match: "what is
    # Japan's view on terrorism" asks for the view, whether or not roles come up.
    reach = (weighed or reading).hits
    weights = {t: term_weight(len(reach[t]), size) for t in terms if t not in bonus}
    names = reading.names if share is None else ()
    positions = _could_be_enough(_as_one(weights, names), hits, phrases, share)
    lighter = {t: w for t, w in weights.items() if t not in reading.optional}
    if reading.optional:  # "between india and japan": asked only of a fact holding it
        more = _could_be_enough(_as_one(lighter, names), hits, phrases, share)
        positions = sorted({*positions, *more})
    if inherited:
        positions = sorted({*positions, *inherited})
    matched = []
    for position in positions:
        found = found_at(reading, position)
        if inherited:
            found += inherited.get(position, [])
        held = {t for t, _ in found}
        asked = weights if reading.optional <= held else lighter
        if enough(held, _as_one(asked, [n for n in names if not n & held]), share) and (
            not wide
            or any(
                -b[0] / WEIGHTS[b[1]] > anchor + 1e-6 and weights.get(t) == 1.0 for t, b in found
            )
        ):  # a fact found by wider words alone, or beside a common term, says nothing
            matched.append((position, found))
    # A role or a purpose that no result gives is no term of its score.
    held = {t for _, found in matched for t, _ in found}
    # An optional frame ("between") is no term of its score either: it lifts no fact.
    n_terms = sum((t not in bonus or t in held) and t not in reading.optional for t in terms)
    lengths = index.lengths([p for p, _ in matched])
    kinds = qualifiers(terms)
    rows = []
    for (position, found), length in zip(matched, lengths, strict=True):
        own = [-b[0] for t, b in found if t not in reading.optional]
        score = fact_score(n_terms, own or [-b[0] for _, b in found])
        in_statement = sum(b[1] == STATEMENT for _, b in found)
        in_entity = sum(b[1] == ENTITY for _, b in found)
        rarity = _rarity(hits, found, size) if share is not None else 0.0
        kind = sum(t in kinds for t, _ in found)
        key = (-score, -rarity, -kind, -in_statement, -in_entity, length, position)
        rows.append(Row(key, found))
    return rows


def _above_floor(rows: list[Row], names: Sequence[frozenset[str]]) -> list[Row]:
    """The rows scoring RELATIVE_FLOOR of the best or more, by their terms or with a name of
    several words one term, as it is one thing asked (_as_one): in "maritime security indo
    pacific" a fact holding maritime security holds two of the three things asked, as the
    Indo-Pacific fact holding "maritime" does, though two of four terms against three."""
    best = max((r.score for r in rows), default=0.0)
    whole = [fact_score(1, _unit_scores(r.found, names)) for r in rows] if names else []
    top = max(whole, default=0.0)
    return [
        r
        for k, r in enumerate(rows)
        if r.score >= RELATIVE_FLOOR * best or (whole and whole[k] >= RELATIVE_FLOOR * top)
    ]


def _unit_scores(found: Found, names: Sequence[frozenset[str]]) -> list[float]:
    """Each matched term's score, a name of several words one term: its words' scores over
    its length."""
    scores = [-b[0] for t, b in found if not any(t in n for n in names)]
    held = [[-b[0] for t, b in found if t in n] for n in names]
    return scores + [sum(h) / len(n) for h, n in zip(held, names, strict=True) if h]


def _with_field(reading: Reading, rows: list[Row]) -> list[Row]:
    """The rows, less those without an optional frame ("between india and japan") that
    hold too little of the field of the thing asked before it ("AI cooperation between
    india and japan": the AI, not only the cooperation of India and Japan); after the
    rows a related phrase displaces are read, which the others weigh (displaced)."""
    if not reading.field:
        return rows
    field = dict.fromkeys(reading.field, 1.0)
    return [
        r
        for r in rows
        if reading.optional <= {t for t, _ in r.found} or enough({t for t, _ in r.found}, field)
    ]


def _as_one(weights: dict[str, float], names: Sequence[frozenset[str]]) -> dict[str, float]:
    """The weights, where the terms of each name of several words weigh as one term: a
    fact that does not hold "New Delhi" misses one thing asked about, not two."""
    if not names:
        return weights
    lighter = dict(weights)
    for run in names:
        lighter.update({t: weights[t] / len(run) for t in run})
    return lighter


def displaced(index: Index, own: Reading, rows: list[Row]) -> list[Row]:
    """The rows less those a related phrase displaces (leads.by_phrase_alone)."""
    dropped = by_phrase_alone(index, own, [r.found for r in rows])
    return [r for k, r in enumerate(rows) if k not in dropped]


def _reached(index: Index, reading: Reading) -> bool:
    """Whether the terms that any fact matches are together as many as a fact must match
    (as _could_be_enough counts them): else no list item and its lead can be, and reading
    every fact a common word reaches for their leads is wasted ("india weather hotels")."""
    size, hits = index.size(), reading.hits
    weights = {t: term_weight(len(hits[t]), size) for t in reading.terms if t not in reading.bonus}
    reached = {t for t in weights if hits[t]}
    reached.update(
        t for covered, found in reading.phrases if found for t in covered & weights.keys()
    )
    return len(reached) >= math.ceil(_need(_as_one(weights, reading.names), None) - 1e-9)


def _rarity(hits: dict[str, dict[int, Best]], found: list[tuple[str, Best]], size: int) -> float:
    """How rare the terms a partial match holds are (the sum of their log inverse shares
    of the facts): of two facts that match as many of a query's terms, the one with the
    rarer term is the closer ("AI in the military": the AI fact, not a military one)."""
    return round(sum(math.log(size / len(hits[t])) for t, _ in found if hits.get(t)), 6)


def _leads_first(
    rows: list[Row], facts: list[Fact], limit: int, lists: bool, counted: bool = False
) -> tuple[list[Row], list[Fact]]:
    """The first `limit` of the ranked rows, where a lead fact that matches as well as two
    or more of its own list items (facts with its id as part_of; the same score, the same
    number of terms in the statement and in entity names) comes just before the first of
    them: the query asks about the list, which the lead states. One item that matches as
    well as its lead is the specific answer: it comes just before the lead. With `lists`
    (not for closest matches, led by what passes their bar), a lead whose list the query
    asks about (leads.lists_asked) comes just before its first item whatever its score."""
    rank = {f.id: i for i, f in enumerate(facts)}
    tied: dict[int, list[int]] = {}
    for i, fact in enumerate(facts):
        lead = rank.get(fact.part_of or "")
        if lead is not None and rows[lead].key[:5] == rows[i].key[:5]:
            tied.setdefault(lead, []).append(i)
    place: list[float] = list(range(len(rows)))
    for lead, items in tied.items():
        if len(items) >= 2:
            place[lead] = min(lead, *items)
        elif items[0] > lead:
            place[items[0]] = lead - 0.5
    for lead, first in (lists_asked(rows, facts, rank, counted) if lists else {}).items():
        if lead not in tied and first < lead:
            place[lead] = first - 0.5
    order = sorted(range(len(rows)), key=lambda i: (place[i], place[i] == i, i))[:limit]
    return [rows[i] for i in order], [facts[i] for i in order]


def rank_facts(
    index: Index,
    query: Query,
    filters: Filters,
    limit: int,
    share: float | None = None,
    widen: bool = True,
    wide: bool = False,
    readings: Readings | None = None,
) -> Ranking:
    """The best `limit` results for the query, how many there are, and what was hidden;
    share: the share of the terms a fact must match, if not the usual (`enough`); widen:
    whether a query that finds nothing is tried again with wider words, then with list
    items read with their leads; wide: with wider words at once (partial.py); readings:
    what was read for the query before, kept (hits.py)."""
    readings = {} if readings is None else readings
    reading = read_once(index, query, wide, readings)
    # the facts of an event read with the query's terms naming it (events.naming.from_events)
    events = from_events(index, reading, asks_where(query)) if share is None else None
    if events is not None:  # two items of one list named together, each by its own words
        for position, found in from_siblings(index, reading).items():
            taken = {t for t, _ in events.get(position, [])}
            events.setdefault(position, []).extend(f for f in found if f[0] not in taken)
    rows = _rows(index, reading, share, wide, inherited=events)
    rows = _with_field(reading, displaced(index, reading, rows)) if share is None else rows
    own = reading
    if not rows and widen and share is None and len(query.terms) > 1:
        # Nothing with the query's own words: again, each term also finding the words of
        # its WordNet neighbourhood (matching.WIDER), scored below all of them.
        reading = read_once(index, query, True, readings)
        rows = _rows(index, reading, WIDE_SHARE, wide=True, anchor=RETRY_ANCHOR, weighed=own)
        rows = displaced(index, own, rows)
    if not rows and widen and share is None and len(query.terms) > 2 and _reached(index, own):
        # Nor with wider words: a list item also by its lead's own words (leads.py); not
        # for two terms, of which an item and its lead would each hold one.
        reading = own
        rows = displaced(
            index, own, _rows(index, own, share, wide, inherited=from_leads(index, own))
        )
    candidates = reading.candidates
    allowed, editorial = filters.admitted(index)
    visible = [
        r
        for r in rows
        if r.position not in editorial and (allowed is None or r.position in allowed)
    ]
    visible = _above_floor(visible, reading.names if share is None else ())
    window = heapq.nsmallest(limit + LEAD_WINDOW, visible, key=lambda r: r.key)
    at = index.facts_at([r.position for r in window])
    top, facts = _leads_first(window, at, limit, share is None, counts_parts(query.text))
    name_words(index, facts, [row.found for row in top], candidates)
    phrases = runs_together(query.terms)
    matches = [
        Match(
            fact,
            row.score,
            tuple(
                TermMatch(
                    t,
                    FIELD_NAMES[b[1]],
                    b[2],
                    -b[0],
                    meaning(t, -b[0] / WEIGHTS[b[1]], b[2], phrases),
                )
                for t, b in row.found
            ),
        )
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
