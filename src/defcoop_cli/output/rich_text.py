"""The pieces every rich drawing is made of: text from the data made safe, ids that are
never cut, and the width below which layouts stack instead of using columns.

Text from the fact base is always wrapped in Text after `printable`, so markup such as
"[bold]" or ":warning:" and control characters in the data are shown, never obeyed.
"""

from __future__ import annotations

from collections.abc import Iterable

from rich.console import Console
from rich.text import Text

from defcoop_cli.output.terminal import NARROW, printable


def text(value: str, style: str = "", newlines: bool = False) -> Text:
    return Text(printable(value, newlines), style=style)


def fact_id(value: str, style: str = "bold cyan") -> Text:
    """An id: never wrapped, never cut, so it can be copied whole."""
    return Text(printable(value), style=style, no_wrap=True, overflow="ignore")


def ids(fact_ids: Iterable[str]) -> Text:
    return text(" [" + ", ".join(fact_ids) + "]", "dim cyan")


def narrow(console: Console) -> bool:
    return console.width < NARROW


def print_unfolded(console: Console, value: Text, indent: int = 0) -> None:
    """Text wrapped at its spaces to the width (less the indent), each line printed whole: a
    word wider than that (an id) is never folded, as rich folds it, but left for the
    terminal to wrap, so that it can still be copied or piped in one piece."""
    whole = value.copy()
    whole.overflow = "ignore"  # as the text's own: it wraps, and cuts no word
    for line in whole.wrap(console, max(console.width - indent, 1)):
        console.print(Text.assemble(" " * indent, line), soft_wrap=True)


def print_whole(console: Console, line: Text) -> None:
    """An indented line (a URL) printed in one piece: the terminal wraps it, never rich."""
    console.print(Text.assemble("  ", line), soft_wrap=True)
