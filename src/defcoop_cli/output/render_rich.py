"""Human output with rich. Imported only by commands that draw for a person.

Text from the fact base is always wrapped in Text after `printable`, so markup such as
"[bold]" or ":warning:" and control characters in the data are shown, never obeyed.

Layout rules, at any width from 60 columns: an id is never cut or wrapped (it sits on a line
of its own or in a column that does not wrap); statements wrap instead. Lists of facts put
a blank line between facts; no output starts or ends with a blank line.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from functools import singledispatch

from rich import box
from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from defcoop_cli.curation.results import Added, Created, Diff, Reanchoring
from defcoop_cli.factbase.checks import Problem, Report
from defcoop_cli.factbase.records import CuratorNote, Fact
from defcoop_cli.lookup.results import (
    Briefing,
    EntityList,
    EntityView,
    FactList,
    FactView,
    NoteView,
    SearchResult,
    SourceList,
    Standing,
    TopicList,
    TopicView,
)
from defcoop_cli.output import wording
from defcoop_cli.output.brief_layout import Segment, layout
from defcoop_cli.output.terminal import printable

_WORD = re.compile(r"[\w&+'’.-]+")
# Spaces that pad a line out to the console's width, before any closing style codes.
_TRAILING_BLANKS = re.compile(r" +((?:\x1b\[[0-9;]*m)*)$", re.MULTILINE)


def make_console(color: str = "auto") -> Console:
    """A console for stdout. color: auto (a terminal gets colour, as NO_COLOR, FORCE_COLOR
    and TERM=dumb allow), always, or never (no escape codes at all)."""
    settings: dict[str, object] = {"highlight": False, "markup": False, "emoji": False}
    if color == "never":
        settings.update(color_system=None, force_terminal=False)
    elif color == "always":
        term = os.environ.get("TERM", "")
        depth = "truecolor" if os.environ.get("COLORTERM") in ("truecolor", "24bit") else None
        settings.update(
            force_terminal=True,
            color_system=depth or ("256" if "256color" in term else "standard"),
        )
    return Console(**settings)  # type: ignore[arg-type]


def styled(console: Console) -> bool:
    """Whether styles reach the reader (else marks must be made with characters)."""
    return console.is_terminal and console.color_system is not None


def render(result: object, color: str = "auto") -> str:
    """The result drawn for a person, without the padding rich adds to the ends of lines
    (it pastes badly)."""
    console = make_console(color)
    with console.capture() as captured:
        draw(result, console)
    return _TRAILING_BLANKS.sub(r"\1", captured.get())


@singledispatch
def draw(result: object, console: Console) -> None:
    """Print a command's result on the console."""
    raise TypeError(f"no drawing for {type(result).__name__}")


def text(value: str, style: str = "", newlines: bool = False) -> Text:
    return Text(printable(value, newlines), style=style)


def fact_id(value: str, style: str = "bold cyan") -> Text:
    """An id: never wrapped, never cut, so it can be copied whole."""
    return Text(printable(value), style=style, no_wrap=True, overflow="ignore")


def highlighted(value: str, words: frozenset[str]) -> Text:
    """The value with every word that normalises to a matched word in bold yellow."""
    from defcoop_cli.lookup.search import tokens

    out = text(value)
    for m in _WORD.finditer(out.plain):
        if words & set(tokens(m.group())):
            out.stylize("bold yellow", m.start(), m.end())
    return out


def ids(fact_ids: Iterable[str]) -> Text:
    return text(" [" + ", ".join(fact_ids) + "]", "dim cyan")


def _claim_type(fact: Fact, standing: Standing | None = None) -> Text:
    """kind · who says it · how firmly · which source; then how many sources report it,
    and the conflicts it is part of."""
    line = Text.assemble(
        text(fact.kind, "dim"),
        text(" · ", "dim"),
        text(fact.attribution),
        text(" · ", "dim"),
        text(fact.stance, "magenta"),
    )
    if standing is not None:
        source = wording.source_label(standing.source)
        line.append_text(Text.assemble(text(" · ", "dim"), text(source, "blue")))
        reports = wording.reports(standing.corroboration)
        if reports:
            line.append_text(Text.assemble(text(" · ", "dim"), text(reports, "green")))
        for c in standing.conflicts:
            line.append_text(
                Text.assemble(text(" · ", "dim"), text(wording.disputed(c.note), "bold red"))
            )
    return line


