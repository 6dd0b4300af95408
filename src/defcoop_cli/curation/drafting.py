"""Draft candidate facts from a plain-text article: deterministic, offline, every quote exact.

    lines -> furniture | bullets | paragraphs -> sentences -> list items -> candidates

Rules, in order (each candidate names the one that made it, in `rule`):

- **Furniture.** A line is furniture (a heading or page furniture, never a fact) when it
  starts with "Also Read", ends with ":" (unless it introduces items: see lists), or is
  short (at most FURNITURE_WORDS words) and has no final punctuation. A bulleted or
  numbered line ("- Label: text", "1. text") is drafted without its bullet; a label is
  furniture.
- **Sentences.** A paragraph is split into sentences (`sentences.sentence_spans`, which
  does not split after "Mr.", "Gen.", "U.S.", "No. 5" and the like).
- **Lists.** A sentence that enumerates after "such as", "including", "includes",
  "include", "namely" or "related to" (two items or more, separated by commas and a final
  "and"/"or") also yields one candidate per item, with `part_of` the sentence's candidate.
  Bullets of short phrases after a line that ends in ":" and has a reporting verb are
  that line's items.
- **Entities.** Every name and alias of the entities of the fact-base layers in use,
  matched as whole words (aliases of three letters or fewer, and those in capitals, only
  as written). A capitalised name no alias knows becomes a new-entity candidate.
- **Topics.** The topics of existing facts that share the candidate's entities or
  keywords, best first (at most two).
- **Kind, stance, attribution.** The first reporting verb of the sentence
  (`REPORTING_VERBS`) gives the stance and the kind; its subject, the attribution: a known
  person, "X delegation", "both ministers" (both leaders, both ministers), the two
  countries named (or "both countries": both nations, the two countries, both sides).
  "They" and a passive without an agent carry the last party named. New names count too
  (`Speakers`): the name opening the subject or ending it, the speaker after the verb
  ("…, said X"), a name's single word used again, "he"/"she" for the person named last, a
  quotation's speaker named outside it. "discussed" is never proposed as "agreed". Where
  no verb is found: the article's own voice, "reported" (or, for a sentence that is all
  one quotation, the person quoted before).
- **Editorial.** A paragraph in which no party speaks and that speaks to the reader (you,
  a call to action, an offer) or promotes a name the rest of the article never uses is
  proposed as editorial: its facts of kind editorial in the fact base's editorial topic,
  the paragraph as the source's editorial excerpt.

Each candidate carries `review: "draft"`, the curator sets it to `accepted` or `rejected`,
and `defcoop add` merges the accepted ones. The statement is the sentence itself: the
curator rewords it (a note says so).
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

from defcoop_cli.curation.anchoring import context
from defcoop_cli.factbase.records import Doc, Entity
from defcoop_cli.factbase.sentences import ABBREVIATIONS, quote_open, sentence_spans
from defcoop_cli.factbase.vocab import THE_SOURCE, is_editorial_group

FURNITURE_WORDS = 12
HEADLINE_WORDS = 25
MAX_ITEM_WORDS = 10
MAX_BULLET_ITEM_WORDS = 20  # a bulleted item is marked as one: it may be longer
ID_WORDS = 6
REVIEW = "draft"
# A second topic is proposed when its votes are at least this share of the first's
# (leave-one-out on the shipped base: the second is right 27 % of the time at 0.5, 18 %
# when always proposed).
SECOND_TOPIC_SHARE = 0.5

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
    (r"discuss(?:ed|es)?|held talks|talked|addressed|reviewed|deliberated", "discussed", "event"),
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
        r"|admit(?:ted|s)|according to",
        "reported",
        "position",
    ),
    # Events the article reports in its own voice: no party's claim.
    (r"met|meets|visited|arrived|took place|(?:was|were) held", "reported", "event"),
)
# Whole words, not inside a compound: "much-discussed" is no discussion.
_VERBS = [
    (re.compile(rf"(?<![\w-])(?:{p})(?![\w-])", re.IGNORECASE), s, k) for p, s, k in REPORTING_VERBS
]
_PASSIVE = re.compile(r"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_BOTH_LEADERS = re.compile(
    r"\b(?:both|the two|the) (?:ministers|leaders|defence ministers)\b", re.IGNORECASE
)
_BOTH_COUNTRIES = re.compile(
    r"\b(?:both (?:nations|countries|sides)|the two (?:countries|nations|sides))\b", re.IGNORECASE
)
_DELEGATION = re.compile(r"\b(?:the\s+)?([A-Z][\w-]+)\s+delegation\b")
_GENERIC = re.compile(
    r"\b(?:officials|an official|a spokesperson|the spokesperson|the ministry|diplomats"
    r"|analysts|experts|observers|critics|police)\b",
    re.IGNORECASE,
)
# "…, he said": the person quoted before. "Asked whether X…, she said" is hers, not X's.
_PRONOUN = re.compile(
    r"\b(?:he|she)\s+(?:(?:also|later|then|further|again)\s+|\w+ly\s+)?$", re.IGNORECASE
)
# "…, said Tomas Verhoeven": the speaker after the verb, when a comma or a closing quote
# comes before it.
_INVERTED = re.compile(r"[,\"”’]\s*$")
# The last stretch of a subject after a comma or a quotation: who speaks in
# '"…," Mr. Menon told reporters' and in "A spokesperson, Wang Lei, said".
_TAIL = re.compile(r"[,\"”]\s*([^,\"”“]+?)[\s,]*$")
# Adverbs between a subject and its verb: "Hiroshi Tanaka, also said".
ADVERBS = frozenset(["also", "later", "then", "again", "further", "separately", "meanwhile", "too"])
# How much of a subject, before its verb, the name rules look at (bounds their regexes).
SUBJECT_TAIL = 200


def _without_adverbs(subject: str) -> str:
    rest = subject.rstrip()
    while True:
        head, _, last = rest.rpartition(" ")
        if not head or last.lower() not in ADVERBS:
            return rest + " "
        rest = head.rstrip()


# A quotation in single quotes: 'opened ‘ or ', closed by ’ or ' after punctuation (so that
# an apostrophe, "Kastania’s", is no closing quote).
_QUOTED = re.compile(r"(?:(?<=\s)|^)[‘'][^‘’\n]{0,600}?[,.!?][’']")
# The writer speaking for themself: an assessment, not background.
_OWN_VIEW = re.compile(
    r"\b(?:I|we) (?:think|believe|would argue|suspect|doubt)\b|\bin (?:my|our) (?:view|opinion)\b",
    re.IGNORECASE,
)
# A sentence that is all one quotation: the person quoted before goes on.
# A subject that is someone's body: "Veloria's defence ministry", "Japan's Air Force".
_POSSESSIVE = re.compile(r"(?:[Tt]he )?[A-Z][\w.-]*(?: [A-Z][\w.-]*)*['’]s(?: [\w-]+){1,5}")
# The capitalised words right before the verb.
_FINAL_NAME = re.compile(r"(?:^|[^\w.’'])((?:[A-Z][\w.’'-]*\s+){1,5})$")
_QUOTATION = re.compile(r"\s*[\"“][^\"“”]+[\"”]?\s*")
_SPEECH = frozenset(["said", "says", "say", "told", "added", "stated", "noted", "announced"])
# Words before a name that say whose it is (dropped from the name): "Commodore Rhea
# Castell" is Rhea Castell, a person.
TITLES = frozenset(
    [
        *["minister", "secretary", "ambassador", "president", "spokesperson", "spokesman"],
        *["spokeswoman", "senator", "governor", "mayor", "general", "admiral", "commodore"],
        *["captain", "colonel", "major", "commander", "lieutenant", "brigadier", "marshal"],
        *["sergeant", "shri", "smt", "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col"],
        *["capt", "cmdr", "adm", "brig", "maj", "sgt", "hon", "sir", "dame", "professor"],
    ]
)
# Words that make a title of the title after them ("Defence Minister", "Rear Admiral"), and
# of nothing else: "Defence Ministry" and "Air Force" are not titles.
TITLE_MODIFIERS = frozenset(
    ["prime", "chief", "deputy", "vice", "defence", "defense", "foreign", "rear", "air"]
)
_DOTTED_TITLE = re.compile(r"([A-Z][a-z]{1,4})\.\s+")
# Words that make a name an organisation's or a place's, not a person's.
_NOT_A_PERSON = re.compile(
    r"\b(?:Institute|Ministry|Navy|Army|Air|Force|Forces|Office|Agency|Council|Department"
    r"|Group|University|College|Company|Corporation|Bank|Centre|Center|Association|Committee"
    r"|Government|Guard|Party|Union|Organisation|Organization|Foundation|Times|News|Post"
    r"|Wire|Press|Daily|Herald|Journal|Sea|Ocean|Island|Islands|City|Port|Bay|Strait|Gulf"
    r"|River|Province|State|Region|Exercise|Drill|Drills|Summit|Treaty|Pact|Fleet|Command)\b"
)
# A sentence that only goes on with the one before: "This includes A and B."
_CONTINUES = re.compile(
    r"^(?:This|These|It|They)\s+(?:also\s+)?(?:include[sd]?|involve[sd]?|cover(?:s|ed)?)\b"
)
_THEY = re.compile(r"^\s*(?:they|both|the two)\b", re.IGNORECASE)
_IT = re.compile(r"^\s*it\b", re.IGNORECASE)
# An attribution to several: "they" goes back to the last of these.
_PLURAL = re.compile(
    r" and |^both |countries|ministers|officials|analysts|experts|observers|critics|police"
    r"|diplomats|sides"
)

_LIST_TRIGGER = re.compile(
    r"\b(?:such as|including|includes|include|namely|related to)\s+", re.IGNORECASE
)
# A dateline opening a paragraph: a place in capitals, perhaps a date and an agency, then
# a colon or a dash: "GAMMA CITY: ", "TOKYO, March 12 (Harbour Wire) – ", "PORT BLAIR — ".
_DATELINE = re.compile(
    r"(?:[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)*, (?=[^:–—\n]{0,40}[\d(])[^:–—\n]{1,40}?"
    r"|(?=[A-Z .'’-]*[A-Z][A-Z.'’-]{4})[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)*)"
    r"(?:: | [–—-] )(?=[A-Z\"“])"
)
# A bullet or a number ("1.", "2)", "(a)") opening a line; "- Label: " has a label.
_BULLET = re.compile(r"^([-•*–]\s+|\(?\d{1,3}[.)]\s+|\([a-z]\)\s+)(?:([^:]{1,60}):\s+)?")
# (One way to read a run of spaces: "\s+ joiner? \s*" made long runs quadratic.)
_NAME = re.compile(r"\b[A-Z][\w’'-]*(?:\s+(?:(?:of|the|and|for|de|al)\s+)?[A-Z][\w’'-]*)*")
_SLUG_WORD = re.compile(r"[a-z0-9]+")
_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "and",
        "or",
        "but",
        "with",
        "by",
        "from",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "their",
        "his",
        "her",
        "they",
        "them",
        "also",
        "not",
        "only",
    ]
)


class Line(NamedTuple):
    start: int
    end: int
    text: str


def lines(text: str) -> list[Line]:
    """The text's non-blank lines, trimmed, with their spans."""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        raw = m.group()
        left = len(raw) - len(raw.lstrip())
        right = len(raw.rstrip())
        if right > left:
            out.append(Line(m.start() + left, m.start() + right, raw[left:right]))
    return out


