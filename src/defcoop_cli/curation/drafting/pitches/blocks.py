"""A pitch's blocks, by the lines that introduce them.

A block of quotations: a line that gives the lines under it to someone, by a cue ("QUOTES
YOU CAN USE (attributable to Prof. Meenal Sathe)", "Comment from Dr. Menon:", "On the
record:") or as a label of a name and its posts ending in a colon ("Dr Sunita Rao, Senior
Fellow, Maritime Programme:"), over lines each of which is a whole quotation ('"…"', '“…”').
Each quotation is the words of the one the line names, whatever they name ("Tokyo no longer
wants…" is the expert's view, not Japan's act): R5, R35. A cue naming no one ("On the
record:") takes the person the heading above it names ("EXPERT 2: Prof. Rohan Deshpande,
…"), a surname alone ("Dr. Menon") the full name a heading gave. The block ends at the first
line that is no whole quotation, so a wire story's "…, said Prof. X, who heads …" or a
quotation run into a paragraph is no block.

A summary's source, in a pitch (a document with a block: voices.py asks for no section
elsewhere, so that a paper's "BACKGROUND (from agency reports)" box stays the paper's): a
short heading that names where its lines come from, in brackets at
its end ("WHAT HAPPENED (from the two ministries' readouts)", "THE TALKS IN BRIEF (per the
Japanese readout)"), over the lines up to a blank line or the next heading. What those lines
tell that is no party's act (the meeting was held) is that source's (R6); a party's act told
there stays the doer's.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Sequence
from typing import NamedTuple

from defcoop_cli.curation.drafting.entities import NOT_A_PERSON, TITLE_MODIFIERS, TITLES

# A line that is one whole quotation, perhaps a bullet's: no quotation mark inside it.
_QUOTATION = re.compile(r"\s*(?:[-•*]\s+)?[\"“][^\"“”]{2,}[\"”]\s*")
# A cue giving the lines under it to someone: the name after it, up to a comma, a bracket
# or a colon ("attributable to Prof. X)", "Comment from Dr. X:"); "on the record" names none.
_CUE = re.compile(
    r"(?i:\b(?:attributable|attributed|credited)\s+to|\b(?:quotes?|comments?|reactions?"
    r"|remarks|quotations?)\s+(?:from|by)|\bon\s+the\s+record\b)"
)
_AFTER_CUE = re.compile(r"[\s:—–-]*([^,():;]*(?:\([^()]*\)[^,():;]*)*)")
# A heading's own label before a name: "EXPERT 2: ", "3. ", "- "
_LABEL = re.compile(r"(?:[A-Z][A-Za-z]{1,15}\s+\d{1,2}\s*[:.)—–-]\s*|\d{1,2}[.)]\s+|[-•*]\s+)")
# Ranks and forms of address that no title list of a minister's holds, as a fellow's name
# line gives them ("Cmde (retd) Anil Bhatt", "Professor Rao").
_RANKS = frozenset(["cmde", "cdre", "commodore", "professor", "doctor", "ambassador", "retd"])
# Titles of an office a party of a meeting holds: a block under one is that official's own
# words, never an expert's view ("Remarks by Prime Minister X:").
_OFFICES = frozenset(["minister", "mantri", "secretary", "spokesperson", "spokesman", "pm", "rm"])
_OWNERS = re.compile(r"[A-Z][a-z]+['’]s")  # "Japan's Defence Minister Gen Nakatani"
_BRACKETED = re.compile(r"\([^()]*\)")  # "(retd)": no part of a name
_NAME_WORD = re.compile(r"[A-Z][a-z’'-]+|[A-Z]\.")
MAX_INTRO_WORDS = 20  # an introducing line is short: a longer one is a sentence
MAX_HEADING_WORDS = 14
NAMES_KEPT = 8  # the last headings' names a surname or a cue naming no one may take
MAX_LINE = 300  # characters: a longer line is no heading, and is never split into words
_SOURCE = re.compile(
    r"\((?i:from|per|according\s+to|sources?:|based\s+on)\s+([^()]{3,80})\)\s*:?\s*$"
)


class Block(NamedTuple):
    """The introducing line's index, the first and last quotation lines', the speaker, and
    whether the line gives the speaker an office's title (an official's own words)."""

    intro: int
    first: int
    last: int
    speaker: str
    official: bool = False


def _bare(word: str) -> str:
    return word.lower().strip("().,")


def _title(word: str, after: str) -> bool:
    """Whether a word before a name is a title's: a title, a rank, a title's modifier
    ("Defence", "Prime"), or a country's possessive before a title ("Japan's Defence …")."""
    bare = _bare(word)
    if bare in TITLES or bare in _RANKS or bare in TITLE_MODIFIERS or not bare:
        return True
    return bool(_OWNERS.fullmatch(word)) and _bare(after) in TITLES | TITLE_MODIFIERS


def _a_place(name: str) -> bool:
    """Whether a name is a country, a capital or another place of places.tsv ("Beijing")."""
    from defcoop_cli.curation.drafting.pages import gazetteer

    g = gazetteer()
    return name in g.countries or name in g.capitals or name in g.places or name in g.demonyms