def _fact_cell(
    fact: Fact, statement: Text | None = None, standing: Standing | None = None
) -> Group:
    return Group(fact_id(fact.id), _claim_type(fact, standing), statement or text(fact.statement))


def _table(*headers: str) -> Table:
    """A full-width table (its rule does not change width with the content) with a blank
    line between rows."""
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False, expand=True, leading=1)
    for header in headers:
        table.add_column(header)
    return table


# Below this many columns a listing's table would cut its ids or squeeze its text into a
# column a few letters wide: each row is stacked instead, its first line whole.
NARROW = 60

# A stacked row: its first line, what goes under it, and lines printed whole under that
# (URLs: a terminal wraps them, a pipe gets them in one piece).
Row = tuple[Text, RenderableType, tuple[Text, ...]]


def _narrow(console: Console) -> bool:
    return console.width < NARROW


def _stack(console: Console, rows: Iterable[Row]) -> None:
    """Rows one under the other: each first line printed whole (a terminal wraps it where
    it must, so an id can still be copied in one piece), the rest indented under it."""
    for n, (lead, rest, whole) in enumerate(rows):
        if n:
            console.print()
        console.print(lead, soft_wrap=True)
        console.print(Padding(rest, (0, 0, 0, 2)))
        for line in whole:
            _print_whole(console, line)


def _print_whole(console: Console, line: Text) -> None:
    """An indented line (a URL) printed in one piece: the terminal wraps it, never rich."""
    console.print(Text.assemble("  ", line), soft_wrap=True)


def _shown(console: Console, shown: int, total: int) -> None:
    if total > shown:
        console.print(text(f"{shown} of {total} shown; --limit {total} shows them all", "dim"))


@draw.register
def _(result: SearchResult, console: Console) -> None:
    if not result.matches:
        return
    if _narrow(console):
        _stack(console, _search_rows(result))
        _shown(console, len(result.matches), result.total)
        return
    table = _table("score", "fact · kind · said by · stance · source")
    table.columns[0].justify = "right"
    table.columns[0].style = "dim"
    table.columns[0].no_wrap = True
    table.columns[1].ratio = 1
    for m, words, standing in zip(result.matches, result.highlights, result.standings, strict=True):
        cell = _fact_cell(m.fact, highlighted(m.fact.statement, words), standing)
        if result.explain:
            why = [
                text(f"  {d.term!r} ~ {d.word!r} in {d.field} ({d.score:.1f})", "dim")
                for d in m.details
            ]
            cell = Group(*cell.renderables, *why)
        table.add_row(f"{m.score:.1f}", cell)
    console.print(table)
    _shown(console, len(result.matches), result.total)


def _search_rows(result: SearchResult) -> Iterable[Row]:
    for m, words, standing in zip(result.matches, result.highlights, result.standings, strict=True):
        lead = Text.assemble(text(f"{m.score:.1f}", "dim"), "  ", fact_id(m.fact.id))
        rest = [_claim_type(m.fact, standing), highlighted(m.fact.statement, words)]
        if result.explain:
            rest += [
                text(f"{d.term!r} ~ {d.word!r} in {d.field} ({d.score:.1f})", "dim")
                for d in m.details
            ]
        yield lead, Group(*rest), ()


def print_facts(console: Console, facts: Iterable[Fact], standings: Iterable[Standing]) -> None:
    """One row a fact: its id, kind, who says it, stance, source and standing."""
    pairs = list(zip(facts, standings, strict=True))
    if _narrow(console):
        rows = ((fact_id(f.id), Group(_claim_type(f, s), text(f.statement)), ()) for f, s in pairs)
        _stack(console, rows)
        return
    table = _table("fact · kind · said by · stance · source")
    for f, standing in pairs:
        table.add_row(_fact_cell(f, standing=standing))
    console.print(table)


@draw.register
def _(result: FactList, console: Console) -> None:
    if result.facts:
        print_facts(console, result.facts, result.standings)
    _shown(console, len(result.facts), result.total)


