"""The Typer app the commands register on: its command classes, whose help reads like the
README and fits a narrow terminal, and the examples under each command's help."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import typer
from typer.core import TyperCommand, TyperGroup

if TYPE_CHECKING:
    pass


class NarrowContext(typer.Context):
    """Help wrapped to the terminal however narrow (click's own floor is 50 columns, which
    overflows a 40-column pane), down to HELP_MIN_WIDTH."""

    def make_formatter(self) -> Any:
        import shutil

        width = self.terminal_width
        if width is None:
            columns = shutil.get_terminal_size().columns
            width = max(min(columns, self.max_content_width or 80) - 2, HELP_MIN_WIDTH)
        return self.formatter_class(width=width, max_width=self.max_content_width)


HELP_MIN_WIDTH = 30


class Command(TyperCommand):
    """A Typer command whose usage line reads like the README (`QUERY...`, `FACT_ID`),
    without the braces Typer puts around required arguments, and whose help fits a narrow
    terminal."""

    context_class = NarrowContext

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        pieces = super().collect_usage_pieces(ctx)
        return [p[1:-1] if p.startswith("{") and p.endswith("}") else p for p in pieces]


class Group(TyperGroup):
    """The command list, its help wrapped like the commands'."""

    context_class = NarrowContext


app = typer.Typer(
    name="defcoop",
    cls=Group,
    help="Look up facts on India–Japan defence cooperation, each traced to its source.",
    invoke_without_command=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)


def examples(*lines: str) -> str:
    """A command's help epilog: its examples, kept as written (\\b stops rewrapping)."""
    return "\b\nExamples:\n" + "\n".join(f"  {line}" for line in lines)
