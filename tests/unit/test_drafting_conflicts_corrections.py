"""drafting.conflicts: offices and places said in the forms a reader's correction or a
pitch's summary uses (issue 24): an adviser's post "on" a field or "to the prime
minister", an office said of a pronoun in the name's sentence ("X holds no cabinet post
now, he is …"), a meeting's place said of the two holding it ("X and Y held talks in …");
and the ordinary sentences that give no conflict. Invented people and places of
places.tsv."""

from __future__ import annotations

from defcoop_cli.curation.drafting.conflicts.offices import office_conflicts
from defcoop_cli.curation.drafting.conflicts.values import Conflicts
from defcoop_cli.curation.drafting.entities import EntityMatcher
from defcoop_cli.factbase.records import Doc, Entity, Event, Role
from unit.test_drafting_claims import ENTITIES, fact

ORTIZ = Entity(
    "ortiz", "Luis Ortiz", "person", aliases=("Ortiz",),
    roles=(Role("Chile's Defence Minister", "ortiz-office"),),
)  # fmt: skip
LIND = Entity(
    "lind", "Anna Lind", "person", aliases=("Lind",),
    roles=(Role("Special Adviser on Security", "lind-office"),),
)  # fmt: skip
VEGA = Entity(
    "vega", "Rosa Vega", "person", aliases=("Vega",),
    roles=(Role("former Adviser to the President", "vega-former"),),
)  # fmt: skip
PEOPLE = {"ortiz": ORTIZ, "lind": LIND, "vega": VEGA}
MATCHER = EntityMatcher([ORTIZ, LIND, VEGA])


def _offices(quote: str) -> list[tuple[str, str]]:
    out = office_conflicts(quote, PEOPLE, MATCHER.find(quote))
    return [(c["entity"], c["this"]) for c in out]


def test_an_adviser_on_a_field_said_of_a_pronoun_is_an_office() -> None:
    quote = (
        "Small correction: Ortiz holds no cabinet post now, he is the prime minister's"
        " special adviser on security."
    )
    assert _offices(quote) == [("ortiz", "special adviser on security")]


def test_an_adviser_to_the_prime_minister_is_an_office() -> None:
    quote = "Ortiz is not the defence minister, he serves as an adviser to the prime minister"
    quote += " on security."
    assert _offices(quote) == [("ortiz", "adviser to the prime minister on security")]


def test_ordinary_sentences_give_no_office_conflict() -> None:
    # whose post the office is: "the prime minister's guest" gives him no "prime minister"
    assert _offices("Ortiz is the prime minister's guest in Lima this week.") == []
    # another person's office, in apposition to her
    assert _offices("Ortiz met Anna Lind, the special adviser on security, in Lima.") == []
    # a former office named as former, as the fact base has it
    assert _offices("Vega, a former adviser to the president, met Lind.") == []
    # a correction that agrees with the fact base
    assert (
        _offices("Small correction: Ortiz left the old post, he is Chile's Defence Minister.") == []
    )
    # a pronoun after another name than the person's own clause's: hers, and it agrees
    assert (
        _offices("Ortiz thanked Lind for the briefing, she is the special adviser on security.")
        == []
    )


def _venue() -> Conflicts:
    talks = Event("harbour-talks", "meeting", "Harbour talks", None, place="Canberra")
    where = fact(
        "harbour-talks-place", "The harbour talks took place in Canberra", "reported", (), "x"
    )
    return Conflicts(Doc([], [], ENTITIES, [where], [], [talks]))


def test_the_two_holding_talks_elsewhere_is_a_place_conflict() -> None:
    found = _venue().venue(
        "Defence Minister Ortiz and Anna Lind of Chile held talks in Perth today"
    )
    assert [(c["field"], c["this"]) for c in found] == [("place", "Perth")]
    assert _venue().venue("They held talks in Perth on a calm day")[0]["this"] == "Perth"


def test_holding_talks_gives_no_place_conflict_in_ordinary_sentences() -> None:
    venue = _venue().venue
    assert venue("Ortiz and Lind held talks in Canberra on Monday") == []  # the same place
    assert venue("Ortiz held talks in Perth with fishermen after the visit") == []  # one side's
    assert venue("Ortiz and Lind will hold talks in Perth next year") == []  # a plan
    assert venue("Ortiz, who held talks in Perth last week, flew on") == []  # no two holding it
