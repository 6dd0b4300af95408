"""Issue 24, first topics by class: a report's own section of views set off by rules, an
alert's or a bulletin's "== ANALYST COMMENT ==", is what its writer concludes (R5, R35, R44):
its sentences are filed first under the assessment topic, a view restating a fact of the base
making its claim all the same (its own topic first, the claim's second); the same sentence
under a section that is no label of views, and the sections telling what happened, keep their
readings. A travel-security alert of my own, drafted against the shipped base."""

from __future__ import annotations

from typing import Any

import pytest

from defcoop_cli.curation.drafting.assembly import draft
from defcoop_cli.factbase.loader import default_factbase_path, load

ALERT = """\
HARBOUR WATCH | CITY ALERT
Issued: 05 May 2025 18:00 IST

== WHAT HAPPENED ==
Traffic police closed two roads near South Block on Monday morning for the ministers' convoy.
Defence Minister Rajnath Singh held talks with Gen Nakatani in New Delhi on Monday.

== ANALYST COMMENT ==
We see no sign that the talks themselves have raised the risk to visiting business travellers.
India and Japan have intensified their defence ties over the past decade, though large orders \
remain rare.

== ADVICE ==
- Allow extra time for road journeys on Tuesday.
"""
NO_SIGN = (
    "We see no sign that the talks themselves have raised the risk to visiting business travellers"
)
TIES = "India and Japan have intensified their defence ties over the past decade"


def _drafted(text: str) -> dict[str, dict[str, Any]]:
    made = draft(text, "hw", load(default_factbase_path()).doc, {}, "/articles/hw.txt", "9.9")
    return {f["quote"].split(",")[0]: f for f in made["facts"]}


@pytest.fixture(scope="module")
def facts() -> dict[str, dict[str, Any]]:
    return _drafted(ALERT)


@pytest.mark.parametrize(("opening", "claim"), [(NO_SIGN, None), (TIES, "cooperation-intensified")])
def test_an_analyst_comments_sentences_are_the_writers_views(
    facts: dict[str, dict[str, Any]], opening: str, claim: str | None
) -> None:
    fact = facts[opening]
    assert fact["topics"][0] == "article-assessment"
    assert fact["attribution"] == "the article"
    assert fact.get("claim_of") == claim


def test_what_happened_keeps_its_reading(facts: dict[str, dict[str, Any]]) -> None:
    fact = facts[
        "Defence Minister Rajnath Singh held talks with Gen Nakatani in New Delhi on Monday"
    ]
    assert fact["topics"][0] == "meeting" and fact.get("claim_of") == "meeting-held"


def test_the_same_sentence_under_no_label_of_views_is_no_view() -> None:
    notes = _drafted(ALERT.replace("== ANALYST COMMENT ==", "== NOTES =="))
    assert notes[NO_SIGN]["topics"][0] != "article-assessment"
