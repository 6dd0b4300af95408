"""A caption sheet: a photo agency's captions, each a paragraph ending in its photo's credit
("… on May 5, 2025. (Photo by A/B)"). In a page a caption repeats the story and is
furniture (`pages.is_furniture`); in a sheet the captions are the story. A text is one when
at least MIN_CAPTIONS lines are captions of a sentence or more and every other line is
furniture. A caption's credit stays furniture, and so does the head it opens with in
capitals ("NEW DELHI, INDIA - MAY 5: ") or its number ("Photo 1: ", "Picture 2 - ")."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from defcoop_cli.curation.drafting.pages import CREDIT_END

MIN_CAPTIONS = 2
# A sentence's end before the credit.
_ENDS = re.compile(r"[.!?][\"”’)]?\s*$")
# A caption's head in capitals up to its colon; no colon inside, so tried once a place.
_HEAD = re.compile(r"(?=[^a-z:\n]{0,60}[A-Z]{3})[^a-z:\n]{4,60}:\s+(?=[A-Z\"“])")
# A caption's number: "Photo 1: ", "Picture 2 - ", "Image 3. ".
_NUMBER = re.compile(
    r"(?i:photo|picture|image|pic|figure|fig\.)\s?\d{1,3}\s?[:.–—-]\s+(?=[A-Z\"“])"
)


def caption_lines(lines: Sequence[str], furniture: Callable[[str], bool]) -> dict[int, int]:
    """A caption sheet's captions: each line's number and where its credit starts; empty
    when the text is no caption sheet (a line that is neither a caption nor furniture)."""
    found: dict[int, int] = {}
    for n, line in enumerate(lines):
        credit = CREDIT_END.search(line)
        if credit and _ENDS.search(line, 0, credit.start()):
            found[n] = credit.start()
        elif not furniture(line):
            return {}
    return found if len(found) >= MIN_CAPTIONS else {}


def caption_head(line: str) -> re.Match[str] | None:
    """A caption's head in capitals ("NEW DELHI, INDIA - MAY 5: ") or its number ("Photo 1:
    "), else None."""
    return _HEAD.match(line) or _NUMBER.match(line)


# A shot's framing opening its description: "Wide of…", "Mid of…", "Close-up of…",
# "Tracking shot of…", "Pan across…", "Exterior of…", "Various of…", "SOUNDBITE" aside.
_SHOT = re.compile(
    r"(?:(?:very |extreme |medium |mid-|low-angle |high-angle )?(?:wide|mid|medium|close|close-up"
    r"|tight|tracking|aerial|overhead|exterior|interior|various|cutaway|pan|tilt|zoom|pull-out"
    r"|push-in|two-shot|establishing)(?: shots?| view)?|[Pp]an(?:s|ning)?|[Zz]oom(?:s|ing)?)"
    r" (?:of|across|from|to|in on|out from|along|over)\b",
    re.IGNORECASE,
)


def shot_line(text: str) -> bool:
    """Whether a (numbered) line describes a video shot by its framing: a shot list's."""
    return _SHOT.match(text) is not None
