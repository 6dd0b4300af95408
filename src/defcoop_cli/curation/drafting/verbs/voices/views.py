"""Whose view a sentence gives by its form: the writer's own ("I think…", "In our view…",
the first person singular outside a quotation, a label "My read:" before it), or the one
named before ("In her view, …", "On his reading, …"). attribution.py reads them; a
quotation's words are its speaker's.
And the lines of a section of views (`under_views`: under a label "Opinion", "Analysis").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from defcoop_cli.curation.drafting.entities import wordnet_nouns
from defcoop_cli.curation.drafting.verbs.finding import SAYING
from defcoop_cli.factbase.vocab import THE_SOURCE

if TYPE_CHECKING:
    from defcoop_cli.curation.drafting.body.wrapped import Line
    from defcoop_cli.curation.drafting.speakers import Reading, Speakers

# The writer speaking for themself: an assessment, not background; a paper's writer arguing
# ("In this chapter I argue that…") or the paper naming itself as it argues ("This paper
# argues that…", "This essay contends…": R35, the source's own voice).
_THINK = r"(?:do not |don['’]t )?(?:think|believe|expect|judge|assess|argue|contend"
_PIECE_ARGUES = (
    r"This (?:paper|essay|chapter|article|thesis|dissertation) (?:argues|contends|suggests"
    r"|maintains|holds|proposes)\b"
)
OWN_VIEW = re.compile(
    rf"(?i)\b(?:I|we) {_THINK}|would argue|suspect|doubt)\b|\bin (?:my|our) (?:view|opinion"
    rf"|assessment|estimate|estimation|reading|judge?ment)\b|^{_PIECE_ARGUES}"
)
# A view given to the one named before: "In her view, each readout…", "On his reading, …".
HIS_VIEW = re.compile(r"(?:In|On) (?:his|her) (?:view|opinion|reading|assessment|judge?ment),")
# A sentence opening on the writer's thinking ("We think the meeting signals…"), or on its
# own argument, after where it makes it ("In this chapter I argue…", "Here, we contend…"),
# or on the paper's own ("This paper argues…"); or on their feeling at what they see, no one
# else's word told after it, by any verb of saying or "according to" ("Good to see space on
# the list at last.", not "…, one diplomat remarked", "…, according to an official"): theirs.
_SAYS = "|".join(sorted(SAYING | {"according to"}))
THINKS = re.compile(
    rf"(?:(?:In|Here|Throughout)\b[^,.;:]{{0,40}}?,? )?(?:I|[Ww]e) {_THINK})\b|{_PIECE_ARGUES}"
    r"|(?i:(?:(?:very|so|really) )?(?:good|nice|glad|great|sad|encouraging"
    r"|heartening|worrying|disappointing|odd|strange) to (?:see|hear|read))\b"
    rf"(?![^\"“”]*,[^,\"“”]*\b(?:{_SAYS})\b)"
)
# The writer in the first person singular, outside any quotation: "Here I remain sceptical".
FIRST_PERSON = re.compile(r"(?<![\w'’])(?:I|I['’]m|I['’]d|[Mm]y|me)(?![\w'’])")
# A quotation in double quotes (to its end, when it is not closed).
QUOTATIONS = re.compile(r"[\"“][^\"“”]*[\"”]?")


def own_view(sentence: str) -> bool:
    """Whether the writer gives their own view: "I think…", "In my view…", or the first
    person singular outside a quotation and a hedge on what they know (`_KNOWN`)."""
    if OWN_VIEW.search(sentence) or THINKS.match(sentence):
        return True
    return bool(FIRST_PERSON.search(_KNOWN.sub(" ", QUOTATIONS.sub(" ", sentence))))


# A hedge on what the writer knows ("As far as I can tell this was their first meeting", "to
# my knowledge"): the fact it hedges is reported, no view of the writer's (R44)
_KNOWN = re.compile(
    r"(?i:\b(?:as|so) far as )(?:I|we) (?:can )?(?:tell|know|see|recall)\b"
    r"|(?i:\bto (?:the best of )?)(?:my|our) knowledge\b"
)


# A label of the writer's conclusion cut off before a sentence as furniture (segments): a
# line's or a sentence's opening ("… in the mix. Our take: the language is familiar, …").
_LABELLED = re.compile(
    r"(?:^|\n|[.!?…][\"”’)]?\s)\W*(?:my|our)\s+(?:read|take|view|reading|sense|verdict)\s*:\s*\Z",
    re.IGNORECASE,
)


def labelled_view(text: str, start: int, r: Reading) -> Reading:
    """The reading of the sentence starting at `start`: the writer's own view where it
    follows a label of their conclusion ("My read: Japan is moving carefully", "Our take:
    the language is familiar") and no one else says it: read as "I think …" is (kind
    assessment), filed first under the assessment topic whatever its words name (R5, R44),
    the claim only of another view ("this was a meeting about factories" claims no aim)."""
    if r.attribution != THE_SOURCE or not _LABELLED.search(text, max(0, start - 40), start):
        return r
    return r._replace(kind="assessment", rule=f"{r.rule}; the writer's label")


def viewer(speakers: Speakers) -> str | None:
    """Whose view "In his view, …" gives: the speaker of the sentence before, a person named
    or one unnamed ("A retired Indian admiral said…"); no one's when that speaker is a group
    or not named ("Officials said…", "A Betan diplomat said…"); the last person named when
    the sentence before has no verb of saying, or tells a body's or a country's act ("Dr
    Joshi noted that Japan had condemned…")."""
    before = speakers.before
    if before is None or "no reporting verb" in before.rule:
        return speakers.last_person
    said = before.attribution
    if speakers.subject or said == THE_SOURCE:
        return speakers.subject
    last, nouns = said.split()[-1], wordnet_nouns("person")
    if last.endswith("s") and last[:-1] in nouns:  # "unnamed officials"
        return None
    return said if last in nouns else speakers.last_person


# An officer of a club or a society speaking in its own news, no party to the talks: "Our
# president, X", "The club's secretary, X" (R5: a commentator's view, as an analyst's). "Our"
# is a club's only in a text that names its own members' body or its members ("our club",
# "the society's", "our members"): a nation's ("Our president, Droupadi Murmu") or a
# company's ("Our chairman") officer is a party's, and a title's word other than a club's
# ("honorary", "joint", "vice"…: "Our foreign secretary") is no club's.
OWN_BODY = re.compile(
    r"(?i)\b(?:our|the) (?:club|society|circle|association|sangam|samaj)\b|\bour members\b"
)
# A text correcting its own paper, whose report quoted there is its own (sayers.own_report): a
# readers' editor's, a public editor's or an ombudsman's column, or a paper's corrections
# ("CORRECTIONS AND CLARIFICATIONS" on a line of its own, "Correction: An earlier version of
# this story…"). A wire's "Our story from Delhi said the two sides "agreed to…"" is no such.
OWN_ERRORS = re.compile(
    r"(?im)\b(?:readers['’]? editor|public editor|ombuds(?:man|person))\b"
    r"|^\W*(?:corrections?(?: (?:and|&) clarifications?)?|clarifications?|for the record)\W*$"
    r"|^\W*(?:correction|clarification)\b[^\n]{0,20}:|\ban earlier version of this\b"
)
OFFICER = re.compile(
    r"\b(?:[Oo]ur|(?:[Tt]he|[Ii]ts) (?i:club|society|circle|association|sangam|samaj)['’]s)"
    r" (?:(?:honorary|general|joint|vice|founding|acting|outgoing|new|former|assistant) )?"
    r"(?:president|chair(?:man|woman|person)?|secretary|treasurer|founder"
    r"|convenor|convener|coordinator)\b"
)


def officer(before: str, speakers: Speakers) -> bool:
    """Whether the words before a verb of saying name a club's officer (above)."""
    m = OFFICER.search(QUOTATIONS.sub(" ", before))
    ours = m is not None and m.group()[:3].lower() == "our"
    return m is not None and (not ours or speakers.club or bool(OWN_BODY.search(before)))


def viewed(r: Reading, speakers: Speakers, nested: bool) -> Reading:
    """A commentator's reading (r.view) marks its person a commentator: that person's later
    words (a "she said", a quotation going on) are a view too."""
    if r.view and r.person:
        speakers.viewers.add(r.attribution)
    elif not nested and r.person and r.attribution in speakers.viewers:
        return r._replace(view=True, rule=f"{r.rule}; a commentator's, named before")
    return r


# A section's label of views, a line of its own: "Opinion", "ANALYSIS", "Comment:"; a desk's
# or an analyst's, set off by rules as an alert's or a bulletin's sections are ("== ANALYST
# COMMENT ==", "Our assessment", "Analyst's view"): what its writer concludes (R5, R35).
_VIEWS = re.compile(
    r"\W*(?i:(?:(?:our|the|desk|analyst|analysts|editor|editors)(?:['’]s?)?\s+)?"
    r"(?:opinion|analysis|comment(?:ary)?|editorials?|views?|perspectives?|op-eds?|columns?"
    r"|assessment))\W*"
)


def under_views(text: str, lines: Sequence[Line], drafted: set[int]) -> frozenset[int]:
    """The drafted lines of a section of views: under a label of views (a line drafting
    nothing) after the first drafted line, up to the next line drafting nothing after them
    (the section's item heads between its label and its views) or the next paragraph break
    (a blank line: in a story of paragraphs, a subhead's views are its first paragraph)."""
    found: set[int] = set()
    under = seen = False
    for n, (start, _, line) in enumerate(lines):
        if seen and text.count("\n", lines[n - 1].end, start) >= 2:
            under = seen = False
        if n in drafted:
            found |= {n} if under else set()
            seen = seen or under
        elif _VIEWS.fullmatch(line.strip()) and n > min(drafted, default=len(lines)):
            under, seen = True, False
        elif seen:
            under = seen = False
    return frozenset(found)
