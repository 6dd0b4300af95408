"""Issue 24, first topics by class: commentators (thirty-first session, s50-draft84).
Each rule with a near case that keeps its old reading. Invented people, bodies and
sentences.

A named speaker the sentence describes as out of office ("Cdr (retd) X", "X, a former
diplomat") gives a commentator's view, as an unnamed one does ("a retired admiral"), his
later words too; a group of commentators named with a people's adjective ("Indian
commentators") is no party. A commentator's case made in the past tense ("cautioned",
"suggested", "contended") is read as in the present.
"""

from __future__ import annotations

import functools

import pytest

from defcoop_cli.curation.drafting.attribution import reading
from defcoop_cli.curation.drafting.entities import EntityMatcher
from defcoop_cli.curation.drafting.speakers import Speakers
from defcoop_cli.factbase.loader import default_factbase_path, load
from unit.test_drafting_commentators_described import view


@pytest.mark.parametrize(
    "sentence",
    [
        "Cdr (retd) Tomas Quill argued that the real substance lay at sea.",
        "Colonel (retd) Tomas Quill, who served in Kell, cautioned that few projects had begun.",
        '"Kell has moved at last," said Lina Ortiz, a former Betan diplomat.',
        "Lina Ortiz, a retired Betan diplomat, said the claim had spread too far.",
    ],
)
def test_a_speaker_out_of_office_or_a_group_of_commentators_gives_a_view(sentence: str) -> None:
    assert view(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Colonel Tomas Quill, who commands the brigade, said the drills would grow.",  # serving
        "Lina Ortiz, a Betan diplomat, cautioned that the talks went badly.",  # in office
        "Oskar Lind, a former lecturer and now Alpha's defence minister, said the talks went well.",
    ],
)
def test_a_serving_officer_or_a_party_gives_no_view(sentence: str) -> None:
    assert not view(sentence)


@functools.cache
def _shipped() -> Speakers:
    doc = load(default_factbase_path()).doc  # its countries, read with their peoples' words
    return Speakers(
        EntityMatcher(doc.entities), frozenset(e.id for e in doc.entities if e.type == "person")
    )


@pytest.mark.parametrize(
    ("sentence", "viewed"),
    [
        ("Indian commentators hailed the visit as a turning point.", True),
        ("Japanese analysts said the talks had moved the partnership on.", True),
        ("Indian officials hailed the visit as a turning point.", False),  # a party's people
    ],
)
def test_commentators_named_by_a_people_are_no_party(sentence: str, viewed: bool) -> None:
    assert reading(sentence, _shipped()).view is viewed


@pytest.mark.parametrize(
    ("sentence", "viewed"),
    [
        ("Lina Ortiz, an analyst at the Kell Forum, cautioned that the deal was thin.", True),
        ("Lina Ortiz, an analyst at the Kell Forum, suggested that Beta wait a year.", True),
        ("Lina Ortiz, the port's pilot, suggested that Beta wait a year.", False),  # no analyst
    ],
)
def test_a_commentators_case_in_the_past_tense_is_a_view(sentence: str, viewed: bool) -> None:
    assert view(sentence) is viewed


# Review 26a #6, its inputs as the class's examples, and my own: a serving officer with a
# former post ("who now heads …", "now serves as …", a serving rank before the name and no
# "retired") is no commentator; retired, or a former post alone, still is.
@pytest.mark.parametrize(
    "sentence",
    [
        "Rear Admiral Kazuo Mori, a former naval attache in New Delhi, cautioned that the "
        "Malabar exercise had grown too complex.",
        "Vice Admiral Arun Mehta, the former commander of the Eastern Fleet who now heads the "
        "Navy's training command, cautioned that the drills were too short.",
        "Tomas Quill, a former attache in Kell who now serves as Beta's director of operations, "
        "suggested that the exercise move north.",
        "Commodore Lina Ortiz, a former Betan liaison officer, argued that the talks had stalled.",
        "Oskar Lind, an ex-diplomat currently serving as Alpha's envoy, said the deal was thin.",
    ],
)
def test_a_serving_officer_with_a_former_post_gives_no_view(sentence: str) -> None:
    assert not view(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Former Rear Admiral Tomas Quill argued that the real substance lay at sea.",
        "Commodore (retd) Tomas Quill argued that the talks had stalled.",
        "Lina Ortiz, a former Betan liaison officer, argued that the talks had stalled.",
        "Rear Admiral Tomas Quill, who retired last year, argued that the drills were too short.",
    ],
)
def test_a_former_officer_serving_in_no_post_still_gives_a_view(sentence: str) -> None:
    assert view(sentence)
