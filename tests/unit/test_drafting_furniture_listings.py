"""A label and a list of short items, a pull quote, a signpost: lines beside a piece's text."""

from __future__ import annotations

import pytest

from defcoop_cli.curation.drafting.furniture.listings import (
    glossary,
    listing,
    pull_quotes,
    signpost,
)


@pytest.mark.parametrize(
    "line",
    [
        "CREDITS: Photos by the navy; maps by our desk; data from the port authority",
        "Inside: a frigate's refit; the budget vote; letters from readers.",
        "Sources - see below: two ministries; one wire; an interview",
    ],
)
def test_a_label_and_three_short_items_is_a_listing(line: str) -> None:
    assert listing(line)


@pytest.mark.parametrize(
    "line",
    [
        # a dateline and a sentence: a colon, but no list
        "PORT ELLIS: The two navies agreed on Tuesday to hold a joint drill in March.",
        # two items only, or an item that is a sentence of its own
        "Note: the figures are provisional; they will be revised.",
        "Agenda: fisheries; the harbour fees that the council has been disputing since the"
        " spring of last year with the two shipping lines; piracy",
    ],
)
def test_a_sentence_or_a_short_list_is_no_listing(line: str) -> None:
    assert not listing(line)


def test_a_line_quoting_the_pieces_own_words_is_a_pull_quote() -> None:
    lines = [
        "The envoys met in Port Ellis on Tuesday.",
        "“A treaty is only as strong as the ships that keep it.”",
        "A treaty is only as strong as the ships that keep it, one envoy said afterwards.",
    ]
    assert pull_quotes(lines) == {1}


def test_a_quotation_found_nowhere_else_is_the_pieces_own() -> None:
    lines = ["“We will sail together next spring,” the admiral said.", "“Nothing is settled yet.”"]
    assert pull_quotes(lines) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "Below are the harbour master's own words, lightly edited.",
        "The figures above come from the port authority's yearly return.",
        "Here is what each navy said after the drill.",
    ],
)
def test_a_sentence_pointing_to_the_pieces_parts_is_a_signpost(sentence: str) -> None:
    assert signpost(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Here the two navies agreed to patrol together.",
        "The sea below the cliffs is shallow.",
        "The ships above the line were Alpha's.",
    ],
)
def test_a_report_of_a_place_or_a_scene_is_no_signpost(sentence: str) -> None:
    assert not signpost(sentence)


def test_a_glossarys_heading_and_entries_are_furniture_and_nothing_after_them() -> None:
    lines = [
        "The two navies sailed together in May.",
        "Key terms",
        "Raksha Mantri - the Hindi title of India's Minister of Defence",
        "2+2 Ministerial Dialogue - a meeting of the foreign and defence ministers of both",
        "Port Lys: the strait's northern harbour",
        "The next patrol is due in June, officials said.",
    ]
    assert glossary(lines) == {1, 2, 3, 4}
    assert glossary(["Key terms", "The navies met in May."]) == set()  # a heading alone
    assert glossary(["Singh - the minister - spoke on Monday."]) == set()  # no heading