@draw.register
def _(result: TopicList, console: Console) -> None:
    rows = []
    for row in result.rows:
        t = row.topic
        about = Text.assemble(text(t.title, "bold"), "\n", text(t.description, "dim"))
        if t.aliases:
            about.append(Text.assemble("\n", text("also: ", "dim"), _names(t.aliases)))
        rows.append((fact_id(t.id, "cyan"), str(row.fact_count), about))
    if _narrow(console):
        _stack(console, ((_counted(i, int(n)), a, ()) for i, n, a in rows))
        return
    table = _table("topic", "facts", "title and description")
    table.columns[0].no_wrap = True
    table.columns[1].justify = "right"
    table.columns[2].ratio = 1
    for row_cells in rows:
        table.add_row(*row_cells)
    console.print(table)


def _names(names: Iterable[str]) -> Text:
    """Names shown so that none can be misread: each in quotes ("Pahalgam, Jammu & Kashmir"
    is one alias)."""
    return Text(", ").join(text(f"“{n}”") for n in names)


def _header(title: str, identity: str, detail: str = "") -> Text:
    return Text.assemble(text(title, "bold"), "  ", fact_id(identity, "cyan"), text(detail, "dim"))


@draw.register
def _(result: TopicView, console: Console) -> None:
    t = result.topic.topic
    console.print(_header(t.title, t.id))
    console.print(text(t.description))
    if t.aliases:
        console.print(Text.assemble(text("Also: ", "dim"), _names(t.aliases)))
    console.print(Text())
    print_facts(console, result.facts, result.standings)


@draw.register
def _(result: EntityList, console: Console) -> None:
    rows = []
    for row in result.rows:
        e = row.entity
        about = Text.assemble(
            text(e.name, "bold"),
            text(f" · {e.type} · ", "dim"),
            text(wording.plural(row.fact_count, "fact")),
        )
        if e.aliases:
            about.append(Text.assemble("\n", text("aliases: ", "dim"), _names(e.aliases)))
        rows.append((fact_id(e.id, "cyan"), about))
    if _narrow(console):
        _stack(console, ((i, a, ()) for i, a in rows))
        return
    table = _table("entity", "name · type · facts")
    table.columns[0].no_wrap = True
    table.columns[1].ratio = 1
    for row_cells in rows:
        table.add_row(*row_cells)
    console.print(table)


@draw.register
def _(result: EntityView, console: Console) -> None:
    e = result.entity.entity
    console.print(_header(e.name, e.id, f"  {e.type}"))
    if e.aliases:
        console.print(Text.assemble(text("Aliases: ", "dim"), _names(e.aliases)))
    for r in e.roles:
        console.print(Text.assemble(text("Role: ", "dim"), text(r.text), ids([r.fact])))
    for p in result.participants:
        console.print(Text.assemble(text("Participant: ", "dim"), text(p.name), ids([p.fact])))
    console.print(Text())
    print_facts(console, result.facts, result.standings)


Field = tuple[str, Text]


@draw.register
def _(result: SourceList, console: Console) -> None:
    """Stacked at every width: a source's URL goes on a line of its own, whole."""
    _stack(console, _source_rows(result))


def _source_rows(result: SourceList) -> Iterable[Row]:
    for row in result.rows:
        s = row.source
        when = wording.long_date(s.published.isoformat()) if s.published else "undated"
        about = Text.assemble(
            text(s.title, "bold"),
            "\n",
            text(f"{s.kind} · {s.publisher + ' · ' if s.publisher else ''}{when}", "dim"),
        )
        if s.via:
            about.append_text(Text.assemble("\n", text(f"a copy of a {s.via} report", "dim")))
        url = (text(s.url, "underline"),) if s.url else ()
        yield _counted(fact_id(s.id, "cyan"), row.fact_count), about, url


def _counted(identity: Text, n: int) -> Text:
    return Text.assemble(identity, text(f" · {wording.plural(n, 'fact')}", "dim"))


def _field(label: str, value: str | Text) -> Field:
    return (label, value if isinstance(value, Text) else text(value))


