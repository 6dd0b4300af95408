"""Formulas that close or frame a candidate, taken off it: a transcript's speaker labels
and its formulas (a greeting, a turn's close, "(End)", a translation notice, a courtesy or
the session's own words: furniture/asides.py's `courtesy`), and a thread's marks (a post's
number, "3/8", and its end, "/end", "/fin", written after a post's last sentence) and a
chat's emoji closing a sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from itertools import islice

from defcoop_cli.curation.drafting.body.kept import spans_apart
from defcoop_cli.curation.drafting.body.unstopped import CLOSING_EMOJI
from defcoop_cli.curation.drafting.furniture.apparatus.notes import authors_note
from defcoop_cli.curation.drafting.furniture.asides import courtesy, host_link, interviewers
from defcoop_cli.curation.drafting.furniture.proceedings import leads_in
from defcoop_cli.curation.drafting.segments import Candidate, Candidates, each_line
from defcoop_cli.curation.drafting.transcripts import transcript_labels
from defcoop_cli.curation.drafting.turns.forms import speech_head, statement_speaker
from defcoop_cli.curation.drafting.turns.letters import LETTER_LINES, letter_furniture
from defcoop_cli.curation.drafting.turns.speeches import ADDRESS_LINE, VOCATIVE

# A transcript's formulas, the whole of a candidate: a greeting, a turn's close, "(End)",
# a translation notice.
_FORMULA = re.compile(
    r"(?:good (?:morning|afternoon|evening)|namaskar|namaste|thank you(?: very much)?"
    r"|that(?: is|['’]s) all(?: from (?:me|my side))?|\(?end\)?"
    # a witness's or a speaker's close before questions
    r"|i (?:look forward to|welcome|(?:would|will) be (?:happy|glad|pleased) to (?:answer|take))"
    r" (?:your|any) questions"
    r"|dhanyavaa?d|shukriya|jai hind|arigato(?: gozaimas(?:u|hita))?|domo arigato|merci"
    r"|.*\b(?:provisional|unofficial) translation\b.*|.*\btranslation\b.*\bprevails\b.*)"
    r"(?:,? (?:everyone|all|friends))?[.!]?",
    re.IGNORECASE,
)
# A thread's mark closing a candidate: its end ("/end", "/fin", "end/", "(end)", "ENDS")
# or a post's number ("3/8", "(3/8)"), after the sentence's own stop.
_THREAD_MARK = re.compile(
    r"(?<=[.!?\"”’)])\s+(?:/\s?(?:end|fin|ends)|(?:end|fin)\s?/|\(end\)|\(?\d{1,2}\s?/\s?\d{1,2}\)?)"
    r"\s*$",
    re.IGNORECASE,
)


def transcript_formulas(
    text: str, found: Sequence[Candidate], furniture: Sequence[tuple[int, int]]
) -> tuple[Sequence[Candidate], Sequence[tuple[int, int]]]:
    """A transcript's candidates without its speaker labels, which are furniture, and
    without its formulas (`_FORMULA`, a short courtesy, a questioner's lead-in), furniture
    too; else without a speech's or a letter's (turns/letters.py) formulas."""
    labels = transcript_labels(text)
    if not labels:
        head = [(line.start, line.end, line.text) for line in islice(each_line(text), LETTER_LINES)]
        return _speech_formulas(text, *letter_furniture(text, found, furniture, head))
    spans = [*furniture, *((a, a + len(text[a:end].rstrip())) for a, end, _ in labels)]
    asking = interviewers(text, labels)  # a questioner's label, or the one asking most

    def read(c: Candidate) -> Candidate | None:
        at = bisect_right(labels, c.start, key=lambda label: label[0])
        start = max(c.start, labels[at - 1][1]) if at and c.start < labels[at - 1][1] else c.start
        said = text[start : c.end]
        asks = at > 0 and labels[at - 1][2] in asking  # "Question (A, B):", the anchor
        if c.parent is None and (
            _FORMULA.fullmatch(said)
            or courtesy(said)
            or (asks and (leads_in(said) or host_link(said)))
        ):
            spans.append((start, c.end + (text[c.end : c.end + 1] in ".!")))
            return None
        return c._replace(start=start)

    return _read_anew(found, read), sorted(set(spans))


def _speech_formulas(
    text: str, found: Sequence[Candidate], furniture: Sequence[tuple[int, int]]
) -> tuple[Sequence[Candidate], Sequence[tuple[int, int]]]:
    """A speech's candidates (turns/speeches.py) without its addresses to the audience (a
    line's or a sentence's opening "Friends,") and its formulas (closing thanks in any of
    its languages), which are furniture; any other text's as they are."""
    lines = [(line.start, line.end, line.text) for line in each_line(text[:5000])]
    head = speech_head(lines) or statement_speaker(lines)  # a statement for the record too
    if head is None:
        return found, furniture
    body = lines[head[0]][1]
    spans = list(furniture)

    def read(c: Candidate) -> Candidate | None:
        if c.start < body or c.parent is not None:
            return c
        said = text[c.start : c.end]
        if _FORMULA.fullmatch(said) or ADDRESS_LINE.fullmatch(said):
            spans.append((c.start, c.end + (text[c.end : c.end + 1] in ".!,:")))
            return None
        if (m := VOCATIVE.match(said)) and m.end() < len(said):
            spans.append((c.start, c.start + len(m.group().rstrip())))
            return c._replace(start=c.start + m.end())
        return c

    return _read_anew(found, read), sorted(set(spans))


