"""drafting.conflicts.asserted: a sentence whose predicate is a person's office makes the
claim of the fact giving him that office; an office said in passing (before a name, in
apposition, in a relative clause), denied, or with more said of it makes none. Invented
people and sentences, real countries (for their adjectives)."""

from __future__ import annotations

import pytest

from defcoop_cli.curation.drafting.conflicts.asserted import asserted_offices, office_claim
from defcoop_cli.curation.drafting.entities import EntityMatcher
from defcoop_cli.factbase.records import Entity, Fact, Role
from unit.test_drafting_conflicts_titles import ENTITIES as TITLED
from unit.test_drafting_conflicts_titles import VARGA

REYES = Entity(  # the titles test's, an adviser where he is an envoy there
    "reyes", "Tomas Reyes", "person", aliases=("Reyes",),
    roles=(
        Role("Chile's Special Adviser for Oceans", "reyes-adviser"),
        Role("former Defence Minister", "reyes-former"),
        Role("Chilean Defence Minister", "reyes-heading"),
    ),
)  # fmt: skip
ENTITIES = [VARGA, REYES, *(e for e in TITLED if e.type == "country")]
MATCHER = EntityMatcher(ENTITIES)
PEOPLE = {"varga": VARGA, "reyes": REYES}
FACTS = {
    fid: Fact(fid, f"The report gives the office {fid}.", "background", "the article",
              "reported", ("meeting",), ("varga",), (), "office words", "a-report", (0, 12))
    for fid in ("varga-office", "reyes-adviser", "reyes-former", "reyes-heading")
}  # fmt: skip


def _claim(quote: str) -> str | None:
    claim = office_claim(quote, MATCHER.find(quote), PEOPLE, FACTS.get)
    return None if claim is None else claim["fact"]


@pytest.mark.parametrize(
    ("quote", "fact"),
    [
        ("Ilse Varga is the Defence Minister of Norway.", "varga-office"),
        ("Varga is Norway's Minister of Defence.", "varga-office"),
        (
            "Reyes has served as Chile's Minister of Defense since 3 March 2023, when he "
            "came back to the cabinet.",
            "reyes-heading",
        ),
        ("Reyes was a former defence minister.", "reyes-former"),
        # the one present role whose head holds the office said: the adviser's
        (
            "Reyes is not the defence minister, he serves as an adviser to the president on "
            "oceans.",
            "reyes-adviser",
        ),
        (
            "A note for the editors: Reyes sits in no cabinet now, he is the president's "
            "special adviser on oceans.",
            "reyes-adviser",
        ),
        # what follows the office says no more of its own: a phrase in apposition, a tag
        ("Ilse Varga is the Defence Minister of Norway, a post she took in 2021.", "varga-office"),
        ("Varga is Norway's Defence Minister, officials said.", "varga-office"),
        # an office held once, its span ended: the former role's
        ("Tomas Reyes was Chile's Defence Minister from 2014 to 2016.", "reyes-former"),
        ("Reyes served as Chile's Minister of Defence from 2014 until 2016.", "reyes-former"),
    ],
)
def test_an_office_the_sentence_asserts_makes_its_facts_claim(quote: str, fact: str) -> None:
    assert _claim(quote) == fact


@pytest.mark.parametrize(
    "quote",
    [
        "Norway's Defence Minister Ilse Varga toured the shipyard on Friday.",  # before a name
        "Ilse Varga, Norway's Defence Minister, toured the shipyard on Friday.",  # apposition
        "Reyes, who is Chile's Minister of Defense, toured the shipyard.",  # a relative clause
        "Reyes is not the defence minister.",  # denied
        "Varga is the first Norwegian defence minister to tour the shipyard.",  # more said
        "Reyes returned to the post of defence minister in March.",  # no predicate
        "Varga said Reyes is the Defence Minister of Chile.",  # not the sentence's subject
        "Reyes is the Foreign Minister of Chile.",  # no role of his is that office
        # another clause goes on: its claim is the sentence's, the office said in passing
        "Ilse Varga is Norway's Defence Minister, and she briefed Reyes on the drills.",
        "Varga is the Defence Minister of Norway, and she told Reyes about the fire.",
        "Reyes is Chile's Special Adviser for Oceans: he briefed Varga on the survey.",
        "Reyes is Chile's special adviser for oceans; he told Varga of the survey.",
        # an office held once, but not when: no present role's, no former one's either
        "Reyes was Chile's Defence Minister.",
        "Reyes was Chile's defence minister; he now advises the president.",
    ],
)
def test_an_office_said_in_passing_makes_no_claim(quote: str) -> None:
    assert _claim(quote) is None


def test_the_office_is_read_as_written() -> None:
    quote = "Tomas Reyes remains Chile's special adviser for oceans."
    assert asserted_offices(quote, MATCHER.find(quote)) == [("reyes", "special adviser for oceans")]
