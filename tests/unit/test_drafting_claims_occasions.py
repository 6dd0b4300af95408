"""A sentence's own occasion (drafting.claims.cases.times.Occasions; tests/fixtures/CONVENTIONS.md
R38): sentences written for this test, each judged before the finder ran on it. A sentence
telling of another occasion than the 5 May New Delhi talks (a day named relative to a report
of months later, a meeting placed elsewhere, a call) links no fact of the talks; one that
recalls the talks, and ordinary news of them (a news conference in Tokyo, a plan for the
next round, a clause recalling an earlier meeting, a report sent on some days later), keeps
the claim it has with no report date at all."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from defcoop_cli.curation.drafting.claims.cases.times import Occasions, left_out
from unit.test_drafting_claims_cases_times import linked, of_the_talks
from unit.test_drafting_claims_paraphrases import _finder  # one finder of the shipped base


@pytest.fixture
def reported_on() -> Iterator[object]:
    """Set the shared finder's report date for a test, and take it away after."""
    finder, _ = _finder()

    def on(day: str | None) -> None:
        finder.occasions.on(day)

    yield on
    finder.occasions.on(None)


# (sentence, attribution, stance, the report's date): another occasion than the talks
OTHER_OCCASIONS = [
    ("India and Japan agreed on Thursday to step up cooperation in cybersecurity, artificial "
     "intelligence and space.", "India and Japan", "agreed", "2025-10-09"),
    ("Japan and India today reaffirmed their commitment to a free, open and rules-based "
     "Indo-Pacific.", "India and Japan", "reaffirmed", "2026-01-20"),
    ("India and Japan agreed to enhance cooperation in cybersecurity and space at a meeting of "
     "senior defence officials in Osaka.", "India and Japan", "agreed", None),
    ("During the call, Singh invited Japanese industries to invest and collaborate in the "
     "Indian defence ecosystem.", "Rajnath Singh", "invited", None),
    ("Singh and Nakatani reaffirmed their commitment to a free, open and rules-based "
     "Indo-Pacific in a telephone conversation.", "both ministers", "reaffirmed", None),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "attribution", "stance", "day"), OTHER_OCCASIONS)
def test_a_sentence_of_another_occasion_links_no_fact_of_the_talks(
    reported_on: object, sentence: str, attribution: str, stance: str, day: str | None
) -> None:
    reported_on(day)  # type: ignore[operator]
    assert not of_the_talks(linked(sentence, attribution, stance))


# (sentence, attribution, stance, the report's date): news of the talks, or a recall of them
LEFT_ALONE = [
    ("Nakatani told a news conference in Tokyo on Wednesday that he and Singh had agreed "
     "to widen cooperation in cybersecurity and artificial intelligence.", "Nakatani",
     "agreed", "2025-05-07"),
    ("The ministers, who last met at a summit in Vientiane, agreed to deepen cooperation in "
     "cybersecurity, artificial intelligence and space.", "both ministers", "agreed",
     "2025-05-05"),
    ("They also agreed to expand work on cybersecurity and space, and to hold the next round "
     "of talks in Tokyo later this year.", "both ministers", "agreed", "2025-05-06"),
    ("The meeting was held in Mumbai on 5 May in a friendly and positive atmosphere.",
     "the article", "reported", "2025-05-06"),
    ("I held productive talks with Mr Gen Nakatani in New Delhi today.", "Rajnath Singh",
     "reported", "2025-05-13"),
    ("At their talks in New Delhi on 5 May, the two ministers had reaffirmed their commitment "
     "to a free, open and rules-based Indo-Pacific.", "both ministers", "reaffirmed",
     "2025-08-12"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "attribution", "stance", "day"), LEFT_ALONE)
def test_news_of_the_talks_keeps_the_claim_it_has_with_no_report_date(
    reported_on: object, sentence: str, attribution: str, stance: str, day: str
) -> None:
    reported_on(None)  # type: ignore[operator]
    undated = linked(sentence, attribution, stance)
    reported_on(day)  # type: ignore[operator]
    assert undated is not None and of_the_talks(undated)
    assert linked(sentence, attribution, stance) == undated


