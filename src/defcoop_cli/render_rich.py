"""Human output with rich. Imported only by commands that draw for a person.

Text from the fact base is always wrapped in Text after `printable`, so markup such as
"[bold]" or ":warning:" and control characters in the data are shown, never obeyed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import singledispatch

from rich import box
from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from defcoop_cli import wording
from defcoop_cli.briefing import Briefing, Cited, Exercise, Point, TopicPoints, citation_runs
from defcoop_cli.checks import Report
from defcoop_cli.records import CuratorNote, Fact
from defcoop_cli.terminal import printable
from defcoop_cli.views import (
    EntityList,
    EntityView,
    FactList,
    FactView,
    SearchResult,
    TopicList,
    TopicView,
)

_WORD = re.compile(r"[\w&+'’.-]+")


# Spaces that pad a line out to the console's width, before any closing style codes.
_TRAILING_BLANKS = re.compile(r" +((?:\x1b\[[0-9;]*m)*)$", re.MULTILINE)


def make_console() -> Console:
    return Console(highlight=False, markup=False, emoji=False)


def render(result: object) -> str:
    """The result drawn for a person, without the padding rich adds to the ends of lines
    (it pastes badly)."""
    console = make_console()
    with console.capture() as captured:
        draw(result, console)
    return _TRAILING_BLANKS.sub(r"\1", captured.get())


@singledispatch
def draw(result: object, console: Console) -> None:
    """Print a command's result on the console."""
    raise TypeError(f"no drawing for {type(result).__name__}")


def text(value: str, style: str = "", newlines: bool = False) -> Text:
    return Text(printable(value, newlines), style=style)


def highlighted(value: str, words: frozenset[str]) -> Text:
    """The value with every word that normalises to a matched word in bold yellow."""
    from defcoop_cli.search import tokens

    out = text(value)
    for m in _WORD.finditer(out.plain):
        if words & set(tokens(m.group())):
            out.stylize("bold yellow", m.start(), m.end())
    return out


def ids(fact_ids: Iterable[str]) -> Text:
    return text(" [" + ", ".join(fact_ids) + "]", "dim cyan")


@draw.register
def _(result: SearchResult, console: Console) -> None:
    if not result.matches:
        return
    matches, explain = result.matches, result.explain
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False)
    table.add_column("score", justify="right", style="dim")
    table.add_column("fact · kind · said by · stance", ratio=1)
    for m in matches:
        cell = Text.assemble(text(m.fact.id, "bold cyan"), "\n", _claim_type(m.fact), "\n")
        cell.append(highlighted(m.fact.statement, m.words))
        if explain:
            for d in m.details:
                cell.append("\n")
                cell.append(text(f"  {d.term!r} ~ {d.word!r} in {d.field} ({d.score:.1f})", "dim"))
        table.add_row(f"{m.score:.1f}", cell)
    console.print(table)
    _shown(console, len(matches), result.total)


def _claim_type(fact: Fact) -> Text:
    """kind · who says it · how firmly."""
    return Text.assemble(
        text(fact.kind, "dim"),
        text(" · ", "dim"),
        text(fact.attribution),
        text(" · ", "dim"),
        text(fact.stance, "magenta"),
    )


def _shown(console: Console, shown: int, total: int) -> None:
    if total > shown:
        console.print(text(f"{shown} of {total} shown; --limit {total} shows them all", "dim"))


@draw.register
def _(result: FactList, console: Console) -> None:
    if result.facts:
        console.print(fact_table(result.facts))
    _shown(console, len(result.facts), result.total)


@draw.register
def _(result: TopicList, console: Console) -> None:
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False)
    table.add_column("topic", style="cyan")
    table.add_column("facts", justify="right")
    table.add_column("title and description", ratio=1)
    for row in result.rows:
        t = row.topic
        about = Text.assemble(text(t.title, "bold"), "\n", text(t.description, "dim"))
        table.add_row(text(t.id), str(row.fact_count), about)
    console.print(table)


def fact_table(facts: Iterable[Fact]) -> Table:
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False)
    table.add_column("fact · kind · said by · stance", ratio=1)
    for f in facts:
        table.add_row(
            Text.assemble(text(f.id, "bold cyan"), "\n", _claim_type(f), "\n", text(f.statement))
        )
    return table


