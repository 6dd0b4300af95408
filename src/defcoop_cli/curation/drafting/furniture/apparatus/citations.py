"""A page's or a script's apparatus, by its structure: citation and footnote markers ("[3]",
"¹²", "^"), a references, notes or bibliography list and its entries, how to cite the page
("Cite as: …"), a record's fields (a run of "Label: value" lines, a row of them side by side:
"Coded by: … | Reviewed by: … | Last edited: …"), and a broadcast script's cues in capitals
with their bracketed directions ("VO (GV: CROWD, PORT):"), and a document's heading that
names it with its place and day ("Statement issued by the Ministry of Defence, New Delhi, 5
May 2025": `dated_heading`). None of them is a fact's statement, and no name in them is an
entity.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# One citation or footnote marker: a bracketed number or letter ("[12]", "[a]", "[note 3]",
# "[12]: 4" a page's), a superscript figure (one: the run of markers repeats it, and a run
# inside that run backtracks exponentially before a figure's run ends in no marker), or a
# caret and a number ("^3", a markdown note's "[^3]"); a number in brackets just after a
# sentence's stop or another marker ("… in 2024.(3)", "….(1)(2)"; not "clause (3)", "5(2)").
# A "²" or "³" after a unit is its power, no marker ("5,000 km²", "40,000 m³").
MARKER = (
    r"(?:\[(?:\d{1,3}|[a-z]|\^\d{1,3}|(?:note|n|fn) ?\d{1,3})\](?:: ?\d+(?:[–-]\d+)?)?|[¹⁰⁴-⁹]"
    r"|(?<=[.!?\"”’])(?:\(\d{1,3}\))+"
    r"|(?<!\bm)(?<!km)(?<!cm)(?<!mm)(?<!ft)(?<!mi)(?<!\bin)[²³]|\^\d{1,3})"
)
MARKERS = re.compile(f"{MARKER}+")
_TRAILING = re.compile(f"(?:{MARKER})+$")

# A reader's remark in square brackets, put into the text by whoever marks or reviews it:
# initials or a word processor's comment label ("[FQ: check this figure]", "[Comment OA1:
# expand]"), or the reader's role ("[Tutor: source?]", "[Reviewer's note: …]"). It may hold
# sentences of its own ("[TK: which one? Name it.]"): body/wrapped.py cuts it off before
# the text's sentences are found, and it is furniture (asides.py): no report's words, its
# initials no name.
REMARK = re.compile(
    r"\[(?:(?:(?:Comment|Note|Query)\s+)?[A-Z]{2,3}\d{0,3}|(?i:tutor|marker|examiner|instructor"
    r"|supervisor|reviewer|referee|assessor|lecturer|teacher|grader|moderator)(?:['’]s\s+"
    r"(?i:comments?|notes?|query|remarks?))?)\s?\d{0,2}:\s[^\[\]\n]{1,300}\]"
)
_REMARK_AT_END = re.compile(rf"\s*{REMARK.pattern}\s*$")

# A heading that opens a list of the page's sources: "References", "Notes", "Sources",
# "Bibliography", "Further reading", "Works cited", perhaps with "[edit]" or a colon; or a
# repository page's heading over how to cite it ("Cite this paper", "Suggested citation"),
# its entry a citation.
_HEADING = re.compile(
    r"(?i)(?:notes(?: and references)?|references(?: and notes)?|sources|bibliography"
    r"|further reading|works cited|citations|footnotes|endnotes|literature"
    r"|cite this(?: \w+)?|how to cite(?: this \w+)?|(?:suggested|recommended) citation)"
    r"(?: ?\[edit\])?:?"
)
# A version history's entry: a version's number and its day in brackets, a colon, what
# changed ("- v2 (2 June 2025): corrected a date", "Version 1.1 (May 2025): first posted"):
# the page's own record of itself, no fact's statement.
_VERSION_ENTRY = re.compile(
    r"(?:[-•*]\s+)?(?i:v|version|rev\.?|revision)\s?\d{1,3}(?:\.\d{1,3})*"
    r"\s*\([^()\n]{0,40}\b(?:19|20)\d\d\)\s*:"
)
# An entry of such a list opens with a marker of its own: a caret or an arrow (a page's
# a back-link or a bracketed, dotted or superscript number (a print note's "² Ministry of
# Defence, Annual Report…", a paper's endnote "(2) Ministry of Defense, …"), a bullet.
_ENTRY_OPENS = re.compile(
    r"(?:[-•*]\s+)?(?:[\^↑]|\[\d{1,3}\]|\(?\d{1,3}[.)]\s|[¹²³⁰⁴-⁹]{1,3}\s|[-•*]\s)"
)
_OWN_MARKER = re.compile(r"(?:[-•*]\s+)?(?:[\^↑]|\[\d{1,3}\])")  # no bullet's, no list's
# What marks a line as a citation: a title in quotation marks, a date or year in brackets,
# the words of a bibliography ("Retrieved", "p. 114", "ISBN", "doi:", "Press", "ed."), a URL.
_CITES = re.compile(
    r"[\"“][^\"“”\n]{4,}[\"”]|\((?:[^()\n]{0,20}\b)?(?:1[89]|20)\d\d[a-z]?\)"
    r"|\b(?:Retrieved|Accessed|Archived|ISBN|ISSN|doi|pp?\.\s?\d|(?:University )?Press\b|eds?\.)"
    r"|https?://|\bwww\."
)


def trim_markers(text: str, start: int, end: int) -> int:
    """Where the span's text ends without the markers at its end ("… in 2014.[1][2]" ends
    at the full stop), nor a reader's remark ("… in 2014. [FQ: check this]": REMARK)."""
    # The end's last characters only: a pattern anchored at the end, tried from every
    # start of a long line, would be quadratic in it; no run of markers is this long.
    remark = (
        _REMARK_AT_END.search(text, max(start, end - 400), end)
        if text[end - 1 : end] == "]"
        else None
    )
    end = remark.start() if remark else end
    m = _TRAILING.search(text, max(start, end - 200), end)
    return m.start() if m else end


