"""What stands between a subject and its reporting verb, which attribution reads past: the
auxiliaries and adverbs ("The Japanese side has consistently condemned", "Both sides did
reaffirm"), a relative clause ("Vikram Rao, who opened the drill, told") and an aside set
off by commas ("The Japanese side, for its part, took note"; "Both sides did, however,
reaffirm"): the subject is what is left. And what it says of the subject and its verb: the
talks themselves as the subject ("The talks, held on Monday, covered"), a first verb the
stance verb is joined to by "and" ("The Minister expressed … and condemned"), a denial in
the verb's own clause ("…: no pact was signed"; "She said no pact was signed").
"""

from __future__ import annotations

import re

from defcoop_cli.curation.drafting.claims.cases.acts import denied
from defcoop_cli.curation.drafting.verbs.finding import SAYING, SPEAKER_ASIDE, first_verb
from defcoop_cli.curation.drafting.verbs.phrases import TALKS
from defcoop_cli.curation.drafting.verbs.progressive import OPENED_BY
from defcoop_cli.curation.drafting.verbs.table import Verb

# Adverbs between a subject and its verb: "Hiroshi Tanaka, also said".
ADVERBS = frozenset(
    ["also", "later", "then", "again", "further", "separately", "meanwhile", "too", "since"]
) | {"outside", "afterwards", "here"}  # of place or time: "Alpha officials outside say"
_AUXILIARIES = frozenset(
    ["has", "have", "had", "will", "would", "is", "are", "was", "were", "did", "do", "does"]
)
# A relative clause or a discourse aside, in commas, just before the verb; or a
# participle's aside on the speaker (finding.SPEAKER_ASIDE: "A Japanese embassy official,
# asked about the posts, played down…") or a channel's ("The ministry, in its readout of the
# talks, said").
RELATIVE = re.compile(
    r",\s+(?:(?:who|which|whose)\b[^,\"”“]*"
    # an apposition with its own relative clause: "X, an engineer who teaches in Nagoya,"
    r"|(?:an?|the) (?:[a-z][\w-]* ){1,3}(?:who|whose)\b[^,\"”“]*"
    r"|however|though|in turn|meanwhile|nonetheless"
    r"|in particular|(?:for|on) (?:its|his|her|their) (?:own )?part"
    r"|(?:by|in) (?:contrast|comparison)|on the other hand|in response|likewise|instead|indeed"
    rf"|(?:{SPEAKER_ASIDE})[^,\"”“]*"
    r"|in (?:its|his|her|their|a|an) [^,\"”“]*)\s*,\s*$"
)

# The talks themselves as the subject, an aside in commas allowed: "The talks, held on
# Monday, also" (what they went through, the two who held them discussed: R20).
THE_TALKS = re.compile(
    rf"^\W*(?:[\w'’-]+\s+){{0,3}}?(?:{'|'.join(TALKS)})(?:,[^,;\"“”]*,)?\s*(?:also\s+)?$", re.I
)


def without_adverbs(subject: str) -> str:
    words = subject.split()
    while len(words) > 1 and words[-1].lower() in ADVERBS:
        words.pop()
    return " ".join(words) + " "


# A name's or a title's initials in brackets after it: "Raksha Mantri (RM)", "the Chief of
# Defence Staff (CDS)", "the Ministry of Defence (MoD)".
_INITIALS = re.compile(r"\([A-Z][A-Za-z&]{1,7}\)")


def bare(subject: str) -> str:
    """The subject without the auxiliaries and adverbs before its verb ("The Japanese side
    has consistently" → "The Japanese side"), nor its initials in brackets ("Raksha Mantri
    (RM)" → "Raksha Mantri"), nor the conjunction that opens a clause cut from its sentence
    ("and the Japanese side" → "the Japanese side")."""
    words = subject.split()
    if len(words) > 1 and words[0].lower() in ("and", "but"):
        words = words[1:]
    while words and (
        _INITIALS.fullmatch(words[-1])
        or words[-1].lower() in _AUXILIARIES
        or words[-1].lower() in ADVERBS
        or words[-1].endswith("ly")
    ):
        words.pop()
    return " ".join(words)


_AND_JOINS = re.compile(r"\sand\s")
_BETWEEN = re.compile(r"[,;:\"“”]")  # a clause or a quotation between the two verbs


def before_joined(subject: str) -> str:
    """The subject of a verb joined by "and" to a first one of the same subject, whose
    stance the sentence takes: "The Minister expressed his condolences and strongly
    (condemned)" is "The Minister" (no comma, quotation or clause between the two); the
    subject of a verb of saying after a gesture ("smiled and (said)") is the gesture's, and of
    a participle after a verb of opening and "by" ("opened by (welcoming)") the opener's."""
    first = first_verb(subject)
    rest = subject[first.match.end() :] if first and first.match.start() > 0 else ""
    if first and _AND_JOINS.search(rest) and not _BETWEEN.search(rest):
        return subject[: first.match.start()]
    gesture = _GESTURE.search(subject)  # "An official smiled and (said)": "An official"
    gesture = gesture or _BEGAN_BY.search(subject)  # "The minister opened by (welcoming)"
    return subject[: gesture.start()] + " " if gesture else subject


# A gesture or a pause joined by "and" before the verb of saying, after the subject's noun:
# "An official at the embassy smiled and (said)", "The minister paused and (added)".
_GESTURE = re.compile(
    r"(?<=[a-z])\s+(?:\w+ly\s+)?(?:smiled|laughed|nodded|shrugged|paused|sighed|grinned"
    r"|frowned|winked|chuckled|hesitated|leaned in|looked up)\s+and\s+(?:\w+ly\s+)?$"
)


