"""A timestamped log of a desk's output: a broadcaster's ticker or graphics log, a radio
station's running order, a wire's list of slugs moved. One entry a line, in columns: a
clock time ("08:30:05", "6:15 pm"), often a code in capitals for the band or slug ("TKR",
"BRK", "NEWS", "INDIA-JAPAN"), then the item's words, headline-style. It is known by its
entries: four lines or more opening with a clock time and three words or more after it, at
least half the lines that follow its first entry, most of them told as headlines, with no
full stop at their end (a chronology's or a pool report's entries, told in sentences, and
a live page's paragraphs under their stamps are no log).

- The time and code columns are furniture, whatever the codes, never a name's words: the
  item's sentence starts after them.
- An entry in capitals only (a lower third, "TALKS | SOUTH BLOCK") is furniture.
- A withdrawal or correction line is furniture: its words say so ("item withdrawn",
  "correction:", "retracted"), or its code is one the log's legend gives as a withdrawal
  ("DEL = withdrawn from air", "KILL = story killed").
- A log lists many stories: an entry about none of the meeting's parties or topics (the
  markets, the weather, a match, another political story) is furniture, as a news
  budget's other items are (items.News).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from defcoop_cli.curation.drafting.budgets.items import News, heads_apart
from defcoop_cli.curation.drafting.budgets.signs import LINE
from defcoop_cli.curation.drafting.segments import Candidate
from defcoop_cli.factbase.records import Doc

ENTRIES = 4  # a log has four timed entries or more
SHARE = 0.5  # and they are at least half of the lines after its first
CODED = 0.6  # a code column: most entries have a code in capitals after their time
# An entry's time: "08:30:05", "8:30", with its zone ("IST", "GMT") if any (never "9.21", a
# section's number)
_TIME = re.compile(r"(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:[ \t]*(?i:[ap]\.?m\.?))?[ \t]+")
_OPENED = re.compile(r"^[ \t]*" + _TIME.pattern, re.M)
WORDS = 3  # an entry has words after its time: "6:08 pm IST", a live page's stamp, has none
HEADLINES = 0.7  # and most entries are told as headlines, with no full stop at their end
# A code in capitals (a band, a slug: "TKR", "L3", "INDIA-JAPAN/DEFENCE"), then its gap
_CODE = re.compile(r"[A-Z][A-Z0-9/_-]{0,29}(?:[ \t]*[|:])?[ \t]+(?=\S)")
_WIDE_CODE = re.compile(r"[A-Z][A-Z0-9/_-]{0,29}(?:[ \t]*[|:][ \t]*|[ \t]{2,}|\t)(?=\S)")
# A withdrawal's, a correction's words
_WITHDRAWN = re.compile(
    r"\b(?i:withdrawn|withdrawal|withdraws?|retracted|retraction|corrections?|corrected"
    r"|corrects|killed (?:item|story|entry)|(?:item|story|entry) killed|scrapped|pulled from air"
    r"|taken off air|deleted|replaced by|(?:item|story|entry) (?:dropped|pulled|spiked))\b"
)
# A legend's meaning of a withdrawal: "KILL = dropped from air", "DEL = deleted"
_DROPPED = re.compile(r"\b(?i:dropped|pulled|kill|spik|delet|remov)")
# A legend's entry: "DEL = withdrawn from air", "KILL: story killed"
_LEGEND = re.compile(r"\b([A-Z][A-Z0-9]{0,9})\s*[=:]\s*([^,;|\n]+)")


def _entries(text: str) -> list[tuple[int, int, int, str]]:
    """The text's lines (start, end, where the time ends, text): -1 for a line without
    a timed entry."""
    found = []
    for m in LINE.finditer(text):
        line = m.group(1)
        t = _TIME.match(line)
        timed = t is not None and len(re.findall(r"[A-Za-z]+", line[t.end() :])) >= WORDS
        found.append((m.start(1), m.end(1), t.end() if t and timed else -1, line))
    return found


def is_log(text: str) -> bool:
    """Whether the text is a timestamped log (see the module's account)."""
    opened = _OPENED.finditer(text)  # cheap: lines opening with a time, counted in place
    if sum(1 for _ in zip(range(ENTRIES), opened, strict=False)) < ENTRIES:
        return False
    lines = _entries(text)
    first = next((n for n, x in enumerate(lines) if x[2] >= 0), None)
    if first is None:
        return False
    after = lines[first:]
    timed = [x[3] for x in after if x[2] >= 0]
    told = sum(not re.search(r"[.!?][\"”’']?$", line) for line in timed)
    return len(timed) >= max(ENTRIES, SHARE * len(after)) and told >= HEADLINES * len(timed)


def _withdrawal_codes(text: str) -> set[str]:
    """The codes the log's legend gives as a withdrawal's or a correction's."""
    return {m[1] for m in _LEGEND.finditer(text) if _WITHDRAWN.search(m[2]) or _DROPPED.match(m[2])}


def log_apart(
    text: str,
    found: Sequence[Candidate],
    furniture: Sequence[tuple[int, int]],
    doc: Doc,
) -> tuple[Sequence[Candidate], list[tuple[int, int]]]:
    """The candidates without a log's furniture, and the furniture with it; any other
    document as it came."""
    if not is_log(text):
        return found, list(furniture)
    lines = [x for x in _entries(text) if x[2] >= 0]
    coded = sum(_CODE.match(line, at) is not None for _, _, at, line in lines)
    code = _CODE if coded >= CODED * len(lines) else _WIDE_CODE
    withdrawals = _withdrawal_codes(text)
    news_item = News(doc)
    gone: list[tuple[int, int]] = []
    heads: list[tuple[int, int]] = []  # each item's time and code columns
    for a, b, at, line in lines:
        c = code.match(line, at)
        words = line[c.end() if c else at :]
        slug = c.group().strip(" \t|:") if c else ""
        if (
            not re.search(r"[a-z]", words)
            or slug in withdrawals
            or _WITHDRAWN.search(words)
            or not news_item(words)
        ):
            gone.append((a, b))
        else:
            heads.append((a, a + (c.end() if c else at)))
    return heads_apart(found, furniture, [*gone, *heads], heads)  # after its columns
