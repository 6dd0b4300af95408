"""A label and a list of short items, a pull quote, a signpost, a claim box: lines beside a
piece's text."""

from __future__ import annotations

import time

import pytest

from defcoop_cli.curation.drafting.furniture.listings import (
    change_lists,
    claim_boxes,
    fact_box,
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
        # a bulletin's call to its next part (heldout72's class)
        "Here are today's headlines.",
        "And now for the school notices.",
        "Here is this evening's news.",
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
        # what comes after the call is the news
        "Here is today's news from Gamma City: the navies agreed to patrol together.",
        "Good news for the harbour: the two navies will dredge it together.",
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


def test_a_fact_boxs_heading_and_labelled_entries_are_furniture() -> None:
    # heldout85's class: a portal's boxed summary of its own offer beside its news post
    lines = [
        "The two navies sailed together in May.",
        "Key takeaways for exporters",
        "- Sector: naval electronics, sensors and coatings",
        "- Support scheme: a freight rebate of 10% for first shipments (see Schemes & Grants)",
        "- Helpdesk: the Board's Gulf desk (see below)",
        "The next patrol is due in June, officials said.",
    ]
    assert fact_box(lines) == {1, 2, 3, 4}
    assert fact_box(["At a glance", "Dates: 4-9 June", "Venue: Port Lys"]) == {0, 1, 2}


def test_a_fact_boxs_bullets_that_are_sentences_stay_the_reports() -> None:
    lines = [
        "Key takeaways",
        "- Outcome: the two ministers agreed to hold the drill every year.",
        "- The navies will sail together again in June.",
    ]
    assert fact_box(lines) == set()  # each a sentence, ending in its stop
    assert fact_box(["Sector: naval electronics and sensors"]) == set()  # no heading


def test_a_dictionarys_entry_is_furniture_under_any_heading_or_none() -> None:
    # heldout72's class: a word of the day, its part of speech in brackets, then its sense
    lines = [
        "The two navies sailed together in May.",
        "Maritime (adjective): to do with the sea or ships.",
        "Accord (noun) - an agreement between countries.",
        "Gamma City (Alpha): the navies met at its port on Monday.",
    ]
    assert glossary(lines) == {1, 2}  # a place and its country in brackets is no entry


class TestClaimBoxes:
    """A quotation given in full under a claim's label is a fact check's display of what it
    checks: furniture, the label too."""

    def test_a_label_on_the_quotation_s_line(self) -> None:
        lines = [
            'Claim: "The harbour was closed to every ship last week."',
            "Fact:",
            "It was open.",
        ]
        assert claim_boxes(lines) == {0}

    def test_a_label_over_the_quoted_line(self) -> None:
        lines = ["The claim", '"The navy sold its last frigate to a scrap dealer."', "Not so."]
        assert claim_boxes(lines) == {0, 1}

    def test_a_page_s_quoted_line_its_next_paragraph_tells_as_a_claim(self) -> None:
        quote = '"The navy sold its last frigate to a scrap dealer, total disgrace."'
        told = "Messages shared since Friday claimed that the frigate was sold. It was not."
        assert claim_boxes([quote, told]) == {0}
        # a quotation the next paragraph does not call a claim is someone's words (R29)
        assert claim_boxes([quote, "The admiral said so at the launch."]) == set()

    def test_a_claim_s_label_over_prose_or_unquoted_lines_is_no_box(self) -> None:
        assert claim_boxes(["Claim: the harbour was closed.", "The claim", "It was open."]) == set()

    def test_linear_time_on_an_adversarial_line(self) -> None:
        line = "Claim" + " claim" * 3300 + ': "' + "x" * 200
        start = time.process_time()
        claim_boxes([line, '"' + "a" * 20000, "claim " * 3400])
        assert time.process_time() - start < 5  # a backtracking regex would take minutes


CHANGELOG = [
    "HARBOUR VISITS REGISTER",
    "Release notes - version 4.1",
    "",
    "1. Summary of changes",
    "  * 12 visits added for 2024 (total now 630).",
    "  - New field: berth_name (where the ship tied up).",
    "  * KTR-2019-0031: duplicate of KTR-2019-0030, removed.",
    "  * Readers who spot a mistake are asked to e-mail the editors.",
    "2. What the register records",
    "  - Alpha's frigate called at Beta's main port on 3 May.",
    "3. Known issues",
    "  * Meetings between the ministers are not yet coded before 2005.",
    "  * Where two logs disagree, the later arrival time is kept.",
    "  * The defence ministers agreed to hold their talks every year.",
]


def test_a_release_notes_change_items_are_furniture() -> None:
    assert change_lists(CHANGELOG) == {4, 5, 6, 7, 11, 12}


def test_a_change_item_that_tells_the_talks_and_no_coding_stays() -> None:
    assert 13 not in change_lists(CHANGELOG)  # the ministers' agreement: a statement
    assert 9 not in change_lists(CHANGELOG)  # a bullet under a heading of no change


def test_changes_in_a_piece_that_is_no_release_note_are_no_change_list() -> None:
    story = ["Alpha and Beta talk defence", "By our desk", *CHANGELOG[3:]]
    assert change_lists(story) == set()
