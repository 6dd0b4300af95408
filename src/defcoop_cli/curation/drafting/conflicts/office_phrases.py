"""Where a text names a person's office (`office_spans`): no claim's meaning, read apart.

A claim's reading of a fact's or a sentence's text (`claims.finder`) leaves out the offices
it names with the word before that says whose ("India's Defence Minister", "his Japanese
counterpart"): conflicts compare them (`offices.office_conflicts`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from defcoop_cli.curation.drafting.conflicts.given_offices import OFFICE


def office_spans(text: str) -> list[tuple[int, int]]:
    """Where a text names an office, or a counterpart, with the word before it that says
    whose ("India's Defence Minister", "his Japanese counterpart"): a person's office is
    no claim's meaning (conflicts compare it)."""
    if not may_name_office(text):
        return []
    return [m.span() for m in _OFFICE_PHRASE.finditer(text)]


def without_offices(text: str) -> str:
    """The text without the offices office_spans finds."""
    return _OFFICE_PHRASE.sub(" ; ", text) if may_name_office(text) else text


def may_name_office(text: str) -> bool:
    """Whether an office may be named in text, by a cheap test first: every office phrase
    holds an office or "counterpart" (its word of whose is optional), every match of which
    opens with one of their literal heads (`patterns.literal_heads`); an ASCII text holding
    none of them in lower case names none (a big base's first draft reads some 6,600 texts,
    two in three of the generated base's with none)."""
    heads = _heads()
    if heads is None or not text.isascii():
        return True
    lowered = text.lower()
    return any(h in lowered for h in heads)


@lru_cache(maxsize=1)
def _heads() -> frozenset[str] | None:
    from defcoop_cli.patterns import literal_heads

    return literal_heads(_OFFICE_CORE, re.I)


_OFFICE_CORE = rf"(?:{OFFICE.pattern}|counterparts?\b)"  # what every office phrase holds
_OFFICE_PHRASE = re.compile(
    rf"(?:(?-i:\b(?:[A-Z][a-z]+(?:['’]s)?|his|her|their)\s+))?{_OFFICE_CORE}", re.I
)
