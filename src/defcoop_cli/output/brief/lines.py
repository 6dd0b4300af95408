"""The brief's lines: segments that cite facts, and the lines both layouts share.

lookup.brief.briefing assembles the brief as data; output.brief lays it out: its sections, their
labels ("Bottom line: ", "When: "), the scope sentence and the marks of its watch-outs.
Every stretch of text carries the facts it cites. This module holds the pieces: the full
layout is in `layout.py`, the one-screen brief in `short.py`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from defcoop_cli.lookup.results import (
    Background,
    BriefEvent,
    Briefing,
    Cited,
    Exercise,
    Note,
    Person,
    Point,
    SourceScope,
)
from defcoop_cli.output import wording

BACKGROUND = "Background (linked by the curator)"


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
    gap: bool = True  # a blank line before it (the short brief has none: one screen)


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


def roles_segments(roles: Sequence[Cited]) -> list[Segment]:
    runs = citation_runs(roles)
    return [
        Segment(("; " if i else "") + "; ".join(texts), facts)
        for i, (texts, facts) in enumerate(runs)
    ]


def runs(items: Sequence[Cited], sep: str, cite: bool) -> list[Segment]:
    runs = citation_runs(items)
    return [
        Segment((sep if i else "") + sep.join(texts), facts if cite else ())
        for i, (texts, facts) in enumerate(runs)
    ]


def exercise_line(ex: Exercise) -> list[Segment]:
    """Types, then participants, each run from one fact cited once; once in all when every
    part rests on the same facts."""
    shared = ex.shared_facts()
    line = runs(ex.types, "; ", cite=not shared)
    if ex.participants:
        line.append(Segment("; includes "))
        line += runs(ex.participants, ", ", cite=not shared)
    if shared:
        line[-1] = line[-1]._replace(facts=shared)
    return line


def point_line(p: Point, numbers: dict[str, int]) -> list[Segment]:
    """A point: its statement with its items, citing its facts; then how many sources
    report it, and a flag for each conflict it is part of."""
    if not p.items:
        line = [Segment(p.text, p.facts)]
    else:
        items = "; ".join(i.text for i in p.items)
        cited = (*p.facts, *(f for i in p.items for f in i.facts))
        line = [
            Segment(p.text.rstrip(".") + ": "),
            Segment(items, kind="items"),
            Segment(".", cited),
        ]
    return line + reports(p) + conflict_flags(p, numbers)


def reports(p: Point) -> list[Segment]:
    """How many sources report a point's claim, when more than one: ' (2 sources)'."""
    reports = wording.reports(p.reports)
    return [Segment(f" ({reports})", kind="note")] if reports else []


def conflict_flags(p: Point, numbers: dict[str, int]) -> list[Segment]:
    marked = sorted({numbers[n] for n in p.conflicts if n in numbers})
    return [Segment(" " + wording.watch_out_flag(number), kind="flag") for number in marked]


def when_line(b: Briefing, numbers: dict[str, int]) -> list[Segment]:
    """The meeting's date from outside reports, beside the article's own (or "undated")."""
    line = [Segment("When: ", kind="label")]
    for d in b.dates:
        line.append(
            Segment(f"{d.label} ({wording.basis_short(d.basis)}): {wording.long_date(d.date)}")
        )
        if d.note in numbers:
            line.append(Segment(f" (watch-out {numbers[d.note]})", kind="note"))
        line.append(Segment("; "))
    line.append(Segment(published(b)))
    return line


def what(b: Briefing, otherwise: str = "The meeting") -> str:
    """What the brief is of: its event's title, when it is of an event."""
    return b.event.title if b.event is not None else otherwise


