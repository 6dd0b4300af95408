"""The short brief: one 80×24 screen. The event and who met whom, each person's current
office first; what was agreed, its items named; what was only discussed; condemnations
and concerns; watch-outs, one per issue; numbered marks and a footer mapping them to
fact ids. A `Fold` says how far it gives way to fit a smaller screen (`fit.py` orders
the steps): the footer's ids, then lists folded into "+N more", then whole lines.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from typing import NamedTuple

from defcoop_cli.factbase.records import Side
from defcoop_cli.factbase.vocab import office_groups, press_office, well_formed_title
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
from defcoop_cli.output.brief.titles import standard_title

# The stances of each of its sections; a stance not named here is "discussed".
AGREED = ("agreed", "reaffirmed")
CONDEMNED = ("condemned", "raised concern")
# Words an item's part may leave out or add ("X and Y" told as "X, Y").
_SMALL_WORDS = frozenset(["a", "an", "and", "the", "of", "or", "to", "in", "on", "for", "with"])
HINT = "--full cites all"
FOLDED_HINT = "--full shows all"


class Fold(NamedTuple):
    """How far the short brief gives way: whether each line keeps its mark (and the footer
    maps the marks to fact ids), how many of a list's items are shown before "+N more"
    (None: all; `items` for the items agreed, the last to fold; `lines` for the agreed,
    condemned and concern lines of each kind), and which lines are left out
    ("reaffirmed"; "names": the exercises and conventions a discussed topic names)."""

    ids: bool = True
    most: int | None = None
    items: int | None = None
    lines: int | None = None
    drop: frozenset[str] = frozenset()


WHOLE = Fold()  # nothing gives way


def short_layout(b: Briefing, fold: Fold = WHOLE) -> list[Section]:
    """The event and its people (the office the best sources give first), what was agreed
    (its items named), what was only discussed, condemnations and concerns, one watch-out
    per issue; citations as numbered marks, mapped to fact ids in a footer."""
    titles = {f for p in b.people for r in p.roles for f in r.facts}
    groups = note_groups(b.watch_outs, titles)
    numbers = {n.id: i for i, group in enumerate(groups, 1) for n in group}
    # a disagreement on the title a point's fact gives someone does not dispute the point
    on_titles = {n.id for n in b.watch_outs if n.sides and _joins(n, titles)}
    disputing = {k: v for k, v in numbers.items() if k not in on_titles}
    title = f"Briefing: {_event_title(b, fold.most)}" + (f" (topic: {b.topic})" if b.topic else "")
    sections = [Section(None, ((Segment(title, _event_facts(b), kind="title"),),), False)]
    who = [tuple(_person_line(p, numbers, fold.most)) for p in b.people]
    who.append(tuple(_short_when(b, numbers, fold.most)))
    sections.append(Section(None, tuple(who)))
    points = [(s, p) for s in (*b.key_points, *b.regional) for p in s.points]
    body = [
        *_agreed_lines(points, disputing, fold),
        *_discussed_lines(points, fold),
        *_condemned_lines(points, disputing, fold.lines),
    ]
    if not body and b.topic is None and b.event is not None:
        body = [(Segment("nothing agreed, discussed or condemned in its facts", kind="note"),)]
    if not body:  # a topic of the article's own background or analysis
        told = "none in this topic: its facts are background, analysis or the meeting itself"
        hint = f" (defcoop topics {b.topic} lists them)" if b.topic else ""
        body = [(Segment(told, kind="note"), Segment(hint, kind="hint"))]
    body += [tuple(background_line(g)) for g in b.background]
    sections.append(Section(None, tuple(body)))
    cited = _cited_watch_outs(b, points, numbers, disputing, fold)
    shown = cited if "watch-outs" in fold.drop else None
    notes = [
        tuple(_short_watch_out(i, g, fold.most))
        for i, g in enumerate(groups, 1)
        if shown is None or i in shown
    ]
    left = [i for i in range(1, len(groups) + 1) if shown is not None and i not in shown]
    if left:
        told = f"+{wording.plural(len(left), 'more watch-out')} ({', '.join(map(str, left))})"
        notes.append((Segment(told, kind="note"),))
    if notes:
        sections.append(Section("Watch-outs", tuple(notes)))
    return _marked(sections, b, fold)


def folded(items: Sequence[Cited], most: int | None) -> list[Cited]:
    """The items, the same text (in any case) once; past `most`, one "+N more" that cites
    the facts of those it stands for."""
    seen: dict[str, Cited] = {}
    for c in items:
        key = c.text.casefold()
        kept = seen.get(key)
        seen[key] = c if kept is None else kept._replace(facts=(*kept.facts, *c.facts))
    distinct = list(seen.values())
    if most is None or len(distinct) <= most:
        return distinct
    rest = distinct[most:]
    facts = tuple(dict.fromkeys(f for c in rest for f in c.facts))
    return [*distinct[:most], Cited(f"+{len(rest)} more", facts)]


def note_groups(notes: Sequence[Note], titles: Collection[str] = ()) -> list[list[Note]]:
    """The watch-outs, one per issue: notes on the same entity (his office, his name) are
    one, and so is a conflict on that entity's titles (one of its sides a fact that gives a
    person a title, `titles`); conflicts told alike that share a side's fact (two reports'
    tolls against a third's) are one; a note on no entity, and any other conflict, stands
    alone."""
    groups: list[list[Note]] = []
    for n in notes:
        same = next(
            (
                g
                for g in groups
                if (
                    _joins(n, titles)
                    and all(_joins(m, titles) for m in g)
                    and set(n.entities) & {e for m in g for e in m.entities}
                )
                or _told_alike(n, g)
            ),
            None,
        )
        if same is None:
            groups.append([n])
        else:
            same.append(n)
    return groups


def _cited_watch_outs(
    b: Briefing,
    points: list[tuple[TopicPoints, Point]],
    numbers: dict[str, int],
    disputing: dict[str, int],
    fold: Fold,
) -> set[int]:
    """The numbers of the watch-outs a line above them cites: a person's disputed titles,
    a date, an agreed or condemned point the brief shows (`disputing`: the notes a point
    is flagged with)."""
    notes = [f for p in b.people if p.disputed for f in p.flags]
    notes += [d.note for d in b.dates if d.note]
    cited = {numbers[n] for n in notes if n in numbers}
    for stances in (("agreed",), CONDEMNED):
        kept, _ = _kept([p for _, p in points if p.stance in stances], fold.lines)
        cited |= {disputing[n] for p in kept for n in p.conflicts if n in disputing}
    return cited


def _told_alike(note: Note, group: Sequence[Note]) -> bool:
    """Whether a conflict is one with a group of conflicts on the same thing: told alike,
    and one of its sides' facts is one of theirs."""
    facts = {f for side in note.sides for f in side.facts}
    return bool(note.sides) and all(
        m.sides and m.short == note.short and facts & {f for s in m.sides for f in s.facts}
        for m in group
    )


