"""A list item read with its lead: the terms an item's lead (the fact its `part_of` names,
which introduces the list) matches count for the item too, when a query finds nothing
with each fact's own words. "economic robustness beyond the military": the lead says
cooperation goes beyond the military, its item that it includes economic resilience; no
one fact holds three of the four terms, the item and its lead together do.

Pure functions over an index, no I/O: ranking.rank_facts asks for them.
"""

import itertools
from collections.abc import Iterable, Sequence

from defcoop_cli.factbase.events import event_of
from defcoop_cli.factbase.records import Event, Fact
from defcoop_cli.factbase.vocab import EDITORIAL, adjectives
from defcoop_cli.lookup.protocol import Best, Index
from defcoop_cli.lookup.search.fields import FIELD_WEIGHTS, FIELDS, FieldWords
from defcoop_cli.lookup.search.hits import (
    ENTITY,
    OUTCOME_TERM,
    ROLE_TERM,
    STATEMENT,
    WENT_TERM,
    WHY_TERM,
    Candidates,
    Reading,
    event_words,
    office_heads,
)
from defcoop_cli.lookup.search.matching import (
    EXACT,
    INFLECTED,
    RELATED,
    SYNONYM,
    pick,
    related_phrases,
)
from defcoop_cli.lookup.search.text import Query, stem, synonyms, tokens

TYPE_CHECKING = False  # typing is imported by mypy alone: a search loads no typing
if TYPE_CHECKING:
    from defcoop_cli.lookup.search.ranking import Filters, Row  # which imports this module

# A term matched by the lead, not by the item itself: shown as found "in lead", counting
# 0.9 times as a topic's or a quote's words do, since the lead is shared by its items.
LEAD = len(FIELDS)
KEYWORD = FIELDS.index("keyword")
# The fields that say what a fact is about (from_subject): not its topics, not its quote.
ABOUT = frozenset([STATEMENT, ENTITY, KEYWORD])
LEAD_WEIGHT = 0.9
# A term that names the event a fact gives the place of (from_event): found "in event",
# at the lead's weight, since the event is shared by all its facts.
EVENT = LEAD + 1
# A fact of the kind a question asks for ("what happened": hits.KIND) is found "in kind".
# A term held by a list item's sibling (from_siblings) is found "in list", at the lead's weight.
SIBLING = LEAD + 3
FIELD_NAMES = (*FIELDS, "lead", "event", "kind", "list")
WEIGHTS = (*FIELD_WEIGHTS, LEAD_WEIGHT, LEAD_WEIGHT, 1.0, LEAD_WEIGHT)
# "where", or "which" with a word for a place ("in which city did they meet")
WHERE, WHICH = "where", "which"
PLACE_WORDS = frozenset(["city", "place", "venue", "location", "town", "country"])
# nouns that ask where on their own ("venue of the talks", "meeting location")
VENUE_WORDS = frozenset(["venue", "venues", "location", "whereabouts"])
# words that ask what something was for ("what was the purpose of…"), beside "why"
# A gathering's words that are no fact's subject ("dialogue" is: the dialogue mechanism),
# and the parties' relation's nouns, naming the meeting beside its parties' names
TALKS = frozenset(["talks", "discussion", "discussions"])
VISITS = frozenset(["visit", "visits", "trip", "trips"])
TIES = frozenset(
    ["ties", "relations", "relationship", "partnership", "cooperation", "collaboration"]
)
WORK = frozenset(["cooperation", "collaboration"])  # the relation's nouns of its work
PURPOSE_WORDS = frozenset(["purpose", "aim", "aims", "goal", "goals", "objective", "objectives"])
# A verb's participle names an event by its own word or a related one ("visited": the
# talks), never by its synonym group's ("armed": defence, military): the group holds it as
# a domain's adjective ("armed forces"), and "armed terrorists" names no domain (_naming)


def a_participle(term: str) -> bool:
    """Whether a term is a participle (above): "ed" the stemmer takes off, not "need"'s."""
    return term.endswith("ed") and not stem(term).endswith("ed")


