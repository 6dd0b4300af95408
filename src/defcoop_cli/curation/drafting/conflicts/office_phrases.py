"""Where a text names a person's office (`office_spans`): no claim's meaning, read apart.

A claim's reading of a fact's or a sentence's text (`claims.finder`) leaves out the offices
it names with the word before that says whose ("India's Defence Minister", "his Japanese
counterpart"): conflicts compare them (`offices.office_conflicts`).
"""

from __future__ import annotations

import re

from defcoop_cli.curation.drafting.conflicts.offices import _OFFICE


def office_spans(text: str) -> list[tuple[int, int]]:
    """Where a text names an office, or a counterpart, with the word before it that says
    whose ("India's Defence Minister", "his Japanese counterpart"): a person's office is
    no claim's meaning (conflicts compare it)."""
    return [m.span() for m in _OFFICE_PHRASE.finditer(text)]


def without_offices(text: str) -> str:
    """The text without the offices office_spans finds."""
    return _OFFICE_PHRASE.sub(" ; ", text)


_OFFICE_PHRASE = re.compile(
    rf"(?:(?-i:\b(?:[A-Z][a-z]+(?:['’]s)?|his|her|their)\s+))?(?:{_OFFICE.pattern}|counterparts?\b)",
    re.I,
)
