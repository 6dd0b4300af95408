"""Assemble a one-screen briefing from a fact base: plain data, every line citing its facts.

The briefing holds no prose of its own. Its sections are chosen by the data: topic groups
(meeting, cooperation, regional), entity types (person, place, military exercise), the
facts' `part_of` lists and the curator notes. Editorial content never enters it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import NamedTuple

from defcoop_cli.errors import NothingFound
from defcoop_cli.factbase.loader import FactBase
from defcoop_cli.factbase.records import CuratorNote, Entity, Fact, Topic
from defcoop_cli.factbase.sentences import sentence_spans
from defcoop_cli.factbase.vocab import is_editorial_group, is_editorial_kind
from defcoop_cli.lookup.claims import conflict_marks, corroboration, independence_key
from defcoop_cli.lookup.results import (
    BottomLine,
    Briefing,
    Cited,
    ConflictMark,
    DateLine,
    Exercise,
    KeyPoint,
    Note,
    Person,
    Point,
    Reference,
    SourceScope,
    TopicPoints,
)
from defcoop_cli.output import wording

# Key points are what the two sides did and said; the article's own background and
# analysis stay out of the brief (they are one `defcoop topics` away).
POINT_KINDS = ("event", "commitment", "position", "concern")
NOT_A_PARTY = "the article"
# What matters most, first: decisions, then positions, then what was only reported.
STANCE_WEIGHT = {
    stance: rank
    for rank, stance in enumerate(
        (
            "agreed",
            "reaffirmed",
            "condemned",
            "raised concern",
            "stressed",
            "highlighted",
            "invited",
            "briefed",
            "discussed",
            "reported",
        )
    )
}
BOTTOM_LINE_POINTS = 3


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


def _a_point(f: Fact) -> bool:
    """A key point: what a party did or said, not a list's item or the article's voice."""
    return f.kind in POINT_KINDS and f.attribution != NOT_A_PARTY and not f.part_of


def _point(
    facts: Sequence[Fact],
    children: dict[str, list[Fact]],
    skip: set[str],
    fb: FactBase,
    marks: dict[str, list[ConflictMark]],
) -> Point:
    """One point from the facts that make one claim (most often one fact): the first one's
    statement, citing them all, with how many sources report it and its conflicts."""
    fact = facts[0]
    items = tuple(Cited(c.quote, (c.id,)) for c in children.get(fact.id, []) if c.id not in skip)
    reports = corroboration(fact.claim or fact.id, facts, fb.sources)
    conflicts = tuple(dict.fromkeys(m.note for f in facts for m in marks.get(f.id, ())))
    ids = tuple(f.id for f in facts)
    return Point(fact.statement, ids, items, fact.stance, reports=reports, conflicts=conflicts)


def _by_claim(facts: Sequence[Fact]) -> list[list[Fact]]:
    """Facts grouped by claim, in the order of each claim's first fact; a fact with no
    claim is a group of its own."""
    groups: dict[str, list[Fact]] = {}
    for f in facts:
        groups.setdefault(f"claim:{f.claim}" if f.claim else f"fact:{f.id}", []).append(f)
    return list(groups.values())


def _weight(stance: str) -> int:
    return STANCE_WEIGHT.get(stance, len(STANCE_WEIGHT))


def _with_lead(points: list[Point], skip: set[str]) -> tuple[Point, ...]:
    """The points, the strongest one not already told elsewhere (the exercises) marked lead."""
    told = [p for p in points if not set(p.facts) & skip]
    if not told:
        return tuple(points)
    lead = min(told, key=lambda p: _weight(p.stance))
    return tuple(p._replace(lead=p is lead) for p in points)


def topic_points(fb: FactBase, group: str, only: Topic | None) -> list[TopicPoints]:
    """Top-level facts of each topic in the group, each fact under its first such topic."""
    children: dict[str, list[Fact]] = {}
    for f in fb.doc.facts:
        if f.part_of:
            children.setdefault(f.part_of, []).append(f)
    claims: dict[str, list[Fact]] = {}
    for f in fb.doc.facts:
        if f.claim:
            claims.setdefault(f.claim, []).append(f)
    marks = conflict_marks(fb.doc.curator_notes)
    placed: set[str] = set()
    skip = _exercise_facts(fb)
    sections = []
    for topic in fb.doc.topics:
        if topic.group != group or (only is not None and topic.id != only.id):
            continue
        facts = [
            f for f in fb.doc.facts if topic.id in f.topics and _a_point(f) and f.id not in placed
        ]
        # A claim's facts go where its first fact goes, even those of other topics.
        chosen = {f.id: f for f in facts}
        for f in facts:
            for other in claims.get(f.claim or "", []):
                if other.id not in placed and _a_point(other):
                    chosen.setdefault(other.id, other)
        facts = list(chosen.values())
        placed.update(chosen)
        if facts:
            groups = _by_claim(facts)
            points = _with_lead([_point(g, children, skip, fb, marks) for g in groups], skip)
            sections.append(TopicPoints(topic.id, topic.title, points, topic.short or topic.title))
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
        told = sum(not is_editorial_kind(f.kind) for f in facts)
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
                s.publisher,
                s.via,
                s.url,
                told,
            )
        )
    return out


def _note(n: CuratorNote) -> Note:
    refs = tuple(
        Reference(r.publisher, r.title, r.url, r.published.isoformat(), r.via) for r in n.references
    )
    when = n.date.isoformat() if n.date else None
    short = n.short or first_sentence(n.text)
    sides = n.sides
    return Note(n.id, n.type, n.text, n.basis, when, n.facts, n.entities, refs, short, sides)


def first_sentence(text: str) -> str:
    """A note's first sentence, for a note with no short form."""
    spans = sentence_spans(text)
    return text[spans[0][0] : spans[0][1]] if spans else text


