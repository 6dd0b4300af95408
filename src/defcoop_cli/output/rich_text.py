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


def print_whole(console: Console, line: Text) -> None:
    """An indented line (a URL) printed in one piece: the terminal wraps it, never rich."""
    console.print(Text.assemble("  ", line), soft_wrap=True)
