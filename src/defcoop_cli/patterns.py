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
