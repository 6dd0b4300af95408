"""A verb of agreeing whose object is negated agrees nothing (issue 24, the last note's known
bug): "reached no agreement", "concluded no pact", "failed to agree", "were unable to agree"
read as the agreeing verb gave the stance agreed. Near cases keep it: "reached an
agreement", "agreed, with no reservation, to …". Sentences of my own (Alpha and Beta)."""

from __future__ import annotations

import pytest

from defcoop_cli.curation.drafting.attribution import reading
from defcoop_cli.curation.drafting.entities import EntityMatcher
from defcoop_cli.curation.drafting.speakers import Speakers
from defcoop_cli.factbase.records import Entity

MATCHER = EntityMatcher([Entity("alpha", "Alpha", "country"), Entity("beta", "Beta", "country")])


def stance(sentence: str) -> str:
    return reading(sentence, Speakers(MATCHER, frozenset())).stance


@pytest.mark.parametrize(
    "sentence",
    [
        "Alpha and Beta reached no agreement on the lease of a frigate.",
        "The two sides reached no final understanding on the drill's date.",
        "Alpha and Beta concluded no agreement on the port.",
        "The two sides sealed no deal on the radars.",
        "The ministers failed to agree on a joint statement.",
        "Alpha and Beta were unable to agree on the timing of the next drill.",
        "Alpha refused to sign the pact on the port.",
    ],
)
def test_an_agreeing_verb_with_its_object_or_itself_negated_agrees_nothing(sentence: str) -> None:
    assert stance(sentence) == "reported"


@pytest.mark.parametrize(
    "sentence",
    [
        "Alpha and Beta reached an agreement on the lease of a frigate.",
        "The ministers agreed, with no reservation, to hold the next round in Beta.",
        "The two sides reached a broad agreement, with no objection from either, on the port.",
        "Alpha and Beta agreed that no further talks were needed this year.",
    ],
)
def test_an_agreement_reached_keeps_its_stance(sentence: str) -> None:
    assert stance(sentence) == "agreed"
