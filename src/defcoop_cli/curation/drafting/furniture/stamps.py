"""A clock time opening a line, before what happened then: a chronology's or a pool
report's "21:30 - Nakatani lands…", a subtitle's time code "[00:16] First, I told…", a
log's "(10:58) …", "11:42 IST: …". The time is furniture, like a dateline; the line's words
after it are the report's."""

from __future__ import annotations

import re

# The time (hours and minutes, perhaps seconds, a zone or "a.m."), bracketed or followed by
# a dash, a colon or a bar, then the line's words. Every part is bounded: no backtracking.
_STAMP = re.compile(
    r"(?:\[\d{1,2}:\d{2}(?::\d{2})?\]|\(\d{1,2}[:.]\d{2}(?::\d{2})?\)"
    r"|\d{1,2}[:.]\d{2}(?::\d{2})?(?: ?(?:[ap]\.?m\.?|IST|JST|GMT|UTC|hrs))?"
    r"(?= ?[-–—:|] ))"
    r"(?: ?[-–—:|])? +(?=\S)",
    re.IGNORECASE,
)


def time_stamp(line: str) -> re.Match[str] | None:
    """The clock time opening the line, with its separator and spaces, else None."""
    return _STAMP.match(line)
