"""A worksheet's or a form's own items: what it sets its reader to do, and what its writer
plans. None is a statement of the report it carries:

- an exercise's task: a question put to the learner and, on its line after it, what he is
  to do with it ("What does a minister do? Talk with a partner for two minutes.", "Why do
  navies train together? Write three sentences."): the line, question and task;
- a list of aims or objectives: two items or more in a row, each after its letter, number
  or bullet, each an infinitive with no subject ("(a) To compile a list of …", "(b) To code
  each readout …"); an item that goes on to a clause of its own ("To deepen ties, the two
  navies will …") tells the news;
- an application's own plan, in a form with an applicant's fields ("Principal investigator:
  …", "Proposal reference: …"): a sentence whose subject is its own project or study ("The
  proposed project will use …", "This study aims to …"). A news story about a proposed
  project has no such fields, and a sentence with a speaker's tag ("This project will …,
  the chairman said") is news in any text.

A list of aims that a news sentence announces ("The joint statement listed three
objectives:", "… agreed on a list of aims …") is what the news reports, unless the text
shows a worksheet or a form (a learner's task, an applicant's field). A question alone is
furniture already (R3); a news sentence after a question in a quote or with a speaker's tag
in any form ("Why now? Ask the navy, an officer said.", "…, according to the ministry",
"…, says analyst X", "…, diplomats say") is no task.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from defcoop_cli.curation.drafting.body.kept import spans_apart
from defcoop_cli.curation.drafting.body.wrapped import Line
from defcoop_cli.curation.drafting.exams.cases import case_apparatus
from defcoop_cli.curation.drafting.exams.quizzes import quiz_apparatus, stopped
from defcoop_cli.curation.drafting.furniture.apparatus.instructions import a_verb, speakers_tag
from defcoop_cli.curation.drafting.segments import Candidate, lines
from defcoop_cli.factbase.records import Doc

# A question, then a task opening on a verb's base form, on one line.
_TASK = re.compile(r"[^\"“”]+\?\s+([A-Z][a-z]+)\b[^\"“”?]*[.!]")
# An item: its marker, then "To" and a verb ("(a) To compile …", "2. To interview …").
_MARKER = r"(?:\(?[a-zA-Z]\)|[a-zA-Z]\.|\(?[ivx]{1,4}\)|\d{1,2}[.)]|[-•*–])"
_AIM = re.compile(rf"{_MARKER}\s+To ([a-z]+)\b")
# A clause of its own after the infinitive: a comma, then a subject ("To deepen ties, the
# two navies will …"), not the aim's own "and to …".
_CLAUSE = re.compile(
    r",\s+(?!and\b|or\b|to\b|including\b|such\b)(?:the|a|an|its|their|we|they"
    r"|it|he|she|[A-Z])"
)
AIMS = 2  # a list of aims has two items at least
# A news sentence announcing the list before it: a finite verb ("listed", "are", "agreed")
# and a colon closing it or a list's noun in it ("… agreed on a list of aims …"); a heading
# ("SECTION 3. OBJECTIVES", "Aims of the proposed study:") has no verb.
_FINITE = re.compile(
    r"(?<!\bthe )(?<!\ban )(?<!\ba )(?<!\bof )\b(?:[a-z]+ed|is|are|was|were|has|have|had"
    r"|will|would|include|includes|sets|lists|names|gives)\b"
)
_LISTS = re.compile(
    r"\b(?:aims?|objectives?|goals?|priorities|targets?|points?|list|principles|areas|steps"
    r"|measures|pillars|commitments)\b"
)
# An applicant's fields, and a sentence on its own project.
_FIELD = re.compile(
    r"(?i)(?:principal investigator|co-investigator|applicant|proposal (?:reference|no\.?|number)"
    r"|title of the (?:project|proposal)|project title|budget requested|grant (?:reference|scheme))"
    r"\s*:\s*\S"
)
_OWN_PLAN = re.compile(
    r"(?:The (?:proposed|present|planned) (?:project|study|research|work)|This (?:project"
    r"|study|research|proposal|application))\s+(?:will|would|shall|aims|seeks|proposes"
    r"|intends|plans|is designed)\b"
)


def exam_apparatus(
    text: str, found: Sequence[Candidate], furniture: Sequence[tuple[int, int]], doc: Doc
) -> tuple[Sequence[Candidate], list[tuple[int, int]]]:
    """The candidates without a quiz's apparatus (exams/quizzes.py), a teaching case's
    (exams/cases.py) and a worksheet's or a form's own items, and the furniture with them."""
    every = lines(text)  # the text's lines, read once for the three
    found, furniture = quiz_apparatus(text, every, found, furniture, doc)
    return worksheet_apart(text, every, *case_apparatus(every, found, furniture))


def worksheet_apart(
    text: str,
    every: Sequence[Line],
    found: Sequence[Candidate],
    furniture: Sequence[tuple[int, int]],
) -> tuple[Sequence[Candidate], list[tuple[int, int]]]:
    """The candidates without a worksheet's or a form's own items, and the furniture with
    them (the module's account); `every` the text's lines (segments.lines)."""
    gone = [(x.start, x.end) for x in every if _task(x.text)]
    form = bool(gone) or any(_FIELD.match(x.text) for x in every)
    gone += [(every[n].start, every[n].end) for n in _aims(every, form)]
    if any(_FIELD.match(x.text) for x in every):
        plans = (c for c in found if c.parent is None and _OWN_PLAN.match(text, c.start))
        spans = ((c.start, stopped(text, c.end)) for c in plans)
        gone += [(a, b) for a, b in spans if not speakers_tag(text[a:b])]
    return spans_apart(found, furniture, sorted(gone), replacing=True)


def _task(line: str) -> bool:
    """Whether a line is a question and the learner's task after it."""
    m = _TASK.fullmatch(line)
    return m is not None and a_verb(m[1]) and not speakers_tag(line)


def _aims(every: Sequence[Line], form: bool) -> list[int]:
    """The lines of each run of two aims or more: in a worksheet or a form (`form`: a
    learner's task or an applicant's field in it) each run, in another text a run no news
    sentence announces (`_announced`)."""
    out: list[int] = []
    run: list[int] = []
    for n, x in enumerate([*every, Line(0, 0, "")]):
        m = _AIM.match(x.text)
        if m and a_verb(m[1].title()) and not _CLAUSE.search(x.text, m.end()):
            run.append(n)
            continue
        if len(run) >= AIMS and (form or not _announced(every[: run[0]])):
            out += run
        run = []
    return out


def _announced(before: Sequence[Line]) -> bool:
    """Whether the line before a run of aims is a news sentence announcing it ("The joint
    statement listed three objectives:"): the run is what it reports."""
    said = before[-1].text.strip() if before else ""
    if said.isupper() or not _FINITE.search(said) or len(said.split()) < 4:
        return False
    return said.endswith(":") or _LISTS.search(said) is not None
