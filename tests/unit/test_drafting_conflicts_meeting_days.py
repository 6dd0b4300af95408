"""The day a sentence gives the fact base's meeting, against the meeting's date note (issue
24): a day given by the verb of one of its people met ("sat down with Odo Brandt at the Old
Fort on 6 May"), or in a sentence the day opens ("On 7 May, …, Ilse Varga received Odo
Brandt"), compared with the meeting's note alone though the sentence names a dated attack
too; a weekday named relative to the report's own date ("on Tuesday") in a claim of what
was done at the meeting, one of its people the doer; and the meeting told as the pair's
first ("the first time the two ministers had met") against the note's "second meeting";
the pair as the subject of "met" ("The two ministers met on Wednesday, 7 May").
Sentences of my own (fictional Port Lem, Ilse Varga, Odo Brandt), judged before running."""

from __future__ import annotations

import datetime

import pytest

from defcoop_cli.curation.drafting.claims.cases.times import Occasions
from defcoop_cli.curation.drafting.conflicts.counts import first_met
from defcoop_cli.curation.drafting.conflicts.days import days_after
from defcoop_cli.curation.drafting.conflicts.values import Conflicts
from defcoop_cli.factbase.records import CuratorNote, Entity, Event
from unit.test_drafting_claims import fact
from unit.test_drafting_conflicts import MEETING_DOC, REFERENCE

TALKS = datetime.date(2031, 5, 5)  # a Monday
MEETING = Event(
    "harbour-talks", "meeting", "Harbour talks", TALKS, place="Port Lem", parties=("ilse", "odo")
)
NOTE = MEETING_DOC.curator_notes[0]._replace(
    text="Dated reports put the harbour talks in Port Lem on Monday 5 May 2031, the pair's "
    "second meeting in a year."
)
ATTACK_NOTE = NOTE._replace(
    id="attack-date",
    text="The harbour attack was on 20 April 2031.",
    date=datetime.date(2031, 4, 20),
    facts=(),
    entities=("harbour-attack",),
    references=(REFERENCE,),
)
BRIEFED = fact(
    "attack-briefing", "Ilse Varga briefed Odo Brandt on the attack", "reported", (), "x"
)
OTHER = fact("ferry-fares", "Gamma cut ferry fares", "reported", (), "Gamma")  # no event's
DOC = MEETING_DOC._replace(
    entities=[
        *MEETING_DOC.entities,
        Entity("ilse", "Ilse Varga", "person", aliases=("Varga",)),
        Entity("odo", "Odo Brandt", "person", aliases=("Brandt",)),
    ],
    facts=[
        *(f._replace(event="harbour-talks") for f in MEETING_DOC.facts if f.id != "attack-toll"),
        BRIEFED._replace(event="harbour-talks"),
        OTHER,
    ],
    events=[MEETING],
    curator_notes=[NOTE, ATTACK_NOTE, *MEETING_DOC.curator_notes[1:]],
)


def _conflicts(published: str | None = None) -> Conflicts:
    occasions = Occasions(DOC.events)
    occasions.on(published)
    return Conflicts(DOC, occasions=occasions)