Found = list[tuple[str, Best]]
# At most this many list items holding two terms are read for siblings (a common word's
# query would read every list): more say the words are no item's own
SIBLINGS_READ = 40


def found_at(reading: Reading, position: int) -> Found:
    """The query's terms that the fact at `position` matches, each by its best word (its
    own, or a run-together phrase covering it that scores higher)."""
    found = []
    for t in reading.terms:
        covering = (h.get(position) for covered, h in reading.phrases if t in covered)
        best = pick(reading.hits[t].get(position), covering)
        if best is not None:
            found.append((t, best))
    return found


def name_words(index: Index, facts: Sequence[Fact], rows: Sequence[Found], c: Candidates) -> None:
    """Fill in the words an engine left empty (it matched several of equal score at once):
    as in memory, the smallest of them that the fact's field holds."""
    field_words: FieldWords | None = None
    for fact, found in zip(facts, rows, strict=True):
        for i, (term, best) in enumerate(found):
            if best[2] or term == ROLE_TERM or best[1] in (LEAD, SIBLING):
                continue
            field_words = field_words or FieldWords(index.topics, index.entity)
            held = field_words.of(fact)[best[1]]
            weight = FIELD_WEIGHTS[best[1]]
            for scores in c.get(term, ()):
                words = sorted(w for w, s in scores.items() if -s * weight == best[0] and w in held)
                if words:
                    found[i] = (term, (best[0], best[1], words[0]))
                    break


def from_leads(index: Index, reading: Reading) -> dict[int, Found]:
    """For each list item whose lead also matches a term of the query, the terms the lead
    matches and the item does not, found "in lead" at LEAD_WEIGHT of the word's score."""
    touched = {p for found in reading.hits.values() for p in found}
    items = sorted(touched & index.listed())  # the facts read: the items and their leads
    facts = index.facts_at(items)
    leads = sorted(index.positions(list({f.part_of for f in facts if f.part_of})) & touched)
    fact_at = dict(zip(leads, index.facts_at(leads), strict=True))
    position_of = {f.id: p for p, f in fact_at.items()}
    lead_found: dict[int, Found] = {}
    inherited: dict[int, Found] = {}
    for position, item in zip(items, facts, strict=True):
        lead = position_of.get(item.part_of or "")
        if lead is None:
            continue
        if lead not in lead_found:
            lead_found[lead] = found_at(reading, lead)
            name_words(index, [fact_at[lead]], [lead_found[lead]], reading.candidates)
        own = {t for t, _ in found_at(reading, position)}
        inherited[position] = [
            (t, (b[0] / FIELD_WEIGHTS[b[1]] * LEAD_WEIGHT, LEAD, b[2]))
            for t, b in lead_found[lead]
            if b[1] == STATEMENT and t not in own and t not in reading.bonus
        ]
    return inherited


def from_siblings(index: Index, reading: Reading) -> dict[int, Found]:
    """Two items of one list that the query names together, each by its own words:
    "peaceful dispute resolution international law" names two items of the Indo-Pacific
    vision, neither holding the other's words; broad facts reach every word only by related
    ones ("peace"). Each item holding two or more of the terms by its own words (the word or
    another form of it) takes the terms a sibling so holds and it lacks, found "in list" at
    LEAD_WEIGHT, where the two together hold every term and neither alone does."""
    asked = [t for t in reading.terms if t not in reading.bonus]
    if len(asked) < 3:
        return {}
    held: dict[int, set[str]] = {}
    for t in asked:
        for p, best in reading.hits[t].items():
            if best[1] < len(FIELDS) and -best[0] / FIELD_WEIGHTS[best[1]] >= INFLECTED:
                held.setdefault(p, set()).add(t)
    items = sorted(p for p in index.listed() if len(held.get(p, ())) >= 2)
    if len(items) < 2 or len(items) > SIBLINGS_READ:
        return {}
    facts = dict(zip(items, index.facts_at(items), strict=True))
    lists: dict[str, list[int]] = {}
    for position, fact in facts.items():
        lists.setdefault(fact.part_of or "", []).append(position)
    inherited: dict[int, Found] = {}
    whole = set(asked)
    rows: dict[int, dict[str, Best]] = {}
    for mine in lists.values():
        for a in mine:
            own = {t for t, _ in found_at(reading, a)}
            for other in mine:
                both = held[a] | held[other]
                if own >= whole or other == a or held[other] == whole or both != whole:
                    continue
                if other not in rows:  # its words, as its own row shows them
                    found = found_at(reading, other)
                    name_words(index, [facts[other]], [found], reading.candidates)
                    rows[other] = dict(found)
                for t in sorted(held[other] - own):
                    score, field, word = rows[other][t]
                    inherited.setdefault(a, []).append(
                        (t, (score / FIELD_WEIGHTS[field] * LEAD_WEIGHT, SIBLING, word))
                    )
                    own.add(t)
    return inherited


