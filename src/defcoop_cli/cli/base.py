"""The Typer app the commands register on: its command classes, whose help reads like the
README and fits a narrow terminal, and the examples under each command's help."""

from __future__ import annotations

import inspect
from typing import Any

import typer
from typer.core import TyperCommand, TyperGroup


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


class ExamplesFit:
    """Help whose examples fit the width: one too long goes on over lines ending in ` \\`,
    broken between shell words (never inside a word or a quoted string), so that it still
    runs when copied."""

    epilog: str | None

    def format_epilog(self, ctx: Any, formatter: Any) -> None:
        if self.epilog:
            formatter.write_paragraph()
            with formatter.indentation():
                room = formatter.width - formatter.current_indent
                formatter.write_text(fitted(inspect.cleandoc(self.epilog), room))


class Command(ExamplesFit, TyperCommand):
    """A Typer command whose usage line reads like the README (`QUERY...`, `FACT_ID`),
    without the braces Typer puts around required arguments, and whose help fits a narrow
    terminal."""

    context_class = NarrowContext

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        pieces = super().collect_usage_pieces(ctx)
        return [p[1:-1] if p.startswith("{") and p.endswith("}") else p for p in pieces]


class Group(ExamplesFit, TyperGroup):
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


EXAMPLE_INDENT = "  "


def fitted(epilog: str, room: int) -> str:
    """The epilog with each example longer than room columns continued over lines."""
    lines = []
    for line in epilog.splitlines():
        if line.startswith(EXAMPLE_INDENT) and len(line) > room:
            lines += continued(shell_words(line), room)
        else:
            lines.append(line)
    return "\n".join(lines)


def continued(words: list[str], room: int) -> list[str]:
    """Words on lines of at most room columns (a word longer than that alone on its own),
    each but the last ending in a backslash, the later ones indented further."""
    lines: list[str] = []
    line = EXAMPLE_INDENT + words[0]
    for word in words[1:]:
        if len(line) + len(word) + len(" \\") + 1 > room:
            lines.append(line + " \\")
            line = EXAMPLE_INDENT * 2 + word
        else:
            line += " " + word
    return [*lines, line]


def shell_words(line: str) -> list[str]:
    """A command line split at the spaces outside quotes, each word as written."""
    words: list[str] = []
    word, quote = "", ""
    for ch in line:
        if quote:
            quote = "" if ch == quote else quote
        elif ch in "'\"":
            quote = ch
        elif ch == " ":
            words, word = ([*words, word] if word else words), ""
            continue
        word += ch
    return [*words, word] if word else words