def _joins(note: Note, titles: Collection[str]) -> bool:
    """Whether a note may share a watch-out: any but a conflict, and a conflict on titles."""
    return not note.sides or any(f in titles for side in note.sides for f in side.facts)


def _event_title(b: Briefing, most: int | None) -> str:
    line = b.bottom_line
    if line is None or not line.people:
        return what(b, b.title)
    told = " met ".join(line.people[:2])
    places = line.places if most is None else line.places[:most]
    told += " in " + " and ".join(places) if places else ""
    more = len(line.places) - len(places)
    return told + (f" (+{wording.plural(more, 'more place')})" if more else "")


def _event_facts(b: Briefing) -> tuple[str, ...]:
    return b.bottom_line.facts if b.bottom_line is not None else ()


def _person_line(p: Person, numbers: dict[str, int], most: int | None) -> list[Segment]:
    """'Gen Nakatani: Japanese Defence Minister; disputed (watch-out 1): …': the titles
    no correction disputes, the newest first (a title said again, once: its newest), then
    the disputed ones, flagged, but not an office the line already holds; each in its
    standard form (titles.standard_title: "defence chief" is "Defence Minister"), a phrase
    that is no title and a title cut short ("Minister of State for Economic":
    vocab.well_formed_title) not shown."""
    roles = _standard_roles(p)
    if not roles:
        return [Segment(p.name, p.facts, kind="label")]
    line = [Segment(f"{p.name}: ", kind="label")]
    held_roles = [rs for rs in roles if rs[0].facts[0] not in p.disputed]
    # an office held and disputed in other words is held: its facts cited there
    disputed_roles = [rs for rs in roles if rs[0].facts[0] in p.disputed]
    groups = office_groups([said for _, said in held_roles + disputed_roles])
    offices = set(groups[: len(held_roles)])
    also = [g in offices for g in groups[len(held_roles) :]]
    held = _titles(held_roles + [rs for rs, a in zip(disputed_roles, also, strict=True) if a], most)
    disputed = _titles([rs for rs, a in zip(disputed_roles, also, strict=True) if not a], most)
    line += runs(held, "; ", cite=True)
    if disputed:
        flags = ", ".join(dict.fromkeys(str(numbers[f]) for f in p.flags if f in numbers))
        told = f"disputed (watch-out {flags}):" if flags else "disputed:"
        line += [Segment("; "), Segment(told, kind="flag"), Segment(" ")]
        line += runs(disputed, "; ", cite=True)
    return line