def asks_where(query: Query) -> bool:
    """Whether the query asks where: "where", "which" with a place word, or "venue of X"."""
    which = WHICH in query.questions and not PLACE_WORDS.isdisjoint(query.terms)
    return WHERE in query.questions or which or not VENUE_WORDS.isdisjoint(query.terms)


def asks_purpose(reading: Reading) -> bool:
    """Whether the query asks what something was for: "why" (its bonus term found a fact
    saying a purpose, hits.py), or a word for a purpose ("what was the aim of…")."""
    return WHY_TERM in reading.bonus or not PURPOSE_WORDS.isdisjoint(reading.terms)


def from_event(index: Index, reading: Reading, where: bool) -> dict[int, Found]:
    """For a question of where (`where`) or of what for: each fact of an event that gives what
    is asked, with the query's terms that name the event (its kind, its title's words, its
    parties' names and aliases, by a word itself or another form of it) and that the fact
    does not hold, found "in event" at LEAD_WEIGHT. Where: the facts naming the event's
    place (an entity of type place named in it), also holding the query's words for a place
    ("city"); what for: the facts saying a purpose that name the event themselves by one of
    those terms (a fact is tied to its event by its place, or by its source alone: the
    drills' purpose is not the meeting's). "where did the Rajnath Singh and Nakatani talks
    take place": the parties name the meeting; the fact giving its place does not."""
    doc = index.catalogue()
    sources = {s.id: s for s in doc.sources}
    places = index.entities_at(index.entity_listing("place")[0]) if where else []
    aims = set() if where else _aims(reading)
    inherited: dict[int, Found] = {}
    for event in doc.events:
        named = [e for e in places if event.place and e.name in event.place]
        if any(set(tokens(n)) <= set(reading.terms) for e in named for n in (e.name, *e.aliases)):
            continue  # the query names the place: it asks of another ("before Delhi")
        terms = _naming(index, reading, event, RELATED if where else INFLECTED, where)
        gathering: dict[str, Best] = {}
        if not where:  # "nakatani visit purpose": a visit names the meeting, as talks do
            related = _naming(index, reading, event, RELATED).items()
            gathering = {t: b for t, b in related if t in TALKS | VISITS and t not in terms}
            terms.update(gathering)
        if not terms:
            continue
        if where:
            # the fact names the place: a word for a place ("city") is what it gives
            terms.update(
                {t: (-EXACT * LEAD_WEIGHT, EVENT, t) for t in PLACE_WORDS & set(reading.terms)}
            )
        positions = sorted(set().union(aims, *(index.facet(f"entity:{e.id}") for e in named)))
        facts = index.facts_at(positions)
        for position, fact in zip(positions, facts, strict=True):
            if event_of(fact, sources) != event.id:
                continue
            own = {t for t, _ in found_at(reading, position)}
            if where or own & terms.keys():
                aside = own if _of_gathering(fact, event) else own | gathering.keys()
                inherited[position] = [(t, b) for t, b in terms.items() if t not in aside]
    return inherited


def _of_gathering(fact: Fact, event: Event) -> bool:
    """Whether the fact speaks of the event as a gathering, by its kind's word or a word
    for talks in its statement or keywords ("the meeting aimed to …"): a visit then names
    it. A fact of the same source naming only the parties ("the drills help improve …")
    is no visit's purpose."""
    said = set(tokens(" ".join([fact.statement, *fact.keywords])))
    return not said.isdisjoint({event.kind, f"{event.kind}s", *TALKS, *VISITS})


