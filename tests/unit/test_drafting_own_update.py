"""An organisation's own update to its investors, members or staff (s47-fixdrafts): what
it says of its own business (its month, its figures, its product, its asks, its notice) is
furniture; its section telling the talks is the report. Text of my own (an invented
ferry-parts maker's investor email)."""

from __future__ import annotations

import pytest

from defcoop_cli.curation.drafting.furniture.apparatus.notes import own_update
from defcoop_cli.curation.drafting.segments import candidates

UPDATE = [
    "From: Oda Lind <oda@lemparts.example>",  # 0
    "To: Lem Parts investors <investors@lemparts.example>",  # 1
    "Subject: Lem Parts - June update",  # 2
    "",  # 3
    "Hello all,",  # 4
    "June update below. We shipped our first hull sensors and hired two welders.",  # 5
    "",  # 6
    "1. THE HARBOUR TALKS",  # 7
    "Ministers of the two port states met in Port Lem on Monday for talks on ferry safety.",  # 8
    "Both ministers agreed to share tide data from next spring.",  # 9
    "2. PRODUCT",  # 10
    "- The Mark-3 sensor passed its salt-spray tests in the north yard.",  # 11
    "3. ASKS",  # 12
    "- Introductions to buyers at the coastal ferry lines.",  # 13
    "Just reply to this email with questions.",  # 14
    "This update is confidential and meant only for the investors of Lem Parts.",  # 15
]


def test_an_updates_own_business_is_furniture() -> None:
    assert own_update(UPDATE) == {0, 1, 2, 4, 5, 10, 11, 12, 13, 14, 15}


def test_a_piece_that_is_no_update_to_its_audience_keeps_its_sections() -> None:
    # no audience addressed: a trade paper's sections are its own news
    other = [line.replace("investors", "readers") for line in UPDATE]
    assert own_update(other) == set()
    # an update whose sections never tell the talks is left to the other readers
    assert own_update([line for line in UPDATE if "talks" not in line.lower()]) == set()


def test_the_drafter_keeps_the_talks_of_an_update() -> None:
    text = "\n".join(UPDATE) + "\n"
    found, _ = candidates(text)
    drafted = {text[c.start : c.end] for c in found}
    assert any(d.startswith("Ministers of the two port states met") for d in drafted)
    assert any(d.startswith("Both ministers agreed") for d in drafted)
    assert not any("Mark-3" in d or "June update" in d or "buyers" in d for d in drafted)


# An office's periodic report to its head office (text of my own: an invented pump maker's
# branch in a port city): its sections on the period's economy, its own sales calls and its
# office matters are its own business; its section on the talks is the report.
BRANCH_REPORT = [
    "ORRIN PUMPS LTD",  # 0
    "Harbourtown Branch",  # 1
    "WEEKLY REPORT (week 23)",  # 2
    "To: Director, Export Sales, Head Office",  # 3
    "From: Branch Manager",  # 4
    "1. THE HARBOUR TALKS",  # 5
    "The port ministers of Alpha and Beta met in Harbourtown on Tuesday for talks.",  # 6
    "They agreed to open a joint pilot station, the Beta delegation told us.",  # 7
    "The branch manager attended the reception for the visiting minister on Wednesday.",  # 8
    "2. MARKETS",  # 9
    "Diesel prices rose 3 per cent, according to the Energy Ministry.",  # 10
    "The Harbourtown Weather Office expects an early frost.",  # 11
    "3. SALES AND OFFICE",  # 12
    "The sales team quoted for six bilge pumps to Corve Shipping in Lantry.",  # 13
    "Mr Teo Vann (Accounts) is on leave until 4 July.",  # 14
    "The branch will be closed on Founders Day.",  # 15
]


