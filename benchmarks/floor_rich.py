"""The Typer floor with rich: floor.py's app, writing its (empty) output through rich.

It imports the rich modules defcoop's human output imports, and prints through a rich
Console, as any command that draws for a person must; it still does no work.
"""

from __future__ import annotations

import floor
import rich.box
import rich.panel
import rich.table
import rich.text  # noqa: F401
from rich.console import Console


def emit(text: str) -> None:
    Console().print(text, end="")


if __name__ == "__main__":
    floor.emit = emit
    floor.app()
