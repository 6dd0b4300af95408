"""A text's lines, a hard-wrapped paragraph read as one line.

A newspaper column's OCR text, a plain-text e-mail or a fixed-width print breaks its
paragraphs into lines mid-sentence, and a word across a line break with a hyphen ("the
terrorist at-" / "tack in Pahalgam"). Such lines are one paragraph: a sentence runs over
them (its quote is the saved text, line breaks and hyphens as they stand). A line goes
on into the next when it ends in a word broken by a hyphen, or (a line of five words or
more: no headline's) in a lower-case word or a comma, and the next begins in lower case;
or, once a paragraph wraps, when it ends in a comma (a quotation's closing `,"` before
"Mr Singh said."). In a text wrapped at a width (pdftotext's, a fixed-width print: most
lines near one length, none much longer), a line of five words or more that does not end
a sentence goes on into the next whatever its case ("with the Minister of" / "Defense of
Japan, ...", "such as Dharma" / "Guardian and Malabar.") where the next line's first
word would not have fitted on it, and the next line ends a sentence or is itself near
the width: a title or a footer line above a date or a page number does not. Else a line
that ends a sentence, a heading, a label or a list's line does not (they end in a full stop,
a colon or a capitalised word, or the next begins in capitals or with a marker).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from defcoop_cli.curation.drafting.furniture.apparatus.citations import (
    REMARK,
    cited_parts,
    trim_markers,
)
from defcoop_cli.factbase.sentences import sentence_spans


class Line(NamedTuple):
    start: int
    end: int
    text: str


_NOT_SPACE = re.compile(r"\S")
# the end of a line that goes on: a word broken by a hyphen, a lower-case word, a comma
# (inside a closing quotation mark too); the start of one that continues: a lower-case word
_GOES_ON = re.compile(r"(?:[a-z]-|[a-z]|,[\"”’']?)$")
_BROKEN = re.compile(r"[a-z]-$")
_COMMA = re.compile(r",[\"”’']?$")
_CONTINUES = re.compile(r"[a-z]")
_WORDS = 5


def _raw_lines(text: str) -> Iterator[Line]:
    for m in re.finditer(r"[^\n]+", text):  # trimmed in place: a line may be the article
        if first := _NOT_SPACE.search(text, m.start(), m.end()):
            end = m.end()
            while text[end - 1].isspace():
                end -= 1
            yield Line(first.start(), end, text[first.start() : end])


def each_line(text: str) -> Iterator[Line]:
    """The text's non-blank lines, trimmed, with their spans, one at a time; the lines of
    a hard-wrapped paragraph as one (its text holds their line breaks)."""
    held: Line | None = None  # the paragraph's first line, while it may go on
    last: Line | None = None  # its last line so far
    width = wrap_width(text)
    for line in _raw_lines(text):
        if (
            held is not None
            and last is not None
            and _joins(text, last, line, last is not held, width)
        ):
            last = line
            continue
        if held is not None and last is not None:
            yield held if last is held else Line(held.start, last.end, text[held.start : last.end])
        held = last = line
    if held is not None and last is not None:
        yield held if last is held else Line(held.start, last.end, text[held.start : last.end])


def _joins(text: str, held: Line, line: Line, wraps: bool, width: int = 0) -> bool:
    """Whether line goes on from held (the paragraph's last line so far): next to it (no
    blank line between), held ending in a word that goes on and line beginning in lower
    case, or a wrapped paragraph's comma, or a line wrapped at the text's width."""
    if text.count("\n", held.end, line.start) != 1:
        return False
    last = held.text[-3:]
    if _BROKEN.search(last):
        return True
    if _GOES_ON.search(last) and _CONTINUES.match(line.text):  # a column's line, five words
        return len(held.text.split(maxsplit=_WORDS)) >= _WORDS  # at least: no headline's
    return (wraps and _COMMA.search(last) is not None) or _wrapped_at(held, line, width)


# a line's end that ends no sentence (nor a label, a list's item or a table's cell)
_OPEN_END = re.compile(r"[\w,]$")
_SENTENCE_END = re.compile(r"[.!?][\"”’')]?$")
# a line that opens as an item does (a time, a number, a bullet, a bracket) starts one:
# an alert's "14:05 India invites …" after "13:20 India, Japan discuss … UNCLOS"
_ITEM_OPENS = re.compile(r"[\d•*\-–—(\[]")
_NEAR = 12  # a wrapped line's length is within this many characters of the width
_WIDEST = 100  # a text with lines longer than this (a paragraph a line) is not wrapped
_NARROWEST = 60  # nor one whose longest line is shorter (a script's, a column's lines)


def wrap_width(text: str) -> int:
    """The width a text is wrapped at, or 0: the longest line's length, from _NARROWEST
    to _WIDEST, where at least four lines come near it and hardly any line is longer."""
    lengths = [len(m.group().strip()) for m in re.finditer(r"[^\n]+", text[:20000])]
    fitting = [n for n in lengths if n <= _WIDEST]
    if not fitting or len(fitting) < 0.9 * len(lengths):
        return 0
    width = max(fitting)
    if width < _NARROWEST:  # a short text's or a column's lines: the case rules read them
        return 0
    return width if sum(n >= width - _NEAR for n in fitting) >= 4 else 0


def _wrapped_at(held: Line, line: Line, width: int) -> bool:
    """A line broken at the text's width: held of five words or more, ending no
    sentence, the next line's first word (no item's opening) too long to have fitted on
    it, and the next line ending a sentence or near the width itself."""
    if not width or not _OPEN_END.search(held.text[-1:]):
        return False
    if len(held.text.split(maxsplit=_WORDS)) < _WORDS:
        return False
    first = line.text.split(maxsplit=1)[0]
    if _ITEM_OPENS.match(first) or len(held.text) + 1 + len(first) <= width:
        return False
    return _SENTENCE_END.search(line.text) is not None or len(line.text) >= width - _NEAR


def line_sentences(
    text: str, start: int, end: int, quotations: bool = True
) -> list[tuple[int, int]]:
    """The sentences of a line's text[start:end] (sentence_spans'), a wrapped paragraph's
    read over its line breaks as over spaces (the spans are the saved text's)."""
    if text.find("\n", start, end) < 0:
        return sentence_spans(text, start, end, quotations)
    flat = text[start:end].replace("\n", " ")
    return [(a + start, b + start) for a, b in sentence_spans(flat, 0, None, quotations)]


Quoted = tuple[tuple[int, int] | None, tuple[int, int]]


def quoted_sentences(text: str, start: int, end: int) -> list[Quoted]:
    """The sentences of a line's text[start:end] (line_sentences'), each with the span of
    the quotation of several sentences it is one of, or None: such a quotation (`"We
    train. Now we build," she said.`, one sentence for coverage and context) is drafted a
    sentence at a time, as judges judge it, each quote the saved text's (the first with
    the opening mark, the last with the closing one and the speaker after it)."""
    out: list[Quoted] = []
    for piece_start, piece_end, remark in _at_remarks(text, start, end):
        if remark:
            out.append((None, (piece_start, piece_end)))
            continue
        for a, b in _at_gaps(text, line_sentences(text, piece_start, piece_end)):
            marked = text.find('"', a, b) >= 0 or text.find("“", a, b) >= 0
            parts = line_sentences(text, a, b, quotations=False) if marked else []
            if len(parts) > 1:
                out += [((a, b), part) for part in parts]
            else:  # a marker inside it cuts it: "… on 22 April,[7] and the Japanese side …"
                out += [(None, part) for part in cited_parts(text, a, b)]
    return out


_STOPPED = re.compile(r"[.!?…][)\"'”’]*$")  # a sentence's stop (its markers trimmed)


# An editor's note in square brackets, a line of its own in a transcript: "[Ed.: The talks
# were held on Monday.]", "[Editor's note: …]". Its mark and closing bracket are furniture;
# its sentences are the record's own voice (transcripts/roles.py: a turn of no one's). Not a
# correction notice, the publisher's word on its own text, furniture wherever it stands:
# "[Editor's note: An earlier version of this story gave …]", "[Ed.: This article has been
# updated to correct …]", "[Editor's note: Corrects the date in paragraph 3.]"
_CORRECTION = (
    r"(?!\s*(?i:(?:an?|the)\s+(?:earlier|previous|original)\s+version\s+of\s+this\b"
    r"|this\s+(?:story|article|report|piece|item|post)\s+(?:has\s+been|was|is)\s+(?:updated"
    r"|corrected|amended|changed|revised)|(?:corrects|corrected|correction|updates|updated)\b))"
)
EDITOR_NOTE = re.compile(
    r"(?P<mark>\[(?:Ed\.?|Editor|Ed\. note|Editor['’]s note|Editorial note):\s*)"
    rf"{_CORRECTION}(?P<words>(?:\.|[^\S\n])*[^\[\]\n.\s][^\[\]\n]*?)\s*\]"
)


def editor_mark(piece: str) -> bool:
    """Whether a piece of a line is an editor's note's mark or its closing bracket."""
    return piece.strip() == "]" or EDITOR_NOTE.match(piece.strip() + " x]") is not None


def _at_remarks(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """text[start:end] cut at the remarks (REMARK) that stand at its start or after a
    sentence's stop (and its markers): the pieces between them and each remark (True).
    A remark inside a sentence is left in it ("the talks [FQ: which?] were …"). An
    editor's note that is all the line is its mark, its words and its bracket."""
    if note := EDITOR_NOTE.fullmatch(text, start, end):
        a, b = note.span("words")
        return [(start, a, True), (a, b, False), (b, end, True)]
    out: list[tuple[int, int, bool]] = []
    at = start
    for m in REMARK.finditer(text, start, end):
        before = text[at : m.start()].rstrip()
        if before and not _STOPPED.search(before, 0, trim_markers(before, 0, len(before))):
            continue
        if before:
            out.append((at, m.start(), False))
        out.append((m.start(), m.end(), True))
        at = m.end()
    if at < end:
        out.append((at, end, False))
    return out


# A transcript's mark of a gap in what was heard, perhaps with its ellipsis: "[inaudible] …",
# "(crosstalk) ...", "[unclear]"; or of a sound that is no word, in square brackets, a
# speaker's stage cue: "[laughs]", "[pause]", "[sighs]", "[both laugh]". The words after it
# start anew.
GAP = re.compile(
    r"[\[(](?:inaudible|unclear|indistinct|crosstalk|cross-talk|garbled|overlapping(?: speech)?"
    r"|audio (?:drops|cuts out|lost)|break in (?:audio|transmission)|gap in (?:audio|recording))"
    r"[\])](?:\s*(?:\.{3}|…))?"
    r"|\[(?:(?:both |all )?laugh(?:s|ing|ter)?|chuckles|sighs|coughs|clears (?:his |her )?throat"
    r"|(?:long |short )?paus(?:e|es)|silence)\]",
    re.IGNORECASE,
)
# A speaker's label alone before a gap's mark ("PD: [laughs] I remember …"): the mark
# stands at the turn's start.
_LABEL_ONLY = re.compile(r"[A-Z][\w.’' -]{0,30}:\s*")


def _at_gaps(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans, each cut where a gap mark stands at a sentence's start or after its stop:
    the words before, the mark (furniture: asides.py), the words after."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        for m in GAP.finditer(text, a, b):
            label = _LABEL_ONLY.fullmatch(text, a, m.start())  # "PD: [laughs]": at its start
            if m.start() > a and not label and text[a : m.start()].rstrip()[-1:] not in ".!?…":
                continue  # "it was [inaudible] agreed": inside a sentence, left whole
            if m.start() > a and not label:
                out.append((a, a + len(text[a : m.start()].rstrip())))
            out.append((m.start(), m.end()))
            after = text[m.end() : b]
            a = m.end() + len(after) - len(after.lstrip())
        if a < b:
            out.append((a, b))
    return out


_BREAK = re.compile(r"(?<=[a-z])-\n\s*(?=[a-z])|[^\S\n]*\n\s*")


def unbroken(quote: str) -> str:
    """A quote as it is read (its reading, names, claims and statement): a wrapped
    paragraph's words broken by a hyphen at a line's end whole again ("dele-" /
    "gation": "delegation"), its line breaks spaces. The quote itself stays verbatim."""
    if "\n" not in quote:
        return quote
    return _BREAK.sub(lambda m: " " if "\n" in m.group() and "-" not in m.group() else "", quote)