def published(b: Briefing, most: int | None = None) -> str:
    """When the sources are from: 'article undated', 'reports of 4 March 2025; 1 undated
    report'; more than `most` dates as their span: 'reports of 5 May 2025 to 6 May 2025'."""
    published = sorted({s.published for s in b.sources if s.published})
    if len(b.sources) == 1:
        return f"article {wording.long_date(published[0]) if published else 'undated'}"
    if most is not None and len(published) > most:
        published = [published[0], published[-1]]
        dates = " to ".join(wording.long_date(d) for d in published)
    else:
        dates = ", ".join(wording.long_date(d) for d in published)
    undated = len(b.sources) - sum(1 for s in b.sources if s.published)
    told = [f"reports of {dates}"] if dates else []
    told += [wording.plural(undated, "undated report")] if undated else []
    return "; ".join(told)


def bottom_line(b: Briefing) -> list[Segment]:
    """Who met whom, where and when, and the points that matter most."""
    line = b.bottom_line
    if line is None:
        return []
    opening = " met ".join(line.people[:2]) if line.people else what(b)
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


def sides(n: Note, lead: str = ": ") -> list[Segment]:
    """A conflict's sides, each citing its facts: 'Beta raised a concern [a] vs … [b, c]'."""
    out = [Segment(lead)]
    for i, side in enumerate(n.sides):
        out.append(Segment((" vs " if i else "") + side.label, side.facts))
    return out


def watch_out_line(number: int, n: Note) -> list[Segment]:
    line = [
        Segment(f"{number}. {wording.note_label(n.type, n.basis)}: ", kind="label"),
        Segment(n.text, (n.id,) if n.sides else (n.id, *(n.facts or n.entities))),
    ]
    if n.sides:
        line += sides(n, "\nSides: ")
    for r in n.references:
        ref = wording.reference(r.publisher, r.title, r.published, r.via)
        line.append(Segment("\n" + ref, kind="note"))
        line.append(Segment(" " + r.url, kind="url"))
    return line


def scope_line(b: Briefing) -> list[Segment]:
    """How many sources the brief draws on, and how many are independent."""
    n = len(b.sources)
    told = wording.plural(n, "source")
    if b.independent_sources != n:
        told += f", {b.independent_sources} independent"
    return [Segment("Scope: ", kind="label"), Segment(f"draws on {told}")]


def source_line(b: Briefing, s: SourceScope) -> list[Segment]:
    plural = wording.plural
    date = wording.long_date(s.published) if s.published else "undated"
    by = f"{s.publisher}, {date}" if s.publisher else date
    via = f", a copy of a {s.via} report" if s.via else ""
    left_out = plural(s.editorial_facts_left_out, "editorial fact")
    about = f"({s.kind}, {by}{via}; {plural(len(s.covers), 'topic')}; {left_out} left out)"
    # the brief's own title, when its only source's: not said twice
    alone = len(b.sources) == 1 and s.title == what(b, b.title)
    line = [Segment(about if alone else f"{s.title} {about}")]
    if b.full:
        line.append(Segment("\nCovers: " + "; ".join(s.covers)))
        if s.url:
            line.append(Segment(" " + s.url, kind="url"))
    return line


def event_text(e: BriefEvent) -> str:
    """'Terrorist attack in Pahalgam (attack, 22 April 2025, Pahalgam)': title, kind, date
    (or 'undated'), place."""
    when = wording.long_date(e.date) if e.date else "undated"
    return f"{e.title} ({', '.join(x for x in (e.kind, when, e.place) if x)})"


def background_line(g: Background) -> list[Segment]:
    """A background event on one line, citing its facts; marked as background."""
    facts = tuple(f for c in g.points for f in c.facts)
    return [Segment(f"{BACKGROUND}: ", kind="label"), Segment(event_text(g.event), facts)]


def with_dates(p: Person) -> list[Cited]:
    """A person's titles, each from a dated source with its date: 'Defence Minister (5 May
    2025)'."""
    dated = dict(p.dated)
    return [
        r._replace(text=f"{r.text} ({wording.long_date(dated[r.facts[0]])})")
        if r.facts[0] in dated
        else r
        for r in p.roles
    ]