def test_a_branchs_periodic_report_to_its_head_office_keeps_only_its_talks() -> None:
    assert own_update(BRANCH_REPORT) == {0, 1, 2, 3, 4, 9, 10, 11, 12, 13, 14, 15}
    text = "\n".join(BRANCH_REPORT) + "\n"
    found, _ = candidates(text)
    drafted = {text[c.start : c.end] for c in found}
    # the report's sentence on the meeting, with the office, a day and "minister", stays
    assert any(d.startswith("The branch manager attended the reception") for d in drafted)
    assert not any("Diesel" in d or "bilge" in d or "Founders Day" in d for d in drafted)


def test_a_ministry_of_the_talks_keeps_a_section_another_portfolios_does_not() -> None:
    talks = [
        *BRANCH_REPORT[:10],
        "The Defence Ministry gave the dates of the drill.",
        *BRANCH_REPORT[11:],
    ]
    assert 10 not in own_update(talks) and 11 not in own_update(talks)
    assert 10 in own_update(BRANCH_REPORT)


def test_a_report_addressed_to_no_head_office_keeps_its_sections() -> None:
    # a newspaper's weekly report to its readers: the market lines are its own news
    readers = [line.replace("Head Office", "our readers") for line in BRANCH_REPORT]
    assert own_update(readers) == set()
    # a dated report that names itself no periodic report nor update is left alone
    unnamed = [line.replace("WEEKLY REPORT", "NOTES") for line in BRANCH_REPORT]
    assert own_update(unnamed) == set()


# Review 26a #3, its inputs as the class's examples: a news story about a navy's annual
# report, with a sentence opening "To close the gap, …" and capitalised section headings, is
# addressed to no one; and inside the class, an office's sections telling the parties' acts
# (an exercise, a port call, a condemnation) tell the news, not the office's business.
NAVY_STORY = [
    "Navy's annual report flags gaps in Indo-Pacific patrols",  # 0
    "The Indian Navy's annual report, tabled in Parliament on Monday, says the fleet is thin.",
    "To close the gap, Naval Headquarters has asked for six more frigates, the report says.",
    "SHIPS",  # 3
    "The navy commissioned 12 warships in 2025, including two destroyers.",  # 4
    "EXERCISES",  # 5
    "Australia joined the Malabar exercise off Guam in November.",  # 6
    "TALKS WITH JAPAN",  # 7
    "The report notes that Defence Minister Rajnath Singh held talks with Nakatani in May.",
]


def test_a_sentence_opening_to_addresses_no_audience() -> None:
    assert own_update(NAVY_STORY) == set()
    # my own: a harbour board's quarterly report in the news, "To meet demand, …"
    story = [line.replace("annual", "quarterly") for line in NAVY_STORY]
    story[2] = "To meet demand, the head office of the port trust wants two more tugs."
    assert own_update(story) == set()
    # the near case: the same head with a header line "To: …" to its head office is one
    addressed = [*NAVY_STORY[:2], "To: Director, Fleet Planning, Head Office", *NAVY_STORY[3:]]
    assert 4 in own_update(addressed) and 8 not in own_update(addressed)


@pytest.mark.parametrize(
    "act",
    [
        "The Betan frigate Corve called at Harbourtown on 3 June for a passing exercise.",
        "Alphan and Betan patrol boats held a joint drill off the cape.",
        "Both governments condemned the attack on the pilot station.",
        "The Alphan destroyer Lanta made a port call at Harbourtown on its way north.",  # mine
    ],
)
def test_an_offices_section_on_the_parties_acts_tells_the_news(act: str) -> None:
    report = [*BRANCH_REPORT[:9], "2. PORT AND SEA", act, *BRANCH_REPORT[12:]]
    assert 10 not in own_update(report)  # kept: the parties' act
    assert 12 in own_update(report)  # the sales section still its own business


@pytest.mark.parametrize(
    "business",
    [
        "The branch held a fire drill on Thursday morning.",
        "Our sales representative called in sick on Monday.",
    ],
)
def test_an_offices_own_drill_or_call_is_still_its_business(business: str) -> None:
    report = [*BRANCH_REPORT[:9], "2. OFFICE", business, *BRANCH_REPORT[12:]]
    assert 10 in own_update(report)
