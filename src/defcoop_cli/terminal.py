"""Terminal safety: text from data is shown, never obeyed."""

from __future__ import annotations

import re
from typing import Any

# C0 and C1 controls, DEL, line separators, and the bidirectional overrides that can
# reorder what is shown. (Compiled on first use: a JSON run never needs it.)
_UNSAFE = r"[\x00-\x1f\x7f-\x9f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str, newlines: bool = False) -> str:
    """The text with every control character shown as an escape: ESC becomes \\x1b.

    With newlines=True, line feeds stay line feeds (for multi-line source excerpts).
    """
    unsafe = re.compile(_UNSAFE)  # re caches compiled patterns
    if newlines:
        return "\n".join(unsafe.sub(_escape, line) for line in text.split("\n"))
    return unsafe.sub(_escape, text)


# What json.dumps(ensure_ascii=False) leaves raw that a terminal may still obey: DEL, C1
# controls (U+009B is CSI), bidi overrides, line separators, and lone surrogates.
_JSON_RAW = r"[\x7f-\x9f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"


def json_escaped(document: str) -> str:
    """A JSON text with those characters written as \\uXXXX escapes: the same data, parsed."""
    return re.sub(_JSON_RAW, lambda m: f"\\u{ord(m.group()):04x}", document)


class after_a_second:
    """A spinner on stderr that appears only if the work inside takes over `delay` seconds.

    rich is imported only when the spinner starts, so quick work never loads it.
    """

    def __init__(self, message: str, delay: float = 1.0) -> None:
        import threading

        self._message = message
        self._lock = threading.Lock()
        self._status: Any = None
        self._done = False
        self._timer = threading.Timer(delay, self._start)
        self._timer.daemon = True

    def _start(self) -> None:
        with self._lock:
            if self._done:
                return
            from rich.console import Console

            self._status = Console(stderr=True).status(self._message)
            self._status.start()

    def __enter__(self) -> after_a_second:
        self._timer.start()
        return self

    def __exit__(self, *_: object) -> None:
        with self._lock:
            self._done = True
            self._timer.cancel()
            if self._status is not None:
                self._status.stop()
