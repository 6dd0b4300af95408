"""drafting.attribution: an unnamed speaker described by the place he is in, a retired
officer's mark before a speaker's name after the verb, and a verb inside an open question
(issue 24, heldout80's classes), beside the near readings that stay. Texts written for these
tests."""

from __future__ import annotations

import pytest
from drafting_world import stance_and_speaker as said

from defcoop_cli.curation.drafting.attribution import reading
from defcoop_cli.curation.drafting.entities import EntityMatcher
from defcoop_cli.curation.drafting.speakers import Speakers
from defcoop_cli.curation.drafting.unnamed.taken import taken_up
from defcoop_cli.curation.drafting.verbs import reported_verb
from defcoop_cli.factbase.vocab import THE_SOURCE


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        (
            "A harbour security officer in Porto Lys told the Courier that the convoy had "
            "passed without incident.",
            "harbour security officer in porto lys",
        ),
        (
            "A shopkeeper near Colaba said the road had been shut since dawn.",
            "shopkeeper near colaba",
        ),
        (
            "A taxi driver from Gamma Town said the diversions were short.",
            "taxi driver from gamma town",
        ),
    ],
)
def test_an_unnamed_person_by_the_place_he_is_in_is_that_person(sentence: str, who: str) -> None:
    assert said(sentence) == ("reported", who)  # not the place (R9, R27)


def test_a_body_by_its_name_is_no_place_phrase() -> None:
    sentence = "An official at the Department of Harbour Works said the quay was ready."
    assert said(sentence)[1] == "official at the department of harbour works"


@pytest.mark.parametrize(
    "sentence",
    [
        '"Talks without a text are theatre," said Captain (retd) Arun Das.',
        '"Talks without a text are theatre," said Captain (retd) Arun Das, a former defence '
        "attaché who has backed the appeal.",
        '"Talks without a text are theatre," said Arun Das, a former defence attaché.',
    ],
)
def test_a_retired_officer_after_the_verb_is_the_speaker_by_name(sentence: str) -> None:
    assert said(sentence) == ("reported", "Arun Das")  # rank and mark dropped (R54)


@pytest.mark.parametrize(
    "sentence",
    [
        "None of this tells the readers what, if anything, was signed.",
        "Voters in both countries deserve to know what their governments have promised.",
        "We will watch whether any frigate contract is announced.",
    ],
)
def test_a_verb_inside_an_open_question_is_no_act(sentence: str) -> None:
    assert reported_verb(sentence) is None
    assert said(sentence) == ("reported", THE_SOURCE)


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        ("Alpha and Beta signed the pact on Monday.", "signed"),
        ("Menon asked whether any contract had been signed.", "asked"),  # his question
        ("The two sides agreed on what would be signed next year.", "agreed"),
    ],
)
def test_an_act_told_or_a_question_asked_keeps_its_verb(sentence: str, verb: str) -> None:
    hit = reported_verb(sentence)
    assert hit is not None and hit.match.group() == verb


def _the_base() -> Speakers:
    from defcoop_cli.factbase.loader import default_factbase_path, load

    doc = load(default_factbase_path()).doc
    who = Speakers(
        EntityMatcher(doc.entities), frozenset(e.id for e in doc.entities if e.type == "person")
    )
    who.mentioned("Rajnath Singh", True)
    who.mentioned("Gen Nakatani", True)
    return who


@pytest.mark.parametrize(
    "sentence",
    [
        # a second that-clause of one channel's report, its doer a title standing for him
        "India's defence ministry said later that Mr Singh had told Gen Nakatani of the raid "
        "and that the Japanese minister had condemned it.",
        "Mr Singh told Gen Nakatani of the raid, and the Japanese minister condemned it.",
    ],
)
def test_a_second_doer_by_his_title_makes_the_act_both_parties(sentence: str) -> None:
    who = _the_base()
    r = taken_up(sentence, reading(sentence, who), who)
    assert r.attribution == "Rajnath Singh and Gen Nakatani"


def test_a_second_that_clause_with_no_party_keeps_one_doer() -> None:
    who = _the_base()
    sentence = (
        "India's defence ministry said later that Mr Singh had told Gen Nakatani of the raid "
        "and that the talks had run long."
    )
    assert taken_up(sentence, reading(sentence, who), who).attribution == "Rajnath Singh"


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        (
            "Crane operators in Porto Lys said the new berth would open before the rains.",
            "crane operators in porto lys",
        ),
        (
            "Three grain surveyors at Gamma Town told this newsletter that the silos were full.",
            "three grain surveyors at gamma town",  # a number kept, as "two suppliers" (R9)
        ),
        (
            "The berth will open in June, according to harbour pilots in Porto Lys.",
            "harbour pilots in porto lys",
        ),
        (
            "Some ship chandlers in Gamma Town said stores were running short.",
            "ship chandlers in gamma town",  # a quantifier goes as an article (R27)
        ),
    ],
)
def test_an_unnamed_group_of_a_trade_by_its_place_is_that_group(sentence: str, who: str) -> None:
    assert said(sentence)[1] == who  # not the place, nor the article's voice (R27)


def test_a_generic_group_or_a_body_by_its_name_keeps_its_reading() -> None:
    assert said("Officials in Porto Lys said the berth was ready.")[1] == "officials in porto lys"
    body = "Crane operators at Porto Lys Port Authority said the berth was ready."
    assert said(body)[1] == "Porto Lys Port Authority"  # a body's name: no place phrase
