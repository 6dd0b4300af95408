"""A month alone given to a meeting at a place, against the month a dated note from outside
the article gives to that place (issue 24: "in December" against the note's November).
Sentences of my own (fictional places Tessel, Kolvar and Brask), judged before running."""

from __future__ import annotations

import datetime

import pytest

from defcoop_cli.curation.drafting.conflicts.values import Conflicts
from defcoop_cli.factbase.records import CuratorNote
from unit.test_drafting_conflicts import NOTES_DOC, REFERENCE

NOTE = CuratorNote(
    "talks-months",
    "Dated reports put the talks in Kolvar on 5 May 2031, the pair's second meeting, after "
    "their first at a summit in Tessel, Beta, in October 2030.",
    "outside the article",
    type="date",
    date=datetime.date(2031, 5, 5),
    facts=("talks-held",),
    references=(REFERENCE,),
)
MONTHS = Conflicts(NOTES_DOC._replace(curator_notes=[NOTE]))


def _conflict(this: str, text: str = "October 2030") -> list[dict[str, object]]:
    return [{"field": "date", "this": this, "others": [{"note": "talks-months", "text": text}]}]


@pytest.mark.parametrize(
    ("quote", "this"),
    [
        ("They first met at a summit in Tessel in December.", "December"),
        ("In December in Tessel the two men first met.", "December"),
        ("Their first meeting, in Tessel in October 2029, was brief.", "October 2029"),
        ("At a gathering in Tessel, Beta, in March they first met.", "March"),
        ("The pair held talks at Tessel in June before this one.", "June"),
    ],
)
def test_another_month_at_the_notes_place_is_a_date_conflict(quote: str, this: str) -> None:
    assert MONTHS.with_notes(quote, [], []) == _conflict(this)


@pytest.mark.parametrize(
    "quote",
    [
        "They first met in Tessel in October.",  # the note's month
        "They first met at a summit in Tessel in October 2030.",  # and its year
        "The ministers met in Kolvar in May.",  # the note gives Kolvar a day, not this rule's
        "They met in Brask in December.",  # a place the note does not date
        "The drill in Tessel in December drew crowds.",  # no meeting told
        "Gamma's navy sailed to Tessel in December for talks.",  # not said to be in Tessel
        "They met in Tessel on 3 December.",  # a day: the day rules compare it
    ],
)
def test_the_same_month_another_place_or_no_meeting_gives_no_conflict(quote: str) -> None:
    assert MONTHS.with_notes(quote, [], []) == []


def test_a_month_place_line_of_20000_characters_is_read_quickly() -> None:
    # no timing asserted: the line must be read (the time is in RESULTS)
    for line in ("in Tessel " * 2000, "in December " * 1667, "in Aaa Bbb, Ccc, " * 1177):
        assert MONTHS.with_notes(line + " met", [], []) == []