WATCH_OUT_ORDER = {"correction": 0, "conflict": 1}


def watch_outs(fb: FactBase) -> list[Note]:
    """Every curator note: corrections first, then conflicts between sources, since they
    change how the rest reads."""
    notes = [_note(n) for n in fb.doc.curator_notes]
    return sorted(notes, key=lambda n: WATCH_OUT_ORDER.get(n.type, 2))


def meeting_dates(fb: FactBase) -> list[DateLine]:
    """Dates that notes give for the meeting: a date note citing a meeting event."""
    out = []
    for n in fb.doc.curator_notes:
        facts = [fb.facts[f] for f in n.facts if f in fb.facts]
        if n.date and any(f.kind == "event" and _in_group(fb, f, "meeting") for f in facts):
            out.append(DateLine("Meeting date", n.date.isoformat(), n.basis, n.id))
    return out


def bottom_line(
    met: list[Cited], people: list[Person], places: list[Cited], sections: list[TopicPoints]
) -> BottomLine:
    """The strongest point for each of the strongest stances the brief holds: the two or
    three things that matter most (agreed, then reaffirmed, then condemned…)."""
    chosen: dict[str, KeyPoint] = {}
    ranked = [(p, s) for s in sections for p in s.points if p.lead or not p.items]
    for point, section in sorted(ranked, key=lambda ps: _weight(ps[0].stance)):
        if point.stance not in chosen and len(chosen) < BOTTOM_LINE_POINTS:
            chosen[point.stance] = KeyPoint(point.stance, section.short, "", point.facts)
    facts = tuple(dict.fromkeys(f for c in (*met, *places) for f in c.facts))
    return BottomLine(
        tuple(p.name for p in people), tuple(p.text for p in places), facts, tuple(chosen.values())
    )


