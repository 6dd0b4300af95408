"""A collective's own voice (see the package's account): a document is one where a body
speaks in the first person plural, two of its sentences or more opening on "We" outside a
quotation, and makes its demands or gives its signatories (a lead of demands.py), or names
itself ("We, the undersigned …", "We, the members of …"); or one where it names itself in
its own first person ("Our party stands with …") and in two sentences or more opens on that
or on its organ's word in capitals ("The Party notes …", "The Party has long argued …"), as
a party's press release does. There its name for itself is its own voice too, "the article"
(R35, R39, R64), and its own "notes" or "stresses" a view, `reported` (R60); a party another's
report names ("the party said", "The Party notes" with no "Our party" outside a quotation)
stays the party's. A person the statement quotes who is none of the fact base's people (its
spokesperson: "said the party's national spokesperson, Name") gives its view in her mouth:
hers by name (R54), filed under the assessment topic as its own sentences are (R39, R44).

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
from defcoop_cli.curation.drafting.collectives.demands import ORGAN, demands_lead, roster_lead
from defcoop_cli.curation.drafting.segments import each_line
from defcoop_cli.curation.drafting.speakers import Reading
from defcoop_cli.curation.drafting.verbs import SAYING, reported_verb
from defcoop_cli.factbase.records import Entity
from defcoop_cli.factbase.vocab import THE_SOURCE

WE_SENTENCES = 2  # a body speaks in its own voice in two sentences or more
# A sentence opening on "We" (not in a quotation: the quotation mark comes first).
_WE = re.compile(r"(?:^|(?<=[.!?;:]\s))We\s")
_NAMES_ITSELF = re.compile(r"(?:^|(?<=[.!?]\s))We,\s+the\s+(?:undersigned|members)\b")
# A sentence opening on the body's own name for itself: its first person ("Our party",
# "Our Federation"), or its organ's word in capitals ("The Party notes …"), outside a
# quotation; not a longer name the organ's word opens ("The Union Government", "The Union
# Cabinet": India's central government; "The Council President"), nor a sentence a reporting
# clause ends ("Our party welcomes …, the opposition leader said": a wire story's speech
# without quotation marks, the speaker's, R39)
_OURS = re.compile(rf"(?:^|(?<=[.!?;:]\s))Our\s+(?i:{ORGAN})\b(?!\s+[A-Z])")
_ITSELF = re.compile(rf"(?:^|(?<=[.!?;:]\s))The\s+(?P<organ>{ORGAN})\s(?![A-Z])")
_TAGGED = re.compile(
    r"[^.!?]*,\s+(?:[\w'’.-]+\s+){0,6}?(?:said|says|told|tells|added|adds|stated|declared"
    r"|remarked|explained)\b[^.!?]*[.!?]?"
)
_OWN_STANCES = frozenset({"reported", "raised concern"})
_NOTING = frozenset({"highlighted"})  # "The Party notes that …", "stresses that …"
_ITS_NAME = "the body's name for itself"
_LABEL = re.compile(r"\s*([^:\n]{1,80}):")  # a line's label before its colon: a speaker's


def _a_party_speaks(lines: Sequence[str], entities: Sequence[Entity]) -> bool:
    """Whether a person of the fact base is named in a line's label or in a roster's line
    (the module's account). lines: the document's (each_line's texts)."""
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
    for line in lines:
        if roster_lead(line):
            roster = True
            continue
        roster = roster and bool(line.strip())
        label = _LABEL.match(line)
        if roster or label:
            held.append(line if roster else label.group(1) if label else "")
    return any(name.search(words) for words in held for name in names)


def _own(lines: Sequence[str], pattern: re.Pattern[str]) -> list[re.Match[str]]:
    """The pattern's sentences in the body's own voice: no reporting clause ends them."""
    return [m for t in lines for m in pattern.finditer(t) if not _TAGGED.match(t, m.end())]


class Collective:
    """Whether a document is in a collective's own voice, read once; and its views."""

    def __init__(self, text: str, entities: Sequence[Entity] = ()) -> None:
        self.speaks, self.itself = False, frozenset[str]()
        self.parties = frozenset(e.name for e in entities if e.type == "person")
        if "We" not in text and "Our " not in text:
            return
        lines = [line.text for line in each_line(text)]
        we = sum(len(_WE.findall(line)) for line in lines)
        ours = len(_own(lines, _OURS))
        organs = [m["organ"] for m in _own(lines, _ITSELF)]
        if we < WE_SENTENCES and not (ours and ours + len(organs) >= WE_SENTENCES):
            return
        self.speaks = (
            _NAMES_ITSELF.search(text) is not None
            or ours > 0
            or any(demands_lead(line) or roster_lead(line) for line in lines)
        ) and not _a_party_speaks(lines, entities)
        # its own name in the third person, where its first person names it too ("Our party
        # … The Party notes"): the statement's voice, as its "we" is
        self.itself = frozenset(f"the {o.lower()}" for o in organs if ours and self.speaks)

    NONE: Collective  # a document in no collective's voice (set below)

    def read(
        self, quote: str, r: Reading, entities: Sequence[str], people: Collection[str]
    ) -> Reading:
        """The reading of a sentence, the body's view where it is one (the module's account);
        a domestic critic's verdict on its government's handling of the talks, in any
        document (critics.py, R60)."""
        r = domestic_verdict(quote, r)
        itself = r.attribution in self.itself and not r.view  # "The Party notes": its voice,
        if itself:  # its own verb noting or stressing a point of its own (R60: `reported`)
            stance = "reported" if r.stance in _NOTING else r.stance
            r = r._replace(attribution=THE_SOURCE, stance=stance, rule=f"{r.rule}; {_ITS_NAME}")
        if not self.speaks or r.view or (r.attribution != THE_SOURCE and not self._its(r)):
            return r
        if r.stance not in _OWN_STANCES or any(e in people for e in entities) or dated(quote):
            return r
        own = itself or r.attribution != THE_SOURCE  # the body's verb, or its speaker's
        hit = None if own else reported_verb(quote)  # "We learned what was said there only
        if hit is not None and hit.match.group().lower() in SAYING:  # from short readouts":
            return r  # it tells of words; the body's own verb ("The Party notes") does not
        return r._replace(kind="assessment", view=True, rule=f"{r.rule}; a collective's own view")

    def _its(self, r: Reading) -> bool:
        """Whether a reading gives the words to a person named who is none of the fact
        base's people: in the body's own statement, its speaker ("said the party's national
        spokesperson, Name"), whose words are its view in her mouth (R39, R5, R44)."""
        return r.person and r.attribution not in self.parties


Collective.NONE = Collective("")
