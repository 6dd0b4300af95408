"""The brief as lines: the one layout the rich and Markdown renderers both draw.

lookup.briefing assembles the brief as data; this module lays it out: its sections, their
labels ("Bottom line: ", "When: "), the scope sentence and the marks of its watch-outs.
Every stretch of text carries the facts it cites.
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


def _exercise_line(ex: Exercise) -> list[Segment]:
    """Types, then participants, each run from one fact cited once; once in all when every
    part rests on the same facts."""
    shared = ex.shared_facts()
    line = _runs(ex.types, "; ", cite=not shared)
    if ex.participants:
        line.append(Segment("; includes "))
        line += _runs(ex.participants, ", ", cite=not shared)
    if shared:
        line[-1] = line[-1]._replace(facts=shared)
    return line


def _point_line(p: Point, numbers: dict[str, int]) -> list[Segment]:
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
    return line + _reports(p) + _conflict_flags(p, numbers)


def _reports(p: Point) -> list[Segment]:
    """How many sources report a point's claim, when more than one: ' (2 sources)'."""
    reports = wording.reports(p.reports)
    return [Segment(f" ({reports})", kind="note")] if reports else []


def _conflict_flags(p: Point, numbers: dict[str, int]) -> list[Segment]:
    return [
        Segment(" " + wording.watch_out_flag(numbers[n]), kind="flag")
        for n in dict.fromkeys(p.conflicts)
        if n in numbers
    ]


def _when_line(b: Briefing, numbers: dict[str, int]) -> list[Segment]:
    """The meeting's date from outside reports, beside the article's own (or "undated")."""
    line = [Segment("When: ", kind="label")]
    for d in b.dates:
        line.append(
            Segment(f"{d.label} ({wording.basis_short(d.basis)}): {wording.long_date(d.date)}")
        )
        if d.note in numbers:
            line.append(Segment(f" (watch-out {numbers[d.note]})", kind="note"))
        line.append(Segment("; "))
    line.append(Segment(_published(b)))
    return line


def _what(b: Briefing, otherwise: str = "The meeting") -> str:
    """What the brief is of: its event's title, when it is of an event."""
    return b.event.title if b.event is not None else otherwise


def _published(b: Briefing) -> str:
    """When the sources are from: 'article undated', 'reports of 4 March 2025; 1 undated
    report'."""
    published = sorted({s.published for s in b.sources if s.published})
    if len(b.sources) == 1:
        return f"article {wording.long_date(published[0]) if published else 'undated'}"
    dates = ", ".join(wording.long_date(d) for d in published)
    undated = len(b.sources) - sum(1 for s in b.sources if s.published)
    told = [f"reports of {dates}"] if dates else []
    told += [wording.plural(undated, "undated report")] if undated else []
    return "; ".join(told)


def _bottom_line(b: Briefing) -> list[Segment]:
    """Who met whom, where and when, and the points that matter most."""
    line = b.bottom_line
    if line is None:
        return []
    opening = " met ".join(line.people[:2]) if line.people else _what(b)
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


def _watch_out_line(number: int, n: Note) -> list[Segment]:
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
    alone = len(b.sources) == 1 and s.title == _what(b, b.title)
    line = [Segment(about if alone else f"{s.title} {about}")]
    if b.full:
        line.append(Segment("\nCovers: " + "; ".join(s.covers)))
        if s.url:
            line.append(Segment(" " + s.url, kind="url"))
    return line


def layout(b: Briefing) -> list[Section]:
    """The brief as sections of lines: short (one 80×24 screen) or full."""
    if not b.full:
        return short_layout(b)
    numbers = {n.id: i for i, n in enumerate(b.watch_outs, 1)}
    title = f"Briefing: {_what(b, b.title)}" + (f" (topic: {b.topic})" if b.topic else "")
    sections = [Section(None, ((Segment(title, kind="title"),),), bullets=False)]
    if b.bottom_line is not None:
        sections.append(Section(None, (tuple(_bottom_line(b)),), bullets=False))
    who: list[tuple[Segment, ...]] = [(Segment(c.text, c.facts),) for c in b.meeting]
    for person in b.people:
        line = [Segment(f"{person.name}: ", kind="label")]
        roles = _with_dates(person)
        line += _roles_segments(roles) if roles else [Segment("", person.facts)]
        line += [
            Segment(" " + wording.watch_out_flag(numbers[f]), kind="flag") for f in person.flags
        ]
        who.append(tuple(line))
    if b.places:
        places = [Segment(("; " if i else "") + c.text, c.facts) for i, c in enumerate(b.places)]
        who.append((Segment("Where: ", kind="label"), *places))
    who.append(tuple(_when_line(b, numbers)))
    if b.event is not None:
        who.append((Segment("Event: ", kind="label"), Segment(event_text(b.event))))
    sections.append(Section("Who met whom", tuple(who)))
    exercises = [(Segment(f"{ex.name}: ", kind="label"), *_exercise_line(ex)) for ex in b.exercises]
    sections += _topic_sections("Key points", b.key_points, numbers)
    if exercises:
        sections.append(Section("Exercises", tuple(exercises)))
    sections += _topic_sections("Regional issues", b.regional, numbers)
    for g in b.background:
        points = [(Segment(c.text, c.facts),) for c in g.points]
        sections.append(Section(f"{BACKGROUND}: {event_text(g.event)}", tuple(points)))
    notes = [tuple(_watch_out_line(i, n)) for i, n in enumerate(b.watch_outs, 1)]
    sections.append(Section("Watch-outs", tuple(notes)))
    sources = [tuple(_source_line(b, s)) for s in b.sources]
    scope = _scope_line(b)
    if len(sources) == 1:  # one line: the scope and the source
        joint = Segment(" " if b.sources[0].title == _what(b, b.title) else ": ")
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
            tuple(tuple(_point_line(p, numbers)) for p in s.points),
        )
        for s in parts
    ]