def build_briefing(fb: FactBase, only: Topic | None = None, full: bool = False) -> Briefing:
    if not fb.doc.sources:
        raise NothingFound("nothing to brief from: the fact bases in use hold no source yet")
    met, people, places = meeting_section(fb)
    notes = tuple(watch_outs(fb))
    sources = tuple(scope(fb))
    key_points = topic_points(fb, "cooperation", only)
    regional = topic_points(fb, "regional", only)
    said_by = {f.id: f.attribution for f in fb.doc.facts}
    line = bottom_line(met, people, places, [*key_points, *regional])
    line = line._replace(
        points=tuple(p._replace(said_by=said_by.get(p.facts[0], "")) for p in line.points),
    )
    briefing = Briefing(
        title=sources[0].title,
        topic=only.id if only else None,
        meeting=tuple(met),
        people=tuple(people),
        places=tuple(places),
        key_points=tuple(key_points),
        exercises=tuple(exercises(fb, only)),
        regional=tuple(regional),
        watch_outs=notes,
        sources=sources,
        dates=tuple(meeting_dates(fb)),
        bottom_line=line,
        full=full,
        independent_sources=len({independence_key(s) for s in fb.doc.sources}),
    )
    if only is None:
        return briefing
    return briefing._replace(watch_outs=_concerning(fb, briefing))


def _concerning(fb: FactBase, b: Briefing) -> tuple[Note, ...]:
    """The watch-outs of a topic's brief: the notes on what it shows (a fact it cites, an
    entity those facts name, a date it gives); one on another topic is left out."""
    cited = {
        f
        for section in layout(b)
        if section.title != "Watch-outs"
        for line in section.lines
        for seg in line
        for f in seg.facts
    }
    named = {e for f in cited if f in fb.facts for e in fb.facts[f].entities}
    dated = {d.note for d in b.dates}
    return tuple(
        n
        for n in b.watch_outs
        if n.id in cited | dated or set(n.facts) & cited or set(n.entities) & named
    )


# ---- the brief as lines: the one layout the rich and Markdown renderers both draw


class Segment(NamedTuple):
    """A stretch of a line, and the facts it cites (shown after it). kind says how it is
    drawn: text, label (bold), flag (a warning), note (dim), items (a list's items)."""

    text: str
    facts: tuple[str, ...] = ()
    kind: str = "text"


class Section(NamedTuple):
    """A titled part of the brief (no title: the opening lines); bullets or plain lines."""

    title: str | None
    lines: tuple[tuple[Segment, ...], ...]
    bullets: bool = True


def _roles_segments(roles: Sequence[Cited]) -> list[Segment]:
    runs = citation_runs(roles)
    return [
        Segment(("; " if i else "") + "; ".join(texts), facts)
        for i, (texts, facts) in enumerate(runs)
    ]


def _runs(items: Sequence[Cited], sep: str, cite: bool) -> list[Segment]:
    runs = citation_runs(items)
    return [
        Segment((sep if i else "") + sep.join(texts), facts if cite else ())
        for i, (texts, facts) in enumerate(runs)
    ]


def _exercise_line(ex: Exercise, full: bool) -> list[Segment]:
    """Types (in the full brief), then participants, each run from one fact cited once;
    once in all when every part rests on the same facts."""
    if not full:
        return _runs(ex.participants or ex.types, ", ", cite=True)
    shared = ex.shared_facts()
    line = _runs(ex.types, "; ", cite=not shared)
    if ex.participants:
        line.append(Segment("; includes "))
        line += _runs(ex.participants, ", ", cite=not shared)
    if shared:
        line[-1] = line[-1]._replace(facts=shared)
    return line


def _point_line(p: Point, full: bool, numbers: dict[str, int]) -> list[Segment]:
    """A point: its statement (with its items in the full brief), citing its facts; then
    how many sources report it, and a flag for each conflict it is part of."""
    if not full or not p.items:
        more = f" (+{len(p.items)} item{'s' if len(p.items) != 1 else ''})" if p.items else ""
        line = (
            [Segment(p.text), Segment(more, p.facts, "note")]
            if more
            else [Segment(p.text, p.facts)]
        )
    else:
        items = "; ".join(i.text for i in p.items)
        cited = (*p.facts, *(f for i in p.items for f in i.facts))
        line = [
            Segment(p.text.rstrip(".") + ": "),
            Segment(items, kind="items"),
            Segment(".", cited),
        ]
    reports = wording.reports(p.reports)
    if reports:
        line.append(Segment(f" ({reports})", kind="note"))
    line += [
        Segment(" " + wording.watch_out_flag(numbers[n]), kind="flag")
        for n in p.conflicts
        if n in numbers
    ]
    return line


