"""A survey release's apparatus and a people named in the plural (issue 24, heldout82's
poll release, by class): the numbered method notes under their labels and the issuing
firm's word on itself are furniture; a nationality's plural is no new name. Near cases keep
their reading: a label of news, a sentence quoting a poll's figure, another subject's
membership, a country whose name ends in the plural's letters. Text of my own (an invented
polling firm, Kestrel Analytics)."""

from __future__ import annotations

import pytest

from defcoop_cli.curation.drafting.furniture.apparatus.polls import (
    issuer_lines,
    method_notes,
    release_apparatus,
)
from defcoop_cli.curation.drafting.new_entities import capitalised_names

RELEASE = [
    "KESTREL ANALYTICS",  # 0
    "News release | Embargoed until 06:00",  # 1
    "",  # 2
    "PORT LEM, 3 June 2025 --",  # 3
    "Six in ten adults in Velora back the harbour drills, a survey by Kestrel found.",  # 4
    "A sample of 1,800 adults backed the talks by two to one, the survey found.",  # 5
    "Method: The two navies will share data through a secure link.",  # 6: news
    "NOTES TO EDITORS",  # 7
    "1. Sample: 1,804 adults aged 18 and over in nine towns.",  # 8
    "2) Method: online panel interviews in Velan and English.",  # 9
    "3. Margin of error: plus or minus 3 points at the 95 per cent confidence level.",  # 10
    "4. Weighting: by age, region and schooling, to the last census.",  # 11
    "- Fieldwork: 20 to 26 May 2025.",  # 12
    "Kestrel Analytics is a founding member of the Velan Polling Council.",  # 13
    "Kestrel does not accept funding from any party or ministry. It is fully independent.",  # 14
    "Velora is a member of the Harbour Compact.",  # 15: another subject
    "Kestrel is a member of the panel, its director said.",  # 16: a speaker's tag
]


def test_a_surveys_method_notes_under_their_labels_are_furniture() -> None:
    assert method_notes(RELEASE) == {8, 9, 10, 11, 12}


def test_the_issuers_word_on_itself_is_furniture() -> None:
    assert issuer_lines(RELEASE) == {13, 14}
    assert release_apparatus(RELEASE) == {8, 9, 10, 11, 12, 13, 14}


@pytest.mark.parametrize(
    "line",
    [
        "Method: The two navies will share data through a secure link.",  # no survey's word
        "Sample: the poll, the ministry said, found wide support.",  # a speaker's tag
        "A sample of 1,800 adults backed the talks by two to one, the survey found.",  # no label
        "The poll's margin of error is 3 points.",  # a sentence, no label
        "Notes to editors",
    ],
)
def test_a_line_of_news_or_a_polls_figure_told_stays(line: str) -> None:
    assert method_notes(["KESTREL ANALYTICS", line]) == set()


def test_no_issuer_heading_the_text_makes_no_boilerplate() -> None:
    lines = ["Kestrel Analytics is a founding member of the Velan Polling Council."]
    assert issuer_lines(["The harbour talks went well.", "", *lines]) == set()
    # a paper headed by a name opening on a country's: "India" alone names no firm
    assert issuer_lines(["INDIA TODAY", "India is a member of the Quad."]) == set()


def test_a_membership_of_no_body_nor_a_firms_independence_is_kept() -> None:
    # a person heading the text: his party membership is news, as is "independent of" a body
    lines = ["KESTREL VISITS PORT LEM", "Kestrel, a veteran, is a member of the Velan Party."]
    assert issuer_lines(lines) == set()
    assert issuer_lines(["KESTREL ANALYTICS", "Kestrel is independent of the ministry."]) == set()


@pytest.mark.parametrize("people", ["Indians", "Australians", "Filipinos", "Japanese"])
def test_a_peoples_plural_is_no_new_name(people: str) -> None:
    text = f"Seven in ten urban {people} back the drills, Kestrel Analytics found in Velora."
    names = [text[a:b] for a, b in capitalised_names(text, [])]
    assert names == ["Kestrel Analytics", "Velora"]


def test_a_country_whose_name_ends_as_a_plural_stays_a_name() -> None:
    text = "Kestrel Analytics also polled voters in Laos and the Philippines in May."
    names = [text[a:b] for a, b in capitalised_names(text, [])]
    assert "Laos" in names
