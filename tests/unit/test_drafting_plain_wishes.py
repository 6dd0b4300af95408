"""A plain wish ("Both ministers want the next drill to be bigger.") and a worry told by its
adjective ("They were worried about …"): the parties' own, as an Easy Read text or a figures
box gives them (verbs/voices/subjects.py, verbs/lexicon.py); and the news sentences that read alike
and keep their reading."""

from __future__ import annotations

import pytest

from defcoop_cli.curation.drafting.attribution import reading
from defcoop_cli.factbase.vocab import THE_SOURCE
from tests.unit.test_drafting_attribution import _two_ministers  # Ode and Ek, who met

PAIR = "Kenji Ode and Tomas Ek"


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("Both ministers want the next drill to be bigger.", PAIR),
        ("The two ministers want the next one to be larger.", PAIR),
        ("They want the next drill to be bigger.", PAIR),
        ("Australia wants Chilean firms to build ships at home.", "Australia"),
        ("Kenji Ode would like to visit Santiago next year.", "Kenji Ode"),
    ],
)
def test_a_plain_wish_is_its_subjects_position(sentence: str, who: str) -> None:
    r = reading(sentence, _two_ministers())
    assert (r.kind, r.stance, r.attribution) == ("position", "reported", who)


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("They were worried about countries that put ships in danger.", PAIR),
        ("Kenji Ode is concerned about the straits.", "Kenji Ode"),
        ("Both ministers were deeply worried over the attacks on shipping.", PAIR),
    ],
)
def test_a_worry_told_by_its_adjective_raises_concern(sentence: str, who: str) -> None:
    r = reading(sentence, _two_ministers())
    assert (r.stance, r.attribution) == ("raised concern", who)


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        # a wish a channel tells: the channel's, as before ("They" is not the ministers)
        ("They hope to sell more wool to Chile, the farmers' union said.", "the farmers' union"),
        # a verb that reports the wish: its speaker's
        ("Kenji Ode told his guest that Australia wants to build more ships.", "Kenji Ode"),
        # a wish of people who are no party, no source named: the article's
        ("Many in Canberra hope the drill will bring trade.", THE_SOURCE),
        ("Residents want the road reopened by Friday.", THE_SOURCE),
    ],
)
def test_news_sentences_with_a_wish_keep_their_reading(sentence: str, who: str) -> None:
    assert reading(sentence, _two_ministers()).attribution == who
    plain = reading("Both ministers want the next drill to be bigger.", _two_ministers())
    assert plain.attribution == PAIR  # the rule they are kept from


@pytest.mark.parametrize(
    "sentence",
    [
        "As far as Australia is concerned, the drill will go ahead.",
        "The talks were concerned with ports and shipping.",
        "The drill is meant to be bigger than the last.",
        "Chile's navy was worried, officials said, but agreed to take part.",
    ],
)
def test_news_sentences_with_concerned_or_worried_raise_no_concern(sentence: str) -> None:
    assert reading(sentence, _two_ministers()).stance != "raised concern"
    worry = reading("They were worried about the straits.", _two_ministers())
    assert worry.stance == "raised concern"  # the rule they are kept from


@pytest.mark.parametrize(
    "sentence",
    [
        # review 16a's must-fix 7: a worry its subject denies raises none
        "Neither Kenji Ode nor Tomas Ek was worried about the timeline, an aide said.",
        "Officials said on Tuesday that few in Canberra were worried about the cost.",
        "No one in Santiago is concerned about the new port, the mayor said.",
        "Nobody at the talks was worried about the weather.",
        "Neither minister was worried about the cost of the drill.",
    ],
)
def test_a_worry_no_one_has_raises_no_concern(sentence: str) -> None:
    r = reading(sentence, _two_ministers())
    assert r.kind != "concern" and r.stance != "raised concern"
    some = reading("A few in Canberra were worried about the cost.", _two_ministers())
    assert some.stance == "raised concern"  # "a few" worry
    pair = reading("Kenji Ode and Tomas Ek were worried about the timeline.", _two_ministers())
    assert pair.stance == "raised concern"  # the rule they are kept from