@pytest.mark.parametrize(
    ("quote", "entities", "this"),
    [
        (
            "When she sat down with Odo Brandt at the Old Fort on 6 May, she said little.",
            [],
            "6 May",
        ),
        (
            "On 7 May 2031, a fortnight after the harbour attack, Ilse Varga received Odo "
            "Brandt at the Old Fort.",
            ["harbour-attack"],
            "7 May 2031",
        ),
        ("Varga hosted Brandt at the Old Fort on 5 May.", [], None),  # the note's day
        # the pair, or the two by name, as the subject of "met": the day after it in its
        # clause, a weekday in apposition before it, though a dated attack is named after
        (
            "The two ministers met on Wednesday, 7 May, a week after the harbour attack.",
            ["ilse", "odo", "harbour-attack"],
            "7 May",
        ),
        ("Varga and Brandt met at the Old Fort on 6 May.", [], "6 May"),
        ("The two ministers met on Monday, 5 May.", ["ilse", "odo"], None),  # the note's
        ("The two ministers met after the harbour attack on 20 April.", [], None),  # the attack's
        ("The two ministers met, and on 6 May the ferry sailed.", [], None),  # another clause
        # a day another word owns: the attack's, a document's; a clause after a comma
        ("Varga received Brandt and recalled the harbour attack on 6 May.", [], None),
        ("Varga met Brandt, a report dated 6 May says.", [], None),
        ("Varga met Brandt, who had landed on 4 May.", [], None),
        # a day naming the attack after it, the nearest word before it the meeting's
        ("At the meeting, Varga went over the 20 April harbour attack.", ["harbour-attack"], None),
        ("At the meeting, Varga went over the 21 April harbour attack.", ["harbour-attack"], None),
        ("Varga visited the harbour museum on 6 May.", [], None),  # no meeting of the pair
        # of several days, the one the verb of the pair met gives in its clause, though a
        # clause counts another act from the meeting ("the week after …"): the others are
        # the survey's, a report's, a saying's
        (
            "The survey ran from 8 to 14 May, the week after Varga hosted Brandt at the Old "
            "Fort on 6 May.",
            [],
            "6 May",
        ),
        ("Varga met Brandt on 6 May, a report dated 9 May says.", [], "6 May"),
        ("On 9 May, three days after Varga received Brandt on 6 May, fares rose.", [], "6 May"),
        # the note's day; no day given to the meeting; two given; one day counted from it
        (
            "The survey ran from 8 to 14 May, the week after Varga hosted Brandt at the Old "
            "Fort on 5 May.",
            [],
            None,
        ),
        ("The survey ran from 8 to 14 May, the week after Varga hosted Brandt.", [], None),
        ("Varga hosted Brandt on 4 May and met him again on 6 May.", [], None),
        ("The survey closed on 9 May, a week after Varga hosted Brandt.", [], None),
        ("Varga received Brandt, who had landed on 4 May, and left on 8 May.", [], None),
    ],
)
def test_a_day_given_by_the_verb_of_the_pair_met_is_compared_with_the_meetings_note(
    quote: str, entities: list[str], this: str | None
) -> None:
    found = _conflicts().with_notes(quote, entities, [])
    assert [(c["field"], c["this"]) for c in found] == ([("date", this)] if this else [])
    assert all(c["others"] == [{"note": "talks-date", "text": "5 May 2031"}] for c in found)


@pytest.mark.parametrize(
    ("quote", "claims", "published", "this"),
    [
        # by a Wednesday's report, "on Tuesday" is 6 May; by a Tuesday's, "on Sunday" 4 May
        (
            "On Tuesday morning Varga received him at the Old Fort.",
            ["talks-held"],
            "2031-05-07",
            "On Tuesday",
        ),
        (
            "Varga on Sunday briefed her guest on the attack.",
            ["attack-briefing"],
            "2031-05-06",
            "on Sunday",
        ),
        (
            "On Tuesday evening, Harbour Minister Ilse Varga hosted him at the Old Fort.",
            ["talks-held"],
            "2031-05-07",
            "On Tuesday",
        ),
        # "today", "yesterday": a letter's or release's quoted inside a later document may
        # be its own day, not the report's; another's act on that day ("The Opposition on
        # Tuesday played down Varga's talks"), or Varga's day not her act's: none
        ("Varga received him at the Old Fort yesterday.", ["talks-held"], "2031-05-07", None),
        (
            "The Opposition on Tuesday played down Varga's talks with Brandt.",
            ["talks-held"],
            "2031-05-07",
            None,
        ),
        (
            "Varga, asked on Tuesday about the talks, smiled.",
            ["talks-held"],
            "2031-05-07",
            None,
        ),
        # the meeting's own day, or the report's weekday a week on ("on Monday" in the next
        # Monday's column): none
        ("On Monday Varga received him at the Old Fort.", ["talks-held"], "2031-05-07", None),
        ("On Monday Varga received him at the Old Fort.", ["talks-held"], "2031-05-12", None),
        # a plan; the saying's day; a claim of no meeting's fact; a report weeks later; no date
        ("Varga will receive him on Tuesday.", ["talks-held"], "2031-05-05", None),
        ("Varga received him, an aide said on Tuesday.", ["talks-held"], "2031-05-07", None),
        ("On Tuesday Gamma cut ferry fares.", ["ferry-fares"], "2031-05-07", None),
        ("On Tuesday Varga received him at the Old Fort.", ["talks-held"], "2031-07-16", None),
        ("On Tuesday Varga received him at the Old Fort.", ["talks-held"], None, None),
    ],
)
def test_a_day_named_relative_to_the_reports_is_compared_with_the_meetings_note(
    quote: str, claims: list[str], published: str | None, this: str | None
) -> None:
    found = _conflicts(published).with_notes(quote, [], claims)
    assert [c["this"] for c in found if c["field"] == "date"] == ([this] if this else [])
    assert all(c["others"][0]["note"] == "talks-date" for c in found)


