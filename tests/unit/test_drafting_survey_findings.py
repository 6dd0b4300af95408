"""A survey release's own findings and what parties did not say of them (issue 24,
heldout82's poll release, by class): a share of people holding a view is the piece's
assessment of opinion, filed first under the assessment topic; a party's refusal to comment
on the piece's own findings is the piece's voice; an expert's "the test is whether …" asks,
no one acts in it; a second doer's act after a bare "and" makes the sentence both parties'.
Near cases keep their readings. A polling firm's release of my own, drafted against the
shipped base."""

from __future__ import annotations

from typing import Any

import pytest

from defcoop_cli.curation.drafting.about.framing import judges_occasion
from defcoop_cli.curation.drafting.assembly import draft
from defcoop_cli.curation.drafting.verbs import reported_verb
from defcoop_cli.factbase.loader import default_factbase_path, load

RELEASE = """\
KESTREL ANALYTICS
News release

PORT LEM, 3 June 2025 --

Six in ten adults in Velora (61 per cent) now see Japan as a steady partner, the survey found.

Asked which drill mattered most, 40 per cent of respondents chose the naval exercise.

Rajnath Singh briefed his counterpart on the Pahalgam attack and the Japanese side condemned it.

The Velan embassy declined to comment on the findings.

A Japanese embassy spokesperson declined to comment on whether a new deal was close.
"""


def _drafted(text: str) -> list[dict[str, Any]]:
    made = draft(text, "ka", load(default_factbase_path()).doc, {}, "/articles/ka.txt", "9.9")
    return list(made["facts"])


def _fact(facts: list[dict[str, Any]], opening: str) -> dict[str, Any]:
    return next(f for f in facts if f["quote"].startswith(opening))


@pytest.fixture(scope="module")
def facts() -> list[dict[str, Any]]:
    return _drafted(RELEASE)


@pytest.mark.parametrize("opening", ["Six in ten adults in Velora", "Asked which drill"])
def test_a_share_of_people_holding_a_view_is_the_pieces_assessment(
    facts: list[dict[str, Any]], opening: str
) -> None:
    assert _fact(facts, opening)["topics"][0] == "article-assessment"


@pytest.mark.parametrize(
    ("sentence", "polled"),
    [
        ("Asked whether the talks helped, 52 per cent of those polled said they had.", True),
        ("Awareness was low: 30 per cent said they had heard of the drill.", True),
        ("A majority of respondents backed the drills.", True),
        ("Thirty per cent of the fleet took part in the drill.", False),  # no one's view
        ("Trade between the two rose 12 per cent last year.", False),
        ("The ministers said 40 per cent of the parts would be made in India.", False),
        # a report quoting a poll's figure about the talks: the poll's finding, told as news
        ("A poll by the Velan Times found that 60 per cent of voters backed the talks.", False),
    ],
)
def test_only_a_share_of_people_holding_a_view_is_a_finding(sentence: str, polled: bool) -> None:
    assert judges_occasion(sentence) is polled


def test_a_refusal_to_comment_on_the_pieces_own_findings_is_its_voice(
    facts: list[dict[str, Any]],
) -> None:
    fact = _fact(facts, "The Velan embassy declined")
    assert (fact["attribution"], fact["topics"][0]) == ("the article", "article-assessment")
    near = _fact(facts, "A Japanese embassy spokesperson declined")
    assert near["attribution"] != "the article"  # a refusal on anything else is the sayer's


def test_a_second_doers_act_after_a_bare_and_is_theirs_too(
    facts: list[dict[str, Any]],
) -> None:
    fact = _fact(facts, "Rajnath Singh briefed his counterpart")
    assert fact["attribution"] == "Rajnath Singh and Japanese delegation"
    near = _drafted("Rajnath Singh briefed Gen Nakatani and the Japanese delegation on the raid.\n")
    assert _fact(near, "Rajnath Singh")["attribution"] == "Rajnath Singh"  # both told: one doer


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        (
            "The harder test is whether the co-production promised in Tokyo turns into a plant.",
            None,
        ),
        ("The question is whether the pact signed last year will hold.", None),
        ("Alpha signed the pact, and the question is whether it will hold.", "signed"),
    ],
)
def test_a_verb_in_a_question_put_as_its_noun_is_asked(sentence: str, verb: str | None) -> None:
    found = reported_verb(sentence)
    assert (found.match.group() if found else None) == verb