BACKGROUND = "Background (linked by the curator)"


def event_text(e: BriefEvent) -> str:
    """'Terrorist attack in Pahalgam (attack, 22 April 2025, Pahalgam)': title, kind, date
    (or 'undated'), place."""
    when = wording.long_date(e.date) if e.date else "undated"
    return f"{e.title} ({', '.join(x for x in (e.kind, when, e.place) if x)})"


def background_line(g: Background) -> list[Segment]:
    """A background event on one line, citing its facts; marked as background."""
    facts = tuple(f for c in g.points for f in c.facts)
    return [Segment(f"{BACKGROUND}: ", kind="label"), Segment(event_text(g.event), facts)]


# ---- the short brief: one 80×24 screen

# The stances of each of its sections; a stance not named here is "discussed".
AGREED = ("agreed", "reaffirmed")
CONDEMNED = ("condemned", "raised concern")
HINT = "--full cites all"


def short_layout(b: Briefing) -> list[Section]:
    """The event and its people (the office the best sources give first), what was agreed
    (its items named), what was only discussed, condemnations and concerns, one watch-out
    per issue; citations as numbered marks, mapped to fact ids in a footer."""
    groups = note_groups(b.watch_outs)
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


def note_groups(notes: Sequence[Note]) -> list[list[Note]]:
    """The watch-outs, one per issue: notes on the same entity (his office, his name) are
    one; a note on no entity, and a conflict between sources, is one of its own."""
    groups: list[list[Note]] = []
    for n in notes:
        same = next(
            (
                g
                for g in groups
                if not n.sides
                and not any(m.sides for m in g)
                and set(n.entities) & {e for m in g for e in m.entities}
            ),
            None,
        )
        if same is None:
            groups.append([n])
        else:
            same.append(n)
    return groups


def _event_title(b: Briefing) -> str:
    line = b.bottom_line
    if line is None or not line.people:
        return _what(b, b.title)
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
    roles = _with_dates(p)
    held = [r for r in roles if r.facts[0] not in p.disputed]
    disputed = [r for r in roles if r.facts[0] in p.disputed]
    line += _runs(held, "; ", cite=True)
    if disputed:
        flags = ", ".join(str(numbers[f]) for f in p.flags if f in numbers)
        told = f"disputed (watch-out {flags}):" if flags else "disputed:"
        line += [Segment("; "), Segment(told, kind="flag"), Segment(" ")]
        line += _runs(disputed, "; ", cite=True)
    return line


def _with_dates(p: Person) -> list[Cited]:
    """A person's titles, each from a dated source with its date: 'Defence Minister (5 May
    2025)'."""
    dated = dict(p.dated)
    return [
        r._replace(text=f"{r.text} ({wording.long_date(dated[r.facts[0]])})")
        if r.facts[0] in dated
        else r
        for r in p.roles
    ]


def _short_when(b: Briefing, numbers: dict[str, int]) -> list[Segment]:
    """'When: 5 May 2025 (outside reports, watch-out 2); article undated'."""
    line = [Segment("When: ", kind="label")]
    for d in b.dates:
        told = wording.basis_short(d.basis)
        told += f", watch-out {numbers[d.note]}" if d.note in numbers else ""
        line.append(Segment(f"{wording.long_date(d.date)} ({told}); "))
    line.append(Segment(_published(b)))
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
                    *_reports(p),
                    *_conflict_flags(p, numbers),
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
            *_reports(p),
            *_conflict_flags(p, numbers),
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
            line += _sides(n)
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
