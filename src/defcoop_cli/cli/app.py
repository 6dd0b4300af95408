"""The defcoop command line: options in, a core call, a result out through `output.emit`.

The commands live in `reading` and `curating` and register on the app of `base` when the
run asks for them (`base.Group`); this module adds the global options and `run`, where
errors become one stderr line and an exit code, and nowhere else. Its annotations are
evaluated where they are written, as `reading`'s are (Typer reads the global options').
"""

import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from defcoop_cli import __version__
from defcoop_cli.cli.base import app, examples
from defcoop_cli.cli.running import Session, outcome
from defcoop_cli.errors import ExitCode, UsageError
from defcoop_cli.output.emit import Notices, say, write_stdout


def _version(value: bool) -> None:
    if value:
        write_stdout(f"defcoop {__version__}\n")
        raise typer.Exit()


@app.callback(epilog=examples("defcoop search malabr", "defcoop brief", "defcoop COMMAND --help"))
def main_options(
    ctx: typer.Context,
    facts: Annotated[
        list[str] | None,  # str, not Path: Typer stats a Path, and a NUL byte crashes it
        typer.Option(
            "--facts",
            metavar="PATH",
            help="A fact file layered on the shipped one (repeatable; DEFCOOP_FACTS holds "
            f"several, separated by {os.pathsep!r}). Its sources resolve beside it.",
            show_default=False,
        ),
    ] = None,
    no_default_facts: Annotated[
        bool,
        typer.Option(
            "--no-default-facts",
            help="Leave out the shipped fact base: use only --facts (DEFCOOP_NO_DEFAULT_FACTS=1).",
        ),
    ] = False,
    verbose: Annotated[
        bool,
        typer.Option(
            "--verbose",
            help="Say hints (what was left out, and how to see it) on stderr even when it is "
            "not a terminal.",
        ),
    ] = False,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version."),
    ] = False,
) -> None:
    """Look up facts on India–Japan defence cooperation, each traced to its source."""
    if "" in (facts or []):  # Path("") is ".": the message would name a folder not given
        raise UsageError("--facts is empty")
    ctx.obj = Session([Path(f) for f in facts or []], no_default_facts)
    ctx.call_on_close(ctx.obj.close)
    Notices.verbose = verbose
    if ctx.invoked_subcommand is None:
        say_help(ctx.get_help())
        raise typer.Exit(ExitCode.USAGE)


def say_help(text: str) -> None:
    """Help asked for by a usage error goes to stderr, whole."""
    if sys.stderr is not None:
        print(text, file=sys.stderr)


# ---- Typer's own errors: the rest are running.outcome's


def _usage_message(e: typer.TyperException) -> str:
    ctx = getattr(e, "ctx", None)
    hint = f" (see '{ctx.command_path} --help')" if ctx is not None else ""
    return f"{e.format_message().strip()}{hint}"


def _typer_error(e: Exception) -> int | None:
    """A usage error Typer found, said; Typer's Abort (end of input), an interruption."""
    if isinstance(e, typer.TyperException):
        say(_usage_message(e))
        return int(getattr(e, "exit_code", ExitCode.USAGE))
    if isinstance(e, typer.Abort):
        say("interrupted")
        return ExitCode.INTERRUPTED
    return None


def run(argv: list[str] | None = None) -> int:
    """Run defcoop on argv and return its exit code; never raises, never prints a traceback."""
    return outcome(lambda: app(args=argv, prog_name="defcoop", standalone_mode=False), _typer_error)
