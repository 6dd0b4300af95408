"""The reporting verbs as one table, each with its stance and kind (drafting.verbs' table):
the patterns of translated and stilted prose (`stilted`) and of the lexicon (`lexicon`), then
every verb of saying in WordNet's table, reporting_verbs.tsv, found as whole words, a phrasal
verb's with its particle (`finding` finds the one a sentence turns on)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple, Protocol

from defcoop_cli.curation.drafting.verbs.lexicon import KINDS
from defcoop_cli.curation.drafting.verbs.stilted import PATTERNS
from defcoop_cli.curation.drafting.verbs.telling import HEARER_NEXT


class Finder(Protocol):
    def finditer(self, string: str, pos: int = ...) -> Iterator[re.Match[str]]: ...


class _Forms:
    """The table's forms of one stance, found as whole words (not after a determiner); a
    phrasal verb's ("filled in") with its particle next to it, or after an object of up to
    three words when a preposition or a stop follows the particle ("filled his guest in on
    the attack"; not "filled the gap in Asia")."""

    _WORD = re.compile(r"(?<![\w'’-])[A-Za-z]+(?![\w-])")
    _DETERMINER = re.compile(
        r"\b(?:the|a|an|this|that|its|their|his|her|our|these|any|no|every|each)\s+$", re.I
    )

    def __init__(self, forms: frozenset[str], hearer: bool = False) -> None:
        self.forms = frozenset(f for f in forms if " " not in f)
        phrasal: dict[str, set[str]] = {}
        for form in forms - self.forms:
            head, particle = form.split(" ")
            phrasal.setdefault(head, set()).add(particle)
        self.phrasal = {
            head: re.compile(
                rf"{head}\s+(?:(?:{'|'.join(sorted(ps))}){HEARER_NEXT if hearer else ''}"
                rf"|(?:[\w'’-]+\s+){{1,3}}?"
                rf"(?:{'|'.join(sorted(ps))})(?=\s+(?:on|about|with|to|for|at)\b|\s*[,.;:]|\s*$))"
                r"(?![\w-])",
                re.I,
            )
            for head, ps in phrasal.items()
        }

    def finditer(self, string: str, pos: int = 0) -> Iterator[re.Match[str]]:
        for m in self._WORD.finditer(string, pos):
            word = m.group().lower()
            phrasal = self.phrasal.get(word)
            hit = phrasal.match(string, m.start()) if phrasal else None
            if hit is None and word not in self.forms:
                continue
            if (
                string[: m.start()].strip(" \"“‘'")  # "Asked whether…, she said": no verb
                and not self._DETERMINER.search(string, max(0, m.start() - 12), m.start())
            ):
                yield hit or m


def _table() -> list[tuple[Finder, str, str]]:
    by_stance: dict[str, set[str]] = {}
    text = (Path(__file__).parents[1] / "reporting_verbs.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            form, stance, lemma = line.split("\t")
            by_stance.setdefault(stance, set()).add(form)
            PASTS.setdefault(lemma, []).append(form)
    forms = {s: _Forms(frozenset(f), hearer=s == "briefed") for s, f in by_stance.items()}
    return [(found, s, KINDS.get(s, "position")) for s, found in forms.items()]


PASTS: dict[str, list[str]] = {}  # the table's lemma -> its forms ("say": "said", "says")


# Whole words, not inside a compound: "much-discussed" is none. stilted.py's, the lexicon's.
VERBS: list[tuple[Finder, str, str]] = [
    *((re.compile(rf"(?<![\w-])(?:{p})(?![\w-])", re.I), s, k) for p, s, k in PATTERNS),
    *_table(),
]


class Verb(NamedTuple):
    """A reporting verb found in a sentence: where it is, the stance and the kind."""

    match: re.Match[str]
    stance: str
    kind: str
