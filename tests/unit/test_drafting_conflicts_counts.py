"""A meeting counted ("their third meeting", "the fourth meeting between the two men")
against the count a note from outside the article gives the fact base's one meeting ("the
pair's second meeting"): a number conflict with the note (issue 24). Sentences of my own
(fictional Port Lem, Tessel), judged before running."""

from __future__ import annotations

import pytest

from defcoop_cli.curation.drafting.conflicts.values import Conflicts
from defcoop_cli.factbase.records import Entity
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
        # the meeting named first, its count after it
        ("Tuesday's talks were the fourth between the two ministers.", "talks were the fourth"),
        ("The meeting was the third such encounter of the pair.", "meeting was the third"),
        ("The talks were the third between the two port boards.", None),  # no pair
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
        "Their talks were the first between the two ministers.",  # "first": no count of it
        "The talks were the second to run past midnight.",  # no count of the pair's meetings
    ],
)
def test_the_same_count_another_meeting_or_none_gives_no_conflict(quote: str) -> None:
    assert COUNTS.with_notes(quote, [], []) == []


# The meeting's people known (its event's parties): "their" is theirs only where the sentence
# names them or the pair, or no one else (review 21a, item 3).
PEOPLE = MEETING_DOC._replace(
    entities=[
        *MEETING_DOC.entities,
        Entity("varga", "Ilse Varga", "person", ("Varga",)),
        Entity("brandt", "Odo Brandt", "person", ("Brandt",)),
    ],
    events=[MEETING_DOC.events[0]._replace(parties=("varga", "brandt"))],
    curator_notes=[NOTE, *MEETING_DOC.curator_notes[1:]],
)
PEOPLE_COUNTS = Conflicts(PEOPLE)


@pytest.mark.parametrize(
    "quote",
    [
        "Officials from the two port boards held their fourth meeting on ferries in Ossel.",
        "The coast guards of Beta and Gamma held their fifth meeting in Tessel.",
        "President Karl Umber and Premier Ada Lind will hold their third meeting in June.",
        "Chancellor Ada Lind and President Karl Umber held their third meeting in Tessel.",
        "Varga and Brandt will hold their third meeting in Tessel later this year.",  # planned
    ],
)
def test_a_count_of_others_or_of_a_meeting_planned_gives_no_conflict(quote: str) -> None:
    assert PEOPLE_COUNTS.with_notes(quote, [], []) == []


@pytest.mark.parametrize(
    ("quote", "this"),
    [
        ("Ilse Varga met Odo Brandt in Port Lem on Monday, their third meeting.", "third meeting"),
        ("Varga and Brandt held their fourth meeting in Port Lem.", "fourth meeting"),
        ("It was their third meeting in a year.", "third meeting"),
        ("The ministers held their third meeting in Port Lem.", "third meeting"),
    ],
)
def test_the_pairs_count_is_still_compared_where_their_people_are_known(
    quote: str, this: str
) -> None:
    found = PEOPLE_COUNTS.with_notes(quote, [], [])
    assert [c["this"] for c in found] == [this]


# "them" is the nearest plural named before it, in the sentence before if not in its own
# (review 23a, item 7): a body of others there, the count is theirs.
@pytest.mark.parametrize(
    ("before", "quote", "this"),
    [
        (
            "The coast guards of Beta and Gamma met in Tessel on Monday. ",
            "The talks were the third between them since 2028, officials said.",
            None,
        ),
        (
            "Ilse Varga and Odo Brandt met in Port Lem on Monday. ",
            "The talks were the third between them since 2028, officials said.",
            "talks were the third",
        ),
        (
            "The coast guards met the two ministers in Port Lem. ",
            "The talks were the fourth between them.",
            "talks were the fourth",
        ),
        (
            "The coast guards met in Tessel.\n\nVarga and Brandt met in Port Lem. ",
            "The talks were the third between them.",
            "talks were the third",
        ),
        (
            "The ministers met in Port Lem.\n\n",
            "The talks were the third between them.",
            "talks were the third",
        ),
    ],
)
def test_a_count_between_them_is_of_the_nearest_plural_named(
    before: str, quote: str, this: str | None
) -> None:
    found = PEOPLE_COUNTS.with_notes(quote, [], [], before)
    assert [c["this"] for c in found] == ([this] if this else [])


@pytest.mark.parametrize(
    ("quote", "this"),
    [
        # the dead counted by another noun of people, adjectives between: a toll
        ("the harbour attack, in which 27 innocent tourists were killed", "27 innocent tourists"),
        ("the harbour attack took 26 innocent lives", "26 innocent lives"),
        # the same toll, a part of it, or no death told: none
        ("the harbour attack took 31 innocent lives", None),
        ("the harbour attack, in which 25 tourists and a guide were killed", None),
        ("the harbour attack, in which 27 tourists were hurt", None),
    ],
)
def test_the_dead_counted_by_any_noun_of_people_are_the_notes_toll(
    quote: str, this: str | None
) -> None:
    from unit.test_drafting_conflicts import NOTES

    found = NOTES.with_notes(quote, ["harbour-attack"], [])
    assert [c["this"] for c in found] == ([this] if this else [])
