"""Clipped words read in full: "ind jpn def min mtg" is India, Japan, defence minister,
meeting. The table (clippings.tsv, built by scripts/build_clippings.py) holds English
clippings of news on government, defence and diplomacy, a defence attaché's cable
abbreviations (GOI, MEA, ATK, PRODN) and the ISO 3166-1 alpha-3 country codes; a code
that is also an English word (ARM, CAN, IO) counts only in capitals. A cable runs two
clippings together ("DEFMIN", "MILMIL", "MARSECOPS"): such a word is read by its parts, but
for an English word two clippings spell (the table keeps "infract" as itself)."""

import os
import re
from collections.abc import Callable
from functools import cache

from defcoop_cli.factbase.vocab import shipped_text

TABLE = os.path.join(os.path.dirname(__file__), "clippings.tsv")
CAPS = "caps"
MIN_PART = 2  # "ct" of "CTOPS"
_CAPITALS = re.compile(r"\b[A-Z]{2,3}\b")


@cache
def clippings() -> dict[str, tuple[tuple[str, ...], bool]]:
    """Each clipped word: its full words, and whether it counts only in capitals."""
    table = {}
    for line in shipped_text(TABLE).splitlines():
        word, full, kind = line.split("\t")
        table[word] = (tuple(full.split()), kind == CAPS)
    return table


def run_together(word: str, table: dict[str, tuple[tuple[str, ...], bool]]) -> tuple[str, ...]:
    """A word two clippings (not codes in capitals only) spell run together, read by their
    full words, once each ("MILMIL": military); () for any other word."""
    for i in range(MIN_PART, len(word) - MIN_PART + 1):
        first, second = table.get(word[:i]), table.get(word[i:])
        if first and second and not first[1] and not second[1]:
            return tuple(dict.fromkeys((*first[0], *second[0])))
    return ()


def unclipped(words: list[str], text: str, held: Callable[[str], bool] | None = None) -> list[str]:
    """The words with each clipped word in full, but those held (a fact base's alias
    "USA"); a code that is an English word too only where the text writes it in
    capitals and is not written in capitals throughout."""
    table = clippings()
    split = {w: run_together(w, table) for w in words if w not in table and len(w) > MIN_PART * 2}
    if table.keys().isdisjoint(words) and not any(split.values()):
        return words
    if held:
        table = {w: full for w, full in table.items() if not held(w)}
    capitals = set() if text.isupper() else {w.lower() for w in _CAPITALS.findall(text)}
    out: list[str] = []
    for word in words:
        parts = split.get(word) if not (held and held(word)) else None
        full, caps_only = table.get(word, (parts or (word,), False))
        out.extend(full if not caps_only or word in capitals else (word,))
    return out
