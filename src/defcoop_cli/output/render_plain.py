"""The listings (search, facts, entities, topics) and validate's report for a pipe, without rich:
the bytes rich draws when stdout is not a terminal, line by line, at a fraction of the cost.

rich is slow to import (some 25 ms) and slow to lay out a long table (90% of `facts` and
`entities` at 100,000 facts). Into a pipe it draws no styles, so a listing is plain text:
a header, a rule, rows whose first column is right- or left-aligned and whose last wraps at
word boundaries (rich's rule: a word that does not fit starts the next line, a word longer
than the column is cut). `lines` draws that, or returns None where it cannot be sure of the
same bytes (a narrow width, a character rich may measure as other than one column, an id
wider than its column): rich then draws as before. tests/unit/test_render_plain.py holds
the two byte for byte. validate's report is one unwrapped line a problem and a summary line,
the same at any width.
"""

from __future__ import annotations

import itertools
import os
import re
import sys
from collections.abc import Iterable, Iterator, Sequence

from defcoop_cli.output import wording
from defcoop_cli.output.terminal import NARROW, printable

TYPE_CHECKING = False  # typing is imported by mypy alone: a search loads no typing
if TYPE_CHECKING:
    from typing import Any

    from defcoop_cli.factbase.checking.results import Report
    from defcoop_cli.lookup.results import (
        EntityList,
        FactList,
        SearchResult,
        Standing,
        TopicList,
    )

# Characters every terminal and rich count as one column. Other whitespace than the space
# is left out: rich keeps it at a line's end, where this module would not.
ONE_COLUMN = frozenset(
    [chr(c) for c in range(0x20, 0x7F)]
    + [chr(c) for c in range(0xA1, 0x300) if c != 0xAD]
    + list("‐‑‒–—―‘’‚“”„•…′″←")
)
_WORD = re.compile(r"\s*\S+\s*")  # rich's: a word and the blanks after it
RULE = "─"
Cell = list[str]


def pipe_width(color: str) -> int | None:
    """The width rich draws at when it draws for a pipe; None when it would draw for a
    terminal (stdout is one, or the environment or --color always says so)."""
    if color == "always":
        return None
    if color == "auto" and _terminal_by_environment():
        return None
    width = None
    for fd in (0, 1, 2):  # as rich: the first standard stream that is a terminal
        try:
            width = os.get_terminal_size(fd).columns
        except (AttributeError, ValueError, OSError):
            continue
        break
    columns = os.environ.get("COLUMNS")
    if columns is not None and columns.isdigit():
        width = int(columns)
    return width or 80


def _terminal_by_environment() -> bool:
    tty_compatible = os.environ.get("TTY_COMPATIBLE", "")
    if tty_compatible in ("0", "1"):
        return tty_compatible == "1"
    force_color = os.environ.get("FORCE_COLOR")
    if force_color is not None:
        return force_color != ""
    isatty = getattr(sys.stdout, "isatty", None)
    try:
        return bool(isatty and isatty())
    except ValueError:
        return False


def lines(result: Any, width: int, color: str = "auto") -> Iterator[str] | None:
    """The result's lines as rich draws them at this width for a pipe; None if this module
    does not draw this result at this width. Reading them raises NotPlain at text it
    cannot be sure to lay out as rich does, except in `facts`, whose rows rich draws one
    by one where this module cannot (so that a long listing is drawn as it is read)."""
    # Imported here, the listings' first: a listing needs no report's type (nor the typing
    # it loads); validate, whose report is drawn at any width, has loaded the listings'.
    from defcoop_cli.lookup.results import EntityList, FactList, SearchResult, TopicList

    if width >= NARROW:
        if isinstance(result, SearchResult):
            return _search_result(result, width)
        if isinstance(result, FactList):
            return _facts(result, width, color)
        if isinstance(result, EntityList) and result.rows:
            return _entities(result, width, color)
        if isinstance(result, TopicList) and result.rows:
            return _topics(result, width)
    from defcoop_cli.factbase.checking.results import Report

    return _report(result) if isinstance(result, Report) else None


class NotPlain(Exception):
    """Text this module cannot be sure to lay out as rich does."""


def wrap(text: str, width: int, fold: bool = True) -> Cell:
    """Text wrapped as rich wraps it (rich._wrap.divide_line), trailing spaces dropped; a
    word longer than the width folded (cut into pieces), or with fold=False NotPlain."""
    if not ONE_COLUMN.issuperset(text.replace("\n", "")):
        raise NotPlain
    out: Cell = []
    for line in text.split("\n"):
        if len(line) <= width:  # every word fits where it stands: no break
            out.append(line.rstrip(" "))
            continue
        breaks, offset = [], 0
        for m in _WORD.finditer(line):
            start, word = m.start(), m.group()
            length = len(word.rstrip())
            if width - offset >= length:
                offset += len(word)
            elif length > width:  # cut into pieces of the width
                if not fold:
                    raise NotPlain
                pieces = [word[i : i + width] for i in range(0, len(word), width)]
                for n, piece in enumerate(pieces):
                    if start:
                        breaks.append(start)
                    if n == len(pieces) - 1:
                        offset = len(piece)
                    else:
                        start += len(piece)
            elif offset and start:
                breaks.append(start)
                offset = len(word)
        ends = [0, *breaks, len(line)]
        out += [line[a:b].rstrip(" ") for a, b in itertools.pairwise(ends)]
    return out


