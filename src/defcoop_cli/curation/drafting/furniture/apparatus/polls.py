"""A survey release's apparatus: its method notes and its firm's word on itself.

An opinion poll's release closes on notes of how the survey was made, each under its
label, often numbered under "Notes to editors": "1. Sample: 2,000 adults in 12 cities.",
"Fieldwork: 3-9 May.", "Margin of error: plus or minus 3 points.", "Weighting: by age and
region.", "Method: online panel interviews in English and Hindi." (`method_notes`). They
tell how the figures were reached, no statement of the release. A label only a survey's
method uses is enough ("Sample", "Fieldwork", "Margin of error", "Weighting", "Confidence
level"); "Method:" tells a survey's method only with a survey's word in its value ("Method:
The two sides will share data through a secure link." in a news story is news). A sentence
quoting a poll's figure ("A sample of 1,200 adults backed the talks, the paper said.") has
no label: kept.

The firm's boilerplate (`issuer_lines`): a line whose sentences each have the release's
issuer for subject (the name heading the release, its first line, or that name's first
word: "NIRNAY RESEARCH" heads "Nirnay does not …") and tell its membership of a body by
the body's word, its independence as a firm or whom it takes no money from ("X is an
independent member of the Y Council.", "X does not accept funding from any government."),
the firm perhaps "It" after its name. A person's party membership ("X, a veteran, is a
member of the Velan Party.") and an independence of something ("is independent of the
ministry") are kept, and so is a sentence with another subject ("India is a member of the
Quad.") or a speaker's tag.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from defcoop_cli.factbase.sentences import sentence_spans
from defcoop_cli.factbase.vocab import nations

NOTE_CHARS = 300  # a method note is a line of at most so many characters
_NUMBER = r"(?:\d{1,2}[.)]|[-•*–])?\s*"  # a note's number or bullet: "1.", "2)", "-"
_SURVEY_LABEL = (
    r"(?:(?:achieved |effective )?sample(?: size)?|fieldwork(?: dates?| period)?"
    r"|survey (?:dates?|period)|margin of (?:sampling )?error|weighting|weighted"
    r"|confidence (?:level|interval))"
)
_METHOD_LABEL = r"(?:survey )?(?:method(?:ology)?|mode(?: of interview)?|interview mode)"
_NOTE = re.compile(
    rf"{_NUMBER}(?P<label>(?P<survey>{_SURVEY_LABEL})|{_METHOD_LABEL})\s*:\s*\S.*", re.I
)
# A survey's way of asking: "computer-assisted telephone interviews", "an online panel"
_ASKED = re.compile(
    r"(?i)\b(?:interview(?:s|ed|ing)?|telephone|online panel|panel|questionnaires?"
    r"|respondents|polled|survey(?:ed)?|face-to-face|sampled?|cati|cawi)\b"
)
_TOLD = re.compile(r"(?i)\b(?:said|says|told|tells|added|according to)\b")


def method_notes(lines: Sequence[str]) -> set[int]:
    """The lines that are a survey's method notes under their labels (see the module)."""
    found: set[int] = set()
    for n, line in enumerate(lines):
        said = line.strip()
        note = _NOTE.fullmatch(said) if len(said) <= NOTE_CHARS else None
        if not note or _TOLD.search(said):
            continue
        if note["survey"] or _ASKED.search(said[note.end("label") :]):
            found.add(n)
    return found


HEAD_LINES = 3  # the issuer's name is among the release's first lines
NAME_WORDS = 5  # an issuer's name is of at most so many words
# Its membership of a body by the body's word ("… member of the Y Standards Council"; not
# "a member of the Liberal Democratic Party", a person's), its independence as a firm ("is
# an independent polling firm", "It is fully independent.") or the money it refuses.
_BODY = (
    r"(?i:council|association|society|federation|institute|board|network|alliance|chamber"
    r"|forum|bureau|organi[sz]ation)"
)
_FIRM = (
    r"(?i:firm|company|agency|organi[sz]ation|body|institute|pollster|consultancy|charity"
    r"|think tank|non-profit)"
)
_OWN = (
    rf"(?:is|are) an? (?:[\w-]+ ){{0,3}}?member of (?:the )?(?:[\w&'’-]+ ){{0,6}}?{_BODY}\b"
    rf"|(?:is|are) (?:an? )?(?:wholly |fully |entirely )?independent"
    rf"(?:(?: [\w-]+){{0,3}}? {_FIRM}\b|\.?$)"
    r"|(?:does|do) not (?:accept|take|receive|seek|solicit) (?:any )?(?:[\w-]+ )?"
    r"(?:funding|funds|money|donations|grants|payments?)\b"
    r"|(?:accepts|takes|receives) no (?:[\w-]+ )?(?:funding|funds|money|donations|grants)\b"
)


def issuer_lines(lines: Sequence[str]) -> set[int]:
    """The lines that are the release's issuer's word on itself (see the module)."""
    names = _issuer(lines)
    if not names:
        return set()
    subject = "|".join(re.escape(name) for name in names)
    own = re.compile(rf"(?i:the )?(?i:{subject})(?:,[^,]{{1,60}},)? (?:{_OWN})[^!?]*")
    then = re.compile(rf"(?:It|The (?:firm|company|agency)|(?i:{subject})) (?:{_OWN})[^!?]*")
    found: set[int] = set()
    for n, line in enumerate(lines):
        said = line.strip()
        spans = sentence_spans(said) if len(said) <= NOTE_CHARS else []
        if not spans or _TOLD.search(said) or not own.fullmatch(said[slice(*spans[0])]):
            continue
        if all(then.fullmatch(said[a:b]) for a, b in spans[1:]):  # "It is independent."
            found.add(n)
    return found


def _issuer(lines: Sequence[str]) -> list[str]:
    """The release's issuer by the name heading it (a short line with no stop among its
    first lines) and that name's first word: ["Nirnay Opinion Research", "Nirnay"], unless
    it is a country's name or its people's."""
    head = [line.strip() for line in lines[:HEAD_LINES] if line.strip()]
    if not head or not re.fullmatch(r"[A-Za-z][\w&'’-]*(?: [\w&'’-]+)*", head[0]):
        return []
    words = head[0].split()
    if len(words) > NAME_WORDS:
        return []
    first = words[0]  # a country's name heads "India Today": no firm's name on its own
    alone = len(words) > 1 and len(first) >= 4 and first.casefold() not in nations()
    return [head[0], first] if alone else [head[0]]


def release_apparatus(lines: Sequence[str]) -> set[int]:
    """A survey's method notes and its issuer's word on itself (see the module)."""
    return method_notes(lines) | issuer_lines(lines)