# A marker inside a sentence, after a clause and before the conjunction of the next ("… on 22
# April,[7] and the Japanese side condemned …"): each clause cites its own source. Not one
# before a clause that the first opens ("Gamma said on Monday,[12] that the harbour …"),
# nor one after a list's member ("the navies of India,[3] Japan[4] and Australia[5] to …",
# "the deal,[7] and the drills,[8] and the talks would matter"): the words on each side,
# to the marker before and after it, must each hold a verb of their own (`FINITE`).
_INSIDE = re.compile(rf"[,;]?(?:{MARKER})+\s+(?=(?:and|but|while|whereas)\s)")
_CLAUSE_WORDS = 3  # words on each side at least: no fragment of a clause
# A finite verb: an auxiliary or a modal, a regular past, a common irregular past.
FINITE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|shall|should|can|could|may|might|must"
    r"|did|does|do|[a-z]{2,}ed|met|held|took|made|gave|sent|said|told|went|came|saw|began"
    r"|became|drew|won|led|left|kept|brought|fought|sought|struck|spoke|wrote|rose|fell"
    r"|grew|knew|stood|ran|built|bought|sold|paid|lost|found|thought|heard|got)\b"
)


def cited_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """text[start:end] cut at the markers inside it (`_INSIDE`) that stand between two
    clauses, each with its own verb: the clauses on either side, the markers between them
    cut out (furniture, no statement's words); whole if none (its markers are stripped
    from its statement: `without_markers`)."""
    parts, at = [], start
    marks: list[tuple[int, int]] | None = None  # listed at the first inside marker only
    for m in _INSIDE.finditer(text, start, end):
        if marks is None:
            marks = [k.span() for k in MARKERS.finditer(text, start, end)]
        before = max((b for _, b in marks if b <= m.start()), default=at)
        after = min((a for a, _ in marks if a >= m.end()), default=end)
        sides = (text[at : m.start()], text[m.end() : end])
        clauses = (text[max(at, before) : m.start()], text[m.end() : after])
        if min(len(side.split()) for side in sides) >= _CLAUSE_WORDS and all(
            FINITE.search(clause) for clause in clauses
        ):
            parts.append((at, m.start()))
            at = m.end()
    return [*parts, (at, end)]


def without_markers(sentence: str) -> str:
    """A sentence without its citation markers: a statement never holds one."""
    return MARKERS.sub("", sentence)


def is_citation(line: str) -> bool:
    """Whether a line reads as one entry of a list of sources: its own marker and a
    citation's marks ("^ Sato, K. (2020). Title. Press.", "[4] "A title". Paper. 2024.")."""
    return _OWN_MARKER.match(line) is not None and _CITES.search(line) is not None


# A document's heading: what it is, then its place and its whole day after commas, and no
# stop ("Statement issued by the Ministry of Defence of India, New Delhi, 5 May 2025",
# "Joint statement of the two ministers, Tokyo, June 12, 2024"): it says what the text
# below is, as a dateline does, and tells no fact, a stop put after it or not (a body's
# unstopped last line is kept as its sentence only where a stop would make it one). Not a
# sentence that goes on after the day, nor one giving a day without the comma before it
# ("… met in Oslo on 5 May 2025").
_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
# It opens with what the document is (a caption, "X with Y at South Block, New Delhi, 5 May
# 2025.", or a sentence ending in its place and day opens with no such word: R36, a
# sentence's day is not the page's).
_DOCUMENT = (
    r"(?:(?:the |a )?(?:full )?text of (?:the |a )?)?"
    r"(?:joint |press |final |official |opening |closing |keynote |media )*"
    r"(?:statement|release|communiqu[eé]|readout|declaration|remarks|speech|address|note"
    r"|letter|transcript|briefing|fact ?sheet|minutes|record|summary|message|memorandum)s?\b"
)
_DATED_HEADING = re.compile(
    rf"(?i:{_DOCUMENT})[^.!?;:\n]{{0,200}}, [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){{0,3}}, "
    rf"(?:\d{{1,2}} {_MONTHS}|{_MONTHS} \d{{1,2}},) \d{{4}}\.?"
)