def _aims(reading: Reading) -> set[int]:
    """The facts that say a purpose: those the "why" bonus term found, or a word for a
    purpose of the query in their statement or keywords."""
    asked = [
        reading.hits.get(WHY_TERM, {}),
        *(reading.hits[t] for t in PURPOSE_WORDS & set(reading.terms)),
    ]
    return {p for hits in asked for p, b in hits.items() if b[1] in (STATEMENT, KEYWORD)}


def _naming(
    index: Index, reading: Reading, event: Event, least: float = INFLECTED, offices: bool = False
) -> dict[str, Best]:
    """The query's own terms that name the event, each found "in event" by its word (at
    `least` this score: the word itself or another form of it, or, for where, also a
    related word of the thesaurus: "talks", "summit" name a meeting). A word of a party's
    name of several words is its own even where no fact holds it alone ("Gen" of "Gen
    Nakatani": the name is held as a phrase; the words: hits.event_words). With `offices` (a
    question of where), a party's office names him too: "venue of the meeting with Japan's
    security adviser" asks the venue, the office only says which meeting; the facts of the
    office hold more of the words, the venue is what is asked. A modifier of the name of
    its kind ("bilateral" of "the bilateral meeting") names it only beside a term that does
    ("bilateral talks") or a relation's noun ("bilateral ties"), not "bilateral trade"."""
    naming, modifiers = event_words(index, event, offices)
    words = naming | modifiers
    terms = {}
    for t in reading.terms:
        if t in reading.bonus:
            continue
        participle = a_participle(t)  # named by no synonym
        found = reading.candidates[t][0].items()
        held = [
            (s, w)
            for w, s in found
            if s >= least and w in words and not (participle and SYNONYM <= s < INFLECTED)
        ]
        own = [w for s, w in held if s >= INFLECTED] or ([t] if t in words else [])
        if own:
            terms[t] = (-EXACT * LEAD_WEIGHT, EVENT, min(own))
        elif held:  # a related word, below the term's own ("visit" for a meeting)
            score = max(s for s, _ in held)
            word = min(w for s, w in held if s == score)
            terms[t] = (-score * LEAD_WEIGHT, EVENT, word)
    beside = {a: b in terms or b in TIES for a, b in itertools.pairwise(reading.terms)}
    return {t: b for t, b in terms.items() if b[2] not in modifiers or beside.get(t, True)}


def from_events(index: Index, reading: Reading, where: bool) -> dict[int, Found]:
    """The terms each fact takes from its event: by what the question asks ("where" and
    "what for": the facts giving an event's place or aim, from_event), else by what the
    query asks beside the event's names (from_subject)."""
    if where or asks_purpose(reading):
        return from_event(index, reading, where)
    return from_subject(index, reading)


