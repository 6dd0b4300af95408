"""A script read aloud to an audience (a school assembly's news reading, a radio bulletin's
script, a club's or a congregation's notices): its apparatus, which is no report's fact.

- **The salutation**: a greeting and only the audience it greets ("Good morning, respected
  Principal, respected teachers and my dear friends.", "Namaste, dear members."); not a
  greeting of someone named in a sentence that tells something ("Good morning, Mr Singh
  said as he arrived"), nor good news ("Good news for the navy: …").
- **The sign-off**: the piece's last lines made only of closing formulas ("Thank you. Jai
  Hind.", "Thank you all. Have a nice day."); thanks inside a sentence are the sentence's.
- **Its other items** (furniture/sections.py's `newsletter_items`): a script read aloud is a
  run of items like a newsletter's, cut at its headings; those naming neither the report's
  parties nor its event (a match won, a holiday, a notice) are other items. A piece is read
  aloud by readers in turn when two of its lines give a reader ("(Reader: A. Rao, IX-C)",
  "Read by: …"); a newsroom's script of one story under its director's cues ("SUPER: …",
  "VO (GV: …)") is no run of items, and its sections are the story's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from defcoop_cli.factbase.sentences import sentence_spans

READERS = 2  # a script read in turn gives so many readers' labels at least

# A reader's label: in brackets after a section's heading ("(Reader: A. Rao, IX-C)"), or a
# line of its own that gives a name and nothing else ("Read by: A. Rao"); a reader's letter
# or question under "Reader:" ("Reader: Why did the talks …?") is no reader's label.
_READER = re.compile(
    r"\((?i:reader|read by|newsreader)\s*:\s*[A-Z][^()]{0,40}\)"
    r"|^\s*(?i:reader|read by|newsreader)\s*:\s*[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}"
    r"(?:, [\w -]{1,15})?\s*$"
)

# Whom a salutation greets: the audience by their place, their title or their bond, after
# words of respect ("respected teachers", "my dear friends", "ladies and gentlemen").
_HONOUR = (
    r"(?:respected|dear|honou?rable|hon['’]ble|esteemed|beloved|distinguished|worthy|fellow"
    r"|most|very)\s+"
)
_RESPECT = rf"(?:(?:my|our|all|the|all the|all my)\s+)?(?:{_HONOUR})*"
_AUDIENCE = (
    r"(?:principal|vice[- ]principal|headmaster|headmistress|teachers?|staff|students"
    r"|friends|colleagues|members|guests|listeners|viewers|parents|everyone|everybody|all"
    r"|ladies|gentlemen|brothers|sisters|children|boys|girls|faculty|chair|chairperson"
    r"|president|sir|madam|ma['’]am|audience|congregation|parishioners|devotees|comrades)"
)
_NAME = r"(?-i:[A-Z])[\w.'’-]*"  # a capitalised word: "Principal Ma'am", "Mrs Rao"
_PART = (  # or one honoured by title or name: "respected Commodore", "dear Mrs Rao"
    rf"(?:{_RESPECT}(?:{_NAME}\s+){{0,2}}{_AUDIENCE}(?:\s+{_NAME}){{0,2}}"
    rf"|(?:(?:my|our)\s+)?(?:{_HONOUR})+{_NAME}(?:\s+{_NAME}){{0,2}})"
)
_SALUTATION = re.compile(
    r"(?i:(?:a\s+)?(?:very\s+)?(?:good\s+(?:morning|afternoon|evening|day)|namaste|namaskar"
    r"|greetings|hello|hi))(?:\s+(?i:to))?,?\s+"
    rf"(?i:{_PART}(?:\s*,\s*(?:and\s+)?{_PART}|\s+and\s+{_PART})*)\s*[.!]?"
)
# A closing formula, the whole of a sentence: thanks, a salute, a wish for the day.
_CLOSING = re.compile(
    r"(?i:(?:thank\s+you|thanks)(?:\s+(?:all|everyone|everybody))?(?:\s+(?:so|very)\s+much)?"
    r"|jai\s+hind|jai\s+bharat|vande\s+mataram|namaste|namaskar|dhanyavaa?d|shukriya"
    r"|have\s+a\s+(?:nice|good|great|wonderful)\s+day|that(?:['’]s|\s+is)\s+all(?:\s+for\s+"
    r"(?:today|now|this\s+morning))?|god\s+bless(?:\s+you)?)[.!]?"
)
CLOSING_LINES = 2  # a sign-off is so many lines at most


def read_aloud(lines: Sequence[str]) -> bool:
    """Whether the piece is a script read aloud by readers in turn (see the module's doc)."""
    return sum(1 for line in lines if _READER.search(line)) >= READERS


def salutation(sentence: str) -> bool:
    """Whether the sentence is a greeting of its audience and nothing else."""
    return _SALUTATION.fullmatch(sentence.strip()) is not None


def sign_off(lines: Sequence[str]) -> set[int]:
    """The indices of the piece's last lines made only of closing formulas."""
    found: set[int] = set()
    for n in range(len(lines) - 1, max(-1, len(lines) - 1 - CLOSING_LINES), -1):
        text = lines[n].strip()
        spans = sentence_spans(text) if text else []
        if not spans or not all(_CLOSING.fullmatch(text[a:b].strip()) for a, b in spans):
            break
        found.add(n)
    return found
