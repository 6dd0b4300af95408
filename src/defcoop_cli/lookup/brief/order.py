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
source's facts come in the order of its text, where their spans start (the file's order,
the order a curator or the drafter wrote them in, only between facts starting at one
place); a curator note goes with the report that wrote it: the source, among those of the
facts it cites, of the highest layer, the first such in report order (a note citing no
fact stays beside the note before it).
"""

from __future__ import annotations

import operator
from collections.abc import Iterable, Sequence
from datetime import date
from typing import TypeVar

from defcoop_cli.factbase.loader import FactBase
from defcoop_cli.factbase.records import CuratorNote, Fact, Side, Source

Rank = tuple[int, int, int, str]
FIRST: Rank = (-1, 0, 0, "")
# a fact's place: its source's in report order, its span's start in the source's text, and
# its place in the file (the last resort: facts of one source starting at one place)
Place = tuple[int, int, int]
# where words stand: the fact's source, its span's start, the words' place in its quote,
# the fact's place in the file
TextPlace = tuple[int, int, int, int]
NOWHERE: TextPlace = (0, 0, 0, 0)
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


def _in_text_order(facts: Sequence[Fact], ranks: Sequence[Rank | None]) -> list[Fact]:
    """Facts in their sources' report order, a source's in the order of its text: where
    their spans start, the file's order (the order they were written in) only between facts
    starting at one place; a fact of a source fb lacks after the one before it."""
    keys = _beside(ranks)
    at = sorted(range(len(facts)), key=lambda i: (keys[i], ranks[i] is None, facts[i].span[0], i))
    return [facts[i] for i in at]


def _same(new: Sequence[object], was: Sequence[object]) -> bool:
    return len(new) == len(was) and all(map(operator.is_, new, was))


def in_report_order(fb: FactBase) -> FactBase:
    """The fact base with its sources, facts and curator notes in report order (itself when
    they already are)."""
    ranks = source_ranks(fb)
    sources = sorted(fb.doc.sources, key=lambda s: ranks[s.id])
    facts = _in_text_order(fb.doc.facts, [ranks.get(f.source) for f in fb.doc.facts])
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


def newer_first(sides: Sequence[Side], fb: FactBase, places: dict[str, Place]) -> tuple[Side, ...]:
    """A conflict's sides, the dated, newer side first (as "Who met whom" orders a person's
    titles), the undated after them; sides of one date in report order (`places`:
    `fact_places`): never as the note was written, which tells which report was added
    later (`side_key`)."""
    return tuple(sorted(sides, key=lambda side: side_key(side, fb, places)))


def fact_places(fb: FactBase) -> dict[str, Place]:
    """Each fact's place in report order, a source's facts in the order of its text."""
    return text_places(in_report_order(fb).doc.facts)


def text_places(facts: Sequence[Fact]) -> dict[str, Place]:
    """The places of facts in report order (`in_report_order`'s: a source's facts together):
    not the file's order within a source, which is the order its facts were written in."""
    out: dict[str, Place] = {}
    run = 0
    for i, f in enumerate(facts):
        run += i > 0 and f.source != facts[i - 1].source
        out[f.id] = (run, f.span[0], i)
    return out


def in_text(words: str, fact: Fact, place: Place) -> TextPlace:
    """Where words a fact's quote gives stand in its source's text: the fact's span's start,
    then where its quote gives them (words it does not give last), then the file's order."""
    source, start, at = place
    found = fact.quote.casefold().find(words.casefold())
    return source, start, found if found >= 0 else len(fact.quote), at


def side_key(
    side: Side, fb: FactBase, places: dict[str, Place]
) -> tuple[tuple[int, int], bool, TextPlace, str]:
    """Where a conflict's side sorts: its newest dated source first, then (a side of facts
    fb holds before one of none: a brief of some sources) where its label stands in the
    text of its first fact (`fact_places`, `in_text`: as "Who met whom" orders a person's
    titles of one source), then its first fact id."""
    held = [f for f in side.facts if f in places and f in fb.facts]
    first = min(held, key=places.__getitem__, default=None)
    where = NOWHERE if first is None else in_text(side.label, fb.facts[first], places[first])
    return newest_key(newest(fb, held)), not held, where, min(side.facts, default="")


def newest_key(when: date | None) -> tuple[int, int]:
    return (1, 0) if when is None else (0, -(when - date.min).days)
