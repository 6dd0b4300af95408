"""How a news budget, an advisory or a planner is known (see the package's account): by
its count lines, two or more, each giving a story's word count and its moving time ("By
A. B. About 600 words. Moved 1415.", "About 250 words. Moving by 1900.", "Expected 2030,
about 400 words."). And a line whose label in capitals sets a quotation under it
("KEY QUOTE: "…"", keyquotes.py), which a budget's labelled lines are not."""

from __future__ import annotations

import re

COUNT_LINES = 2  # a budget gives two stories' counts or more
_COUNT = re.compile(r"\b\d[\d,]*\s+words\b", re.I)
_MOVES = re.compile(
    r"\b(?:moved|moving|moves|expected|will move|to move|filed|due|sent|coming)\b"
    r"[^.\n]{0,12}?\b\d{1,2}[:.]?\d{2}\b",
    re.I,
)
LINE = re.compile(r"(?m)^[ \t]*(\S[^\n]*?)[ \t]*$")
# A label opening a line, then a quotation: "KEY QUOTE: "…"", "Quote of the day: “…”"
QUOTE_LABEL = r"[A-Z][A-Za-z'’ ]{1,30}:"
LABELLED = re.compile(rf"{QUOTE_LABEL}[ \t]*[\"“]")


def count_line(line: str) -> bool:
    """Whether the line gives a story's word count and its moving time."""
    return _COUNT.search(line) is not None and _MOVES.search(line) is not None


def is_budget(text: str) -> bool:
    """Whether the text is a news budget, an advisory or a planner: two count lines or more."""
    if _COUNT.search(text) is None:  # cheap: no word count, no budget
        return False
    found = 0
    for m in LINE.finditer(text):
        found += count_line(m.group(1))
        if found >= COUNT_LINES:
            return True
    return False
