"""A monitoring or an evaluation report's own apparatus (issue 24): its tallies, its method,
its restriction to its client and the directives under its recommendations are furniture,
whatever the agency; a field of words, a sentence with its stop, a finding's bullet and a
bullet under another heading stay the report's. Text of my own (an invented harbour
board's press office and its evaluator)."""

from __future__ import annotations

import pytest

from defcoop_cli.curation.drafting.furniture.notes import report_notes
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
