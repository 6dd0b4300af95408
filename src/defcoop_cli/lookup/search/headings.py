"""A librarian's catalogue heading or subject string, ranked by its facets (issue 25).

A heading is subdivisions joined by " -- ", "--", " - " or a dash ("India -- Military
relations -- Japan -- 2025", "Computer security -- International cooperation"), or a
person's name written inverted ("Nakatani, Gen, 1957-"). Read as one sentence, it is a
conjunction of every word: one subdivision the fact base lacks ("Periodicals",
"Prevention") leaves it with nothing. reading/syntax.py reads each subdivision as a facet
(text.parse_query keeps them on the query): a form ("Periodicals", "Case studies",
"Biography": the kind of document, not its subject) is none; a framing one
("International cooperation", "Travel") a FRAME; a relation ("Foreign relations") a
RELATION; a date or range, in the months and years it covers, a DATE; a subdivision after
the first written all in capitals a PLACE ("-- Japan", "-- Indo-Pacific Region"); a name of
several words so written a NAME ("Singh, Rajnath" read as Rajnath Singh, "Malabar Coast");
any other a TOPIC ("Supply chain management").

What a fact is to hold (REQUIRED): a TOPIC by one of its words (its own, a form of it, a
synonym, a related word or a typo's, as search reads them; never a word it only starts); a
NAME by half its words; a RELATION by the fact's own words (a statement's "relations", not
a topic's "military exercises": "Australia -- Military relations -- United States" is not
answered by a fact naming both in another's exercise). A FRAME, a PLACE and a DATE need not
be held. What the base is to know, or the heading is about another subject and finds
nothing: a word of every TOPIC, every word of a NAME or a PLACE ("Japan -- Foreign
relations -- Korea (South)", "Singh, Manmohan, 1932-2024"), a DATE's years; a FRAME or
RELATION none of whose words the base holds says nothing of it and is left out. A curator
note's words count as known ("Gen", "2025").

The facts matching every word come first (lookup/service.py), kept only where they hold
every required facet (held_by_facets); when none is left, heading_matches ranks the facts
that hold every required facet by the share of the facets' weight they hold, shown as
closest matches: a facet weighs as its rarest word, log((facts + 1) / facts reached), a
FRAME, RELATION or DATE a quarter of that; a word's credit is whole for its own word,
RELATED_CREDIT for a related one, less in an entity's name or a topic's title.
"""

import math
from collections.abc import Callable

from defcoop_cli.lookup.protocol import Best, Index
from defcoop_cli.lookup.search.hits import Readings, read_once
from defcoop_cli.lookup.search.leads import FIELD_NAMES, WEIGHTS, fact_rows
from defcoop_cli.lookup.search.matching import INFLECTED, PREFIX
from defcoop_cli.lookup.search.partial import Partial, Ranked, shares_as_matches
from defcoop_cli.lookup.search.ranking import Filters, Match, Ranking
from defcoop_cli.lookup.search.reading.syntax import DATE, FRAME, NAME, PLACE, RELATION, TOPIC
from defcoop_cli.lookup.search.text import STOPWORDS, Query, tokens

FRAMING_WEIGHT = 0.25
DATE_WEIGHT = 0.25
RELATED_CREDIT = 0.7  # a synonym's, a related word's or a typo's share of a word's weight
ENTITY_CREDIT = 0.5  # a word only in the names of a fact's entities
TOPIC_CREDIT = 0.8  # a word only in its topic's title, which every fact of the topic shares
UNHELD_WEIGHT = 2.5  # a word no fact holds


def facet_terms(query: Query) -> list[tuple[str, tuple[str, ...]]]:
    """Each facet's kind and the query's terms it holds (a facet with none is dropped)."""
    terms = set(query.terms)
    facets = []
    for kind, text in query.facets:
        held = tuple(t for t in tokens(text) if t in terms and t not in STOPWORDS)
        if held:
            facets.append((kind, held))
    return facets


def heading_matches(
    index: Index, query: Query, filters: Filters, limit: int, readings: Readings
) -> tuple[Ranking, Partial] | None:
    """The facts holding every subject facet, by the share of the facets' weight they hold
    (the module's docstring); None when none does, or a year is one the base never names."""
    reading = read_once(index, query, False, readings)
    known = _known(index, reading.hits)
    facets = _required(facet_terms(query), known)
    if facets is None or not any(kind in SUBJECTS for kind, _ in facets):
        return None
    weights = _weights(index, reading.hits, facets)
    total = sum(weights)
    order, rows = fact_rows(index, reading, (t for _, ts in facets for t in ts), filters)
    ranked: list[Ranked] = []
    for position, row in zip(order, rows, strict=True):
        best = dict(row)
        credits = [_facet_credit(kind, ts, best) for kind, ts in facets]
        if any(c <= 0 and kind in REQUIRED for c, (kind, _) in zip(credits, facets, strict=True)):
            continue
        share = sum(w * c for w, c in zip(weights, credits, strict=True)) / total
        ranked.append((-share, -sum(c > 0 for c in credits), position, best))
    if not ranked:
        return None
    ranked.sort(key=lambda row: row[:3])
    matches = shares_as_matches(index, ranked[:limit])
    first = ranked[0][3]
    every = [t for _, ts in facets for t in ts]
    matched = tuple(dict.fromkeys(t for t in every if t in first))
    unmatched = tuple(dict.fromkeys(t for t in every if t not in first))
    return Ranking(matches, len(ranked)), Partial(matched, unmatched, by_heading=True)


