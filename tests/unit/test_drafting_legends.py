"""drafting.base.legends: a document's own legend of short forms ("KEY: RM = Ravi Menon",
"Abbreviations: …", "Who's who: AC - Ana Costa", a line of "X = Name" alone) makes each
short form stand for what it defines wherever it appears (it links, it speaks, it is no
new entity; a person described in lower case is a source by the description's head); the
legend's line is furniture, and a note-taker's clock opening a line ("1130 …") too. And
what the rules must leave alone: ordinary news sentences with initials (a party, a
company, a sports report) and a timeline's years. Every text is my own."""

from __future__ import annotations

from datetime import date
from typing import Any

from defcoop_cli.curation.drafting.assembly import draft
from defcoop_cli.curation.drafting.base.legends import legend_entries
from defcoop_cli.curation.drafting.body.dating import weekday_date
from defcoop_cli.curation.drafting.furniture.stamps import time_stamp
from defcoop_cli.factbase.records import Event
from tests.unit.test_drafting_entries_diaries import DOC  # Ravi Menon's and Ana Costa's

NOTES = """\
SLUG: NORLAND-VELORIA/TRADE
TO: Business desk
KEY: RM = Ravi Menon. AC = Ana Costa. DS = the deputy secretary who briefed us (background).

0940 AC in at the ministry with her team.
1000 RM received AC in the conference hall.

- RM briefed AC on the olive tariff.
- AC condemned the looting in the port districts.
- No date for the customs desk yet, DS said.
"""


def _draft(text: str) -> dict[str, Any]:
    return draft(text, "a", DOC, {}, "/articles/a.txt", "9.9")


def _facts(text: str) -> dict[str, dict[str, Any]]:
    return {f["quote"]: f for f in _draft(text)["facts"]}


def _furniture(text: str) -> list[str]:
    drafted = _draft(text)
    return [text[a:b] for a, b in (x["span"] for x in drafted["sources"][0]["furniture"])]


def test_a_legend_s_entries_are_read_in_every_labelled_form() -> None:
    assert legend_entries(NOTES) == [
        ("RM", "Ravi Menon"),
        ("AC", "Ana Costa"),
        ("DS", "the deputy secretary who briefed us"),
    ]
    dashes = "Who's who: RM - Ravi Menon / PO - the press officer who read the summary\n"
    assert legend_entries(dashes) == [
        ("RM", "Ravi Menon"),
        ("PO", "the press officer who read the summary"),
    ]
    under = "Abbreviations:\nRM = Ravi Menon\nACo = Ana Costa\n\nThe talks began.\n"
    assert legend_entries(under) == [("RM", "Ravi Menon"), ("ACo", "Ana Costa")]


def test_a_short_form_links_and_speaks_for_the_name_its_legend_defines() -> None:
    facts = _facts(NOTES)
    briefed = facts["RM briefed AC on the olive tariff"]
    assert briefed["attribution"] == "Ravi Menon"
    assert {"ravi-menon", "ana-costa"} <= set(briefed["entities"])
    condemned = facts["AC condemned the looting in the port districts"]
    assert (condemned["attribution"], condemned["stance"]) == ("Ana Costa", "condemned")


def test_a_short_form_for_a_described_person_is_a_source_and_no_entity() -> None:
    drafted = _draft(NOTES)
    said = {f["quote"]: f for f in drafted["facts"]}["No date for the customs desk yet, DS said"]
    assert said["attribution"] == "deputy secretary"
    assert not [e for e in drafted["entities"] if e["name"] in ("RM", "AC", "DS")]


def test_the_legend_line_and_a_note_taker_s_clocks_are_furniture() -> None:
    furniture = _furniture(NOTES)
    assert NOTES.splitlines()[2] in furniture
    assert {"0940 ", "1000 "} <= set(furniture)
    assert "RM received AC in the conference hall" in _facts(NOTES)


def test_a_clock_is_no_year_and_no_decimal() -> None:
    assert time_stamp("1130 Menon received Costa at the door.", notes=True) is not None
    assert time_stamp("1915 hrs Costa left for the airport.", notes=True) is not None
    assert time_stamp("2015 Norland and Veloria signed the customs pact.", notes=True) is None
    assert time_stamp("1998 Veloria tested its first rocket.", notes=True) is None  # no clock
    assert time_stamp("12.5 Percent of the cargo was lost.", notes=True) is None


# A count opening a line in a wire's copy, no legend: no clock, the figure the fact's.
COUNTS = """Lisbon, June 3 (Wire) - Ravi Menon met Ana Costa in Lisbon on Tuesday.
2300 Norland and Veloria dockworkers will join the strike, a port official said.
1200 Veloria importers have asked for lower duties, the official added.
1845 Norland fishing boats were checked at sea last year, the coast guard said.
"""


def test_a_count_opening_a_line_is_no_clock_outside_notes() -> None:
    assert time_stamp("1200 Veloria importers have asked for lower duties.") is None
    furniture = _furniture(COUNTS)
    assert not [x for x in furniture if x.strip() in ("2300", "1200", "1845")]
    facts = _facts(COUNTS)
    strike = [f for q, f in facts.items() if q.startswith("2300 Norland and Veloria dockworkers")]
    assert [f["attribution"] for f in strike] == ["port official"]
    assert any(q.startswith("1200 Veloria importers have asked") for q in facts)
    assert any(q.startswith("1845 Norland fishing boats") for q in facts)