# A verb of opening or closing and "by" before the participle that is the act (progressive's
# OPENED_BY): "The minister opened by (welcoming) his guest", "She closed the session by
# (thanking)…".
_BEGAN_BY = re.compile(rf"(?<=[a-z])\s+{OPENED_BY}\s+$")

# An act denied by its object: "signed no contract", "reached no deal", "concluded nothing",
# also inside the lexicon's phrase ("reached no agreement", "sealed no deal": its verb
# first); a verb of a thing made, never of a clause ("agreed no further talks were needed"
# agrees).
_NO_OBJECT = re.compile(r"\s+(?:no|nothing)\b")
_MADE = re.compile(
    r"(?i)(?:\w+\s+)*?(?:sign(?:s|ed)?|ink(?:s|ed)|conclud(?:es|ed)|reach(?:es|ed)|struck"
    r"|finali[sz](?:es|ed)|seal(?:s|ed)|arrived at)\b"
)


def act_denied(sentence: str, hit: Verb) -> bool:
    """Whether the act is denied in its own clause ("… deliverable: no pact was signed"), or
    in the clause a verb of saying reports ("She said no pact was signed"), past every verb
    of saying that reports another ("Readers wrote to say that no pact had been signed"),
    or by its object ("they have signed no contract", "reached no agreement")."""
    made = _MADE.match(sentence, hit.match.start(), hit.match.end())
    if made and _NO_OBJECT.match(sentence, made.end()):
        return True
    spans, said = [], hit.match
    while said.group().lower() in SAYING and (inner := first_verb(sentence, said.end())):
        spans.append((said.end(), inner.match.start()))  # each reported clause's opening
        said = inner.match
    spans = spans or [(0, hit.match.start())]
    return any(denied(re.split(r"[:;–—]\s|\bthat\s", sentence[a:b])[-1]) for a, b in spans)


# A wish to act, its subject: "Nakatani was keen to expand…"; or a plain wish, an Easy
# Read text's or a figures box's: "Both ministers want the next one to be larger."
_WISH = re.compile(
    r"([^,;:\"“”]{1,80}?)\s+(?:(?:was|were|is|are)\s+(?:also\s+)?"
    r"(?:keen|eager|anxious|hopeful|determined)\s+to\b"
    r"|(?P<plain>(?:also\s+|both\s+|all\s+)?(?:want|wants|wanted|would like|hope|hopes|wish"
    r"|wishes)\b)(?=\s+[\w\"“]))"
)


def told_wish(sentence: str, hit: Verb | None) -> re.Match[str] | None:
    """A wish the sentence opens with (its subject the match's first group), told by no
    verb or, but for a plain wish, by a channel's after a comma (", a Japanese official
    said", ", according to officials": "They want …, residents said" is the residents'),
    not by a verb of its own ("… was keen to see X and pitched Y"); else None."""
    wish = _WISH.match(sentence)
    if wish is None or hit is None:
        return wish
    if wish["plain"]:
        return None
    told = hit.match.group().lower() in SAYING | {"according to"}
    return wish if told and "," in sentence[wish.end() : hit.match.start()] else None


# A sentence that only goes on with the one before: "This includes A and B."
_CONTINUES = re.compile(
    r"^(?:This|These|It|They)\s+(?:also\s+)?(?:include[sd]?|involve[sd]?|cover(?:s|ed)?)\b"
)


def continues(sentence: str) -> bool:
    """Whether the sentence only goes on with the one before ("This includes A and B.")."""
    return _CONTINUES.match(sentence) is not None


# A stance held long, in the present perfect with its span of years ("has backed the
# yards for more than a decade", "have talked about it since 2015"): the piece's
# background, no act at the talks (one at the talks stays its doer's). Only its own
# clause: a clause after it with an act of its own (", and on Monday X invited Y") is
# read as a sentence of its own, its time set aside and its pronoun the first subject; the
# sentence stays background when that clause names no doer (", but no deal was signed").
_HAS = re.compile(r"\b(?:has|have)(?: long| been)? $")
_LONG_RUNNING = re.compile(
    r"[^.;]{0,80}?\b(?:for (?:(?:more than|over|nearly|almost|about|some) )?(?:a|two|three"
    r"|several|many|\d+) (?:decades?|years)|for years|for decades|since (?:the )?\d{4}s?)\b"
)
_THEN = re.compile(
    r"(?:,\s+(?:and|but|while|yet)\s+|;\s*)(?:(?:then|now|later|(?:on|last|this|earlier"
    r"this) (?:\w+day|week|month|year)|in (?:[A-Z][a-z]+|\d{4})),?\s+)?"
)
_PRONOUN = re.compile(r"(?:he|she|it|they)\b")


def held_for_years(sentence: str, verb: re.Match[str]) -> str | None:
    """None unless the verb's stance is held for years (above); else the clause after it
    with an act of its own, to be read ("Marles has argued for it for years, and on Monday
    he invited Nakatani": "Marles invited Nakatani"), or "" when none follows."""
    span = _LONG_RUNNING.match(sentence, verb.end())
    if span is None or not _HAS.search(sentence, max(0, verb.start() - 6), verb.start()):
        return None
    then = _THEN.search(sentence, span.end())
    if then is None or first_verb(sentence, then.end()) is None:
        return ""
    clause = sentence[then.end() :]
    if pronoun := _PRONOUN.match(clause):  # "and he invited…": the first clause's subject
        clause = bare(sentence[: verb.start()]) + clause[pronoun.end() :]
    return clause[:1].upper() + clause[1:]
