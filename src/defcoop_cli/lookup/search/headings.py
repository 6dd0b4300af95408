"""A librarian's catalogue heading or subject string, read as what it is (issue 25).

A heading is subdivisions joined by " -- ", "--", " - " or a dash ("India -- Military
relations -- Japan -- 2025", "Computer security -- International cooperation"), or a
person's name written inverted ("Nakatani, Gen, 1957-"). Read as one sentence, it is a
conjunction of every word: one subdivision the fact base lacks ("Periodicals", "Foreign
relations") leaves it with nothing. Read as a heading, each subdivision is a facet:

- a form subdivision (FORMS: "Periodicals", "Sources", "Speeches", "Congresses", "Case
  studies", "Biography") says what kind of document is wanted, not what it is about: no
  facet at all;
- a framing subdivision (FRAMING: "Foreign relations", "International cooperation",
  "Strategic aspects", "Officials and employees") says how the subject is looked at: a
  facet that counts FRAMING_WEIGHT of its words' weight and that a fact need not hold;
- a date or a date range ("2025", "2025-05", "2025-04/2025-05", "Terrorist attacks,
  2025") is the dates it covers, written as the fact base writes them ("May 2025"): a
  facet that counts DATE_WEIGHT and need not be held, but a year the fact base never
  names makes the heading another time's (nothing found);
- an inverted name or phrase ("Singh, Rajnath, 1951-"; "Security, International";
  "Foreign investments, Japanese") is read in its natural order, a person's life dates
  dropped; a qualifier in parentheses ("Pahalgam (India)", "Malabar (Naval exercise)")
  tells homonyms apart and is dropped, as is a corporate heading's full stop ("Japan.
  Ministry of Defense");
- every other subdivision is a topic facet: a fact must hold one of its words (its own, a
  form of it, a synonym, a related word or a typo's, as search reads them; never a word
  it only starts), so a heading about another subject ("Japan -- Foreign relations --
  Korea (South)", "Artificial intelligence -- Medical applications -- Japan") finds
  nothing.

Facts are ranked by the share of the facets' weight they hold (a facet weighs as its
rarest word, log((facts + 1) / facts reached); each word's credit as a passage's,
reading/registers.py), among those that hold every topic facet. The conjunction of every
word still comes first (lookup/service.py): a heading that every word of finds facts is
answered by them; this ranking answers the others, shown as closest matches.
"""

import math
from collections.abc import Callable

from defcoop_cli.lookup.protocol import Best, Index
from defcoop_cli.lookup.search.hits import Readings, read_once
from defcoop_cli.lookup.search.leads import FIELD_NAMES, WEIGHTS, found_at, name_words
from defcoop_cli.lookup.search.matching import INFLECTED, PREFIX
from defcoop_cli.lookup.search.partial import Partial
from defcoop_cli.lookup.search.ranking import Filters, Match, Ranking, TermMatch
from defcoop_cli.lookup.search.text import STOPWORDS, Query, tokens
from defcoop_cli.patterns import Lazy

TOPIC, NAME, PLACE, RELATION, FRAME, DATE = "topic", "name", "place", "relation", "frame", "date"
FRAMING_WEIGHT = 0.25
DATE_WEIGHT = 0.25
RELATED_CREDIT = 0.7  # a synonym's, a related word's or a typo's share of a word's weight
ENTITY_CREDIT = 0.5  # a word only in the names of a fact's entities
TOPIC_CREDIT = 0.8  # a word only in its topic's title, which every fact of the topic shares
UNHELD_WEIGHT = 2.5  # a word no fact holds

# Form subdivisions (the kind of document; the Library of Congress's free-floating form
# subdivisions): no facet.
FORM_PHRASES = (
    "case studies",
    "early works to 1800",
    "handbooks manuals etc",
    "juvenile literature",
    "law and legislation",
    "outlines syllabi etc",
    "personal narratives",
    "pictorial works",
    "popular works",
    "press coverage",
    "study and teaching",
)
_FORM_WORDS = """abstracts anecdotes archives atlases bibliography biography catalogs chronology
congresses correspondence databases diaries dictionaries directories documentation
encyclopedias fiction guidebooks history indexes interviews maps miscellanea newspapers
periodicals quotations registers reports sources speeches statistics textbooks translations
yearbooks"""
FORM_WORDS = frozenset(_FORM_WORDS.split())
# A relation's subdivisions: "India -- Military relations -- Japan" is the relation between
# the two, which a fact is to state (by its own words): the two in another's exercise, no.
RELATIONS = frozenset(["foreign relations", "military relations", "relations"])
# Framing subdivisions: how a subject is looked at, not which subject.
FRAMINGS = frozenset(
    [
        "international cooperation",
        "cooperation",
        "strategic aspects",
        "security aspects",
        "political aspects",
        "economic aspects",
        "social aspects",
        "international status",
        "politics and government",
        "officials and employees",
        "foreign public opinion",
        "public opinion",
        "travel",
        "visits",
        "meetings",
        "prevention",
        "military applications",
    ]
)