def _when_line(b: Briefing, numbers: dict[str, int]) -> list[Segment]:
    """The meeting's date from outside reports, beside the article's own (or "undated")."""
    line = [Segment("When: ", kind="label")]
    for d in b.dates:
        line.append(
            Segment(f"{d.label} ({wording.basis_short(d.basis)}): {wording.long_date(d.date)}")
        )
        line.append(Segment(f" (watch-out {numbers[d.note]})", kind="note"))
        line.append(Segment("; "))
    published = sorted({s.published for s in b.sources if s.published})
    if len(b.sources) == 1:
        line.append(
            Segment(f"article {wording.long_date(published[0]) if published else 'undated'}")
        )
    else:
        dates = ", ".join(wording.long_date(d) for d in published)
        undated = len(b.sources) - sum(1 for s in b.sources if s.published)
        told = [f"reports of {dates}"] if dates else []
        told += [wording.plural(undated, "undated report")] if undated else []
        line.append(Segment("; ".join(told)))
    return line


def _bottom_line(b: Briefing) -> list[Segment]:
    """Who met whom, where and when, and the points that matter most."""
    line = b.bottom_line
    if line is None:
        return []
    opening = " met ".join(line.people[:2]) if line.people else "The meeting"
    if line.places:
        opening += " in " + " and ".join(line.places)
    # No date here: the facts cited say who met where; a date from outside reports is the
    # "When" line's, with its watch-out.
    out = [Segment("Bottom line: ", kind="label"), Segment(opening, line.facts), Segment(".")]
    for i, point in enumerate(line.points):
        stance = point.stance.capitalize() if not i else point.stance
        out += [Segment(" " if not i else "; "), Segment(f"{stance}: ", kind="label")]
        out.append(Segment(point.topic, point.facts))
    if line.points:
        out.append(Segment("."))
    return out


def _sides(n: Note, lead: str = ": ") -> list[Segment]:
    """A conflict's sides, each citing its facts: 'Beta raised a concern [a] vs … [b, c]'."""
    out = [Segment(lead)]
    for i, side in enumerate(n.sides):
        out.append(Segment((" vs " if i else "") + side.label, side.facts))
    return out


def _watch_out_line(number: int, n: Note, full: bool) -> list[Segment]:
    if not full:  # one line: the short form, citing the note (defcoop show NOTE_ID)
        label = f"{number}. {wording.NOTE_LABELS.get(n.type, 'Curator note')}: "
        if n.sides:
            return [Segment(label, kind="label"), Segment(n.short.rstrip("."), (n.id,)), *_sides(n)]
        return [Segment(label, kind="label"), Segment(n.short, (n.id,))]
    line = [
        Segment(f"{number}. {wording.note_label(n.type, n.basis)}: ", kind="label"),
        Segment(n.text, (n.id,) if n.sides else (n.id, *(n.facts or n.entities))),
    ]
    if n.sides:
        line += _sides(n, "\nSides: ")
    for r in n.references:
        ref = wording.reference(r.publisher, r.title, r.published, r.via)
        line.append(Segment("\n" + ref, kind="note"))
        line.append(Segment(" " + r.url, kind="url"))
    return line


def _scope_line(b: Briefing) -> list[Segment]:
    """How many sources the brief draws on, and how many are independent."""
    n = len(b.sources)
    told = wording.plural(n, "source")
    if b.independent_sources != n:
        told += f", {b.independent_sources} independent"
    return [Segment("Scope: ", kind="label"), Segment(f"draws on {told}")]


