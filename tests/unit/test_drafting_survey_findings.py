"""A survey release's own findings (issue 24, heldout82's poll release, by class): a share
of people holding a view is the piece's assessment of opinion, filed first under the
assessment topic. Near cases keep their readings. A polling firm's release of my own,
drafted against the shipped base."""

from __future__ import annotations

from typing import Any

import pytest

from defcoop_cli.curation.drafting.about.framing import judges_occasion
from defcoop_cli.curation.drafting.assembly import draft
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