def is_furniture(line: str, first: bool = False) -> bool:
    """A heading or page furniture: lines that open with a label of the page ("Also Read",
    "Photo:", "Related:", "Reporting by", a correction notice), lines ending in ':', lines
    wholly in brackets (a photo credit, a release number), and short lines without final
    punctuation (the first line, the headline, at any length up to HEADLINE_WORDS)."""
    if _PAGE_LABEL.match(line) or line.endswith(":") or _BRACKETED.fullmatch(line):
        return True
    words = line.split()
    most = HEADLINE_WORDS if first else FURNITURE_WORDS
    return len(words) <= most and not re.search(r"[.!?…\"”’)]$", line)


_PAGE_LABEL = re.compile(
    r"also read\b|(?:read more|see also|related|photo|image|picture|caption|file photo"
    r"|correction)\s*[:|]|(?:reporting|editing|writing) by\b|additional reporting by\b"
    r"|compiled by\b|an earlier version of this (?:story|article)\b|(?:the )?views expressed",
    re.IGNORECASE,
)
_BRACKETED = re.compile(r"\([^()]*\)")


class Candidate(NamedTuple):
    start: int
    end: int
    rule: str
    parent: int | None = None  # index of the candidate whose list this is an item of
    paragraph: int = 0
    subject: str = ""  # for a clause after "and": the subject it shares with the first


