"""A debate's briefing pack (a society's or a class's motion pack), told by its motion
("Motion: This House would …", a line "This House believes that …"): its apparatus, whatever
the society, is furniture:

- its round's or session's line ("Round date: …", "Session 4: …", "Venue: …"): when and
  where the debate is, no fact of the talks (a holiday or a hall named there is no entity);
- its arguments for and against the motion: the items ("- …", "1. …") under a heading of
  lines, arguments or points for a side ("3. LINES FOR PROPOSITION", "Arguments against the
  motion", "Opposition"): suggested, not told (a news story's "Officials listed three
  arguments for the deal" is a sentence, no heading, and stays);
- a paragraph of instructions to its readers: its sentences each about the pack itself
  ("Read this pack before prep time.", "Queries about this pack: …"), an instruction, a
  judging or format rule, or, after one of these, a sentence opening on "It" or "This"
  ("It is a starting point, not a case.");
- a judging or format rule: a sentence whose subject is the debate's judges, teams,
  speakers or a rule of the format ("Adjudicators will reward teams that …", "Points of
  Information are allowed …"), with a modal or "is/are", about the debate's conduct.

A pack's summary of the talks ("On 5 May Singh hosted …") and a named judge's view told of
him ("Professor X told the society that …") stay: they are no rule.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from defcoop_cli.curation.drafting.body.wrapped import Line
from defcoop_cli.curation.drafting.furniture.apparatus.instructions import instructs
from defcoop_cli.factbase.sentences import sentence_spans

_MOTION = re.compile(
    r"(?m)^\s*(?:(?i:motion)\s*:\s*)?(?:This|THIS) (?:House|HOUSE) (?i:believes|would|regrets"
    r"|supports|opposes|prefers|welcomes|calls)\b"
)
NUMBERED = r"(?:\d{1,2}(?:\.\d{1,2})?[.)]?\s+)?"  # a heading's number: "3. ", "2.1 "
# The round's or session's line: a label of when or where the debate is, a colon, a value
_ROUND = re.compile(
    r"(?i:(?:round|session|heat|debate|tournament|seminar|tutorial|workshop)(?:\s+\d{1,2})?"
    r"(?:\s+(?:date|time|day|venue|room|schedule))?|venue|room|prep(?:aration)? time"
    r"|date of (?:the )?(?:round|session|debate))\s*:\s+\S.{0,200}"
)
_SIDE = r"(?:the\s+)?(?:proposition|opposition|government|affirmative|negative|motion|prop|opp)"
_SIDES = re.compile(
    rf"{NUMBERED}(?i:(?:(?:suggested|possible|key|main|sample|likely)\s+)?"
    r"(?:lines|arguments|points|cases?|ideas|angles|material|clash(?:es)?)\s+"
    rf"(?:for|against|on|in favour of)\s+{_SIDE}(?:\s+(?:side|bench|team))?"
    r"|(?:the\s+)?(?:proposition|opposition|government|affirmative|negative)"
    r"(?:\s+(?:case|side|bench|lines|arguments|points))?"
    r"|(?:for|against)\s+the\s+motion|pros|cons|pros and cons)\s*:?"
)
ITEM = re.compile(r"(?:[-–•*]|\d{1,2}[.)]|\(?[a-z][.)])\s+\S")  # a list's item: "- …", "1. …"
# The pack on itself: "this pack", "this brief", "the pack"
_ITSELF = re.compile(
    r"(?i)\bthis (?:pack|briefing pack|brief|briefing|guide|handout|sheet|dossier)\b"
    r"|\bthe (?:briefing )?pack\b"
)
# A judging or format rule: its subject the debate's judges, teams, speakers or a rule of
# the format, then a modal or "is/are", about the debate's conduct
_RULE = re.compile(
    r"(?P<who>(?:(?:The |Each |Every |All )?(?i:chief )?(?i:adjudicators?|judges|adjudication panel"
    r"|teams?|speakers?|debaters?|speech(?:es)?|whips?)"
    r"|(?i:points? of (?:information|order|clarification)|POIs?|prep(?:aration)? time"
    r"|heckling|protected time)))\b[^.!?\"“”]{0,40}?\b(?:will|shall|should|must|may|can"
    r"|cannot|are|is)\b[^\"“”]{0,250}[.!]"
)
_CONDUCT = re.compile(
    r"(?i)\b(?:reward\w*|mark\w*|penali[sz]\w*|credit\w*|speech(?:es)?|speakers?|teams?"
    r"|minutes?|allowed|permitted|barred|offered|accepted|prep|adjudicat\w*|rounds?"
    r"|points? of information|POIs?)\b"
)
_AFTER = re.compile(r"(?:It|This)(?:['’]s)? ")  # "It is a starting point, not a case."


def debate_pack(text: str) -> bool:
    """Whether the text is a debate's pack: it states a motion ("This House …")."""
    return _MOTION.search(text) is not None


def debate_apparatus(text: str, every: Sequence[Line]) -> list[tuple[int, int]]:
    """The spans of a debate pack's apparatus (the module's account); none elsewhere."""
    if not debate_pack(text):
        return []
    out = [(x.start, x.end) for x in every if _ROUND.fullmatch(x.text)]
    out += [(every[k].start, every[k].end) for k in _sides(every)]
    for line in every:
        spans = sentence_spans(text, line.start, line.end)
        ruled = [_ruled(text[a:b]) for a, b in spans]
        if True in ruled and False not in ruled:
            out.append((line.start, line.end))  # a paragraph of apparatus, whole
            continue
        out += [span for span, flag in zip(spans, ruled, strict=True) if flag]
    return out


def _sides(every: Sequence[Line]) -> list[int]:
    """The items right under each heading of a side's lines (`_SIDES`)."""
    out: list[int] = []
    for n, line in enumerate(every):
        if _SIDES.fullmatch(line.text):
            for k in range(n + 1, len(every)):
                if not ITEM.match(every[k].text):
                    break
                out.append(k)
    return out


def _rule(sentence: str) -> bool:
    """Whether a sentence is a judging or format rule (`_RULE`, `_CONDUCT`)."""
    m = _RULE.fullmatch(sentence)
    return m is not None and _CONDUCT.search(sentence, m.end("who")) is not None


def _ruled(sentence: str) -> bool | None:
    """True for a sentence about the pack itself, an instruction or a rule; None for one
    opening on "It"/"This" (apparatus only after these, in a paragraph of them); False
    otherwise."""
    text = sentence.strip()
    if _ITSELF.search(text) or _rule(text) or instructs(text):
        return True
    return None if _AFTER.match(text) else False
