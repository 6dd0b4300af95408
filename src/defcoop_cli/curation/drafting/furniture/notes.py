"""The author's note closing a piece: "Meera Iyengar is a Senior Fellow in the Indo-Pacific
Programme at CMCS.", "The writer is a former ambassador." (pages reads the second kind).

A commentary or a column ends on a line about who wrote it, after its last sentence and
before only furniture (a disclaimer, share buttons, tags). It is no statement of the report
and its names are no entities of it. Read by its form: the last line before the closing
furniture opens with a full name, then "is"/"was" and an office or a trade (a WordNet noun
of persons: "fellow", "correspondent", "professor"), and that name is in the furniture
before it (an author line, with or without "By": "Meera Iyengar, Senior Fellow, CMCS") and
in no body line (the report's own people are named in its body, its author only in the
head; "Tomas Ek is the new fleet commander" closing a report is news).

A paper written for a course or a degree carries two more notes about itself: the
student's declaration that it is his own work ("Declaration: I declare that this paper is
my own work …"), and the marker's comments closing it under their heading ("INSTRUCTOR'S
COMMENTS (FQ, 23/05/2025)", "Tutor's feedback:", "Examiner's report") with whatever
follows them (the comments, a grade). Neither tells the paper's report (`marked_lines`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from defcoop_cli.curation.drafting.entities import wordnet_nouns

# A full name, "is"/"was"/"has been", a determiner, then the words of an office up to a
# preposition, a comma or the sentence's end: "Meera Iyengar is a Senior Fellow in …".
_NOTE = re.compile(
    r"((?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w'’-]+),?\s+(?:is|was|has been)\s+(?:an?|the)\s+"
    r"((?:(?!(?:in|at|of|with|for|on|and|who|based)\b)[\w'’-]+\s*){1,5})"
)


def closing_note(lines: Sequence[str], furniture: Callable[[str], bool]) -> int | None:
    """The index of the line that is the author's note closing the piece, if one is."""
    last = len(lines) - 1
    while last > 0 and furniture(lines[last]):
        last -= 1
    m = _NOTE.match(lines[last]) if last > 0 else None
    if not m or m.group(2).split()[-1].lower() not in wordnet_nouns("person"):
        return None
    named = [furniture(line) for line in lines[:last] if m.group(1) in line]
    return last if named and all(named) else None


def authors_note(line: str, author: str | None, closing: bool) -> bool:
    """A line about the byline's author ("Arvind Sethi is the paper's editor"), or, closing
    the article, about a journalist ("Priya Raman is the paper's Delhi correspondent.")."""
    if closing and _JOURNALIST.match(line):
        return True
    if not author or not line.startswith(author):
        return False
    return (
        re.match(r"[\s,]+(?:is|was|has|writes|reports|covers|teaches)\b", line[len(author) :])
        is not None
    )


_JOURNALIST = re.compile(
    r"[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3} (?:is|was) [^.]{0,80}\b(?:correspondent|editor"
    r"|reporter|writer|columnist|journalist|contributor|bureau chief)\b"
)


# A student's declaration of his own work, perhaps under its label: "Declaration: I declare
# that this paper is my own work …", "I confirm that this essay is entirely my own work".
# Its own words, "own work", and nobody's verb of saying after a comma: a spokesman's "I
# confirm that this report is our own assessment …, the spokesperson told reporters" is news.
_DECLARATION = re.compile(
    r"(?i:[\w ]{0,30}(?:declaration|statement|originality|integrity|authorship|pledge)"
    r"[\w ]{0,20}:\s*)?I (?:hereby )?(?:declare|confirm|certify|affirm|attest)\b[^.!?\n]{0,40}"
    r"\bthis (?:[\w-]+ ){0,2}(?:paper|essay|assignment|thesis|dissertation|chapter|report"
    r"|submission|coursework|project)\b[^.!?\n]{0,30}\b(?:is|are|was|has been) (?:entirely |wholly "
    r"|all )?(?:my|our) own (?:original |unaided |independent )?work\b"
    r"(?![^\n]*,[^,\n]*\b(?:said|says|told|tells|added|stated|declared)\b)"
)
# The heading of a marker's comments on a paper: a reader's role, "'s", what he wrote, and
# perhaps his initials or the day in brackets ("INSTRUCTOR'S COMMENTS (FQ, 23/05/2025)").
_MARKERS_HEADING = re.compile(
    r"(?i)(?:the )?(?:instructor|tutor|marker|examiner|supervisor|assessor|reviewer|referee"
    r"|lecturer|teacher|grader|moderator)s?['’]s? (?:comments?|feedback|notes?|remarks?|report"
    r"|assessment|evaluation)(?P<by> ?\([^()\n]{0,60}\))?:?"
)
# A mark, grade-shaped and alone on its line: "Grade: A-", "Mark: 66/100 (Upper Second)",
# "Mark: 64", "Final score: 71%". "Result: the panel called for …" is a report's news.
_MARK = re.compile(
    r"(?i)(?:final |overall )?(?:grade|mark|score|result)\s*:\s*(?:[A-F][+-]?|\d{1,3}(?:\.\d)?"
    r"(?:\s*/\s*\d{1,3}|\s*%)?|pass|fail|merit|distinction)(?:\s*\([^()\n]{0,40}\))?\.?"
)
# The paper's own head: a student's particulars ("Student: K. Lind", "Candidate number: …",
# "Roll No.: …", "Submitted: 9 May 2025") or its declaration of own work.
_PAPERS_HEAD = re.compile(
    r"(?i)(?:student|candidate(?: number| no\.?)?|roll no\.?|date submitted|submitted|course"
    r"|module|assignment)\s*:\s*\S"
)


def marked_lines(lines: Sequence[str]) -> set[int]:
    """A paper's declaration of own work, and its marker's comments: their heading and
    every line after it (the module's doc). A paper's only: the heading under the paper's
    head (a student's particulars or his declaration), signed in brackets or before a
    grade-shaped mark; a seminar report's "Moderator's remarks (Dr Meera Iyengar)" heads news."""
    found = {n for n, line in enumerate(lines) if _DECLARATION.match(line.strip())}
    for n, line in enumerate(lines):
        if not (head := _MARKERS_HEADING.fullmatch(line.strip())):
            continue
        paper = found or any(_PAPERS_HEAD.match(before.strip()) for before in lines[:n])
        marked = head["by"] or any(_MARK.fullmatch(after.strip()) for after in lines[n + 1 :])
        if paper and marked:
            return found | set(range(n, len(lines)))
    return found
