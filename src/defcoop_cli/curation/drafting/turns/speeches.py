"""A speech as its office posts it: a head line in its first lines naming the piece and its
speaker ("Remarks by Raksha Mantri … at the Luncheon …", "Keynote address of Minister …",
"Text of the speech delivered by …"), then a body in the first person with no speakers'
labels. The body is one turn, the speaker's: his "I", his "we" of the talks and his
plain words are his (R24), as a transcript's answer's are. Any document its speaker or
writer is named in once by its form is one too (turns/forms.py: a byline, "From:",
"Speaker:", "Issued by:", a note of who read it "on behalf of" whom, a letter's signature;
else a page's metadata): the body from the line after the head's last field (or, named
at the close, from the first line). A page's author new to the fact base is its writer
when he writes as one of a delegation (turns/delegates.py: a lawmaker's activity report).

Read by its form: the form names a person of the fact base, and most
of the body's lines of some length speak in the first person (a ministry's statement
about its minister's speech, in the third person, is no speech). The speaker's addresses
("Excellencies, ladies and gentlemen,", a paragraph's "Friends," before its sentence) and
his closing thanks, in English or another language, are furniture
(furniture/formulas.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from defcoop_cli.curation.drafting.transcripts import Turn
from defcoop_cli.curation.drafting.turns.delegates import delegation_writer
from defcoop_cli.curation.drafting.turns.forms import (
    addressees,
    form_places,
    statement_speaker,
    titled_person,
)
from defcoop_cli.curation.drafting.turns.interviews import speaks_first_person
from defcoop_cli.curation.drafting.turns.talks import floor_turns, talk_speaker

BODY_WORDS = 8  # a body line of at least so many words counts in the first-person test
# An address to the audience, the whole of a line or before a sentence's first word.
_TO_THE_AUDIENCE = (
    r"(?:(?:(?:my |dear |distinguished |honou?red |esteemed )?(?:friends|guests|colleagues"
    r"|delegates|participants|excellenc(?:y|ies)(?: [A-Z][\w.'’-]*){0,3})"
    r"|ladies and gentlemen|brothers and sisters|(?:your )?excellenc(?:y|ies)))"
)
_ADDRESSES = rf"(?i:{_TO_THE_AUDIENCE}(?:,? (?:and )?{_TO_THE_AUDIENCE}){{0,4}})"
VOCATIVE = re.compile(rf"{_ADDRESSES},\s+")  # before a sentence's first word
ADDRESS_LINE = re.compile(rf"{_ADDRESSES}[,:!]?")  # the whole of a line
# A slide deck exported with its speaker notes: what the presenter says over each slide
# (R35: delivered in person, the presenter's; the acts it reports stay their doers').
_NOTES = re.compile(r"(?i)\s*(?:speaker(?:'s)? )?notes\s*:")


def _deck(lines: Sequence[tuple[int, int, str]]) -> bool:
    """Whether the text is a slide deck with its speaker notes (two labels at least)."""
    return sum(_NOTES.match(text) is not None for _, _, text in lines) >= 2


def speech_turns(
    lines: Sequence[tuple[int, int, str]],
    named: Callable[[str], tuple[str, bool] | None],
    author: str | None = None,
) -> list[Turn]:
    """The speech's one turn, from the line after its head (see the module's doc), the
    speaker the head names (named() gives the fact base's name and whether a person), or
    the author a byline or the page (author) names, from the first line; none when the
    text is no such piece or names no person of the fact base."""
    places = list(form_places(lines))
    n, who, sent = next(
        ((n, w, sent) for n, words, sent in places if (w := named(words)) and w[1]),
        (-1, named(author) if author else None, False),
    )
    # a delegation's member new to the fact base, reporting the visit on his own site
    member = who is None and delegation_writer(author, [text for _, _, text in lines])
    if member and author:
        who = (author, True)
    deck = _deck(lines)
    # a talk's speaker, named by its form only and new to the fact base (turns/talks.py):
    # a lecture's "Lecturer:", a keynote's head, the chair's hand-over, a deck's presenter
    talk = None if who else talk_speaker(lines)
    if talk:
        n, who, sent = talk[0], (talk[1], True), True
    witness = None if who else statement_speaker(lines)  # a statement for the record
    if witness:
        name = named(witness[1]) or ((t, True) if (t := titled_person(witness[1])) else None)
        n, who, sent = witness[0], name, True
    if who is None or not who[1]:
        return []  # read no line further: a one-line article's line is the article
    body = [  # the speaker's address to the audience is no line of the body (furniture)
        text
        for _, _, text in lines[n + 1 :]
        if len(text.split(maxsplit=BODY_WORDS)) >= BODY_WORDS and not ADDRESS_LINE.fullmatch(text)
    ]
    if not body:
        return []
    # a statement about a speech, in the third person, is none; a sender's letter, message
    # or statement (sent) speaks in the first person in most of its lines
    first = sum(speaks_first_person(text) for text in body)
    if deck and sent:  # a slide deck's speaker notes: the presenter says them, whatever
        if not first:  # share of them is in the first person (one line is enough)
            return []
    elif witness or talk or member:  # its form says who speaks: a third of it in his "I"
        if 3 * first < len(body):
            return []
    elif (2 * first <= len(body)) if sent else (3 * first < 2 * len(body)):
        return []
    to = next((w[0] for words in addressees(lines) if (w := named(words)) and w[1]), "")
    start = lines[n + 1][0] if n + 1 < len(lines) else lines[n][1]
    turn = Turn(start, who[0], True, False, addressee="" if to == who[0] else to)
    return [turn, *floor_turns(lines, n, who[0])]  # questions from the floor: the questioner's
