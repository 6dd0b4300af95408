"""pick's own finder, for when fzf is not installed: a query line, the matches below it and
the highlighted one's preview beside them, drawn with prompt_toolkit (imported here only).

It knows nothing of the fact base: `find` turns the typed text into (id, statement) rows,
in the order of `search`, and `preview` draws a fact's id at a width as ANSI text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple, TextIO

from defcoop_cli.output.terminal import printable

if TYPE_CHECKING:
    from prompt_toolkit.formatted_text import StyleAndTextTuples

Row = tuple[str, str]  # a fact's id and its statement
HELP = "Enter: print the id · Ctrl-O: show it · Esc: quit · Shift-↑↓: scroll the preview"


class Picked(NamedTuple):
    """How the finder ended: the key (enter or ctrl-o) and the fact's id ("" when nothing
    matched). A finder left with Esc or Ctrl-C returns None instead."""

    key: str
    fact_id: str


def line(row: Row) -> str:
    """A row as one line for fzf: the id, a tab, the statement on one line, made safe."""
    fact_id, statement = row
    return f"{fact_id}\t{printable(' '.join(statement.split()))}\n"


class _Finder:
    """The state the screen shows: the rows for the typed text, the one highlighted, and the
    previews drawn so far (a fact's preview is drawn once per width)."""

    def __init__(self, find: Callable[[str], Sequence[Row]], preview: Callable[[str, int], str]):
        self.find, self.preview = find, preview
        self.rows: Sequence[Row] = ()
        self.selected = self.scrolled = 0
        self.previews: dict[tuple[str, int], str] = {}

    def search(self, typed: str) -> None:
        self.rows, self.selected, self.scrolled = self.find(typed), 0, 0

    def move(self, by: int) -> None:
        if self.rows:
            self.selected = max(0, min(len(self.rows) - 1, self.selected + by))
            self.scrolled = 0

    def scroll(self, by: int) -> None:
        """The preview moved by lines (a long fact's quote in context is below the fold)."""
        self.scrolled = max(0, self.scrolled + by)

    def chosen(self) -> str:
        return self.rows[self.selected][0] if self.rows else ""

    def list_text(self, width: int) -> StyleAndTextTuples:
        if not self.rows:
            return [("class:dim", "  no match")]
        out: StyleAndTextTuples = []
        for i, (_, statement) in enumerate(self.rows):
            shown = printable(" ".join(statement.split()))[: max(1, width - 3)]
            style = "reverse" if i == self.selected else ""
            out += [(style, ("> " if i == self.selected else "  ") + shown), ("", "\n")]
        return out

    def preview_text(self, width: int) -> str:
        fact_id = self.chosen()
        if not fact_id or width < 10:
            return ""
        if (fact_id, width) not in self.previews:
            self.previews[(fact_id, width)] = self.preview(fact_id, width)
        lines = self.previews[(fact_id, width)].split("\n")
        self.scrolled = min(self.scrolled, max(0, len(lines) - 1))
        return "\n".join(lines[self.scrolled :])


def run(
    find: Callable[[str], Sequence[Row]],
    preview: Callable[[str, int], str],
    typed: str,
    screen: TextIO,
) -> Picked | None:
    """Show the finder on the screen (a terminal), reading keys from stdin, until Enter,
    Ctrl-O, Esc or Ctrl-C."""
    from prompt_toolkit.application import Application
    from prompt_toolkit.buffer import Buffer
    from prompt_toolkit.document import Document
    from prompt_toolkit.formatted_text import ANSI
    from prompt_toolkit.layout import HSplit, Layout, VSplit, Window
    from prompt_toolkit.layout.controls import BufferControl, FormattedTextControl
    from prompt_toolkit.layout.dimension import Dimension
    from prompt_toolkit.output import create_output

    finder = _Finder(find, preview)
    finder.search(typed)
    query = Buffer(
        document=Document(typed, len(typed)),
        multiline=False,
        on_text_changed=lambda buffer: finder.search(buffer.text),
    )
    output = create_output(stdout=screen)

    def list_width() -> int:
        return max(20, output.get_size().columns * 45 // 100)

    def preview_width() -> int:
        return output.get_size().columns - list_width() - 1

    rows = FormattedTextControl(
        lambda: finder.list_text(list_width()),
        get_cursor_position=lambda: _point(finder.selected),
    )
    body = VSplit(
        [
            Window(rows, width=lambda: Dimension.exact(list_width()), wrap_lines=False),
            Window(width=1, char="│"),
            Window(FormattedTextControl(lambda: ANSI(finder.preview_text(preview_width())))),
        ]
    )
    layout = HSplit(
        [
            VSplit(
                [
                    Window(FormattedTextControl("pick> "), width=6),
                    Window(BufferControl(query), height=1),
                ]
            ),
            Window(height=1, char="─"),
            body,
            Window(FormattedTextControl(HELP), height=1, style="class:dim"),
        ]
    )
    app: Application[Picked | None] = Application(
        layout=Layout(layout, focused_element=query),
        key_bindings=_keys(finder),
        output=output,
        full_screen=True,
    )
    app.ttimeoutlen = 0.05  # a lone Esc quits at once
    return app.run()


def _point(y: int) -> Any:
    from prompt_toolkit.data_structures import Point

    return Point(0, y)


def _keys(finder: _Finder) -> Any:
    from prompt_toolkit.key_binding import KeyBindings

    keys = KeyBindings()
    moves = {"up": -1, "c-p": -1, "c-k": -1, "down": 1, "c-n": 1, "c-j": 1}
    moves |= {"pageup": -10, "pagedown": 10}
    for key, by in moves.items():
        keys.add(key)(lambda event, by=by: finder.move(by))
    for key, by in {"s-up": -1, "s-down": 1}.items():  # as in fzf
        keys.add(key)(lambda event, by=by: finder.scroll(by))
    keys.add("enter")(lambda event: event.app.exit(result=Picked("enter", finder.chosen())))
    keys.add("c-o")(lambda event: event.app.exit(result=Picked("ctrl-o", finder.chosen())))
    for key in ("escape", "c-c", "c-g"):
        keys.add(key, eager=True)(lambda event: event.app.exit(result=None))
    return keys
