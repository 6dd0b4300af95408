"""Days and firsts of another act than the meeting (review 22a, items 1-3): a weekday that
dates a telling ("Varga on Tuesday told reporters that …"), a day an offset from the
meeting gives another act ("On 6 May, a day after she hosted Brandt, Varga flew …"), a
name in a clause a subordinator opens after an opening day, a "first time" the clause goes
on from after a speaker's tag set in it, and a "they" that is a body of others. Each with a
near sentence whose conflict is still proposed. Sentences of my own (fictional Port Lem,
Ilse Varga, Odo Brandt, the meeting on Monday 5 May 2031), judged before running."""

from __future__ import annotations

import pytest

from defcoop_cli.curation.drafting.conflicts.days import shifted
from unit.test_drafting_conflicts_meeting_days import _conflicts

WEDNESDAY, FRIDAY = "2031-05-07", "2031-05-09"  # "on Tuesday" 6 May; "on Thursday" 8 May


@pytest.mark.parametrize(
    ("quote", "published", "this"),
    [
        # the day modifies a verb of telling: the telling's day
        (
            "Varga on Tuesday told the press that she and Brandt had settled on joint patrols.",
            WEDNESDAY,
            None,
        ),
        ("Varga on Tuesday received Brandt at the Old Fort.", WEDNESDAY, "on Tuesday"),
        (
            "On Thursday, Harbour Minister Ilse Varga said that when she hosted Odo Brandt "
            "they settled on joint patrols.",
            FRIDAY,
            None,
        ),
        ("On Thursday, Ilse Varga hosted Odo Brandt at the Old Fort.", FRIDAY, "On Thursday"),
        # an offset from the meeting: the day named is another act's
        (
            "Varga on Tuesday briefed the harbour board on her talks, a day after the two "
            "ministers agreed on joint patrols.",
            WEDNESDAY,
            None,
        ),
        (
            "Varga on Tuesday briefed the harbour board on her talks, a day after the storm.",
            WEDNESDAY,
            "on Tuesday",
        ),
        # the name in a clause "after" opens, not the opening day's doer
        (
            "On Tuesday, a day after Ilse Varga received Odo Brandt, the two sides issued a "
            "joint note.",
            WEDNESDAY,
            None,
        ),
        (
            "On Tuesday, Ilse Varga received Odo Brandt, and the two sides issued a joint note.",
            WEDNESDAY,
            "On Tuesday",
        ),
    ],
)
def test_a_weekday_of_another_act_than_the_meeting_is_no_conflict(
    quote: str, published: str, this: str | None
) -> None:
    found = _conflicts(published).with_notes(quote, [], ["talks-held"])
    assert [c["this"] for c in found if c["field"] == "date"] == ([this] if this else [])


@pytest.mark.parametrize(
    ("quote", "claims", "this"),
    [
        ("On 6 May, a day after she hosted Odo Brandt, Ilse Varga flew to Tarn.", [], None),
        (
            "On 6 May, a day after she hosted Odo Brandt, Ilse Varga flew to Tarn.",
            ["talks-held"],
            None,
        ),
        ("On 4 May, the day before the talks, Varga met the harbour pilots.", [], None),
        # an offset from something else: the day is still the meeting's
        ("On 6 May, a day after the harbour storm, Ilse Varga hosted Odo Brandt.", [], "6 May"),
        # the day modifies a telling
        ("On 6 May Varga told the press that she had received Odo Brandt.", [], None),
        ("On 6 May Varga received Odo Brandt at the Old Fort.", [], "6 May"),
    ],
)
def test_a_day_of_another_act_than_the_meeting_is_no_conflict(
    quote: str, claims: list[str], this: str | None
) -> None:
    found = _conflicts().with_notes(quote, [], claims)
    assert [c["this"] for c in found if c["field"] == "date"] == ([this] if this else [])


@pytest.mark.parametrize(
    ("quote", "shift"),
    [
        ("Hours after the two ministers signed the pact, the ferries sailed.", True),
        ("Two days before their meeting, Varga toured the docks.", True),
        ("A day after the storm, Varga toured the docks.", False),
        ("Varga toured the docks a day later.", False),
    ],
)
def test_an_offset_from_the_meeting_shifts_the_day(quote: str, shift: bool) -> None:
    assert shifted(quote) == shift


@pytest.mark.parametrize(
    ("quote", "this"),
    [
        # a speaker's tag set inside the clause: the clause goes on after it
        ("They met for the first time, Brandt remembered, at a forum in Tarn.", None),
        ("They met for the first time, Brandt remembered.", "They met for the first time"),
        ("The two ministers met for the first time, Varga said, in the old customs house.", None),
        (
            "The two ministers met for the first time, Varga said; both were new to office.",
            "The two ministers met for the first time",
        ),
        # "they" after a body of others, or others by name; after the pair, the pair's
        (
            "Harbour commanders of the two ports met on Monday; it was the first time they "
            "had met.",
            None,
        ),
        ("Mayor Anna Holt and Mayor Piet Rask met; it was the first time they had met.", None),
        (
            "Varga and Brandt met on Monday; it was the first time they had met.",
            "the first time they had met",
        ),
    ],
)
def test_a_first_meeting_the_clause_or_the_pair_does_not_tell_is_no_count(
    quote: str, this: str | None
) -> None:
    found = _conflicts().with_notes(quote, [], [])
    assert [c["this"] for c in found if c["field"] == "number"] == ([this] if this else [])
