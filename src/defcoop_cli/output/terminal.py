"""Terminal safety: text from data is shown, never obeyed."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, MutableMapping

from defcoop_cli.patterns import Lazy

TYPE_CHECKING = False  # typing is imported by mypy alone: a search loads no typing
if TYPE_CHECKING:
    from typing import Any

# What a terminal may obey besides C0 controls: DEL, C1 controls (U+009B is CSI), line
# separators, the bidirectional marks and overrides that can reorder what is shown (the
# Arabic letter mark among them), lone surrogates.
_OBEYED = r"\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff"
# What a terminal shows as nothing, or as a width it does not say (zero-width space,
# non-joiner and joiner, word joiner, the BOM, the Mongolian vowel separator, the invisible
# operators, the annotation marks that hide text, the shorthand and musical format
# controls, and the tags, an invisible copy of ASCII): they hide text, and shift borders
# and columns.
_INVISIBLE = (
    r"\u180e\u200b-\u200d\u2060-\u2064\ufeff\ufff9-\ufffb"
    r"\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0000-\U000e007f"
)
# Compiled on first use (re caches them): a JSON run needs only the second.
_UNSAFE = rf"[\x00-\x1f{_OBEYED}{_INVISIBLE}]"
_JSON_RAW = rf"[{_OBEYED}{_INVISIBLE}]"  # json.dumps already escapes C0 controls


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code > 0xFFFF:
        return f"\\U{code:08x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def _json_escape(match: re.Match[str]) -> str:
    """As JSON writes a character: beyond U+FFFF, as its UTF-16 surrogate pair."""
    code = ord(match.group())
    if code > 0xFFFF:
        code -= 0x10000
        return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"
    return f"\\u{code:04x}"


def printable(text: str, newlines: bool = False) -> str:
    """The text with every control character shown as an escape: ESC becomes \\x1b, and
    every invisible one too: a zero-width space becomes \\u200b.

    With newlines=True, line feeds stay line feeds (for multi-line source excerpts).
    """
    # Every character the pattern escapes is one str.isprintable refuses (categories Cc,
    # Cf, Cs, Zl, Zp): most texts hold none, and need no pattern (a search draws some 60).
    if (text.replace("\n", "") if newlines else text).isprintable():
        return text
    unsafe = re.compile(_UNSAFE)
    if newlines:
        return "\n".join(unsafe.sub(_escape, line) for line in text.split("\n"))
    return unsafe.sub(_escape, text)


def json_escaped(document: str) -> str:
    """A JSON text with what json.dumps(ensure_ascii=False) leaves raw but a terminal may
    obey, or shows as nothing, written as \\uXXXX escapes: the same data, once parsed."""
    if document.isascii() and "\x7f" not in document:  # most documents: no pattern to compile
        return document
    return re.sub(_JSON_RAW, _json_escape, document)


# The most columns and rows drawn for: rich pads and rules its lines to the width, so a
# COLUMNS of 99999999999 would fill the memory. No terminal is this big.
MAX_COLUMNS = MAX_LINES = 10_000


def settle_screen_size(environ: MutableMapping[str, str] = os.environ) -> None:
    """COLUMNS and LINES made what every reader of them (rich, shutil, prompt_toolkit, the
    pager) can use: a number from 1 to the most (a bigger one is the most), or unset. 0
    means unknown (as shutil reads it: rich would draw nothing at width 0); "-5", "abc" and
    "²" (a digit to str.isdigit that int() refuses: rich would raise) are not sizes."""
    for name, most in (("COLUMNS", MAX_COLUMNS), ("LINES", MAX_LINES)):
        value = environ.get(name)
        if value is None:
            continue
        if value.isascii() and value.isdigit() and int(value) > 0:
            environ[name] = str(min(int(value), most))
        else:
            del environ[name]


# Below this many columns a listing's table would cut its ids or squeeze its text into a
# column a few letters wide: each row is stacked instead, its first line whole.
NARROW = 60

# Seconds of work before progress shows: quick work never flashes a spinner.
PROGRESS_DELAY = 1.0


class progress_after_a_delay:
    """A progress bar on stderr, facts indexed out of the total, that appears only if the
    work takes over PROGRESS_DELAY seconds. Entering it gives the callback that moves it.

    rich is imported only when the bar starts, so quick work never loads it.
    """

    def __init__(self, message: str, total: int, delay: float | None = None) -> None:
        import threading

        self._message, self._total, self._completed = message, total, 0
        self._lock = threading.Lock()
        self._progress: Any = None
        self._task: Any = None
        self._done = False
        self._timer = threading.Timer(PROGRESS_DELAY if delay is None else delay, self._start)
        self._timer.daemon = True

    def _start(self) -> None:
        with self._lock:
            if self._done:
                return
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

            self._progress = Progress(
                TextColumn("{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("facts"),
                console=Console(stderr=True),
                transient=True,
            )
            self._task = self._progress.add_task(
                self._message, total=self._total, completed=self._completed
            )
            self._progress.start()

    def advance(self, completed: int, total: int) -> None:
        with self._lock:
            self._completed, self._total = completed, total
            if self._progress is not None:
                self._progress.update(self._task, completed=completed, total=total)

    def __enter__(self) -> Callable[[int, int], None]:
        self._timer.start()
        return self.advance

    def __exit__(self, *_: object) -> None:
        with self._lock:
            self._done = True
            self._timer.cancel()
            if self._progress is not None:
                self._progress.stop()


# colour and hyperlink escapes take no room on the screen
_ESCAPES = Lazy(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\]8;[^\x1b\x07]*(?:\x1b\\|\x07)")


def screen_rows(text: str, width: int) -> int:
    """The rows text takes on a terminal this many columns wide, each long line wrapped."""
    from rich.cells import cell_len

    lines = text.rstrip("\n").split("\n")
    if width <= 0:
        return len(lines)
    return sum(max(1, -(-cell_len(_ESCAPES.sub("", line)) // width)) for line in lines)
