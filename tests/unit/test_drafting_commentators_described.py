"""Issue 24, first-topic misses by class (thirtieth session, s49-draft80): a speaker
described as a commentator anywhere in his own stretch of the subject ("X, an analyst at …",
"Professor X", "X of Kell University"), or making a case ("argued", "cautions"), gives a view
(R5, R27), filed first under the assessment topic. Each with a near sentence that keeps its
reading. Invented people, bodies and sentences."""

from __future__ import annotations

import pytest

from defcoop_cli.curation.drafting.attribution import reading
from defcoop_cli.curation.drafting.entities import EntityMatcher
from defcoop_cli.curation.drafting.speakers import Speakers
from defcoop_cli.factbase.records import Entity

MATCHER = EntityMatcher(
    [Entity("beta", "Beta", "country"), Entity("ravi-menon", "Ravi Menon", "person")]
)


def view(sentence: str) -> bool:
    return reading(sentence, Speakers(MATCHER, frozenset({"ravi-menon"}))).view


@pytest.mark.parametrize(
    "sentence",
    [
        "Lina Ortiz, an analyst at the Kell Forum, said the two sides had made such promises.",
        "Our guest, Lina Ortiz of the Institute for Maritime Studies, argues the talks mattered.",
        "Tomas Quill of Kell University has argued that Beta courts its neighbours.",
        "Professor Tomas Quill, who chaired the panel last year, told the club the deal was thin.",
    ],
)
def test_a_speaker_described_as_a_commentator_in_his_own_stretch_gives_a_view(
    sentence: str,
) -> None:
    assert view(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Anil Bose, the ministry's spokesperson, said the two sides would meet in Kell.",  # near
        "Ravi Menon argued that Beta must build its own ships.",  # a party making a case
        "Tomas Quill of Kell Shipyards has argued that Beta courts its neighbours.",  # no school
        "Tomas Quill, who flew in from Kell, told the club the deal was thin.",
    ],
)
def test_a_spokesperson_a_party_or_an_undescribed_speaker_gives_none(sentence: str) -> None:
    assert not view(sentence)
