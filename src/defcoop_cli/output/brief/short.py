"""The short brief: one 80×24 screen. The event and who met whom, each person's current
office first; what was agreed, its items named; what was only discussed; condemnations
and concerns; watch-outs, one per issue; numbered marks and a footer mapping them to
fact ids.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from defcoop_cli.lookup.results import (
    Briefing,
    Cited,
    Note,
    Person,
    Point,
    TopicPoints,
)
from defcoop_cli.output import wording
from defcoop_cli.output.brief.lines import (
    Section,
    Segment,
    background_line,
    conflict_flags,
    published,
    reports,
    runs,
    sides,
    what,
    with_dates,
)

# The stances of each of its sections; a stance not named here is "discussed".
AGREED = ("agreed", "reaffirmed")
CONDEMNED = ("condemned", "raised concern")
HINT = "--full cites all"


def short_layout(b: Briefing) -> list[Section]:
    """The event and its people (the office the best sources give first), what was agreed
    (its items named), what was only discussed, condemnations and concerns, one watch-out
    per issue; citations as numbered marks, mapped to fact ids in a footer."""
    groups = note_groups(b.watch_outs, {f for p in b.people for r in p.roles for f in r.facts})
    numbers = {n.id: i for i, group in enumerate(groups, 1) for n in group}
    title = f"Briefing: {_event_title(b)}" + (f" (topic: {b.topic})" if b.topic else "")
    sections = [Section(None, ((Segment(title, _event_facts(b), kind="title"),),), False)]
    who = [tuple(_person_line(p, numbers)) for p in b.people]
    who.append(tuple(_short_when(b, numbers)))
    sections.append(Section(None, tuple(who)))
    points = [(s, p) for s in (*b.key_points, *b.regional) for p in s.points]
    body = [
        *_agreed_lines(points, numbers),
        *_discussed_lines(points),
        *_condemned_lines(points, numbers),
    ]
    if not body and b.topic is None and b.event is not None:
        body = [(Segment("nothing agreed, discussed or condemned in its facts", kind="note"),)]
    if not body:  # a topic of the article's own background or analysis
        told = "none in this topic: its facts are background, analysis or the meeting itself"
        hint = f" (defcoop topics {b.topic} lists them)" if b.topic else ""
        body = [(Segment(told, kind="note"), Segment(hint, kind="hint"))]
    body += [tuple(background_line(g)) for g in b.background]
    sections.append(Section(None, tuple(body)))
    notes = [tuple(_short_watch_out(i, g)) for i, g in enumerate(groups, 1)]
    if notes:
        sections.append(Section("Watch-outs", tuple(notes)))
    return _marked(sections, b)


def note_groups(notes: Sequence[Note], titles: Collection[str] = ()) -> list[list[Note]]:
    """The watch-outs, one per issue: notes on the same entity (his office, his name) are
    one, and so is a conflict on that entity's titles (one of its sides a fact that gives a
    person a title, `titles`); a note on no entity, and any other conflict, stands alone."""
    groups: list[list[Note]] = []
    for n in notes:
        same = next(
            (
                g
                for g in groups
                if _joins(n, titles)
                and all(_joins(m, titles) for m in g)
                and set(n.entities) & {e for m in g for e in m.entities}
            ),
            None,
        )
        if same is None:
            groups.append([n])
        else:
            same.append(n)
    return groups


def _joins(note: Note, titles: Collection[str]) -> bool:
    """Whether a note may share a watch-out: any but a conflict, and a conflict on titles."""
    return not note.sides or any(f in titles for side in note.sides for f in side.facts)


def _event_title(b: Briefing) -> str:
    line = b.bottom_line
    if line is None or not line.people:
        return what(b, b.title)
    told = " met ".join(line.people[:2])
    return told + (" in " + " and ".join(line.places) if line.places else "")


def _event_facts(b: Briefing) -> tuple[str, ...]:
    return b.bottom_line.facts if b.bottom_line is not None else ()


def _person_line(p: Person, numbers: dict[str, int]) -> list[Segment]:
    """'Gen Nakatani: Japanese Defence Minister; disputed (watch-out 1): …': the titles
    no correction disputes, then the disputed ones, flagged."""
    if not p.roles:
        return [Segment(p.name, p.facts, kind="label")]
    line = [Segment(f"{p.name}: ", kind="label")]
    roles = with_dates(p)
    held = [r for r in roles if r.facts[0] not in p.disputed]
    disputed = [r for r in roles if r.facts[0] in p.disputed]
    line += runs(held, "; ", cite=True)
    if disputed:
        flags = ", ".join(dict.fromkeys(str(numbers[f]) for f in p.flags if f in numbers))
        told = f"disputed (watch-out {flags}):" if flags else "disputed:"
        line += [Segment("; "), Segment(told, kind="flag"), Segment(" ")]
        line += runs(disputed, "; ", cite=True)
    return line


def _short_when(b: Briefing, numbers: dict[str, int]) -> list[Segment]:
    """'When: 5 May 2025 (outside reports, watch-out 2); article undated'."""
    line = [Segment("When: ", kind="label")]
    for d in b.dates:
        told = wording.basis_short(d.basis)
        told += f", watch-out {numbers[d.note]}" if d.note in numbers else ""
        line.append(Segment(f"{wording.long_date(d.date)} ({told}); "))
    line.append(Segment(published(b)))
    return line


def _agreed_lines(
    points: list[tuple[TopicPoints, Point]], numbers: dict[str, int]
) -> list[tuple[Segment, ...]]:
    """What was agreed, each item named; what was reaffirmed, by topic."""
    lines: list[tuple[Segment, ...]] = []
    for section, p in points:
        if p.stance == "agreed":
            named = ", ".join(i.text for i in p.items) if p.items else p.text.rstrip(".")
            told = Segment(f"{section.short}: {named}", p.facts)
            lines.append(
                (
                    Segment("Agreed: ", kind="label"),
                    told,
                    *reports(p),
                    *conflict_flags(p, numbers),
                )
            )
    reaffirmed = [Cited(s.short, p.facts) for s, p in points if p.stance == "reaffirmed"]
    if reaffirmed:
        lines.append((Segment("Reaffirmed: ", kind="label"), *_each(reaffirmed, "; ")))
    return lines


def _discussed_lines(points: list[tuple[TopicPoints, Point]]) -> list[tuple[Segment, ...]]:
    """The topics where something was discussed, stressed or highlighted but not agreed,
    with what their points name."""
    told: dict[str, list[Point]] = {}
    titles: dict[str, str] = {}
    for section, p in points:
        if p.stance not in (*AGREED, *CONDEMNED):
            told.setdefault(section.topic, []).append(p)
            titles[section.topic] = section.short
    items = []
    for topic, ps in told.items():
        names = list(dict.fromkeys(n.text for p in ps for n in p.names))
        text = titles[topic] + (f" ({', '.join(names)})" if names else "")
        items.append(Cited(text, tuple(f for p in ps for f in p.facts)))
    if not items:
        return []
    return [(Segment("Discussed: ", kind="label"), *_each(items, "; "))]


def _condemned_lines(
    points: list[tuple[TopicPoints, Point]], numbers: dict[str, int]
) -> list[tuple[Segment, ...]]:
    return [
        (
            Segment(f"{p.stance.capitalize()}: ", kind="label"),
            Segment(p.text, p.facts),
            *reports(p),
            *conflict_flags(p, numbers),
        )
        for _, p in points
        if p.stance in CONDEMNED
    ]


def _each(items: Sequence[Cited], sep: str) -> list[Segment]:
    return [Segment((sep if i else "") + c.text, c.facts) for i, c in enumerate(items)]


def _short_watch_out(number: int, group: Sequence[Note]) -> list[Segment]:
    """One issue: its notes' short forms in one line, as sentences, each citing its note."""
    line = [Segment(f"{number}. ", kind="label")]
    for i, n in enumerate(group):
        line.append(Segment((". " if i else "") + n.short.rstrip("."), (n.id,)))
        if n.sides:
            line += sides(n)
    return line


