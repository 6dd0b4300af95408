"""A librarian's catalogue heading or subject string, ranked by its facets (issue 25).

A heading is subdivisions joined by " -- ", "--", " - " or a dash ("India -- Military
relations -- Japan -- 2025", "Computer security -- International cooperation"), or a
person's name written inverted ("Nakatani, Gen, 1957-"). Read as one sentence, it is a
conjunction of every word: one subdivision the fact base lacks ("Periodicals",
"Prevention") leaves it with nothing. reading/notation/syntax.py reads each subdivision as a facet
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

An alert list (reading/notation/syntax.is_list: "rajnath, nakatani, drones", "india japan; cyber;
space") is read the same way, its items its subdivisions, with two differences for what a
list means: an item every word of which names a party to an event of the base ("rajnath",
"japan india") is a NAME that NARROWS: a fact of that event holds it, by its words or not
(EVENT_CREDIT); and its subject items CHOOSE: a fact is to hold one of them, not every one
("india japan; cyber; space" asks for cyber and for space). A list whose items are no
facets (a subject of no known word) is read as its words are, as before.

A travel-security advisor's note asks a bare question of a visit ("jpn official visit india
- when", "japanese ministerial party in delhi - who": reading/written/notes.past_notes): a
subdivision of question words alone. The visit is one the base holds only where its subject
names a party to an event of the base and no person or nation that is none of its parties
("putin's trip to delhi - when", "chinese delegation - who", "australian pm visit - when"
ask of other visits: nothing, not a fact holding "delhi" or "delegation", _another_visit).

The facts matching every word come first (lookup/service.py), kept only where they hold
every required facet (held_by_facets); when none is left, heading_matches ranks the facts
that hold every required facet by the share of the facets' weight they hold, shown as
closest matches: a facet weighs as its rarest word, log((facts + 1) / facts reached), a
FRAME, RELATION or DATE a quarter of that; a word's credit is whole for its own word,
RELATED_CREDIT for a related one, less in an entity's name or a topic's title.
"""

import math
from collections.abc import Callable, Iterable

from defcoop_cli.lookup.protocol import Best, Index
from defcoop_cli.lookup.search.hits import Readings, read_once
from defcoop_cli.lookup.search.leads import FIELD_NAMES, WEIGHTS, fact_rows
from defcoop_cli.lookup.search.matching import INFLECTED, PREFIX
from defcoop_cli.lookup.search.partial import Partial, Ranked, shares_as_matches
from defcoop_cli.lookup.search.ranking import Filters, Match, Ranking
from defcoop_cli.lookup.search.reading.notation.syntax import (
    DATE,
    FRAME,
    NAME,
    PLACE,
    RELATION,
    TOPIC,
)
from defcoop_cli.lookup.search.words import STOPWORDS, Query, tokens

FRAMING_WEIGHT = 0.25
DATE_WEIGHT = 0.25
RELATED_CREDIT = 0.7  # a synonym's, a related word's or a typo's share of a word's weight
ENTITY_CREDIT = 0.5  # a word only in the names of a fact's entities
TOPIC_CREDIT = 0.8  # a word only in its topic's title, which every fact of the topic shares
UNHELD_WEIGHT = 2.5  # a word no fact holds
EVENT_CREDIT = 0.25  # a list's party a fact does not name, of an event the party is to


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
    if _another_visit(index, query):
        return None
    reading = read_once(index, query, False, readings)
    known = _known(index, reading.hits)
    facets = _required(facet_terms(query), known)
    if facets is None or not any(kind in SUBJECTS for kind, _ in facets):
        return None
    parties = _party_words(index, facets) if query.listed else {}
    facets = [(NAME if ts[0] in parties else kind, ts) for kind, ts in facets]
    weights = _weights(index, reading.hits, facets)
    rarity = {t: _weights(index, reading.hits, [(TOPIC, (t,))])[0] for _, ts in facets for t in ts}
    total = sum(weights)
    order, rows = fact_rows(index, reading, (t for _, ts in facets for t in ts), filters)
    ranked: list[Ranked] = []
    for position, row in zip(order, rows, strict=True):
        best = dict(row)
        credits = [_facet_credit(kind, ts, best, parties, position) for kind, ts in facets]
        if query.listed:  # an item of several words, by the share of its words' weight held
            credits = [
                _item_credit(ts, best, rarity) if kind == TOPIC and c > 0 else c
                for c, (kind, ts) in zip(credits, facets, strict=True)
            ]
        if not _meets(facets, credits, query.listed):
            continue
        share = sum(w * c for w, c in zip(weights, credits, strict=True)) / total
        ranked.append((-share, -sum(c > 0 for c in credits), position, best))
    if not ranked:
        return None
    ranked.sort(key=lambda row: row[:3])
    matches = shares_as_matches(index, ranked[:limit])
    first, at = ranked[0][3], ranked[0][2]
    every = [t for _, ts in facets for t in ts]
    held = {t for t in every if t in first or at in parties.get(t, ())}
    matched = tuple(dict.fromkeys(t for t in every if t in held))
    unmatched = tuple(dict.fromkeys(t for t in every if t not in held))
    return Ranking(matches, len(ranked)), Partial(matched, unmatched, by_heading=True)


