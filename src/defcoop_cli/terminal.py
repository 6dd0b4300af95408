"""Terminal safety: text from data is shown, never obeyed."""

from __future__ import annotations

import re

# C0 and C1 controls, DEL, line separators, and the bidirectional overrides that can
# reorder what is shown.
_UNSAFE = re.compile(
    r"[\x00-\x1f\x7f-\x9f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str, newlines: bool = False) -> str:
    """The text with every control character shown as an escape: ESC becomes \\x1b.

    With newlines=True, line feeds stay line feeds (for multi-line source excerpts).
    """
    if newlines:
        return "\n".join(_UNSAFE.sub(_escape, line) for line in text.split("\n"))
    return _UNSAFE.sub(_escape, text)


# What json.dumps(ensure_ascii=False) leaves raw that a terminal may still obey: DEL, C1
# controls (U+009B is CSI), bidi overrides, line separators, and lone surrogates.
_JSON_RAW = re.compile(
    r"[\x7f-\x9f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)


def json_escaped(document: str) -> str:
    """A JSON text with those characters written as \\uXXXX escapes: the same data, parsed."""
    return _JSON_RAW.sub(lambda m: f"\\u{ord(m.group()):04x}", document)