def _fields(rows: Iterable[Field]) -> Table:
    """Labels in a column of their own: a long value wraps under itself, not under them."""
    grid = Table.grid(padding=(0, 1), expand=True)
    grid.add_column(no_wrap=True, style="dim")
    grid.add_column(ratio=1, overflow="fold")  # a URL longer than a line is folded, never cut
    for label, value in rows:
        grid.add_row(text(label, "bold red" if label == "disputed" else ""), value)
    return grid


def print_notes(console: Console, notes: Iterable[CuratorNote], with_ids: bool = True) -> None:
    """Each note (with its id, for `defcoop show NOTE_ID`), its sides and its references
    indented under it; a reference's URL on a line of its own, printed whole (never
    folded: it can be copied from a terminal or a pipe)."""
    for n in notes:
        label = wording.note_label(n.type, n.basis)
        line = Text.assemble(text(label, "bold yellow"), text(": "), text(n.text))
        console.print(line.append_text(ids([n.id])) if with_ids else line)
        for side in n.sides:
            under = Text.assemble(text("Side: ", "dim"), text(side.label), ids(side.facts))
            console.print(Padding(under, (0, 0, 0, 2)))
        for r in n.references:
            ref = wording.reference(r.publisher, r.title, r.published.isoformat(), r.via)
            console.print(
                Padding(Text.assemble(text("Reference: ", "dim"), text(ref)), (0, 0, 0, 2))
            )
            _print_whole(console, text(r.url, "underline"))


@draw.register
def _(result: FactView, console: Console) -> None:
    fact, start = result.fact, result.quote_at[0]
    shown = printable(result.context_text, newlines=True)
    # printable() may lengthen text before the quote; find the quote in the shown text.
    before = len(printable(result.context_text[:start], newlines=True))
    after = before + len(printable(fact.quote, newlines=True))
    if styled(console):
        excerpt = Text(shown)
        excerpt.stylize("bold reverse", before, after)
    else:  # piped, TERM=dumb, --color never, an fzf preview: mark it with characters
        excerpt = Text(f"{shown[:before]}«{shown[before:after]}»{shown[after:]}")
    fields = [
        _field("kind", fact.kind),
        _field("attribution", fact.attribution),
        _field("stance", fact.stance),
        _field("topics", ", ".join(fact.topics)),
        _field("entities", ", ".join(fact.entities)),
        _field("keywords", ", ".join(fact.keywords)),
        _field("source", f"{fact.source} [{fact.span[0]}, {fact.span[1]})"),
    ]
    fields += _source_fields(result)
    if fact.part_of:
        fields.append(_field("part of", fact.part_of))
    if fact.claim:
        label = wording.reports(result.standing.corroboration) if result.standing else ""
        fields.append(_field("claim", fact.claim + (f" · {label}" if label else "")))
        fields += [
            _field("", Text.assemble(fact_id(other.id, "cyan"), text(f" · {where}", "dim")))
            for other, where in _same_claim(result)
        ]
    for c in result.standing.conflicts if result.standing else ():
        side = Text.assemble(text(f"{c.side} (other side: {'; '.join(c.others)}) · "))
        side.append_text(fact_id(c.note, "cyan"))
        fields.append(_field("disputed", side))
    body = Group(fact_id(fact.id), text(fact.statement, "bold"), Text(), _fields(fields))
    console.print(Panel(body, box=box.ROUNDED))
    console.print(Panel(excerpt, title="in the source", title_align="left", box=box.ROUNDED))
    if result.source is not None and result.source.url:
        url = Text.assemble(text("source: ", "dim"), text(result.source.url, "underline"))
        console.print(url, soft_wrap=True)  # whole, as every URL
    print_notes(console, result.notes)


def _same_claim(result: FactView) -> Iterator[tuple[Fact, str]]:
    """The claim's other facts, each with its source's label."""
    for other, source in result.same_claim:
        yield other, wording.source_label(source)


def _source_fields(result: FactView) -> list[Field]:
    """The source's title, publisher and date, the wire it copies, its address."""
    s = result.source
    if s is None:
        return []
    when = wording.long_date(s.published) if s.published else "undated"
    by = f"{s.publisher}, {when}" if s.publisher else when
    fields = [_field("", f"{s.title} ({s.kind}; {by})")]
    if s.date_note:
        fields.append(_field("", text(s.date_note, "dim")))
    if s.via:
        fields.append(_field("", f"a copy of a {s.via} report"))
    return fields  # its URL goes under the excerpt, whole


