"""Clipped words read in full: "ind jpn def min mtg" is India, Japan, defence minister,
meeting. The table (clippings.tsv, built by scripts/build_clippings.py) holds English
clippings of news on government, defence and diplomacy and the ISO 3166-1 alpha-3
country codes; a code that is also an English word (ARM, CAN) counts only in capitals."""

import os
import re
from collections.abc import Callable
from functools import cache

from defcoop_cli.factbase.vocab import shipped_text

TABLE = os.path.join(os.path.dirname(__file__), "clippings.tsv")
CAPS = "caps"
_CAPITALS = re.compile(r"\b[A-Z]{3}\b")


@cache
def clippings() -> dict[str, tuple[tuple[str, ...], bool]]:
    """Each clipped word: its full words, and whether it counts only in capitals."""
    table = {}
    for line in shipped_text(TABLE).splitlines():
        word, full, kind = line.split("\t")
        table[word] = (tuple(full.split()), kind == CAPS)
    return table


def unclipped(words: list[str], text: str, held: Callable[[str], bool] | None = None) -> list[str]:
    """The words with each clipped word in full, but those held (a fact base's alias
    "USA"); a code that is an English word too only where the text writes it in
    capitals and is not written in capitals throughout."""
    table = clippings()
    if table.keys().isdisjoint(words):
        return words
    if held:
        table = {w: full for w, full in table.items() if not held(w)}
    capitals = set() if text.isupper() else {w.lower() for w in _CAPITALS.findall(text)}
    out: list[str] = []
    for word in words:
        full, caps_only = table.get(word, ((word,), False))
        out.extend(full if not caps_only or word in capitals else (word,))
    return out
