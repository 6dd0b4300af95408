"""Another event's time in a sentence (drafting.claims): "since the 2+2 dialogue held in
August 2024", ", who first met in Laos last November", "On 6 May the Forum hosted …" tell of
something at another time than the talks a fact of the fact base tells of; what that part
of the sentence says is no claim of theirs (finder.ClaimFinder).

A time marks another event when it is a past one named by where it lies ("last November",
"the previous week", "two years ago"), a year or a month with a preposition ("in 2014",
"since 2019", "in August 2024", "in November"), or a day ("6 May", "May 6"); a day or month
that is the fact's own event's, or that of an event the fact names (the attack "on April
22"), is not another. A time owned by a noun ("last month's attack") dates the noun, not
the sentence's event. The part marked runs from the clause's opening ("since", "after",
"who", a comma) to the clause's end.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from datetime import date
from typing import NamedTuple

from defcoop_cli.factbase.records import Doc, Fact

_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
_MONTH = {m: n for n, m in enumerate(_MONTHS.split("|"), 1)}
# each alternative is bounded (no nested repetition): linear on any line
_MARKER = re.compile(
    rf"\b(?:(?:last|previous|past)\s+(?:year|month|week|autumn|spring|summer|winter|{_MONTHS})"
    r"|(?:one|two|three|four|five|six|seven|eight|nine|ten|a|\d{1,2})\s+(?:years?|months?)\s+ago"
    rf"|(?:in|since|from|during|until)\s+(?:(?:early|late|mid-?)\s*)?(?:(?P<month>{_MONTHS})\s+)?(?P<year>(?:19|20)\d\d)"
    rf"|(?:in|since|during)\s+(?:(?:early|late|mid-?)\s*)?(?P<alone>{_MONTHS})(?!\s+\d)"
    rf"|(?P<day>\d{{1,2}})\s+(?P<dmonth>{_MONTHS})|(?P<mday>{_MONTHS})\s+(?P<mdayn>\d{{1,2}})(?!\d))\b"
    r"(?!['’]s)",
    re.IGNORECASE,
)
# where a clause opens, before its time: a subordinate or relative clause, or a comma
_WORDS_OPENING = r"since|after|before|following|when|who|which|where|until"
_OPENER = re.compile(rf"(?:[,;]|\b(?:{_WORDS_OPENING}))\s", re.I)
# a clause a subordinator or a relative opens, not a comma ("after a first meeting in …")
SUBORDINATE = re.compile(rf"(?:{_WORDS_OPENING})\s", re.I)
_CLOSER = re.compile(r"[,;]|\Z")


# The next session of a mechanism ("the next 2+2 Ministerial Meeting", "the next annual
# summit", "the coming round of talks"): a plan that presupposes the mechanism, no claim
# of it (tests/fixtures/CONVENTIONS.md, R28). Bounded words between: linear on any line.
_NEXT_SESSION = re.compile(
    r"\b(?:the\s+|their\s+|a\s+)?(?:next|coming|upcoming|forthcoming)\s+"
    r"(?:[\w+\"'“”’-]+\s+){0,4}?(?:summit|meeting|dialogue|round|session|talks)s?"
    r"(?:\s+of\s+(?:talks|dialogues?|meetings|consultations))?\b"
    # or a session placed later ("before the annual summit later this year", "the 2+2
    # meeting due next year"): a plan too
    r"|\b(?:the|their|a|an)\s+(?:[\w+\"'“”’-]+\s+){0,3}?(?:summit|meeting|dialogue|session|talks)s?"
    r"\s+(?:(?:due|planned|scheduled|expected|set)\s+(?:(?:for|in|at)\s+[A-Z][\w-]*\s+)?)?"
    r"(?:later\s+(?:this|in\s+the|next)|next|early\s+next)\s+"
    r"(?:year|month|week|spring|summer|autumn|fall|winter)\b",
    re.IGNORECASE,
)

NEXT_SESSION = _NEXT_SESSION  # conflicts/values.py reads a next session's place as no value


def without_next_sessions(text: str) -> str:
    """The text without the next sessions of a mechanism it names."""
    return _NEXT_SESSION.sub(" ", text)


class Marked(NamedTuple):
    """A part of a sentence telling of another time: its span, and the date it names
    (year, month, day; each None where not named)."""

    start: int
    end: int
    year: int | None
    month: int | None
    day: int | None

    def is_of(self, when: date) -> bool:
        """Whether the time named may be that date (a relative one never is; a day is
        that date's within a day of it: reports of one event in two time zones, or by a
        wire's dateline, give it the next day or the one before)."""
        if self.year is None and self.month is None:
            return False
        if self.day is not None and self.month is not None:
            named = date(self.year or when.year, self.month, min(self.day, 28))
            if self.day <= 28 and abs((named - when).days) <= 1:
                return True
        return (
            (self.year is None or self.year == when.year)
            and (self.month is None or self.month == when.month)
            and (self.day is None or self.day == when.day)
        )

    @property
    def relative(self) -> bool:
        """Whether the time is named only by where it lies ("last month", "a year ago")."""
        return self.year is None and self.month is None


def other_times(text: str) -> list[Marked]:
    """The parts of a sentence that tell of a time, each with the date it names."""
    out: list[Marked] = []
    # where each clause opens and closes, found once (a long line stays linear)
    opened: list[int] = []
    closed: list[int] = []
    for m in _MARKER.finditer(text):
        if not opened:
            opened = [0, *(o.start() for o in _OPENER.finditer(text))]
            closed = [c.start() for c in _CLOSER.finditer(text)]
        start = opened[bisect_right(opened, m.start()) - 1]
        end = closed[bisect_left(closed, m.end())]
        out.append(Marked(start, end, *_named(m)))
    return out


def _named(m: re.Match[str]) -> tuple[int | None, int | None, int | None]:
    """The year, month and day a marker names (relative ones none)."""
    g = m.groupdict()
    month = g["month"] or g["alone"] or g["dmonth"] or g["mday"]
    day = g["day"] or g["mdayn"]
    year = int(g["year"]) if g["year"] else None
    return year, _MONTH[month.lower()] if month else None, int(day) if day else None


def without(text: str, marked: list[Marked]) -> str:
    """The text with the marked parts left out."""
    kept, at = [], 0
    for m in sorted(marked, key=lambda m: (m.start, m.end)):
        kept.append(text[at : max(at, m.start)])
        at = max(at, m.end)
    return " ".join([*kept, text[at:]])


# The kinds of fact that tell what happened or was said at an event (not its background,
# nor a view of it), and the words by which any other fact tells of the event itself.
TOLD = ("event", "position", "commitment", "concern")
_OF_THE_EVENT = re.compile(r"\b(?:this|the)\s+(?:meeting|talks|visit|discussions)\b", re.I)


def event_times(doc: Doc, facts: list[Fact]) -> tuple[list[frozenset[date]], list[bool]]:
    """Each fact's dates (its event's, and those of the events it names), and whether it
    tells of its event (it is of a dated event, and of a kind that tells what happened
    there or names the event: another time's part of a sentence is no claim of it)."""
    from defcoop_cli.factbase.events import event_of

    sources = {s.id: s for s in doc.sources}
    dated = {e.id: e.date for e in doc.events if e.date is not None}
    when, told = [], []
    for f in facts:
        own = dated.get(event_of(f, sources) or "")
        when.append(frozenset(d for d in (own, *map(dated.get, f.entities)) if d is not None))
        told.append(own is not None and (f.kind in TOLD or bool(_OF_THE_EVENT.search(f.quote))))
    return when, told


def left_out(
    marked: list[Marked], when: list[frozenset[date]], told: list[bool]
) -> dict[tuple[int, ...], set[int]]:
    """Which marked parts (their places) each fact telling of its event is scored without,
    and those facts: a part whose time is another than the fact's (`_other`)."""
    out: dict[tuple[int, ...], set[int]] = {}
    for i in (i for i, t in enumerate(told) if t):
        parts = tuple(k for k, m in enumerate(marked) if _other(m, when[i]))
        out.setdefault(parts, set()).add(i)
    return out


def _other(marked: Marked, dates: frozenset[date]) -> bool:
    """Whether a marked time is another than a fact's: a date not that of its event nor of
    an event it names; a relative time ("last month"), unless the fact names another dated
    event than its own (the attack "last month" it tells of)."""
    if marked.relative:
        return len(dates) < 2
    return not any(map(marked.is_of, dates))
