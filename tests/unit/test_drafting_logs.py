"""drafting.budgets.logs: a timestamped log (a radio station's running order, a wire's list
of slugs moved) has its time and code columns, whatever the codes, its lines in capitals,
its withdrawal and correction lines and its other stories' items as furniture; the items of
the meeting's news start after their columns, so no code is a name's word; its header's
date dates it; a headline's bare present after a plural subject is the act it names. A
chronology told in sentences keeps its reading. A panellist who "pointed out" or "replied"
that a minister acted tells his act. Texts of my own."""

from __future__ import annotations

from typing import Any

from defcoop_cli.curation.drafting.assembly import draft
from defcoop_cli.curation.drafting.body.dating import labelled_date
from defcoop_cli.curation.drafting.budgets.logs import is_log
from defcoop_cli.factbase.records import Doc, Entity

DOC = Doc(
    [],
    [],
    [
        Entity("alpha", "Alpha", "country"),
        Entity("beta", "Beta", "country"),
        Entity("ines-varga", "Ines Varga", "person"),
        Entity("toma-lind", "Toma Lind", "person"),
        Entity("tern", "Exercise Tern", "military exercise"),
        Entity("kell", "Kell", "place"),
    ],
    [],
    [],
)

RADIO = """RADIO OSTRY 101.4 | NEWSROOM RUNNING ORDER
Studio B        Bulletin date: 13-06-2025
Key: HL = headline, SPT = sport, WX = weather, KILL = dropped from air
------------------------------------------------
07:00:10  HL   Ines Varga to host Toma Lind for talks in Kell this morning
07:00:40  WX   Showers spreading from the coast by noon
07:15:05  HL   Varga and Lind sign pact on Exercise Tern, says ministry
07:20:30  KILL 07:15:05 item dropped: pact not yet signed (desk: P. Orme)
07:31:12  HL   Ministers review Exercise Tern and coastal patrols
07:45:00  SPT  Harbour Rovers beat Dunmore United two nil in the cup
08:02:44  HL   Alpha, Beta voice concern over mining in the strait
08:10:00  HL   Farmers protest over grain prices in Kell
------------------------------------------------
END OF RUNNING ORDER
"""

WIRE = """HARBOUR WIRE SLUG LIST - EVENING
14:05  ALPHA-BETA/TALKS  Varga tells Lind Alpha will join Exercise Tern next year
14:20  MARKETS/CLOSE  Shares end higher on bank gains
14:32  ALPHA-BETA/PACT  Toma Lind and Ines Varga agree on a hotline
14:50  CORRECTION  Corrects 14:20 item to read closing index at 812
15:10  ALPHA-BETA/TALKS  Both ministers stress shipping lanes must stay open
"""

CHRONOLOGY = """Timeline of the visit

07:00 - Ines Varga welcomes Toma Lind at the fort in Kell.
07:30 - Farmers gather outside the gates to protest over grain prices.
08:15 - The talks begin. Both ministers review Exercise Tern.
09:40 - Alpha and Beta raise concern over mining in the strait.
10:05 - Lind leaves for the airport.
"""


def _made(text: str) -> dict[str, Any]:
    made: dict[str, Any] = draft(text, "b", DOC, {}, "/articles/b.txt", "9.9")
    return made


def _quotes(made: dict[str, Any]) -> list[str]:
    return [f["quote"] for f in made["facts"]]


def test_a_log_is_known_by_its_timed_headlines() -> None:
    assert is_log(RADIO)
    assert is_log(WIRE)
    assert not is_log(CHRONOLOGY)  # told in sentences, with full stops
    section = "9.21 Relations grew during the year\n9.22 The ministers met twice\n" * 3
    assert not is_log(section)  # a report's numbered paragraphs are no entries
    live = "6:08 pm IST\nThat ends our coverage.\n5:42 pm IST\nThe readout is out.\n" * 3
    assert not is_log(live)  # a live page's stamps have no words after them


def test_a_radio_logs_columns_other_stories_and_withdrawals_are_furniture() -> None:
    made = _made(RADIO)
    quotes = _quotes(made)
    assert quotes[0] == "Ines Varga to host Toma Lind for talks in Kell this morning"
    assert "Varga and Lind sign pact on Exercise Tern, says ministry" in quotes
    for other in ("Showers", "Harbour Rovers", "Farmers protest", "item dropped"):
        assert not any(other in q for q in quotes), other
    assert not any(q.startswith(("HL", "0")) for q in quotes)
    names = [e["name"] for e in made["entities"]]
    assert not any(n.startswith(("HL ", "KILL", "SPT", "WX")) for n in names), names
    assert made["sources"][0]["published"] == "2025-06-13"  # "Bulletin date: 13-06-2025"


def test_a_headlines_bare_present_is_the_act_it_names() -> None:
    facts = {f["quote"]: f for f in _made(RADIO)["facts"]}
    assert facts["Alpha, Beta voice concern over mining in the strait"]["stance"] == (
        "raised concern"
    )
    assert facts["Ministers review Exercise Tern and coastal patrols"]["stance"] == "discussed"


def test_a_wires_slug_list_keeps_only_the_meetings_items_past_their_slugs() -> None:
    quotes = _quotes(_made(WIRE))
    assert quotes == [
        "Varga tells Lind Alpha will join Exercise Tern next year",
        "Toma Lind and Ines Varga agree on a hotline",
        "Both ministers stress shipping lanes must stay open",
    ]


def test_a_chronology_told_in_sentences_keeps_its_reading() -> None:
    quotes = _quotes(_made(CHRONOLOGY))
    assert any("Farmers gather" in q for q in quotes)  # no log: nothing set apart
    assert any("raise concern" in q for q in quotes)


def test_a_modal_before_a_bare_verb_is_no_act() -> None:
    facts = _made("Officials said the plan would raise concern in Beta.\n")["facts"]
    assert all(f["stance"] != "raised concern" for f in facts)


def test_a_log_header_date_field_after_a_wide_gap() -> None:
    assert labelled_date(["Feed: E2        Log date: 05-05-2025"]) == "2025-05-05"
    assert labelled_date(["Channel feed: E2 (national) and date 05-05-2025"]) is None


def test_a_panellist_telling_what_a_minister_did_gives_his_act() -> None:
    text = (
        "Ines Varga met Toma Lind in Kell on Monday.\n\n"
        "Dr Wen Okafor pointed out that Varga had also invited Beta's shipbuilders to "
        "build in Alpha.\n\n"
        "Dr Wen Okafor replied that the two ministers had discussed Exercise Tern.\n\n"
        "Dr Wen Okafor pointed out the harbour's old walls to the students.\n"
    )
    facts = {f["quote"][14:30]: f for f in _made(text)["facts"]}
    invited = facts["pointed out that"]
    assert (invited["stance"], invited["attribution"]) == ("invited", "Ines Varga")
    discussed = facts["replied that the"]
    assert (discussed["stance"], discussed["attribution"]) == (
        "discussed",
        "Ines Varga and Toma Lind",
    )
    walls = facts["pointed out the "]  # no clause told: her own remark
    assert (walls["stance"], walls["attribution"]) == ("reported", "Wen Okafor")
