"""A clock time opening a line, before what happened then: a chronology's or a pool
report's "21:30 - Nakatani lands…", a subtitle's time code "[00:16] First, I told…", a
log's "(10:58) …", "11:42 IST: …"; and a timeline's entry label, a date opening an entry's
line before a dash ("November 2018 — The two armies…", "5 May 2025, afternoon — …"), and,
in a timeline of three such entries or more, a short heading so placed ("What comes next —
…"); and a record's field code ("LP  ", "TD  ": `field_code`). The stamp is furniture, like a
dateline; the line's words after it are the report's."""

from __future__ import annotations

import re
from collections.abc import Sequence

# The time (hours and minutes, perhaps seconds, a zone or "a.m."), bracketed or followed by
# a dash, a colon or a bar, then the line's words. Every part is bounded: no backtracking.
_STAMP = re.compile(
    r"(?:\[\d{1,2}:\d{2}(?::\d{2})?\]|\(\d{1,2}[:.]\d{2}(?::\d{2})?\)"
    r"|\d{1,2}[:.]\d{2}(?::\d{2})?(?: ?(?:[ap]\.?m\.?|IST|JST|GMT|UTC|hrs))?"
    r"(?= ?[-–—:|] ))"
    r"(?: ?[-–—:|])? +(?=\S)",
    re.IGNORECASE,
)


def time_stamp(line: str, timeline: bool = False) -> re.Match[str] | None:
    """The clock time or the timeline's entry label opening the line, with its separator
    and spaces; a chat's stamp with its sender's label, or the app's notice whole; else
    None."""
    from defcoop_cli.curation.drafting.body.chats import chat_stamp  # a chat's line

    return _STAMP.match(line) or chat_stamp(line) or entry_label(line, timeline) or field_code(line)


# A record's field code opening a line: two or three capitals, then two spaces or more (a
# news archive's full-text export: "LP  NEW DELHI, May 5: Japan's…", "TD  It was…", "NS
# DEF01 : Defence and armed forces | …"). The code is furniture; a field whose words end in
# no sentence's stop (a list of subject codes, a publisher's name, an accession number) is
# furniture whole.
_FIELD = re.compile(r"[A-Z]{2,3} {2,}(?=\S)")
_FIELD_LINE = re.compile(r"[A-Z]{2,3} {2,}\S.*")
_PROSE_END = re.compile(r"[.!?…][\"”’)]?\s*$")


def field_code(line: str) -> re.Match[str] | None:
    """A field's code opening the line, or the line whole when its words are no prose."""
    code = _FIELD.match(line)
    if code is None or _PROSE_END.search(line):
        return code
    return _FIELD_LINE.match(line)


def field_end(line: str) -> int:
    """Where a field's words start after its code (0: no code opens the line)."""
    code = _FIELD.match(line)
    return code.end() if code else 0


_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_PART_OF_DAY = r"(?:,? (?:early |late )?(?:morning|afternoon|evening|night|noon))?"
# A date opening a line before a dash: "2014 — ", "November 2018 — ", "5 May 2025 – ",
# "May 5, 2025, afternoon — ".
_DATED_ENTRY = re.compile(
    rf"(?i:(?:\d{{1,2}} {_MONTH},? |{_MONTH} (?:\d{{1,2}},? )?)?(?:1[89]|2\d)\d\d{_PART_OF_DAY})"
    r" [—–-] (?=[A-Z\"“])"
)
_HEADED_ENTRY = re.compile(r"[A-Z][\w'’]*(?: [\w'’]+){0,3}\?? [—–] (?=[A-Z\"“])")
ENTRIES = 3  # a timeline has at least so many dated entries


def timeline_entries(lines: Sequence[str]) -> bool:
    """Whether the piece is a timeline: ENTRIES lines or more open with a date and a dash."""
    return sum(_DATED_ENTRY.match(line) is not None for line in lines) >= ENTRIES


def entry_label(line: str, timeline: bool) -> re.Match[str] | None:
    """A timeline's entry label opening the line ("November 2018 — "; in a timeline, a short
    heading "What comes next — " too), furniture before the entry's sentence."""
    return _DATED_ENTRY.match(line) or (_HEADED_ENTRY.match(line) if timeline else None)
