"""Assemble a one-screen briefing from a fact base: plain data, every line citing its facts.

The briefing holds no prose of its own. Its sections are chosen by the data: topic groups
(meeting, cooperation, regional), entity types (person, place, military exercise), the
facts' `part_of` lists and the curator notes. Editorial content never enters it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import ClassVar

from defcoop_cli.factbase import FactBase
from defcoop_cli.records import CuratorNote, Entity, Fact, Topic
from defcoop_cli.vocab import is_editorial_group, is_editorial_kind

# Key points are what the two sides did and said; the article's own background and
# analysis stay out of the brief (they are one `defcoop topics` away).
POINT_KINDS = ("event", "commitment", "position", "concern")
NOT_A_PARTY = "the article"


@dataclass(frozen=True)
class Cited:
    text: str
    facts: tuple[str, ...]


def citation_runs(items: Sequence[Cited]) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """Consecutive items that cite the same facts, grouped in order: (their texts, the facts),
    so a line drawn from one fact cites it once."""
    runs: list[tuple[tuple[str, ...], tuple[str, ...]]] = []
    for item in items:
        if runs and runs[-1][1] == item.facts:
            runs[-1] = ((*runs[-1][0], item.text), item.facts)
        else:
            runs.append(((item.text,), item.facts))
    return runs


@dataclass(frozen=True)
class Person:
    """A person who met, with the article's titles for them; flags name the corrections
    (watch-outs) that outside reports make to those titles."""

    name: str
    facts: tuple[str, ...]
    roles: tuple[Cited, ...]
    flags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Point:
    """A fact's statement, with the items of its list (their verbatim quotes) after it."""

    text: str
    facts: tuple[str, ...]
    items: tuple[Cited, ...]


@dataclass(frozen=True)
class TopicPoints:
    topic: str
    title: str
    points: tuple[Point, ...]


@dataclass(frozen=True)
class Exercise:
    name: str
    types: tuple[Cited, ...]
    participants: tuple[Cited, ...]

    def shared_facts(self) -> tuple[str, ...] | None:
        """The one set of facts every line of the exercise cites, if there is one."""
        cited = {c.facts for c in (*self.types, *self.participants)}
        return cited.pop() if len(cited) == 1 else None


@dataclass(frozen=True)
class Reference:
    publisher: str
    title: str
    url: str
    published: str
    via: str | None


@dataclass(frozen=True)
class Note:
    id: str
    type: str
    text: str
    basis: str
    date: str | None
    facts: tuple[str, ...]
    entities: tuple[str, ...]
    references: tuple[Reference, ...]


@dataclass(frozen=True)
class DateLine:
    """A date the article does not give, from a curator note: 'Meeting date (outside
    reports): 5 May 2025'."""

    label: str
    date: str
    basis: str
    note: str


@dataclass(frozen=True)
class SourceScope:
    id: str
    title: str
    title_assigned_by: str
    kind: str
    published: str | None
    date_note: str
    covers: tuple[str, ...]
    editorial_facts_left_out: int


@dataclass(frozen=True)
class Briefing:
    title: str
    topic: str | None
    meeting: tuple[Cited, ...]
    people: tuple[Person, ...]
    places: tuple[Cited, ...]
    key_points: tuple[TopicPoints, ...]
    exercises: tuple[Exercise, ...]
    regional: tuple[TopicPoints, ...]
    watch_outs: tuple[Note, ...]
    sources: tuple[SourceScope, ...]
    dates: tuple[DateLine, ...] = ()

    found: ClassVar[bool] = True  # a brief always has something to say
    messages: ClassVar[tuple[str, ...]] = ()


def _in_group(fb: FactBase, fact: Fact, group: str) -> bool:
    return any(fb.topics[t].group == group for t in fact.topics if t in fb.topics)


def _named(fb: FactBase, facts: Iterable[Fact], entity_type: str) -> list[tuple[Entity, Fact]]:
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


def meeting_section(fb: FactBase) -> tuple[list[Cited], list[Person], list[Cited]]:
    events = [f for f in fb.doc.facts if f.kind == "event" and _in_group(fb, f, "meeting")]
    people = _named(fb, events, "person")
    met = [Cited(f.statement, (f.id,)) for f in events if len(_named(fb, [f], "person")) > 1]
    corrections = _corrections(fb)
    persons = []
    for e, f in people:
        roles = tuple(Cited(r.text, (r.fact,)) for r in e.roles)
        flags = _flags(corrections, [f.id, *(r.fact for r in e.roles)])
        persons.append(Person(e.name, (f.id,), roles, flags))
    places = [Cited(e.name, (f.id,)) for e, f in _named(fb, events, "place")]
    return met[:1], persons, places