@draw.register
def _(result: NoteView, console: Console) -> None:
    console.print(fact_id(result.note.id))
    print_notes(console, [result.note], with_ids=False)  # its id is the heading
    if result.facts:
        console.print(Text())
        print_facts(console, result.facts, result.standings)


# ---- the brief: briefing.layout, drawn

SEGMENT_STYLES = {
    "label": "bold",
    "flag": "bold red",
    "note": "dim",
    "items": "italic",
    "url": "dim underline",
    "title": "bold reverse",
}


def _line(segments: Iterable[Segment]) -> Text:
    out = Text()
    for seg in segments:
        out.append(text(seg.text, SEGMENT_STYLES.get(seg.kind, ""), newlines=True))
        if seg.facts:
            out.append(ids(seg.facts))
    return out


@draw.register
def _briefing(b: Briefing, console: Console) -> None:
    """The brief's sections; each line cut at its URLs, each URL printed whole on a line of
    its own. Below NARROW columns every line is printed whole too, for the terminal to
    wrap (no id is folded); wider, bullets hang in a grid."""
    narrow = _narrow(console)
    for n, section in enumerate(layout(b)):
        if n:
            console.print()
        if section.title:
            console.print(text(section.title, "bold underline"))
        grid = _bullet_grid() if section.bullets and not narrow else None
        for line in section.lines:
            bullet = "•" if section.bullets else ""
            for body, url in _stretches(line):
                if body is not None:
                    if grid is not None:
                        grid.add_row(text(bullet or " "), body)
                    elif narrow:
                        console.print(
                            Text.assemble(f"{bullet} " if bullet else "", body), soft_wrap=True
                        )
                    else:
                        console.print(body)
                    bullet = " " if section.bullets else ""
                if url is not None:
                    if grid is not None and grid.row_count:
                        console.print(grid)
                        grid = _bullet_grid()
                    _print_whole(console, url)
        if grid is not None and grid.row_count:
            console.print(grid)


def _stretches(line: Iterable[Segment]) -> Iterator[tuple[Text | None, Text | None]]:
    """A brief line cut at its URLs: each stretch of text drawn (None if a URL follows a
    URL), with the URL that ends it (None for the last stretch)."""
    chunk: list[Segment] = []
    for seg in line:
        if seg.kind != "url":
            chunk.append(seg._replace(text=seg.text.lstrip("\n")) if not chunk else seg)
            continue
        if not seg.text.strip():
            continue
        yield (_line(chunk) if chunk else None), text(seg.text.strip(), SEGMENT_STYLES["url"])
        chunk = []
    if chunk:
        yield _line(chunk), None


def _bullet_grid() -> Table:
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column(overflow="fold")
    return grid


SUMMARY_SOURCES = 3  # validate's summary names each source's coverage up to this many


def summary(report: Report) -> str:
    counts = ", ".join(wording.counted(n, name) for name, n in report.counts.items())
    coverage = "; ".join(
        f"{c.source}: {c.body:.0%} of body text covered, lowest sentence {c.lowest:.0%}"
        for c in report.coverage
    )
    if len(report.coverage) > SUMMARY_SOURCES:  # one line still: the range, and the weakest
        bodies = [c.body for c in report.coverage]
        weakest = min(report.coverage, key=lambda c: (c.lowest, c.source))
        coverage = (
            f"{len(bodies)} sources: {min(bodies):.0%} to {max(bodies):.0%} of body text "
            f"covered, lowest sentence {weakest.lowest:.0%} ({weakest.source}); --json "
            "gives each source"
        )
    verdict = "ok" if report.ok else wording.plural(len(report.problems), "problem")
    checked = counts or "not checked further"
    return f"{verdict}: {report.path}: {checked}" + (f"; {coverage}" if coverage else "")


