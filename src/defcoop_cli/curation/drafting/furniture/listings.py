"""Lines a page sets beside its text, by their form: a label and a list of short items
("SOURCES: India's Ministry of Defence; Japan's Ministry of Defense; officials briefed",
"This week: Delhi hosts Japan's Nakatani; a port lease in Colombo; rain delays a review"),
a table of contents or a list of sources, no sentence of the report; and a pull quote, a line
that is all one quotation of words the piece gives again in its own text (a page's display
of its own sentence, which the text's own line already drafts).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# A label of a few words ending in a colon, then three items or more between semicolons.
_LISTING = re.compile(r"\s*[\w'’ -]{1,30}:\s+([^:;]+(?:;[^:;]+){2,})")
ITEM_WORDS = 8  # an item of a listing is a phrase of at most so many words
_QUOTED_LINE = re.compile(r"\s*[\"“‘]([^\"“”‘’]{20,})[\"”’]\s*")
_WORD = re.compile(r"[^\W\d_]+")
_SIGNPOST = re.compile(
    r"\s*(?:(?:here|below) (?:is|are) (?:how|what|where|why|the|a|an|some)\b"
    r"|(?:the|these) (?:[\w-]+ ){0,2}(?:below|above) (?:is|are|was|were|draws?|comes?|rests?)\b)",
    re.IGNORECASE,
)


def signpost(sentence: str) -> bool:
    """Whether the sentence points to the piece's own parts: "Here is how…", "The notes below…"."""
    return _SIGNPOST.match(sentence) is not None


def listing(line: str) -> bool:
    """Whether the line is a label and a list of three short items or more."""
    m = _LISTING.fullmatch(line)
    items = m[1].rstrip(" .").split(";") if m else []
    return bool(items) and all(len(item.split()) <= ITEM_WORDS for item in items)


def pull_quotes(lines: Sequence[str]) -> set[int]:
    """The lines that are all one quotation of words another line of the piece gives."""
    quoted = {n: m[1] for n, line in enumerate(lines) if (m := _QUOTED_LINE.fullmatch(line))}
    if not quoted:
        return set()
    every = "\n".join(" ".join(_WORD.findall(line)) for line in lines)  # each line's words once
    found = set()
    for n, quotation in quoted.items():
        words = " ".join(_WORD.findall(quotation))
        if words and every.count(words) >= 2:  # its own line, and another
            found.add(n)
    return found
