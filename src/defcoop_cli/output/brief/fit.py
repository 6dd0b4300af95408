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
What never goes: the event line, who met whom with each person's newest office first,
the date, a line for each stance reported (agreed, discussed, condemned, raised
concern), every watch-out a line cites, and a disagreement between sources with two of
its sides.
"""

from __future__ import annotations

from collections.abc import Callable

from defcoop_cli.lookup.results import Briefing
from defcoop_cli.output.brief.lines import Section
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
            break
    return sections