def test_a_weekday_is_the_last_one_before_the_report_or_the_next() -> None:
    occasions = Occasions(())
    occasions.on("2025-11-21")  # a Friday
    (friday,) = occasions.marks("They agreed on Friday to meet again.")
    assert friday.days == (date(2025, 11, 21), date(2025, 11, 28))
    (monday,) = occasions.marks("The officials met on Monday.")
    assert monday.days == (date(2025, 11, 17), date(2025, 11, 24))


def test_a_relative_day_marks_nothing_in_an_undated_report() -> None:
    assert Occasions(()).marks("India and Japan agreed today to deepen cooperation.") == []


def test_a_place_in_a_relative_clause_marks_that_clause_alone() -> None:
    text = "The ministers, who first met at a summit in Vientiane, agreed to meet again."
    (place,) = Occasions(()).marks(text)
    assert place.place == "Vientiane"
    assert text[place.start : place.end] == "who first met at a summit in Vientiane"


def test_a_place_is_another_occasion_only_where_it_is_not_the_talks_city() -> None:
    finder, _ = _finder()
    for city, other in (("New Delhi", False), ("Tokyo", True)):
        marked = finder.occasions.marks(f"Both sides held talks in {city}.")
        parts = left_out(marked, finder.when, finder.of_event, finder.occasions)
        assert (max(map(len, parts)) > 0) is other, city


def _conflicts(text: str) -> list[object]:
    """The conflicts a draft of a short report proposes, all its facts'."""
    from defcoop_cli.curation.drafting.assembly import draft
    from defcoop_cli.factbase.loader import default_factbase_path, load

    doc = load(default_factbase_path()).doc
    made = draft(text, "occasion", doc, {}, "occasion.txt", "test")
    return [c for f in made["facts"] for c in f.get("conflicts", [])]


def test_a_meeting_held_elsewhere_on_another_day_gives_no_place_conflict() -> None:
    text = (
        "TOKYO, Nov. 21, 2025 (Harbourline) -- The meeting of senior defence officials was "
        "held in Tokyo on Friday.\n"
    )
    assert _conflicts(text) == []


def test_a_meeting_held_elsewhere_on_the_talks_day_still_gives_a_place_conflict() -> None:
    text = (
        "NEW DELHI, May 5, 2025 (Harbourline) -- The meeting was held in Mumbai on 5 May "
        "in a friendly and positive atmosphere.\n"
    )
    assert [c["field"] for c in _conflicts(text)] == ["place"]  # type: ignore[index]


# (sentence, attribution, stance, the report's date): a recall of the talks whose relative
# day dates the saying (a reporting tag), or a weekday its own date follows (review 16a, 3)
RECALLS_WITH_A_DAY = [
    ("At the 5 May meeting in New Delhi, the two ministers agreed to enhance cooperation in "
     "space, an official said on Friday.", "both ministers", "agreed", "2025-06-21"),
    ("At the 5 May meeting in New Delhi, the two ministers agreed to enhance cooperation in "
     "space, an official said today.", "both ministers", "agreed", "2025-06-21"),
    ("Gen Nakatani condemned the Pahalgam attack during the New Delhi talks in May, a "
     "Japanese diplomat told reporters on Tuesday.", "Gen Nakatani", "condemned", "2025-07-09"),
    ("At their talks in May, Singh invited Japanese firms to invest in Indian defence "
     "production, the ministry noted yesterday, adding that several had replied.",
     "Rajnath Singh", "invited", "2025-08-14"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "attribution", "stance", "day"), RECALLS_WITH_A_DAY)
def test_a_day_in_the_reporting_tag_dates_the_saying_not_the_talks(
    reported_on: object, sentence: str, attribution: str, stance: str, day: str
) -> None:
    reported_on(day)  # type: ignore[operator]
    assert of_the_talks(linked(sentence, attribution, stance))


