"""People's names written in another order or case than the fact base's ("NAKATANI Gen"),
found beside the names EntityMatcher finds: the names offices are given to."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from defcoop_cli.factbase.records import Entity


class PersonNames:
    """People's names written in another order or case than the fact base's: "NAKATANI
    Gen" (a Japanese readout's family name first, in capitals) is Gen Nakatani."""

    def __init__(self, entities: Iterable[Entity]) -> None:
        self.by_words: dict[frozenset[str], str] = {}
        for e in entities:
            if e.type != "person":
                continue
            for name in (e.name, *e.aliases):
                words = name.casefold().split()
                if len(words) >= 2 and all(w.isalpha() for w in words):
                    self.by_words.setdefault(frozenset(words), e.id)
        # no run longer than the longest name can be one (and runs stay linear in length)
        self.longest = max((len(w) for w in self.by_words), default=0)

    def add_to(
        self, text: str, found: Sequence[tuple[str, int, int]]
    ) -> list[tuple[str, int, int]]:
        """found, and the people it misses whose name's words a run of capitalised words
        of the text has, in any order and case (none overlapping a name found or added)."""
        extra: list[tuple[str, int, int]] = []
        taken = bytearray(len(text))  # the characters of the names found and added so far
        for _, x, y in found:
            taken[x:y] = b"\x01" * (y - x)
        for run in _CAPITALISED.finditer(text):
            words = list(re.finditer(r"\S+", run.group()))
            runs = [
                (i, j)
                for i in range(len(words))
                for j in range(i + 2, min(len(words), i + self.longest) + 1)
            ]
            for i, j in runs:
                a, b = run.start() + words[i].start(), run.start() + words[j - 1].end()
                eid = self.by_words.get(frozenset(w.group().casefold() for w in words[i:j]))
                if eid and not any(taken[a:b]):
                    extra.append((eid, a, b))
                    taken[a:b] = b"\x01" * (b - a)
        return sorted([*found, *extra], key=lambda x: x[1])


_CAPITALISED = re.compile(r"[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+)+")
