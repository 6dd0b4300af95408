"""A list item read with its lead: the terms an item's lead (the fact its `part_of` names,
which introduces the list) matches count for the item too, when a query finds nothing
with each fact's own words. "economic robustness beyond the military": the lead says
cooperation goes beyond the military, its item that it includes economic resilience; no
one fact holds three of the four terms, the item and its lead together do.

Pure functions over an index, no I/O: ranking.rank_facts asks for them.
"""

from collections.abc import Iterable, Sequence

from defcoop_cli.factbase.records import Fact
from defcoop_cli.factbase.vocab import EDITORIAL
from defcoop_cli.lookup.protocol import Best, Index
from defcoop_cli.lookup.search.fields import FIELD_WEIGHTS, FIELDS, FieldWords
from defcoop_cli.lookup.search.hits import (
    ENTITY,
    STATEMENT,
    Candidates,
    Reading,
)
from defcoop_cli.lookup.search.matching import (
    INFLECTED,
    RELATED,
    pick,
    related_phrases,
)
from defcoop_cli.lookup.search.questions import ROLE_TERM

TYPE_CHECKING = False  # typing is imported by mypy alone: a search loads no typing
if TYPE_CHECKING:
    from defcoop_cli.lookup.search.ranking import Filters, Row  # which imports this module

# A term matched by the lead, not by the item itself: shown as found "in lead", counting
# 0.9 times as a topic's or a quote's words do, since the lead is shared by its items.
LEAD = len(FIELDS)
KEYWORD = FIELDS.index("keyword")
# The fields that say what a fact is about (events.naming.from_subject): not its topics,
# not its quote.
ABOUT = frozenset([STATEMENT, ENTITY, KEYWORD])
LEAD_WEIGHT = 0.9
# A term that names the event a fact gives the place of (events.naming.from_event): found
# "in event", at the lead's weight, since the event is shared by all its facts.
EVENT = LEAD + 1
# A fact of the kind a question asks for ("what happened": hits.KIND) is found "in kind".
# A term held by a list item's sibling (from_siblings) is found "in list", at the lead's weight.
SIBLING = LEAD + 3
FIELD_NAMES = (*FIELDS, "lead", "event", "kind", "list")
WEIGHTS = (*FIELD_WEIGHTS, LEAD_WEIGHT, LEAD_WEIGHT, 1.0, LEAD_WEIGHT)
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
