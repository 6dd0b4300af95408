"""drafting.body.elements.registers: a page whose main content is a table of records (a register of
visits) is read row by row: the row of the meeting drafted, its subjectless entries its named
person's, the header, the cells, the other rows and the text around the table furniture, the
page dated by its update line. And what the rule must leave alone: a news page's incidental
tables (a score box, a market ticker, a sidebar of figures, a short table beside a long
report, a programme's schedule) stay out of the text as before. Every page is my own."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from defcoop_cli.curation.drafting.files import draft_file
from defcoop_cli.curation.drafting.pages import read_page
from defcoop_cli.factbase.records import Event
from tests.unit.test_drafting_entries_diaries import DOC as DIARY_DOC  # Menon's and Costa's

DOC = DIARY_DOC._replace(events=[Event("talks", "meeting", "Harbour talks", None)])  # no day

_PAGE = """<!DOCTYPE html><html><head><title>Visits | Ministry of Trade of Norland</title></head>
<body><nav><a href="/">Home</a> <a href="/visits">Visits</a></nav>
<article><h1>Visits of Foreign Trade Ministers, 2024</h1>
<p>Foreign trade ministers who visited Norland this year and what came of each visit.
Dates are written DD.MM.YYYY.</p>
<table><thead><tr><th>No.</th><th>Dates</th><th>Visitor</th><th>Outcome</th><th>Status</th>
</tr></thead><tbody>
<tr><td>1.</td><td>02.03.2024</td><td>Mr Lio Brant, Minister of Trade, Ostmark</td>
<td><p>Reviewed the fisheries accord with the Ministry of Trade.</p>
<p>Opened a trade fair in the river port of Salt Harbour.</p></td><td>Completed</td></tr>
<tr><td>2.</td><td>18.06.2024 - 19.06.2024</td><td>Ms Ana Costa, Trade Minister, Veloria</td>
<td><p>Held talks with Trade Minister Ravi Menon at the ministry.</p>
<p>Condemned the looting of the port warehouses in the storm season.</p>
<p>Both sides agreed to open a joint customs desk at the border.</p></td>
<td>Completed</td></tr>
<tr><td>3.</td><td>10.09.2024</td><td>Mr Oren Vale, Minister of Commerce, Dalmark</td>
<td><p>Programme to be confirmed by the visiting side.</p></td><td>Scheduled</td></tr>
</tbody></table>
<p>Page last updated on: 02.07.2024</p></article>
<footer><p>Content owned by the Ministry of Trade of Norland.</p></footer></body></html>
"""


def _draft(tmp_path: Path, html: str) -> tuple[dict[str, Any], str]:
    page = tmp_path / "page.html"
    page.write_text(html, encoding="utf-8")
    document = json.loads("".join(draft_file(page, "a", {}, DOC, "1.0").text))
    return document, (tmp_path / "page.txt").read_text(encoding="utf-8")


def test_a_register_page_is_read_row_by_row() -> None:
    page = read_page(_PAGE)
    assert page is not None and len(page.registers) == 1
    lines = page.text.splitlines()
    assert "No. | Dates | Visitor | Outcome | Status" in lines
    assert (
        "2. | 18.06.2024 - 19.06.2024 | Ms Ana Costa, Trade Minister, Veloria | Completed" in lines
    )
    assert "Condemned the looting of the port warehouses in the storm season." in lines


def test_only_the_meeting_s_row_is_drafted_the_rest_is_furniture(tmp_path: Path) -> None:
    document, text = _draft(tmp_path, _PAGE)
    quotes = [f["quote"].rstrip(".") for f in document["facts"]]
    assert quotes == [
        "Held talks with Trade Minister Ravi Menon at the ministry",
        "Condemned the looting of the port warehouses in the storm season",
        "Both sides agreed to open a joint customs desk at the border",
    ]
    furniture = [x["text"] for x in document["sources"][0]["furniture"]]
    for line in [
        "Visits of Foreign Trade Ministers, 2024",
        "No. | Dates | Visitor | Outcome | Status",
        "Reviewed the fisheries accord with the Ministry of Trade.",
        "Programme to be confirmed by the visiting side.",
        "Page last updated on: 02.07.2024",
    ]:
        assert line in furniture and line in text


def test_a_subjectless_entry_is_the_row_s_person_s(tmp_path: Path) -> None:
    document, _ = _draft(tmp_path, _PAGE)
    condemned = document["facts"][1]
    assert (condemned["attribution"], condemned["stance"]) == ("Ana Costa", "condemned")


def test_the_register_is_dated_by_its_update_line(tmp_path: Path) -> None:
    document, _ = _draft(tmp_path, _PAGE)
    assert document["sources"][0]["published"] == "2024-07-02"


def _news(story: str, table: str) -> str:
    return (
        "<!DOCTYPE html><html><head><title>Daily Courier</title></head><body><article>"
        f"<h1>Headline of the day</h1>{story}{table}</article></body></html>"
    )


_WIRE = (
    "<p>SALT HARBOUR, June 18 (Norland Wire) - Trade Minister Ravi Menon and his Velorian "
    "counterpart Ana Costa agreed on Tuesday to open a joint customs desk at the border, "
    "officials said after their talks at the ministry.</p><p>Costa condemned the looting of "
    "the port warehouses during the storm season and said Veloria would send inspectors. "
    "Menon said the desk would open before the autumn harvest.</p><p>It has not been "
    "approved by the cabinet yet, an official said.</p>"
)
_SCORES = (
    "<table><tr><th>Team</th><th>Runs</th><th>Wickets</th><th>Overs</th></tr>"
    "<tr><td>Norland</td><td>212</td><td>6</td><td>50</td></tr>"
    "<tr><td>Veloria</td><td>198</td><td>10</td><td>47.2</td></tr></table>"
)
_TICKER = (
    "<table><tr><th>Index</th><th>Close</th><th>Change</th></tr>"
    "<tr><td>Harbour 50</td><td>18,204</td><td>+0.4%</td></tr>"
    "<tr><td>Veloria All</td><td>7,112</td><td>-0.2%</td></tr>"
    "<tr><td>Olive futures</td><td>412</td><td>+1.1%</td></tr></table>"
)
_FIGURES = (
    "<table><tr><th>By the numbers</th><th></th><th></th></tr>"
    "<tr><td>Trade in 2023</td><td>4.2 bn</td><td>up 8%</td></tr>"
    "<tr><td>Customs posts</td><td>12</td><td>two new</td></tr></table>"
)
# sentences in its cells, but a short table beside a longer report
_SIDEBAR = (
    "<table><tr><th>Year</th><th>Accord</th><th>Signed by</th></tr>"
    "<tr><td>2019</td><td>A fisheries accord was signed.</td><td>Ministers</td></tr>"
    "<tr><td>2022</td><td>A customs pact was signed.</td><td>Ministers</td></tr></table>"
)
_SCHEDULE = (
    "<table><tr><th>Time</th><th>Event</th><th>Place</th></tr>"
    "<tr><td>10:00</td><td>Arrival</td><td>Ministry</td></tr>"
    "<tr><td>10:30</td><td>Talks</td><td>Room 4</td></tr>"
    "<tr><td>12:00</td><td>Press statements</td><td>Hall</td></tr></table>"
)


@pytest.mark.parametrize(
    "table",
    [_SCORES, _TICKER, _FIGURES, _SIDEBAR, _SCHEDULE],
    ids=["score box", "market ticker", "figures", "short table beside a report", "schedule"],
)
def test_a_news_page_s_incidental_table_stays_out(table: str) -> None:
    with_table, without = read_page(_news(_WIRE, table)), read_page(_news(_WIRE, ""))
    assert with_table is not None and without is not None
    assert with_table.registers == ()
    assert with_table.text == without.text
    assert "It has not been approved by the cabinet yet, an official said." in with_table.text


# A news page with an outcomes table (review 16a, must-fix 2): no serials, no dates; its
# prose and every row's entries are drafted, its header and its rows' cells alone furniture.
_OUTCOMES = [
    (
        "<p>Trade Minister Ravi Menon and Veloria's Ana Costa held talks at the ministry on "
        "Tuesday. This is what the two sides said.</p>",
        ("Area", "Lead", "What was said"),
        [
            ("Ports", "Ana Costa", "Ana Costa condemned the looting of the port warehouses."),
            ("Customs", "Ravi Menon", "Ravi Menon invited Velorian firms to bid for the port."),
            ("Border", "Both ministers", "Both sides agreed to open a joint customs desk soon."),
        ],
        "<p>The ministry said the talks were held in a friendly atmosphere.</p>",
    ),
    (
        "<p>Ana Costa met Ravi Menon in Salt Harbour for a day of trade talks.</p>",
        ("Topic", "Minister", "Statement"),
        [
            ("Fish", "Ravi Menon", "Ravi Menon said the fisheries accord would be renewed soon."),
            ("Goods", "Ana Costa", "Ana Costa asked Norland to cut its duties on olive oil."),
        ],
        "",
    ),
    (
        "<p>Talks between the two trade ministers ended on Tuesday evening.</p>",
        ("Issue", "Outcome", "Who spoke"),
        [
            ("Customs desk", "Agreed", "Ravi Menon said the desk would open before the harvest."),
            ("Inspectors", "Offered", "Ana Costa said Veloria would send its own inspectors."),
            ("Tariffs", "Open", "The two ministers discussed tariffs on olive oil and wool."),
        ],
        "<p>Officials expect a second round of talks later in the year.</p>",
    ),
]


def _outcomes(lede: str, header: tuple[str, ...], rows: list[tuple[str, ...]], end: str) -> str:
    cells = "".join(f"<th>{h}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return _news(lede, f"<table><tr>{cells}</tr>{body}</table>{end}")


@pytest.mark.parametrize("case", _OUTCOMES, ids=["area-lead-said", "topic-minister", "issues"])
def test_a_news_page_s_outcomes_table_keeps_its_prose_and_every_row(
    tmp_path: Path, case: tuple[str, tuple[str, ...], list[tuple[str, ...]], str]
) -> None:
    lede, header, rows, end = case
    page = read_page(_outcomes(*case))
    assert page is not None and len(page.registers) == 1  # read as a table of entries
    document, _ = _draft(tmp_path, _outcomes(*case))
    quotes = " ".join(f["quote"] for f in document["facts"])
    for row in rows:
        entry = next(c for c in row if c.endswith("."))
        assert entry.rstrip(".") in quotes  # every row drafted
    for prose in (lede, end):
        first = prose.removeprefix("<p>").split(".")[0]
        assert not first or first in quotes  # the text around the table kept
    furniture = [x["text"] for x in document["sources"][0]["furniture"]]
    assert " | ".join(header) in furniture
    assert all(" | ".join(c for c in row if not c.endswith(".")) in furniture for row in rows)


def test_a_register_s_signs_are_its_serials_or_its_dates() -> None:
    page = read_page(_PAGE)
    assert page is not None and page.registers[0].signed
    no_serials = _PAGE.replace("<td>1.</td>", "<td></td>").replace("<td>2.</td>", "<td></td>")
    no_serials = no_serials.replace("<td>3.</td>", "<td></td>")
    dated = read_page(no_serials)
    assert dated is not None and dated.registers[0].signed  # its dates alone


# A row of the register whose entries are its visitor's record: a call, a tour, a clause after
# "and", a place set off by commas after the place visited (issue 24, s43-draft59). What he
# said or pledged is his; an event of the visit is the register's own telling (R64, s51-draft92).
_RECORD = _PAGE.replace(
    "<p>Condemned the looting of the port warehouses in the storm season.</p>",
    "<p>Called on Trade Minister Ravi Menon at the ministry, Lisbon.</p>"
    "<p>Toured the olive presses of the port, Lisbon, on 19.06.2024.</p>"
    "<p>Laid flowers at the harbour memorial on 18.06.2024.</p>"
    "<p>Deplored the storm damage and pledged help with the repairs.</p>",
)


def test_a_register_row_s_events_are_the_register_s_and_its_acts_its_person_s(
    tmp_path: Path,
) -> None:
    document, _ = _draft(tmp_path, _RECORD)
    said = {f["quote"].rstrip("."): f["attribution"] for f in document["facts"]}
    for entry in [
        "Held talks with Trade Minister Ravi Menon at the ministry",  # the talks
        "Called on Trade Minister Ravi Menon at the ministry, Lisbon",  # an event
        "Toured the olive presses of the port, Lisbon, on 19.06.2024",  # a place set off
        "Laid flowers at the harbour memorial on 18.06.2024",  # no reporting verb
    ]:
        assert said[entry] == "the article", entry
    assert said["Deplored the storm damage"] == "Ana Costa"  # a stance: his act, not the visit
    assert said["pledged help with the repairs"] == "Ana Costa"  # the clause after "and"
    assert said["Both sides agreed to open a joint customs desk at the border"] != "Ana Costa"


def test_a_place_set_off_by_commas_is_no_subject_but_a_name_after_a_phrase_is() -> None:
    from defcoop_cli.curation.drafting.turns.entries.diaries import subjectless

    assert subjectless("Visited a shipyard, Mumbai, on 6 May.")
    assert subjectless("Called on the minister at his office, New Delhi.")
    assert not subjectless("Asked about the tariff, Costa said it would stay.")
    assert not subjectless("Pressed on the date, Menon, the minister, declined to say.")