def from_subject(index: Index, reading: Reading) -> dict[int, Found]:
    """Each fact of an event that holds, by its own words (a synonym at least, no related
    word; in its statement, entities or keywords, not a topic's or a quote's passing
    mention), every term of the query that does not name the event, with the query's terms
    that name it (its kind, title, parties: _naming) and that the fact does not hold,
    found "in event" at LEAD_WEIGHT: every fact of the meeting is of the meeting, whether
    or not it says so. "cybersecurity india japan defence ministers meeting" asks what the
    meeting said of cybersecurity; the facts about the meeting in general hold more of the
    words, the cybersecurity fact is the one asked about. A synonym ("military") names it."""
    doc = index.catalogue()
    sources = {s.id: s for s in doc.sources}
    inherited: dict[int, Found] = {}
    heads = office_heads(index)
    for event in doc.events:
        # "DELHI VISIT OUTCOMES": what the parties agreed (the bonus term's facts) is
        # asked about, and the words naming the meeting ("visit", "talks": a related
        # word) are theirs; any other word is the facts' own to hold
        outcome = OUTCOME_TERM in reading.bonus
        named = _naming(index, reading, event, RELATED if outcome else SYNONYM)
        kin = {t for t, b in named.items() if -b[0] < INFLECTED * LEAD_WEIGHT and not outcome}
        named = {t: b for t, b in named.items() if t not in kin or b[2] in synonyms(t)}
        if named.keys() - kin and not outcome:  # "UNCLOS in the Nakatani talks": the meeting's
            talks = _naming(index, reading, event, RELATED).items()  # word beside its parties
            named.update({t: b for t, b in talks if t in TALKS})
            ties = _unqualified_ties(reading.terms, named)
            named.update({t: (-SYNONYM * LEAD_WEIGHT, EVENT, t) for t in ties})
        subject = [t for t in reading.terms if t not in reading.bonus and t not in named]
        if not subject:  # the ties are asked of, when nothing else is ("india japan ties")
            subject = [t for t in named if t in TIES]
            named = {t: b for t, b in named.items() if t not in TIES}
        # "how did the India Japan defence talks go": the facts of the talks' tone (the
        # bonus term's) are asked about, and every word of the query tells what went
        asked = [WENT_TERM] if named.keys() - kin and WENT_TERM in reading.bonus else []
        if named.keys() - kin and outcome and not _named_subject(index, reading, subject):
            asked, subject = [OUTCOME_TERM], []
        if WENT_TERM in asked:
            named.update({t: (-EXACT * LEAD_WEIGHT, EVENT, t) for t in subject})
            subject = []
        # an office several parties hold, in the singular, is one of theirs: it lends
        # nothing ("minister atmosphere": hits.office_heads), but to what came of a
        # meeting its parties' offices name ("DEFMIN VISIT OUTCOMES")
        lent = {t: b for t, b in named.items() if outcome or len(set(heads.get(t, ()))) < 2}
        if not lent or not (subject or asked):
            continue
        positions = sorted(set.intersection(*(set(reading.hits[t]) for t in subject or asked)))
        for position, fact in zip(positions, index.facts_at(positions), strict=True):
            if event_of(fact, sources) != event.id or position in inherited:
                continue
            found = found_at(reading, position)
            least = INFLECTED if kin & lent.keys() else SYNONYM  # not "military matters"
            strong = {t for t, b in found if -b[0] >= least and b[1] in ABOUT}
            if strong >= set(subject):
                own = {t for t, _ in found}
                inherited[position] = [(t, b) for t, b in lent.items() if t not in own]
    return inherited


def _unqualified_ties(terms: Sequence[str], named: dict[str, Best]) -> list[str]:
    """The relation's nouns of the terms, but a noun of the relation itself (not its work,
    "cooperation") after an adjective naming nothing of the event: "strategic
    partnership", "economic ties" ask a kind of relation, which the facts hold or not, not
    the meeting's ("india japan defence partnership"); "naval cooperation" is the
    meeting's relation at work in a field."""
    pairs = itertools.pairwise(["", *terms])  # each term after the word before it ("" first)
    unqualified = [t for a, t in pairs if a in named or a not in adjectives() or t in WORK]
    return [t for t in unqualified if t in TIES]


def _named_subject(index: Index, reading: Reading, terms: list[str]) -> bool:
    """Whether the terms are names the fact base holds, all held by some fact: what came
    of "the talks on Pahalgam" is what they said of it, not all they agreed."""
    if not terms or not all(index.in_names(t) for t in terms):
        return False
    return bool(set.intersection(*(set(reading.hits[t]) for t in terms)))


def fact_rows(
    index: Index, reading: Reading, terms: Iterable[str], filters: "Filters"
) -> tuple[list[int], list[Found]]:
    """The positions of the facts the filters admit that hold one of the terms or a phrase
    of the query, in order, and the terms each holds with their best words."""
    order = fact_positions(index, reading, terms, filters)
    each = [found_at(reading, position) for position in order]
    blank = [i for i, row in enumerate(each) if any(not best[2] for _, best in row)]
    if blank:  # an engine's ties leave a word empty: the fact's own word, as in memory
        facts = index.facts_at([order[i] for i in blank])
        name_words(index, facts, [each[i] for i in blank], reading.candidates)
    return order, each