def dated_heading(line: str) -> bool:
    """Whether the line is a document's heading with its place and day (`_DATED_HEADING`)."""
    return len(line) < 300 and _DATED_HEADING.fullmatch(line.strip()) is not None


# How to cite the page: "Cite as: …", "Suggested citation: …", "How to cite this report:";
# and what it was written from: "Sources consulted: Ministry of Defence press release; …".
_CITE_AS = re.compile(
    r"(?i)(?:please )?(?:cite (?:this (?:\w+ )?)?as|(?:suggested|recommended|preferred)"
    r" citation|how to cite(?: this \w+)?|sources?(?: consulted| used| cited)?)\s*:"
)
# A record's field: a label of four words at most, a colon, a value with no stop at its end
# ("Outcome level: 2 (statements of intent, no signed instrument)"); a row of them side by
# side, between bars ("Coded by: T. Fernandes | Reviewed by: K. Iyer | Last edited: …").
_FIELD = r"[A-Z][\w'’/()-]*(?: [\w'’/()-]+){0,3}:\s+[^\s|][^|]{0,100}"
_RECORD_FIELD = re.compile(rf"{_FIELD}(?<![.!?…])")
_FIELD_ROW = re.compile(rf"{_FIELD}(?:\|\s*{_FIELD}){{1,6}}")
RECORD_RUN = 3  # a record's fields stand in a run of so many lines at least
FIELD_WORDS = 12  # a field's line is short


def record_lines(lines: Sequence[str]) -> set[int]:
    """The numbers of the lines that are a record's fields (a run of RECORD_RUN short
    "Label: value" lines with no stop at their end, or a row of fields between bars) or
    say how to cite the page."""
    found: set[int] = set()
    run: list[int] = []
    for number, line in enumerate([*lines, ""]):
        short = len(line) <= 300 and len(line.split(maxsplit=FIELD_WORDS)) <= FIELD_WORDS
        if short and _RECORD_FIELD.fullmatch(line):
            run.append(number)
            continue
        found.update(run if len(run) >= RECORD_RUN else ())
        run = []
        if len(line) <= 400 and (_CITE_AS.match(line) or _FIELD_ROW.fullmatch(line)):
            found.add(number)
    return found


def reference_lines(lines: Sequence[str]) -> set[int]:
    """The numbers of the lines of the text's lists of sources: a heading of such a list
    and the entries under it, up to a line that is no entry (a list's entries may lack
    markers: each must then read as a citation); any line elsewhere that reads as an
    entry of one ("^ …" with a citation's marks) or a version history's entry; and a
    record's fields (record_lines)."""
    found = record_lines(lines)
    listing = False
    for number, line in enumerate(lines):
        if _HEADING.fullmatch(line.strip()):
            found.add(number)
            listing = True
        elif listing and (_ENTRY_OPENS.match(line) or _CITES.search(line)):
            found.add(number)
        elif is_citation(line) or _VERSION_ENTRY.match(line.strip()):
            found.add(number)
            listing = False
        else:
            listing = False
    return found


# A script's cue at a line's start: a word or two in capitals ("VO", "SOT", "GFX", "V/O",
# "LOWER THIRD"), its direction in brackets in capitals ("(GV: CROWD, PORT)", "(FILE)"),
# then a colon; the spoken words follow. A speaker's label has no such direction in
# capitals ("REPORTER (V/O):" is one: its bracket holds a cue, no shot).
# A voice-over's cue alone ("VO: ", "V/O: ", "OOV: ") is the script's too: the narration
# after it is the piece's words, the cue no part of them.
_CUE = re.compile(
    r"[A-Z][A-Z/.-]{0,11}(?: [A-Z][A-Z/.-]{0,11})? ?\((?=[^()\n]*:)[^()a-z\n]{2,80}\):[ \t]+"
    r"|(?:VO|V/O|OOV|VO/SOT):[ \t]+"
)


def script_cue(line: str) -> re.Match[str] | None:
    """A script's cue and direction opening the line: "VO (GV: HANDSHAKE, PHOTO-OP): ",
    "GFX (MAP: STRAIT, BASES): " (a shot's description: a colon inside; "SOT (NAKATANI,
    IN JAPANESE):" is a speaker's label, speakers.py's)."""
    return _CUE.match(line)