@draw.register
def _(result: TopicView, console: Console) -> None:
    t = result.topic.topic
    console.print(Text.assemble(text(t.title, "bold"), text(f"  ({t.id})", "dim")))
    console.print(text(t.description))
    console.print(fact_table(result.facts))


@draw.register
def _(result: EntityList, console: Console) -> None:
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False)
    table.add_column("entity", style="cyan")
    table.add_column("name", style="bold")
    table.add_column("type")
    table.add_column("aliases", ratio=1)
    table.add_column("facts", justify="right")
    for row in result.rows:
        e = row.entity
        table.add_row(
            text(e.id), text(e.name), text(e.type), text(", ".join(e.aliases)), str(row.fact_count)
        )
    console.print(table)


@draw.register
def _(result: EntityView, console: Console) -> None:
    e = result.entity.entity
    console.print(Text.assemble(text(e.name, "bold"), text(f"  ({e.id}, {e.type})", "dim")))
    if e.aliases:
        console.print(Text.assemble(text("Aliases: ", "dim"), text(", ".join(e.aliases))))
    for r in e.roles:
        console.print(Text.assemble(text("Role: ", "dim"), text(r.text), ids([r.fact])))
    for p in result.participants:
        console.print(Text.assemble(text("Participant: ", "dim"), text(p.name), ids([p.fact])))
    console.print(fact_table(result.facts))


def _field(label: str, value: str) -> Text:
    return Text.assemble(text(f"{label:<12}", "dim"), text(value))


def notes_group(notes: Iterable[CuratorNote]) -> list[Text]:
    lines = []
    for n in notes:
        label = wording.note_label(n.type, n.basis)
        lines.append(Text.assemble(text(label, "bold yellow"), text(": "), text(n.text)))
        for r in n.references:
            published = r.published.isoformat()
            ref = wording.reference(r.publisher, r.title, published, r.via)
            lines.append(Text.assemble(text("  Reference: ", "dim"), text(ref), text(" " + r.url)))
    return lines


@draw.register
def _(result: FactView, console: Console) -> None:
    fact, start = result.fact, result.quote_at[0]
    excerpt = text(result.context_text, newlines=True)
    # printable() may lengthen text before the quote; find the quote in the shown text.
    before = len(printable(result.context_text[:start], newlines=True))
    length = len(printable(fact.quote, newlines=True))
    excerpt.stylize("bold reverse", before, before + length)
    fields = [
        _field("kind", fact.kind),
        _field("attribution", fact.attribution),
        _field("stance", fact.stance),
        _field("topics", ", ".join(fact.topics)),
        _field("entities", ", ".join(fact.entities)),
        _field("keywords", ", ".join(fact.keywords)),
        _field("source", f"{fact.source} [{fact.span[0]}, {fact.span[1]})"),
    ]
    if fact.part_of:
        fields.append(_field("part of", fact.part_of))
    title = text(fact.id, "bold cyan")
    body = Group(text(fact.statement, "bold"), Text(), *fields)
    console.print(Panel(body, title=title, title_align="left", box=box.ROUNDED))
    console.print(Panel(excerpt, title="in the source", title_align="left", box=box.ROUNDED))
    for line in notes_group(result.notes):
        console.print(line)


def _cited(c: Cited) -> Text:
    return Text.assemble(text(c.text), ids(c.facts))


def _roles(roles: tuple[Cited, ...]) -> Text:
    """Roles in order, each run of roles from one fact cited once."""
    runs = citation_runs(roles)
    return Text("; ").join(text("; ".join(texts)) + ids(facts) for texts, facts in runs)


def _point(p: Point) -> Text:
    line = text(p.text.rstrip(".") if p.items else p.text)
    if p.items:
        line.append(text(": "))
        line.append(text("; ".join(i.text for i in p.items), "italic"))
        line.append(text("."))
    return line + ids([*p.facts, *(f for i in p.items for f in i.facts)])


def _exercise(ex: Exercise) -> Text:
    """Types, then participants, each run from one fact cited once; once in all when every
    part rests on the same facts (as the Markdown brief does)."""
    shared = ex.shared_facts()

    def runs(items: tuple[Cited, ...], sep: str) -> Text:
        parts = citation_runs(items)
        return Text(sep).join(text(sep.join(t)) + (Text() if shared else ids(f)) for t, f in parts)

    line = runs(ex.types, "; ")
    if ex.participants:
        line.append(text("; includes "))
        line.append(runs(ex.participants, ", "))
    return line + ids(shared) if shared else line


