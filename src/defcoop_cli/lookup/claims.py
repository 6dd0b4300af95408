"""What the sources say together: each fact's source, the other reports of its claim, and
the conflicts it is part of.

- **Same claim.** Facts of different sources that make the same claim share a `claim` id
  (any slug the curator chooses). Each keeps its own quote, span and attribution.
- **Counting.** A claim's reports are its sources. Copies of one wire report count once as
  independent: a source's independence key is its `via` (the wire it reprints), else its
  publisher, else its id, so the wire's own report and a paper's copy of it (`via` the
  wire) are one. The renderers say "2 sources" when every report is independent, else
  "3 reports, 2 independent". Like ACLED, defcoop counts; it does not say that more
  reports make a claim truer.
- **Conflicts.** A curator note of type `conflict` (basis `the sources`) names the facts
  on each of its sides; each of those facts is marked with the note and its side.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from defcoop_cli.factbase.records import CuratorNote, Fact, Source
from defcoop_cli.lookup.results import ConflictMark, Corroboration, SourceRef, Standing

TYPE_CHECKING = False  # typing is imported by mypy alone: a search loads no typing
if TYPE_CHECKING:
    from typing import Any


def independence_key(source: Source) -> str:
    """Reports with the same key are one independent report: a wire and its copies."""
    return (source.via or source.publisher or source.id).casefold()


def source_ref(source: Source | None, source_id: str) -> SourceRef:
    """A source, short: its id, publisher and date (just its id when it is not known)."""
    if source is None:
        return SourceRef(source_id)
    published = source.published.isoformat() if source.published else None
    return SourceRef(source.id, source.publisher, published)


def corroboration(claim: str, facts: Sequence[Fact], sources: dict[str, Source]) -> Corroboration:
    """A claim's standing from its facts (in fact-base order)."""
    reporting = tuple(dict.fromkeys(f.source for f in facts))
    keys = {independence_key(sources[s]) if s in sources else s for s in reporting}
    return Corroboration(claim, tuple(f.id for f in facts), reporting, len(keys))


def conflict_marks(notes: Iterable[CuratorNote]) -> dict[str, list[ConflictMark]]:
    """For each fact on a side of a conflict, its marks."""
    found: dict[str, list[ConflictMark]] = {}
    for note in notes:
        if note.type != "conflict":
            continue
        for side in note.sides:
            others = tuple(s.label for s in note.sides if s is not side)
            for fact in side.facts:
                found.setdefault(fact, []).append(ConflictMark(note.id, side.label, others))
    return found


class Standings:
    """Builds each fact's Standing from a fact base's sources, notes and claims.

    claim_facts(claim) gives a claim's facts in fact-base order (from the index's claim
    facet, so a search reads only the claims of the facts it shows)."""

    def __init__(
        self,
        sources: Sequence[Source],
        notes: Sequence[CuratorNote],
        claim_facts: Any,
    ) -> None:
        self._sources = {s.id: s for s in sources}
        self._marks = conflict_marks(notes)
        self._claim_facts = claim_facts
        self._claims: dict[str, Corroboration] = {}

    def of(self, fact: Fact) -> Standing:
        found = None
        if fact.claim:
            found = self._claims.get(fact.claim)
            if found is None:
                facts = self._claim_facts(fact.claim)
                found = self._claims[fact.claim] = corroboration(fact.claim, facts, self._sources)
        source = source_ref(self._sources.get(fact.source), fact.source)
        return Standing(source, found, tuple(self._marks.get(fact.id, ())))

    def all(self, facts: Iterable[Fact]) -> tuple[Standing, ...]:
        return tuple(self.of(f) for f in facts)