def _exercise_facts(fb: FactBase) -> set[str]:
    """Facts the exercises section cites, so key points need not repeat them."""
    exercises = [e for e in fb.doc.entities if e.type == "military exercise"]
    return {r.fact for e in exercises for r in e.roles} | {
        p.fact for e in exercises for p in e.participants
    }


def _point(fact: Fact, children: dict[str, list[Fact]], skip: set[str]) -> Point:
    items = tuple(Cited(c.quote, (c.id,)) for c in children.get(fact.id, []) if c.id not in skip)
    return Point(fact.statement, (fact.id,), items)


def topic_points(fb: FactBase, group: str, only: Topic | None) -> list[TopicPoints]:
    """Top-level facts of each topic in the group, each fact under its first such topic."""
    children: dict[str, list[Fact]] = {}
    for f in fb.doc.facts:
        if f.part_of:
            children.setdefault(f.part_of, []).append(f)
    placed: set[str] = set()
    skip = _exercise_facts(fb)
    sections = []
    for topic in fb.doc.topics:
        if topic.group != group or (only is not None and topic.id != only.id):
            continue
        facts = [
            f
            for f in fb.doc.facts
            if topic.id in f.topics
            and f.kind in POINT_KINDS
            and f.attribution != NOT_A_PARTY
            and not f.part_of
            and f.id not in placed
        ]
        placed.update(f.id for f in facts)
        if facts:
            points = tuple(_point(f, children, skip) for f in facts)
            sections.append(TopicPoints(topic.id, topic.title, points))
    return sections


def exercises(fb: FactBase, only: Topic | None) -> list[Exercise]:
    facts = [
        f
        for f in fb.doc.facts
        if not is_editorial_kind(f.kind) and (only is None or only.id in f.topics)
    ]
    out = []
    for entity, _ in _named(fb, facts, "military exercise"):
        types = tuple(Cited(r.text, (r.fact,)) for r in entity.roles)
        members = tuple(
            Cited(fb.entities[p.entity].name, (p.fact,))
            for p in entity.participants
            if p.entity in fb.entities
        )
        out.append(Exercise(entity.name, types, members))
    return out


def scope(fb: FactBase) -> list[SourceScope]:
    out = []
    for s in fb.doc.sources:
        facts = [f for f in fb.doc.facts if f.source == s.id]
        topic_ids = {t for f in facts if not is_editorial_kind(f.kind) for t in f.topics}
        covers = tuple(
            t.title for t in fb.doc.topics if t.id in topic_ids and not is_editorial_group(t.group)
        )
        out.append(
            SourceScope(
                s.id,
                s.title,
                s.title_assigned_by,
                s.kind,
                s.published.isoformat() if s.published else None,
                s.date_note,
                covers,
                sum(is_editorial_kind(f.kind) for f in facts),
            )
        )
    return out


def _note(n: CuratorNote) -> Note:
    refs = tuple(
        Reference(r.publisher, r.title, r.url, r.published.isoformat(), r.via) for r in n.references
    )
    when = n.date.isoformat() if n.date else None
    return Note(n.id, n.type, n.text, n.basis, when, n.facts, n.entities, refs)


def watch_outs(fb: FactBase) -> list[Note]:
    """Every curator note: corrections first, since they change how the rest reads."""
    notes = [_note(n) for n in fb.doc.curator_notes]
    return sorted(notes, key=lambda n: n.type != "correction")


def meeting_dates(fb: FactBase) -> list[DateLine]:
    """Dates that notes give for the meeting: a date note citing a meeting event."""
    out = []
    for n in fb.doc.curator_notes:
        facts = [fb.facts[f] for f in n.facts if f in fb.facts]
        if n.date and any(f.kind == "event" and _in_group(fb, f, "meeting") for f in facts):
            out.append(DateLine("Meeting date", n.date.isoformat(), n.basis, n.id))
    return out


def build_briefing(fb: FactBase, only: Topic | None = None) -> Briefing:
    met, people, places = meeting_section(fb)
    notes = tuple(watch_outs(fb))
    sources = tuple(scope(fb))
    return Briefing(
        title=sources[0].title,
        topic=only.id if only else None,
        meeting=tuple(met),
        people=tuple(people),
        places=tuple(places),
        key_points=tuple(topic_points(fb, "cooperation", only)),
        exercises=tuple(exercises(fb, only)),
        regional=tuple(topic_points(fb, "regional", only)),
        watch_outs=notes,
        sources=sources,
        dates=tuple(meeting_dates(fb)),
    )
