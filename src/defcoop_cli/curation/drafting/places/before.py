"""The words before a name that make it a place or, for a capital, its government: "in
Tokyo", "near Jaisalmer", "flew in from Tokyo", "a Tokyo think tank" are places; "Tokyo
wants…", "what it needs from Tokyo" are Japan's government (entities.py links the
country). Moved from pages.py, which keeps the gazetteer and the word lists."""

from __future__ import annotations

import re

# Words before a name that make it a place: "in Tokyo", "near Jaisalmer", "departed Delhi",
# "to the Pacific"; and the names listed after them: "at Coimbatore, Hosur and Chennai".
_LISTED = r"(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*(?:,\s+(?:and\s+)?|\s+and\s+)"
_PLACE_BEFORE = re.compile(
    r"\b(?P<by>(?i:in|at|near|outside|across|around|from|to|into|off|via|visit(?:ed)?|departed))"
    rf"\s+(?:{_LISTED})*(?:the\s+)?$"
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
    r"\b(?i:leav(?:e|es|ing)|left|depart\w*|bound|head(?:s|ed|ing)?|fl(?:y|ies|ew|ying)"
    r"|sail(?:s|ed|ing)?|set(?:s|ting)?\s+(?:off|out))(?i:\s+out)?\s+for\s+$"
)


def governs(text: str, at: int) -> bool:
    """Whether the capital at text[at:] stands for its government ("Tokyo wants…", "what it
    needs from Tokyo"), not for its place ("in Tokyo", "flew from Tokyo", "a Tokyo firm",
    "leaves for Tokyo")."""
    before = text[max(0, at - 40) : at]
    by = _PLACE_BEFORE.search(before)
    if by and (by["by"].lower() != "from" or _MOTION.search(before, 0, by.start())):
        return False
    return not (_ATTRIBUTIVE.search(before) or _BOUND_FOR.search(before))