@pytest.mark.parametrize(
    ("quote", "this"),
    [
        (
            "It was the first time the two ministers had met.",
            "the first time the two ministers had met",
        ),
        ("They met for the first time, an aide said.", "They met for the first time"),
        ("The two ministers met for the first time in 2019.", None),  # another time
        ("It was the first time the two ministers had met since the storm.", None),
        ("It was the first time the two navies had met.", None),  # others' first
        ("It was their second meeting in a year.", None),  # the note's count
    ],
)
def test_the_meeting_told_as_the_pairs_first_is_a_count_against_the_note(
    quote: str, this: str | None
) -> None:
    found = _conflicts().with_notes(quote, [], [])
    assert [c["this"] for c in found if c["field"] == "number"] == ([this] if this else [])
    assert bool(first_met(quote)) == (this is not None)


@pytest.mark.parametrize(
    ("quote", "this"),
    [
        ("This is the third time the two ministers have met since the storm.", "third time"),
        ("It was the fourth time that they had met, an aide said.", "fourth time"),
        ("It was the second time the two ministers had met in a year.", None),  # the note's
        ("It was the third time the two navies had met.", None),  # others' count
        ("The two ministers will meet for the third time in June.", None),  # no count told so
    ],
)
def test_the_times_the_pair_met_counted_are_a_count_against_the_note(
    quote: str, this: str | None
) -> None:
    """ "The third time the two ministers have met" counts their meetings as "their third
    meeting" does (issue 24, heldout70's panellist): against the note's "second meeting"."""
    found = _conflicts().with_notes(quote, [], [])
    assert [c["this"] for c in found if c["field"] == "number"] == ([this] if this else [])


def test_a_timeline_entrys_label_dates_its_first_sentence() -> None:
    """A timeline's entry label, a whole day and a dash ("21 April 2031 — "), is the day of the
    entry's first sentence (issue 24, heldout31's timeline): against the attack's note."""
    from defcoop_cli.curation.drafting.conflicts.days import entry_dated

    before = "Entries\n\n19 March 2030 — The two navies trained off Port Lem.\n\n21 April 2031 — "
    quote = "Gunmen kill 12 people near the harbour of Port Lem"
    dated = entry_dated(quote, before)
    assert dated == f"21 April 2031 — {quote}"
    found = _conflicts().with_notes(dated, ["harbour-attack"], [])
    dates = [(c["this"], c["others"][0]["note"]) for c in found if c["field"] == "date"]
    assert dates == [("21 April 2031", "attack-date")]
    right = entry_dated(quote, before.replace("21 April", "20 April"))
    assert not [
        c for c in _conflicts().with_notes(right, ["harbour-attack"], []) if c["field"] == "date"
    ]
    # a sentence with a day of its own, a month alone, a label mid-line: as they stand
    assert entry_dated("On 2 May gunmen struck", before) == "On 2 May gunmen struck"
    assert entry_dated(quote, "April 2031 — ") == quote
    assert entry_dated(quote, "the drill of 21 April 2031 — ") == quote


