"""Human output with rich. Imported only by commands that draw for a person.

`draw` knows every result: the reader's are drawn here, the brief in rich_brief and the
curator's in rich_curation. Text from the data is made safe by rich_text.

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
from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from defcoop_cli.curation.results import Added, Created, Diff, Reanchoring, Reviewed
from defcoop_cli.factbase.checking.results import Report
from defcoop_cli.factbase.records import CuratorNote, Fact
from defcoop_cli.lookup.results import (
    Briefing,
    EntityList,
    EntityView,
    EventList,
    FactList,
    FactView,
    NoteView,
    SearchResult,
    SourceList,
    Standing,
    TopicList,
    TopicView,
)
from defcoop_cli.output import rich_brief, rich_curation, wording
from defcoop_cli.output.rich_text import fact_id, ids, narrow, print_unfolded, print_whole, text
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


def render(
    result: object, color: str = "auto", width: int | None = None, rows: int | None = None
) -> str:
    """The result drawn for a person (at the width, else the terminal's; in the rows a
    one-screen result may take, else rich's height), without the padding rich adds to the
    ends of lines (it pastes badly)."""
    console = make_console(color)
    if width is not None:
        console.width = width
    if rows is not None:
        console.height = rows
    with console.capture() as captured:
        draw(result, console)
    return _TRAILING_BLANKS.sub(r"\1", captured.get())


@singledispatch
def draw(result: object, console: Console) -> None:
    """Print a command's result on the console."""
    raise TypeError(f"no drawing for {type(result).__name__}")


draw.register(Briefing, rich_brief.briefing)
draw.register(EventList, rich_brief.events)
draw.register(Report, rich_curation.report)
draw.register(Created, rich_curation.created)
draw.register(Added, rich_curation.added)
draw.register(Reviewed, rich_curation.reviewed)
draw.register(Diff, rich_curation.diff)
draw.register(Reanchoring, rich_curation.reanchoring)


def highlighted(value: str, words: frozenset[str]) -> Text:
    """The value with every word that normalises to a matched word in bold yellow."""
    from defcoop_cli.lookup.search.words import tokens

    out = text(value)
    for m in _WORD.finditer(out.plain):
        if words & set(tokens(m.group())):
            out.stylize("bold yellow", m.start(), m.end())
    return out


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


# A stacked row: its first line, the texts that go under it, and lines printed whole under
# that (URLs: a terminal wraps them, a pipe gets them in one piece).
Row = tuple[Text, tuple[Text, ...], tuple[Text, ...]]


def _stack(console: Console, rows: Iterable[Row]) -> None:
    """Rows one under the other: each first line printed whole (a terminal wraps it where
    it must, so an id can still be copied in one piece), the rest indented under it, its
    ids never folded either."""
    for n, (lead, rest, whole) in enumerate(rows):
        if n:
            console.print()
        console.print(lead, soft_wrap=True)
        for part in rest:
            print_unfolded(console, part, 2)
        for line in whole:
            print_whole(console, line)


def _shown(console: Console, shown: int, total: int) -> None:
    if total > shown:
        console.print(text(f"{shown} of {total} shown; --limit {total} shows them all", "dim"))


@draw.register
def _(result: SearchResult, console: Console) -> None:
    # The facts, then the notes under them; the notes first when they give a date asked for.
    shown = [p for p, has in ((_search_table, result.matches), (_notes, result.notes)) if has]
    for i, part in enumerate(shown[::-1] if result.notes_first else shown):
        if i:
            console.print()
        part(result, console)


def _notes(result: SearchResult, console: Console) -> None:
    console.print(text("Curator notes that match (not the article's words):", "bold"))
    print_notes(console, [n.note for n in result.notes])
    if result.explain:
        for n in result.notes:
            print_unfolded(console, text(f"{n.note.id} ({n.score:.1f}):", "dim"), 2)
            for d in n.details:
                print_unfolded(console, text(wording.why(d), "dim"), 4)


def _search_table(result: SearchResult, console: Console) -> None:
    if result.partial:  # no fact matches every word: say so above the closest matches
        console.print(text(wording.closest_heading(result.partial), "bold"))
        if result.explain:
            console.print(text(wording.closest_explained(result.partial), "dim"))
    if result.explain and (japanese := wording.read_in_japanese(result.query.given)):
        console.print(text(japanese, "dim"))
    if narrow(console):
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
            why = [text(f"  {wording.why(d)}", "dim") for d in m.details]
            cell = Group(*cell.renderables, *why)
        elif wording.related_words(m.details):
            cell = Group(*cell.renderables, text(f"  {wording.related_words(m.details)}", "dim"))
        table.add_row(f"{m.score:.1f}", cell)
    console.print(table)
    _shown(console, len(result.matches), result.total)


def _search_rows(result: SearchResult) -> Iterable[Row]:
    for m, words, standing in zip(result.matches, result.highlights, result.standings, strict=True):
        lead = Text.assemble(text(f"{m.score:.1f}", "dim"), "  ", fact_id(m.fact.id))
        rest = [_claim_type(m.fact, standing), highlighted(m.fact.statement, words)]
        if result.explain:
            rest += [text(wording.why(d), "dim") for d in m.details]
        elif wording.related_words(m.details):
            rest.append(text(wording.related_words(m.details), "dim"))
        yield lead, tuple(rest), ()


def print_facts(console: Console, facts: Iterable[Fact], standings: Iterable[Standing]) -> None:
    """One row a fact: its id, kind, who says it, stance, source and standing."""
    pairs = list(zip(facts, standings, strict=True))
    if narrow(console):
        rows = ((fact_id(f.id), (_claim_type(f, s), text(f.statement)), ()) for f, s in pairs)
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
    if narrow(console):
        _stack(console, ((_counted(i, int(n)), (a,), ()) for i, n, a in rows))
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
    print_unfolded(console, _header(t.title, t.id))
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
    if narrow(console):
        _stack(console, ((i, (a,), ()) for i, a in rows))
        return
    table = _table("entity", "name · type · facts")
    table.columns[0].no_wrap = True
    # As wide as the longest id of the whole listing (the width it has anyway): a row
    # drawn alone (render_plain) has the width it has in the table.
    table.columns[0].min_width = result.id_width
    table.columns[1].ratio = 1
    for row_cells in rows:
        table.add_row(*row_cells)
    console.print(table)


@draw.register
def _(result: EntityView, console: Console) -> None:
    e = result.entity.entity
    print_unfolded(console, _header(e.name, e.id, f"  {e.type}"))
    if e.aliases:
        console.print(Text.assemble(text("Aliases: ", "dim"), _names(e.aliases)))
    for r in e.roles:
        print_unfolded(console, Text.assemble(text("Role: ", "dim"), text(r.text), ids([r.fact])))
    for p in result.participants:
        line = Text.assemble(text("Participant: ", "dim"), text(p.name), ids([p.fact]))
        print_unfolded(console, line)
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
        yield _counted(fact_id(s.id, "cyan"), row.fact_count), (about,), url


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
        print_unfolded(console, line.append_text(ids([n.id])) if with_ids else line)
        for side in n.sides:
            under = Text.assemble(text("Side: ", "dim"), text(side.label), ids(side.facts))
            print_unfolded(console, under, 2)
        for r in n.references:
            ref = wording.reference(r.publisher, r.title, r.published.isoformat(), r.via)
            print_unfolded(console, Text.assemble(text("Reference: ", "dim"), text(ref)), 2)
            print_whole(console, text(r.url, "underline"))


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
    if console.is_terminal:
        body = Group(fact_id(fact.id), text(fact.statement, "bold"), Text(), _fields(fields))
        console.print(Panel(body, box=box.ROUNDED))
        console.print(Panel(excerpt, title="in the source", title_align="left", box=box.ROUNDED))
    else:
        _plain_fact(console, fact, fields, excerpt)
    if result.source is not None and result.source.url:
        url = Text.assemble(text("source: ", "dim"), text(result.source.url, "underline"))
        console.print(url, soft_wrap=True)  # whole, as every URL
    print_notes(console, result.notes)


def _plain_fact(console: Console, fact: Fact, fields: list[Field], excerpt: Text) -> None:
    """A fact for a pipe: plain lines, each printed whole (no box, no padding, no wrapping
    by rich), its fields' labels in a column."""
    console.print(fact_id(fact.id), soft_wrap=True)
    console.print(text(fact.statement, "bold"), soft_wrap=True)
    console.print()
    width = max(len(label) for label, _ in fields) + 1
    for label, value in fields:
        console.print(Text.assemble(text(label.ljust(width), "dim"), value), soft_wrap=True)
    console.print()
    console.print(text("in the source:", "dim"))
    console.print(excerpt, soft_wrap=True)


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
    console.print(fact_id(result.note.id), soft_wrap=True)
    print_notes(console, [result.note], with_ids=False)  # its id is the heading
    if result.facts:
        console.print(Text())
        print_facts(console, result.facts, result.standings)