@draw.register
def _(report: Report, console: Console) -> None:
    # One line per problem and one summary line, never wrapped: curators grep and count them.
    _problem_lines(report.problems, console)
    console.print(text(summary(report), "bold green" if report.ok else "bold red"), soft_wrap=True)


def _problem_lines(problems: Iterable[Problem], console: Console) -> None:
    # One line per problem, never wrapped: curators grep and count them.
    for p in problems:
        where = text(p.where, "cyan")
        line = Text.assemble(where, text(f": {p.code}: ", "bold red"), text(p.message))
        console.print(line, soft_wrap=True)


@draw.register
def _created(result: Created, console: Console) -> None:
    console.print(text(f"created {result.path}", "bold green"), soft_wrap=True)
    console.print(text("add an article: defcoop draft ARTICLE.txt --source-id ID -o draft.json"))


@draw.register
def _added(result: Added, console: Console) -> None:
    if result.problems:
        _problem_lines(result.problems, console)
        return
    rejected = (
        f"; {wording.plural(result.rejected, 'rejected fact')} left out" if result.rejected else ""
    )
    console.print(
        text(
            f"added to {result.target}: source {result.source}, "
            f"{wording.plural(len(result.facts), 'fact')}, "
            f"{wording.plural(len(result.entities), 'entity', 'entities')}, "
            f"{wording.plural(len(result.topics), 'topic')}{rejected}",
            "bold green",
        ),
        soft_wrap=True,
    )


DIFF_MARKS = (("+", "added", "green"), ("-", "removed", "red"), ("~", "changed", "yellow"))


@draw.register
def _diff(result: Diff, console: Console) -> None:
    for d in result.lists:
        if d.empty:
            continue
        counts = ", ".join(
            f"{len(getattr(d, name))} {name}" for _, name, _ in DIFF_MARKS if getattr(d, name)
        )
        console.print(text(f"{d.name.replace('_', ' ')}: {counts}", "bold"), soft_wrap=True)
        for mark, name, style in DIFF_MARKS:
            for entry in getattr(d, name):
                eid = entry.id if name == "changed" else entry
                label = result.statements.get(f"{d.name}:{eid}", "")
                fields = f" ({', '.join(entry.fields)})" if name == "changed" else ""
                line = Text.assemble(
                    text(f"{mark} ", style), fact_id(eid, style), text(fields, "dim")
                )
                if label:
                    line.append_text(text(f"  {label}"))
                console.print(line, soft_wrap=True)


ANCHOR_STYLES = {
    "exact": "dim",
    "moved": "green",
    "fuzzy": "yellow",
    "ambiguous": "bold red",
    "orphaned": "bold red",
}


@draw.register
def _reanchoring(result: Reanchoring, console: Console) -> None:
    counts = ", ".join(f"{result.tally(s)} {s}" for s in ANCHOR_STYLES if result.tally(s))
    console.print(text(f"{result.source}: {counts}", "bold"), soft_wrap=True)
    for a in result.anchors:
        if a.status in ("exact", "moved"):
            continue  # the same text, found for sure: --json gives the new spans
        old = f"[{a.quote.span[0]}, {a.quote.span[1]})"
        new = f" -> [{a.span[0]}, {a.span[1]})" if a.span else ""
        line = Text.assemble(
            text(f"{a.status:<9} ", ANCHOR_STYLES[a.status]),
            fact_id(a.quote.label, "cyan"),
            text(f"  {old}{new}", "dim"),
        )
        if a.status in ("fuzzy", "orphaned"):
            line.append_text(text(f"  score {a.score:.1f}", "dim"))
        console.print(line, soft_wrap=True)
        if a.status == "fuzzy" and a.text is not None:
            console.print(Text.assemble(text("    was: ", "dim"), text(a.quote.text)))
            console.print(Text.assemble(text("    now: ", "dim"), text(a.text)))
        elif a.status == "ambiguous":
            spans = ", ".join(f"[{s}, {e})" for s, e in a.candidates)
            console.print(text(f"    candidates at {spans}: told apart by nothing", "dim"))
        elif a.status == "orphaned":
            console.print(Text.assemble(text("    quote: ", "dim"), text(a.quote.text)))
    if result.written:
        console.print(text(f"wrote {result.written}", "bold green"), soft_wrap=True)
