"""Issue 24, attribution misses by class: a political collective named by a noun whose first
sense is an act ("The Opposition on Tuesday played down…", "The opposition accused…", "The
administration said…") is one known body, named as R9 names a definite source, "the
opposition". Each with a near sentence that keeps its reading. Texts of my own."""

from __future__ import annotations

import pytest

from defcoop_cli.curation.drafting.attribution import reading
from defcoop_cli.curation.drafting.entities import EntityMatcher
from defcoop_cli.curation.drafting.names.unnamed import collective
from defcoop_cli.curation.drafting.speakers import Speakers
from defcoop_cli.factbase.records import Entity

MATCHER = EntityMatcher(
    [
        Entity("alpha", "Alpha", "country"),
        Entity("beta", "Beta", "country"),
        Entity("ines-varga", "Ines Varga", "person"),
    ]
)


def said(sentence: str) -> str:
    return reading(sentence, Speakers(MATCHER, frozenset({"ines-varga"}))).attribution


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("The opposition accused the government of selling the port cheaply.", "the opposition"),
        ("The Opposition on Monday played down the ferry deal.", "the opposition"),
        ("The Opposition said the ferry deal was late.", "the opposition"),
        ("The administration said the ferry would sail on Friday.", "the administration"),
        # near: a body by its noun's first sense, a person named after the noun, a party
        # voicing opposition
        ("The ruling party dismissed the ferry deal.", "the ruling party"),
        ("The opposition leader Tomas Elling said the ferry deal was late.", "Tomas Elling"),
        ("Ines Varga voiced opposition to the ferry deal.", "Ines Varga"),
    ],
)
def test_a_political_collective_is_named_as_a_definite_source(sentence: str, who: str) -> None:
    assert said(sentence) == who


def test_only_the_collective_alone_or_with_a_time_is_one() -> None:
    assert collective("The Opposition on Tuesday") == "the opposition"
    assert collective("the leadership") == "the leadership"
    assert collective("The opposition in Beta's parliament") is None
    assert collective("Opposition") is None  # no "the": a name's word, read as one
