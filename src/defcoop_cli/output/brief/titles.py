"""A person's titles as the short brief shows them: each office in its standard form, not in
the words a report happened to use, or not at all.

A report may give an office as a phrase: the press's word for it ("defence chief",
"the defence portfolio"), a verb phrase ("heads Japan's Ministry of Defense"), the Hindi
title ("Raksha Mantri"), or in lower case ("defence minister"). The brief reads each as
the office it names ("Defence Minister", "Minister of Defense"), capitalised as a title
is. A phrase that is no title in any form (a verb phrase naming no ministry, "doubles as
…"; a plural, "defence ministers": the holders of an office, not one person's) is left out
of a person's line; `--full` and JSON keep every title as its report gave it.
"""

from __future__ import annotations

import re

# A ministry's portfolio, by the word the press uses for it.
_PORTFOLIO = r"(?P<portfolio>defen[cs]e|foreign|finance|home)"
# "heads Japan's Ministry of Defense", "who heads the Defense Ministry": its minister.
_HEADS = re.compile(
    r"^(?:who\s+)?(?:heads|headed|leads|led|runs|ran|helms|helmed)\s+(?:the\s+)?"
    r"(?P<whose>[A-Z][\w-]*['’]s\s+)?(?:Ministry\s+of\s+(?P<of>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)"
    r"|(?P<before>[A-Z][\w-]*)\s+Ministry)$"
)
# "the defence portfolio", "holds the defence post", "defence chief": the minister. "Chief"
# is the press's minister only for defence (elsewhere a chief of staff, of an army).
_PRESS = re.compile(
    r"^(?:(?:holds|held|took|takes)\s+)?(?:the\s+)?(?P<whose>[A-Z][\w-]*['’]s\s+)?"
    rf"(?:{_PORTFOLIO}\s+(?:portfolio|post)|(?P<chief>defen[cs]e)\s+chief)$",
    re.I,
)
_MANTRI = re.compile(r"^(?P<whose>[A-Z][\w-]*['’]s\s+)?raksha\s+mantri$", re.I)
# A verb that opens a phrase a report gave where a title stands: no title.
_VERBS = frozenset(
    (
        "heads",
        "headed",
        "leads",
        "led",
        "runs",
        "ran",
        "helms",
        "helmed",
        "holds",
        "held",
        "serves",
        "served",
        "doubles",
        "doubled",
        "oversees",
        "oversaw",
        "chairs",
        "chaired",
        "is",
        "was",
        "who",
        "also",
    )
)
# Office nouns whose plural names a gathering of holders, not one person's title.
_PLURALS = re.compile(
    r"\b(?:ministers|advis[eo]rs|secretaries|chiefs|ambassadors|presidents)$", re.I
)
# Words a title keeps in lower case ("Minister of State for Defence").
_SMALL = frozenset(["of", "for", "the", "and", "to", "on", "in", "at"])


def standard_title(text: str) -> str | None:
    """The office a title names, in its standard form; None when the phrase is no title."""
    said = " ".join(text.split())
    office = press_office(said)
    if office is not None:
        return office
    words = said.split()
    if not words or words[0] in _VERBS or _PLURALS.search(said):
        return None
    if said == said.casefold():  # "defence minister": the press's lower case
        return " ".join(w if w in _SMALL else w[:1].upper() + w[1:] for w in words)
    return said


def press_office(text: str) -> str | None:
    """The office a phrase of the press or a verb phrase names ("heads Japan's Ministry of
    Defense": "Japan's Minister of Defense"; "defence chief": "Defence Minister"); None
    when it is no such phrase (a title as it stands, or none)."""
    said = " ".join(text.split())
    m = _HEADS.match(said)
    if m is not None:
        whose = m["whose"] or ""
        return f"{whose}Minister of {m['of']}" if m["of"] else f"{whose}{m['before']} Minister"
    m = _PRESS.match(said) or _MANTRI.match(said)
    if m is None:
        return None
    portfolio = (m.groupdict().get("portfolio") or m.groupdict().get("chief") or "defence").lower()
    return f"{m['whose'] or ''}{portfolio.capitalize()} Minister"