@pytest.mark.parametrize(
    ("before", "quote", "this"),
    [  # others named or a named group before "the two leaders"/"they": their count
        (
            "Prime Minister Anna Holm met President Tero Lind in Port Lem.",
            "It was the fifth time the two leaders have met since 2029.",
            None,
        ),
        (
            "The Nordel foreign ministers gathered in Port Lem on 1 July.",
            "It was the ninth time they have met as a group.",
            None,
        ),
        (  # the pair named before: theirs, against the note's "second meeting"
            "Ilse Varga received Odo Brandt at the Old Fort.",
            "It was the third time the two ministers have met.",
            "third time",
        ),
        ("Varga and Brandt talked.", "It was the fourth time they had met.", "fourth time"),
        ("The talks ran late.", "It was the third time the two ministers have met.", "third time"),
        (  # the two countries' ministers: the pair, by "and"
            "The Velan and Kell defence ministers met at the Old Fort.",
            "It was the third time they have met.",
            "third time",
        ),
        ("The two navies drilled off Port Lem.", "It was the third time they had met.", None),
    ],
)
def test_the_times_counted_are_the_pairs_only_where_the_two_who_met_are_them(
    before: str, quote: str, this: str | None
) -> None:
    """ "The fifth time the two leaders have met" after others named counts their meetings,
    not the pair's (issue 24): no count against the note's "second meeting"."""
    found = _conflicts().with_notes(quote, [], [], before)
    assert [c["this"] for c in found if c["field"] == "number"] == ([this] if this else [])


@pytest.mark.parametrize(
    ("entry", "dated"),
    [
        ("Ilse Varga and Odo Brandt met on the sidelines of a forum at the Old Fort", False),
        ("Ilse Varga and Odo Brandt met again at the Old Fort", False),
        ("Ilse Varga and Odo Brandt met in Singapore", False),  # a place none of the venues
        ("Ilse Varga and Odo Brandt held talks in Port Lem", True),  # the meeting's own place
        ("Ilse Varga and Odo Brandt met at the Old Fort", True),  # no place places.tsv knows
        ("Gunmen killed 12 people near the ferry pier in Singapore", True),  # an attack's day
    ],
)
def test_a_timeline_entry_telling_another_meeting_takes_no_day_from_its_label(
    entry: str, dated: bool
) -> None:
    """ "2 June 2030 — A and B met in Singapore", "… met again", "… on the sidelines of a
    forum": another meeting than the fact base's in Port Lem, its label's day no day of it
    to set against the meeting's note (issue 24)."""
    from defcoop_cli.curation.drafting.conflicts.days import entry_dated

    venues = [(MEETING.id, "Port Lem", ["x"])]
    got = entry_dated(entry, "Entries\n\n2 June 2030 — ", venues)
    assert got == (f"2 June 2030 — {entry}" if dated else entry)


def _raid_note() -> CuratorNote:
    return CuratorNote(
        "raid-date",
        "Dated reports put the Tessel raid on 20 April 2031.",
        "outside the article",
        type="date",
        date=datetime.date(2031, 4, 20),
        entities=("tessel-raid",),
        references=(REFERENCE,),
    )


@pytest.mark.parametrize(
    ("quote", "this"),
    [
        # the meeting dated by a count of days after the raid: the raid's day, otherwise
        (
            "The meeting came, the author notes, twelve days after the raid at Tessel.",
            "twelve days after the raid at Tessel",
        ),
        ("The talks took place 13 days after the Tessel raid.", "13 days after the Tessel raid"),
        # the same day, a count told loosely, or a meeting of others: none
        ("The talks took place fifteen days after the raid at Tessel.", None),
        ("The meeting came only days after the raid at Tessel.", None),
        ("The talks took place two weeks after the raid at Tessel.", None),
        ("The envoys met 13 days after the raid at Tessel.", None),
    ],
)
def test_a_meeting_counted_days_after_an_event_dates_the_event(
    quote: str, this: str | None
) -> None:
    naming = {"tessel-raid": ["Tessel raid", "Tessel"]}
    found = days_after(quote, datetime.date(2031, 5, 5), [_raid_note()], naming)
    assert [c["this"] for c in found] == ([this] if this else [])
    if this:
        assert found[0]["others"] == [{"note": "raid-date", "text": "20 April 2031"}]