def _more(facts: tuple[str, ...]) -> str:
    return f" +{len(facts) - 1}" if len(facts) > 1 else ""


def _marked(sections: list[Section], b: Briefing) -> list[Section]:
    """Each line's facts moved to one numbered mark at its end (drawn as the mark alone);
    a footer maps the marks to the fact ids. A watch-out's number is its own mark (--full
    shows its note's id)."""
    marks: dict[tuple[str, ...], int] = {}
    out = []
    for section in sections:
        lines = []
        for line in section.lines:
            facts = tuple(dict.fromkeys(f for seg in line for f in seg.facts))
            drawn = [seg._replace(facts=()) for seg in line]
            if facts and section.title is None:
                n = marks.setdefault(facts, len(marks) + 1)
                drawn.append(Segment(f" [{n}]", facts, kind="mark"))
            lines.append(tuple(drawn))
        out.append(section._replace(lines=tuple(lines), gap=False))
    footer = [Segment("Facts: ", kind="label")] + ([] if marks else [Segment("none")])
    # compact: each mark's first fact, and how many more it cites (--full cites them all)
    footer += [
        Segment(("; " if n > 1 else "") + f"[{n}] {facts[0]}" + _more(facts), kind="note")
        for facts, n in marks.items()
    ]
    n = len(b.sources)
    told = wording.plural(n, "source")
    if b.independent_sources != n:
        told += f", {b.independent_sources} independent"
    footer += [Segment(f" · {told}"), Segment(f" · {HINT}", kind="hint")]
    out.append(Section(None, (tuple(footer),), bullets=False, gap=False))
    return out
