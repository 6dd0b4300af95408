"""Report order: the order in which a brief reads a fact base's sources, and so their facts
and curator notes, that never shows the order in which they were added (issue 24's loop).

`add` appends a report's source, facts and notes to its layer, so a layer's order is the
order of its adds: the same reports added in another order would tell a claim's point by
another report, put another conflict first in the watch-outs and another of a person's
titles of one date first. Report order is the layers' order (a lower layer's sources
first: the shipped base's stand as they are), then within a layer the undated first (an
article a curator files with the reports of it, undated as the shipped one is), then the
order the reports were published in (a wire before the paper's copy of it, as a curator
following the news would add them), then by source id. ("Who met whom" puts a
person's newest dated title first all the same: it orders titles by date first.) A
source's facts keep their order (the order of its text); a curator note goes with the
report that wrote it: the source, among those of the facts it cites, of the highest
layer, the first such in report order (a note citing no fact stays beside the note before
it).
"""

from __future__ import annotations

import operator
from collections.abc import Iterable, Sequence
from datetime import date
from typing import TypeVar

from defcoop_cli.factbase.loader import FactBase
from defcoop_cli.factbase.records import CuratorNote, Side, Source

Rank = tuple[int, int, int, str]
FIRST: Rank = (-1, 0, 0, "")
T = TypeVar("T")


def source_ranks(fb: FactBase) -> dict[str, Rank]:
    """Each source's place in report order (lower sorts first)."""
    layers: dict[object, int] = {}
    for s in fb.doc.sources:
        layers.setdefault(str(fb.homes.get(s.id, fb.path)), len(layers))
    return {s.id: _rank(s, layers[str(fb.homes.get(s.id, fb.path))]) for s in fb.doc.sources}


def _rank(source: Source, layer: int) -> Rank:
    when = source.published
    if when is None:
        return (layer, 0, 0, source.id)
    return (layer, 1, (when - date.min).days, source.id)


def _beside(ranks: Sequence[Rank | None]) -> list[Rank]:
    """The ranks, one with none taking the one before it (the first: before all)."""
    out: list[Rank] = []
    for r in ranks:
        out.append(r if r is not None else out[-1] if out else FIRST)
    return out


def _writer(note: CuratorNote, fb: FactBase, ranks: dict[str, Rank]) -> Rank | None:
    """The rank of the report that wrote a note: of the sources of the facts it cites, the
    highest layer's first."""
    cited = [ranks[s] for f in note.facts if f in fb.facts and (s := fb.facts[f].source) in ranks]
    if not cited:
        return None
    top = max(r[0] for r in cited)
    return min(r for r in cited if r[0] == top)


def _sorted(items: Sequence[T], ranks: Sequence[Rank | None]) -> list[T]:
    keys = _beside(ranks)
    return [items[i] for i in sorted(range(len(items)), key=keys.__getitem__)]


def _same(new: Sequence[object], was: Sequence[object]) -> bool:
    return len(new) == len(was) and all(map(operator.is_, new, was))


def in_report_order(fb: FactBase) -> FactBase:
    """The fact base with its sources, facts and curator notes in report order (itself when
    they already are)."""
    ranks = source_ranks(fb)
    sources = sorted(fb.doc.sources, key=lambda s: ranks[s.id])
    facts = _sorted(fb.doc.facts, [ranks.get(f.source) for f in fb.doc.facts])
    notes = _sorted(fb.doc.curator_notes, [_writer(n, fb, ranks) for n in fb.doc.curator_notes])
    doc = fb.doc
    if _same(sources, doc.sources) and _same(facts, doc.facts) and _same(notes, doc.curator_notes):
        return fb
    ordered = FactBase(fb.path, doc._replace(sources=sources, facts=facts, curator_notes=notes))
    ordered.homes = fb.homes
    return ordered


def newest(fb: FactBase, facts: Iterable[str]) -> date | None:
    """The latest date of the sources of the facts (those fb holds), if any is dated."""
    dates = [
        d
        for f in facts
        if f in fb.facts
        and (s := fb.sources.get(fb.facts[f].source)) is not None
        and (d := s.published) is not None
    ]
    return max(dates, default=None)


def newer_first(sides: Sequence[Side], fb: FactBase, places: dict[str, int]) -> tuple[Side, ...]:
    """A conflict's sides, the dated, newer side first (as "Who met whom" orders a person's
    titles), the undated after them; sides of one date in report order (`places`:
    `fact_places`): never as the note was written, which tells which report was added
    later (`side_key`)."""
    return tuple(sorted(sides, key=lambda side: side_key(side.facts, fb, places)))


def fact_places(fb: FactBase) -> dict[str, int]:
    """Each fact's place in report order."""
    return {f.id: i for i, f in enumerate(in_report_order(fb).doc.facts)}


def side_key(
    facts: Sequence[str], fb: FactBase, places: dict[str, int]
) -> tuple[tuple[int, int], bool, int, str]:
    """Where a conflict's side sorts: its newest dated source first, then (a side of facts
    fb holds before one of none: a brief of some sources) its first fact in report order
    (`fact_places`), then its first fact id."""
    held = [f for f in facts if f in places]
    first = min((places[f] for f in held), default=0)
    return newest_key(newest(fb, held)), not held, first, min(facts, default="")


def newest_key(when: date | None) -> tuple[int, int]:
    return (1, 0) if when is None else (0, -(when - date.min).days)
