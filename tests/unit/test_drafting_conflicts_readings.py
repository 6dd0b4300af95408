"""drafting.conflicts, issue 24's readings: a day's clause that a name with "and" in it
does not end, and the ordinary sentences that must propose no conflict."""

from __future__ import annotations

import datetime

import pytest

from defcoop_cli.curation.drafting.conflicts.offices import office_conflicts
from defcoop_cli.curation.drafting.conflicts.people import DocumentOffices
from defcoop_cli.curation.drafting.conflicts.values import Conflicts
from defcoop_cli.curation.drafting.speakers import Reading
from defcoop_cli.factbase.records import CuratorNote, Entity
from unit.test_drafting_conflicts import NOTES_DOC, REFERENCE
from unit.test_drafting_conflicts_titles import DOC, MATCHER, NATIONS, PEOPLE

ATTACK_DOC = NOTES_DOC._replace(
    entities=[*NOTES_DOC.entities, Entity("lorn-vale", "Lorn and Vale", "place")],
    curator_notes=[
        CuratorNote(
            "attack-date",
            "The harbour attack was on 2 April 2031, two reports say together.",
            "outside the article",
            type="date",
            date=datetime.date(2031, 4, 2),
            entities=("harbour-attack",),
            references=(REFERENCE,),
        )
    ],
)
ATTACK = Conflicts(ATTACK_DOC)


def test_a_days_clause_goes_on_over_the_and_of_a_places_name() -> None:
    said = "Alpha told Beta of the harbour attack that happened in Lorn and Vale on 3 April"
    assert ATTACK.with_notes(said, ["alpha", "harbour-attack", "lorn-vale"], []) == [
        {
            "field": "date",
            "this": "3 April",
            "others": [{"note": "attack-date", "text": "2 April 2031"}],
        }
    ]


def test_a_day_of_another_clause_than_the_attacks_is_still_no_conflict() -> None:
    # the attack's own day agrees; a day given to a visit, the attack named in another clause
    agrees = "Alpha told Beta of the harbour attack that happened in Lorn and Vale on 2 April"
    assert ATTACK.with_notes(agrees, ["alpha", "harbour-attack", "lorn-vale"], []) == []
    visit = "Alpha toured Lorn and Vale on 3 April, and spoke of the harbour attack"
    assert ATTACK.with_notes(visit, ["alpha", "harbour-attack", "lorn-vale"], []) == []


def _offices(quote: str, offered: set[str] | None = None) -> list[str]:
    found = MATCHER.find(quote)
    out = office_conflicts(quote, PEOPLE, found, [], NATIONS, None, offered)
    return [f"{c['entity']}: {c['this']} vs {[o['fact'] for o in c['others']]}" for c in out]


@pytest.mark.parametrize(
    "quote",
    [
        "The Minister of Defence of Chile laid a wreath at the harbour memorial.",
        "Chile's defence minister laid a wreath at the harbour memorial.",
    ],
)
def test_a_countrys_title_with_no_name_gives_its_one_holder_the_first_office(quote: str) -> None:
    said = quote.split(" laid")[0].removeprefix("The ").removeprefix("Chile's ")
    said = said.removesuffix(" of Chile")
    assert _offices(quote, set()) == [f"reyes: {said} vs ['reyes-envoy', 'reyes-former']"]
    assert _offices(quote, {"reyes"}) == []  # an office given before: none (R2)


@pytest.mark.parametrize(
    "quote",
    [
        "Chile's Defence Minister Ana Soto laid a wreath.",  # another person's office
        "Chile's defence minister, Ana Soto, laid a wreath.",
        "Norway's Defence Minister thanked Reyes for the visit.",  # hers, and it agrees
        "The former defence minister of Chile wrote to the paper.",
    ],
)
def test_a_title_of_another_person_or_of_no_one_gives_no_office(quote: str) -> None:
    assert _offices(quote, set()) == []


@pytest.mark.parametrize(
    "quote",
    [
        "Reyes, who was defence minister in 2011, met Varga in Oslo.",
        "Reyes was defence minister years ago, and met Varga then.",
        "Reyes was once defence minister.",
        "Reyes served as defence minister from 2014 to 2016.",
    ],
)
def test_an_office_held_in_a_past_time_is_history_no_conflict(quote: str) -> None:
    assert _offices(quote, set()) == []


@pytest.mark.parametrize(
    "quote",
    [
        "Reyes, who is defence minister, met Varga in Oslo.",
        "Reyes, who served as defence minister from 2014 to 2016, returned to the post in May.",
    ],
)
def test_an_office_held_now_is_still_a_conflict(quote: str) -> None:
    assert _offices(quote, set()) == ["reyes: defence minister vs ['reyes-envoy', 'reyes-former']"]


