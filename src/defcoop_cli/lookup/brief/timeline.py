"""Events: the timeline `defcoop events` lists, and the one event a brief is of.

A brief is of one event: the one given with --event, the only one, or else the most recent
meeting or talks (the most recent event when there is none). Only that event's facts enter
it; the facts of the events it links as background come as background, apart.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date
from typing import NamedTuple

from defcoop_cli.errors import NothingFound
from defcoop_cli.factbase.events import event_of, reporting
from defcoop_cli.factbase.loader import FactBase
from defcoop_cli.factbase.records import Entity, Event, Fact, Source, Topic
from defcoop_cli.factbase.vocab import MEETING_KINDS, is_editorial_kind
from defcoop_cli.lookup import names
from defcoop_cli.lookup.brief.briefing import NOT_A_PARTY, POINT_KINDS, build_briefing
from defcoop_cli.lookup.claims import independence_key, source_ref
from defcoop_cli.lookup.protocol import Index
from defcoop_cli.lookup.results import (
    Background,
    BriefEvent,
    Briefing,
    Cited,
    Corroboration,
    DateLine,
    EventList,
    EventRow,
)
from defcoop_cli.lookup.search.fields import NO_EVENT


def by_date(events: Sequence[Event]) -> list[Event]:
    """Dated events in date order, then the undated ones, each in fact-base order."""
    dated = sorted((e for e in events if e.date), key=lambda e: e.date or date.min)
    return [*dated, *(e for e in events if not e.date)]


def reports(event_id: str, told: Sequence[str], sources: dict[str, Source]) -> Corroboration:
    """An event's reports: its sources, a wire and its copies counted once as independent."""
    keys = {independence_key(sources[s]) if s in sources else s for s in told}
    return Corroboration(event_id, (), tuple(told), len(keys))


def event_list(index: Index, only: frozenset[str] = frozenset()) -> EventList:
    """Every event by date, with its parties' names and its reports; only: the sources
    (ids) whose events to list, all when empty."""
    doc = index.catalogue()
    sources = {s.id: s for s in doc.sources}
    told = reporting(doc)
    rows = []
    for e in by_date(doc.events):
        if only and not set(told[e.id]) & only:
            continue
        parties = tuple(_name(index.entity(p), p) for p in e.parties)
        refs = tuple(source_ref(sources.get(s), s) for s in told[e.id])
        rows.append(EventRow(e, parties, refs, reports(e.id, told[e.id], sources)))
    return EventList(tuple(rows), filtered=bool(only))


def _name(entity: Entity | None, entity_id: str) -> str:
    return entity.name if entity is not None else entity_id


class Chosen(NamedTuple):
    """The event a brief is of, and how it was chosen."""

    event: Event
    how: str  # given, only, most recent meeting or talks, most recent event


def choose(fb: FactBase, wanted: str | None) -> Chosen | None:
    """The event to brief: wanted (by id or title), the only one, or the most recent meeting
    or talks (else the most recent event); None when the fact bases list no events. Only
    the events the sources in use report are chosen from."""
    told = reporting(fb.doc)
    events = [e for e in fb.doc.events if set(told[e.id]) & fb.sources.keys()]
    if wanted is not None:
        return Chosen(names.find_event(fb.doc.events, wanted), "given")
    if len(events) <= 1:
        return Chosen(events[0], "only") if events else None
    meetings = [e for e in events if e.kind in MEETING_KINDS]
    if meetings:
        return Chosen(_latest(meetings, told, fb), _MEETING)
    return Chosen(_latest(events, told, fb), "most recent event")


_MEETING = "most recent meeting or talks"


def _latest(events: Sequence[Event], told: dict[str, tuple[str, ...]], fb: FactBase) -> Event:
    """The most recent of the dated events (of the undated when none is dated); of several on
    its day (or of the undated), the one the most independent sources in use report (a wire
    and its copies once), then the last in fact-base order."""
    dated = [e.date for e in events if e.date]
    last = max(dated) if dated else None
    same_day = [e for e in events if e.date == last]

    def reported(event: Event) -> int:
        in_use = [s for s in told[event.id] if s in fb.sources]
        return reports(event.id, in_use, fb.sources).independent

    return max(reversed(same_day), key=reported)


class Told(NamedTuple):
    """What an event's brief needs to know of all the facts in use, when it reads only some:
    the sources holding the event's facts, the entities those facts name (of those a note
    citing no fact is on, at least), and how many facts (not editorial) are of no event."""

    holders: frozenset[str]
    named: frozenset[str]
    unplaced: int


def told_of(fb: FactBase, event: Event) -> Told:
    """What fb's facts, all of them, tell of the event."""
    facts = [f for f in fb.doc.facts if event_of(f, fb.sources) == event.id]
    unplaced = sum(
        event_of(f, fb.sources) is None and not is_editorial_kind(f.kind) for f in fb.doc.facts
    )
    holders = frozenset(f.source for f in facts)
    return Told(holders, frozenset(e for f in facts for e in f.entities), unplaced)


