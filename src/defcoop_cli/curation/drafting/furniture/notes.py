"""The author's note closing a piece: "Meera Iyengar is a Senior Fellow in the Indo-Pacific
Programme at CMCS.", "The writer is a former ambassador." (pages reads the second kind).

A commentary or a column ends on a line about who wrote it, after its last sentence and
before only furniture (a disclaimer, share buttons, tags). It is no statement of the report
and its names are no entities of it. Read by its form: the last line before the closing
furniture opens with a full name, then "is"/"was" and an office or a trade (a WordNet noun
of persons: "fellow", "correspondent", "professor"), and that name is in the furniture
before it (an author line, with or without "By": "Meera Iyengar, Senior Fellow, CMCS") and
in no body line (the report's own people are named in its body, its author only in the
head; "Tomas Ek is the new fleet commander" closing a report is news).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from defcoop_cli.curation.drafting.entities import wordnet_nouns

# A full name, "is"/"was"/"has been", a determiner, then the words of an office up to a
# preposition, a comma or the sentence's end: "Meera Iyengar is a Senior Fellow in …".
_NOTE = re.compile(
    r"((?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w'’-]+),?\s+(?:is|was|has been)\s+(?:an?|the)\s+"
    r"((?:(?!(?:in|at|of|with|for|on|and|who|based)\b)[\w'’-]+\s*){1,5})"
)


def closing_note(lines: Sequence[str], furniture: Callable[[str], bool]) -> int | None:
    """The index of the line that is the author's note closing the piece, if one is."""
    last = len(lines) - 1
    while last > 0 and furniture(lines[last]):
        last -= 1
    m = _NOTE.match(lines[last]) if last > 0 else None
    if not m or m.group(2).split()[-1].lower() not in wordnet_nouns("person"):
        return None
    named = [furniture(line) for line in lines[:last] if m.group(1) in line]
    return last if named and all(named) else None


def authors_note(line: str, author: str | None, closing: bool) -> bool:
    """A line about the byline's author ("Arvind Sethi is the paper's editor"), or, closing
    the article, about a journalist ("Priya Raman is the paper's Delhi correspondent.")."""
    if closing and _JOURNALIST.match(line):
        return True
    if not author or not line.startswith(author):
        return False
    return (
        re.match(r"[\s,]+(?:is|was|has|writes|reports|covers|teaches)\b", line[len(author) :])
        is not None
    )


_JOURNALIST = re.compile(
    r"[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3} (?:is|was) [^.]{0,80}\b(?:correspondent|editor"
    r"|reporter|writer|columnist|journalist|contributor|bureau chief)\b"
)
