"""Which event each fact belongs to, and the checks of the events' references.

A fact belongs to the event it names (`event`), else to its source's main event (the
source's `event`), else to none. An event is reported by the sources it lists and by
every source that names it as its main event (`event`) or among its `other_events`, so a
layer may add a source, and facts, to an event of a layer under it without editing that
layer. Pure functions over records.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from itertools import compress, repeat
from operator import attrgetter, is_not

from defcoop_cli.factbase.records import CuratorNote, Doc, Event, Fact, Source
from defcoop_cli.tuples import NamedTuple

_EVENT = attrgetter("event")


class _Problem(NamedTuple):
    """(code, JSON path, message): checking.results.Problem's first fields, without
    importing it."""

    code: str
    path: str
    message: str


def event_of(fact: Fact, sources: Mapping[str, Source]) -> str | None:
    """The id of the event the fact belongs to, or None."""
    return event_by(fact.event, fact.source, sources)


def event_by(own: str | None, source_id: str, sources: Mapping[str, Source]) -> str | None:
    """The event of a fact of this event of its own (if any) and this source: its own, else
    its source's main event, or None."""
    if own:
        return own
    source = sources.get(source_id)
    return source.event if source is not None else None


def reporting(doc: Doc) -> dict[str, tuple[str, ...]]:
    """Each event's reporting sources: those it lists, then those naming it (as their main
    event or another), in fact-base order."""
    found = {e.id: list(e.sources) for e in doc.events}
    for s in doc.sources:
        for event in (s.event, *s.other_events):
            if event in found and s.id not in found[event]:
                found[event].append(s.id)
    return {e: tuple(ids) for e, ids in found.items()}


def dangling(doc: Doc, facts: range | None = None) -> Iterator[_Problem]:
    """References to an event, source, entity or note the fact base does not have (facts:
    the indexes of the facts to look at, if not all)."""
    events = {e.id for e in doc.events}
    sources = {s.id for s in doc.sources}
    entities = {e.id for e in doc.entities}
    notes = {n.id for n in doc.curator_notes}
    for i, e in enumerate(doc.events):
        for field, known, what in (
            ("parties", entities, "entity"),
            ("sources", sources, "source"),
            ("dated_by", notes, "curator note"),
            ("background", events, "event"),
        ):
            for j, ref in enumerate(getattr(e, field)):
                if ref not in known:
                    where = f"$.events[{i}].{field}[{j}]"
                    yield _Problem("dangling-reference", where, f"no {what} {ref!r}")
    named = [(f"$.sources[{i}].event", s.event) for i, s in enumerate(doc.sources)]
    named += [
        (f"$.sources[{i}].other_events[{j}]", e)
        for i, s in enumerate(doc.sources)
        for j, e in enumerate(s.other_events)
    ]
    named += [(f"$.facts[{i}].event", f.event) for i, f in _with_event(doc.facts, facts)]
    for where, event in named:
        if event is not None and event not in events:
            yield _Problem("dangling-reference", where, f"no event {event!r}")


def _with_event(facts: list[Fact], chosen: range | None = None) -> Iterator[tuple[int, Fact]]:
    """(index, fact) of the facts (those at the chosen indexes) that name an event of their
    own, chosen in C (most name none)."""
    at = range(len(facts)) if chosen is None else chosen
    named = map(is_not, map(_EVENT, map(facts.__getitem__, at)), repeat(None))
    return compress(zip(at, map(facts.__getitem__, at), strict=True), named)


def problems(doc: Doc, facts: range | None = None) -> Iterator[_Problem]:
    """What validate says of the events beyond dangling references, in plain words (facts:
    the indexes of the facts to look at, if not all)."""
    told = reporting(doc)
    notes = {n.id: n for n in doc.curator_notes}
    for i, e in enumerate(doc.events):
        yield from _event_problems(i, e, told.get(e.id, ()), notes)
    for i, f in _with_event(doc.facts, facts):
        if f.event in told and f.source not in told[f.event]:
            yield _Problem(
                "event",
                f"$.facts[{i}].event",
                f"fact {f.id!r} belongs to event {f.event!r}, which its source {f.source!r} "
                f"does not report: name the event in the source's 'other_events' (or list "
                "the source in the event's 'sources'), or give the fact another event",
            )


def _event_problems(
    i: int, e: Event, told: tuple[str, ...], notes: Mapping[str, CuratorNote]
) -> Iterator[_Problem]:
    where = f"$.events[{i}]"
    if not told:
        yield _Problem(
            "event",
            f"{where}.sources",
            f"event {e.id!r} is reported by no source: list one in its sources, or name the "
            "event as a source's 'event'",
        )
    if e.id in e.background:
        yield _Problem("event", f"{where}.background", f"event {e.id!r} is its own background")
    for j, note_id in enumerate(e.dated_by):
        note = notes.get(note_id)
        if note is None:
            continue  # dangling: said by dangling()
        if note.type != "date":
            yield _Problem(
                "event",
                f"{where}.dated_by[{j}]",
                f"curator note {note_id!r} is not a 'date' note: an event is dated by the "
                "date notes that give its date",
            )
        elif note.date != e.date:
            told_date = e.date.isoformat() if e.date else "undated"
            yield _Problem(
                "event",
                f"{where}.dated_by[{j}]",
                f"event {e.id!r} is dated {told_date}, but its note {note_id!r} gives "
                f"{note.date.isoformat() if note.date else 'no date'}",
            )
