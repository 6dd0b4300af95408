"""The defcoop command line: options in, a core call, a result out through `output.emit`.

The commands live in `reading` and `curating` and register on the app of `base` when the
run asks for them (`base.Group`); this module adds the global options and `run`, where
errors become one stderr line and an exit code, and nowhere else. Its annotations are
evaluated where they are written, as `reading`'s are (Typer reads the global options').
"""

import errno
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer

from defcoop_cli import __version__
from defcoop_cli.cli.base import app, examples
from defcoop_cli.cli.options import Session
from defcoop_cli.errors import DISK_ERRORS, DefcoopError, ExitCode
from defcoop_cli.output.emit import Notices, PipeClosed, finish, give_up_stdout, say, write_stdout


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
    ctx.obj = Session([Path(f) for f in facts or []], no_default_facts)
    Notices.verbose = verbose
    if ctx.invoked_subcommand is None:
        say_help(ctx.get_help())
        raise typer.Exit(ExitCode.USAGE)


def say_help(text: str) -> None:
    """Help asked for by a usage error goes to stderr, whole."""
    if sys.stderr is not None:
        print(text, file=sys.stderr)


# ---- the one place errors become messages and exit codes


@contextmanager
def _quiet_streams() -> Iterator[None]:
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")
    yield


def _usage_message(e: typer.TyperException) -> str:
    ctx = getattr(e, "ctx", None)
    hint = f" (see '{ctx.command_path} --help')" if ctx is not None else ""
    return f"{e.format_message().strip()}{hint}"


# What writing Typer's own output (--help, --show-completion) can fail with: as for ours, exit 74.
WRITE_ERRORS = DISK_ERRORS | {errno.EBADF}


def _internal_error(e: Exception) -> int:
    """A bug: one line and exit 70, or the traceback with DEFCOOP_DEBUG=1."""
    if os.environ.get("DEFCOOP_DEBUG"):
        raise e
    say(f"internal error: {type(e).__name__}: {e}; rerun with DEFCOOP_DEBUG=1 for the traceback")
    return ExitCode.INTERNAL


def run(argv: list[str] | None = None) -> int:
    """Run defcoop on argv and return its exit code; never raises, never prints a traceback."""
    with _quiet_streams():
        try:
            result: Any = app(args=argv, prog_name="defcoop", standalone_mode=False)
        except DefcoopError as e:
            if str(e):  # Cancelled says nothing
                say(str(e))
            return int(e.exit_code)
        except typer.TyperException as e:
            say(_usage_message(e))
            return int(getattr(e, "exit_code", ExitCode.USAGE))
        except (KeyboardInterrupt, typer.Abort):
            say("interrupted")
            return ExitCode.INTERRUPTED
        except (BrokenPipeError, PipeClosed):  # the reader has gone (`| head`): quietly
            return finish(ExitCode.FOUND)
        except SystemExit as e:  # Typer's --show/--install-completion end the run themselves
            return e.code if isinstance(e.code, int) else int(e.code is not None)
        except OSError as e:
            if e.errno not in WRITE_ERRORS:
                return _internal_error(e)
            say(f"cannot write output: {e.strerror or e}")
            give_up_stdout()
            return ExitCode.IO_ERROR
        except Exception as e:
            return _internal_error(e)
    code = int(result) if isinstance(result, int) else ExitCode.FOUND
    if code == ExitCode.INTERRUPTED:  # Typer turns Ctrl-C into a silent Exit(130)
        say("interrupted")
    return code
