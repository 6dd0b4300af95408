"""A speech as its office posts it: a head line in its first lines naming the piece and its
speaker ("Remarks by Raksha Mantri … at the Luncheon …", "Keynote address of Minister …",
"Text of the speech delivered by …"), then a body in the first person with no speakers'
labels. The body is one turn, the speaker's: his "I", his "we" of the talks and his
plain words are his (R24), as a transcript's answer's are. A piece its author writes in
the first person (a minister's op-ed) is one too: the author a byline among its first
lines names ("By Rajnath Singh"), or a page's metadata, the body from the line after the
byline (or from the first line).

Read by its form: the head names a person of the fact base after its "by"/"of", and most
of the body's lines of some length speak in the first person (a ministry's statement
about its minister's speech, in the third person, is no speech). The speaker's addresses
("Excellencies, ladies and gentlemen,", a paragraph's "Friends," before its sentence) and
his closing thanks, in English or another language, are furniture
(furniture/formulas.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from defcoop_cli.curation.drafting.scripts import Turn
from defcoop_cli.curation.drafting.turns.interviews import speaks_first_person

HEAD_LINES = 10  # the head is one of the first so many lines
BODY_WORDS = 8  # a body line of at least so many words counts in the first-person test
_HEAD = re.compile(
    r"(?i)(?:(?:full )?text of (?:the )?)?(?:(?:opening|closing|concluding|keynote|welcome"
    r"|inaugural|special|prepared|valedictory) )?(?:remarks|speech|address|toast|statement"
    r"|keynote)(?: (?:as )?(?:delivered|prepared|made|given))?(?: by| of) (?P<who>\S.{2,200})"
)
# An address to the audience, the whole of a line or before a sentence's first word.
_TO_THE_AUDIENCE = (
    r"(?:(?:(?:my |dear |distinguished |honou?red |esteemed )?(?:friends|guests|colleagues"
    r"|delegates|participants|excellenc(?:y|ies)(?: [A-Z][\w.'’-]*){0,3})"
    r"|ladies and gentlemen|brothers and sisters|(?:your )?excellenc(?:y|ies)))"
)
_ADDRESSES = rf"(?i:{_TO_THE_AUDIENCE}(?:,? (?:and )?{_TO_THE_AUDIENCE}){{0,4}})"
VOCATIVE = re.compile(rf"{_ADDRESSES},\s+")  # before a sentence's first word
ADDRESS_LINE = re.compile(rf"{_ADDRESSES}[,:!]?")  # the whole of a line


# A byline: "By Rajnath Singh", "BY RAJNATH SINGH", "By Rajnath Singh | New Delhi".
_BYLINE = re.compile(r"(?i:by)\s+(?P<who>[A-Z][\w.'’ -]{2,60}?)\s*(?:[|,(–—-].{0,80})?")


def speech_head(
    lines: Sequence[tuple[int, int, str]], bylines: bool = False
) -> tuple[int, str] | None:
    """The head line's index among the lines and the words after its "by" or "of", when
    one of the first HEAD_LINES lines is a speech's head (bylines: or a byline); else None."""
    for n, (_, _, text) in enumerate(lines[:HEAD_LINES]):
        if len(text) <= 300 and (m := _HEAD.match(text) or (bylines and _BYLINE.fullmatch(text))):
            return n, m.group("who")
    return None


def speech_turns(
    lines: Sequence[tuple[int, int, str]],
    named: Callable[[str], tuple[str, bool] | None],
    author: str | None = None,
) -> list[Turn]:
    """The speech's one turn, from the line after its head (see the module's doc), the
    speaker the head names (named() gives the fact base's name and whether a person), or
    the author a byline or the page (author) names, from the first line; none when the
    text is no such piece or names no person of the fact base."""
    head = speech_head(lines, bylines=True)
    n, who_words = head if head is not None else (-1, author)
    who = named(who_words) if who_words else None
    if who is None or not who[1]:
        return []  # read no line further: a one-line article's line is the article
    body = [  # the speaker's address to the audience is no line of the body (furniture)
        text
        for _, _, text in lines[n + 1 :]
        if len(text.split(maxsplit=BODY_WORDS)) >= BODY_WORDS and not ADDRESS_LINE.fullmatch(text)
    ]
    if not body:
        return []
    if 3 * sum(speaks_first_person(text) for text in body) < 2 * len(body):
        return []  # a statement about a speech, in the third person
    return [Turn(lines[n + 1][0] if n + 1 < len(lines) else lines[n][1], who[0], True, False)]