@pytest.mark.parametrize(
    ("quote", "said"),
    [
        # an office a career phrase gives ("first became", "first led … establishment"),
        # then "returned to the post": that office, now (R11)
        ("Reyes, who first became defence minister in 2014, returned to the post in May.", None),
        ("Reyes first became defence minister in 2014 and returned to the post in May.", None),
        (
            "Reyes, who first led Chile's defence establishment in 2014 and returned to the "
            "post last May, spoke.",
            "Chile's Defence Minister",
        ),
        (
            "Reyes first headed the Ministry of Defence in 2014 and returned to the post in May.",
            "Minister of Defence",
        ),
    ],
)
def test_a_career_phrases_office_returned_to_is_a_present_office(
    quote: str, said: str | None
) -> None:
    said = said or "defence minister"
    assert _offices(quote, set()) == [f"reyes: {said} vs ['reyes-envoy', 'reyes-former']"]


@pytest.mark.parametrize(
    "quote",
    [
        # near cases: the career phrase alone, the post left, the return itself ended
        "Reyes first became defence minister in 2014.",
        "Reyes first led Chile's defence establishment in 2014.",
        "Reyes first became defence minister in 2014 and left the post in 2016.",
        "Reyes first led Chile's defence ministry in 2014, and later led the navy's board.",
        "Reyes first became defence minister in 2014 and returned to the post in 2019, serving "
        "until 2021.",
    ],
)
def test_a_career_phrases_office_not_returned_to_is_history(quote: str) -> None:
    assert _offices(quote, set()) == []


def test_going_back_to_a_ministry_in_a_reshuffle_is_a_present_office() -> None:
    quote = "Reyes went back to the defence ministry in last month's cabinet reshuffle."
    # the office is the ministry's minister, not the verb phrase
    assert _offices(quote) == ["reyes: Defence Minister vs ['reyes-envoy', 'reyes-former']"]
    # going back there for a meeting is a visit: no office
    assert _offices("Reyes went back to the defence ministry after the talks.") == []


@pytest.mark.parametrize(
    "quote",
    [
        "Reyes went back to the defence ministry on Friday to brief cabinet members on it.",
        "Reyes went back to the defence ministry to meet officials appointed in the reshuffle.",
    ],
)
def test_going_back_to_a_ministry_on_an_errand_is_a_visit(quote: str) -> None:
    assert _offices(quote) == []


@pytest.mark.parametrize(
    "quote",
    [
        "Correction: Ilse Varga is Norway's Defence Minister, not its foreign minister.",
        "Correction: Ilse Varga, Norway's Defence Minister, was misnamed in an earlier version.",
    ],
)
def test_a_correction_that_agrees_with_the_fact_base_gives_no_conflict(quote: str) -> None:
    assert _offices(quote, set()) == []
    # the same sentence giving her another office is one
    other = quote.replace("Defence Minister", "Finance Minister", 1)
    assert _offices(other, set()) == ["varga: Finance Minister vs ['varga-office']"]


def _document(*quotes: str) -> list[list[str]]:
    """Each quote's office conflicts, drafted one after another in one document."""
    offices = DocumentOffices(" ".join(quotes), DOC, MATCHER, NATIONS)
    told = Reading("event", "reported", "the article", "test")
    out = []
    for quote in quotes:
        found = offices.conflicts(quote, MATCHER.find(quote), [], told, None)
        out.append([f"{c['entity']}: {c['this']}" for c in found])
    return out


def test_an_opening_pronoun_holds_the_office_for_the_one_person_named_before() -> None:
    said = "He was reappointed to the defence portfolio in May."
    assert _document("Tomas Reyes spoke in Oslo.", said) == [[], ["reyes: defence portfolio"]]
    # two people named before: whose? none
    assert _document("Tomas Reyes met Ilse Varga in Oslo.", said) == [[], []]
    # an office given him before: a pronoun gives none again (R2, R10), but an appointment
    given = "Tomas Reyes, Chile's defence minister, spoke."
    assert _document(given, "He is Chile's defence minister.")[1] == []
    assert _document(given, said)[1] == ["reyes: defence portfolio"]
    # his office long ago: history
    assert _document("Tomas Reyes spoke.", "He was defence minister years ago.") == [[], []]


def test_a_he_inside_the_sentence_telling_him_appointed_holds_the_office() -> None:
    said = "The trip was his first to Oslo since he returned to the defence portfolio in May."
    given = "Tomas Reyes, Chile's defence minister, spoke."
    assert _document(given, said)[1] == ["reyes: defence portfolio"]
    # two people named before: whose? none
    assert _document("Tomas Reyes met Ilse Varga in Oslo.", said) == [[], []]
    # a "he" that tells no appointment gives none again (R2, R10)
    other = "The trip was his first to Oslo since he took office as defence minister."
    assert _document(given, other)[1] == []


