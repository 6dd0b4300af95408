"""The one way out: a result and a format in, bytes on stdout and messages on stderr.

stdout carries data only, written whole or not at all (but a listing of facts into a pipe
or a file, which is written as it is drawn): every write is checked, short writes are
resumed, and a full disk, an I/O error or a closed stdout ends the run with one line on
stderr and exit 74. A reader that goes away (`| head`) ends the output quietly.
Messages go to stderr, one line each, and are dropped when stderr is closed: they never
reach stdout. A result's messages (what changes the answer's meaning: nothing found, a
refused change) are said always; its hints (what was left out and how to see it) only when
stderr is a terminal, or with --verbose, so that a script's stderr stays quiet.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Iterator
from contextlib import closing, suppress

from defcoop_cli.errors import ExitCode, OutputError, UsageError
from defcoop_cli.output.terminal import json_escaped, printable, screen_rows
from defcoop_cli.tuples import NamedTuple

TYPE_CHECKING = False  # typing is imported by mypy alone: a search loads no typing
if TYPE_CHECKING:
    from typing import Any, Protocol
else:  # a protocol mypy checks; at run time nothing derives from it
    Protocol = object

FORMATS = ("rich", "markdown", "json", "jsonl")
COLORS = ("auto", "always", "never")
DEFAULT_PAGER = "less -FRX"


class Style(NamedTuple):
    """How human output reaches the reader: colour (auto, always, never) and whether a
    terminal may page output taller than the screen."""

    color: str = "auto"
    pager: bool = True


class Result(Protocol):
    """What every command returns: whether it found something, and what to say about it."""

    @property
    def found(self) -> bool: ...

    @property
    def messages(self) -> tuple[str, ...]: ...


class Notices:
    """Whether hints reach a stderr that is not a terminal: --verbose, set for each run."""

    verbose = False


class PipeClosed(Exception):
    """The reader of stdout has gone: stop writing, quietly."""


def emit(result: Any, fmt: str, style: Style | None = None) -> int:
    """Write the result in the format (through a pager when a terminal needs one), then its
    messages; the exit code it calls for."""
    style = style or Style()
    encoding = "utf-8" if fmt.startswith("json") else None
    with suppress(PipeClosed):
        if fmt == "json" and not style.pager:
            _write_pieces(result)
        elif not _streamed(result, fmt, style.color, encoding):
            text = _escaped(render(result, fmt, style.color), fmt)
            if not (style.pager and _paged(text)):
                write_stdout(text, encoding)
    from defcoop_cli.output.wording import hints, messages  # not every command's words

    for message in messages(result):
        say(message)
    for hint in hints(result):
        notice(hint)
    return int(ExitCode.FOUND if result.found else ExitCode.NOT_FOUND)


# How much of a streamed listing is drawn before it is written: few writes, little held.
STREAM_CHUNK = 1 << 16


def _streamed(result: Any, fmt: str, color: str, encoding: str | None) -> bool:
    """Write a listing of facts or entities as it is drawn, when it goes to a pipe or a
    file as plain lines or --jsonl: `| head` ends it at once, and it holds one batch, not
    all. False when it is not such a listing (or rich must draw it): the caller writes it
    whole. A listing cut short by a full disk leaves what was written, as any streaming
    tool."""
    from defcoop_cli.lookup.results import EntityList, FactList

    if not isinstance(result, FactList | EntityList) or _on_terminal():
        return False
    lines = _listing_lines(result, fmt, color)
    if lines is None:
        return False
    from defcoop_cli.output.render_plain import NotPlain

    chunk: list[str] = []
    size, written = 0, False
    try:
        for line in lines:
            chunk.append(line)
            size += len(line)
            if size >= STREAM_CHUNK:
                write_stdout("".join(chunk), encoding)
                chunk, size, written = [], 0, True
    except NotPlain:  # a header rich must draw: only before the first row is written
        if written:
            raise
        return False
    write_stdout("".join(chunk), encoding)
    return True


def _listing_lines(result: Any, fmt: str, color: str) -> Iterator[str] | None:
    if fmt == "jsonl":
        from defcoop_cli.output import render_json

        return render_json.json_lines(result)
    if fmt != "rich":
        return None
    from defcoop_cli.output import render_plain

    width = render_plain.pipe_width(color)
    drawn = None if width is None else render_plain.lines(result, width, color)
    return None if drawn is None else (line + "\n" for line in drawn)


def _write_pieces(result: Any) -> None:
    """A JSON text that is not paged, written piece by piece as it is rendered: a draft
    is never held whole."""
    from defcoop_cli.output import render_json

    with closing(render_json.pieces(result)) as pieces:
        for piece in pieces:
            write_stdout(_escaped(piece, "json"), "utf-8")


def _escaped(text: str, fmt: str) -> str:
    """Every JSON document but a draft is escaped already; a draft is written raw for its
    file and a pipe (the curator's own text), and escaped like the rest for a person."""
    return json_escaped(text) if fmt.startswith("json") and _on_terminal() else text


def pager_command() -> list[str]:
    """DEFCOOP_PAGER, else PAGER, else `less -FRX`; empty (no pager) if the one set is empty."""
    import shlex

    for name in ("DEFCOOP_PAGER", "PAGER"):
        if name in os.environ:
            return shlex.split(os.environ[name])
    return shlex.split(DEFAULT_PAGER)


def _on_terminal() -> bool:
    stream = sys.stdout
    try:
        return stream is not None and stream.isatty()
    except ValueError:  # closed
        return False


def _paged(text: str) -> bool:
    """Show text through the pager if stdout is a terminal and text is taller than it.
    False when it was not paged (and must still be written)."""
    stream = sys.stdout
    if stream is None or not text or not stream.isatty():
        return False
    try:
        width, height = os.get_terminal_size(stream.fileno())
    except (OSError, ValueError):
        return False
    command = pager_command()
    # a size of 0 is unknown
    if height <= 0 or screen_rows(text, width) < height or not command:
        return False
    return _run_pager(command, text.encode(stream.encoding or "utf-8", "backslashreplace"))


# The rows of a screen whose size is not known: the one-screen brief's 80×24.
ONE_SCREEN = 24


def screen_room(result: Any) -> int:
    """The rows an output may take and still fit one screen: the terminal's rows
    (ONE_SCREEN when stdout is no terminal), less the rows of the hints said under it and
    the row of the prompt after them."""
    stream = sys.stdout
    width, height = 0, 0
    if _on_terminal():
        with suppress(OSError, ValueError):
            width, height = os.get_terminal_size(stream.fileno())
    if height <= 0:  # unknown: as the one-screen brief is measured
        columns = os.environ.get("COLUMNS", "")
        width, height = (int(columns) if columns.isdigit() else 80), ONE_SCREEN
    err = sys.stderr
    shown = Notices.verbose or (err is not None and err.isatty())
    from defcoop_cli.output.wording import hints

    said = "".join(f"defcoop: {printable(h)}\n" for h in hints(result)) if shown else ""
    return height - 1 - (screen_rows(said, width) if said else 0)


def _run_pager(command: list[str], data: bytes) -> bool:
    import signal
    import subprocess

    env = dict(os.environ)
    env.setdefault("LESS", "FRX")  # as git does: quit if one screen, keep colours
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the pager's
    try:
        try:
            pager = subprocess.Popen(command, stdin=subprocess.PIPE, env=env)
        except OSError:
            return False  # no such pager: write the output as it is
        assert pager.stdin is not None
        with suppress(BrokenPipeError):  # the reader quit the pager early
            pager.stdin.write(data)
        with suppress(BrokenPipeError):
            pager.stdin.close()
        pager.wait()
    finally:
        signal.signal(signal.SIGINT, previous)
    return True


def render(result: Any, fmt: str, color: str = "auto") -> str:
    """The result as text in one of FORMATS."""
    if fmt == "json":
        from defcoop_cli.output import render_json

        written: str = render_json.text(result)
        return written
    if fmt == "jsonl":
        from defcoop_cli.lookup.results import EventList, FactList, SearchResult
        from defcoop_cli.output import render_json

        if not isinstance(result, SearchResult | FactList | EventList):
            raise UsageError("--jsonl is for 'search', 'facts' and 'events' only")
        return render_json.lines(result)
    if fmt == "markdown":
        from defcoop_cli.output import render_markdown

        return render_markdown.document(result)
    from defcoop_cli.output import render_plain

    width = render_plain.pipe_width(color)
    if width is not None:  # into a pipe: a listing needs no rich
        try:
            drawn = render_plain.lines(result, width, color)
            if drawn is not None:
                return "".join(line + "\n" for line in drawn)
        except render_plain.NotPlain:
            pass
    from defcoop_cli.output import render_rich

    return render_rich.render(result, color, rows=screen_room(result))


def write_stdout(text: str, encoding: str | None = None) -> None:
    """All of text on stdout, in the encoding (stdout's own by default), or an error."""
    stream = sys.stdout
    if stream is None:
        raise OutputError("cannot write output: stdout is closed")
    data = text.encode(encoding or stream.encoding or "utf-8", "backslashreplace")
    fd = _fileno(stream)
    if fd is None:  # not a real file: a test's buffer
        buffer = getattr(stream, "buffer", None)
        if buffer is None:
            stream.write(text)
        else:
            buffer.write(data)
        stream.flush()
        return
    _write_all(fd, data)


def _fileno(stream: Any) -> int | None:
    """The stream's file descriptor, anything it buffered written first; None if it has none."""
    try:
        fd = int(stream.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        return None
    try:
        stream.flush()
    except BrokenPipeError:
        _silence(fd)
        raise PipeClosed from None
    except OSError as e:
        raise OutputError(f"cannot write output: {e.strerror or e}") from None
    return fd


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        try:
            written = os.write(fd, view)
        except BrokenPipeError:
            _silence(fd)
            raise PipeClosed from None
        except InterruptedError:
            continue
        except OSError as e:
            raise OutputError(f"cannot write output: {e.strerror or e}") from None
        if written <= 0:
            raise OutputError("cannot write output: the write made no progress")
        view = view[written:]


def _silence(fd: int) -> None:
    """The reader closed the pipe (| head): later writes to fd go nowhere, quietly."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fd)
    os.close(devnull)


def give_up_stdout() -> None:
    """Once a failure to write stdout has been said: what Python still buffers goes nowhere,
    so that flushing it at exit cannot fail, and be said, a second time."""
    if sys.stdout is None:
        return
    with suppress(OSError, ValueError):  # no file behind it, or closed: nothing to silence
        _silence(sys.stdout.fileno())


def say(message: str) -> None:
    """One line on stderr, data in it made harmless; nothing at all if stderr is closed."""
    stream = sys.stderr
    if stream is None:
        return
    line = f"defcoop: {printable(message)}\n"
    data = line.encode(stream.encoding or "utf-8", "backslashreplace")
    with suppress(OutputError, PipeClosed, OSError):  # nowhere left to say it
        fd = _fileno(stream)
        if fd is None:
            stream.write(line)
            stream.flush()
        else:
            _write_all(fd, data)


def notice(message: str) -> None:
    """A hint: said on a terminal, or with --verbose; a pipe or a log file is left quiet."""
    stream = sys.stderr
    if stream is not None and (Notices.verbose or stream.isatty()):
        say(message)


def finish(code: int) -> int:
    """The exit code once whatever Python still buffers (Typer's help, say) is written: 74 if
    stdout cannot take it."""
    for stream in (sys.stdout, sys.stderr):
        if stream is None:
            continue
        try:
            stream.flush()
        except BrokenPipeError:
            with suppress(OSError):
                _silence(stream.fileno())
        except OSError as e:
            if stream is sys.stdout:
                say(f"cannot write output: {e.strerror or e}")
                give_up_stdout()
                return int(ExitCode.IO_ERROR)
    return code
