"""Review 26a, items 7 and 8 (s50-fixdraftb): a town said after a place's preposition ("arrive
in Cochin" beside "Cochin Shipyard Limited") is the place, not the firm said short; a force's
named unit after its possessive ("the Indian Army's Red Eagle Division") is an entity (R8),
and a production line by its site ("its Hazira line would build …", "its Chennai line") names
the place. The reviewer's inputs as the class's examples, my own invented sentences beside
them, and near cases that keep the old reading."""

from __future__ import annotations

import pytest

from defcoop_cli.curation.drafting.names.common import said_short
from defcoop_cli.curation.drafting.new_entities import capitalised_names

FIRMS = (
    "Cochin Shipyard Limited will refit the patrol vessel. Orme Marine Systems will train crews."
)


def _short(sentence: str, name: str) -> str | None:
    a = sentence.index(name)
    return said_short(sentence, a, a + len(name), FIRMS + " " + sentence)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The vessel is expected to arrive in Cochin next month.", "Cochin"),
        ("The refit will be done at Cochin over the winter.", "Cochin"),
        ("The frigate sailed to Orme for a week of drills.", "Orme"),  # mine
        ("Two tugs will head back to Orme after the exercise.", "Orme"),
    ],
)
def test_a_town_after_a_places_word_is_no_firm_said_short(sentence: str, name: str) -> None:
    assert _short(sentence, name) is None


@pytest.mark.parametrize(
    ("sentence", "name", "firm"),
    [
        ("Cochin will refit the vessel under Monday's deal.", "Cochin", "Cochin Shipyard Limited"),
        ("The training contract was awarded to Orme.", "Orme", "Orme Marine Systems"),
        ("Analysts said Orme had priced the bid low.", "Orme", "Orme Marine Systems"),
    ],
)
def test_a_firms_first_word_doing_or_given_something_stays_the_firm(
    sentence: str, name: str, firm: str
) -> None:
    assert _short(sentence, name) == firm


def _names(text: str) -> list[str]:
    return [text[a:b] for a, b in capitalised_names(text, [])]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Indian Army's Red Eagle Division took part in the exercise.", "Red Eagle Division"),
        ("The Betan Army's Golden Hawk Division trained at Kell.", "Golden Hawk Division"),
        ("Tata Advanced Systems said its Hazira line would build the hull blocks.", "Hazira"),
        ("Larsen & Toubro said its Chennai line would build the hull blocks.", "Chennai"),
        ("Orme Marine Systems said its Kell line is busy; the yard at Kell opened in May.", "Kell"),
        ("Orme Marine Systems said its Lantry line now assembles the drones.", "Lantry"),
    ],
)
def test_a_forces_named_unit_and_a_lines_site_stay_names(text: str, name: str) -> None:
    at = text.index(name)  # its first mention, the one before "Division" or "line"
    assert (at, at + len(name)) in capitalised_names(text, [])


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The company's Public Affairs Division issued a note.", "Public Affairs"),
        ("Orme Aviation said sales of our Dornier line rose.", "Dornier"),  # a product line
        ("Orme said its Marine & Defence business unit won the order.", "Marine"),
    ],
)
def test_a_bodys_part_by_its_work_and_a_product_line_stay_no_names(text: str, word: str) -> None:
    assert not any(word in name for name in _names(text))
