"""R60: a domestic party's or politician's verdict on its own government's handling of the
talks is the critic's, reported, filed first under the assessment topic, its subject second
(collectives/critics.py); a critic's report of what was or was not done keeps its subject."""

from __future__ import annotations

from typing import Any

import pytest

from defcoop_cli.curation.drafting.assembly import draft
from defcoop_cli.curation.drafting.collectives.critics import domestic_verdict
from defcoop_cli.curation.drafting.speakers import Reading
from defcoop_cli.factbase.loader import default_factbase_path, load

DOC = load(default_factbase_path()).doc._replace(facts=[])

STORY = """Critics round on the Delhi talks
NEW DELHI, May 7: Rajnath Singh hosted Gen Nakatani in New Delhi on Monday.
The opposition criticised the government for signing nothing on submarines with Japan.
MP Farah Iqbal of the Opposition said the government was "better at banquets than at ships".
The ruling party dismissed the charges as sour grapes.
They said the talks had produced no order for a single vessel.
Iqbal alleged that the Centre had announced a shipbuilding plan without any contract with Japan.
The opposition slammed the storm response in Kerala.
"""


def _facts(text: str) -> dict[str, dict[str, Any]]:
    made = draft(text, "c", DOC, {}, "/articles/c.txt", "9.9")
    return {f["quote"]: f for f in made["facts"]}


@pytest.fixture(scope="module")
def facts() -> dict[str, dict[str, Any]]:
    return _facts(STORY)


def _said(facts: dict[str, dict[str, Any]], opening: str) -> dict[str, Any]:
    return next(f for q, f in facts.items() if q.startswith(opening))


@pytest.mark.parametrize(
    ("opening", "who"),
    [
        ("The opposition criticised the government", "the opposition"),
        ("MP Farah Iqbal", "Farah Iqbal"),
        ("The ruling party dismissed the charges", "the ruling party"),
    ],
)
def test_a_domestic_critics_verdict_is_filed_as_an_assessment(
    facts: dict[str, dict[str, Any]], opening: str, who: str
) -> None:
    said = _said(facts, opening)
    assert (said["stance"], said["attribution"]) == ("reported", who)
    assert said["topics"][0] == "article-assessment"


@pytest.mark.parametrize(
    "opening",
    [
        "They said the talks had produced no order",  # a report of what was not done
        "Iqbal alleged that the Centre had announced",  # an act told, the government not judged
        "The opposition slammed the storm response",  # a verdict on something else
    ],
)
def test_a_critics_report_or_other_verdict_keeps_its_subject(
    facts: dict[str, dict[str, Any]], opening: str
) -> None:
    assert _said(facts, opening)["topics"][:1] != ["article-assessment"]


def test_a_party_to_the_talks_is_no_domestic_critic() -> None:
    r = Reading("position", "reported", "Rajnath Singh", "'dismissed' by Rajnath Singh", True)
    assert not domestic_verdict("Rajnath Singh dismissed the criticism of the talks.", r).view


def test_a_house_party_judging_the_talks_is_a_view() -> None:
    r = Reading("position", "reported", "the opposition", "'dismissed' by the opposition")
    assert domestic_verdict("The opposition dismissed the talks as theatre.", r).view