def _read_anew(
    found: Sequence[Candidate], read: Callable[[Candidate], Candidate | None]
) -> Candidates:
    """The candidates as read() gives each, without those it makes furniture (None), a
    list's items renumbered to their sentence's new place."""
    kept = Candidates()
    moved: dict[int, int | None] = {}  # old index -> new (None: furniture now)
    for n, c in enumerate(found):
        new = read(c)
        if new is None:
            moved[n] = None
            continue
        moved[n] = len(kept)
        kept.append(new._replace(parent=None if c.parent is None else moved[c.parent]))
    return kept


# A post's emoji opening a candidate ("🇯🇵🇮🇳 Minister … held talks"): pictographs, flags,
# regional letters and their joiners, before a space and a word; no word of the sentence.
_EMOJI_OPENING = re.compile(
    "[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d]+(?=\\s+\\w)"
)


def thread_marks(
    text: str,
    found: Sequence[Candidate],
    furniture: Sequence[tuple[int, int]],
    author: str | None = None,
) -> tuple[Sequence[Candidate], Sequence[tuple[int, int]]]:
    """The candidates without a thread's mark at their end ("… platforms. /end"), a chat's
    emoji at their end ("… were killed 😡") or a post's emoji at their start ("🇯🇵🇮🇳
    Minister …"), which are furniture; else as they are. author: the page's, by its
    metadata, whose note as the text's last line ("X teaches … and is writing …") is
    furniture too (`notes.authors_note`: the byline the page's text leaves out)."""
    end = len(text.rstrip())
    start = text.rfind("\n", 0, end) + 1  # the text's last line
    if author and authors_note(text[start:end], author, False):
        found, furniture = spans_apart(found, furniture, [(start, end)])
    spans, cut, lead = list(furniture), {}, {}
    for n, c in enumerate(found):
        m = _THREAD_MARK.search(text, c.start, c.end)
        if c.parent is None and not m and (e := CLOSING_EMOJI.search(text, c.start, c.end)):
            spans.append((e.start() + len(e.group()) - len(e.group().lstrip()), c.end))
            cut[n] = e.start()  # a chat's emoji closing the sentence ("… cooperation 🛰️")
        elif m and c.parent is None:
            spans.append((m.start() + len(m.group()) - len(m.group().lstrip()), c.end))
            cut[n] = m.start() - (text[m.start() - 1] == ".")  # its full stop is no quote's
        if c.parent is None and (e := _EMOJI_OPENING.match(text, c.start, c.end)):
            spans.append((c.start, e.end()))
            lead[n] = e.end() + len(text[e.end() : c.end]) - len(text[e.end() : c.end].lstrip())
    if not cut and not lead:
        return found, furniture
    kept = Candidates()
    for n, c in enumerate(found):
        kept.append(c._replace(start=lead.get(n, c.start), end=cut.get(n, c.end)))
    return kept, sorted(spans)
