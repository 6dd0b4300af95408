"""A view another party takes up: "…, and Minister Singh shared that concern", "Singh echoed
Nakatani's concern", "Singh agreed with Nakatani" (`verbs.TAKEN_UP`); and a second doer's own
act in a clause joined by ", and" ("Singh briefed Nakatani on the attack, and Nakatani
conveyed Japan's solidarity"), or by a bare "and" right before the second doer's subject
and verb ("… on the attack and the Japanese side condemned it"): the sentence is both
parties'."""

from __future__ import annotations

import re

from defcoop_cli.curation.drafting.attribution import reading
from defcoop_cli.curation.drafting.speakers import Reading, Speakers
from defcoop_cli.curation.drafting.verbs import TAKEN_UP, reported_verb
from defcoop_cli.factbase.vocab import THE_SOURCE

_QUOTATIONS = re.compile(r"[\"“][^\"“”]*[\"”]?")  # what is quoted is the speaker's, no party's
# The clause joined after the first act: ", and Nakatani conveyed…", ", and the Japanese side…"
# or taken up by a relative clause: "…, a point Singh acknowledged", "…, which RM welcomed".
# or a second that-clause of one report: "…said that Singh had briefed Nakatani and that the
# Japanese minister had condemned it".
# Or joined by a bare "and", its subject a few words right before its verb: "Singh briefed
# his counterpart on the attack and the Japanese side condemned it" (not "briefed Nakatani
# and the Japanese delegation on the attack": no verb of the second's).
_JOINED = re.compile(
    r"(?:,\s+(?:and\s+(?:then\s+|later\s+|also\s+)?|which\s+|a\s+(?:point|proposal|view)\s+)"
    r"|\s+and\s+that\s+|(?P<bare>\s+and\s+))(?=(?:the\s+(?:two\s+)?|both\s+|Mr\.?\s+)?[A-Z])"
)
BARE_SUBJECT_WORDS = 3  # after a bare "and", the second doer's subject is so short
# A courtesy in reply is no act of the talks: "…, and Minister Singh expressed his appreciation".
_COURTESY = re.compile(
    r"(?:thank\w*|(?:expressed|conveyed|voiced)\s+(?:his|her|their|its)\s+"
    r"(?:appreciation|gratitude|thanks))\b",
    re.IGNORECASE,
)
# A rebuttal answers the first act rather than joining it: "…, and Nakatani denied that any
# offer had been made", "…, and Japan rejected the proposal", "…, a point Nakatani disputed".
_DISSENT = re.compile(
    r"(?:(?:later|then|also|flatly|firmly)\s+)?(?:den(?:y|ies|ied)|reject\w*|disput\w*|"
    r"dismiss\w*|disagree\w*|contest\w*|refut\w*|rebut\w*|object\w*)\b",
    re.IGNORECASE,
)
_BY_ITS_NAME = re.compile(r"'[^']+' by (?P<who>[^;,]+)$")  # the rule of a subject read as named
_BY_OFFICE = re.compile(r"'[^']+' by (?P<who>[^;,]+), by office$")  # "the Japanese minister"


def taken_up(sentence: str, r: Reading, speakers: Speakers) -> Reading:
    """The reading, with the one person or country who takes up its party's view ("…, and
    Minister Singh shared that concern"; "Singh echoed Nakatani's concern"; "Singh agreed
    with Nakatani"), known or new, or who does an act of their own in a clause joined by
    ", and": the sentence is both parties'."""
    if r.attribution == THE_SOURCE or " and " in r.attribution:
        return r
    for m in (p.search(_QUOTATIONS.sub(" ", sentence)) for p in TAKEN_UP):
        found = {e for e, _, _ in speakers.matcher.find(m["who"])} if m else set()
        named = speakers.named(m["who"].strip()) if m and not found else None
        who = speakers.matcher.entities[found.pop()].name if len(found) == 1 else None
        who = who or (named[0] if named and named[1] else None)
        if who and who != r.attribution:
            pair = f"{r.attribution} and {who}"
            return r._replace(attribution=pair, person=False, rule=f"{r.rule}; {who} shares it")
    return _second_doer(sentence, r, speakers)


def _second_doer(sentence: str, r: Reading, speakers: Speakers) -> Reading:
    """Both parties', when a clause joined by ", and" (a bare "and" before a short subject
    and its verb; or a relative clause: ", a point Singh acknowledged") after the first act
    opens with another party of the fact base named in its own words (not a pronoun, not a
    generic source, not a new name) and tells its act by
    a verb of its own, no courtesy and no rebuttal of the first act (denied, rejected,
    disputed): "The Japanese side condemned the attack, and Singh briefed his guest on…";
    not "…, and the talks then turned to the sea". The claim stays the first act's
    (`said_as`)."""
    first = reported_verb(sentence)
    if first is None or _QUOTATIONS.search(sentence):
        return r
    joined = _JOINED.search(sentence, first.match.end())
    if joined is None:
        return r
    clause = sentence[joined.end() :]
    verb = reported_verb(clause)
    if verb is None:
        return r
    by = reading(clause, speakers, nested=True)
    office = _BY_OFFICE.search(by.rule)  # a title standing for its holder (R2)
    named = _BY_ITS_NAME.search(by.rule) or office  # a subject named, not carried from before
    known = {e.name for e in speakers.matcher.entities.values()}
    subject = clause[: verb.match.start()]
    if joined["bare"] and (len(subject.split()) > BARE_SUBJECT_WORDS or "," in subject):
        return r  # "… and Japan's envoy, who …": no subject right before its own verb
    names = {speakers.matcher.entities[e].name for e, _, _ in speakers.matcher.find(subject)}
    words = re.findall(r"[\w’'-]+", subject)
    names |= {n for w in words if (n := speakers.surnames.get(w))}
    own = by.attribution in names or office is not None  # the subject names the doer itself
    two = by.attribution.split(" and ")
    if named and r.attribution in two and len(two) == 2 and not (by.view or by.asked):
        return _both(clause, verb.match.start(), r, by)  # "…, and the two Ministers agreed"
    if not named or by.attribution not in known or not own or by.view or by.asked:
        return r
    if by.attribution == r.attribution or " and " in by.attribution:
        return r
    if _COURTESY.match(clause, verb.match.start()):  # "…, and Singh expressed his thanks"
        return r
    if _DISSENT.match(clause, verb.match.start()):  # "…, and Nakatani denied it"
        return r
    pair, said = f"{r.attribution} and {by.attribution}", r.said_as or r.attribution
    rule = f"{r.rule}; and {by.rule}"  # the claim is the first act's, its doer's (said_as)
    return r._replace(attribution=pair, person=False, said_as=said, rule=rule)


def _both(clause: str, at: int, r: Reading, by: Reading) -> Reading:
    """The two's, when the second act is the pair's (a plural title naming the first doer
    and the other: "Singh invited…, and the two Ministers reaffirmed…", R6 and R7), unless
    it is a courtesy or a rebuttal, as `_second_doer`'s other party's act."""
    if _COURTESY.match(clause, at) or _DISSENT.match(clause, at):
        return r
    said, rule = r.said_as or r.attribution, f"{r.rule}; and {by.rule}"
    return r._replace(attribution=by.attribution, person=False, said_as=said, rule=rule)
