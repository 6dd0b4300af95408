"""A meeting's kind before its noun (issue 24, s55-draft108): "The formal talks were held
on Monday, 5 May" tells no more than "The talks were held on …" (R58: the meeting held on
its day claims meeting-held); the kind no word against the claim. Near: the formal talks
held in a city alone claim no day. All text here is invented."""

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