# What the rules must leave alone: ordinary news sentences with initials, no legend.
WIRE = """\
The BJP said on Monday it would back the trade bill, and RS Components reported a rise in
sales. Ana Costa met Ravi Menon in Lisbon.
"""
SPORTS = "RS scored twice as the home side won 3-1. AC Milan lost at home.\n"
COMPANY = (
    "GN Store Nord, the hearing-aid maker, said sales rose. The DG of the coast guard said the "
    "port was shut.\n"
)
READOUT = "Key: the two ministers agreed to open a customs desk, the ministry said.\n"
EQUATION = "Costa said the deal was simple: more trade = more jobs.\n"


def test_ordinary_sentences_with_initials_define_no_short_form() -> None:
    for text in (WIRE, SPORTS, COMPANY, READOUT, EQUATION):
        assert legend_entries(text) == []


def test_ordinary_sentences_with_initials_draft_as_before() -> None:
    readout = _facts(READOUT)
    assert any(
        q.startswith("Key: the two ministers agreed") or q.startswith("the two") for q in readout
    )
    assert READOUT.strip() not in _furniture(READOUT)
    sports = _facts(SPORTS)
    assert all("ravi-menon" not in f["entities"] for f in sports.values())
    company = _facts(COMPANY)
    assert all(f["attribution"] != "deputy secretary" for f in company.values())


NOTES_FOR_DESK = """\
TO: Trade desk. Raw notes, not copy.
Filed 1930 hrs Tue 3 June
KEY: RM = Ravi Menon. AC = Ana Costa.

RM and AC posed for photos on the ministry steps.
RM received AC in the conference hall.
Photo desk has the frames from the steps.
Also in diary: the port board meets Thursday; I will cover.
Ring if the top needs more. JD
"""


def test_a_note_taker_s_lines_to_the_desk_are_furniture_in_notes() -> None:
    furniture = _furniture(NOTES_FOR_DESK)
    for line in NOTES_FOR_DESK.splitlines()[-3:]:
        assert line in furniture
    assert "TO: Trade desk. Raw notes, not copy." in furniture
    facts = _facts(NOTES_FOR_DESK)
    assert "RM and AC posed for photos on the ministry steps" in facts  # a fact of the day


def test_notes_dated_by_weekday_day_and_month_take_the_year_the_weekday_fixes() -> None:
    known = DOC._replace(events=[Event("talks", "meeting", "The talks", date(2025, 6, 3))])
    drafted = draft(NOTES_FOR_DESK, "a", known, {}, "/articles/a.txt", "9.9")
    assert drafted["sources"][0]["published"] == "2025-06-03"  # a Tuesday
    assert weekday_date(["Mon 5/5"], [date(2025, 5, 5)]) == "2025-05-05"
    assert weekday_date(["Monday 5th May, 6.45 pm"], [date(2025, 4, 22)]) == "2025-05-05"
    assert weekday_date(["Mon 5/5"], []) is None  # no event of the fact base to go by


# Lines about a desk in a paper's copy, with no legend: the story's.
COPY = """\
The Tribune's city desk said on Monday it had received the ministry's statement.
Menon said he would call the desk of the customs board if the strike went on.
"""


def test_a_desk_in_ordinary_copy_is_no_aside() -> None:
    facts = _facts(COPY)
    assert any(q.startswith("The Tribune's city desk said") for q in facts)
    assert any(q.startswith("Menon said he would call the desk") for q in facts)


# A legend in a press release and in a transcript: no notes, their lines about a desk, a
# diary or ending in capitals are the story's.
RELEASE = """\
Press release: Norland receives Veloria's trade minister

Abbreviations: RM = Ravi Menon; MoT = Ministry of Trade.

RM received Ana Costa at the ministry today.
The two ministers reviewed the customs pact; the MoT's Veloria desk will coordinate the follow-up.
The next round of the olive talks is already in the diary for October, the MoT said.
Both sides agreed to open a joint customs office in the port. NPB
"""
TRANSCRIPT = """\
Transcript: joint press availability, Lisbon, 3 June 2025

Who's who: RM = Ravi Menon; AC = Ana Costa.

AC: Call me an optimist, but I believe the customs pact will grow in scope next year.
AC: Veloria condemns the looting in the port. The details are in my notes from the meeting.
"""


def test_desk_lines_are_furniture_only_in_notes() -> None:
    for text in (RELEASE, TRANSCRIPT):
        lines = text.splitlines()[4:]
        furniture = _furniture(text)
        assert not [x for x in lines if x in furniture], text[:20]
    facts = _facts(RELEASE)
    assert any("Veloria desk will coordinate" in q for q in facts)
    assert any(q.startswith("The next round of the olive talks") for q in facts)
    assert any(q.startswith("Both sides agreed to open a joint customs office") for q in facts)
    assert any("condemns the looting in the port" in q for q in _facts(TRANSCRIPT))
