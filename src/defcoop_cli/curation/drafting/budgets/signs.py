"""How a news budget, an advisory or a planner is known (see the package's account): by
its items, two or more, each a block of lines (between blank lines) whose slug or budget
line is closed by its own count line, a line in the budget's form giving the story's
byline, word count and moving time and nothing else ("By A. B. About 600 words. Moved
1415.", "About 250 words. Moving by 1900.", "Expected 2030, about 400 words."). A story's
sentence with words and a time in it ("A statement of about 1,200 words was expected at
18:30.") is no count line, and one story's own count lines (an editors' note, a closing
"About 650 words. Moved 1415." in a block of its own) are no items. And a line whose label
in capitals sets a quotation under it ("KEY QUOTE: "…"", keyquotes.py), which a budget's
labelled lines are not."""

from __future__ import annotations

import re

ITEMS = 2  # a budget lists two stories or more, each closed by its own count line
_WORDS = r"(?i:(?:about|around|roughly|some|approx\.?|approximately)\s+)?\d[\d,]*\s+(?i:words)"
_TIME = (
    r"(?i:moved|moving|moves|expected|will move|to move|filed|due|sent|coming)"
    r"(?:\s+(?i:at|by|around|about))?\s+\d{1,2}[:.]?\d{2}(?:\s*(?:[A-Z]{2,4}|local|hrs))?"
)
_PIECE = rf"(?:{_WORDS}|{_TIME})"
_NOT_PIECE = r"(?!(?:About|Around|Roughly|Some|Moved|Moving|Moves|Expected|Due|Filed)\b)"
_BYLINE = rf"By\s+{_NOT_PIECE}[A-Z][\w'’-]*\.?(?:\s+(?:and\s+)?{_NOT_PIECE}[A-Z][\w'’-]*\.?)*"
_COUNT_LINE = re.compile(rf"(?:{_BYLINE}[.,;]?\s+)?{_PIECE}(?:\s*[.,;|]\s*{_PIECE})*\s*\.?")
_COUNT = re.compile(r"\b\d[\d,]*\s+words\b", re.I)
LINE = re.compile(r"(?m)^[ \t]*(\S[^\n]*?)[ \t]*$")
# A label opening a line, then a quotation: "KEY QUOTE: "…"", "Quote of the day: “…”"
QUOTE_LABEL = r"[A-Z][A-Za-z'’ ]{1,30}:"
LABELLED = re.compile(rf"{QUOTE_LABEL}[ \t]*[\"“]")

Block = list[tuple[int, int, str]]  # a block's lines: (start, end, text)


def count_line(line: str) -> bool:
    """Whether the line is a count line: a story's byline, word count and moving time, in
    the budget's form and nothing else."""
    return _COUNT_LINE.fullmatch(line.strip()) is not None and _COUNT.search(line) is not None


def blocks(text: str) -> list[Block]:
    """The text's blocks: its lines (span, text) between blank lines."""
    found: list[Block] = [[]]
    at = 0
    for m in LINE.finditer(text):
        if text.count("\n", at, m.start()) >= 2 and found[-1]:
            found.append([])
        found[-1].append((m.start(1), m.end(1), m.group(1)))
        at = m.end()
    return [b for b in found if b]


def is_item(block: Block) -> bool:
    """Whether the block is a budget's item: a count line after a line of the item's own
    (its slug, its budget line)."""
    return any(count_line(t) and not count_line(block[0][2]) for _, _, t in block[1:])


def is_budget(text: str) -> bool:
    """Whether the text is a news budget, an advisory or a planner: two items or more."""
    if _COUNT.search(text) is None:  # cheap: no word count, no budget
        return False
    return sum(is_item(b) for b in blocks(text)) >= ITEMS
