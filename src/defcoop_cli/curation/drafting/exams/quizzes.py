"""A quiz, a practice sheet or a revision list for an exam: apparatus around a few facts.

A document answers its own questions in letters or in truth values ("Answer: (b)", "Q.1
Correct option: (c)", "Ans. False."), twice or more: it is a quiz, and no news report does
that. Its parts read as follows, whatever its form (a site's daily quiz, a printed
worksheet with its key and solutions overleaf, a one-liner list with a true-or-false check):

- what it puts to the reader is furniture, as a question is (R3): from a question's number
  or stem ("Q.2 Consider the following statements:", "Which sea …?") to its answer, its
  explanation or a heading, every line (the statements under test, which may be false by
  design, and the options); and a statement right above a true-or-false answer;
- a verdict is furniture: a sentence that judges the quiz's own parts ("Hence statement 2
  is incorrect.", "Options (a), (b) and (d) are therefore ruled out.", "Hence, (b) is the
  right answer.") or is a truth value alone ("False.");
- what comes before its first line naming an entity of the fact base is its preamble
  (title, instructions to the candidate), and a section under a heading in capitals that
  names none is another subject's ("ECONOMY"): furniture;
- an answer's explanation or solution is the site's own statement of the facts, except
  for an item whose question names no entity of the fact base: other news, furniture.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from defcoop_cli.curation.drafting.body.kept import spans_apart
from defcoop_cli.curation.drafting.body.wrapped import Line
from defcoop_cli.curation.drafting.entities import EntityMatcher
from defcoop_cli.curation.drafting.segments import Candidate
from defcoop_cli.factbase.records import Doc

ANSWERS = 2  # a quiz answers at least two of its questions
_NUMBER = r"Q\.?\s?(\d{1,3})"
_LETTER = r"\(?[a-dA-D]\)"
# An answer: a letter or a truth value after an answer's label ("Answer: (b)", "Q.1 Correct
# option: (c)", "Ans. False."), a letter after a question's number in an answer key ("Q.1
# (c)   Q.2 (a)"), or the label a site shows over a folded answer.
_ANSWER = re.compile(
    rf"(?:{_NUMBER}\s*[.:)]?\s*)?(?:Answer|Ans|Correct (?:option|answer)|Key)\s*[.:\-–—]?\s*"
    rf"(?:{_LETTER}|True\b|False\b)|{_NUMBER}\s*[.:)\-–]?\s*{_LETTER}(?:\s|$)|Show answers?$",
    re.IGNORECASE,
)
_TRUTH = re.compile(r"(?:Answer|Ans)\s*[.:\-–—]?\s*(?:True|False)\b", re.IGNORECASE)
_QUESTION = re.compile(rf"{_NUMBER}\s*[.:)]?(?:\s|$)")
_EXPLAINS = re.compile(r"(?:Explanation|Solution)s?\b")
_STEM = re.compile(r".*\?$|.*\bfollowing\b.*:$", re.IGNORECASE)
_HEADING = re.compile(r"(?=.*[A-Z]{2})[^a-z]{2,80}")
# A quiz's own parts, and a verdict on them.
_PART = re.compile(
    r"\b(?:statements?|options?|pairs?)\s*\(?(?:\d{1,2}|[IVX]{1,4}|[a-d])\b\)?|\([a-d]\)"
    r"|\bthe (?:correct |right )?(?:answer|option)\b",
    re.IGNORECASE,
)
_VERDICT = re.compile(
    r"\b(?:is|are)\b.*\b(?:correct|incorrect|right|wrong|true|false|ruled out|eliminated"
    r"|the answer)\b",
    re.IGNORECASE,
)
_CLOSING = frozenset(".!?)\"'”’")
_TRUTH_ALONE = re.compile(r"(?:True|False|Correct|Incorrect)\.?", re.IGNORECASE)


def is_quiz(every: Iterable[Line]) -> bool:
    """Whether the document answers two of its questions or more in letters or truth
    values (its lines read one at a time, up to the second answer)."""
    answers = (x for x in every if _ANSWER.match(x.text))
    return sum(1 for _ in zip(range(ANSWERS), answers, strict=False)) >= ANSWERS


def is_verdict(sentence: str) -> bool:
    """Whether a quiz's sentence judges its own parts ("Statement II is incorrect.") or is
    a truth value alone."""
    said = sentence.strip()
    if _TRUTH_ALONE.fullmatch(said):
        return True
    return bool(_PART.search(said) and _VERDICT.search(said)) and len(said.split()) <= 14


def quiz_apparatus(
    text: str,
    every: Sequence[Line],
    found: Sequence[Candidate],
    furniture: Sequence[tuple[int, int]],
    doc: Doc,
) -> tuple[Sequence[Candidate], list[tuple[int, int]]]:
    """The candidates without a quiz's apparatus, and the furniture with it (the module's
    account); any other document as it came. `every` the text's lines (segments.lines)."""
    if not is_quiz(every):
        return found, list(furniture)
    gone = _apparatus(every, EntityMatcher(doc.entities))
    verdicts = (c for c in found if c.parent is None and is_verdict(text[c.start : c.end]))
    gone += [(c.start, stopped(text, c.end)) for c in verdicts]
    return spans_apart(found, furniture, gone, replacing=True)


def stopped(text: str, end: int) -> int:
    """The end of a sentence with its closing marks: a candidate leaves out its full stop,
    which furniture must hold (`add` wants every character of a sentence covered)."""
    while end < len(text) and text[end] in _CLOSING:
        end += 1
    return end


def _apparatus(every: Sequence[Line], matcher: EntityMatcher) -> list[tuple[int, int]]:
    """The lines a quiz puts to its reader, its preamble, its other subjects' sections and
    its other news items, as spans."""
    gone: list[int] = []
    asked: dict[str | None, str] = {}  # each question (by its number) and what it puts
    posing, item, preamble = False, None, True
    for n, line in enumerate(every):
        said = line.text
        answer = _ANSWER.match(said)
        preamble = preamble and not matcher.ids(said)
        if answer or _HEADING.fullmatch(said):
            posing = False
            item = (answer.group(1) or answer.group(2) or item) if answer else item
            continue
        question = None if _EXPLAINS.match(said) else _QUESTION.match(said)
        posing = False if _EXPLAINS.match(said) else posing
        if question or _STEM.match(said):
            posing, preamble = True, False
            item = question.group(1) if question else item
        if posing:
            asked[item] = asked.get(item, "") + " " + said
            gone.append(n)
        elif n + 1 < len(every) and _TRUTH.match(every[n + 1].text):
            gone.append(n)  # a statement put to the reader, true or false
        elif preamble or (item in asked and not matcher.ids(asked[item])):
            gone.append(n)
    gone += _other_sections(every, matcher)
    return [(every[n].start, every[n].end) for n in sorted(set(gone))]


def _other_sections(every: Sequence[Line], matcher: EntityMatcher) -> list[int]:
    """The lines of each section under a heading in capitals that names no entity of the
    fact base."""
    heads = [n for n, x in enumerate(every) if _HEADING.fullmatch(x.text)]
    out: list[int] = []
    for first, last in zip(heads, [*heads[1:], len(every)], strict=False):
        section = range(first + 1, last)
        if not any(matcher.ids(every[n].text) for n in section):
            out.extend(section)
    return out