def _source_line(b: Briefing, s: SourceScope) -> list[Segment]:
    plural = wording.plural
    date = wording.long_date(s.published) if s.published else "undated"
    by = f"{s.publisher}, {date}" if s.publisher else date
    via = f", a copy of a {s.via} report" if s.via else ""
    left_out = plural(s.editorial_facts_left_out, "editorial fact")
    about = f"({s.kind}, {by}{via}; {plural(len(s.covers), 'topic')}; {left_out} left out)"
    # the brief's own title, when its only source's: not said twice
    alone = len(b.sources) == 1 and s.title == b.title
    line = [Segment(about if alone else f"{s.title} {about}")]
    if b.full:
        line.append(Segment("\nCovers: " + "; ".join(s.covers)))
        if s.url:
            line.append(Segment(" " + s.url, kind="url"))
    return line


def layout(b: Briefing) -> list[Section]:
    """The brief as sections of lines: short (one screen at 100 columns) or full."""
    numbers = {n.id: i for i, n in enumerate(b.watch_outs, 1)}
    title = f"Briefing: {b.title}" + (f" (topic: {b.topic})" if b.topic else "")
    sections = [Section(None, ((Segment(title, kind="title"),),), bullets=False)]
    if b.bottom_line is not None:
        sections.append(Section(None, (tuple(_bottom_line(b)),), bullets=False))
    who: list[tuple[Segment, ...]] = []
    if b.full:
        who += [(Segment(c.text, c.facts),) for c in b.meeting]
    for person in b.people:
        line = [Segment(f"{person.name}: ", kind="label")]
        line += _roles_segments(person.roles) if person.roles else [Segment("", person.facts)]
        line += [
            Segment(" " + wording.watch_out_flag(numbers[f]), kind="flag") for f in person.flags
        ]
        who.append(tuple(line))
    if b.full and b.places:
        places = [Segment(("; " if i else "") + c.text, c.facts) for i, c in enumerate(b.places)]
        who.append((Segment("Where: ", kind="label"), *places))
    who.append(tuple(_when_line(b, numbers)))
    sections.append(Section("Who met whom", tuple(who)))
    exercises = [
        (Segment(f"{ex.name}: ", kind="label"), *_exercise_line(ex, b.full)) for ex in b.exercises
    ]
    if b.full:
        sections += _topic_sections("Key points", b.key_points, numbers)
        if exercises:
            sections.append(Section("Exercises", tuple(exercises)))
        sections += _topic_sections("Regional issues", b.regional, numbers)
    else:  # one list: the lead point of each topic, and each exercise's participants
        leads = [
            (Segment(f"{s.title}: ", kind="label"), *_point_line(p, False, numbers))
            for s in b.key_points
            for p in s.points
            if p.lead
        ]
        leads += exercises
        leads += [
            (Segment(f"{s.title}: ", kind="label"), *_point_line(p, False, numbers))
            for s in b.regional
            for p in s.points
            if p.lead
        ]
        if not leads:  # a topic of the article's own background or analysis
            told = "none in this topic: its facts are background, analysis or the meeting"
            told += f" itself (defcoop topics {b.topic} lists them)" if b.topic else " itself"
            leads = [(Segment(told, kind="note"),)]
        sections.append(Section("Key points", tuple(leads)))
    notes = [tuple(_watch_out_line(i, n, b.full)) for i, n in enumerate(b.watch_outs, 1)]
    sections.append(Section("Watch-outs", tuple(notes)))
    sources = [tuple(_source_line(b, s)) for s in b.sources]
    scope = _scope_line(b)
    if len(sources) == 1:  # one line: the scope and the source
        joint = Segment(" " if b.sources[0].title == b.title else ": ")
        scope += [joint] + [seg for seg in sources[0] if seg.kind != "label"]
    if not b.full:
        scope.append(Segment(" · --full shows every point and reference", kind="note"))
    sections.append(Section(None, (tuple(scope),), bullets=False))
    if len(sources) > 1:
        sections.append(Section("Sources", tuple(sources)))
    return sections


def _topic_sections(
    title: str, parts: Sequence[TopicPoints], numbers: dict[str, int]
) -> list[Section]:
    """A titled section per topic (the full brief): each point with its items."""
    return [
        Section(
            f"{title}: {s.title}" if title else s.title,
            tuple(tuple(_point_line(p, True, numbers)) for p in s.points),
        )
        for s in parts
    ]
