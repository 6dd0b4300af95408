"""A fact read with its event: the query's terms that name an event (its kind, its title's
words, its parties' names: "the Rajnath Singh and Nakatani talks") count for the event's
facts that do not hold them, found "in event" at the lead's weight, by what the question
asks: the event's place ("where"), its aim ("what for"), or what else it names
("cybersecurity india japan defence ministers meeting").

Pure functions over an index, no I/O: ranking.rank_facts asks for them (from_events).
"""

import itertools
from collections.abc import Sequence

from defcoop_cli.factbase.events import event_of
from defcoop_cli.factbase.records import Event, Fact
from defcoop_cli.factbase.vocab import adjectives
from defcoop_cli.lookup.protocol import Best, Index
from defcoop_cli.lookup.search.hits import (
    STATEMENT,
    Reading,
    event_words,
    office_heads,
)
from defcoop_cli.lookup.search.leads import ABOUT, EVENT, KEYWORD, LEAD_WEIGHT, Found, found_at
from defcoop_cli.lookup.search.matching import EXACT, INFLECTED, RELATED, SYNONYM
from defcoop_cli.lookup.search.questions import OUTCOME_TERM, WENT_TERM, WHY_TERM
from defcoop_cli.lookup.search.related.thesaurus import synonyms
from defcoop_cli.lookup.search.text import stem
from defcoop_cli.lookup.search.words import Query, tokens

# "where", or "which" with a word for a place ("in which city did they meet")
WHERE, WHICH = "where", "which"
PLACE_WORDS = frozenset(["city", "place", "venue", "location", "town", "country"])
# nouns that ask where on their own ("venue of the talks", "meeting location")
VENUE_WORDS = frozenset(["venue", "venues", "location", "whereabouts"])
# words that ask what something was for ("what was the purpose of…"), beside "why"
# A gathering's words, and the parties' relation's nouns, naming the meeting beside its
# parties' names. "Dialogue" is one too, the setting of what is asked ("terrorism in the
# India-Japan defence dialogue": what the meeting, a round of it, said of terrorism), though
# the dialogue mechanism's facts hold it by their own word, and keep it where nothing else
# is asked ("india japan defence dialogue"): it names the meeting only to a fact holding the
# rest (from_subject)
TALKS = frozenset(["talks", "discussion", "discussions", "dialogue"])
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
    index: Index,
    reading: Reading,
    event: Event,
    least: float = INFLECTED,
    offices: bool = False,
    phrased: bool = False,
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
    ("bilateral talks") or a relation's noun ("bilateral ties"), not "bilateral trade".
    With `phrased` (what the event's subject is read by), a phrase covering the term names
    it by its words too ("raksha mantri": the defence minister); not where a place is
    asked ("Japan's Ministry of Defense headquartered": the ministry's, not the minister's)."""
    naming, modifiers = event_words(index, event, offices)
    words = naming | modifiers
    terms = {}
    for t in reading.terms:
        if t in reading.bonus:
            continue
        participle = a_participle(t)  # named by no synonym
        read_by = reading.candidates[t] if phrased else reading.candidates[t][:1]
        found = [(w, s) for scores in read_by for w, s in scores.items()]
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
        named = _naming(index, reading, event, RELATED if outcome else SYNONYM, phrased=True)
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


def qualifiers(terms: Sequence[str]) -> frozenset[str]:
    """The adjectives that make a relation's noun a kind of relation ("economic" of
    "economic ties", "strategic" of "strategic partnership"; not of its work, "naval
    cooperation"): a fact holding one holds what the query asks of the relation, a fact
    holding the noun alone the relation in general."""
    pairs = itertools.pairwise(terms)
    return frozenset(a for a, t in pairs if t in TIES and t not in WORK and a in adjectives())


def _named_subject(index: Index, reading: Reading, terms: list[str]) -> bool:
    """Whether the terms are names the fact base holds, all held by some fact: what came
    of "the talks on Pahalgam" is what they said of it, not all they agreed."""
    if not terms or not all(index.in_names(t) for t in terms):
        return False
    return bool(set.intersection(*(set(reading.hits[t]) for t in terms)))
