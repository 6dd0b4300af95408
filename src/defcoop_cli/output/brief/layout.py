"""The brief as sections: the full layout (every point, id and reference), or the short
one (one 80×24 screen, `short.py`). The one layout the rich and Markdown renderers both
draw.
"""

from __future__ import annotations

from collections.abc import Sequence

from defcoop_cli.lookup.results import Briefing, TopicPoints
from defcoop_cli.output import wording
from defcoop_cli.output.brief.lines import (
    BACKGROUND,
    Section,
    Segment,
    bottom_line,
    event_text,
    exercise_line,
    point_line,
    roles_segments,
    scope_line,
    source_line,
    watch_out_line,
    what,
    when_line,
    with_dates,
)
from defcoop_cli.output.brief.short import short_layout


def layout(b: Briefing) -> list[Section]:
    """The brief as sections of lines: short (one 80×24 screen) or full."""
    if not b.full:
        return short_layout(b)
    numbers = {n.id: i for i, n in enumerate(b.watch_outs, 1)}
    title = f"Briefing: {what(b, b.title)}" + (f" (topic: {b.topic})" if b.topic else "")
    sections = [Section(None, ((Segment(title, kind="title"),),), bullets=False)]
    if b.bottom_line is not None:
        sections.append(Section(None, (tuple(bottom_line(b)),), bullets=False))
    who: list[tuple[Segment, ...]] = [(Segment(c.text, c.facts),) for c in b.meeting]
    for person in b.people:
        line = [Segment(f"{person.name}: ", kind="label")]
        roles = with_dates(person)
        line += roles_segments(roles) if roles else [Segment("", person.facts)]
        flagged = sorted({numbers[f] for f in person.flags})  # in the order they are listed
        line += [Segment(" " + wording.watch_out_flag(n), kind="flag") for n in flagged]
        who.append(tuple(line))
    if b.places:
        places = [Segment(("; " if i else "") + c.text, c.facts) for i, c in enumerate(b.places)]
        who.append((Segment("Where: ", kind="label"), *places))
    who.append(tuple(when_line(b, numbers)))
    if b.event is not None:
        who.append((Segment("Event: ", kind="label"), Segment(event_text(b.event))))
    sections.append(Section("Who met whom", tuple(who)))
    exercises = [(Segment(f"{ex.name}: ", kind="label"), *exercise_line(ex)) for ex in b.exercises]
    sections += _topic_sections("Key points", b.key_points, numbers)
    if exercises:
        sections.append(Section("Exercises", tuple(exercises)))
    sections += _topic_sections("Regional issues", b.regional, numbers)
    for g in b.background:
        points = [(Segment(c.text, c.facts),) for c in g.points]
        sections.append(Section(f"{BACKGROUND}: {event_text(g.event)}", tuple(points)))
    notes = [tuple(watch_out_line(i, n)) for i, n in enumerate(b.watch_outs, 1)]
    sections.append(Section("Watch-outs", tuple(notes)))
    sources = [tuple(source_line(b, s)) for s in b.sources]
    scope = scope_line(b)
    if len(sources) == 1:  # one line: the scope and the source
        joint = Segment(" " if b.sources[0].title == what(b, b.title) else ": ")
        scope += [joint] + [seg for seg in sources[0] if seg.kind != "label"]
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
            tuple(tuple(point_line(p, numbers)) for p in s.points),
        )
        for s in parts
    ]
