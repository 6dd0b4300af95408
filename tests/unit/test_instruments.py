"""search/unheld/instruments.py: a numbered provision of a law or a policy named by the
count of its parts, which the fact base does not hold, refuses the query whatever words of
the base it shares; a near query of the base's own words keeps its answer (issue 25). Every
query here is invented. Part on the shipped fact base."""

from __future__ import annotations

import pytest

from defcoop_cli.lookup.search.memory import SearchIndex
from defcoop_cli.lookup.search.text import parse_query
from defcoop_cli.lookup.search.unheld.instruments import instrument_elsewhere, rules_elsewhere
from defcoop_cli.lookup.service import SearchRequest, search

HELD = frozenset(["india", "japan", "defence", "three", "things", "7", "article", "vision"])
NATIONS = frozenset(["india", "japan", "indian"])


def named(query: str) -> str:
    return instrument_elsewhere(query.split(), HELD.__contains__, NATIONS.__contains__)


def test_a_numbered_provision_the_base_does_not_hold_is_named() -> None:
    assert named("section 21 of the indian arms act") == "section 21"
    assert named("does clause iv bind japan") == "clause iv"
    assert named("india article 370 and defence") == "article 370"


def test_a_policy_named_by_the_count_of_its_parts_is_named() -> None:
    assert named("japan five pillars of defence policy") == "five pillars"
    assert named("indian 4 tenets of defence") == "4 tenets"
    assert named("japan s three principles on arms") == "three principles"  # japan's


def test_the_report_a_count_of_held_parts_or_a_held_number_is_no_instrument() -> None:
    assert named("what does the article say on india japan defence") == ""
    assert named("three things india and japan agreed") == ""  # its parts are held
    assert named("article 7 of the joint statement") == ""  # its number is held
    assert named("article i read on japan") == ""  # the pronoun, no numeral
    assert named("principles of india japan defence") == ""  # no count
    assert named("the three principles the vision holds") == ""  # no nation's policy


def refused(index: SearchIndex, query: str) -> tuple[list[str], str]:
    result = search(index, parse_query([query]), SearchRequest((query,)))
    return result.shown_ids, result.refused.kind if result.refused else ""


@pytest.mark.parametrize(
    "query",
    ["india defence cooperation and article 51 of the un charter", "japan two pillars defence"],
)
def test_an_unheld_instrument_beside_held_words_is_refused(index: SearchIndex, query: str) -> None:
    assert refused(index, query) == ([], "instrument")


def test_the_near_query_of_the_base_own_words_keeps_its_answer(index: SearchIndex) -> None:
    shown, kind = refused(index, "india defence cooperation with japan")
    assert shown
    assert kind == ""


def rules(query: str) -> str:
    return rules_elsewhere(query, HELD.__contains__, NATIONS.__contains__)


def test_a_regimes_rules_named_in_capitals_the_base_does_not_hold_are_named() -> None:
    assert rules("SEBI guidelines for defence listings") == "sebi guidelines"
    assert rules("japan defence and the DGFT norms") == "dgft norms"
    assert rules("Tokyo-Delhi ITAR-style rules") == "itar rules"
    assert rules("SEBI and the defence rules") == ""  # the rules too far from the name


@pytest.mark.parametrize(
    "query",
    [
        "sebi guidelines for defence",  # lower case: no name, maybe a typo
        "INDIA policy on defence",  # a nation's policy, a place's
        "DEFENCE policy",  # a held word in capitals
        "NEW SEBI GUIDELINES",  # a headline's capitals set no word apart
        "MoD rules",  # a clipped word, not in capitals throughout
    ],
)
def test_rules_of_a_held_or_unnamed_word_are_no_instrument(query: str) -> None:
    assert rules(query) == ""


@pytest.mark.parametrize(
    "query",
    ["SEBI disclosure norms for japan defence firms", "india japan defence and ITAR regulations"],
)
def test_unheld_rules_beside_held_words_are_refused(index: SearchIndex, query: str) -> None:
    assert refused(index, query) == ([], "instrument")


def test_rules_the_base_holds_by_a_spelled_out_abbreviation_keep_their_answer(
    index: SearchIndex,
) -> None:
    assert refused(index, "FOIP rules")[0]  # free and open Indo-Pacific: every word held
    assert refused(index, "the rules-based order in the indo-pacific")[0]
    # the near query: the subject the related word names, asked without rules, is answered
    assert refused(index, "japanese investment in indian defence firms")[0]
