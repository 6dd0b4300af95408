"""Review 16b's ordinary queries (search/reading/bodies.py): a delegation called a party,
and a word saying what a reaction is like, read as another body's voice; and the refusal
of a political party's reaction, which says so."""

import pytest
from test_search_quality import INDEX, found

from defcoop_cli.lookup.search.text import parse_query
from defcoop_cli.lookup.search.unheld.elsewhere import query_elsewhere
from defcoop_cli.output.wording import refusal

ANSWERED = [
    ("japanese party reaction to pahalgam", "pahalgam-condemned"),
    ("the japanese party's reaction to the attack", "pahalgam-condemned"),
    ("each party's statement on unclos", "unilateral-actions-concern"),
    ("the japanese delegation party's response to the pahalgam killings", "pahalgam-condemned"),
    ("japan's formal response to pahalgam", "pahalgam-condemned"),
    ("lukewarm reaction to the attack", "pahalgam-condemned"),
    ("tepid response to pahalgam", "pahalgam-condemned"),
    ("collective response to terror", "pahalgam-condemned"),
    ("rapid response to crises", "wider-disaster-response"),
    ("tokyo's measured statement on the pahalgam attack", "pahalgam-condemned"),
]


@pytest.mark.parametrize(("query", "answer"), ANSWERED)
def test_a_delegation_or_a_reaction_described_is_answered(query: str, answer: str) -> None:
    assert answer in found(query)[:3]


@pytest.mark.parametrize(
    "query",
    [
        "congress party reaction to india japan defence ties",
        "opposition leader criticism of the india japan talks",
        "left parties objections",
        "the ruling party's statement on the japan talks",
    ],
)
def test_a_political_partys_reaction_still_finds_nothing(query: str) -> None:
    assert found(query) == ()


def test_the_refusal_of_a_partys_reaction_says_what_the_base_lacks() -> None:
    refused = query_elsewhere(INDEX, parse_query(["left parties objections"]))
    assert refused is not None and refused.kind == "voice" and refused.words == "left parties"
    said = refusal(refused)
    assert "political voice" in said and "reaction" in said and "is a body" not in said
