"""A meeting's kind before its noun (issue 24, s55-draft108): "The formal talks were held
on Monday, 5 May" tells no more than "The talks were held on …" (R58: the meeting held on
its day claims meeting-held); the kind no word against the claim. Near: the formal talks
held in a city alone claim no day. A venue named after the day ("… on 5 May at Kell
Castle") says where in the city, no word against the claim either; one in lower case is
left as it is. All text here is invented."""

from __future__ import annotations

import pytest

from unit.test_drafting_claims_paraphrases import linked


@pytest.mark.parametrize(
    "sentence",
    [
        "The formal talks were held on Monday, 5 May.",
        "The official talks took place on 5 May.",
        "The talks were held on Monday, 5 May.",
    ],
)
def test_a_kind_of_talks_held_on_their_day_claims_the_meeting(sentence: str) -> None:
    assert linked(sentence, "the article", "reported") == "meeting-held"


def test_the_talks_held_in_a_city_claim_no_day() -> None:
    assert linked("The formal talks were held in New Delhi.", "the article", "reported") != (
        "meeting-held"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The talks were held on Monday, 5 May at Kell Castle.",
        "The formal talks were held on 4 May 2025 at Harbour House.",
    ],
)
def test_a_venue_after_the_day_is_no_word_against_the_claim(sentence: str) -> None:
    assert linked(sentence, "the article", "reported") == "meeting-held"


def test_a_venue_in_lower_case_is_left_as_it_is() -> None:
    assert linked("The talks were held on 5 May at the ministry.", "the article", "reported") != (
        "meeting-held"
    )
