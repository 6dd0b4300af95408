"""A roundup's or a newsletter's other items: the news beside the item being drafted.

A news-in-brief roundup or a newsletter announces its items in its head ("In this
roundup: Defence | Railways | Weather | Markets", or "In this issue" over a bulleted list
of the items' titles) and gives each under its own heading ("RAILWAYS", "Visiting scholar
joins the Centre"). Only one of them is the report being drafted; the others are other
news, no statement of it, and their names no entities of it. Read by that form: the
contents line's items, found again as lines of the body (whole lines, any case) in the
order announced, at least two of them, split the body into sections; the longest section
(in words) is the item drafted, every line of the others is furniture. A piece that
announces no contents, or whose headings are not found again, keeps all its lines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# "In this roundup:", "In this issue", "In today's edition -", opening a line of the head
_CONTENTS = re.compile(
    r"(?i)in (?:this|today'?s|the) (?:issue|roundup|round-up|edition|bulletin|newsletter"
    r"|digest|briefing)\b\s*[:—–-]?\s*"
)
_ITEM_SPLIT = re.compile(r"\s*[|;·•]\s*")
_BULLET = re.compile(r"[-•*–]\s+|\d{1,2}[.)]\s+")
MAX_HEADING_WORDS = 12  # an item's title or label is a line of at most so many words


def _key(line: str) -> str:
    return " ".join(line.lower().split()).rstrip(".:")


def _announced(lines: Sequence[str]) -> tuple[int, list[str]] | None:
    """The index of the last line of the contents and the items they announce, if the
    piece has them."""
    for number, line in enumerate(lines):
        m = _CONTENTS.match(line)
        if not m:
            continue
        rest = line[m.end() :].strip()
        if rest:  # "In this roundup: Defence | Railways | Weather"
            return number, [item for item in _ITEM_SPLIT.split(rest) if item]
        items = []  # "In this issue" over "- Visiting scholar joins the Centre"
        for following in lines[number + 1 :]:
            bullet = _BULLET.match(following)
            if not bullet:
                break
            items.append(following[bullet.end() :])
        return number + len(items), items
    return None


def other_items(lines: Sequence[str]) -> set[int]:
    """The indices of the lines that belong to a roundup's items other than the one
    drafted (see the module's doc); empty when the piece is no roundup."""
    found = _announced(lines)
    if found is None:
        return set()
    last, items = found
    wanted = [_key(item) for item in items if len(item.split()) <= MAX_HEADING_WORDS]
    starts: list[int] = []
    at = last + 1
    for item in wanted:
        match = next((n for n in range(at, len(lines)) if _key(lines[n]) == item), None)
        if match is None:
            continue
        starts.append(match)
        at = match + 1
    if len(starts) < 2:
        return set()
    bounds = list(zip(starts, [*starts[1:], len(lines)], strict=True))
    sizes = [sum(len(lines[n].split()) for n in range(a + 1, b)) for a, b in bounds]
    kept = sizes.index(max(sizes))
    return {n for i, (a, b) in enumerate(bounds) if i != kept for n in range(a, b)}
