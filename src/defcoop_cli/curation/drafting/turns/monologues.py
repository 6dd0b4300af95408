"""A monologue without labels: a video message or a recorded statement whose speaker names
himself among its first lines ("I am Nakatani Gen, Minister of Defense.", "My name is …",
"This is …"). From that line on the text is his turn (turns/voices.py reads it: "I", "we"
and what no one else is named saying are his), when most of its lines from there speak in
the first person; the lines before it (a title, a source line) stay the publisher's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from defcoop_cli.curation.drafting.entities import EntityMatcher
from defcoop_cli.curation.drafting.transcripts import Turn
from defcoop_cli.curation.drafting.turns.entries.heads import headed_turns
from defcoop_cli.curation.drafting.turns.interviews import (
    first_person_named,
    interview_turns,
    speaks_first_person,
)
from defcoop_cli.curation.drafting.turns.letters import letter_turns
from defcoop_cli.curation.drafting.turns.speeches import speech_turns

FIRST_LINES = 8  # the self-introduction stands among the first lines
# "I am X", "My name is X", "This is X": the words up to a stop, bounded.
_INTRO = re.compile(r"(?:^|[.!?]\s+)(?:I am|I['’]m|[Mm]y name is|[Tt]his is)\s+([^,.;:!?]{3,60})")
_TITLE_WORDS = re.compile(r"(?:[A-Z][\w.’'-]*\s+){0,4}")  # "Defence Minister " before a name


def _introduced(line: str, matcher: EntityMatcher, people: frozenset[str]) -> str | None:
    """The person of the fact base the line's speaker says he is, else None."""
    m = _INTRO.search(line)
    if m is None:
        return None
    found = sorted((a, b, eid) for eid, a, b in matcher.find(m[1]) if eid in people)
    if not found or not _TITLE_WORDS.fullmatch(m[1][: found[0][0]]):
        return None  # "I am grateful to Minister Singh": not his name
    if m[1][found[0][1] :].startswith(("'s", "’s")):
        return None  # "This is Singh's first visit": another's, not the speaker's name
    return matcher.entities[found[0][2]].name


def monologue_turns(
    lines: Sequence[tuple[int, int, str]], matcher: EntityMatcher, people: frozenset[str]
) -> list[Turn]:
    """The monologue's one turn, from its self-introduction on; none when the text is no
    such monologue."""
    for n, (start, _, text) in enumerate(lines[:FIRST_LINES]):
        if (who := _introduced(text, matcher, people)) is None:
            continue
        spoken = [t for _, _, t in lines[n:] if len(t.split()) >= 4]
        if 2 * sum(speaks_first_person(t) for t in spoken) > len(spoken):
            return [Turn(start, who, True, False)]
        return []
    return []


def unlabelled_turns(
    lines: Sequence[tuple[int, int, str]],
    matcher: EntityMatcher,
    people: frozenset[str],
    author: str | None = None,
) -> list[Turn]:
    """The turns of a text without speakers' labels: a letter's and its annex's (letters.py),
    a printed interview's (interviews.py),
    else a monologue's, else a speech's or a piece its author writes in the first person
    (speeches.py; author: a page's, by its metadata), else a report's heads' over their
    items (entries/heads.py: "REMARKS BY THE JAPANESE DEFENCE MINISTER." over "a. Welcomed…")."""
    named = lambda head: first_person_named(head, matcher, people)  # noqa: E731
    return (
        letter_turns(lines, named)
        or interview_turns(lines, named)
        or monologue_turns(lines, matcher, people)
        or speech_turns(lines, named, author)
        or headed_turns(lines, matcher, people)
    )
