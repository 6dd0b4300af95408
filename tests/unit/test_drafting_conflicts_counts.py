"""A meeting counted ("their third meeting", "the fourth meeting between the two men")
against the count a note from outside the article gives the fact base's one meeting ("the
pair's second meeting"): a number conflict with the note (issue 24). Sentences of my own
(fictional Port Lem, Tessel), judged before running."""

from __future__ import annotations

import pytest

from defcoop_cli.curation.drafting.conflicts.values import Conflicts
from unit.test_drafting_conflicts import MEETING_DOC

NOTE = MEETING_DOC.curator_notes[0]._replace(
    text="Dated reports put the harbour talks in Port Lem on 5 May 2031, the pair's second "
    "meeting in a year, after their first at a summit in Tessel."
)
COUNTS = Conflicts(MEETING_DOC._replace(curator_notes=[NOTE, *MEETING_DOC.curator_notes[1:]]))


@pytest.mark.parametrize(
    ("quote", "this"),
    [
        ("It was the third meeting between the two men in a year, an aide said.", "third meeting"),
        (
            "Ilse Varga and Odo Brandt held their fourth bilateral meeting.",
            "fourth bilateral meeting",
        ),
        ("This was the ministers' third encounter since the spring.", "third encounter"),
        ("It was the third meeting of the two delegations' chiefs this year.", None),  # no pair
        ("The third meeting of the two ministers came after a storm.", "third meeting"),
    ],
)
def test_another_count_of_the_pairs_meeting_is_a_number_conflict_with_the_note(
    quote: str, this: str | None
) -> None:
    found = COUNTS.with_notes(quote, [], [])
    expected = [
        {
            "field": "number",
            "this": this,
            "others": [{"note": "talks-date", "text": "second meeting"}],
        }
    ]
    assert found == (expected if this else [])


@pytest.mark.parametrize(
    "quote",
    [
        "It was their second meeting in a year.",  # the note's count
        "Ilse Varga recalled their first meeting, in Tessel.",  # "first": the earlier one
        "The second meeting of the harbour working group is due in June.",  # no pair's
        "They have held three meetings of the port board.",  # a number of meetings, no count
        "The two navies' third meeting ended early.",  # the navies', not the pair's
    ],
)
def test_the_same_count_another_meeting_or_none_gives_no_conflict(quote: str) -> None:
    assert COUNTS.with_notes(quote, [], []) == []
