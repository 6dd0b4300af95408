"""A printed interview without speakers' labels: the paper's questions, each a line of its
own ending in "?" (bold on the page, plain in its text), each answered by the lines after
it up to the next question. The answers are the one person the head (the lines before the
first question) names first; the questions are the interviewer's (R25). After the last
answer, a line with no first-person word (the writer's note, "X is the paper's
correspondent") is the piece's again.

Read by its form: at least MIN_QUESTIONS such questions, each answered by a line that asks
nothing, most answers in the first person (an explainer's "What was agreed?" is answered
in the third: no interview); a transcript's labels (transcripts/) take precedence over it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from defcoop_cli.curation.drafting.entities import EntityMatcher
from defcoop_cli.curation.drafting.transcripts import Turn

MIN_QUESTIONS = 3
QUESTION_WORDS = 30  # a question line has at most so many words
_QUESTION = re.compile(r"[^\n]*\?[\"”’)]?\s*")
# The first person, in an answer's words: "I", "we", "our", "us", "my", "me".
_FIRST_PERSON = re.compile(r"(?<![\w'’])(?:I|[Ww]e|[Oo]ur|[Uu]s|[Mm]y|[Mm]e)(?![\w'’])")


def _asks(line: str) -> bool:
    return _QUESTION.fullmatch(line) is not None and len(line.split()) <= QUESTION_WORDS


def interview_turns(
    lines: Sequence[tuple[int, int, str]], interviewee: Callable[[str], tuple[str, bool] | None]
) -> list[Turn]:
    """The interview's turns (see the module's doc): a question's the reporter's, an
    answer's the person interviewee() finds in the head (the fact base's name, whether a
    person); none when the text is no such interview or its head names no one."""
    texts = [text for _, _, text in lines]
    asked = [n for n, text in enumerate(texts) if _asks(text)]
    answered = [n for n in asked if n + 1 < len(texts) and not _asks(texts[n + 1])]
    if len(answered) < MIN_QUESTIONS or not asked[0]:
        return []
    own = sum(_FIRST_PERSON.search(texts[n + 1]) is not None for n in answered)
    if 2 * own < len(answered):  # an explainer's questions, answered in the third person
        return []
    who = interviewee(" ".join(texts[: asked[0]]))
    if who is None:
        return []
    turns: list[Turn] = []
    for n in asked:
        turns.append(Turn(lines[n][0], "the reporter", False, True))
        if n in answered:
            turns.append(Turn(lines[n + 1][0], who[0], who[1], False))
    last = asked[-1] + 1
    while last + 1 < len(texts) and _FIRST_PERSON.search(texts[last + 1]):
        last += 1  # the last answer's own lines
    if last + 1 < len(texts):
        turns.append(Turn(lines[last + 1][0], "", False, False))  # the piece's again
    return turns


def speaks_first_person(line: str) -> bool:
    """Whether the line speaks in the first person ("I", "we", "our", "us", "my", "me")."""
    return _FIRST_PERSON.search(line) is not None


def first_person_named(
    head: str, matcher: EntityMatcher, people: frozenset[str]
) -> tuple[str, bool] | None:
    """The person of the fact base the head names first ("Japan's Defence Minister X on the
    attack…"), and that it is a person; None when it names none."""
    found = sorted((a, eid) for eid, a, _ in matcher.find(head) if eid in people)
    return (matcher.entities[found[0][1]].name, True) if found else None
