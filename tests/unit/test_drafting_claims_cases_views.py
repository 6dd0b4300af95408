"""drafting.claims.cases.views: a report's own sentence reading the talks as evidence of something
is a view by its construction, and may make the claim of a view the shipped article tells
in its own voice (issue 24; sentences written and judged before the finder ran on them)."""

from __future__ import annotations

import pytest

from defcoop_cli.curation.drafting.claims.cases.views import reads_the_talks
from unit.test_drafting_claims_paraphrases import _finder  # one finder of the shipped base


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The trip is widely seen in Tokyo as a sign of deepening trust.", True),
        ("This week's meeting showed how far trust between the two has deepened.", True),
        ("The talks reflected a growing convergence of views.", True),
        ("The Delhi visit was another milestone for the partnership.", True),
        ("Their meeting also underlined support for local industry.", True),
        # a report of the talks, not a reading of them
        ("The meeting took place in New Delhi.", False),
        ("The visit has deepened defence ties, with new contracts signed.", False),
        ("Trust between the two countries has grown since 2014.", False),
        ("Officials showed the visitors round the shipyard after the meeting.", False),
    ],
)
def test_a_sentence_reading_the_talks_as_evidence(text: str, expected: bool) -> None:
    assert reads_the_talks(text) is expected


def claimed(sentence: str) -> str | None:
    finder, matcher = _finder()
    entities = list(dict.fromkeys(e for e, _, _ in matcher.find(sentence)))
    found = finder.claim(sentence, entities, "the article", "", "background", "reported")
    return None if found is None else str(found["fact"])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The trip is widely seen in Tokyo as a sign of deepening trust between India "
            "and Japan.",
            "meeting-signified-trust",
        ),
        (
            "The talks reflected a growing convergence in how the two countries see the region.",
            "strategic-convergence",
        ),
        # the same words, no reading of the talks: the article's report is not its view
        ("Trust between India and Japan has deepened, with new contracts signed.", None),
    ],
)
def test_the_articles_view_told_in_a_reports_own_voice(sentence: str, expected: str | None) -> None:
    assert claimed(sentence) == expected