def titled_name(words: str) -> tuple[str, bool] | None:
    """The person's name words give, titles and ranks dropped ("Cmde (retd) Anil Bhatt":
    "Anil Bhatt"), and whether a title dropped is an office's ("Defence Minister X"); one to
    four words each in a name's case, no body's nor a place's; else None."""
    parts = _BRACKETED.sub(" ", words).split()
    dropped = []
    while parts and _title(parts[0], parts[1] if len(parts) > 1 else ""):
        dropped.append(_bare(parts[0]))
        parts = parts[1:]
    if not 0 < len(parts) <= 4 or not all(_NAME_WORD.fullmatch(p) for p in parts):
        return None
    name = " ".join(parts)
    if NOT_A_PERSON.search(name) or _a_place(name):  # "Media Relations Office", "Beijing"
        return None
    return name, any(w in _OFFICES for w in dropped)


def person_name(words: str) -> str | None:
    """The person's name words give, titles and ranks dropped (titled_name), else None."""
    named = titled_name(words)
    return named[0] if named else None


def _headed_name(line: str) -> str | None:
    """The person a heading or a name line names before its first comma ("EXPERT 1: Dr.
    Kavya Menon, Associate Professor, …"), else None."""
    if len(line) > MAX_LINE or line.rstrip().endswith((".", "?", "!")):
        return None
    if len(line.split()) > MAX_HEADING_WORDS:
        return None
    label = _LABEL.match(line)
    head = line[label.end() :] if label else line
    return person_name(head.split(",")[0].rstrip(": "))


def _introduced(line: str) -> tuple[str | None, bool] | None:
    """The name the line gives quotations under it to, and whether as an office's holder;
    None for a name when it names no one ("On the record:"), "" when what it names is no
    person ("Comments from readers:", "Reaction from Beijing:"); None for no such line."""
    if len(line) > MAX_LINE or line.rstrip().endswith((".", "?", "!")):
        return None
    if len(line.split()) > MAX_INTRO_WORDS:
        return None
    cue = _CUE.search(line)
    if cue is not None:
        after = _AFTER_CUE.match(line, cue.end())
        words = after[1].strip() if after else ""
        named = titled_name(words) if words else None
        return named if named else ("" if words else None, False)
    if line.rstrip().endswith(":") and "," in line and (name := _headed_name(line)):
        return name, False  # "Dr Sunita Rao, Senior Fellow, Maritime Programme:"
    return None


def _full(name: str, named: Sequence[str]) -> str:
    """A surname alone as the full name a heading gave it ("Menon": "Kavya Menon")."""
    if " " in name:
        return name
    return next((n for n in reversed(named) if n.split()[-1] == name), name)


def quote_blocks(lines: Sequence[str]) -> list[Block]:
    """Each block of whole quotations under a line that gives them to someone."""
    return [b for b in introduced_runs(lines) if b.speaker]


def introduced_runs(lines: Sequence[str]) -> list[Block]:
    """Each run of whole quotations under an introducing line: a block, or, its speaker
    "", a run under a line that names no person, which nobody before it says."""
    blocks: list[Block] = []
    named: deque[str] = deque(maxlen=NAMES_KEPT)  # the people headings named, the last last
    fresh = False  # a heading's name serves the cues after it, up to the next block
    for n, line in enumerate(lines):
        intro = _introduced(line)
        last = n
        while intro is not None and last + 1 < len(lines) and _QUOTATION.fullmatch(lines[last + 1]):
            last += 1  # the run under an introducing line only: others are never read
        if intro is None or last == n:
            if (name := _headed_name(line)) is not None:
                named.append(name)
                fresh = True
            continue
        name = intro[0] if intro[0] is not None else (named[-1] if fresh else None)
        if name:
            blocks.append(Block(n, n + 1, last, _full(name, named), intro[1]))
            fresh = False
        elif name == "":
            blocks.append(Block(n, n + 1, last, ""))
    return blocks


def in_block(lines: Sequence[str], blocks: Sequence[Block], sentence: str) -> bool:
    """Whether the sentence is (part of) a block's quotation or its introducing line."""
    said = sentence.strip()
    return any(said in lines[i] for b in blocks for i in range(b.intro, b.last + 1))


def source_sections(lines: Sequence[tuple[int, int, str]], text: str) -> list[tuple[int, int, str]]:
    """Each summary under a heading naming its source: its span (from its first line to its
    last) and the source's words as the heading gives them."""
    sections = []
    for n, (_, end, line) in enumerate(lines):
        m = _SOURCE.search(line) if len(line) <= MAX_LINE else None
        if m is None or len(line.split()) > MAX_HEADING_WORDS or n + 1 == len(lines):
            continue
        last = n + 1
        while last + 1 < len(lines) and "\n\n" not in text[lines[last][1] : lines[last + 1][0]]:
            if _headed_name(lines[last + 1][2]) or _introduced(lines[last + 1][2]):
                break
            last += 1
        if "\n\n" not in text[end : lines[n + 1][0]]:
            sections.append((lines[n + 1][0], lines[last][1], m[1].strip()))
    return sections