def cell(text: str, width: int) -> Cell:
    """Text wrapped as rich wraps it in a table's cell, where a word longer than the column
    is cut short with an ellipsis, not folded: such a word is left to rich."""
    return wrap(text, width, fold=False)


def _one_line(value: str, width: int) -> str:
    """An id or a header: never wrapped; wider than its column, rich would crop it."""
    if len(value) > width or not ONE_COLUMN.issuperset(value):
        raise NotPlain
    return value


def _table(
    width: int,
    headers: Sequence[str],
    rows: Iterable[tuple[str, Cell] | Cell],
    first: int = 0,
    right: bool = False,
) -> Iterator[str]:
    """rich's full-width SIMPLE_HEAD table (no edges, a blank line between rows): a first
    column of `first` characters (right-aligned if asked) when there are two, then the
    wrapping one, of the rest of the width."""
    if first:
        last = width - first - 3
        if last < 2:
            raise NotPlain
        head = headers[0].rjust(first) if right else headers[0].ljust(first)
        yield f"{head}   {_one_line(headers[1], last)}".rstrip(" ")
    else:
        yield _one_line(headers[0], width)
    yield RULE * width
    for n, row in enumerate(rows):
        if n:
            yield ""
        if isinstance(row, list):  # a row's lines, drawn already
            yield from row
            continue
        lead, cell = row
        lead = lead.rjust(first) if right else lead.ljust(first)
        for i, line in enumerate(cell):
            yield f"{lead if i == 0 else ' ' * first}   {line}".rstrip(" ")


def _claim_type(fact: Any, standing: Standing | None, width: int) -> Cell:
    parts = [fact.kind, fact.attribution, fact.stance]
    if standing is not None:
        parts.append(wording.source_label(standing.source))
        reports = wording.reports(standing.corroboration)
        if reports:
            parts.append(reports)
        parts += [wording.disputed(c.note) for c in standing.conflicts]
    return cell(" · ".join(printable(p) for p in parts), width)


def _fact_cell(fact: Any, standing: Standing | None, width: int) -> Cell:
    return [
        _one_line(printable(fact.id), width),
        *_claim_type(fact, standing, width),
        *cell(printable(fact.statement), width),
    ]


def _shown(shown: int, total: int, width: int) -> Iterator[str]:
    if total > shown:
        yield from wrap(f"{shown} of {total} shown; --limit {total} shows them all", width)


def _search(result: SearchResult, width: int) -> Iterator[str]:
    if not result.matches:
        return
    scores = [f"{m.score:.1f}" for m in result.matches]
    first = max([len("score"), *map(len, scores)])
    last = width - first - 3
    if result.partial:
        yield from wrap(printable(wording.closest_heading(result.partial)), width)
        if result.explain:
            yield from wrap(printable(wording.closest_explained(result.partial)), width)
    if result.explain and (japanese := wording.read_in_japanese(result.query.given)):
        yield from wrap(printable(japanese), width)

    def rows() -> Iterator[tuple[str, Cell]]:
        for score, m, standing in zip(scores, result.matches, result.standings, strict=True):
            lines = _fact_cell(m.fact, standing, last)
            if result.explain:
                for d in m.details:
                    lines += cell(printable(f"  {wording.why(d)}"), last)
            elif wording.related_words(m.details):
                lines += cell(printable(f"  {wording.related_words(m.details)}"), last)
            yield score, lines

    yield from _table(
        width, ("score", "fact · kind · said by · stance · source"), rows(), first, right=True
    )
    yield from _shown(len(result.matches), result.total, width)


def _search_result(result: SearchResult, width: int) -> Iterator[str]:
    """The results' table, then the curator notes that match under it (above it when they
    give a date asked for), a blank line between (render_rich's SearchResult)."""
    parts = [p for p, has in ((_search, result.matches), (_notes, result.notes)) if has]
    for i, part in enumerate(parts[::-1] if result.notes_first else parts):
        if i:
            yield ""
        yield from part(result, width)


