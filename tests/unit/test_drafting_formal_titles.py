"""Formal titles of agreements, dialogues and mechanisms: one name or nothing, typed by
their head noun; a reference page's disclaimer and provenance lines are furniture."""

from __future__ import annotations

import pytest

from defcoop_cli.curation.drafting.entities import EntityMatcher
from defcoop_cli.curation.drafting.furniture.apparatus.credits import about_itself
from defcoop_cli.curation.drafting.names.several import one_body, title_kind
from defcoop_cli.curation.drafting.new_entities import NewEntities, capitalised_names
from defcoop_cli.curation.drafting.verbs import first_verb
from defcoop_cli.factbase.records import Entity


def names(text: str, known: list[tuple[int, int]] | None = None) -> list[str]:
    return [text[a:b] for a, b in capitalised_names(text, known or [])]


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "The Accord concerning the Exchange of Naval Charts and Tide Tables lets both sides"
            " plan ahead.",
            "Accord concerning the Exchange of Naval Charts and Tide Tables",
        ),
        (
            "Under the Pact regarding Shared Berthing for the Support of Patrol Craft, ships"
            " refuel.",
            "Pact regarding Shared Berthing for the Support of Patrol Craft",
        ),
        (
            "Talks run through a Standing Panel on Coastal Radar and Harbour Safety each year.",
            "Standing Panel on Coastal Radar and Harbour Safety",
        ),
        (
            "Units draw stores under the Mutual Berthing and Fuel Supply Arrangement.",
            "Mutual Berthing and Fuel Supply Arrangement",
        ),
        (
            "Contacts run through the Shipyard Forum for Hulls and Engines.",
            "Shipyard Forum for Hulls and Engines",
        ),
        (  # the linking words in capitals too
            "The Accord Concerning the Exchange of Naval Charts and Tide Tables lets both sides"
            " plan ahead.",
            "Accord Concerning the Exchange of Naval Charts and Tide Tables",
        ),
        (
            "Both signed a Memorandum of Cooperation in the Field of Tide Charts and Buoys.",
            "Memorandum of Cooperation in the Field of Tide Charts and Buoys",
        ),
    ],
)
def test_a_formal_title_is_one_name_never_its_pieces(sentence: str, title: str) -> None:
    assert names(sentence) == [title]


def test_a_titles_linking_word_in_capitals_keeps_it_one_body() -> None:
    assert one_body("Standing Panel On Coastal Radar and Harbour Safety")
    assert one_body("Accord Regarding Shared Berthing and Fuel")
    assert not one_body("Alpha and Beta")


def test_two_titles_joined_by_and_the_are_two() -> None:
    found = names("Talks run through the Harbour Policy Dialogue and the Tide Affairs Dialogue.")
    assert found == ["Harbour Policy Dialogue", "Tide Affairs Dialogue"]


def test_places_joined_by_and_stay_two_names_before_a_head() -> None:
    assert names("Ships sailed from Visakhapatnam and Kochi on Monday.") == [
        "Visakhapatnam",
        "Kochi",
    ]


@pytest.mark.parametrize("word", ["Agreement", "Memorandum", "Dialogue", "Arrangement"])
def test_a_titles_head_alone_is_no_name(word: str) -> None:
    assert names(f"Officials said the {word} would be renewed in June.") == []


def test_capitals_before_a_common_noun_are_no_name() -> None:
    assert names("Annual Harbour Ministerial talks are backed by a Tide Policy Dialogue.") == [
        "Tide Policy Dialogue"
    ]
    assert names("The Hotel Majestic is near the port.") == ["Hotel Majestic"]


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Accord on Naval Charts", "law or agreement"),
        ("Mutual Berthing and Fuel Supply Arrangement", "law or agreement"),
        ("Harbour Policy Dialogue", "programme"),
        ("Eastern Naval Command", None),
    ],
)
def test_a_titles_type_is_its_heads(name: str, kind: str | None) -> None:
    assert title_kind(name) == kind


def test_a_new_title_is_proposed_as_a_law_or_agreement() -> None:
    new = NewEntities(set())
    eid, _ = new.add("Accord on Naval Charts and Tide Tables", False, set(), False)
    assert [e["type"] for e in new.entries() if e["id"] == eid] == ["law or agreement"]


def test_a_known_mechanism_opening_a_longer_title_is_that_title() -> None:
    matcher = EntityMatcher([Entity("harbour-talks", "Harbour talks", "programme", ("3+3",))])
    text = "Talks run through the 3+3 Coastal and Harbour Ministerial Dialogue every year."
    found = matcher.find(text)
    assert [(e, text[a:b]) for e, a, b in found] == [
        ("harbour-talks", "3+3 Coastal and Harbour Ministerial Dialogue")
    ]
    assert names(text, [(a, b) for _, a, b in found]) == []
    assert EntityMatcher([Entity("alpha", "Alpha", "country")]).find("Alpha Ocean waters") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The Accord on Naval Charts, signed in Port Vela in March 2019, lets both navies share"
        " charts",
        "A Pact on Tide Tables, signed in 2016, set out the terms",
        "The Accord on Naval Charts, signed in Port Vela, lets both navies share charts",
    ],
)
def test_a_placed_or_dated_participle_after_a_title_is_no_verb(sentence: str) -> None:
    found = first_verb(sentence)
    assert found is None or found.match.group() not in ("signed",)


@pytest.mark.parametrize(
    "sentence",
    [
        "This page is intended as a general reference and does not constitute an authoritative"
        " statement of the Government's position.",
        "This brief is meant for general information and is not an authoritative record.",
        "This country profile has been compiled from public sources for the information of"
        " Members.",
        "The information on this website is provided for reference only.",
        "Content on this page is maintained by the Harbour Desk, Mission of Alpha.",
        "Content owned by the Department of Tides, Government of Alpha.",
    ],
)
def test_a_reference_pages_disclaimer_and_provenance_are_furniture(sentence: str) -> None:
    assert about_itself(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The accord does not constitute an alliance, officials said.",
        "The information was provided by the harbour office.",
        "This pact is not binding on either side.",
        "This visit is meant for the exchange of views on harbour safety.",
    ],
)
def test_a_reports_own_sentences_about_other_things_are_news(sentence: str) -> None:
    assert not about_itself(sentence)
