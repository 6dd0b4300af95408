"""Issue 24, attribution misses by class: a number of unnamed people after an opening phrase
("In our checks, two suppliers said…") is named by its words, the number kept ("two
suppliers"), as source_name keeps it; a quantifier's people stay "unnamed" (R27). Each with
a near sentence that keeps its reading. Texts of my own."""

from __future__ import annotations

import pytest

from defcoop_cli.curation.drafting.attribution import reading
from defcoop_cli.curation.drafting.entities import EntityMatcher
from defcoop_cli.curation.drafting.names.unnamed import bare_persons
from defcoop_cli.curation.drafting.speakers import Speakers
from defcoop_cli.factbase.records import Entity
from defcoop_cli.factbase.vocab import THE_SOURCE

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
        ("In our port checks, two suppliers said the ferry was late.", "two suppliers"),
        ("At the dock, three delegates told us the ferry was late.", "three delegates"),
        # near: a quantifier's people, a title counted, a party's act a number tells
        ("In our port checks, several suppliers said the ferry was late.", "unnamed suppliers"),
        ("Two ministers said the ferry was late.", THE_SOURCE),
        ("Two suppliers said Beta would send a frigate.", "Beta"),
    ],
)
def test_a_number_of_unnamed_people_is_named_with_its_number(sentence: str, who: str) -> None:
    assert said(sentence) == who


def test_the_number_is_kept_and_a_title_is_no_unnamed_source() -> None:
    assert bare_persons("two suppliers") == "two suppliers"
    assert bare_persons("12 dockers") == "12 dockers"
    assert bare_persons("several suppliers") == "unnamed suppliers"
    assert bare_persons("two ministers") is None
