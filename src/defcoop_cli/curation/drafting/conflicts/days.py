"""The days a drafted fact's text gives (in digits, "6 May", or spelled, "the sixth of
May"), and what a day dates (an attack, a document, a meeting): what conflicts/values.py
compares."""

from __future__ import annotations

import re
from typing import Any

from defcoop_cli.factbase.vocab import ORDINALS

# What an event named for its place is, when a fact names the place and one of these.
VIOLENCE = re.compile(
    r"\b(?:attack|massacre|assault|strike|bombing|killing|ambush|shooting)s?\b", re.I
)

# What a day dates, by the nearest of these words before it in its sentence: an attack
# ("the attack in Pahalgam on 22 April", "which killed 26 people on 22 April"), a document
# ("a letter dated 24 April", "the statement issued by the Ministry on 5 May", a heading's
# "Statement issued by …, New Delhi, 5 May 2025", a paper's "Our page-one report of May 6")
# or a meeting ("met in New Delhi on Tuesday, 6 May"). A day after none of them dates what
# the other side's does.
_THINGS = re.compile(
    rf"(?P<attack>{VIOLENCE.pattern}|\b(?:killed|died|wounded)\b)"
    r"|(?P<document>\b(?:dated|issued|letter|statement|communiqu[eé]|published|posted|filed"
    r"|released|circulated|report|story|article|edition)\b)"
    r"|(?P<meeting>\b(?:met|meet|meeting|talks|held|received|hosted|visit|visited|summit"
    r"|dialogue|called on)\b)",
    re.I,
)

# A day naming the talks it comes before, no preposition between: "a report on the 6 May
# harbour talks" dates the talks, where "our report of May 6 on the talks" dates the report.
_NAMES_TALKS = re.compile(
    r"(?:\s+(?!(?:on|of|in|at|about|for|by|with|the)\b)[\w'’-]+){0,2}?\s+"
    r"(?:talks|meeting|summit|dialogue|visit)\b",
    re.I,
)


def thing_dated(text: str, days: dict[str, tuple[Any, str]]) -> str | None:
    """What the text's one day dates ("attack", "document", "meeting"), or None."""
    if "day" not in days:
        return None
    at = text.find(days["day"][1])
    before = re.split(r"[.;:!?]\s", text[max(0, at - 120) : at])[-1] if at > 0 else ""
    if at >= 0 and _NAMES_TALKS.match(text, at + len(days["day"][1])):  # "the 6 May talks"
        return "meeting"
    kind = None
    for m in _THINGS.finditer(before):
        kind = m.lastgroup
    return kind


def other_things(mine: str | None, theirs: str | None) -> bool:
    """Whether two days date two kinds of thing: both told, and told otherwise."""
    return None not in (mine, theirs) and mine != theirs


def single(found: dict[str, set[tuple[Any, str]]]) -> dict[str, tuple[Any, str]]:
    """Of each key's values (a value, as written), the one value when there is one."""
    out = {}
    for key, values in found.items():
        if len({v for v, _ in values}) == 1:
            out[key] = min(values, key=lambda v: v[1])
    return out


def days_in(text: str) -> dict[str, tuple[Any, str]]:
    """The one day a text names, and its one year when it gives one."""
    from defcoop_cli.curation.drafting.pages import dates

    found: dict[str, set[tuple[Any, str]]] = {}
    for written, month, day, year in [*dates(text), *spelled_days(text)]:
        found.setdefault("day", set()).add(((month, day), written))
        if year is not None:
            found.setdefault("year", set()).add((year, written))
    return single(found)


# A day spelled as an ordinal ("the sixth of May", "the twenty-first of June, 2025"), which
# pages.dates (digits) does not read.
_ORDINAL_DAY = {
    **{w: n for n, w in enumerate(ORDINALS, 1)},
    **{f"twenty-{w}": 20 + n for n, w in enumerate(ORDINALS[:9], 1)},
    **{"thirtieth": 30, "thirty-first": 31},
}
_SPELLED = re.compile(  # the month capitalised: "the first of may" is no date
    r"\b(?i:the)\s+((?i:twenty-|thirty-)?[a-z]+)\s+of\s+(January|February|March|April|May|June"
    r"|July|August|September|October|November|December)\b(?:,?\s+((?:19|20)\d\d)\b)?"
)
_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)  # no "thirty-first of February"


def spelled_days(text: str) -> list[tuple[str, int, int, int | None]]:
    """Each day a text spells as an ordinal, as pages.dates gives a day in digits."""
    from defcoop_cli.curation.drafting.pages import MONTHS

    out = []
    for m in _SPELLED.finditer(text):
        day, month = _ORDINAL_DAY.get(m.group(1).lower()), MONTHS[m.group(2).lower()]
        if day is not None and day <= _MONTH_DAYS[month - 1]:
            year = int(m.group(3)) if m.group(3) else None
            out.append((m.group(), month, day, year))
    return out
