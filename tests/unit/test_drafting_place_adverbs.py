"""Issue 24, attribution misses by class: an adverb of place or time between a source and
its verb ("Alpha officials outside say…", "Officials here said…") is no part of the source,
which keeps its own words (R9, R27). Each with a near sentence that keeps its reading. Texts
of my own."""

from __future__ import annotations

import pytest

from defcoop_cli.curation.drafting.attribution import reading
from defcoop_cli.curation.drafting.entities import EntityMatcher
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
        ("Alpha officials outside say the talks ran for about an hour.", "alpha officials"),
        ("Beta diplomats here said the ferry would sail on Friday.", "beta diplomats"),
        ("Officials here said the talks ran long.", "unnamed officials"),
        ("Alpha officials afterwards said the talks ran long.", "alpha officials"),
        # near: the same sources without the adverb, and a party's own word
        ("Alpha officials say the talks ran for about an hour.", "alpha officials"),
        ("Beta said the ferry would sail on Friday.", "Beta"),
        ("Ines Varga later said the ferry would sail on Friday.", "Ines Varga"),
    ],
)
def test_an_adverb_of_place_or_time_is_no_part_of_the_source(sentence: str, who: str) -> None:
    assert said(sentence) == who
