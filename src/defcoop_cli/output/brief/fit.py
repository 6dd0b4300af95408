"""The short brief fitted to the rows it is given, by the steps in which it gives way.

Each step keeps what the one before it cut, and cuts more:
1. the footer's fact ids: each line's mark goes, and the footer counts the facts cited;
2. every list folds to its first three, then "+N more": a person's titles (the newest
   first), the places, the items agreed, the topics discussed and what they name, the
   sides of a disagreement, a watch-out's notes, the agreed and the condemned lines of
   each kind (those the most sources report stay), the reports' dates (their span);
3. the "Reaffirmed" line goes;
4. lists fold to their first two;
5. to their first one, but the items agreed (three) and the lines of a kind (two);
6. the lines of a kind fold to one; 7. the items agreed to one;
8. the exercises and conventions a discussed topic names go;
9. the watch-outs no line cites fold into one line that gives their numbers.
What goes only on a screen too small for the rest (60×20 with a hint, say): whole lines,
never a line cut, the least needed first (`_LEAST_NEEDED`): what was discussed, then the
watch-outs (the last first), the concerns, the condemnations, the agreed lines, the date,
the people, and the footer last; the footer says how many lines were left out. The
heading never goes.
"""

from __future__ import annotations

from collections.abc import Callable

from defcoop_cli.lookup.results import Briefing
from defcoop_cli.output import wording
from defcoop_cli.output.brief.lines import Section, Segment
from defcoop_cli.output.brief.short import WHOLE, Fold, short_layout

_REAFFIRMED = frozenset({"reaffirmed"})

STEPS = (
    WHOLE,
    Fold(ids=False),
    Fold(ids=False, most=3, items=3, lines=3),
    Fold(ids=False, most=3, items=3, lines=3, drop=_REAFFIRMED),
    Fold(ids=False, most=2, items=3, lines=2, drop=_REAFFIRMED),
    Fold(ids=False, most=1, items=3, lines=2, drop=_REAFFIRMED),
    Fold(ids=False, most=1, items=3, lines=1, drop=_REAFFIRMED),
    Fold(ids=False, most=1, items=1, lines=1, drop=_REAFFIRMED),
    Fold(ids=False, most=1, items=1, lines=1, drop=_REAFFIRMED | {"names"}),
    Fold(ids=False, most=1, items=1, lines=1, drop=_REAFFIRMED | {"names", "watch-outs"}),
)


def fitted(b: Briefing, rows: Callable[[list[Section]], int], room: int) -> list[Section]:
    """The short brief at the first step whose `rows` (as drawn) are at most `room`; at the
    last step when none fits (a screen too small for what never goes)."""
    for fold in STEPS:
        sections = short_layout(b, fold)
        if rows(sections) <= room:
            return sections
    return _cut(sections, rows, room)


# What a line is, by its label, as the lines left out on a small screen are chosen: the
# lower the rank the sooner it goes (a line of no label in the body: a note, ranks 0).
_LEAST_NEEDED = {
    "Discussed: ": 0,
    "Background: ": 0,
    "Raised concern: ": 2,
    "Condemned: ": 3,
    "Agreed: ": 4,
    "Reaffirmed: ": 4,
    "When: ": 5,
}
_WATCH_OUT, _PERSON, _FOOTER = 1, 6, 7


def _cut(sections: list[Section], rows: Callable[[list[Section]], int], room: int) -> list[Section]:
    """The last step's sections with whole lines left out, the least needed first (and of
    one rank the last first), until they fit `room` or only the heading is left; the
    footer, while it is shown, says how many went."""
    ranked = sorted(
        (
            (_rank(sections, i, line), -i, -j)
            for i, s in enumerate(sections[1:], 1)
            for j, line in enumerate(s.lines)
        ),
    )
    gone: set[tuple[int, int]] = set()
    kept = sections
    for _, i, j in ranked:
        gone.add((-i, -j))
        kept = _without(sections, gone)
        if rows(kept) <= room:
            break
    return kept


def _rank(sections: list[Section], i: int, line: tuple[Segment, ...]) -> int:
    if i == len(sections) - 1:
        return _FOOTER
    if sections[i].title is not None:
        return _WATCH_OUT
    label = line[0].text if line and line[0].kind == "label" else ""
    if i == 1:  # who met whom, and when
        return _LEAST_NEEDED.get(label, _PERSON)
    return _LEAST_NEEDED.get(label, 0)


def _without(sections: list[Section], gone: set[tuple[int, int]]) -> list[Section]:
    """The sections without the lines gone (a section left empty goes whole), the footer
    telling how many lines were left out."""
    out = []
    for i, s in enumerate(sections):
        lines = tuple(line for j, line in enumerate(s.lines) if (i, j) not in gone)
        if i == len(sections) - 1 and lines:
            lines = (_told_left_out(lines[0], len(gone)),)
        if lines:
            out.append(s._replace(lines=lines))
    return out


def _told_left_out(footer: tuple[Segment, ...], n: int) -> tuple[Segment, ...]:
    told = f" · {wording.plural(n, 'line')} left out"
    return (*footer[:-1], Segment(told, kind="note"), footer[-1])
