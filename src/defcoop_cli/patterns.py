"""Regular expressions compiled on their first use.

A plain search imports modules whose patterns only some texts need: a typographic quote, a
hyphen, a dotted abbreviation, a terminal's escapes. `re.compile` at import compiled every
one of them on every run (about 1 ms of a search). A `Lazy` pattern compiles when first
used and then behaves as the compiled pattern does for the methods defcoop calls.
"""

from __future__ import annotations

import re

TYPE_CHECKING = False  # typing is imported by mypy alone: a search loads no typing
if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from typing import Any


class Lazy:
    """re.compile(pattern, flags), done on the first call of one of its methods."""

    __slots__ = ("_args", "_compiled")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._args = (pattern, flags)
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        found = self._compiled
        if found is None:
            found = self._compiled = re.compile(*self._args)
        return found

    @property
    def pattern(self) -> str:
        return self._args[0]

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return self.compiled.search(text, pos)

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return self.compiled.match(text, pos)

    def fullmatch(self, text: str) -> re.Match[str] | None:
        return self.compiled.fullmatch(text)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(text)

    def findall(self, text: str) -> list[str]:
        return self.compiled.findall(text)

    def split(self, text: str) -> list[str]:
        return self.compiled.split(text)

    def sub(self, replacement: str | Callable[[re.Match[str]], str], text: str) -> str:
        return self.compiled.sub(replacement, text)


def literal_heads(pattern: str, flags: int = 0, size: int = 4) -> frozenset[str] | None:
    """Strings in lower case, each of at most size characters, one of which opens every
    match of pattern (compiled with flags), read from its parse: its literals, a branch's
    or an optional part's each way, a set of a few letters each; looks around are passed
    over (they hold no character of the match); a head ends before any other part (after
    a repeat's first time). None where a match may open with no literal (a set of many
    characters, a non-ASCII letter, which re.IGNORECASE may pair with an ASCII one). A
    text of ASCII characters, in lower case, holding none of them, is matched by pattern
    nowhere, with or without re.IGNORECASE: a cheap test before the search."""
    try:
        from re import _parser  # type: ignore[attr-defined]
    except ImportError:  # Python 3.10
        import sre_parse as _parser
    ops = {getattr(_parser, name): name for name in _OPS}
    done, going = _read(list(_parser.parse(pattern, flags)), {""}, ops, size)
    heads = done | going
    return None if "" in heads or len(heads) > _MOST else frozenset(heads)


def _read(
    items: list[Any], going: set[str], ops: dict[Any, str], size: int
) -> tuple[set[str], set[str]]:
    """A parsed sequence read on from the heads going: those done (size long, or cut where
    the sequence may go on unread) and those still going at its end."""
    done: set[str] = set()
    for op, arg in items:
        if not going:
            break
        kind = ops.get(op)
        if kind in ("AT", "ASSERT", "ASSERT_NOT"):  # no character of the match
            continue
        ways: list[list[Any]] | None = None
        if kind == "LITERAL" and chr(arg).isascii():
            ways = [[(op, arg)]]
        elif kind == "SUBPATTERN":
            ways = [list(arg[-1])]
        elif kind == "BRANCH":
            ways = [list(branch) for branch in arg[1]]
        elif kind == "IN" and len(arg) <= 4 and all(ops.get(o) == "LITERAL" for o, _ in arg):
            ways = [[member] for member in arg if chr(member[1]).isascii()]
            ways = ways if len(ways) == len(arg) else None
        elif kind in ("MAX_REPEAT", "MIN_REPEAT") and arg[1] == 1:  # once or not at all
            ways = [list(arg[2])] + ([[]] if arg[0] == 0 else [])
        elif kind in ("MAX_REPEAT", "MIN_REPEAT") and arg[0] >= 1:  # its first time, then cut
            finished, on = _read(list(arg[2]), going, ops, size)
            return done | finished | on, set()
        if ways is None or len(going) > _MOST:  # a head ends here
            return done | going, set()
        if kind == "LITERAL":
            grown = {g + chr(arg).lower() for g in going}
            done |= {g for g in grown if len(g) >= size}
            going = {g for g in grown if len(g) < size}
            continue
        after: set[str] = set()
        for way in ways:
            finished, on = _read(way, going, ops, size)
            done |= finished
            after |= on
        going = after
    return done, going


_MOST = 64  # heads enough: beyond, a test as dear as the search
_OPS = (
    "AT",
    "ASSERT",
    "ASSERT_NOT",
    "LITERAL",
    "SUBPATTERN",
    "BRANCH",
    "MAX_REPEAT",
    "MIN_REPEAT",
    "IN",
)
