"""What a run needs without Typer: one run's fact base (the Session), the checks every
argument passes, the search's body, the one place errors become messages and exit codes
(`outcome`), and a plain search's way around Typer (`plain_search`).

`defcoop search WORD...` is most runs. Importing Typer and building the command took some
15 ms of a search's 50 to 70 (issue 26: warm search against `fzf --filter`), so a search
whose arguments are only words, with `--json` or `--jsonl` at most (after `--facts PATH`
and `--no-default-facts` at most), is parsed here and run by the same body (`search`) with
the options' defaults; anything else (another option, a word starting with "-", another
global option, shell completion) goes to Typer. The bytes, the messages and the exit code
are the same either way (tests/cli/test_plain_search.py runs both, and holds the defaults
to the command's).
"""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext

from defcoop_cli.errors import DISK_ERRORS, DefcoopError, ExitCode, UsageError
from defcoop_cli.factbase.layers import layer_paths, stacked_layers
from defcoop_cli.factbase.limits import MAX_NAME_CHARS, MAX_QUERY_CHARS
from defcoop_cli.output.emit import Notices, PipeClosed, Style, emit, finish, give_up_stdout, say
from defcoop_cli.output.terminal import settle_screen_size

TYPE_CHECKING = False  # typing is imported by mypy alone: a search loads no typing
if TYPE_CHECKING:
    from pathlib import Path
    from typing import Any

    from defcoop_cli.factbase.loader import FactBase
    from defcoop_cli.lookup.protocol import Index


class Session:
    """One run's fact base: opened on first use, from the index cache when it can be."""

    def __init__(self, given: Sequence[Path], no_default: bool) -> None:
        self.given, self.no_default = list(given), no_default
        self._index: Index | None = None

    @property
    def layers(self) -> list[Path]:
        from pathlib import Path  # the commands' (a search opens its index by os.path)

        return [Path(p) for p in layer_paths(self.given, self.no_default)]

    @property
    def stacked(self) -> list[Path]:
        """The layers in use, perhaps none (--no-default-facts and no --facts)."""
        from pathlib import Path

        return [Path(p) for p in stacked_layers(self.given, self.no_default)]

    def index(self) -> Index:
        if self._index is None:
            from defcoop_cli.index.cache import open_index

            paths = layer_paths(self.given, self.no_default)
            self._index = open_index(paths, progress=_build_progress)
        return self._index

    def factbase(self) -> FactBase:
        return self.index().factbase()

    def close(self) -> None:
        """The index's mapped files let go of, at the end of a command."""
        if self._index is not None:
            self._index.close()


def _build_progress(total: int) -> AbstractContextManager[Callable[[int, int], None] | None]:
    """A progress bar on stderr once building the index takes over a second, on a TTY."""
    if sys.stderr is None or not sys.stderr.isatty():
        return nullcontext()
    from defcoop_cli.output.terminal import progress_after_a_delay

    return progress_after_a_delay("Building the search index", total)


# ---- the checks every argument passes before any work


def output_format(json_out: bool, jsonl: bool = False, fmt: str | None = None) -> str:
    """The one format the options ask for; options that disagree are a usage error."""
    asked = {"json"} if json_out else set()
    asked |= {"jsonl"} if jsonl else set()
    asked |= {fmt} if fmt else set()
    if len(asked) > 1:
        named = sorted(
            f"--{a}" if a in ("json", "jsonl") and a != fmt else f"--format {a}" for a in asked
        )
        raise UsageError(f"{' and '.join(named)} cannot be used together")
    return asked.pop() if asked else "rich"


def clean(arg: str, what: str, limit: int = MAX_NAME_CHARS) -> str:
    """An argument as text, checked before any work: bytes that were not UTF-8, and lone
    surrogates, become U+FFFD; one longer than the limit is a usage error."""
    if len(arg) > limit:
        raise UsageError(f"{what} is {len(arg)} characters long; the limit is {limit}")
    try:
        data = arg.encode("utf-8", "surrogateescape")  # undecodable argv bytes, restored
    except UnicodeEncodeError:
        data = arg.encode("utf-8", "surrogatepass")  # other lone surrogates
    return data.decode("utf-8", "replace")


def cleaned(values: list[str] | None, what: str, limit: int = MAX_NAME_CHARS) -> tuple[str, ...]:
    return tuple(clean(v, what, limit) for v in values or [])


def names(values: list[str] | None, what: str) -> tuple[str, ...]:
    """Names or ids to filter by, as clean() makes them; an empty one can name nothing: a
    usage error, before any work (as an empty id or name anywhere)."""
    given = cleaned(values, what)
    if any(not v.strip() for v in given):
        raise UsageError(f"{what} is empty")
    return given


def between(value: int | None, option: str, low: int, high: int | None = None) -> None:
    if value is not None and (value < low or (high is not None and value > high)):
        bounds = f"from {low} to {high}" if high is not None else f"at least {low}"
        raise UsageError(f"{option} is {value}; it must be {bounds}")


# ---- search, whichever way its arguments were read