def wholes(items: Sequence[str]) -> list[str]:
    """The items but those that are another item's part: an item whose every word another,
    longer item holds ("the joint development, production of equipment" beside "defense
    equipment, including the joint development and production of equipment") is told by
    it."""
    words = [_words(t) for t in items]
    return [t for t, w in zip(items, words, strict=True) if not any(w < other for other in words)]


def _words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"[a-z0-9]+", text.casefold())) - _SMALL_WORDS


def _standard_roles(p: Person) -> list[tuple[Cited, str]]:
    """Each title that is one, in its standard form, with that form's text without its
    date (two titles may come from one fact)."""
    out = []
    for dated, said in zip(with_dates(p), (r.text for r in p.roles), strict=True):
        office = standard_title(said)
        if office is not None and well_formed_title(office):
            out.append((dated._replace(text=office + dated.text[len(said) :]), office))
    return out


def _titles(roles: list[tuple[Cited, str]], most: int | None) -> list[Cited]:
    """Titles (each with its text without its date), one of each whatever its date, case
    or spelling (the first, the newest: vocab.office_groups), folded."""
    first: dict[int, Cited] = {}
    for (r, _), key in zip(roles, office_groups([said for _, said in roles]), strict=True):
        kept = first.get(key)
        first[key] = r if kept is None else kept._replace(facts=(*kept.facts, *r.facts))
    return folded(list(first.values()), most)


def _short_when(b: Briefing, numbers: dict[str, int], most: int | None) -> list[Segment]:
    """'When: 5 May 2025 (outside reports, watch-out 2); article undated'."""
    line = [Segment("When: ", kind="label")]
    for d in b.dates:
        told = wording.basis_short(d.basis)
        told += f", watch-out {numbers[d.note]}" if d.note in numbers else ""
        line.append(Segment(f"{wording.long_date(d.date)} ({told}); "))
    line.append(Segment(published(b, most)))
    return line


