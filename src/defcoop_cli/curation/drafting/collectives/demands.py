"""A collective's demands and its signatories (see the package's account): the lines of a
list under a lead that makes demands in the first person, or in the body's own name for
itself ("The Party therefore calls upon the Union Government:"), or resolves to ("We
therefore call on the Government of Japan:", "We demand that:", "We therefore ask you:",
"The Committee resolved to demand that the Government:"), each item marked ("1.", "(a)",
"b)", "-", "•"), with the lead; and the lines under a roster's lead ("Signed by 17 organisations:",
"Signed:", "Signatories:") up to the next blank line; and a line that is the collective's
own resolution ("The Committee further resolved to observe 20 May as a day of protest.",
"We have resolved to hold a march."): its own programme, one of its organs or "We"
resolving, no happening of the talks (a government's or a named body's resolve stays).

A lead names the demand in the first person or as a resolution: a list the parties agreed
("The two ministers agreed to:"), or another's demands a report tells ("The opposition
demanded that the government:"), keeps its items, as a reported statement does.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from defcoop_cli.curation.drafting.body.kept import spans_apart
from defcoop_cli.curation.drafting.body.wrapped import Line
from defcoop_cli.curation.drafting.segments import Candidate, lines

_DEMAND = r"(?:calls?\s+(?:on|upon)|demands?|urges?|asks?|appeals?\s+to|requests?)"
# A body naming itself in the third person by its organ's word in capitals, as its own
# releases do ("The Party therefore calls upon the Union Government:", "The Federation
# demands that:"); lower case ("the party demanded that the government:") is a report's.
ORGAN = (
    r"(?:Party|Committee|Council|Federation|Union|Alliance|Association|Front|Forum"
    r"|Coalition|Network|Guild|Secretariat|Collective|Movement|Organisation|Organization)"
)
_ITSELF = rf"(?:^|[.!?]\s+)The\s+{ORGAN}(?!\s+[A-Z])"  # not "The Union Government"
# A lead of demands, its line ending in a colon: the first person making them, or a
# resolution to make them. Bounded words between: linear on any line.
_LEAD = re.compile(
    rf"(?:.*\b(?:We|we|I|{_ITSELF})\s+(?:[a-z]+\s+){{0,2}}?{_DEMAND}\b"
    rf"|.*\bresolved\s+(?:to\s+)?{_DEMAND}\b).{{0,120}}:\s*"
)
# An item's mark: a number, a letter or a roman numeral, bracketed or stopped; a dash, a bullet.
_ITEM = re.compile(r"(?:\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]|[-–•*])\s+\S")
# A roster's lead: "Signed by 17 organisations:", "Signed:", "Signatories:", "Undersigned:".
_ROSTER = re.compile(
    r"(?i:signed(?:\s+by\b[^:.]{0,60})?|(?:the\s+)?(?:signatories|undersigned)"
    r"(?:\s+\([^)]{0,30}\))?)\s*:\s*"
)
# The collective's own resolution, a line of its own: "We", or "The"/"This" and one of its
# organs ("The Central Working Committee", "This Federation"), then resolving to act; a
# government's, a ministry's or a named body's resolve ("The Government has resolved …",
# "The Parliamentary Standing Committee resolved …") is news and stays.
_RESOLVES = re.compile(
    r"(?:We|(?P<this>This|Our|The)(?P<words>(?: [A-Z][\w'’-]*){0,4}) (?P<body>[A-Z][a-z]+))"
    r"(?:,[^,\"“”]{1,80},)?"
    r" (?:(?:has|have|also|further|unanimously|therefore)\s+){0,3}resolved\s+(?:to|that)\s"
    r"[^\"“”:]{1,200}[.!]\s*"
)
# A collective's organ, and the words that qualify one ("The General Council")
_ORGANS = re.compile(
    r"(?i:committee|council|executive|federation|union|alliance|association|assembly"
    r"|conference|convention|forum|coalition|front|network|guild|secretariat|collective)"
)
_ORGAN_WORDS = re.compile(
    r"(?i:central|general|working|executive|national|governing|managing|annual"
    r"|extraordinary|special)"
)
HEAD = 3  # the statement names itself among its first lines


def _own(m: re.Match[str], text: str) -> bool:
    """Whether a resolution's subject is the collective's own: "We", one of its organs
    ("The Committee", "This Federation"), qualified by an organ's words or as the
    statement's head names it ("Resolution of the Central Working Committee")."""
    if m["body"] is None:
        return True
    if not _ORGANS.fullmatch(m["body"]):
        return False
    words = m["words"].split()
    head = "\n".join([x for x in text.split("\n") if x.strip()][:HEAD])
    return (
        m["this"] != "The"
        or all(map(_ORGAN_WORDS.fullmatch, words))
        or (f"{m['words'].strip()} {m['body']}" in head)
    )


# Either lead anywhere in a text, cheaply: whether its lines need reading at all.
_ANY_LEAD = re.compile(
    rf"(?i:\b{_DEMAND}\b[^\n:]{{0,120}}:[ \t]*(?:\n|\Z)|\bsigned\b[^\n:.]{{0,60}}:"
    r"|\b(?:signatories|undersigned)\b[^\n:]{0,40}:)"
)


def demands_lead(line: str) -> bool:
    """Whether a line is the lead of a list of demands (the module's account)."""
    return _LEAD.fullmatch(line) is not None


def roster_lead(line: str) -> bool:
    """Whether a line is the lead of a roster of signatories."""
    return _ROSTER.fullmatch(line) is not None


def _apart(text: str, every: Sequence[Line]) -> list[tuple[int, int]]:
    """The spans of the demands' leads and items, and of the rosters' leads and lines."""
    gone: list[tuple[int, int]] = []
    for n, line in enumerate(every):
        if demands_lead(line.text):
            items = []
            for after in every[n + 1 :]:
                if not _ITEM.match(after.text):
                    break
                items.append((after.start, after.end))
            if items:
                gone += [(line.start, line.end), *items]
        elif (m := _RESOLVES.fullmatch(line.text)) and _own(m, text):
            gone.append((line.start, line.end))
        elif roster_lead(line.text):
            gone.append((line.start, line.end))
            at = line.end
            for after in every[n + 1 :]:
                if text.count("\n", at, after.start) >= 2:  # a blank line: the roster ends
                    break
                gone.append((after.start, after.end))
                at = after.end
    return gone


def demands_apart(
    text: str, found: Sequence[Candidate], furniture: Sequence[tuple[int, int]], speaks: bool
) -> tuple[Sequence[Candidate], list[tuple[int, int]]]:
    """The candidates without a collective's demands and rosters, and the furniture with
    them, where a collective speaks (voice.Collective); any other document as it came (a
    minister's "We call on all countries to:", a readout's "Signed by the two ministers:")."""
    if not speaks or not (_ANY_LEAD.search(text) or "resolved" in text):
        return found, list(furniture)  # no lead: no list of the lines for nothing
    gone = _apart(text, lines(text))
    return spans_apart(found, furniture, gone, replacing=True)
