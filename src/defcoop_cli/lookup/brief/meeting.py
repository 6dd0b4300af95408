"""The brief's meeting: who met whom (the people the event's facts name, its parties among
them), where, in what roles (the titles the sources give, the disputed ones flagged), and
the dates notes give for it."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from datetime import date

from defcoop_cli.factbase.loader import FactBase
from defcoop_cli.factbase.records import Entity, Fact
from defcoop_cli.lookup.brief.order import FIRST, in_text, newest, source_ranks, text_places
from defcoop_cli.lookup.results import Cited, DateLine, Person


def in_group(fb: FactBase, fact: Fact, group: str) -> bool:
    return any(fb.topics[t].group == group for t in fact.topics if t in fb.topics)


def named(fb: FactBase, facts: Iterable[Fact], entity_type: str) -> list[tuple[Entity, Fact]]:
    """Each entity of the type that the facts name, with the first fact naming it."""
    seen: dict[str, tuple[Entity, Fact]] = {}
    for fact in facts:
        for eid in fact.entities:
            entity = fb.entities.get(eid)
            if entity is not None and entity.type == entity_type:
                seen.setdefault(eid, (entity, fact))
    return list(seen.values())


def _corrections(fb: FactBase) -> dict[str, list[str]]:
    """The correction notes that dispute each fact, by fact id."""
    found: dict[str, list[str]] = {}
    for n in fb.doc.curator_notes:
        if n.type == "correction":
            for fact in n.facts:
                found.setdefault(fact, []).append(n.id)
    return found


def _flags(corrections: dict[str, list[str]], facts: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(n for f in facts for n in corrections.get(f, [])))


def _published(fb: FactBase, fact: str) -> date | None:
    source = fb.sources.get(fb.facts[fact].source)
    return source.published if source is not None else None


def _outdated(fb: FactBase) -> dict[str, list[str]]:
    """The facts on the older sides of each conflict whose one newest side is dated (a
    later report has it otherwise), by fact id: the notes that dispute them."""
    found: dict[str, list[str]] = {}
    for n in fb.doc.curator_notes:
        if n.type != "conflict":
            continue
        sides = [[f for f in side.facts if f in fb.facts] for side in n.sides]
        dates = [newest(fb, side) or date.min for side in sides]
        latest = max(dates, default=date.min)
        if latest == date.min or dates.count(latest) > 1:
            continue
        for side, when in zip(sides, dates, strict=True):
            for fact in side if when < latest else ():
                found.setdefault(fact, []).append(n.id)
    return found


def meeting_events(fb: FactBase) -> list[Fact]:
    """The facts that tell the meeting: its events."""
    return [f for f in fb.doc.facts if f.kind == "event" and in_group(fb, f, "meeting")]


def who_met(
    fb: FactBase, events: Iterable[Fact], parties: Collection[str] = ()
) -> list[tuple[Entity, Fact]]:
    """The people who met, each with the first event fact naming them: those the events
    name, only the event's parties among them when they name any (one named in "… under
    Prime Minister X" did not meet). The one list both who met whom and the brief's
    parties (parties.Parties) read."""
    people = named(fb, events, "person")
    if any(e.id in parties for e, _ in people):
        people = [(e, f) for e, f in people if e.id in parties]
    return people


def meeting_section(
    fb: FactBase, events: Sequence[Fact], people: Iterable[tuple[Entity, Fact]]
) -> tuple[list[Cited], list[Person], list[Cited]]:
    """Who met whom (`people`: who_met's), where, in what roles."""
    met = [Cited(f.statement, (f.id,)) for f in events if len(named(fb, [f], "person")) > 1]
    corrections = _corrections(fb)
    disputes = {**corrections}
    for fact, notes in _outdated(fb).items():
        disputes[fact] = [*disputes.get(fact, []), *notes]
    persons = []
    ranks = source_ranks(fb)
    at = text_places(fb.doc.facts)  # fb in report order: build_briefing's
    for e, f in people:
        # the titles nothing disputes first, the newest dated first: the office the best
        # sources give; only the titles the sources in use tell (a brief --source X shows
        # X's alone); titles of one date in report order, those of one source in the order
        # of its text (their facts' spans, then where the quote gives them): never the
        # order of adds, of the source's facts in the file or of the entity's roles list
        told = [r for r in e.roles if r.fact in fb.facts]
        dated = {r.fact: d for r in told if (d := _published(fb, r.fact)) is not None}
        ordered = sorted(
            told,
            key=lambda r: (
                r.fact in disputes,
                -dated[r.fact].toordinal() if r.fact in dated else 0,
                ranks.get(fb.facts[r.fact].source, FIRST),
                *in_text(r.text, fb.facts[r.fact], at.get(r.fact, (len(at), 0, 0))),
                r.text,
            ),
        )
        roles = tuple(Cited(r.text, (r.fact,)) for r in ordered)
        flags = _flags(disputes, [f.id, *(r.fact for r in ordered)])
        disputed = tuple(r.fact for r in ordered if r.fact in disputes)
        when = tuple(
            dict.fromkeys((r.fact, dated[r.fact].isoformat()) for r in ordered if r.fact in dated)
        )
        persons.append(Person(e.name, (f.id,), roles, flags, disputed, when))
    places = [Cited(e.name, (f.id,)) for e, f in named(fb, events, "place")]
    return met[:1], persons, places


def meeting_dates(fb: FactBase) -> list[DateLine]:
    """Dates that notes give for the meeting: a date note citing a meeting event."""
    out = []
    for n in fb.doc.curator_notes:
        facts = [fb.facts[f] for f in n.facts if f in fb.facts]
        if n.date and any(f.kind == "event" and in_group(fb, f, "meeting") for f in facts):
            out.append(DateLine("Meeting date", n.date.isoformat(), n.basis, n.id))
    return out
