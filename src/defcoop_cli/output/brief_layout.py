"""The brief as lines: the one layout the rich and Markdown renderers both draw.

lookup.briefing assembles the brief as data; this module lays it out: its sections, their
labels ("Bottom line: ", "When: "), the scope sentence and the marks of its watch-outs.
Every stretch of text carries the facts it cites.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from defcoop_cli.lookup.results import (
    Briefing,
    Cited,
    Exercise,
    Note,
    Point,
    SourceScope,
    TopicPoints,
)
from defcoop_cli.output import wording


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
