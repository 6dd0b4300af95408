"""A list item read with its lead: the terms an item's lead (the fact its `part_of` names,
which introduces the list) matches count for the item too, when a query finds nothing
with each fact's own words. "economic robustness beyond the military": the lead says
cooperation goes beyond the military, its item that it includes economic resilience; no
one fact holds three of the four terms, the item and its lead together do.

Pure functions over an index, no I/O: ranking.rank_facts asks for them.
"""

from collections.abc import Sequence

from defcoop_cli.factbase.records import Fact
from defcoop_cli.lookup.protocol import Best, Index
from defcoop_cli.lookup.search.fields import FIELD_WEIGHTS, FIELDS, FieldWords
from defcoop_cli.lookup.search.hits import ROLE_TERM, STATEMENT, Candidates, Reading
from defcoop_cli.lookup.search.matching import pick

# A term matched by the lead, not by the item itself: shown as found "in lead", counting
# 0.9 times as a topic's or a quote's words do, since the lead is shared by its items.
LEAD = len(FIELDS)
LEAD_WEIGHT = 0.9
FIELD_NAMES = (*FIELDS, "lead")
WEIGHTS = (*FIELD_WEIGHTS, LEAD_WEIGHT)

Found = list[tuple[str, Best]]


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
            if best[2] or term == ROLE_TERM or best[1] == LEAD:
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
    touched = sorted({p for found in reading.hits.values() for p in found})
    facts = index.facts_at(touched)
    position_of = {f.id: p for p, f in zip(touched, facts, strict=True)}
    fact_at = dict(zip(touched, facts, strict=True))
    lead_found: dict[int, Found] = {}
    inherited: dict[int, Found] = {}
    for position, item in zip(touched, facts, strict=True):
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
