"""Entity rules narrowed by class (review 21a, items 7, 8, 10 and 12): a count before a
document's kind names no title ("Two Memorandum of Understanding were exchanged"); "&" after
a body's own word joins two bodies ("… Heavy Industries & Larsen & Toubro"), between names
one ("Harlan & Voss"); a word of the publisher's name after "the" is the text's own longer
name where the text gives one ("the Forum" beside the "Selby Trade Forum"); a "… Week" that
reports is a publication, no holiday. Texts of my own, judged before running."""

from __future__ import annotations

from typing import Any

import pytest

from defcoop_cli.curation.drafting.assembly import draft
from defcoop_cli.curation.drafting.names.common import own_outlet
from defcoop_cli.curation.drafting.names.several import numbered_title, split_at_and
from unit.test_drafting_boilerplate_and_names import DOC


def _drafted(text: str, publisher: str = "") -> dict[str, Any]:
    meta = {"publisher": publisher} if publisher else {}
    made: dict[str, Any] = draft(text, "r", DOC, meta, "/articles/r.txt", "9.9")
    return made


def _names(text: str, publisher: str = "") -> list[str]:
    return [e["name"] for e in _drafted(text, publisher)["entities"]]


def test_a_count_of_a_documents_kind_names_no_title() -> None:
    names = _names(
        "Ines Varga said two deals were done. Two Memorandum of Understanding were "
        "exchanged in Kell."
    )
    assert not [n for n in names if "Memorandum" in n]
    assert not numbered_title("Two Memorandum of Understanding")
    assert not numbered_title("Three Guidelines")  # a head alone, no title's words after it


def test_a_numbered_title_is_still_one_name() -> None:
    assert numbered_title("Four Principles on Export of Naval Equipment")
    names = _names("Ines Varga said Beta's Five Principles on Harbour Safety still apply.")
    assert "Five Principles on Harbour Safety" in names


@pytest.mark.parametrize(
    ("found", "parts"),
    [
        ("Torvane Heavy Industries & Harlan & Voss", ["Torvane Heavy Industries", "Harlan & Voss"]),
        ("Army & Navy", ["Army", "Navy"]),
        ("Harlan & Voss Shipbuilding", ["Harlan & Voss Shipbuilding"]),  # one firm
        ("Department of Science & Technology", ["Department of Science & Technology"]),
    ],
)
def test_an_ampersand_after_a_bodys_word_joins_two_bodies(found: str, parts: list[str]) -> None:
    assert [found[a:b] for a, b in split_at_and(0, found)] == parts


def test_two_firms_joined_by_an_ampersand_are_two_entities_and_two_parties() -> None:
    made = _drafted("Torvane Heavy Industries & Harlan & Voss signed a teaming pact in Kell.")
    names = [e["name"] for e in made["entities"]]
    assert "Torvane Heavy Industries" in names and "Harlan & Voss" in names
    assert not [n for n in names if "Industries &" in n]
    assert made["facts"][0]["attribution"] == "Torvane Heavy Industries and Harlan & Voss"
    # one firm of two names stays one
    assert "Harlan & Voss" in _names("Ines Varga met the chiefs of Harlan & Voss in Kell.")


def test_the_texts_own_longer_name_wins_over_a_word_of_the_publishers() -> None:
    text = (
        "Later, Ines Varga addressed the Selby Trade Forum in Kell.\n"
        "She told the Forum that Beta would build drones with Alpha's yards.\n"
    )
    made = _drafted(text, publisher="Kell Forum")
    forum = [e["id"] for e in made["entities"] if e["name"] == "Selby Trade Forum"]
    assert forum and forum[0] in made["facts"][1]["entities"]
    told = "She told the Forum that"
    assert not own_outlet(told, 13, 18, "Kell Forum", text)
    # the publisher's word, with no longer name of the text's own, is still the channel
    assert own_outlet(told, 13, 18, "Kell Forum", told)
    assert own_outlet(told, 13, 18, "Kell Forum")


def test_a_week_that_reports_is_a_publication_not_a_holiday() -> None:
    names = _names("Harbour Week reported that Beta would offer its radar to Alpha.")
    assert "Harbour Week" in names
    names = _names("Ines Varga said the yards in Kell close for Golden Week.")
    assert "Golden Week" not in names
    names = _names("Ines Varga said the drill resumes after Harbour Week.")
    assert "Harbour Week" not in names


def test_a_types_designation_is_no_entity() -> None:
    """An aircraft's, a vehicle's or a product's type by its letters, a hyphen and digits
    ("US-2", "C-295") is no body, and its letters name no country (issue 24, heldout70)."""
    from defcoop_cli.curation.drafting.names.common import designation

    assert all(designation([d]) for d in ("XR-7", "KV-30A", "Su-57", "BT-12,"))
    for name in ("G-20", "JPF-12", "Ines Varga", "Kell", "XR", "Harlan-Voss"):
        assert not designation(name.split()), name
    made = _drafted("Ines Varga said Beta would buy the XR-7 amphibian from Torvane Marine.")
    assert [e["name"] for e in made["entities"]] == ["Torvane Marine"]
    assert made["facts"][0]["entities"] == ["ines-varga", "beta", "torvane-marine"]
    # a name of the maker and its type is still one
    assert "Torvane XR-7" in _names("Ines Varga praised the Torvane XR-7 in Kell.")
