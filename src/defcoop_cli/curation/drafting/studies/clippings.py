"""An annotation export's apparatus: the file an e-reader or a read-later app writes of its
reader's highlights and notes ("My Clippings", a highlights export). Read by its clip
headers: a line that names an annotation (a highlight, a note, a bookmark, a clipping, an
annotation, perhaps "Your …" and a colour) and where or when it was made, in fields ("-
Your Highlight on page 211 | Location 3188-3191 | Added on Sunday, 18 January 2026",
"Highlight (yellow) · Page 12 · 3 Feb 2026", "Note - Location 455 - Created 4 Feb 2026");
two such lines at least, two of them saying where in the work unless the clips stand
between an export's rules ("=========="); a header's date is a stamp, a date and clock and
no more (an editor's "Note, 6 May 2025: An earlier version of this story …" is the story's,
and a dated "Comment, 5 May 2025" over a paragraph no clip). In such a document these
are the export's, no source's statement:

- the clip headers themselves (their "Location", "Added" no entities);
- the line right above a header that names the work, when it is no sentence (its title
  and authors, "The Long Coast: A History (A. Rao; K. Mori)", repeated above each clip);
- the reader's own notes: the lines under a note's header, up to the next header, the
  next title line or a separator ("=========="), and a note labelled in a highlight's
  place ("Note: check this date", "My note: …"). A reader's note is the reader's, not
  the work's (the reader doubting the book's date makes no date of the book's).

What a highlight quotes stays: the work's statement. A news story that mentions a
reader's highlight once ("Her note on page 12 reads …") has no two headers and is left
alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # a leaf: body/dating.py reads the headers, apparatus.py the spans
    from defcoop_cli.curation.drafting.body.wrapped import Line

HEADERS = 2  # an export heads two clips at least
_KIND = r"(?:highlight|note|bookmark|annotation|clipping|clip|comment|excerpt)"
_NOTE_KIND = r"(?:note|comment|annotation)"
# A field giving where or when: "on page 211", "Page 12", "Location 3188-3191", "Loc. 45",
# "p. 12", "12%", "Added on …", "Created: …", a date "3 Feb 2026" or "2026-02-03"
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_WHERE = (
    r"(?:(?:on |at )?(?:page|p\.|pg\.?|location|loc\.?|position|chapter|ch\.) ?[\divxlc]+"
    r"(?:[-–]\d+)?|\d{1,3} ?%)"
)
# a stamp's date and clock, no more: "Sunday, 18 January 2026 21:14:07", "3 Feb 2026",
# "2026-02-03 10:15"; an editor's dated note ("Note, 6 May 2025: An earlier version …") runs
# on into free text after its date and is no clip's header
_CLOCK = r"(?:,? (?:at )?\d{1,2}[:.]\d\d(?:[:.]\d\d)?(?: ?[ap]\.?m\.?)?(?: (?-i:[A-Z]{2,4}))?)?"
_DAY = (  # its year may go unsaid only after a stamp's verb ("Added on Monday, 2 March")
    rf"(?:(?:[a-z]+day,? )?(?:\d{{1,2}} {_MONTH}|{_MONTH} \d{{1,2}})YEAR"
    r"|\d{4}-\d\d-\d\d|\d{1,2}/\d{1,2}/\d{2,4})"
)
_STAMPED = _DAY.replace("YEAR", r"(?:,? \d{4})?")
_DATED = _DAY.replace("YEAR", r",? \d{4}")
_WHEN = (
    rf"(?:(?:added|created|highlighted|noted|saved|modified|updated)(?: on| at)?:? "
    rf"{_STAMPED}|{_DATED}){_CLOCK}"
)
_FIELD = rf"(?:{_WHERE}|{_WHEN})"
_SEP = r"\s*(?:[|·•,;]|\s[-–—]\s)\s*"
_HEADER = re.compile(
    rf"(?:[-•*]\s*)?(?:your |my )?(?P<kind>{_KIND})(?: ?\([a-z ]{{1,20}}\))?"
    rf"(?:(?:{_SEP}|\s+)(?P<where>{_WHERE})(?:(?:{_SEP}|\s+){_FIELD})*|{_SEP}{_WHEN})",
    re.I,
)
_SEPARATOR = re.compile(r"[=\-_*~]{5,}")
_RULE = re.compile(r"={5,}")  # an export's rule between clips
# A note set in a highlight's place: "Note: …", "My note: …", "Reader's note - …"
_LABELLED_NOTE = re.compile(
    rf"(?:[-•*]\s*)?(?:my |reader'?s |your )?{_NOTE_KIND}\s*[:–—-]\s+\S", re.I
)
# A sentence's end: a title line ends in none ("… of Asia (N. Rao; H. Takeda)")
_STOPPED = re.compile(r"[.!?][\"”’)]?$")


def clip_spans(every: Sequence[Line]) -> list[tuple[int, int]]:
    """The spans of an annotation export's apparatus among its lines (see the module's
    doc), in order; none in any other text."""
    headers = {n: m for n, line in enumerate(every) if (m := _HEADER.fullmatch(line.text.strip()))}
    if len(headers) < HEADERS or not _export(every, headers.values()):
        return []
    titles = {n - 1 for n in headers if n > 0 and _title(every[n - 1].text, n - 1 in headers)}
    gone = set(headers) | titles
    for n, m in headers.items():
        if not re.fullmatch(_NOTE_KIND, m["kind"], re.I):
            continue
        for k in range(n + 1, len(every)):
            if k in headers or k in titles or _SEPARATOR.fullmatch(every[k].text.strip()):
                break
            gone.add(k)  # the reader's note, however it reads
    gone |= {n for n, line in enumerate(every) if _LABELLED_NOTE.match(line.text)}
    return [(every[n].start, every[n].end) for n in sorted(gone)]


def _export(every: Sequence[Line], headers: Iterable[re.Match[str]]) -> bool:
    """Whether the headers are an export's: HEADERS of them say where in the work (a page,
    a location), or the clips stand between an export's rules ("=========="); a dated
    "Comment, 5 May 2025" over a story's paragraph is no clip's header."""
    placed = sum(m["where"] is not None for m in headers)
    return placed >= HEADERS or any(_RULE.fullmatch(line.text.strip()) for line in every)


def clip_header(line: str) -> bool:
    """Whether a line is an annotation's header: its stamp ("Added on …") is the day a
    reader marked a passage, no day of the work's (body/dating.py)."""
    return _HEADER.fullmatch(line.strip()) is not None


def _title(line: str, header: bool) -> bool:
    """Whether the line above a clip's header names the work: no header itself, no
    separator, no sentence."""
    line = line.strip()
    return not header and not _SEPARATOR.fullmatch(line) and not _STOPPED.search(line)