def search(
    session: Session,
    query: list[str],
    style: Style,
    *,
    json_out: bool = False,
    jsonl: bool = False,
    limit: int = 10,
    topics: list[str] | None = None,
    entities: list[str] | None = None,
    kinds: tuple[str, ...] = (),
    sources: list[str] | None = None,
    include_editorial: bool = False,
    explain: bool = False,
) -> int:
    """The search command's body, its options' defaults the command's own."""
    from defcoop_cli.lookup import service
    from defcoop_cli.lookup.search.text import parse_query

    fmt = output_format(json_out, jsonl)
    between(limit, "--limit", 1)
    request = service.SearchRequest(
        words=cleaned(query, "the query", MAX_QUERY_CHARS),
        topics=names(topics, "--topic"),
        entities=names(entities, "--entity"),
        kinds=kinds,
        limit=limit,
        include_editorial=include_editorial,
        explain=explain,
        sources=names(sources, "--source"),
    )
    parsed = parse_query(request.words)  # a usage error before the index is opened or built
    result = service.search(session.index(), parsed, request)
    return emit(result, fmt, style)


# The options a plain search may carry besides its words: the output formats; its others
# are their defaults (--color auto, --pager).
PLAIN_FLAGS = ("--json", "--jsonl")
PLAIN_STYLE = Style(color="auto", pager=True)
# Typer's shell completion is asked for through this variable: Typer answers it.
COMPLETE_VAR = "_DEFCOOP_COMPLETE"


def plain_search(argv: Sequence[str]) -> Callable[[], int] | None:
    """`search WORD...` (with --json or --jsonl) run without Typer, its modules imported
    now, after the fact base's global options at most (`--facts PATH`, each path apart,
    and `--no-default-facts`: _fact_options); None for any other command line, which
    Typer parses."""
    options = _fact_options(argv)
    if options is None or COMPLETE_VAR in os.environ:
        return None
    given, no_default, argv = options
    if len(argv) < 2 or argv[0] != "search":
        return None
    words = [a for a in argv[1:] if a not in PLAIN_FLAGS]
    if not words or any(a.startswith("-") for a in words):
        return None
    from defcoop_cli.lookup import service  # noqa: F401 - imported before the run (main)

    def run() -> int:
        Notices.verbose = False
        flags = set(argv[1:]) & set(PLAIN_FLAGS)
        if given:  # Typer's own reading of --facts (app.main_options): its paths as Paths
            from pathlib import Path

            session = Session([Path(f) for f in given], no_default)
        else:
            session = Session([], no_default)
        json_out, jsonl = "--json" in flags, "--jsonl" in flags
        try:
            return search(session, words, PLAIN_STYLE, json_out=json_out, jsonl=jsonl)
        finally:
            session.close()

    return lambda: outcome(lambda: _as_typer_runs(run))


def _fact_options(argv: Sequence[str]) -> tuple[list[str], bool, Sequence[str]] | None:
    """The global options before the command that choose the fact base, as Typer reads
    them (`--facts PATH`, repeatable, and `--no-default-facts`), and the command line
    after them; None where they are given in any other way (`--facts=PATH`, an empty path
    or one starting with "-", which Typer parses and words its errors for) or another
    global option comes first. A cold `--no-default-facts --facts FILE search WORD`
    spares Typer's import and its commands (some 60 ms of CPU) as a plain search does."""
    given: list[str] = []
    no_default = False
    at = 0
    while at < len(argv) and argv[at].startswith("-"):
        if argv[at] == "--no-default-facts":
            no_default, at = True, at + 1
        elif argv[at] == "--facts" and at + 1 < len(argv) and argv[at + 1][:1] not in ("", "-"):
            given.append(argv[at + 1])
            at += 2
        else:
            return None
    return given, no_default, argv[at:]


class _Abort(Exception):
    """Typer's Abort, for a run that does not load Typer: said as an interruption."""


def _as_typer_runs(run: Callable[[], int]) -> int:
    """What Typer does with a command's own errors (typer.core._main): end of input is an
    abort, Ctrl-C exit 130, a closed pipe exit 1."""
    try:
        return run()
    except EOFError as e:
        print(file=sys.stderr)
        raise _Abort from e
    except KeyboardInterrupt:
        return ExitCode.INTERRUPTED
    except OSError as e:
        if e.errno == errno.EPIPE:
            return 1
        raise


# ---- the one place errors become messages and exit codes


@contextmanager
def _quiet_streams() -> Iterator[None]:
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")
    yield


# What writing Typer's own output (--help, --show-completion) can fail with: as for ours, exit 74.
WRITE_ERRORS = DISK_ERRORS | {errno.EBADF}


def _internal_error(e: Exception) -> int:
    """A bug: one line and exit 70, or the traceback with DEFCOOP_DEBUG=1."""
    if os.environ.get("DEFCOOP_DEBUG"):
        raise e
    say(f"internal error: {type(e).__name__}: {e}; rerun with DEFCOOP_DEBUG=1 for the traceback")
    return ExitCode.INTERNAL


def outcome(
    call: Callable[[], Any], usage: Callable[[Exception], int | None] = lambda e: None
) -> int:
    """Run a command and return its exit code; never raises, never prints a traceback.
    usage: the exit code of a parser's own error (said by it), None for any other."""
    settle_screen_size()
    with _quiet_streams():
        try:
            result: Any = call()
        except DefcoopError as e:
            if str(e):  # Cancelled says nothing
                say(str(e))
            return int(e.exit_code)
        except KeyboardInterrupt:
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
        except _Abort:
            say("interrupted")
            return ExitCode.INTERRUPTED
        except Exception as e:
            code = usage(e)
            return _internal_error(e) if code is None else code
    code = int(result) if isinstance(result, int) else ExitCode.FOUND
    if code == ExitCode.INTERRUPTED:  # Typer turns Ctrl-C into a silent Exit(130)
        say("interrupted")
    return code