class _Lines:
    """A briefing drawn as headings and bullets with hanging indents."""

    def __init__(self) -> None:
        self.parts: list[Table | Text] = []

    def heading(self, title: str, style: str = "bold underline") -> None:
        self.parts.append(text(title, style))

    def bullets(self, rows: list[Text], label: str | None = None) -> None:
        grid = Table.grid(padding=(0, 1))
        grid.add_column(no_wrap=True)
        grid.add_column(overflow="fold")  # ids and URLs are never cut
        for row in rows:
            grid.add_row(
                text("•"), Text.assemble(text(f"{label}: ", "bold"), row) if label else row
            )
        self.parts.append(grid)

    def labelled(self, label: str, row: Text) -> None:
        self.bullets([row], label)

    def topics(self, title: str, sections: tuple[TopicPoints, ...]) -> None:
        if sections:
            self.heading(title)
        for s in sections:
            self.heading(s.title, "bold")
            self.bullets([_point(p) for p in s.points])


@draw.register
def _(b: Briefing, console: Console) -> None:
    out = _Lines()
    out.heading(
        f"Briefing: {b.title}" + (f" (topic: {b.topic})" if b.topic else ""), "bold reverse"
    )
    numbers = {n.id: i for i, n in enumerate(b.watch_outs, 1)}
    out.heading("Who met whom")
    out.bullets([_cited(c) for c in b.meeting])
    for person in b.people:
        line = _roles(person.roles) if person.roles else ids(person.facts)
        for flag in person.flags:
            line.append(text(" " + wording.watch_out_flag(numbers[flag]), "bold red"))
        out.labelled(person.name, line)
    if b.places:
        out.labelled("Where", Text("; ").join(_cited(p) for p in b.places))
    for d in b.dates:
        label = f"{d.label} ({wording.basis_short(d.basis)})"
        out.labelled(label, text(wording.long_date(d.date) + f" (watch-out {numbers[d.note]})"))
    out.topics("Key points", b.key_points)
    if b.exercises:
        out.heading("Exercises")
    for ex in b.exercises:
        out.labelled(ex.name, _exercise(ex))
    out.topics("Regional issues", b.regional)
    out.heading("Watch-outs")
    for number, n in enumerate(b.watch_outs, 1):
        line = Text.assemble(text(n.text), ids(n.facts or n.entities))
        for r in n.references:
            line.append("\n")
            line.append(text(wording.reference(r.publisher, r.title, r.published, r.via), "dim"))
            line.append(text(" " + r.url, "dim underline"))
        out.labelled(f"{number}. {wording.note_label(n.type, n.basis)}", line)
    out.heading("Source")
    for s in b.sources:
        date = s.published or "undated"
        dates = "".join(
            f"; {d.label.lower()} ({wording.basis_short(d.basis)}): {wording.long_date(d.date)}"
            for d in b.dates
        )
        out.labelled(s.title, text(f"{s.kind}, {date}{dates}; title by the {s.title_assigned_by}"))
        out.labelled("Covers", text("; ".join(s.covers)))
        if s.editorial_facts_left_out:
            out.labelled("Left out", text(f"{s.editorial_facts_left_out} editorial facts"))
    console.print(Group(*out.parts))


def summary(report: Report) -> str:
    counts = ", ".join(f"{n} {name.replace('_', ' ')}" for name, n in report.counts.items())
    coverage = "; ".join(
        f"{c.source}: {c.body:.0%} of body text covered, lowest sentence {c.lowest:.0%}"
        for c in report.coverage
    )
    n = len(report.problems)
    verdict = "ok" if report.ok else f"{n} problem{'s' if n > 1 else ''}"
    checked = counts or "not checked further"
    return f"{verdict}: {report.path}: {checked}" + (f"; {coverage}" if coverage else "")


@draw.register
def _(report: Report, console: Console) -> None:
    # One line per problem and one summary line, never wrapped: curators grep and count them.
    for p in report.problems:
        where = text(p.path, "cyan")
        line = Text.assemble(where, text(f": {p.code}: ", "bold red"), text(p.message))
        console.print(line, soft_wrap=True)
    console.print(text(summary(report), "bold green" if report.ok else "bold red"), soft_wrap=True)
