"""The reporting verbs: the words that make a sentence a party's claim, with the stance and
the kind each proposes. Segmentation splits clauses at them; attribution reads their
subjects."""

from __future__ import annotations

import re
from typing import NamedTuple

# The reporting verbs: (pattern, stance, kind). Matched as whole words, case-insensitive;
# the first in the sentence wins. Order matters only between overlapping patterns.
REPORTING_VERBS: tuple[tuple[str, str, str], ...] = (
    (
        r"raised (?:serious |grave )?concerns?|expressed (?:serious |grave |deep )?concerns?",
        "raised concern",
        "concern",
    ),
    (r"reaffirm(?:ed|s)?|reiterat(?:ed|es?)|renewed", "reaffirmed", "commitment"),
    (r"agree(?:d|s)?|signed|decided|committed", "agreed", "commitment"),
    (
        r"discuss(?:ed|es|ing)?|held (?:bilateral )?talks|talked|addressed|reviewed|deliberated"
        r"|exchanged (?:their )?views",
        "discussed",
        "event",
    ),
    (
        r"stress(?:ed|es)?|emphasi[sz](?:ed|es?)|underlin(?:ed|es?)|underscor(?:ed|es?)",
        "stressed",
        "position",
    ),
    (r"highlight(?:ed|s)?", "highlighted", "position"),
    (r"invit(?:ed|es?)", "invited", "event"),
    (r"brief(?:ed|s)?", "briefed", "event"),
    (r"warn(?:ed|s)?|cautioned", "raised concern", "concern"),
    (r"condemn(?:ed|s)?|denounc(?:ed|es?)|deplor(?:ed|es?)", "condemned", "position"),
    (
        r"express(?:ed|es)?|said|says|say|stated|told|announced|noted|added|welcomed|argu(?:ed|es)"
        r"|insist(?:ed|s)?|maintain(?:ed|s)|reject(?:ed|s)|den(?:ied|ies)|accus(?:ed|es)"
        r"|urg(?:ed|es)|call(?:ed|s) (?:for|on)|confirm(?:ed|s)|acknowledg(?:ed|es)"
        r"|admit(?:ted|s)|according to|thank(?:ed|s)|prais(?:ed|es)|convey(?:ed|s)"
        r"|indicat(?:ed|es)|signall?(?:ed|s)|describ(?:ed|es)",
        "reported",
        "position",
    ),
    # Events the article reports in its own voice: no party's claim.
    (r"met|meets|visited|arrived|took place|(?:was|were) held", "reported", "event"),
)
# Whole words, not inside a compound: "much-discussed" is no discussion.
VERBS = [
    (re.compile(rf"(?<![\w-])(?:{p})(?![\w-])", re.IGNORECASE), s, k) for p, s, k in REPORTING_VERBS
]


class Verb(NamedTuple):
    """A reporting verb found in a sentence: where it is, the stance and the kind."""

    match: re.Match[str]
    stance: str
    kind: str


def first_verb(sentence: str) -> Verb | None:
    """The reporting verb that comes first in the sentence (the earlier pattern of two that
    start at the same place), or None."""
    hit = None
    for pattern, stance, kind in VERBS:
        m = pattern.search(sentence)
        if m and (hit is None or m.start() < hit.match.start()):
            hit = Verb(m, stance, kind)
    return hit


def verb_spans(sentence: str) -> list[tuple[int, int]]:
    """Every reporting verb's span in the sentence, in order."""
    return sorted(
        (m.start(), m.end()) for pattern, _, _ in VERBS for m in pattern.finditer(sentence)
    )


def has_verb(text: str) -> bool:
    return any(pattern.search(text) for pattern, _, _ in VERBS)
