"""The brief drawn with rich: output.brief's sections, each line cut at its URLs;
and the events a brief can be of, as a timeline."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from rich.console import Console
from rich.table import Table
from rich.text import Text

from defcoop_cli.lookup.results import Briefing, EventList, EventRow, SourceRef
from defcoop_cli.output import wording
from defcoop_cli.output.brief.fit import fitted
from defcoop_cli.output.brief.layout import layout
from defcoop_cli.output.brief.lines import Section, Segment
from defcoop_cli.output.rich_text import fact_id, ids, narrow, print_unfolded, print_whole, text
from defcoop_cli.output.terminal import screen_rows

SEGMENT_STYLES = {
    "label": "bold",
    "flag": "bold red",
    "note": "dim",
    "items": "italic",
    "url": "dim underline",
    "title": "bold reverse",
    "mark": "dim cyan",
    "marks": "dim",
    "hint": "dim",
}


def _line(segments: Iterable[Segment]) -> Text:
    out = Text()
    for seg in segments:
        out.append(text(seg.text, SEGMENT_STYLES.get(seg.kind, ""), newlines=True))
        if seg.facts and seg.kind != "mark":  # a mark stands for its facts
            out.append(ids(seg.facts))
    return out


def briefing(b: Briefing, console: Console) -> None:
    """The brief: whole with --full; else the short brief fitted to the console's height
    (the rows it may take), the wrapped rows counted as drawn at its width."""
    if b.full:
        _draw(layout(b), console)
        return
    _draw(fitted(b, lambda sections: _rows(sections, console.width), console.height), console)


def _rows(sections: list[Section], width: int) -> int:
    """The rows the sections take on a terminal this wide, drawn as `_draw` draws them."""
    sink = Console(width=width, color_system=None, highlight=False, markup=False, emoji=False)
    with sink.capture() as captured:
        _draw(sections, sink)
    return screen_rows(captured.get(), width)


def _draw(sections: list[Section], console: Console) -> None:
    """The sections; each line cut at its URLs, each URL printed whole on a line of its
    own. Below NARROW columns every line is printed whole too, for the terminal to wrap
    (no id is folded); wider, bullets hang in a grid."""
    stacked = narrow(console)
    for n, section in enumerate(sections):
        if n and section.gap:
            console.print()
        if section.title:
            console.print(text(section.title, "bold underline"))
        grid = _bullet_grid() if section.bullets and not stacked else None
        for line in section.lines:
            bullet = "•" if section.bullets else ""
            for body, url in _stretches(line):
                if body is not None:
                    if grid is not None:
                        grid.add_row(text(bullet or " "), body)
                    elif stacked:
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
                    print_whole(console, url)
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


def events(result: EventList, console: Console) -> None:
    """Each event, oldest first: its date, kind and id on a line of their own (the id
    whole), then its title, place and parties, its reports and its background."""
    for n, row in enumerate(result.rows):
        e = row.event
        when = wording.long_date(e.date.isoformat()) if e.date else "undated"
        if n:
            console.print()
        lead = Text.assemble(text(when, "bold"), text(f" · {e.kind} · "), fact_id(e.id, "cyan"))
        console.print(lead, soft_wrap=True)
        print_unfolded(console, _event_body(row), 2)


def _reporter(source: SourceRef) -> str:
    """'paper (Harbour Wire, 4 March 2025)'; 'ministry (5 May 2025)', the id said once."""
    if source.publisher:
        return f"{source.id} ({wording.source_label(source)})"
    return source.id + (f" ({wording.long_date(source.published)})" if source.published else "")


def _event_body(row: EventRow) -> Text:
    e = row.event
    body = text(e.title, "bold")
    where = [e.place or "place not given"]
    where += [f"parties: {', '.join(row.parties)}"] if row.parties else []
    body.append_text(text("\n" + " · ".join(where), newlines=True))
    if e.date_note:
        body.append_text(text("\n" + e.date_note, "dim", newlines=True))
    told = "; ".join(map(_reporter, row.sources))
    count = wording.event_reports(row.reports)
    body.append_text(text(f"\nreported by {told} · {count}", "dim", newlines=True))
    if e.background:
        body.append_text(text(f"\nbackground: {', '.join(e.background)}", "dim", newlines=True))
    return body
