"""A collective's own voice (see the package's account): a document is one where a body
speaks in the first person plural, two of its sentences or more opening on "We" outside a
quotation, and makes its demands or gives its signatories (a lead of demands.py), or names
itself ("We, the undersigned …", "We, the members of …").

There, a sentence in the statement's own voice ("the article": no party speaks it, no
verb gives it to one) that names no person of the fact base, takes no party's stance (a
condemnation stays one), dates no happening and tells of no words said ("We learned what
was said there only from short readouts" tells of the record) is the body's view: "We
are alarmed that our government …", "We have never opposed cooperation with Japan",
"Such talk prepares the public for …", "None of these plans has been placed before
Parliament". It is filed first under the assessment topic and is the claim of no party's
fact (R5, R35). What the statement reports of the ministers ("Minister Singh invited
Japanese companies …") names them and stays theirs (R6).

A document where a person of the fact base speaks or signs is no collective's: a line's
label names him ("Rajnath Singh: We call on all countries to:", a transcript), or a line of
its roster does ("Signed: Rajnath Singh, Gen Nakatani", the two governments' joint
statement): its "we" is the parties' own (review 18b).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from defcoop_cli.curation.drafting.about.framing import dated
from defcoop_cli.curation.drafting.collectives.critics import domestic_verdict
from defcoop_cli.curation.drafting.collectives.demands import demands_lead, roster_lead
from defcoop_cli.curation.drafting.segments import each_line
from defcoop_cli.curation.drafting.speakers import Reading
from defcoop_cli.curation.drafting.verbs import SAYING, reported_verb
from defcoop_cli.factbase.records import Entity
from defcoop_cli.factbase.vocab import THE_SOURCE

WE_SENTENCES = 2  # a body speaks in its own voice in two sentences or more
# A sentence opening on "We" (not in a quotation: the quotation mark comes first).
_WE = re.compile(r"(?:^|(?<=[.!?;:]\s))We\s")
_NAMES_ITSELF = re.compile(r"(?:^|(?<=[.!?]\s))We,\s+the\s+(?:undersigned|members)\b")
_OWN_STANCES = frozenset({"reported", "raised concern"})
_LABEL = re.compile(r"\s*([^:\n]{1,80}):")  # a line's label before its colon: a speaker's


def _a_party_speaks(text: str, entities: Sequence[Entity]) -> bool:
    """Whether a person of the fact base is named in a line's label or in a roster's line
    (the module's account)."""
    names = [
        re.compile(rf"(?i)\b{re.escape(n)}\b")
        for e in entities
        if e.type == "person"
        for n in (e.name, *e.aliases)
        if len(n) > 3
    ]
    if not names:
        return False
    roster, held = False, []
    for line in each_line(text):
        if roster_lead(line.text):
            roster = True
            continue
        roster = roster and bool(line.text.strip())
        label = _LABEL.match(line.text)
        if roster or label:
            held.append(line.text if roster else label.group(1) if label else "")
    return any(name.search(words) for words in held for name in names)


class Collective:
    """Whether a document is in a collective's own voice, read once; and its views."""

    def __init__(self, text: str, entities: Sequence[Entity] = ()) -> None:
        self.speaks = False
        if "We" not in text:
            return
        we = sum(len(_WE.findall(line.text)) for line in each_line(text))
        if we < WE_SENTENCES:
            return
        self.speaks = (
            _NAMES_ITSELF.search(text) is not None
            or any(demands_lead(line.text) or roster_lead(line.text) for line in each_line(text))
        ) and not _a_party_speaks(text, entities)

    NONE: Collective  # a document in no collective's voice (set below)

    def read(
        self, quote: str, r: Reading, entities: Sequence[str], people: Collection[str]
    ) -> Reading:
        """The reading of a sentence, the body's view where it is one (the module's account);
        a domestic critic's verdict on its government's handling of the talks, in any
        document (critics.py, R60)."""
        r = domestic_verdict(quote, r)
        if not self.speaks or r.view or r.attribution != THE_SOURCE:
            return r
        if r.stance not in _OWN_STANCES or any(e in people for e in entities) or dated(quote):
            return r
        hit = reported_verb(quote)  # "We learned what was said there only from readouts":
        if hit is not None and hit.match.group().lower() in SAYING:  # it tells of words
            return r
        return r._replace(kind="assessment", view=True, rule=f"{r.rule}; a collective's own view")


Collective.NONE = Collective("")
