"""Issue 24, attribution and stance by class (thirty-second session, s51-draft89): a paper's
own earlier reporting is its own voice (R35); each class with a near sentence that keeps
its reading. Texts of my own."""

from __future__ import annotations

import pytest
from drafting_world import read, said

from defcoop_cli.factbase.vocab import THE_SOURCE


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        # the publication the piece stands in, telling its own earlier reporting (R35)
        ("This newspaper reported last week that Alpha was weighing a tanker purchase.",
         THE_SOURCE),
        ("This magazine reported in March that the frigate order was running late.", THE_SOURCE),
        # near: another paper, or a document, keeps its own word
        ("A local newspaper reported last week that Alpha was weighing a tanker purchase.",
         "local newspaper"),
        ("This note reported last week that Alpha was weighing a tanker purchase.",
         "this note"),
    ],
)  # fmt: skip
def test_a_papers_own_earlier_reporting_is_its_own_voice(sentence: str, who: str) -> None:
    assert said(sentence) == who


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        # a ministry's message is the ministry's, named as when it says a thing itself (R9)
        ("The next round of talks will be held in Kell, the Defence Ministry's statement"
         " said.", "the defence ministry"),
        ("The talks were cordial, the Foreign Ministry's readout said.", "the foreign ministry"),
        ("The next round of talks will be held in Kell, the Defence Ministry said.",
         "the defence ministry"),  # near: the ministry itself
        ("The talks were cordial, Beta's defence ministry said.", "Beta"),  # near: R8
        # near: a body with its own name keeps its message's words
        ("The talks were cordial, the Kell Institute's statement said.",
         "the Kell Institute's statement"),
    ],
)  # fmt: skip
def test_a_ministrys_statement_is_the_ministrys(sentence: str, who: str) -> None:
    assert said(sentence) == who


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        # an occasion owned by its day or a party judges nothing: the writer's verdict
        ("Friday's summit suggests the pact is moving from words to ships.", THE_SOURCE),
        ("Alpha's visit to Kell suggests the pact is moving from words to ships.", THE_SOURCE),
        ("The visit suggests the pact is moving from words to ships.", THE_SOURCE),  # near
        # near: a body, a person's remark keep their readings
        ("Alpha's defence ministry suggests the pact is moving from words to ships.", "Alpha"),
        ("Ines Varga's remark suggests the pact is moving from words to ships.",
         "Ines Varga's remark"),
        ("Beta's talks team said the round went well.", "Beta's talks team"),
    ],
)  # fmt: skip
def test_an_occasion_as_the_subject_of_a_judging_verb_is_the_writers_verdict(
    sentence: str, who: str
) -> None:
    assert said(sentence) == who


def test_the_talks_own_acts_stay_the_two_partys() -> None:
    """Near: what the talks went through is the two ministers' (R20), owned by its day too."""
    met = "Ines Varga met Tomas Brel in Kell on Monday."
    owned = read(met, "Monday's talks covered the sea lanes.")
    assert (owned.attribution, owned.stance) == ("both ministers", "discussed")
    assert owned == read(met, "The talks covered the sea lanes.")


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        # an unnamed other article, after an opening phrase of what it is about (R9)
        ("On the title, one widely shared article calls him Beta's envoy and a former"
         " minister.", "widely shared article"),
        ("On the title, one widely shared article described him as Beta's envoy.",
         "widely shared article"),
        ("A widely read blog described him as Beta's envoy.", "widely read blog"),
        # near: a person naming him so, and a phone call, keep their readings
        ("Ines Varga calls him Beta's envoy.", "Ines Varga"),
        ("Tomas Brel called her on Monday about the ferry.", THE_SOURCE),
    ],
)  # fmt: skip
def test_an_unnamed_other_article_is_named_by_its_words(sentence: str, who: str) -> None:
    assert said(sentence) == who


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        # a hope or a plan told by an unnamed official of a country: his word (R9, R6)
        ("A Beta defence ministry official told the agency that Beta hoped to send"
         " observers to the drill.", "beta defence ministry official"),
        ("A Beta official said Beta plans to send observers.", "beta official"),
        # near: an act done, told by him, stays the doer's; a named person's word is
        # his own
        ("A Beta official said Beta condemned the attack.", "Beta"),
        ("Tomas Brel told reporters that Beta hoped to send observers.", "Tomas Brel"),
    ],
)  # fmt: skip
def test_a_plan_told_by_an_unnamed_official_is_his_word(sentence: str, who: str) -> None:
    assert said(sentence) == who


@pytest.mark.parametrize(
    ("sentence", "who", "stance"),
    [
        # a future passive told by a source: what is to be, its word (R6)
        ("Beta troops will also be invited to more of the drills Alpha runs, officials"
         " said.", "unnamed officials", "reported"),
        ("Beta firms will be welcomed in Alpha's yards, an aide said.", "unnamed aide",
         "reported"),
        # near: an agreement on it is the act of agreeing (R19)
        ("Both sides agreed that Beta troops will be invited to more drills, officials"
         " said.", "both countries", "agreed"),
    ],
)  # fmt: skip
def test_a_future_passive_told_by_a_source_is_its_word(
    sentence: str, who: str, stance: str
) -> None:
    r = read(sentence)
    assert (r.attribution, r.stance) == (who, stance)


@pytest.mark.parametrize(
    ("sentence", "who", "stance"),
    [
        # one's country offered as a base for the other's firms to act: an invitation (R56)
        ("On trade, Ines Varga pitched Alpha as a base for Beta firms to invest and build.",
         "Ines Varga", "invited"),
        ("Ines Varga presented Alpha as a hub for Beta companies to make parts.",
         "Ines Varga", "invited"),
        # near: a base for exports asks no party in; one's own case pitched stays as it was
        ("Ines Varga pitched Alpha as a base for exports.", THE_SOURCE, "reported"),
        ("Ines Varga pitched Alpha's drive for self-reliance.", THE_SOURCE, "reported"),
    ],
)  # fmt: skip
def test_ones_country_pitched_as_a_base_for_the_others_firms_invites_them(
    sentence: str, who: str, stance: str
) -> None:
    r = read(sentence)
    assert (r.attribution, r.stance) == (who, stance)


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        # heldout85's class: a name, its post after a possessive, then "told" and the one
        # told: the name speaks, neither the post's words nor the body told (R6, R54)
        ("Ida Marsh, Beta's Consul-General in Port Lys, told the Board that several Beta"
         " firms had asked about the yard.", "Ida Marsh"),
        ("Ida Marsh, Beta's envoy, said that several Beta firms had asked about the yard.",
         "Ida Marsh"),
        # near: a body's own description keeps its words; a plain apposition its name; a
        # speaker after an inverted "said" stays the speaker
        ("The Kestrel Board, Beta's main lobby, said that several Beta firms had asked.",
         "Beta's main lobby"),
        ("Ida Marsh, the envoy, told the Board that several Beta firms had asked.", "Ida Marsh"),
        ('"Several Beta firms have asked about the yard," said the Board.', "the board"),
    ],
)  # fmt: skip
def test_a_name_before_its_post_speaks_and_the_one_told_does_not(sentence: str, who: str) -> None:
    assert said(sentence) == who