def test_a_day_the_saying_is_told_of_still_marks_its_sentence() -> None:
    occasions = Occasions(())
    occasions.on("2025-06-21")
    assert occasions.marks("India and Japan agreed on Friday to step up space cooperation.")
    assert occasions.marks("An official said on Friday that the two sides would meet again.")


@pytest.mark.parametrize(
    "text",
    [
        "When Rajnath Singh and Gen Nakatani met in New Delhi on Monday, May 5, they agreed.",
        "The two ministers held talks on Monday 5 May in New Delhi.",
        "They met on Monday, the 5th of May, and again on Tuesday, 6th May.",
    ],
)
def test_a_weekday_its_date_follows_is_no_relative_day(text: str) -> None:
    occasions = Occasions(())
    occasions.on("2025-05-26")
    assert [m for m in occasions.marks(text) if m.days] == []


# (sentence, attribution, stance): an appeal, or a call with the press, is no call between
# the parties; the talks' claim stays (review 16a, 4)
NO_CALL_BETWEEN_THE_PARTIES = [
    ("In a call for deeper ties, Rajnath Singh invited Japanese companies to invest in Indian "
     "defence production at the May talks in New Delhi.", "Rajnath Singh", "invited"),
    ("Speaking on a conference call with reporters, an Indian official said Japan had "
     "condemned the Pahalgam attack at the 5 May meeting.", "Japan", "condemned"),
    ("In a call to action for industry, Singh invited Japanese firms to invest and "
     "collaborate in Indian defence manufacturing.", "Rajnath Singh", "invited"),
    ("On a press call in Tokyo, a Japanese spokesman said Nakatani had condemned the "
     "Pahalgam terror attack when he met Singh.", "Gen Nakatani", "condemned"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "attribution", "stance"), NO_CALL_BETWEEN_THE_PARTIES)
def test_an_appeal_or_a_press_call_is_no_call_between_the_parties(
    reported_on: object, sentence: str, attribution: str, stance: str
) -> None:
    reported_on(None)  # type: ignore[operator]
    assert of_the_talks(linked(sentence, attribution, stance))


def test_a_call_between_the_ministers_still_marks_its_sentence() -> None:
    for text in ("During their long call, the ministers agreed to meet.",
                 "Singh raised the attack in a call with Nakatani on the new plan."):  # fmt: skip
        assert [m for m in Occasions(()).marks(text) if m.named], text


# (sentence, attribution, stance, the report's date): a recall of the talks, then a later
# meeting in a coordinated clause with its own subject, which alone it marks (review 16a, 8)
RECALL_THEN_A_LATER_MEETING = [
    ("Rajnath Singh invited Japanese companies to invest in Indian defence production at the "
     "talks in New Delhi in May, and officials followed that up at a meeting in Tokyo on "
     "Friday.", "Rajnath Singh", "invited", "2025-06-21"),
    ("Gen Nakatani condemned the Pahalgam attack at the New Delhi talks, and Japanese "
     "diplomats repeated the point at a session in Osaka on Monday.", "Gen Nakatani",
     "condemned", "2025-09-03"),
    ("Singh invited Japanese firms to invest and collaborate in Indian defence production, "
     "and their envoys met again at consultations in Tokyo on Tuesday.", "Rajnath Singh",
     "invited", "2025-07-10"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "attribution", "stance", "day"), RECALL_THEN_A_LATER_MEETING)
def test_a_later_meeting_in_a_coordinated_clause_leaves_the_recall_its_claim(
    reported_on: object, sentence: str, attribution: str, stance: str, day: str
) -> None:
    reported_on(day)  # type: ignore[operator]
    assert of_the_talks(linked(sentence, attribution, stance))


def test_a_coordinated_clause_with_its_own_subject_is_all_a_later_meeting_marks() -> None:
    text = "They agreed to work on space, and officials met at a session in Osaka."
    (place,) = Occasions(()).marks(text)
    assert text[place.start : place.end] == ", and officials met at a session in Osaka."
    shared = "They agreed to work on space, and also met at a session in Osaka."
    assert [(m.start, m.end) for m in Occasions(()).marks(shared)] == [(0, len(shared))]
