"""The Typer app the commands register on: its command classes, whose help reads like the
README and fits a narrow terminal, and the examples under each command's help.

The commands are built lazily: a run imports and builds the command it runs and no other
(`Group.get_command`); `defcoop --help`, completion and a mistyped command load them all.
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Callable
from typing import Any

import typer
from typer.core import TyperCommand, TyperGroup

# Every command, in the order `defcoop --help` lists them (the look-ups a reader starts
# with first, then the curator's, in the order of the curator's loop), and the module of
# cli/ that defines it (and registers it on `app` when imported).
COMMANDS = {
    **dict.fromkeys(("search", "brief", "summary", "show", "facts", "topics"), "reading"),
    **dict.fromkeys(("entities", "sources", "events", "export"), "reading"),
    "pick": "picking",
    **dict.fromkeys(("init", "draft", "review", "add", "diff", "validate", "reanchor"), "curating"),
}


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


def _show_help(ctx: Any, _param: Any, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        from defcoop_cli.output.emit import write_stdout

        write_stdout(ctx.get_help() + "\n")
        ctx.exit()


class ExamplesFit:
    """Help whose examples fit the width: one too long goes on over lines ending in ` \\`,
    broken between shell words (never inside a word or a quoted string), so that it still
    runs when copied."""

    epilog: str | None

    def get_help_option(self, ctx: Any) -> Any:
        """--help, its page written as every output is: into a closed stdout or onto a full
        disk, one line and exit 74 (click's own drops it when stdout is closed: exit 0)."""
        option = super().get_help_option(ctx)  # type: ignore[misc]
        if option is not None:
            option.callback = _show_help
        return option

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

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        """click's parser says an option's missing value without its command ("Option '-n'
        requires an argument."): given it, the message points to the command's help too."""
        try:
            rest: list[str] = super().parse_args(ctx, args)
        except typer.TyperException as e:
            if getattr(e, "ctx", True) is None:
                e.ctx = ctx  # type: ignore[attr-defined]
            raise
        return rest


class QueryCommand(Command):
    """A command whose QUERY may hold "-word", a word to leave out as a web search does
    (lookup/search/reading/notation/syntax.py): an argument of a minus, a letter and two more
    characters is a word of the query, not an option, even when it begins with one of the
    command's short options (`-nuclear`, `-tokyo`, `-exercise`: the help promises "-word
    leaves out"), unless what follows that option's letter is a value the option takes
    from a fixed list or a number (`-n10` is the limit, `-kcommitment` the kind): one that holds a
    space is an excluded phrase whatever its letters (`-"south china sea"`). Such words are taken
    out before click parses and handed back to it after a `--` (where an exclusion stands
    in a query says nothing), so click reads them as QUERY words: `'-australia malabar'`
    is a query, and `-australia` alone reaches the query's own "only excludes" message."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        end = args.index("--") if "--" in args else len(args)
        shorts = self.attached_values(ctx)
        words = [a for a in args[:end] if _excludes(a, shorts)]
        if words:
            kept = [a for a in args[:end] if not _excludes(a, shorts)]
            args = [*kept, "--", *words, *args[end + 1 :]]
        rest: list[str] = super().parse_args(ctx, args)
        return rest

    def attached_values(self, ctx: Any) -> dict[str, Callable[[str], bool]]:
        """The command's own short options, as `-n`, each with whether a value written
        against it is one it takes: a number, or one of a fixed list (a choice)."""

        def takes(kind: Any) -> Callable[[str], bool]:
            choices = getattr(kind, "choices", None)  # Typer's choice of an Enum's values
            if choices is not None:
                return frozenset(str(getattr(c, "value", c)) for c in choices).__contains__
            return _digits if kind.name in ("integer", "integer range") else _never

        return {
            name: takes(param.type)
            for param in self.get_params(ctx)
            for name in (*param.opts, *param.secondary_opts)
            if len(name) == 2 and name[0] == "-" and name[1] != "-"
        }


def _never(value: str) -> bool:
    return False


def _digits(value: str) -> bool:
    """An ASCII number ("5"; not "²", which str.isdigit takes and int() refuses)."""
    return value.isascii() and value.isdigit()


def _excludes(arg: str, shorts: dict[str, Callable[[str], bool]]) -> bool:
    """A minus, a letter and two more characters: a word to leave out, unless it is a
    short option with a value it takes attached (`-n5`, `-kevent`); a phrase (`-"south
    china sea"` as the shell hands it on) always."""
    first, *phrase = arg.strip().split(None, 1) or [""]
    return (
        len(first) > 3
        and first[0] == "-"
        and first[1].isalpha()
        and (bool(phrase) or not shorts.get(first[:2], _never)(first[2:]))
    )


class Group(ExamplesFit, TyperGroup):
    """The command list, its help wrapped like the commands'. A command is imported and
    built when it is asked for (Typer would build all of them on every run)."""

    context_class = NarrowContext

    def list_commands(self, ctx: Any) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        if cmd_name not in self.commands and cmd_name in COMMANDS:
            importlib.import_module(f"defcoop_cli.cli.{COMMANDS[cmd_name]}")
            for info in app.registered_commands:
                assert info.callback is not None
                name = info.name or typer.main.get_command_name(info.callback.__name__)
                if name == cmd_name:
                    self.add_command(
                        typer.main.get_command_from_info(
                            info,
                            pretty_exceptions_short=app.pretty_exceptions_short,
                            rich_markup_mode=app.rich_markup_mode,
                        )
                    )
        return self.commands.get(cmd_name)

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        if args and args[0] not in COMMANDS:  # a typo: every name, for "Did you mean"
            for name in COMMANDS:
                self.get_command(ctx, name)
        return super().resolve_command(ctx, args)


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