def _agreed_lines(
    points: list[tuple[TopicPoints, Point]], numbers: dict[str, int], fold: Fold
) -> list[tuple[Segment, ...]]:
    """What was agreed, each item named; what was reaffirmed, by topic."""
    topics = {id(p): s.short for s, p in points}
    kept, rest = _kept([p for _, p in points if p.stance == "agreed"], fold.lines)
    lines: list[tuple[Segment, ...]] = []
    for p in kept:
        items = folded([Cited(t, ()) for t in wholes([i.text for i in p.items])], fold.items)
        named = ", ".join(i.text for i in items) if p.items else p.text.rstrip(".")
        told = Segment(f"{topics[id(p)]}: {named}", p.facts)
        lines.append((_stance(p.stance), told, *reports(p), *conflict_flags(p, numbers)))
    lines = _with_more(lines, kept, rest)
    reaffirmed = [Cited(s.short, p.facts) for s, p in points if p.stance == "reaffirmed"]
    reaffirmed = folded(reaffirmed, fold.most)
    if reaffirmed and "reaffirmed" not in fold.drop:
        lines.append((Segment("Reaffirmed: ", kind="label"), *_each(reaffirmed, "; ")))
    return lines


def _discussed_lines(
    points: list[tuple[TopicPoints, Point]], fold: Fold
) -> list[tuple[Segment, ...]]:
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
        names = [] if "names" in fold.drop else [n for p in ps for n in p.names]
        named = [n.text for n in folded(names, fold.most)]
        text = titles[topic] + (f" ({', '.join(named)})" if named else "")
        items.append(Cited(text, tuple(f for p in ps for f in p.facts)))
    items = folded(items, fold.most)
    if not items:
        return []
    return [(Segment("Discussed: ", kind="label"), *_each(items, "; "))]


def _condemned_lines(
    points: list[tuple[TopicPoints, Point]], numbers: dict[str, int], most: int | None
) -> list[tuple[Segment, ...]]:
    """Each condemnation and concern whole, in order (past `most` of a stance, folded)."""
    kept, rest = _kept([p for _, p in points if p.stance in CONDEMNED], most)
    kept.sort(key=lambda p: CONDEMNED.index(p.stance))  # each stance's lines together
    lines = [
        (_stance(p.stance), Segment(p.text, p.facts), *reports(p), *conflict_flags(p, numbers))
        for p in kept
    ]
    return _with_more(lines, kept, rest)


def _kept(points: Sequence[Point], most: int | None) -> tuple[list[Point], dict[str, list[Point]]]:
    """The points shown, in order, at most `most` of each stance (those the most sources
    report); the rest by stance."""
    if most is None:
        return list(points), {}
    chosen: list[Point] = []
    rest: dict[str, list[Point]] = {}
    for p in sorted(points, key=lambda p: -(p.reports.independent if p.reports else 1)):
        shown = sum(1 for k in chosen if k.stance == p.stance)
        (chosen if shown < most else rest.setdefault(p.stance, [])).append(p)
    return [p for p in points if p in chosen], rest


def _with_more(
    lines: list[tuple[Segment, ...]], kept: list[Point], rest: dict[str, list[Point]]
) -> list[tuple[Segment, ...]]:
    """Each stance's last line shown tells how many more of that stance it stands for."""
    for stance, ps in rest.items():
        last = max(i for i, p in enumerate(kept) if p.stance == stance)
        told = f" (+{len(ps)} more {stance})"
        lines[last] = (*lines[last], Segment(told, _facts(ps), kind="note"))
    return lines


def _stance(stance: str) -> Segment:
    return Segment(f"{stance.capitalize()}: ", kind="label")


def _facts(points: Sequence[Point]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(f for p in points for f in p.facts))


def _each(items: Sequence[Cited], sep: str) -> list[Segment]:
    return [Segment((sep if i else "") + c.text, c.facts) for i, c in enumerate(items)]


def _short_watch_out(number: int, group: Sequence[Note], most: int | None) -> list[Segment]:
    """One issue: its notes' short forms in one line, as sentences, each citing its note;
    conflicts told alike are one, their sides each once. Past `most` notes, those that are
    no conflict fold into "+N more" (a disagreement is always told)."""
    merged = _merged_conflicts(group)
    if most is not None:
        shown = merged[:most]
        merged = shown + [n for n in merged[most:] if n.sides]
    line = [Segment(f"{number}. ", kind="label")]
    for i, n in enumerate(merged):
        line.append(Segment((". " if i else "") + n.short.rstrip("."), (n.id,)))
        if n.sides:
            told = folded(_sides_alike(n.sides), _at_least(most, 2))
            line += sides(n._replace(sides=tuple(Side(c.text, c.facts) for c in told)))
    said = {n.short for n in merged}
    left = [n for n in group if not n.sides and n.short not in said]
    if left:
        line.append(Segment(f". +{len(left)} more", tuple(n.id for n in left)))
    return line