def _notes(result: SearchResult, width: int) -> Iterator[str]:
    """The notes as render_rich.print_notes prints them: each wrapped to the width, its
    sides and references indented two columns (and wrapped to the rest), a reference's URL
    on a line of its own, never wrapped."""
    yield from wrap("Curator notes that match (not the article's words):", width)
    for n in (m.note for m in result.notes):
        said = f"{printable(wording.note_label(n.type, n.basis))}: {printable(n.text)}"
        yield from wrap(said + printable(f" [{n.id}]"), width)
        for side in n.sides:
            under = f"Side: {printable(side.label)}" + printable(f" [{', '.join(side.facts)}]")
            yield from _indented(under, width)
        for r in n.references:
            ref = wording.reference(r.publisher, r.title, r.published.isoformat(), r.via)
            yield from _indented(f"Reference: {printable(ref)}", width)
            url = printable(r.url)
            if not ONE_COLUMN.issuperset(url):
                raise NotPlain
            yield f"  {url}".rstrip(" ")
    if result.explain:
        for m in result.notes:
            yield from wrap(printable(f"  {m.note.id} ({m.score:.1f}):"), width)
            for d in m.details:
                yield from wrap(printable(f"    {wording.why(d)}"), width)


def _indented(text: str, width: int) -> Iterator[str]:
    """rich's Padding of two columns on the left: wrapped to the rest of the width."""
    for line in wrap(text, width - 2):
        yield f"  {line}".rstrip(" ")


def _facts(result: FactList, width: int, color: str) -> Iterator[str]:
    if result.facts:
        rows = (
            _fact_row(f, s, width, color)
            for f, s in zip(result.facts, result.standings, strict=True)
        )
        yield from _table(width, ("fact · kind · said by · stance · source",), rows)
    yield from _shown(len(result.facts), result.total, width)


def _fact_row(fact: Any, standing: Standing, width: int, color: str) -> Cell:
    """A fact's row; drawn by rich, alone, where its text may not be one column a
    character. The table has one column as wide as the table, so a row's lines do not
    depend on the other rows: they are the lines under rich's header and rule."""
    try:
        return _fact_cell(fact, standing, width)
    except NotPlain:
        from defcoop_cli.lookup.results import FactList
        from defcoop_cli.output import render_rich

        alone = FactList((fact,), 1, 0, (standing,))
        return render_rich.render(alone, color, width).split("\n")[2:-1]


def _entities(result: EntityList, width: int, color: str) -> Iterator[str]:
    """The entities' table, each row drawn as it is read: the id column is as wide as the
    longest id, which the result knows before any row is read (ids are slugs: one column a
    character). A row whose text may not be one column a character is drawn by rich,
    alone, in a table whose first column has that width: the lines it draws in the whole
    table (the second column takes the rest of the width, whatever the other rows hold)."""
    from defcoop_cli.lookup.results import EntityList  # the result module is loaded

    first = max(len("entity"), result.id_width)
    last = width - first - 3

    def rows() -> Iterator[tuple[str, Cell] | Cell]:
        for row in result.rows:
            e = row.entity
            about = f"{printable(e.name)} · {printable(e.type)} · "
            about += wording.plural(row.fact_count, "fact")
            if e.aliases:
                about += "\naliases: " + ", ".join(f"“{printable(n)}”" for n in e.aliases)
            try:
                yield _one_line(printable(e.id), first), cell(about, last)
            except NotPlain:
                from defcoop_cli.output import render_rich

                alone = EntityList((row,), result.id_width)
                yield render_rich.render(alone, color, width).split("\n")[2:-1]

    yield from _table(width, ("entity", "name · type · facts"), rows(), first)


def _topics(result: TopicList, width: int) -> Iterator[str]:
    """The topics' table: rich's three columns, the id's and the count's as wide as their
    widest cell (the count's right-aligned), the title's the rest of the width. Every row
    is known before the first is drawn (the counts are), so a row this module cannot be
    sure of leaves the whole table to rich."""
    ids = [printable(row.topic.id) for row in result.rows]
    counts = [str(row.fact_count) for row in result.rows]
    first = max(len("topic"), *map(len, ids))
    second = max(len("facts"), *map(len, counts))
    last = width - first - second - 6
    if last < 2:
        raise NotPlain
    lead = f"{'topic'.ljust(first)}   {'facts'.rjust(second)}   "
    yield (lead + _one_line("title and description", last)).rstrip(" ")
    yield RULE * width
    for n, (topic_id, count, row) in enumerate(zip(ids, counts, result.rows, strict=True)):
        if n:
            yield ""
        t = row.topic
        about = f"{printable(t.title)}\n{printable(t.description)}"
        if t.aliases:
            about += "\nalso: " + ", ".join(f"“{printable(a)}”" for a in t.aliases)
        lead = f"{_one_line(topic_id, first).ljust(first)}   {count.rjust(second)}   "
        for i, line in enumerate(cell(about, last)):
            yield (f"{lead if i == 0 else ' ' * len(lead)}{line}").rstrip(" ")


def _report(result: Report) -> Iterator[str]:
    """validate's problems, one line each, then its summary: never wrapped, whatever the
    width (rich_curation.report prints them with soft_wrap)."""
    for p in result.problems:
        yield printable(f"{p.where}: {p.code}: {p.message}").rstrip(" ")
    yield printable(wording.summary(result)).rstrip(" ")