def candidates(text: str) -> tuple[list[Candidate], list[tuple[int, int]]]:
    """The candidate quotes (spans into text, with the rule that made each) and the
    furniture spans."""
    found: list[Candidate] = []
    furniture: list[tuple[int, int]] = []
    intro: int | None = None  # a sentence ending in ":" whose bullets follow
    items_kind: str | None = None  # the marker of those bullets
    every = lines(text)
    for number, line in enumerate(every):
        bullet = _BULLET.match(line.text)
        if bullet and _group_label(text, line, every[number + 1 : number + 2], bullet):
            furniture.append((line.start, line.end))  # "- Exercises" over its sub-bullets
            continue  # the items of the line before go on under it
        own = _marker(bullet) if bullet else None
        body = line.text[bullet.end() :] if bullet else line.text
        introduces = _introduces_items(body, every[number + 1 :], own)
        if not bullet and not introduces and is_furniture(line.text, first=not number):
            furniture.append((line.start, line.end))
            intro = None
            continue
        body_start = line.start
        rule = "sentence"
        owner = None
        dateline = None if bullet else _DATELINE.match(line.text)
        if dateline:  # "TOKYO, March 12 (Harbour Wire) – ": furniture, not the quote's
            body_start = line.start + dateline.end()
            furniture.append((line.start, body_start))
        if bullet:
            body_start = line.start + bullet.end()
            if bullet.group(2):  # "- Label: " is furniture, its text a list item
                furniture.append((line.start, body_start))
            rule = "bullet item"
            if own != items_kind:  # a point of another list: the items have ended
                intro = None
            owner = intro
        else:
            intro = None
        for start, end in sentence_spans(text[body_start : line.end]):
            start, end = _trim_end(text, body_start + start, body_start + end)
            if end <= start:
                continue
            for a, b, subject in clauses(text, start, end):
                kind = rule if not subject else f"{rule}, clause"
                found.append(Candidate(a, b, kind, owner, number, subject))
                parent = len(found) - 1
                for item_start, item_end in list_items(text, a, b):
                    found.append(Candidate(item_start, item_end, "list item", parent, number))
        if introduces and found:
            intro = next(i for i in range(len(found) - 1, -1, -1) if found[i].parent is None)
            items_kind = introduces
    return found, furniture


def _introduces_items(line: str, after: Sequence[Line], own: str | None) -> str | None:
    """The kind of marker of the bullets after a line ending in ":" when they are its items:
    it has a reporting verb ("The ministers agreed to cooperate in these areas:") and they
    are phrases without one ("- coastal patrols"). None otherwise: a line before bullets
    that are sentences of their own ("Key points:") stays furniture. own: the line's own
    marker, if it is a point of a list itself ("4. …:"): the next such point ends the items."""
    if not line.endswith(":") or not any(p.search(line) for p, _, _ in _VERBS):
        return None
    items, kind = [], None
    for following in after:
        bullet = _BULLET.match(following.text)
        if bullet is None or _marker(bullet) == own or kind not in (None, _marker(bullet)):
            break
        kind = _marker(bullet)
        items.append(following.text[bullet.end() :])
    fragments = all(
        len(item.split()) <= MAX_BULLET_ITEM_WORDS and not any(p.search(item) for p, _, _ in _VERBS)
        for item in items
    )
    return kind if items and fragments else None


def _group_label(text: str, line: Line, after: Sequence[Line], bullet: re.Match[str]) -> bool:
    """Whether a bullet is the label of the sub-bullets indented under it: a short phrase,
    no reporting verb, no final punctuation."""
    if not after or not _BULLET.match(after[0].text):
        return False
    if _indent(text, after[0]) <= _indent(text, line):
        return False
    label = line.text[bullet.end() :]
    return (
        len(label.split()) <= FURNITURE_WORDS
        and not re.search(r"[.!?;:]$", label)
        and not any(p.search(label) for p, _, _ in _VERBS)
    )


def _indent(text: str, line: Line) -> int:
    return line.start - (text.rfind("\n", 0, line.start) + 1)


def _marker(bullet: re.Match[str]) -> str:
    """A bullet's kind: a dash (or dot, star), a number, a letter."""
    mark = bullet.group(1).strip()
    return "dash" if mark[0] in "-•*–" else "number" if any(c.isdigit() for c in mark) else "letter"