def _sides_alike(told: Sequence[Side]) -> list[Cited]:
    """A conflict's sides, those written alike as one ("Minister of Defense", "Defence
    Minister": vocab.office_groups) while two sides at least are left."""
    labels = [press_office(side.label) or side.label for side in told]
    first: dict[int, Cited] = {}
    for side, label, key in zip(told, labels, office_groups(labels), strict=True):
        kept = first.setdefault(key, Cited(label, ()))
        first[key] = kept._replace(facts=(*kept.facts, *side.facts))
    if len(first) > 1:
        return list(first.values())
    return [Cited(side.label, side.facts) for side in told]


def _merged_conflicts(group: Sequence[Note]) -> list[Note]:
    """The notes, the conflicts told alike (the same short form) as one with their sides,
    and the other notes told alike once."""
    out: list[Note] = []
    for n in group:
        same = next((m for m in out if bool(n.sides) == bool(m.sides) and m.short == n.short), None)
        if same is None:
            out.append(n)
        elif n.sides:
            out[out.index(same)] = _with_sides(same, n)
    return out


def _with_sides(note: Note, other: Note) -> Note:
    """A conflict with another's sides, in the order of the sides' ranks (lookup's: the
    newest dated first, then report order), not of the notes that told them."""
    sides, ranks = (*note.sides, *other.sides), (*note.ranks, *other.ranks)
    if len(ranks) != len(sides):
        return note._replace(sides=sides, ranks=())
    order = sorted(range(len(sides)), key=ranks.__getitem__)
    return note._replace(sides=tuple(sides[i] for i in order), ranks=tuple(ranks[i] for i in order))


def _at_least(most: int | None, floor: int) -> int | None:
    return None if most is None else max(most, floor)


def _more(facts: tuple[str, ...]) -> str:
    return f" +{len(facts) - 1}" if len(facts) > 1 else ""


def _marked(sections: list[Section], b: Briefing, fold: Fold) -> list[Section]:
    """Each line's facts moved to one numbered mark at its end (drawn as the mark alone);
    a footer maps the marks to the fact ids. A watch-out's number is its own mark (--full
    shows its note's id). Without ids, no marks: the footer counts the facts cited."""
    marks: dict[tuple[str, ...], int] = {}
    out = []
    for section in sections:
        lines = []
        for line in section.lines:
            facts = tuple(dict.fromkeys(f for seg in line for f in seg.facts))
            drawn = [seg._replace(facts=()) for seg in line]
            if facts and section.title is None:
                n = marks.setdefault(facts, len(marks) + 1)
                if fold.ids:
                    drawn.append(Segment(f" [{n}]", facts, kind="mark"))
            lines.append(tuple(drawn))
        out.append(section._replace(lines=tuple(lines), gap=False))
    footer = [Segment("Facts: ", kind="label")] + ([] if marks else [Segment("none")])
    if fold.ids:  # compact: each mark's first fact, and how many more it cites
        footer += [
            Segment(("; " if n > 1 else "") + f"[{n}] {facts[0]}" + _more(facts), kind="marks")
            for facts, n in marks.items()
        ]
    elif marks:
        cited = len({f for facts in marks for f in facts})
        footer.append(Segment(f"{cited} cited", kind="note"))
    n = len(b.sources)
    told = wording.plural(n, "source")
    if b.independent_sources != n:
        told += f", {b.independent_sources} independent"
    hint = HINT if fold.most is None and not fold.drop else FOLDED_HINT
    footer += [Segment(f" · {told}"), Segment(f" · {hint}", kind="hint")]
    out.append(Section(None, (tuple(footer),), bullets=False, gap=False))
    return out
