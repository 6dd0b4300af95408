"""The reporting verbs: the words that make a sentence a party's claim, with the stance and
the kind each proposes. Segmentation splits clauses at them; attribution reads their
subjects.

The lexicon, by stance class (issue 24's conventions, decided by class of verb): concern
(raised, voiced, expressed or flagged concern, opposition, objections; raised the issue of;
warned), commitment (reaffirmed, reiterated, a position taken again: "again endorsed"; agreed,
signed, decided, finalised a pact; pledged, vowed, promised to act; confirmed that something
will be), discussion (discussed,
exchanged or shared views, reviewed, took stock), emphasis ("stressed": stressed,
underlined, urged or called for a course of action, pressed for, voiced the need for),
"highlighted" (highlighted, spoke about, pointed to, outlined, explained, set out, made a
pitch for, flagged what is no concern), invitation and request (invited, asked, encouraged,
urged, pressed, exhorted, courted, lobbied or nudged someone to act, pressed, pushed or
called for or upon someone to act, requested, sought, appealed to, extended an
invitation), briefing (briefed, apprised, updated someone on, walked someone through, gave
an account or overview of, opened the talks with an account of), condemnation (condemned,
denounced, deplored, slammed, hit out at, expressed condemnation), and the nouns that say
the same ("reached an agreement", "held discussions", "laid emphasis on", "drew attention
to"); every other verb of saying, writing or judging ("reported": said, wrote, posted,
tweeted, noted, welcomed, thanked, praised, congratulated, backed, indicated, recalled,
recognised, affirmed, echoed, regretted, offered condolences, expressed confidence or
appreciation); and the events the article reports itself (met, visited, hosted, held
talks, called on someone, with a time before any "to": a visit). A dated participle
after a comma ("a pact, signed in 2020,") is no verb; a verb that only reports speech
(said, told, announced, wrote, posted…) takes the stance of the verb it reports
(`reported_verb`).

Beyond the lexicon, every verb of saying in WordNet's verb.communication file, in its past forms
(which make the perfect and the passive too: "has reiterated", "was reviewed by") and its present's
third person when it is no noun, is a reporting verb: reporting_verbs.tsv (by scripts/
build_reporting_verbs.py), with the stance WordNet's senses give it ("decried": condemned,
"cautioned": raised concern, "recounted": briefed, "restated": reaffirmed, "insisted": stressed,
"spotlighted": highlighted), else "reported"; and WordNet's phrasal verbs of saying that take a
class, with their particle, next to the verb or after its object ("filled in", "filled his guest in
on"). The lexicon's patterns come first where both match; a form after a determiner ("the proposed
framework") is an adjective, and one opening the sentence ("Asked whether…, she said", "As reported
earlier, Japan condemned…") a participle's clause, or in an opening clause of time ("When the two
met, they agreed…"; "Ten years after we spoke of it, …," he told): no verb.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple, Protocol

# Whom an appeal is addressed to, and the act it asks of them: "Japanese firms to invest",
# "Beta to act" (up to six words, then "to" and a verb: not "to the"; no time among them:
# "called on the ministry the next day to convey…" is a visit); after "urged", "pressed"
# or "exhorted", words naming a party, by a capital or a party's noun ("urged restraint
# to avoid a clash" urges a course of action, for a purpose).
_PARTY = (
    r"compan(?:y|ies)|firms?|industry|industries|manufacturers|businesses|investors|partners"
    r"|parties|countries|nations|states|governments|members|officials|allies|counterparts?"
    r"|sides?|forces|navies|armies|militaries|him|her|them|us|all|everyone|community|world"
    r"|stakeholders|sector|people|citizens|suppliers|start-?ups|agencies|institutions"
    r"|leaders|ministries|authorities|establishments"
)
_TIME = (
    r"next|following|previous|day|week|month|morning|evening|afternoon|earlier|later|today"
    r"|yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
)
_ADDRESSEE = (
    rf"(?!for\b)(?:(?!(?:{_TIME})\b)[\w'’.-]+ ){{1,6}}?"
    r"to (?!(?:the|a|an|its|their|his|her|this|that|these|those)\b)[a-z]"
)
# The party named before the "to" ("urged restraint to avoid hurting Japanese firms": none).
_A_PARTY = (
    rf"(?=(?:[\w'’.-]+ ){{0,5}}?(?:(?-i:[A-Z])[\w'’.-]*|(?:{_PARTY})) (?:[\w'’.-]+ ){{0,5}}?to )"
)
# After "pressed for", "called for": a party to act, not to have something done ("called for
# the attackers to be brought to justice" calls for a course of action).
_FOR_PARTY = _A_PARTY + r"(?!(?:[\w'’.-]+ ){1,6}?to be\b)" + _ADDRESSEE
# Who confirms together, right before "confirmed": "It was (also) confirmed", "They
# confirmed", "Both sides confirmed", a minister's "We confirmed" (lookbehinds: each of
# a fixed width).
_JOINT_SUBJECTS = "it was|it has been|it had been|they|we|both|sides|ministers|leaders|countries"
_JOINTLY = (
    "(?:"
    + "|".join(f"(?<={who} {also})" for who in _JOINT_SUBJECTS.split("|") for also in ("", "also "))
    + ")"
)
# The reporting verbs: (pattern, stance, kind). Matched as whole words, case-insensitive;
# the first in the sentence wins. Order matters only between overlapping patterns.
REPORTING_VERBS: tuple[tuple[str, str, str], ...] = (
    (
        r"(?:raised|expressed|voiced|conveyed|shared|flagged|registered)"
        r" (?:(?:its|their|his|her|the|[A-Z][\w-]*['’]s) )?"  # "flagged India's concerns"
        r"(?:(?:serious|grave|deep|strong|firm)(?: and \w+)? )?"
        # the noun's class decides, not the verb: nouns of WordNet's anxiety (noun.feeling)
        # and of objection ("voiced unease", "conveyed misgivings")
        r"(?:concerns?|alarm|disquiet|unease|uneasiness|worry|worries|anxiety|anxieties"
        r"|apprehensions?|misgivings|qualms|dismay|opposition|objections?|reservations)"
        r"|raised (?:the )?(?:issue|matter|question) of",  # raising an issue flags it
        "raised concern",
        "concern",
    ),
    (
        r"reaffirm(?:ed|s)?|reiterat(?:ed|es?)|renewed|recommit(?:ted|s)?",
        "reaffirmed",
        "commitment",
    ),
    (
        r"agree(?:d|s)?|signed|decided|committed|resolved|concurred"
        # binding oneself to a future act: "pledged to build", "vowed to", "promised"
        r"|pledg(?:ed|es)|vow(?:ed|s)|promis(?:ed|es)|undert(?:ook|akes)"
        # confirming together what will be: "confirmed that they would", "It was confirmed
        # that the next meeting would be held" (a bare "confirmed the visit", or "the
        # ministry confirmed that Ode would visit", reports)
        r"|confirm(?:ed|s)(?= that (?:they|we|both|the two|the (?:sides|countries|ministers"
        r"|leaders)) (?:[\w'’-]+ ){0,3}?(?:would|will|shall)\b)"
        r"|" + _JOINTLY + r"confirmed(?= that (?:[\w'’-]+ ){1,8}?(?:would|will|shall)\b)"
        r"|(?:finali[sz]ed|concluded|sealed) (?:an? |the )?(?:\w+ ){0,2}"
        r"(?:agreement|pact|deal|accord)"
        r"|(?:reached|arrived at) (?:an? |the )?(?:\w+ )?(?:agreement|understanding|consensus)",
        "agreed",
        "commitment",
    ),
    (
        r"discuss(?:ed|es|ing)?|talked|addressed|reviewed|deliberated|took stock"
        r"|(?:exchanged|shared) (?:their )?(?:views|notes|perspectives|assessments)|consulted"
        r"|(?:held|had) (?:[\w-]+ ){0,2}(?:discussions|deliberations|an exchange of views)",
        "discussed",
        "event",
    ),
    (
        r"stress(?:ed|es)?|emphasi[sz](?:ed|es?)|underlin(?:ed|es?)|underscor(?:ed|es?)"
        r"|(?:urg(?:ed|es)|exhort(?:ed|s))(?! " + _A_PARTY + _ADDRESSEE + r")"
        r"|(?:call(?:ed|s)|press(?:ed|es)|push(?:ed|es)) for(?! " + _FOR_PARTY + r")"
        r"|(?:laid|placed|put) (?:\w+ )?(?:emphasis|stress) on"
        # saying what is needed: "voiced the need for", "expressed the urgent need to"
        r"|(?:expressed|voiced|conveyed) (?:the |a )?(?:\w+ )?need (?:for|to)\b",
        "stressed",
        "position",
    ),
    (
        r"highlight(?:ed|s)?|spoke (?:at length |in detail )?(?:about|of|on)|drew attention to"
        # laying out one's case: "outlined India's push", "explained its efforts"
        r"|outlin(?:ed|es)|explain(?:ed|s)|elaborated (?:on|upon)|set out|sp(?:elt|elled) out"
        # making one's case: "made a strong pitch for", "made his usual pitch on"
        r"|ma(?:de|kes) (?:(?:a|an|his|her|their|its) )?(?:[\w-]+ ){0,2}?pitch (?:on|for)"
        r"|flagged",  # "flagged joint production as the next step" (a concern's is above)
        "highlighted",
        "position",
    ),
    # Invitations and requests: "invited X to", "asked X to", "requested", "appealed to";
    # an appeal addressed to a party to act: "urged (pressed, exhorted, called upon)
    # Japanese firms to invest" (urging a course of action, "urged restraint", "called for
    # X to be brought to justice", is emphasis, below).
    (
        r"invit(?:ed|es?)|request(?:ed|s)|appeal(?:ed|s) to|extend(?:ed|s) (?:an )?invitation"
        r"|sought(?! to\b)"  # "sought Japan's support" (not "sought to reassure": tried)
        r"|(?:ask(?:ed|s)|encourag(?:ed|es))(?= (?:[\w'’-]+ ){1,6}?to )"
        r"|(?:urg(?:ed|es)|press(?:ed|es)|exhort(?:ed|s)|court(?:ed|s)|lobbied|nudged)"
        r"(?= " + _A_PARTY + _ADDRESSEE + r")"
        r"|(?:press(?:ed|es)|push(?:ed|es)|call(?:ed|s)) for(?= " + _FOR_PARTY + r")"
        r"|call(?:ed|s) (?:on|upon)(?= " + _ADDRESSEE + r")",
        "invited",
        "event",
    ),
    (
        r"brief(?:ed|s)?|appris(?:ed|es)|updated(?= (?:[\w'’-]+ ){1,4}?on )"
        r"|walk(?:ed|s) (?:[\w'’-]+ ){1,3}?through"  # "walked his guest through the attack"
        r"|(?:gave|provided|offered|presented|(?:opened|began|started) (?:[\w'’]+ ){0,3}?with)"
        r" (?:[\w'’]+ ){0,3}?(?:an? |the )?(?:\w+ )?"
        r"(?:overview|briefing|update|account|rundown) (?:of|on)",
        "briefed",
        "event",
    ),
    (r"warn(?:ed|s)?|cautioned", "raised concern", "concern"),
    (
        r"condemn(?:ed|s)?|denounc(?:ed|es?)|deplor(?:ed|es?)|slamm(?:ed|s)|hit out at"
        r"|(?:expressed|conveyed|voiced|registered) (?:[\w'’]+ ){0,2}condemnation"
        # naming a deed as a crime condemns it: "branded the raid an act of terror"
        r"|(?:branded|labell?ed|called) (?:[\w'’-]+ ){1,5}?(?:an? )?(?:\w+ )?act of"
        r" (?:terror|terrorism|aggression|cowardice)",
        "condemned",
        "position",
    ),
    (
        r"express(?:ed|es)?|said|says|say|stated|told|announced|noted|added|welcomed|argu(?:ed|es)"
        r"|maintain(?:ed|s)|reject(?:ed|s)|den(?:ied|ies)|accus(?:ed|es)"
        r"|confirm(?:ed|s)|acknowledg(?:ed|es)|recall(?:ed|s)|voiced"
        r"|admit(?:ted|s)|according to|thank(?:ed|s)|prais(?:ed|es)|convey(?:ed|s)|lauded"
        r"|appreciat(?:ed|es)|commend(?:ed|s)|hail(?:ed|s)|indicat(?:ed|es)|signall?(?:ed|s)"
        r"|describ(?:ed|es)|hoped|(?:re)?assured|observed|remarked|pointed out|recogni[sz]ed"
        r"|affirm(?:ed|s)|echo(?:ed|es)|regrett(?:ed|s)|took note"
        # answering and blaming are saying: "Nakatani responded that", "India has blamed X"
        r"|respond(?:ed|s)|repl(?:ied|ies)|blam(?:ed|es)"
        # writing and posting are saying: "wrote on social media that", "tweeted"
        r"|wr(?:ote|ites)|tweet(?:ed|s)|posted(?= (?:on|that)\b)|congratulat(?:ed|es)"
        r"|(?:(?:was|were) )?quoted as saying"  # "…," Nakatani was quoted as saying
        r"|shared (?:the|a) (?:common )?(?:view|understanding|recognition)"
        # support given, not received: "Japan backed India's bid" ("backed by": passive)
        r"|(?:backed|supported|endorsed)(?! by\b)"
        # courtesies offered: "offered his condolences", "extended greetings"
        r"|(?:offer(?:ed|s)|extend(?:ed|s)) (?:\w+ ){0,2}(?:condolences|sympath(?:y|ies)"
        r"|greetings|congratulations|wishes|gratitude|thanks)",
        "reported",
        "position",
    ),
    (r"pointed to", "highlighted", "position"),  # drew attention to: "pointed to the growth"
    # Events the article reports in its own voice: no party's claim. Holding talks is the
    # meeting itself; what was said at them is the next sentence's.
    (
        r"met|meets|visited|arrived|took place|(?:was|were) held|hosted|received"
        r"|call(?:ed|s) (?:on|upon)"  # a courtesy call: "called on Prime Minister Modi"
        r"|h(?:e|o)ld(?:s)? (?:(?:bilateral|formal|wide-ranging|detailed|delegation-level) )*"
        r"(?:talks|a meeting|meetings|consultations|a dialogue|a telephone call)",
        "reported",
        "event",
    ),
)
KINDS = {
    "raised concern": "concern",
    "reaffirmed": "commitment",
    "agreed": "commitment",
    "discussed": "event",
    "invited": "event",
    "briefed": "event",
}  # a stance's kind in the lexicon; "position" for the others


class Finder(Protocol):
    def finditer(self, string: str, pos: int = ...) -> Iterator[re.Match[str]]: ...


class _Forms:
    """The table's forms of one stance, found as whole words (not after a determiner); a
    phrasal verb's ("filled in") with its particle next to it, or after an object of up to
    three words when a preposition or a stop follows the particle ("filled his guest in on
    the attack"; not "filled the gap in Asia")."""

    _WORD = re.compile(r"(?<![\w'’-])[A-Za-z]+(?![\w-])")
    _DETERMINER = re.compile(r"\b(?:the|a|an|this|that|its|their|his|her|our|these)\s+$", re.I)

    def __init__(self, forms: frozenset[str]) -> None:
        self.forms = frozenset(f for f in forms if " " not in f)
        phrasal: dict[str, set[str]] = {}
        for form in forms - self.forms:
            head, particle = form.split(" ")
            phrasal.setdefault(head, set()).add(particle)
        self.phrasal = {
            head: re.compile(
                rf"{head}\s+(?:(?:{'|'.join(sorted(ps))})|(?:[\w'’-]+\s+){{1,3}}?"
                rf"(?:{'|'.join(sorted(ps))})(?=\s+(?:on|about|with|to|for|at)\b|\s*[,.;:]|\s*$))"
                r"(?![\w-])",
                re.I,
            )
            for head, ps in phrasal.items()
        }

    def finditer(self, string: str, pos: int = 0) -> Iterator[re.Match[str]]:
        for m in self._WORD.finditer(string, pos):
            word = m.group().lower()
            phrasal = self.phrasal.get(word)
            hit = phrasal.match(string, m.start()) if phrasal else None
            if hit is None and word not in self.forms:
                continue
            if (
                string[: m.start()].strip(" \"“‘'")  # "Asked whether…, she said": no verb
                and not self._DETERMINER.search(string, max(0, m.start() - 12), m.start())
            ):
                yield hit or m


def _table() -> list[tuple[Finder, str, str]]:
    by_stance: dict[str, set[str]] = {}
    text = (Path(__file__).with_name("reporting_verbs.tsv")).read_text(encoding="utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            form, stance, lemma = line.split("\t")
            by_stance.setdefault(stance, set()).add(form)
            _PASTS.setdefault(lemma, []).append(form)
    return [(_Forms(frozenset(f)), s, KINDS.get(s, "position")) for s, f in by_stance.items()]


_PASTS: dict[str, list[str]] = {}  # the table's lemma -> its forms ("say": "said", "says")


# Whole words, not inside a compound: "much-discussed" is no discussion. The lexicon first.
VERBS: list[tuple[Finder, str, str]] = [
    *((re.compile(rf"(?<![\w-])(?:{p})(?![\w-])", re.I), s, k) for p, s, k in REPORTING_VERBS),
    *_table(),
]


class Verb(NamedTuple):
    """A reporting verb found in a sentence: where it is, the stance and the kind."""

    match: re.Match[str]
    stance: str
    kind: str


# A participle after a comma, dated, describes the noun before it: "a logistics pact,
# signed in 2020, that lets…" is no one's claim now.
_DATED_AFTER = re.compile(
    r" (?:in|on|during|last|earlier|this|since) (?:\d{4}|year|month|week|(?:[A-Z][a-z]+ )?\d{4})"
)
_NOUN_COMMA = re.compile(
    r"(?<![\w-])(?!(?:however|meanwhile|though|too|also|then|later)\b)"
    r"[a-z][\w-]*, $"
)


def _described(sentence: str, m: re.Match[str]) -> bool:
    """Whether the verb is a dated participle after a noun and a comma ("a pact, signed in
    2020,"): it describes the noun, no one says it."""
    return (
        m.group().endswith("ed")
        and _NOUN_COMMA.search(sentence, max(0, m.start() - 40), m.start()) is not None
        and _DATED_AFTER.match(sentence, m.end()) is not None
    )


def _found(sentence: str, pattern: Finder, at: int = 0) -> re.Match[str] | None:
    """The pattern's first match from at that is a verb (not a dated participle)."""
    return next((m for m in pattern.finditer(sentence, at) if not _described(sentence, m)), None)


def _first(sentence: str, at: int = 0) -> Verb | None:
    hit = None
    for pattern, stance, kind in VERBS:
        m = _found(sentence, pattern, at)
        if m and (hit is None or m.start() < hit.match.start()):
            hit = Verb(m, stance, kind)
    progressive = _progressive(sentence, at)
    if progressive and (hit is None or progressive.match.start() < hit.match.start()):
        return progressive
    return hit


# A relative clause between commas: "Nakatani, who met Singh on Monday, said…".
_CLAUSE = re.compile(r",\s+(?:who|whom|whose|which)\b[^,;\"“”]*,")


# A participle opening the sentence, its clause ended by a comma: "Discussing the region,
# the two Ministers expressed concern", "As reported earlier, Japan condemned"; or a clause
# of time: "When the two met, they agreed", "Ten years after we spoke of it, none…" (the
# main verb follows the comma).
_OPENING = re.compile(
    r"\W*(?:[A-Z][a-z]+ing|(As) (?:\w+ )?\w+ed|(When|After|Before|Since|Once|Until"
    r"|(?:\w+ )?(?i:years?|months?|weeks?|days?|hours?|decades?|shortly|soon|just|long)"
    r" (?:after|before|since))\b)[^,;\"“”]*,\s"
)


def first_verb(sentence: str, at: int = 0) -> Verb | None:
    """The reporting verb that comes first in the sentence (from at; the earlier pattern
    of two that start at the same place), or None; one inside a relative clause between
    commas only when none follows the clause ("X, who met Y, said": said); one opening
    the sentence as a participle's clause only when none follows it."""
    hit = _first(sentence, at)
    opening = _OPENING.match(sentence, at)
    participle = opening and hit and (opening[1] or opening[2] or hit.match.group().endswith("ing"))
    if opening and hit and hit.match.end() < opening.end() and participle:
        hit = first_verb(sentence, opening.end()) or hit  # "Discussing X, they agreed"
    clause = _CLAUSE.search(sentence, at)
    if hit and clause and clause.start() < hit.match.start() < clause.end():
        return _first(sentence, clause.end()) or hit
    return hit


# The progressive: "is urging", "have been exchanging views" (an -ing form after a form
# of "be" is the verb whose past form the lexicon or the table holds).
_PROGRESSIVE = re.compile(
    r"\b(?:is|are|was|were|been|be)\s+(?:(?:also|still|now|reportedly|\w+ly)\s+)?([a-z]+ing)\b"
)


def _pasts(word: str) -> list[str]:
    """The past forms an -ing form may have: "urging" urged, "agreeing" agreed,
    "admitting" admitted, "saying" said (the table's forms of its lemma)."""
    base = word[:-3]
    lemmas = [base, base + "e", base[:-1] if base[-1:] == base[-2:-1] else base]
    table = [f for lemma in lemmas for f in _PASTS.get(lemma, []) if not f.endswith("s")]
    return [*table, base + "ed", base + "d", base[:-1] + "ed"]


def _at(pattern: Finder, text: str, a: int) -> re.Match[str] | None:
    """The pattern's match starting at a, if any."""
    for x in pattern.finditer(text, a):
        return x if x.start() == a else None
    return None


def _progressive(sentence: str, at: int) -> Verb | None:
    """The first progressive whose past form is a reporting verb, matched in the
    sentence's own words ("have been exchanging views")."""
    for m in _PROGRESSIVE.finditer(sentence, at):
        a, b = m.span(1)
        for past in _pasts(m.group(1)):
            text = sentence[:a] + past + sentence[b:]
            for pattern, stance, kind in VERBS:
                found = _at(pattern, text, a)
                end = found.end() + (b - a) - len(past) if found else 0
                own = re.compile(re.escape(sentence[a:end])).match(sentence, a) if found else None
                if own:
                    return Verb(own, stance, kind)
    return None


# A view another party takes up: "X raised a concern …, and Y shared that concern" (Y
# after "and"), "Y echoed X's concern", "Y agreed with X" (X after the verb).
_UP = r"(?:also\s+|fully\s+)?(?:shared|echoed|endorsed|seconded|(?:agreed|concurred)\s+with)\s+"
_VIEW = r"(?:\w+\s+)?(?:concerns?|views?|positions?|assessments?|sentiments?|stance|worry)\b"
_NAMED = r"[A-Z][\w.’'-]*\s+"
TAKEN_UP = (  # the party taking it up after "and"; the party whose view, after the verb
    re.compile(
        rf"(?:,\s*|\s+)and\s+(?P<who>(?:{_NAMED}){{1,5}}|(?:his|her|their)\s+\w+\s+counterpart"
        rf"\s+(?:{_NAMED}){{0,4}}){_UP}(?:(?:that|this|the|these|those|his|her|their)\s+{_VIEW}"
        r"|it\b|them\b)"
    ),
    re.compile(
        rf"\b{_UP}(?P<who>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){{0,4}})(?:['’]s\s+{_VIEW}"
        r"|(?=\s+(?:on|that|in)\b|\s*[,.;]|\s*$))"
    ),
)


# Verbs of saying, writing or posting that only report: what the reported clause does gives
# the stance ("Nakatani posted that Japan condemned the attack": condemned).
SAYING = frozenset(
    [
        "said",
        "says",
        "say",
        "told",
        "added",
        "stated",
        "noted",
        "announced",
        "declared",
        "remarked",
        "observed",
        "wrote",
        "writes",
        "posted",
        "tweeted",
    ]
)


def reported_verb(sentence: str) -> Verb | None:
    """The verb whose stance the sentence takes: its first, unless that only reports
    speech ("X told Y that Japan condemned…", "she said they had agreed…") and a verb
    of another stance follows in what is reported."""
    hit = _again(sentence, first_verb(sentence))
    if hit is None or hit.match.group().lower() not in SAYING:
        return hit
    inner = None
    for pattern, stance, kind in VERBS:
        m = None if stance == "reported" else _found(sentence, pattern, hit.match.end())
        if m and (inner is None or m.start() < inner.match.start()):
            inner = Verb(m, stance, kind)
    if inner is None or _RELATIVE.search(sentence, hit.match.end(), inner.match.start()):
        return hit  # "X said the pact, which both signed in 2020, works": X said
    return Verb(hit.match, inner.stance, inner.kind)


_RELATIVE = re.compile(r"\b(?:which|who|whom|whose)\b", re.IGNORECASE)
# A position taken again is reaffirmed ("again endorsed", "once again backed", "endorsed anew").
_AGAIN_BEFORE = re.compile(r"\b(?:once\s+)?again\s+$", re.IGNORECASE)
_AGAIN_AFTER = re.compile(r"\s+(?:once\s+)?(?:again|anew)\b", re.IGNORECASE)
_TOLD_THAT = re.compile(r"(?:told|tells|assured|informed)\s+(?:[\w.'’-]+\s+){1,4}?that\s+", re.I)


def _again(sentence: str, hit: Verb | None) -> Verb | None:
    """A reported position taken again, as reaffirmed; else the verb as it is."""
    if hit is None or (hit.stance, hit.kind) != ("reported", "position"):
        return hit
    before = _AGAIN_BEFORE.search(sentence, max(0, hit.match.start() - 12), hit.match.start())
    if before or _AGAIN_AFTER.match(sentence, hit.match.end()):
        return Verb(hit.match, "reaffirmed", "commitment")
    return hit


def verb_spans(sentence: str) -> list[tuple[int, int]]:
    """Every reporting verb's span in the sentence, in order."""
    return sorted(
        {
            (m.start(), m.end())
            for pattern, _, _ in VERBS
            for m in pattern.finditer(sentence)
            if not _described(sentence, m)
        }
    )


def has_verb(text: str) -> bool:
    return any(_found(text, pattern) for pattern, _, _ in VERBS)


def told_that(sentence: str, verb: re.Match[str]) -> str:
    """What the verb reports, past the one told: "X told Post that Singh walked…": "Singh…"."""
    m = _TOLD_THAT.match(sentence, verb.start())
    return sentence[m.end() if m else verb.end() :]