def fact_positions(
    index: Index, reading: Reading, terms: Iterable[str], filters: "Filters"
) -> list[int]:
    """The positions of the admitted facts holding a term or a phrase of the query, in order."""
    allowed, editorial = filters.admitted(index)
    positions = set().union(*(reading.hits.get(t, {}).keys() for t in terms))
    for _, found in reading.phrases:
        positions |= found.keys()
    positions -= editorial
    if allowed is not None:
        positions &= allowed
    return sorted(positions)


def terms_at(
    reading: Reading, positions: Iterable[int], terms: Sequence[str]
) -> dict[int, dict[str, Best]]:
    """For each position, what found_at gives it of `terms` (distinct terms of the
    reading's), read term by term and phrase by phrase: the hits are walked once, not
    every term's and phrase's at every fact."""
    rows: dict[int, dict[str, Best]] = {p: {} for p in positions}
    for t in terms:
        for position, best in reading.hits[t].items():
            row = rows.get(position)
            if row is not None:
                row[t] = best
    for covered, found in reading.phrases:  # in order: the first that scores higher stands
        mine = [t for t in terms if t in covered]
        if not mine:
            continue
        for position, best in found.items():
            row = rows.get(position)
            if row is None:
                continue
            for t in mine:
                own = row.get(t)
                if own is None or best[0] < own[0]:
                    row[t] = best
    return rows


def own_terms(row: "Row") -> frozenset[str]:
    """The query terms a row's fact holds itself (not found in its lead or its event)."""
    return frozenset(t for t, b in row.found if b[1] < len(FIELDS))


def lists_asked(
    rows: "list[Row]", facts: list[Fact], rank: dict[str, int], counted: bool
) -> dict[int, int]:
    """Each lead (its row) whose list the query asks about, and its first item's row: two
    or more items match, and two each hold a term the other lacks (two items named: "know-how
    and supply chains"), the lead holds a term none holds (the list's name: "FOIP"), or the
    query counts the parts (counts_parts). An item holding more of the same words stays
    first ("drills improve coordination")."""
    items: dict[int, list[int]] = {}
    for i, fact in enumerate(facts):
        lead = rank.get(fact.part_of or "")
        if lead is not None:
            items.setdefault(lead, []).append(i)
    asked: dict[int, int] = {}
    for lead, mine in items.items():
        if len(mine) < 2 or facts[lead].kind == EDITORIAL:
            continue
        held = [own_terms(rows[i]) for i in mine]
        named = any(a - b and b - a for n, a in enumerate(held) for b in held[n + 1 :])
        if counted or named or own_terms(rows[lead]) - frozenset().union(*held):
            asked[lead] = min(mine)
    return asked


TOPIC_SHARE = 0.1  # of the facts: a term reaching fewer is a topic a phrase never displaces


def by_phrase_alone(index: Index, own: Reading, founds: Sequence[Found]) -> set[int]:
    """Which of the matches (what each holds) hold a thesaurus phrase of a general sense,
    reaching past TOPIC_SHARE of the facts, by a related word alone ("joint efforts":
    cooperation; not "self-directed", a topic itself), when none holds a term of the query's
    own that at most TOPIC_SHARE of the facts hold ("indo-pacific", "maritime"): a related
    phrase (more than half of what a match holds) never displaces the query's topic
    (ranking.displaced)."""
    rare = TOPIC_SHARE * index.size()
    reach = {covered: len(found) for covered, found in own.phrases}
    runs = [run for run in related_phrases(own.terms, own.phrases) if reach[run] > rare]
    alone = {k for k, found in enumerate(founds) if _carried(found, runs)}
    held = {t for k in alone for t, _ in founds[k]}
    topics = [t for t in own.terms if t not in held and 0 < len(own.hits[t]) <= rare]
    return alone if topics else set()


def _carried(found: Found, runs: list[frozenset[str]]) -> bool:
    """Whether a phrase held by a related word is more than half of what the match holds."""
    by_related = _by_related(found)
    phrase = set().union(*(run for run in runs if run <= by_related))
    return 2 * len(phrase) > len(found)


def _by_related(found: Found) -> set[str]:
    return {t for t, b in found if abs(-b[0] / WEIGHTS[b[1]] - RELATED) < 1e-6}
