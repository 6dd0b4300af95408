"""Diplomatic correspondence as an organ circulates it or a ministry files it: a letter to
a United Nations organ, a note verbale, a letter of transmittal. Its form: a title giving
the piece's own date, its sender and its addressee ("Letter dated 7 May 2025 from the
Permanent Representative of … addressed to the President of …"), the writer's formulas
(a note's compliments and assurances, "I have the honour to transmit herewith", a pointer
"(see annex)", a request that "the present letter" be circulated), "(Signed)" before the
signatory's name and his title on the line after it, then an annex under a title of its
own and its issuer's heading ("Statement issued by the Ministry of Defence of India, New
Delhi, 5 May 2025").

The formulas, the titles, the issuer's heading and the signatory's title are furniture: they
frame the piece and say nothing of the news. The letter's own words are its signatory's (a
note verbale, unsigned and in the third person, is the sender's its title names), the
annex's its issuer's (R35: a statement is the person's or the body's its form names); the
acts and words the letter or the annex tells of stay their doers' (R6).

A company's filing to its stock exchanges or its regulator (a listed company's disclosure
letter, a timely-disclosure notice) is correspondence too, known by its head's marks (a
security's code, the company's identity number, the issuer naming itself '(the "Company")').
Its particulars (numbered or lettered lines, each a form's field and its answer: "a) Name of
the parties: …", "2. Duration : three years") and its formulas (a request to take it on
record, a promise of disclosures to come, a translation's precedence) are furniture; what
the filing tells in sentences is the company's, the source's own voice.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from defcoop_cli.curation.drafting.segments import Candidate, Candidates
from defcoop_cli.curation.drafting.transcripts import Turn
from defcoop_cli.curation.drafting.verbs.voices.sayers import filing_issuer

TITLE_LINES = 16  # the title stands below the organ's header (symbol, date, session, item)
ISSUER_LINES = 3  # the issuer's heading stands within so many lines under the annex's title
_DATED = r"dated \d{1,2} [A-Z][a-z]+ \d{4}"
_PIECE = r"(?i:(?:identical )?(?:letters?|notes? verbales?|notes?))"
# The piece's title, the whole of a paragraph, however it is wrapped (a line of it may end
# in "a.i.", which ends no title); it opens with its first line.
TITLE = re.compile(rf"{_PIECE} {_DATED} from (?P<sender>.+?) addressed to .+")
TITLE_WRAPS = 3  # the title's lines at most
LETTER_LINES = TITLE_LINES + TITLE_WRAPS  # the lines a title may stand on
TITLE_CHARS = 400  # and its characters
# The annex's title: "Annex to the letter dated … from … addressed to …".
ANNEX = re.compile(rf"(?i:annex|enclosure)(?: [IVX\d]+)? to the {_PIECE} {_DATED} from .+")
# The issuer's heading over an annexed document, its place and date after it, no stop.
ISSUED = re.compile(
    r"(?i:(?:joint )?(?:statement|press (?:release|statement|note)|communiqu[eé]|readout))"
    r"(?: (?:issued|released|made|delivered))?(?: by| of) (?P<issuer>[^,.;]{3,120}),"
    r"(?: [A-Z][\w.'’ -]{1,40},)? \d{1,2} [A-Z][a-z]+ \d{4}"
)
SIGNED = re.compile(r"\((?i:signed)\)\s+(?P<name>\S.{1,80})")
SIGNATORY_WORDS = 8  # the signatory's title under his name is a short line
# The writer's formulas, in a sentence of its own voice: a note's opening compliments and
# closing assurances, a transmittal, the piece pointing to itself or to its annex.
FORMULA = re.compile(
    r"\bpresents? (?:its|his|her|their) compliments to\b"
    r"|\bavails? (?:itself|himself|herself|themselves) of (?:this|the) opportunity to renew\b"
    r"|\b[Tt]he present (?:letter|note(?: verbale)?|communication)s?\b"
    r"|\((?:see )?(?:annex|enclosure)(?:es)?(?: [IVX\d]+)?\)"
    r"|\b(?:have|has) the hono(?:u)?r to (?:transmit|enclose|forward)\b"
)
# A sender or an issuer by his office or body "of" a country: "the Ministry of Defence of
# India", "the Permanent Mission of Japan to the United Nations".
_OF_COUNTRY = re.compile(
    r"(?:the )?(?P<body>[A-Z][\w'’-]*(?: (?:of |for |and )?[A-Z][\w'’-]*)*?)"
    r" of (?:the )?(?P<country>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)(?P<rest> to .+)?"
)


# A filing's particular: a numbered or lettered line holding a form's field, a colon and
# its answer ("a) Name of the parties: …", "2. Duration : three years", "(3) Date: …").
_PARTICULAR = re.compile(
    r"^[ \t]*\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)][ \t]+[A-Z][^:\n]{0,100}?[ \t]?:[ \t]+\S.*$", re.M
)
# A filing's formulas, in a sentence of its own voice: the request to take it on record,
# a promise of disclosures to come, a translation's precedence over its original, what
# follows announced ("… is furnished below:", a line that leads the particulars).
FILING_FORMULA = re.compile(
    r"\btake (?:the )?(?:above|same|this|it)\b[\w ]{0,30}\bon (?:your |their )?records?\b"
    r"|\bfor your (?:kind )?(?:information|reference|perusal) and (?:necessary )?records?\b"
    r"|\brequiring (?:timely )?disclosure\b|\bshould be (?:timely )?disclosed\b"
    r"|\btranslation of the original\b|\bshall prevail\b"
    r"|\b(?:is|are) (?:furnished|given|set out|provided) (?:below|hereunder|as under)\b"
)


def filing_furniture(text: str) -> list[tuple[int, int]] | None:
    """A filing's particulars (each a line of a run of two or more, one after another),
    or None when the text is no filing (no mark in its head)."""
    if filing_issuer(text) is None:
        return None
    runs: list[list[tuple[int, int]]] = []
    for m in _PARTICULAR.finditer(text):
        if runs and text[runs[-1][-1][1] : m.start()].strip() == "":
            runs[-1].append(m.span())
        else:
            runs.append([m.span()])
    return [span for run in runs if len(run) >= 2 for span in run]


def _filed(text: str, c: Candidate, particulars: Sequence[tuple[int, int]]) -> bool:
    """Whether the candidate is a filing's particular or the sentence of one of its
    formulas (particulars: filing_furniture's, [] when the text is no filing)."""
    if any(a <= c.start < b for a, b in particulars):
        return True
    return c.parent is None and FILING_FORMULA.search(text, c.start, c.end) is not None


def _flat(text: str) -> str:
    return " ".join(text.split())


def heading(line: str) -> bool:
    """Whether a paragraph is the piece's title, its annex's, or an issuer's heading."""
    line = _flat(line)
    return bool(TITLE.fullmatch(line) or ANNEX.fullmatch(line) or ISSUED.fullmatch(line))


def possessive(sender: str) -> str | None:
    """A body of a country by the country's name first ("India's Ministry of Defence"), as
    a source is named; None when the words are no body of a country."""
    m = _OF_COUNTRY.fullmatch(_flat(sender))
    if m is None:
        return None
    return f"{m['country']}'s {m['body']}{m['rest'] or ''}"


def letter_turns(
    lines: Sequence[tuple[int, int, str]], named: Callable[[str], tuple[str, bool] | None]
) -> list[Turn]:
    """The letter's turn, its signatory's (or the sender's its title names), from its
    title on, and the annex's, its issuer's, from his heading on (no one's where no heading
    names him); none when the text is no such piece. named() gives the fact base's person
    a name stands for."""
    title, sender = _title(lines)
    if title is None:
        return []
    annex = next((n for n in range(title + 1, len(lines)) if ANNEX.match(lines[n][2])), len(lines))
    signed = next((m for _, _, t in lines[title + 1 : annex] if (m := SIGNED.fullmatch(t))), None)
    writer = _who(signed["name"], named, True) if signed else None
    writer = writer or _who(sender["sender"] if sender else "", named, False)
    turns = [Turn(lines[title][1], *writer, False)] if writer else []
    if annex < len(lines):
        head = lines[annex + 1 : annex + 1 + ISSUER_LINES]
        at = next(((e, m) for _, e, t in head if (m := ISSUED.fullmatch(_flat(t)))), None)
        issuer = _who(at[1]["issuer"], named, False) if at else None
        end = at[0] if at else lines[annex][1]
        turns.append(Turn(end, *(issuer or ("", False)), False))  # no one's: the article's
    return turns


def _title(lines: Sequence[tuple[int, int, str]]) -> tuple[int | None, re.Match[str] | None]:
    """The line the piece's title opens on, and its match; None, None when it has none."""
    titles = (  # a title is short: a long line is none, read no further (memory)
        (n, m)
        for n in range(min(TITLE_LINES, len(lines)))
        if len(lines[n][2]) <= TITLE_CHARS
        and (
            m := TITLE.match(
                _flat(" ".join(t[:TITLE_CHARS] for _, _, t in lines[n : n + TITLE_WRAPS]))
            )
        )
    )
    return next(titles, (None, None))


def _who(
    words: str, named: Callable[[str], tuple[str, bool] | None], person: bool
) -> tuple[str, bool] | None:
    """Who the words name: the fact base's person, else a body of a country by its
    country's name, else (a signature's) the name as written."""
    if not words:
        return None
    if found := named(words):
        return found
    body = possessive(words)
    if body:
        return body, False
    return (_flat(words), True) if person else None


def letter_furniture(
    text: str,
    found: Sequence[Candidate],
    furniture: Sequence[tuple[int, int]],
    lines: Sequence[tuple[int, int, str]],
) -> tuple[Sequence[Candidate], list[tuple[int, int]]]:
    """The candidates without the correspondence's furniture (its titles, its issuer's
    heading, the signatory's title and, under a letter's title only, the sentences its
    formulas make: a news text's "(see annex)" or "the present communication gap" is no
    writer's formula), and the furniture with them; else as they are."""
    titled = _title(lines)[0] is not None
    filing = filing_furniture(text)
    gone = [
        n
        for n, c in enumerate(found)
        if (c.parent is None and _frames(text, c, titled))
        or (filing is not None and _filed(text, c, filing))
    ]
    if not gone:
        return found, list(furniture)
    dropped, kept, moved = set(gone), Candidates(), dict[int, int]()
    spans = list(furniture)
    for n, c in enumerate(found):
        if n in dropped or (c.parent is not None and c.parent in dropped):
            if n in dropped:
                spans.append(_dropped(text, c, kept, filing is not None))
            continue
        moved[n] = len(kept)
        kept.append(c._replace(parent=None if c.parent is None else moved.get(c.parent)))
    return kept, sorted(set(spans))


def _dropped(text: str, c: Candidate, kept: Candidates, filing: bool) -> tuple[int, int]:
    """The furniture a dropped candidate leaves, with its stop; in a filing, from its line's
    start when no kept candidate stands before it there, and with a colon after it (the line
    whole, never a clause of it: "dated 13 July 2023 is furnished below" is no dated label)."""
    if not filing:
        return c.start, c.end + (text[c.end : c.end + 1] in ".!")
    line = text.rfind("\n", 0, c.start) + 1
    start = line if all(k.end <= line for k in kept[-1:]) else c.start
    tail = text[c.end : c.end + 2]
    return start, c.end + len(tail) - len(tail.lstrip(".!:"))


def _frames(text: str, c: Candidate, titled: bool) -> bool:
    """Whether the candidate is the correspondence's frame: a heading whole, a formula's
    sentence (titled: the text has a letter's title), or the signatory's title on the line
    under "(Signed) …"."""
    said = text[c.start : c.end]
    if heading(said) or (titled and FORMULA.search(_sentence(text, c))):
        return True
    line_start = text.rfind("\n", 0, c.start) + 1
    before = text[text.rfind("\n", 0, max(line_start - 1, 0)) + 1 : line_start].strip()
    whole = text[line_start : c.start].strip() == "" and len(said.split()) <= SIGNATORY_WORDS
    return whole and SIGNED.fullmatch(before) is not None


def _sentence(text: str, c: Candidate) -> str:
    """The sentence the candidate is of: from the stop before it to the stop after it,
    within its paragraph."""
    start = max(text.rfind("\n\n", 0, c.start), *(text.rfind(s, 0, c.start) for s in (". ", "? ")))
    stops = [i for s in (". ", ".\n", "? ") if (i := text.find(s, c.end)) >= 0]
    end = min([*stops, len(text)])
    return text[max(start, 0) : end]
