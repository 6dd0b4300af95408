"""The words before a name that make it a place or, for a capital, its government: "in
Tokyo", "near Jaisalmer", "flew in from Tokyo", "a Tokyo think tank" are places; "Tokyo
wants…", "what it needs from Tokyo" are Japan's government (entities.py links the
country); a capitalised word before makes it another place ("South Delhi"). Moved from
pages.py, which keeps the gazetteer and the word lists."""

from __future__ import annotations

import re

from defcoop_cli.curation.drafting.pages import name_words

# (a name's plural possessive too: "Lutyens' Delhi", a district, is not the capital)
_NAMED_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][\w-]*(?:s[’'])?)(?<![’']s) $")
# a sentence's opening word ("Later Tokyo said"), a title ("Minister"): no name of a place
_NOT_NAMING = frozenset(
    {w.lower() for w in name_words()["opening word"]}
    | name_words()["title"]
    | name_words()["title modifier"]
)


# A title quoted in running text ("Delhi, Tokyo to deepen ties" (May 6)): no sentence's
# punctuation before its closing mark, as a quoted sentence or clause has ("…, he said")
_QUOTED_TITLE = re.compile(r"[“\"][A-Z][^“”\"]*[^“”\".,!?;:][”\"]")


def in_quoted_title(text: str, at: int) -> bool:
    """Whether text[at] is inside a quoted title: a headline's capital is the headline's."""
    return any(m.start() < at < m.end() for m in _QUOTED_TITLE.finditer(text))


def named_before(text: str, at: int) -> bool:
    """Whether a capitalised word (not "Later", a title) stands just before: "South Delhi"."""
    m = _NAMED_BEFORE.search(text, max(0, at - 30), at)
    return m is not None and m[1].lower() not in _NOT_NAMING


# Words before a name that make it a place: "in Tokyo", "near Jaisalmer", "departed Delhi",
# "to the Pacific"; and the names listed after them: "at Coimbatore, Hosur and Chennai".
_LISTED = r"(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*(?:,\s+(?:and\s+)?|\s+and\s+)"
# (a part of the place named between: "in central New Delhi", "across northern Japan")
_PART = (
    r"(?:central|northern|southern|eastern|western|north|south|east|west|downtown|old|inner|outer)"
)
_PLACE_BEFORE = re.compile(
    r"\b(?P<by>(?i:in|at|near|outside|across|around|from|to|into|off|via|visit(?:ed)?|departed))"
    rf"\s+(?:{_LISTED})*(?:the\s+)?(?:{_PART}\s+)?$"
)


def placed_before(before: str) -> bool:
    """Whether the words before a name make it a place ("in", "at", "near"…)."""
    return _PLACE_BEFORE.search(before) is not None


# Going from a place ("flew in from Tokyo"), and a name used as an adjective ("a Tokyo firm").
_MOTION = re.compile(
    r"(?i:\b(?:c[ao]me|comes|coming|return\w*|fl[eyio]\w*|travel\w*|arriv\w*|"
    r"sail\w*|depart\w*|back|home|away)\s+(?:\w+\s+)?)$"
)
_ATTRIBUTIVE = re.compile(r"\b(?i:an?|the)\s+$")
# Going to a place: "leaves for Tokyo", "is due to fly out for Tokyo" (a verb of leaving,
# then "for"; not over a name between, "leave Palam for Tokyo", one name to the name reader)
_BOUND_FOR = re.compile(
    r"\b(?i:(?P<given>leav(?:e|es|ing)|left|set(?:s|ting)?\s+out)|depart\w*|bound"
    r"|head(?:s|ed|ing)?|fl(?:y|ies|ew|ying)|sail(?:s|ed|ing)?|set(?:s|ting)?\s+off)"
    r"(?i:\s+out)?\s+for\s+$"
)
# "Left" and "set out" give as well as go: in the passive ("the call was left for Tokyo to
# decide", "the terms were set out for Tokyo") or with their object after the name ("India
# set out for Tokyo its terms") the capital is who is given it, its government; a time
# after it is no object ("left for Tokyo the next day")
_PASSIVE = re.compile(r"\b(?i:is|are|was|were|be|been|being)\s+(?:\w+ly\s+|now\s+|still\s+)?$")
_NAME = re.compile(r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*")
_TIME = r"(?:next|same|following|previous|day|week|month|morning|afternoon|evening|night|year)"
_OBJECT = re.compile(
    rf"\s+(?:(?i:its|their|his|her|our|what|how|why|whether)\b|(?i:the|a|an)\s+(?!{_TIME}\b)\w)"
)


def governs(text: str, at: int) -> bool:
    """Whether the capital at text[at:] stands for its government ("Tokyo wants…", "what it
    needs from Tokyo"), not for its place ("in Tokyo", "flew from Tokyo", "a Tokyo firm",
    "leaves for Tokyo")."""
    before = text[max(0, at - 40) : at]
    by = _PLACE_BEFORE.search(before)
    if by and (by["by"].lower() != "from" or _MOTION.search(before, 0, by.start())):
        return False
    name = _NAME.match(text, at)
    if _TO_HOST.match(text, name.end() if name else at):
        return False  # the next round's venue: "which Tokyo will host next year"
    return not (_ATTRIBUTIVE.search(before) or _bound_for(text, at, before))


# A capital that is to host what comes next is its venue, the city (R41: "the next meeting's
# venue"): "Tokyo will host the next round", "Delhi is due to host it" (not "Tokyo hosted
# the minister", a reception, nor "Tokyo wants to host", a wish: the government's).
_TO_HOST = re.compile(r"\s+(?:will|would|is\s+(?:set\s+|due\s+|likely\s+)?to)\s+(?:also\s+)?host\b")


def _bound_for(text: str, at: int, before: str) -> bool:
    """Whether a verb of travelling's "for" makes the capital at text[at:] where one goes
    ("leaves for Tokyo"), not who is left or set out something (`_PASSIVE`, `_OBJECT`)."""
    going = _BOUND_FOR.search(before)
    if going is None:
        return False
    if going["given"] and _PASSIVE.search(before, 0, going.start()):
        return False
    name = _NAME.match(text, at)
    return _OBJECT.match(text, name.end() if name else at) is None