def told_by_index(index: Index, fb: FactBase, event: Event, sources: frozenset[str]) -> Told:
    """What the index tells of the event without reading its facts: fb, a part of its
    fact base as the sources (ids; empty: all) tell it, gives the notes to look at."""
    tallies = index.event_tallies()
    unplaced = sum(
        t.told for s, t in tallies.get(NO_EVENT, {}).items() if not sources or s in sources
    )
    within = [[f"event:{event.id}"], *([[f"source:{s}" for s in sources]] if sources else [])]
    asked = {e for n in fb.doc.curator_notes if not n.facts for e in n.entities}
    named = frozenset(e for e in asked if index.matching([*within, [f"entity:{e}"]]))
    return Told(frozenset(tallies.get(event.id, {})), named, unplaced)


def event_brief(
    index: Index,
    fb: FactBase,
    chosen: Chosen,
    sources: frozenset[str],
    only: Topic | None = None,
    full: bool = False,
) -> Briefing:
    """The brief of the chosen event, reading only what it shows: fb, the event's
    briefing.brief_base as the sources (ids; empty: all) tell it (service.from_sources),
    with the index's tallies of the event's facts for the sources' counts. It is the brief
    of for_event and with_event on the whole fact base."""
    told = told_by_index(index, fb, chosen.event, sources)
    tallies = index.event_tallies().get(chosen.event.id, {})
    narrowed = for_event(fb, chosen.event, told)
    b = build_briefing(narrowed, only, full, tallies, chosen.event.parties)
    return with_event(b, fb, chosen, told)


def for_event(fb: FactBase, event: Event, told: Told | None = None) -> FactBase:
    """The fact base as the event is told: its facts, the sources that report it or hold
    them, and the notes on them (those citing its facts, dating it, or citing no fact and
    about what its facts name, but not those dating another event). told: what all the
    facts tell of it, when fb holds only some (told_of fb's, by default)."""
    told = told_of(fb, event) if told is None else told
    facts = [f for f in fb.doc.facts if event_of(f, fb.sources) == event.id]
    reported = set(reporting(fb.doc)[event.id]) | told.holders
    sources = [s for s in fb.doc.sources if s.id in reported]
    if not sources:
        raise NothingFound(f"event {event.id!r} is reported by none of the sources in use")
    kept = {f.id for f in facts}
    named = told.named | set(event.parties)
    others = {n for e in fb.doc.events if e.id != event.id for n in e.dated_by}
    notes = [
        n
        for n in fb.doc.curator_notes
        if set(n.facts) & kept
        or n.id in event.dated_by
        or (n.id not in others and not n.facts and (not n.entities or set(n.entities) & named))
    ]
    doc = fb.doc._replace(facts=facts, sources=sources, curator_notes=notes)
    narrowed = FactBase(fb.path, doc)
    narrowed.homes = {s.id: fb.homes[s.id] for s in sources if s.id in fb.homes}
    return narrowed


def with_event(b: Briefing, fb: FactBase, chosen: Chosen, told: Told | None = None) -> Briefing:
    """The brief of the narrowed fact base, told which event it is of: the event, its date
    from its date notes (or its own), and the events it links as background with their
    points. fb: the fact base before narrowing; told: as for_event's."""
    event = chosen.event
    told = told_of(fb, event) if told is None else told
    shown = {n.id for n in b.watch_outs}
    label = f"{event.kind.capitalize()} date"
    dates = [
        DateLine(label, n.date.isoformat(), n.basis, n.id)
        for n in fb.doc.curator_notes
        if n.id in event.dated_by and n.id in shown and n.date
    ]
    if not dates and event.date:  # dated by its sources, no note needed
        dates = [DateLine(label, event.date.isoformat(), "the sources", "")]
    others = [e for e in fb.doc.events if e.id in event.background]
    line = b.bottom_line
    if line is not None and event.place:  # where it was: the event's place, not every place
        line = line._replace(places=(event.place,))  # its facts name (a next round's)
    return b._replace(
        bottom_line=line,
        event=brief_event(fb, event),
        background=tuple(_background(fb, e) for e in others),
        events=len(fb.doc.events),
        chosen=chosen.how,
        dates=tuple(dates),
        unplaced=told.unplaced,
    )


def brief_event(fb: FactBase, event: Event) -> BriefEvent:
    told = reporting(fb.doc)[event.id]
    return BriefEvent(
        event.id,
        event.kind,
        event.title,
        event.date.isoformat() if event.date else None,
        event.date_note,
        event.place,
        tuple(_name(fb.entities.get(p), p) for p in event.parties),
        told,
    )


def _background(fb: FactBase, event: Event) -> Background:
    """A background event with its points: what a party did or said (not a list's item,
    not the sources' own voice, never editorial)."""
    points = tuple(Cited(f.statement, (f.id,)) for f in _facts_of(fb.doc.facts, fb, event.id))
    return Background(brief_event(fb, event), points)


def _facts_of(facts: Collection[Fact], fb: FactBase, event_id: str) -> list[Fact]:
    return [
        f
        for f in facts
        if event_of(f, fb.sources) == event_id
        and f.kind in POINT_KINDS
        and not f.part_of
        and f.attribution != NOT_A_PARTY
    ]