def held_by_facets(index: Index, query: Query, ranking: Ranking, readings: Readings) -> Ranking:
    """The ranking's matches that hold every facet a heading's fact is to hold (a framing
    one by its own words); the others are no answer to it (an empty ranking when none is,
    and the facets' own ranking follows, heading_matches)."""
    reading = read_once(index, query, False, readings)
    facets = _required(facet_terms(query), _known(index, reading.hits))
    if facets is None:
        return ranking._replace(matches=[], total=0)
    kept = [m for m in ranking.matches if _holds(m, facets)]
    if len(kept) == len(ranking.matches):
        return ranking
    return ranking._replace(matches=kept, total=len(kept))


def _holds(match: Match, facets: list[tuple[str, tuple[str, ...]]]) -> bool:
    """Whether a match holds every facet a fact is to hold (REQUIRED)."""
    for kind, terms in facets:
        held = {
            d.term
            for d in match.details
            if d.term in terms
            and abs(d.score - PREFIX) > 1e-6
            and (kind != RELATION or d.field in OWN_FIELDS)
        }
        if kind in REQUIRED and len(held) < _needed(kind, terms):
            return False
    return True


def _needed(kind: str, terms: tuple[str, ...]) -> int:
    """How many of a facet's words a fact is to hold: half a name's (rounded up), else one."""
    return (len(terms) + 1) // 2 if kind == NAME else 1


SUBJECTS = (TOPIC, NAME)
SCALE = {TOPIC: 1.0, NAME: 1.0, PLACE: 1.0, RELATION: FRAMING_WEIGHT, FRAME: FRAMING_WEIGHT}
SCALE[DATE] = DATE_WEIGHT
FIELD_CREDIT = {"entity": ENTITY_CREDIT, "topic": TOPIC_CREDIT}
REQUIRED = (TOPIC, NAME, RELATION)
OWN_FIELDS = ("statement", "quote")


def _known(index: Index, hits: dict[str, dict[int, Best]]) -> Callable[[str], bool]:
    """Whether the fact base holds a word: a fact by search's reading, or a curator note
    (a date, a given name: "Gen", "2025")."""
    said: set[str] = set()
    for note in index.catalogue().curator_notes:
        said.update(tokens(note.text))
    return lambda t: bool(hits.get(t)) or t in said


def _required(
    facets: list[tuple[str, tuple[str, ...]]], known: Callable[[str], bool]
) -> list[tuple[str, tuple[str, ...]]] | None:
    """The facets a fact is to hold (a framing one that no word of the base holds says
    nothing of it: left out); None when the heading is about what the base lacks: a name
    with a word it never holds, a subject none of whose words it holds, a year it never
    names."""
    kept = []
    for kind, terms in facets:
        held = [known(t) for t in terms]
        if (kind in (NAME, PLACE) and not all(held)) or (kind == TOPIC and not any(held)):
            return None
        if kind == DATE and not all(known(t) for t in terms if _years(t)):
            return None
        if kind not in (FRAME, RELATION) or any(held):
            kept.append((kind, terms))
    return kept


def _facet_credit(kind: str, terms: tuple[str, ...], best: dict[str, Best]) -> float:
    """A fact's credit for a facet: its best word's (a relation's by the fact's own words:
    a statement's "relations", not a topic's "military exercises"); a name's, the mean of
    its words' when the fact holds half of them or more."""
    words = [best[t] for t in terms if t in best]
    if kind == RELATION:
        words = [b for b in words if FIELD_NAMES[b[1]] in OWN_FIELDS]
    credits = [c for c in map(_credit, words) if c > 0]
    if kind in (NAME, PLACE):
        return sum(credits) / len(terms) if len(credits) >= _needed(NAME, terms) else 0.0
    return max(credits, default=0.0)


def _years(term: str) -> bool:
    return term.isdigit() and len(term) == 4


def _weights(
    index: Index, hits: dict[str, dict[int, Best]], facets: list[tuple[str, tuple[str, ...]]]
) -> list[float]:
    """Each facet's weight: its rarest word's rarity among the facts, scaled by its kind."""
    size = index.size()
    scale = SCALE
    weights = []
    for kind, terms in facets:
        rarity = max(
            math.log((size + 1) / len(hits[t])) if hits.get(t) else UNHELD_WEIGHT for t in terms
        )
        weights.append(rarity * scale[kind])
    return weights


def _credit(best: Best) -> float:
    """A word's credit: whole for the term's own word or a form of it, RELATED_CREDIT for
    a synonym, a related word or a typo, none for a word it only starts; ENTITY_CREDIT of
    that in the names of the fact's entities."""
    score, field, _ = best
    own = -score / WEIGHTS[field]
    if abs(own - PREFIX) < 1e-6:
        return 0.0
    credit = 1.0 if own >= INFLECTED - 1e-6 else RELATED_CREDIT
    return credit * FIELD_CREDIT.get(FIELD_NAMES[field], 1.0)