def held_by_facets(index: Index, query: Query, ranking: Ranking, readings: Readings) -> Ranking:
    """The ranking's matches that hold every facet a heading's fact is to hold (a framing
    one by its own words); the others are no answer to it (an empty ranking when none is,
    and the facets' own ranking follows, heading_matches). An alert list's matches hold
    one of its subject items (a list of no facets: the ranking as it is)."""
    if _another_visit(index, query):
        return ranking._replace(matches=[], total=0)
    reading = read_once(index, query, False, readings)
    facets = _required(facet_terms(query), _known(index, reading.hits))
    if facets is None:
        return ranking if query.listed else ranking._replace(matches=[], total=0)
    if query.listed:
        parties = _party_words(index, facets)
        facets = [(NAME if ts[0] in parties else kind, ts) for kind, ts in facets]
        kept = [
            m
            for m in ranking.matches
            if _holds(m, facets, True, _event_held(index, m, parties) if parties else ())
        ]
    else:
        kept = [m for m in ranking.matches if _holds(m, facets, False)]
    if len(kept) == len(ranking.matches):
        return ranking
    if query.listed and not kept:  # the editorial facts matched hold no more of it
        return ranking._replace(matches=[], total=0, hidden_editorial=0)
    return ranking._replace(matches=kept, total=len(kept))


def _another_visit(index: Index, query: Query) -> bool:
    """Whether a heading asks a bare question of a visit the base does not hold (the
    module's docstring): its subject names no party to an event, or a person or nation
    that is none."""
    from defcoop_cli.lookup.search.words import QUESTION_WORDS, VISITS

    asked = [set(tokens(text)) for _, text in query.facets]
    if not any(words and words <= QUESTION_WORDS for words in asked):
        return False
    if VISITS.isdisjoint(query.terms):
        return False
    parties = {p for event in index.catalogue().events for p in event.parties}
    party_words: set[str] = set()
    others: set[str] = set()
    for entity in index.entities:
        if entity.id in parties or entity.type in ("person", "country"):
            named = {t for name in (entity.name, *entity.aliases) for t in tokens(name)}
            (party_words if entity.id in parties else others).update(named)
    terms = set(query.terms)
    return terms.isdisjoint(party_words) or not terms.isdisjoint(others - party_words)


def _event_held(index: Index, match: Match, parties: dict[str, set[int]]) -> tuple[str, ...]:
    """A list's party words a match holds by its event (_party_words)."""
    (position,) = index.positions([match.fact.id]) or {-1}
    return tuple(t for t, held in parties.items() if position in held)


def _holds(
    match: Match,
    facets: list[tuple[str, tuple[str, ...]]],
    listed: bool,
    by_event: Iterable[str] = (),
) -> bool:
    """Whether a match holds every facet a fact is to hold (REQUIRED; a list's subject
    items, one of them; its parties, `by_event` too)."""
    subjects = []
    for kind, terms in facets:
        held = {
            d.term
            for d in match.details
            if d.term in terms
            and abs(d.score - PREFIX) > 1e-6
            and (kind != RELATION or d.field in OWN_FIELDS)
        } | {t for t in by_event if t in terms}
        if listed and kind == TOPIC:
            subjects.append(bool(held))
        elif kind in REQUIRED and len(held) < _needed(kind, terms):
            return False
    return not subjects or any(subjects)


def _meets(facets: list[tuple[str, tuple[str, ...]]], credits: list[float], listed: bool) -> bool:
    """Whether a fact's credits meet every facet a fact is to hold (REQUIRED); a list's
    subject items, one of them."""
    pairs = list(zip(credits, (kind for kind, _ in facets), strict=True))
    if any(c <= 0 and kind in REQUIRED and not (listed and kind == TOPIC) for c, kind in pairs):
        return False
    return (
        not listed
        or any(c > 0 for c, kind in pairs if kind == TOPIC)
        or TOPIC not in (kind for _, kind in pairs)
    )


def _party_words(index: Index, facets: list[tuple[str, tuple[str, ...]]]) -> dict[str, set[int]]:
    """For a list's items every word of which names a party to an event ("rajnath",
    "japan india"), each word's facts: those of the events it names a party to."""
    events: dict[str, set[str]] = {}
    for event in index.catalogue().events:
        for party in event.parties:
            entity = index.entity(party)
            names = [entity.name, *entity.aliases] if entity is not None else []
            for word in {t for name in names for t in tokens(name)}:
                events.setdefault(word, set()).add(event.id)
    words: dict[str, set[int]] = {}
    for kind, terms in facets:
        if kind == TOPIC and all(t in events for t in terms):
            for t in terms:
                words[t] = set().union(*(index.facet(f"event:{e}") for e in events[t]))
    return words


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


def _facet_credit(
    kind: str,
    terms: tuple[str, ...],
    best: dict[str, Best],
    parties: dict[str, set[int]],
    position: int,
) -> float:
    """A fact's credit for a facet: its best word's (a relation's by the fact's own words:
    a statement's "relations", not a topic's "military exercises"); a name's, the mean of
    its words' when the fact holds half of them or more (a list's party, EVENT_CREDIT for
    a word of it the fact does not hold but whose event it is of)."""
    words = [best[t] for t in terms if t in best]
    if kind == RELATION:
        words = [b for b in words if FIELD_NAMES[b[1]] in OWN_FIELDS]
    credits = [c for c in map(_credit, words) if c > 0]
    credits += [EVENT_CREDIT for t in terms if t not in best and position in parties.get(t, ())]
    if kind in (NAME, PLACE):
        return sum(credits) / len(terms) if len(credits) >= _needed(NAME, terms) else 0.0
    return max(credits, default=0.0)


def _item_credit(terms: tuple[str, ...], best: dict[str, Best], rarity: dict[str, float]) -> float:
    """A list's subject item's credit: the share of its words' weight (each its rarity) a
    fact holds, each word credited as a heading's (_credit): "fresh areas of cooperation"
    is held by "new areas of collaboration" more than by "cooperation" alone."""
    total = sum(rarity[t] for t in terms)
    return sum(rarity[t] * _credit(best[t]) for t in terms if t in best) / total


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
