"""Issue 24, attribution misses by class, each with a near sentence that keeps its reading;
texts of my own. The sources named by their words:

- a number of unnamed people after an opening phrase ("In our checks, two suppliers said…")
  is named by its words, the number kept ("two suppliers"), as source_name keeps it; a
  quantifier's people stay "unnamed" (R27).
- a political collective named by a noun whose first sense is an act ("The Opposition on
  Tuesday played down…", "The opposition accused…", "The administration said…") is one known
  body, named as R9 names a definite source, "the opposition".
- an adverb of place or time between a source and its verb ("Alpha officials outside say…",
  "Officials here said…") is no part of the source, which keeps its own words (R9, R27).
"""

from __future__ import annotations

import pytest
from drafting_world import said

from defcoop_cli.curation.drafting.unnamed.unnamed import bare_persons, collective
from defcoop_cli.factbase.vocab import THE_SOURCE


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
