"""A monitoring or an evaluation report's own apparatus (issue 24): its tallies, its method,
its restriction to its client and the directives under its recommendations are furniture,
whatever the agency; a field of words, a sentence with its stop, a finding's bullet and a
bullet under another heading stay the report's. Text of my own (an invented harbour
board's press office and its evaluator)."""

from __future__ import annotations

import pytest

from defcoop_cli.curation.drafting.furniture.apparatus.notes import report_notes
from defcoop_cli.curation.drafting.segments import candidates

REPORT = [
    "ORVEL MEDIA AUDITS",  # 0
    "Items logged: 96 (print 30, online 50, radio 16)",  # 1: a tally
    "Venue: the Port Lem harbour office",  # 2: a field of words
    "Toll: 12 sailors were hurt in the storm.",  # 3: a sentence
    "The harbour talks drew wide coverage in the coastal press.",  # 4
    "NEXT STEPS",  # 5
    "----------",  # 6
    "- Brief the fisheries desk on the ferry tender.",  # 7: a directive
    "- Give regional papers a note on the dredging contract.",  # 8: a double object
    "- Coverage peaked on the second day.",  # 9: a finding, no verb's base form
    "Method: items found by a keyword search of 300 outlets; tone coded by hand.",  # 10
    "This summary has been prepared only for the board named above.",  # 11
    "Findings",  # 12
    "- Send the board's title to every desk before the next visit.",  # 13: another heading's
]


def test_a_reports_apparatus_is_furniture() -> None:
    assert report_notes(REPORT) == {1, 7, 8, 10, 11}


@pytest.mark.parametrize(
    "line",
    [
        "Tally: 26 killed, 17 hurt near the harbour gate",  # words outweigh the figures
        "The ferry board has prepared a plan only for the winter months.",  # no restriction
        "Our method was simple: we asked the sailors.",  # a sentence, no method's label
    ],
)
def test_lines_like_the_apparatus_stay_the_reports(line: str) -> None:
    assert report_notes([line]) == set()


def test_the_drafter_leaves_the_apparatus_out() -> None:
    text = "\n".join(REPORT) + "\n"
    found, furniture = candidates(text)
    drafted = {text[c.start : c.end] for c in found}
    spans = [text[a:b] for a, b in furniture]
    assert any("Give regional papers" in s for s in spans)
    assert any(s.startswith("This summary has been prepared") for s in spans)
    assert any(d.startswith("The harbour talks drew wide coverage") for d in drafted)
    assert any(d.startswith("Coverage peaked on the second day") for d in drafted)


@pytest.mark.parametrize(
    ("lines", "found"),
    [
        # an analyst's risks in note form under their heading
        (["Risks", "Dearer steel for the yards; slower ferry approvals.", "Note: none"], {1}),
        (["Key risks", "- A weaker krone", "- Late permits at Port Lem", "Outlook"], {1, 2}),
        # a view under the heading is the note's statement: it has its verb
        (["Risks", "Orders for the Port Lem yards may slip into next year."], set()),
        # a body's line without the heading is no risk's note
        (["Outlook", "Dearer steel for the yards; slower ferry approvals."], set()),
    ],
)
def test_an_analysts_risks_in_note_form(lines: list[str], found: set[int]) -> None:
    assert report_notes(lines) == found


@pytest.mark.parametrize(
    "line",
    [
        # news about another paper's restriction: the paper's body (s47-fixdrafts)
        "Okafor said the review was intended only for the harbour board and would stay sealed.",
        "The secret survey, prepared solely for the fisheries council, says the dredger is late.",
        "A third paper, marked not for circulation, lists nine ferry routes.",
        "A leaked letter, meant only for the pilots, warned that the buoys would be moved.",
        # a method's label over news: how the two boards will work, no count of items
        "Method: The two boards will swap tide tables through a shared server.",
        "Methodology: the council heard 12 skippers over three days.",
    ],
)
def test_news_of_another_papers_restriction_or_method_stays(line: str) -> None:
    assert report_notes([line]) == set()


@pytest.mark.parametrize(
    "line",
    [
        "This note has been prepared solely for the members of the Port Lem board.",
        "This bulletin is confidential and meant only for the donors of the Lem Trust.",
        "Circulation: This briefing paper is intended only for the board.",
        "Harbour Desk | Board members only | Not for circulation",
        "Internal - not for citation",
    ],
)
def test_a_pieces_notice_about_itself_is_furniture(line: str) -> None:
    assert report_notes([line]) == {0}


BRIEF = [
    "Port Lem and the ferry board: a policy brief",  # 0
    "The ferry partnership has grown since 2021 but still lacks a shared yard.",  # 1
    "Recommendations",  # 2
    "1. Fund a joint study of the silted channel.",  # 3: the brief's own position
    "2. Open the Lem repair yard to ferry firms.",  # 4
]


def test_a_briefs_recommendations_are_its_positions() -> None:
    assert report_notes(BRIEF) == set()
    # the same list in a piece that restricts itself to its client is its advice to him
    notice = "This note has been prepared solely for the ferry board."
    assert report_notes([*BRIEF, notice]) == {3, 4, 5}
