"""A teaching case's own apparatus: the lines a training institute's case study sets around
its narrative. None is a statement of the report it carries:

- its restriction notice, a line opening on the use it is for ("For training use only. This
  case is not an official account …", "For teaching purposes only."); a sentence going on
  after the use ("For training purposes, the two navies will share a range.") is news;
- a lettered or numbered discussion item in lower case that is an indirect question ("(c)
  whether, and how, the drill should have …", "2. how far the talks …"): no main clause, so
  no statement (a question with its mark is furniture already, R3); an item opening on a
  subject ("(c) the two navies agreed …") tells the news;
- a directive to whoever runs the session, the addressee's label and a colon, then a verb's
  base form ("Facilitators: allow 40 minutes …", "Instructors: divide the class …"), the line
  whole; a label then a subject ("Facilitators: the ministry said …") is news, and so is a
  sentence with no colon ("Trainees should note that …", judged as the case's own voice);
- a running header or footer, parts apart by bars, one a page's number ("Kell Institute |
  Case Series in Maritime Talks | Page 2 of 5").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from defcoop_cli.curation.drafting.body.kept import spans_apart
from defcoop_cli.curation.drafting.body.wrapped import Line
from defcoop_cli.curation.drafting.furniture.apparatus.instructions import a_verb, speakers_tag
from defcoop_cli.curation.drafting.segments import Candidate

_NOTICE = re.compile(
    r"For (?:training|teaching|classroom|course|internal|instructional|educational)"
    r"(?: use| purposes)(?: only)?\.(?:\s|$)"
)
_MARKER = r"(?:\([a-z]\)|[a-z]\.|\([ivx]{1,4}\)|\d{1,2}[.)])"
_ITEM = re.compile(
    rf"{_MARKER}\s+(?:whether|how|why|what|which|when|where|who|to what extent|in what way)\b"
)
_DIRECTIVE = re.compile(
    r"(?:Facilitators?|Instructors?|Tutors?|Teachers?|Trainers?|Moderators?|Trainees"
    r"|Students|Participants|Note (?:to|for) (?:facilitators|instructors|tutors|teachers))"
    r"\s*:\s+([A-Z]?[a-z]+)\b"
)
_PAGE = re.compile(r"(?:Page|p\.)\s+\d{1,4}(?:\s+of\s+\d{1,4})?")
PARTS = 3  # a running header has the page's number and two parts besides at least


def case_apparatus(
    every: Sequence[Line], found: Sequence[Candidate], furniture: Sequence[tuple[int, int]]
) -> tuple[Sequence[Candidate], list[tuple[int, int]]]:
    """The candidates without a teaching case's apparatus, and the furniture with it (the
    module's account); `every` the text's lines (segments.lines, trimmed)."""
    gone = [(x.start, x.end) for x in every if _apparatus(x.text)]
    return spans_apart(found, furniture, gone, replacing=True)


def _apparatus(line: str) -> bool:
    """Whether a line is a case's notice, indirect question, directive or running header."""
    if _NOTICE.match(line) or _ITEM.match(line) or _running(line):
        return True
    if speakers_tag(line):
        return False
    m = _DIRECTIVE.match(line)
    return m is not None and a_verb(m[1].title())


def _running(line: str) -> bool:
    """Whether a line is a running header or footer: parts apart by bars, one a page's."""
    parts = [p.strip() for p in line.split("|")]
    return len(parts) >= PARTS and any(_PAGE.fullmatch(p) for p in parts)