_SEPARATOR = Lazy(r"\s*(?:--|—)\s*|\s+[-–]\s+")
_QUALIFIER = Lazy(r"\s*\([^()]*\)")
_LIFE = Lazy(r"\d{4}-(?:\d{4})?|\d{4}-\d{4}|b\. \d{4}|d\. \d{4}")
_DAY = r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?"
_DATE = Lazy(rf"{_DAY}(?:\s*[/-]\s*{_DAY})?")
_INVERTED_NAME = Lazy(r"[A-Z][\w'’-]*, [A-Z][\w.'’ -]*?(?:, (?:\d{4}-(?:\d{4})?))?")
_MONTHS = "january february march april may june july august september october november december"
MONTHS = _MONTHS.split()
MAX_YEARS = 10  # a range of more years is read as its ends


def is_heading(text: str) -> bool:
    """Whether the query is written as a catalogue heading: two subdivisions or more, or
    one inverted name ("Nakatani, Gen" or with its life dates)."""
    if "--" in text or "—" in text or " - " in text or " – " in text:
        return len([p for p in _SEPARATOR.split(text) if p.strip()]) >= 2
    return bool(_INVERTED_NAME.fullmatch(text.strip())) and (
        len(text.split()) <= 2 or bool(_LIFE.search(text))
    )


def read_heading(text: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """The heading as words to search, and its facets, each (kind, text), in order."""
    facets: list[tuple[str, str]] = []
    for part in _SEPARATOR.split(text):
        facets.extend(_facets(part, not facets))
    words = " ".join(t if kind in (NAME, PLACE) else t[:1].lower() + t[1:] for kind, t in facets)
    return words, tuple(facets)


def _facets(part: str, main: bool) -> list[tuple[str, str]]:
    """One subdivision's facets: none for a form, a date's, a framing's, a topic's."""
    part = _QUALIFIER.sub("", part).replace(". ", " ").strip(" .,;")
    if not part:
        return []
    if _DATE.fullmatch(part):
        return [(DATE, dated(part))]
    pieces = [p.strip() for p in part.split(",") if p.strip()]
    facets: list[tuple[str, str]] = []
    if len(pieces) > 1 and _LIFE.fullmatch(pieces[-1]):
        pieces = pieces[:-1]  # a person's dates, not the subject's
    elif len(pieces) > 1 and _DATE.fullmatch(pieces[-1]):
        facets.append((DATE, dated(pieces.pop())))
    natural = " ".join(reversed(pieces)) if len(pieces) == 2 else " ".join(pieces)
    said = " ".join(tokens(natural))
    if said in FORM_PHRASES or said in FORM_WORDS or not said:
        return facets
    content = [w for w in natural.split() if w.lower() not in STOPWORDS]
    kind = RELATION if said in RELATIONS else FRAME if said in FRAMINGS else TOPIC
    if kind == TOPIC and all(w[:1].isupper() for w in content):
        if not main:  # a geographic subdivision: "-- Japan", "-- Indo-Pacific Region"
            kind = PLACE
        elif len(content) > 1:  # "Malabar Coast", "Manmohan Singh": a name, every word
            kind = NAME
    return [(kind, natural), *facets]


def dated(text: str) -> str:
    """A date or range as the fact base writes dates: "2025-05" is "May 2025", and
    "2025-04/2025-05" "April May 2025" (every month and year it covers)."""
    match = _DATE.fullmatch(text.strip())
    if not match:
        return text
    first = match.group(1, 2, 3)
    last = match.group(4, 5, 6) if match.group(4) else first
    years = range(int(first[0]), int(last[0]) + 1)
    if len(years) > MAX_YEARS:
        return f"{first[0]} {last[0]}"
    months: list[str] = []
    if first[1] and last[1] and len(years) == 1:
        months = MONTHS[int(first[1]) - 1 : int(last[1])]
    elif first[1]:
        months = [MONTHS[int(first[1]) - 1]]
    day = [str(int(first[2]))] if first[2] and first == last else []
    return " ".join([*day, *months, *(str(y) for y in years)])


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
    allowed, editorial = filters.admitted(index)
    positions = set().union(*(reading.hits.get(t, {}).keys() for _, ts in facets for t in ts))
    for _, found in reading.phrases:
        positions |= found.keys()
    positions -= editorial
    if allowed is not None:
        positions &= allowed
    order = sorted(positions)
    rows = [found_at(reading, position) for position in order]
    blank = [i for i, row in enumerate(rows) if any(not best[2] for _, best in row)]
    if blank:  # an engine's ties leave a word empty: the fact's own word, as in memory
        facts = index.facts_at([order[i] for i in blank])
        name_words(index, facts, [rows[i] for i in blank], reading.candidates)
    ranked = []
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
    chosen = ranked[:limit]
    facts = index.facts_at([row[2] for row in chosen])
    matches = [
        Match(fact, round(-share * 100, 1), _details(held))
        for fact, (share, _, _, held) in zip(facts, chosen, strict=True)
    ]
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


def _details(held: dict[str, Best]) -> tuple[TermMatch, ...]:
    return tuple(
        TermMatch(t, FIELD_NAMES[field], word, round(-score / WEIGHTS[field], 1))
        for t, (score, field, word) in held.items()
    )
