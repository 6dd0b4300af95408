"""New names a business's page or a data note writes: a job title before a person's name
("Executive Chef"), a "The" that is the name's own inside a sentence, a cuisine named by its
region's adjective, and a defence ministry's initials after its country's ("JMOD")."""

from __future__ import annotations

import pytest

from defcoop_cli.curation.drafting.names.portfolio import by_portfolio
from defcoop_cli.curation.drafting.new_entities import capitalised_names, untitled


def _names(text: str) -> list[str]:
    return [text[a:b] for a, b in capitalised_names(text, [])]


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Executive Chef Meera Joshi", "Meera Joshi"),
        ("Sous Chef Arun Pillai", "Arun Pillai"),
        ("General Manager Rohan Bedi", "Rohan Bedi"),
    ],
)
def test_a_staff_members_job_title_is_dropped_from_her_name(written: str, name: str) -> None:
    assert untitled(written) == (name, True)


def test_a_name_with_no_job_title_keeps_its_words() -> None:
    assert untitled("Meera Joshi") == ("Meera Joshi", False)
    assert untitled("Chefs Without Borders")[1] is False  # a body's name, no title


def test_a_the_inside_a_sentence_is_the_names_own() -> None:
    assert "The Saltpan Lodge" in _names("The envoys stayed at The Saltpan Lodge for a week.")
    assert "The Saltpan Lodge" in _names('"It went well," said the manager of The Saltpan Lodge.')
    assert "The Saltpan Lodge" in _names("Last week The Saltpan Lodge hosted the envoys.")


def test_a_sentences_opening_the_is_its_article() -> None:
    assert _names("The Saltpan Lodge hosted the envoys.") == ["Saltpan Lodge"]
    assert _names("Guests left. The Saltpan Lodge was quiet.") == ["Saltpan Lodge"]


def test_a_cuisine_named_by_its_regions_adjective_is_no_name() -> None:
    assert _names("The cooks served Awadhi kebabs and Hyderabadi biryani to the guests.") == []
    assert _names("The cooks flew in from Lucknow to serve the guests.") == ["Lucknow"]


@pytest.mark.parametrize("initials", ["JMOD", "UKMoD", "JMOFA"])
def test_a_defence_ministrys_initials_after_its_countrys_are_a_department(initials: str) -> None:
    assert by_portfolio([initials])


@pytest.mark.parametrize("initials", ["EMEA", "JMSDF", "MODI", "ASEAN"])
def test_other_initials_are_no_department_by_them(initials: str) -> None:
    assert not by_portfolio([initials])


def test_a_the_after_a_paragraphs_number_or_a_capital_is_an_article() -> None:
    assert _names("4.12 The Ministers agreed to meet again.") == []
    assert "The Envoys" not in " ".join(_names("Behind The Envoys' Week"))
    assert _names("It was said The Gulf Forum would meet.") == ["Gulf Forum"]  # after a verb