def test_a_pronoun_after_someone_the_base_does_not_know_holds_no_office() -> None:
    """Anyone named counts: a new name ("Ilse Marden", "Commodore Voss"), or one person told
    by a noun ("his guest"), before the pronoun makes it either man's (R11: none)."""
    said = "The talks were their first since he returned to the defence portfolio in May."
    for before in (
        "Tomas Reyes later met Ilse Marden at the harbour.",
        "Tomas Reyes later met Commodore Voss.",
        "Tomas Reyes welcomed the visiting secretary.",
    ):
        assert _document(before, said) == [[], []], before
    his = "His guest flew in from Lima, where he returned to the defence portfolio in May."
    assert _document("Tomas Reyes hosted the talks.", his) == [[], []]
    # near cases: a place or a title alone is no one; nor a noun of people in the plural
    for before in (
        "Tomas Reyes, Chile's defence minister, spoke in Port Aldine.",
        "Tomas Reyes, Chile's defence minister, met officials at Grey Harbour.",
        "Tomas Reyes, Chile's Defence Minister, spoke.",
    ):
        assert _document(before, said)[1] == ["reyes: defence portfolio"], before
    # his own office named in the sentence before is no one else's (a predicate, an office's
    # principal): "Reyes is no envoy, he serves as an adviser to the president."
    own = "Tomas Reyes is not the envoy; he serves as an adviser to the president."
    assert _document(own, said)[1] == ["reyes: defence portfolio"]
    opening = "He was reappointed to the defence portfolio in May."
    assert _document("Tomas Reyes later met Ilse Marden.", opening) == [[], []]
    assert _document("Tomas Reyes spoke to reporters.", opening)[1] == ["reyes: defence portfolio"]


def test_a_clauses_doer_is_the_one_person_named_before() -> None:
    """A clause naming no one ("and conveyed …") is its doer's: the "he" after it is his."""
    offices = DocumentOffices("", DOC, MATCHER, NATIONS)
    his = Reading("event", "reported", "Tomas Reyes", "test", person=True)
    told = Reading("event", "reported", "the article", "test")
    said = "The trip was his first to Oslo since he returned to the defence portfolio in May."
    steps = [
        ("Tomas Reyes, Chile's defence minister, condemned the attack", ["reyes"], his),
        ("conveyed his country's sympathy", ["reyes"], his),
        (said, [], told),
    ]
    out = [offices.conflicts(q, MATCHER.find(q), p, r, None) for q, p, r in steps]
    assert [c["entity"] for c in out[2]] == ["reyes"]
    # the article's own clause names no doer: whose? none
    offices = DocumentOffices("", DOC, MATCHER, NATIONS)
    steps[1] = ("the attack shocked the city", [], told)
    out = [offices.conflicts(q, MATCHER.find(q), p, r, None) for q, p, r in steps]
    assert out[2] == []


@pytest.mark.parametrize(
    "quote",
    [
        "Tomas Reyes is no longer defence minister.",
        "Posts claimed that Tomas Reyes, who met Varga in Oslo on Monday, was only an envoy and"
        " no longer Chile's defence minister.",
    ],
)
def test_an_office_held_no_longer_is_a_former_office_against_the_present_one(quote: str) -> None:
    assert _offices(quote) == ["reyes: former defence minister vs ['reyes-heading']"]
    # no office after "no longer": none
    assert _offices("Tomas Reyes is no longer in the cabinet.") == []


@pytest.mark.parametrize(
    "quote",
    [
        "Tomas Reyes is no longer a defence minister who only signs what he is given.",
        "Tomas Reyes is no longer the defence minister that the navy once feared; he sells.",
    ],
)
def test_a_description_after_no_longer_is_no_office_he_left(quote: str) -> None:
    assert _offices(quote) == []


def test_a_portfolio_held_no_longer_is_a_former_office() -> None:
    quote = "Tomas Reyes no longer holds the defence portfolio."
    assert _offices(quote) == ["reyes: former defence portfolio vs ['reyes-heading']"]


def test_a_denial_whose_clause_tells_him_returned_to_head_a_ministry_holds_that_office() -> None:
    """A report that denies a title and gives the present office by a clause ("He has not
    held that post since he returned to head …"): the clause's "he" is the person named
    before, and "returned to head" a ministry is its minister now (R11), as "returns to head"."""
    named = "Some papers on Monday described Tomas Reyes as a retired admiral."
    denied = "He has not held that post since he returned to head Chile's defence ministry in May."
    out = _document(named, denied)[1]
    assert len(out) == 1 and out[0].startswith("reyes: returned to head Chile's defence ministry")
    # near cases: the head of a delegation is no office; an appointment whose end is told is
    # a past office (R11: none)
    trip = "He has not been back since he returned to head the delegation in May."
    assert _document(named, trip)[1] == []
    ended = "He returned to head Chile's defence ministry in 2014, serving until 2016."
    assert _document(named, ended)[1] == []