def clauses(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The sentence, or its clauses when a second reporting verb follows "and": "Singh
    highlighted X and invited Y" is two claims of one subject. Each later clause carries
    the subject of the first (the text before its verb), for its attribution."""
    sentence = text[start:end]
    verbs = sorted(
        (m.start(), m.end()) for pattern, _, _ in _VERBS for m in pattern.finditer(sentence)
    )
    if len(verbs) < 2:
        return [(start, end, "")]
    subject = sentence[: verbs[0][0]]
    cuts = []
    for at, _ in verbs[1:]:
        joint = re.search(r",? and\s+$", sentence[:at])
        if (
            joint
            and len(sentence[: joint.start()].split()) >= 3
            and len(sentence[at:].split()) >= 3
        ):
            cuts.append((joint.start(), at))
    if not cuts:
        return [(start, end, "")]
    out, left = [], 0
    for cut, resume in cuts:
        out.append((start + left, start + cut, subject if left else ""))
        left = resume
    out.append((start + left, end, subject))
    return [(a, b, subj) for a, b, subj in out if b > a]


def _trim_end(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence without its final full stop (quotes are of words, not of punctuation),
    nor the "; and" that joins a bulleted item to the next."""
    window = max(start, end - 12)  # the last few characters: a bounded search
    joint = _JOINED.search(text, window, end)
    if joint and joint.start() > start:
        end = joint.start()
    while end > start and text[end - 1] in ".;:" and not text[start:end].endswith("..."):
        end -= 1
    return start, end


_JOINED = re.compile(r"(?:[;,] ?| )(?:and|or)$")


def list_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The items of an enumeration inside text[start:end] after a trigger ("such as A, B
    and C"): two or more, each of at most MAX_ITEM_WORDS words; [] otherwise. Commas and
    "and" inside brackets do not split."""
    sentence = text[start:end]
    trigger = _LIST_TRIGGER.search(sentence)
    if trigger is None:
        return []
    pieces = _split_items(sentence, trigger.end())
    if len(pieces) < 2 or any(len(sentence[a:b].split()) > MAX_ITEM_WORDS for a, b in pieces):
        return []
    return [(start + a, start + b) for a, b in pieces]


def _split_items(sentence: str, at: int) -> list[tuple[int, int]]:
    """Item spans from `at`: split on commas and a final and/or outside brackets (a bare
    "and" splits only when no ", and" follows: "patrols, search and rescue, and cables"
    has three items); the list ends at a clause's end (";", a full stop) or where the last
    item's verb begins."""
    items: list[tuple[int, int]] = []
    depth, item_start, i, last = 0, at, at, False
    oxford = re.search(r", (?:and|or) ", sentence[at:]) is not None
    while i < len(sentence):
        ch = sentence[i]
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif depth == 0 and (ch in ";." or (ch == "," and last)):
            break  # a clause's end; or "A, B and C, remain…": the list is over
        elif depth == 0 and ch == ",":
            items.append((item_start, i))
            i += 1
            while i < len(sentence) and sentence[i] == " ":
                i += 1
            conj = re.match(r"(?:and|or)\s+", sentence[i:])
            if conj:
                i += conj.end()
                last = True
            item_start = i
            continue
        elif (
            depth == 0
            and not oxford
            and not last
            and re.match(r" (?:and|or) ", sentence[i : i + 5])
        ):
            items.append((item_start, i))
            i += 4 if sentence[i : i + 5].startswith(" and") else 3
            i += 1
            item_start = i
            last = True
            continue
        elif (
            depth == 0
            and last
            and re.match(
                r" (?:was|were|is|are|has|have|had|will|would|to|that|which|who|with|for|in|on"
                r"|at|by|from|during|across)\b",
                sentence[i:],
            )
        ):
            break
        i += 1
    if not last:
        return []
    items.append((item_start, i))
    out = []
    for a, b in items:
        while a < b and sentence[a] == " ":
            a += 1
        while b > a and sentence[b - 1] in " ,":
            b -= 1
        if b > a:
            out.append((a, b))
    return out


# ---- names: the layers' entities, and new ones


class EntityMatcher:
    """Whole-word matches of every entity's name and aliases (longest first). Aliases in
    lower case ("terrorist attack", "summit", "space") help a search, but in a new article
    they name something else as often as not: only names with a capital are matched."""

    def __init__(self, entities: Iterable[Entity]) -> None:
        self.entities = {e.id: e for e in entities}
        names: list[tuple[str, str]] = []
        for e in self.entities.values():
            for name in {e.name, *e.aliases}:
                if name.strip() and not re.fullmatch(r"[a-z][a-z ’'-]*", name):
                    names.append((name, e.id))
        names.sort(key=lambda n: (-len(n[0]), n[0]))
        self._patterns = [
            (re.compile(rf"(?<![\w-]){re.escape(n)}(?![\w-])", 0 if _exact_case(n) else re.I), eid)
            for n, eid in names
        ]

    def find(self, text: str) -> list[tuple[str, int, int]]:
        """(entity id, start, end) of each match, overlaps resolved longest first."""
        taken = bytearray(len(text))  # the characters a longer name has matched already
        found: list[tuple[str, int, int]] = []
        for pattern, eid in self._patterns:
            for m in pattern.finditer(text):
                if any(taken[m.start() : m.end()]):
                    continue
                if _LONGER_NAME.match(text, m.end()):  # "Indian Ocean" is not India
                    continue
                taken[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
                found.append((eid, m.start(), m.end()))
        return sorted(found, key=lambda f: f[1])

    def ids(self, text: str) -> list[str]:
        return list(dict.fromkeys(eid for eid, _, _ in self.find(text)))


_LONGER_NAME = re.compile(r" (?!(?:And|Or|Of|The|In|On)\b)[A-Z][a-z]")


def _exact_case(name: str) -> bool:
    """Short names and names in capitals match only as written: "US" is not "us"."""
    return len(name) <= 3 or name.isupper()


_NOT_NAMES = frozenset(
    [
        *["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
        *[
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ],
        *ABBREVIATIONS,
        # pronouns, determiners and numbers open sentences inside quotes: "We will…"
        *["i", "we", "our", "ours", "us", "you", "your", "he", "she", "his", "her", "it"],
        *["its", "they", "their", "them", "this", "that", "these", "those", "there"],
        *["here", "what", "when", "where", "who", "why", "how", "yes", "no", "asked"],
        *["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"],
        *["eleven", "twelve", "twenty", "thirty", "hundred", "thousand", "million"],
    ]
)


def capitalised_names(
    text: str, known: Sequence[tuple[int, int]], opens: bool = True
) -> list[tuple[int, int]]:
    """Spans of capitalised names (two words or more, or one word not opening a sentence;
    opens=False: text is a list item, whose first word is a name like any other) that no
    known match covers. Weekdays, months and abbreviations are not names."""
    out = []
    covered = bytearray(len(text))
    for x, y in known:
        covered[x:y] = b"\x01" * (y - x)
    for m in _NAME.finditer(text):
        for a, b in _split_at_and(m.start(), m.group()):
            if re.match(r"(?:The|An?) \S+ ", text[a:b] + " "):  # "The Gulf Ocean Forum"
                a = text.index(" ", a) + 1
            if text[a:b].endswith(("'s", "’s")):  # "Kastania's" is Kastania
                b -= 2
            if b > a and not any(covered[a:b]) and _is_name(text, a, b, opens):
                out.append((a, b))
    return out


def _split_at_and(start: int, found: str) -> list[tuple[int, int]]:
    """ "Visakhapatnam and Kochi" is two names (spans into the text, trailing punctuation
    dropped)."""
    out, at = [], 0
    for part in re.split(r"( and )", found):
        if part != " and ":
            name = part
            while name and not name[-1].isalnum():
                name = name[:-1]
            if name:
                out.append((start + at, start + at + len(name)))
        at += len(part)
    return out


def _is_name(text: str, a: int, b: int, opens: bool) -> bool:
    """Whether text[a:b] is a new name: two words or more, or one word not opening a
    sentence; not a weekday, month, abbreviation, pronoun or demonym ("Asian")."""
    name = text[a:b]
    words = name.split()
    i = a - 1  # the character before, past spaces and an opening quote or bracket
    while i >= 0 and (text[i].isspace() or text[i] in "\"“‘'(["):
        i -= 1
    opening = (i < 0 and opens) or (i >= 0 and text[i] in ".!?:")
    if len(words) == 1 and (name.lower() in _NOT_NAMES or _DEMONYM.search(name)):
        return False
    return len(words) >= 2 or (not opening and len(name) > 1 and name.lower() not in _STOP)


# A capitalised word after a word in lower case (or a comma): a name, not a sentence start.
_PROPER = re.compile(r"(?<=[a-z,;] )([A-Z][a-z]{2,})\b")
# "Asian", "Japanese", "British": an adjective of a people, not a name of its own
_DEMONYM = re.compile(r"(?:ian|ese|ish)$")


# ---- stance and attribution


class Reading(NamedTuple):
    kind: str
    stance: str
    attribution: str
    rule: str
    person: bool = False  # the attribution is one person's (a later "he said" is theirs)


class Speakers:
    """Who spoke so far in the article: the last party, the last person, and the surnames
    of the people named ("Castell said" after "Commodore Rhea Castell told…")."""

    def __init__(
        self, matcher: EntityMatcher, people: frozenset[str], last_party: str | None = None
    ) -> None:
        self.matcher, self.people = matcher, people
        self.last_party, self.last_person = last_party, last_party
        self.last_group = self.last_thing = last_party  # for "they", for "it"
        self.surnames: dict[str, str | None] = {}  # None: two people share it
        self.persons: set[str] = set()  # the new names quoted as people's
        self.proper: set[str] = set()  # words the article capitalises inside its sentences
        for i in sorted(people):
            self._surname(matcher.entities[i].name)

    def _surname(self, name: str) -> None:
        """Each word of a name of two words or more stands for it ("Castell", and "Wang"
        for "Wang Lei", whose family name comes first), unless two names share it."""
        words = name.split()
        if len(words) >= 2:
            for word in words:
                lower = word.rstrip(".").lower()
                if word[:1].isupper() and lower not in _STOP and lower not in TITLES:
                    self.surnames[word] = name if self.surnames.get(word, name) == name else None

    def mentioned(self, name: str, person: bool) -> None:
        """A name the article uses: its surname is known from now on, and a person's is the
        one a later "he said" means (the last person named or quoted)."""
        self._surname(name)
        if person:
            self.last_person = name
            self.persons.add(name)

    def heard(self, r: Reading) -> None:
        if r.attribution == THE_SOURCE:
            return
        self.last_party = r.attribution
        if r.person:
            self.last_person = r.attribution
            self.persons.add(r.attribution)
            self._surname(r.attribution)
        elif _PLURAL.search(r.attribution):
            self.last_group = r.attribution
        else:
            self.last_thing = r.attribution

    def speaker_at(self, text: str) -> tuple[str, bool] | None:
        """The speaker text opens with ("…, said Tomas Verhoeven"; "according to the
        ministry"): one of the fact base's entities, or a new name; and whether a person."""
        known = self.matcher.find(text)
        if known and known[0][1] == 0:
            return self.matcher.entities[known[0][0]].name, known[0][0] in self.people
        return self.named(text)

    def named(self, text: str) -> tuple[str, bool] | None:
        """The new name text opens with (titles dropped) and whether it is a person's; a
        known surname gives its full name. None when text opens with no name, or with one
        of the fact base's entities (their own rules apply)."""
        found = self.matcher.find(text)
        if found and found[0][1] == 0:
            return None
        dotted = False  # "Mr. Menon", "Lt. Gen. Rakesh Bhatia": _NAME stops at a full stop
        while (t := _DOTTED_TITLE.match(text)) and t.group(1).lower() in TITLES:
            text, dotted = text[t.end() :], True
        if re.match(r"[Tt]he [A-Z]", text):  # "The Regional Maritime Council said"
            text = text[4:]
        m = _NAME.match(text)
        if m is None:
            return None
        words = m.group().rstrip("’'-").split()
        while words and words[-1].lower() in _STOP:  # "Castell and" → "Castell"
            words.pop()
        if not words or words[0].lower() in _STOP or words[0].lower() in _NOT_NAMES:
            return None
        name, titled = _untitled(" ".join(words))
        titled = titled or dotted
        words = name.split()
        if self.matcher.find(name):  # "Alpha and Quay" names a known entity: _party's case
            return None
        if len(words) == 1:
            full = self.surnames.get(name)
            if full:
                return full, True
            if name in self.proper and not titled:  # "Kastania rejected that account"
                return name, False
            if not titled:
                return None
        return name, titled or not _NOT_A_PERSON.search(name)


def reading(sentence: str, speakers: Speakers, nested: bool = False) -> Reading:
    """The kind, stance and attribution the sentence's first reporting verb proposes."""
    matcher, people, last_party = speakers.matcher, speakers.people, speakers.last_party
    hit = None
    for pattern, stance, kind in _VERBS:
        m = pattern.search(sentence)
        if m and (hit is None or m.start() < hit[0].start()):
            hit = (m, stance, kind)
    if hit is None:
        if _QUOTATION.fullmatch(sentence) and speakers.last_person:
            who = speakers.last_person
            return Reading("position", "reported", who, f"a quotation going on: {who}'s", True)
        if _OWN_VIEW.search(sentence):  # "I think…", "In my view…": the writer's analysis
            return Reading("assessment", "reported", THE_SOURCE, "the writer's own view")
        return Reading("background", "reported", THE_SOURCE, "no reporting verb")
    m, stance, kind = hit
    subject = sentence[: m.start()]
    verb = m.group().lower()
    quoted = next((q for q in _QUOTED.finditer(sentence) if q.start() < m.start() < q.end()), None)
    if not nested and (quoted or quote_open(subject)):  # '"We agreed…," he said': outside
        rest = sentence[quoted.end() :] if quoted else None
        closing = None if quoted else re.search(r"[\"”]", sentence[m.end() :])
        if closing:
            rest = sentence[m.end() + closing.end() :]
        if rest is not None:
            outside = reading(rest, speakers, nested=True)  # one level: no recursion
            if outside.attribution != THE_SOURCE:
                rule = f"'{verb}', quoted; {outside.rule}"
                return Reading(kind, stance, outside.attribution, rule, outside.person)
        return Reading(kind, stance, THE_SOURCE, f"'{verb}', quoted; nobody named")
    if kind == "event" and stance == "reported":
        return Reading(kind, stance, THE_SOURCE, f"'{verb}': an event the article reports")
    if _PASSIVE.search(subject):  # "… was discussed": the parties to the talks, if known
        carried = last_party or THE_SOURCE
        return Reading(kind, stance, carried, f"'{verb}', passive; the party named before")
    after = sentence[m.end() :].lstrip()
    if verb == "according to":  # the source is what follows: "…, according to the ministry"
        found = speakers.speaker_at(after)
        generic = _GENERIC.match(after)
        if found or generic:
            who, person = found or (generic.group().lower() if generic else "", False)
            return Reading(kind, stance, who, f"'{verb}' {who}", person)
        return Reading(kind, stance, THE_SOURCE, f"'{verb}' a source not named")
    if verb in _SPEECH and _INVERTED.search(subject):
        found = speakers.speaker_at(after)
        if found:
            return Reading(kind, stance, found[0], f"'{verb}' by {found[0]}", found[1])
    if _PRONOUN.search(subject):
        if speakers.last_person:
            who = speakers.last_person
            return Reading(kind, stance, who, f"'{verb}' by {who}, named before", True)
        return Reading(kind, stance, THE_SOURCE, f"'{verb}'; a pronoun, nobody named before")
    # '"…," Mr. Menon told'; "A spokesperson, Wang Lei, said"; "…, Hiroshi Tanaka, also said"
    tail = _TAIL.search(_without_adverbs(subject)[-SUBJECT_TAIL:])
    for part in (subject.strip(" \"“‘'"), tail.group(1) if tail else ""):
        owned = _POSSESSIVE.fullmatch(part)  # "Veloria's defence ministry said"
        if owned:
            return Reading(kind, stance, part, f"'{verb}' by {part}")
    named = speakers.named(subject.lstrip(" \"“‘'"))
    if named is None and tail:
        named = speakers.named(tail.group(1))
    # "Ministry spokesperson Colonel Arvind Kashyap said"
    final = _FINAL_NAME.search(subject[-SUBJECT_TAIL:])
    if named is None and final:
        named = speakers.named(final.group(1))
    if named:
        return Reading(kind, stance, named[0], f"'{verb}' by {named[0]}", named[1])
    party = _party(subject, matcher, people)
    if party is None and _THEY.match(subject) and speakers.last_group:
        return Reading(kind, stance, speakers.last_group, f"'{verb}'; the parties named before")
    if party is None and _IT.match(subject) and speakers.last_thing:
        return Reading(kind, stance, speakers.last_thing, f"'{verb}'; the body named before")
    if party is None:
        return Reading(kind, stance, THE_SOURCE, f"'{verb}'; no party named")
    person = party in {matcher.entities[i].name for i in people}
    return Reading(kind, stance, party, f"'{verb}' by {party}", person)


def _party(subject: str, matcher: EntityMatcher, people: frozenset[str]) -> str | None:
    if _BOTH_LEADERS.search(subject):
        return "both ministers"
    delegation = _DELEGATION.search(subject)
    if delegation:
        return f"{delegation.group(1)} delegation"
    ids = matcher.ids(subject)
    persons = [matcher.entities[i].name for i in ids if i in people]
    if len(persons) >= 2:
        return f"{persons[0]} and {persons[1]}"
    if persons:
        return persons[0]
    countries = [matcher.entities[i].name for i in ids if matcher.entities[i].type == "country"]
    if len(countries) >= 2:
        return f"{countries[0]} and {countries[1]}"
    if _BOTH_COUNTRIES.search(subject):
        return "both countries"
    if len(countries) == 1 and subject.strip().split()[-1:] != ["the"]:
        return countries[0]
    generic = _GENERIC.search(subject)
    return generic.group().lower() if generic else None


# ---- the draft


def slug(words: str, limit: int = ID_WORDS) -> str:
    kept = [w for w in _SLUG_WORD.findall(words.lower()) if w not in _STOP][:limit]
    return "-".join(kept) or "fact"


def draft(
    text: str,
    source_id: str,
    doc: Doc,
    meta: dict[str, Any],
    article: str,
    version: str,
) -> dict[str, Any]:
    """The draft of the article's text: its source entry, new entities and candidate facts
    (a fact-base fragment). doc: the merged fact base in use, for names and topics."""
    matcher = EntityMatcher(doc.entities)
    people = frozenset(e.id for e in doc.entities if e.type == "person")
    found, furniture = candidates(text)
    topic_votes = _topic_votes(doc)
    editorial_paragraphs = _possibly_editorial(text, found, matcher, people)
    editorial_topics = [t.id for t in doc.topics if is_editorial_group(t.group)][:1]
    paragraphs = lines(text)
    facts: list[dict[str, Any]] = []
    ids: list[str] = []
    taken = {f.id for f in doc.facts}
    new_entities: dict[str, dict[str, Any]] = {}  # by id: "GAMMA CITY" and "Gamma City" are one
    entity_ids = {e.id for e in doc.entities}
    speakers = Speakers(matcher, people)
    speakers.proper = {
        w
        for w in _PROPER.findall(text)
        if w.lower() not in _NOT_NAMES and w.lower() not in TITLES and not _DEMONYM.search(w)
    }
    surname_entities: dict[str, str] = {}  # a new person's last name -> their entity
    readings: list[Reading] = []
    parents: dict[int, int] = {}  # a continuing sentence's items belong to the one before
    previous: dict[int, int] = {}  # paragraph -> its last sentence's index
    for n, c in enumerate(found):
        quote = text[c.start : c.end]
        if c.parent is None:
            before = previous.get(c.paragraph)
            if _CONTINUES.match(quote) and before is not None:
                r = readings[before]._replace(rule=f"continues {ids[before]}")
                parents[n] = parents.get(before, before)
            else:
                r = reading(c.subject + quote, speakers)
                speakers.heard(r)
            previous[c.paragraph] = n
        else:  # an item says what its list's sentence says, unless it has a verb of its own
            parent = parents.get(c.parent, c.parent)
            r = readings[parent]._replace(rule=f"list item of {ids[parent]}")
            if c.rule.startswith("bullet item"):
                own = reading(c.subject + quote, speakers)
                if own.rule != "no reporting verb":
                    r = own._replace(rule=f"{own.rule}; an item of {ids[parent]}")
            c = c._replace(parent=parent)
        readings.append(r)
        fid = _unique(f"{source_id}-{slug(quote)}", taken)
        ids.append(fid)
        entities = matcher.ids(quote)
        known_spans = [(a, b) for _, a, b in matcher.find(quote)]
        opens = c.parent is None or c.rule.startswith("bullet item")
        for a, b in capitalised_names(quote, known_spans, opens=opens):
            written = quote[a:b]
            name, titled = _untitled(written)
            titled = titled or _titled_before(quote[max(0, a - 80) : a])  # "Lt. Gen. Ida Marsh"
            person = titled or name in speakers.persons
            # "Castell" after "Commodore Rhea Castell": the same person
            eid = surname_entities.get(name) or slug(name, 8)
            if eid in new_entities:
                entry = new_entities[eid]
                if written not in (entry["name"], *entry["aliases"]):
                    entry["aliases"].append(written)
                if person:
                    entry["type"] = "person"
            else:
                eid = _unique(eid, entity_ids)
                new_entities[eid] = _new_entity(eid, name, written, person)
            if len(name.split()) >= 2 and not _NOT_A_PERSON.search(name):
                surname_entities.setdefault(name.split()[-1], eid)
            if not _NOT_A_PERSON.search(name):
                speakers.mentioned(new_entities[eid]["name"], new_entities[eid]["type"] == "person")
            entities.append(eid)
        for eid in entities:
            if eid in people:
                speakers.mentioned(matcher.entities[eid].name, True)
        notes = ["the statement is the sentence itself: reword it"]
        topics = _topics(entities, quote, topic_votes)
        if c.start >= editorial_paragraphs.get(c.paragraph, len(text)):  # what it reads as
            r = Reading("editorial", "reported", THE_SOURCE, r.rule)
            topics = editorial_topics
            notes.append(
                "possibly editorial (it reads as the publisher's promotion): proposed as kind "
                "editorial, its paragraph as the source's editorial excerpt; if it is news, "
                "set its kind and topics and remove that excerpt"
            )
        fact: dict[str, Any] = {
            "id": fid,
            "statement": _statement(quote),
            "kind": r.kind,
            "stance": r.stance,
            "attribution": r.attribution,
            "topics": topics,
            "entities": list(dict.fromkeys(entities)),
            "keywords": [],
            "source": source_id,
            "quote": quote,
            "span": [c.start, c.end],
            "prefix": context(text, (c.start, c.end))[0],
            "suffix": context(text, (c.start, c.end))[1],
            "review": REVIEW,
            "rule": f"{c.rule}: {r.rule}",
            "notes": notes,
        }
        if c.parent is not None:
            fact["part_of"] = ids[c.parent]
        facts.append(fact)
    source = {
        "id": source_id,
        "title": meta.get("title") or _first_line(text),
        "title_assigned_by": "source" if meta.get("title") else "curator",
        "kind": meta.get("kind") or "news article",
        "path": f"sources/{source_id}.txt",
        "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        "published": meta.get("published"),
        "date_note": None if meta.get("published") else "Undated in the draft: add the date.",
        "publisher": meta.get("publisher"),
        "url": meta.get("url"),
        "via": meta.get("via"),
        "furniture": [{"text": text[a:b], "span": [a, b]} for a, b in furniture],
        "editorial": [
            {"text": text[at : paragraphs[n].end], "span": [at, paragraphs[n].end]}
            for n, at in sorted(editorial_paragraphs.items())
        ],
    }
    return {
        "schema_version": 1,
        "draft": {"article": article, "defcoop": version},
        "sources": [source],
        "topics": [],
        "entities": [new_entities[i] for i in sorted(new_entities)],
        "facts": facts,
        "curator_notes": [],
    }


def _unique(wanted: str, taken: set[str]) -> str:
    fid, n = wanted, 2
    while fid in taken:
        fid, n = f"{wanted}-{n}", n + 1
    taken.add(fid)
    return fid


def _statement(quote: str) -> str:
    text = quote[:1].upper() + quote[1:]
    ended = text.rstrip("\"'”’)").endswith((".", "!", "?"))  # '…together."' is ended
    return text if ended else text + "."


def _first_line(text: str) -> str:
    first = lines(text)
    return first[0].text[:200] if first else "Untitled"


def _untitled(written: str) -> tuple[str, bool]:
    """A name without the titles before it, and whether it had any: "Commodore Rhea
    Castell" is ("Rhea Castell", True); a title alone stays as it is."""
    words = written.split()
    cut = _titles_at_start(words)
    if not cut:  # "Velorian Defence Minister Tomas Halden": the name after the last title
        cut = max((i + 1 for i, w in enumerate(words[:-2]) if _is_title(w)), default=0)
    kept = words[cut:] if cut < len(words) else list(words)
    titled = len(kept) < len(words)
    if titled and kept[0] in ("of", "for"):  # "Minister for Home Affairs Kenji Morita"
        if len(kept) < 4:  # "Secretary of State": a title, no name after it
            return written, False
        kept = kept[-2:]
    return " ".join(kept), titled


def _is_title(word: str) -> bool:
    return all(p in TITLES for p in word.rstrip(".").lower().split("-"))


def _titled_before(before: str) -> bool:
    """Whether titles come just before a name: "Lt. Gen. " (which _NAME leaves out)."""
    words = before.split()[-3:]
    return any(_titles_at_start(words[i:]) == len(words) - i for i in range(len(words)))


def _titles_at_start(words: Sequence[str]) -> int:
    """How many of the words are titles at the start ("Vice-Minister", "Lt. Gen.", "Rear
    Admiral"): a run of title words and modifiers that ends on a title."""
    end = 0
    for i, word in enumerate(words):
        parts = word.rstrip(".").lower().split("-")
        if all(p in TITLES for p in parts) or (
            all(p in TITLES | TITLE_MODIFIERS for p in parts) and parts[-1] in TITLES
        ):
            end = i + 1
        elif not all(p in TITLE_MODIFIERS for p in parts):
            break
    return end


def _new_entity(eid: str, name: str, written: str, person: bool) -> dict[str, Any]:
    """A new entity; its type a guess to review: a person when a title or a quote's
    attribution says so, an exercise by its name, else an organisation."""
    kind = "organisation"
    if re.search(r"\b(?:Exercise|Drill|Drills)\b", name):
        kind = "military exercise"
    elif person:
        kind = "person"
    return {
        "id": eid,
        "name": name,
        "type": kind,
        "aliases": [written] if written != name else [],
        "roles": [],
        "participants": [],
        "review": REVIEW,
        "rule": "a capitalised name no alias of the fact base knows",
    }


class TopicVotes(NamedTuple):
    """For each entity id, and each keyword (normalised), the topics of the facts naming it,
    and how many facts name it (`facts`, keyed like the tables); `total`: all the facts."""

    entities: dict[str, Counter[str]]
    words: dict[str, Counter[str]]  # one-word keywords
    phrases: dict[str, Counter[str]]  # keywords of several words
    facts: Counter[str]
    total: int


def _topic_votes(doc: Doc) -> TopicVotes:
    from defcoop_cli.lookup.text import normalise

    votes = TopicVotes({}, {}, {}, Counter(), len(doc.facts))
    editorial = {t.id for t in doc.topics if is_editorial_group(t.group)}
    for f in doc.facts:
        topics = [t for t in f.topics if t not in editorial]
        keys = set()
        for e in f.entities:
            votes.entities.setdefault(e, Counter()).update(topics)
            keys.add(f"entity:{e}")
        for k in f.keywords:
            key = normalise(k)
            table = votes.phrases if " " in key else votes.words
            if key:
                table.setdefault(key, Counter()).update(topics)
                keys.add(key)
        votes.facts.update(keys)
    return votes


def _topics(entities: Sequence[str], quote: str, votes: TopicVotes) -> list[str]:
    """At most two topics: those of the existing facts that share the candidate's entities
    or keywords, best first. Each shared name or keyword votes for the topics of the facts
    that have it, in proportion, weighted by how rare it is (its inverse document
    frequency): "India", named by most facts, says little; "UNCLOS" says much."""
    import math

    from defcoop_cli.lookup.text import normalise

    tally: dict[str, float] = {}

    def vote(key: str, topics: Counter[str] | None) -> None:
        df = votes.facts.get(key, 0)
        if topics and df:
            weight = math.log((1 + votes.total) / df) / df
            for topic, n in topics.items():
                tally[topic] = tally.get(topic, 0.0) + n * weight

    for e in dict.fromkeys(entities):
        vote(f"entity:{e}", votes.entities.get(e))
    said = normalise(quote)
    for word in set(said.split()):
        vote(word, votes.words.get(word))
    padded = f" {said} "
    for phrase, topics in votes.phrases.items():
        if f" {phrase} " in padded:
            vote(phrase, topics)
    ranked = sorted(tally.items(), key=lambda x: (-x[1], x[0]))
    if not ranked:
        return []
    best = ranked[0][1]  # a second topic only when it is nearly as well supported
    return [t for t, score in ranked[:2] if score >= SECOND_TOPIC_SHARE * best]


def _name_spans(sentence: str) -> list[tuple[int, int]]:
    return capitalised_names(sentence, [])


def _possibly_editorial(
    text: str,
    found: Sequence[Candidate],
    matcher: EntityMatcher,
    people: frozenset[str],
) -> dict[int, int]:
    """Paragraphs (line numbers) that read as the publisher's promotion, not news, each with
    where the promotion starts (the first sentence that promotes: a paragraph may open with
    news and then pivot). No party says anything in them (a reporting verb with a party,
    "Both countries stressed…", is news), and they speak to the reader (you, your; a call
    to action opening a sentence: subscribe, book, sign up…; an offer: free, discount,
    cancel anytime), or a name recurs in them that the rest of the article never uses (an
    advertorial for a person or a brand)."""
    by_paragraph: dict[int, list[Candidate]] = {}
    for c in found:
        if c.parent is None:
            by_paragraph.setdefault(c.paragraph, []).append(c)
    names: dict[int, Counter[str]] = {
        number: Counter(
            body[a:b] for body in (text[c.start : c.end] for c in cs) for a, b in _name_spans(body)
        )
        for number, cs in by_paragraph.items()
    }
    paragraphs_naming = Counter(n for seen in names.values() for n in seen)
    flagged = {}
    for number, cs in by_paragraph.items():
        sentences = [text[c.start : c.end] for c in cs]
        if any(
            reading(x, Speakers(matcher, people, "a party")).attribution != THE_SOURCE
            or (_QUOTATION_ANYWHERE.search(x) and _SPEECH_VERB.search(x))
            for x in sentences
        ):
            continue  # someone speaks: news, even with a "you" in their words
        own = [n for n, k in names[number].items() if k >= 2 and paragraphs_naming[n] == 1]
        promoting = [
            c
            for c, x in zip(cs, sentences, strict=True)
            if _PROMOTION.search(_QUOTATION_ANYWHERE.sub(" ", x)) or any(n in x for n in own)
        ]
        if promoting:
            flagged[number] = promoting[0].start
    return flagged


# A quotation in a sentence, in double or single quotes (bounded), and a verb of speech.
_QUOTATION_ANYWHERE = re.compile(r"[\"“][^\"“”]{0,600}[\"”]|(?:(?<=\s)|^)[‘'][^‘’\n]{0,600}?[’']")
_SPEECH_VERB = re.compile(r"\b(?:said|says|say|told|added|asked|stated|noted)\b", re.IGNORECASE)
# Words of promotion: speaking to the reader, a call to action, an offer.
_PROMOTION = re.compile(
    r"\b(?:you|your|yours)\b|\bour readers\b|\bwin an?\b|\b(?:free|discount|cancel anytime"
    r"|limited time|special offer|subscribe|subscription)\b|^(?:subscribe|book|find|enter"
    r"|sign up|join|download|call|visit|get|try|order|buy|register|click|follow|watch|listen"
    r"|stay|discover|explore|grab|claim|save|shop|don't miss)\b",
    re.IGNORECASE,
)


# ---- the command's edges: arguments checked, the article read, the draft written


_ID = re.compile(r"^[a-z0-9]+(?:[-+][a-z0-9]+)*$")


def check_request(source_id: str, meta: dict[str, Any]) -> None:
    """Usage errors before any work: a source id of the schema's form, an ISO date, a
    known kind."""
    from datetime import date

    from defcoop_cli.errors import UsageError
    from defcoop_cli.factbase.vocab import SOURCE_KINDS

    if not _ID.match(source_id) or len(source_id) > 120:
        raise UsageError(
            f"--source-id {source_id!r} is not an id: lower-case letters and digits joined by "
            "hyphens, as in 'ani-2025-05-05'"
        )
    if meta.get("published"):
        try:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta["published"]):
                raise ValueError("not YYYY-MM-DD")
            date.fromisoformat(meta["published"])
        except ValueError:
            raise UsageError(
                f"--published {meta['published']!r} is not a date: use YYYY-MM-DD"
            ) from None
    if meta.get("kind") and meta["kind"] not in SOURCE_KINDS:
        raise UsageError(f"--kind {meta['kind']!r} is not one of: {', '.join(SOURCE_KINDS)}")


def draft_file(
    path: Any, source_id: str, meta: dict[str, Any], doc: Doc, version: str
) -> dict[str, Any]:
    """The draft of the article file at path (a UTF-8 text file, read as fact files are)."""
    import os

    from defcoop_cli.errors import BadFactBase
    from defcoop_cli.factbase.files import decode_utf8, read_regular_file
    from defcoop_cli.factbase.limits import MAX_SOURCE_BYTES

    text = decode_utf8(read_regular_file(path, MAX_SOURCE_BYTES, "article"), path)
    if not text.strip():
        raise BadFactBase(f"{path}: the article is empty")
    return draft(text, source_id, doc, meta, os.path.abspath(path), version)


def dumps(draft_doc: dict[str, Any]) -> str:
    """Stable, diff-friendly JSON: sorted keys, two-space indents, one fact per block."""
    import json

    return json.dumps(draft_doc, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def write_new(path: Any, body: str) -> None:
    """Write the draft to a new file: never over an existing one (a usage error)."""
    from defcoop_cli.errors import UsageError
    from defcoop_cli.factbase.files import write_atomically

    try:
        write_atomically(
            path,
            lambda tmp: tmp.write_text(body, encoding="utf-8"),
            0o644,
            replace=False,
            durable=True,
        )
    except FileNotFoundError:
        raise UsageError(f"{path}: its folder does not exist") from None
    except OSError as e:
        raise UsageError(f"{path}: cannot write the draft: {e.strerror or e}") from None
