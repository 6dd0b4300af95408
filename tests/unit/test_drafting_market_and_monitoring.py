"""drafting.furniture: a stock page's market colour (furniture/listings.py), a document's
notes on its own figures and making and a broker's disclaimer (furniture/apparatus/credits.py), a
broadcast's shot list under its label and a transcript's gap mark (furniture/asides.py,
body/wrapped.py); and the ordinary news copy each must leave alone. Texts of my own."""

from __future__ import annotations

from defcoop_cli.curation.drafting.furniture.apparatus.credits import about_itself
from defcoop_cli.curation.drafting.furniture.listings import market_colour, tickers
from defcoop_cli.curation.drafting.segments import candidates


def _drafted(text: str) -> list[str]:
    found, _ = candidates(text)
    return [text[c.start : c.end] for c in found if c.rule != "list item"]


STOCK_PAGE = """MOVERS
Orion Marine climbs 5% as Lisbon hosts Oslo's defence chief
ORIONMAR +5.12%
TAGUSDOCK -0.80%
Markets Desk
1 hr ago
Orion Marine Works, a maker of sonar domes, ended 5.12% higher on Tuesday.
Delivery volumes were twice the monthly average.
Minister Costa hosted Norway's defence minister Ek for talks in Lisbon. Costa invited \
Norwegian shipyards to build patrol craft with Portuguese firms, the ministry said.
Orion's order book stood at 900 million euros at the end of March. Shares of Tagus \
Dockyards slipped 0.8%. The broader shipbuilding index closed flat.
Brokers at Atlantica said the talks could bring the yard new work.
"""

# Ordinary copy: a wire report, a ministry readout and a paper's business page, no chips.
WIRE = """LISBON, June 3 (Harbour Wire) - The company that builds the navy's frigates said \
on Tuesday it would hire 400 welders. Shares of state-owned yards are not traded. Trading \
volumes at the port rose 12% last year, the port authority said. The defence index of \
the alliance, a yearly ranking, placed Portugal fourth.
"""


def test_a_stock_pages_market_colour_is_furniture_and_its_report_is_drafted() -> None:
    drafted = _drafted(STOCK_PAGE)
    for colour in (
        "Orion Marine Works, a maker of sonar domes, ended 5.12% higher on Tuesday",
        "Delivery volumes were twice the monthly average",
        "Orion's order book stood at 900 million euros at the end of March",
        "Shares of Tagus Dockyards slipped 0.8%",
        "The broader shipbuilding index closed flat",
    ):
        assert colour not in drafted
    assert "Minister Costa hosted Norway's defence minister Ek for talks in Lisbon" in drafted
    assert "Brokers at Atlantica said the talks could bring the yard new work" in drafted
    assert any(d.startswith("Costa invited Norwegian shipyards") for d in drafted)
    assert tickers(STOCK_PAGE.splitlines()) == {"ORIONMAR", "TAGUSDOCK"}


def test_ordinary_copy_with_companies_shares_volumes_and_an_index_is_left_alone() -> None:
    assert tickers(WIRE.splitlines()) == frozenset()  # no chips: no stock page
    drafted = _drafted(WIRE)
    assert len(drafted) == 4  # every sentence of the wire stays a candidate
    one_chip = "ORIONMAR +5.12%\n" + WIRE  # one chip makes no stock page
    assert len(_drafted(one_chip)) == 4
    listed = frozenset({"ORIONMAR", "TAGUSDOCK"})
    # on a stock page, the talks and the words of anyone stay the report's
    for sentence in (
        "Costa invited Norwegian shipyards to build patrol craft.",
        "The company said it would bid for the patrol craft.",
        "Norway's minister said the index of threats had risen.",
        "Oslo and Lisbon agreed to hold the next round in Bergen.",
        "Orion's chief executive told reporters the talks went well.",
    ):
        assert not market_colour(sentence, listed), sentence
    assert market_colour("Orion's shares rose 5%.", listed)


DOCUMENT_NOTES = [
    "Notes: Times are broadcast times in IST.",
    "Air times are JST.",
    "Reach is the agency's estimate from panel data.",
    "Ad value (advertising value equivalent) is computed at the station's card rate.",
    "Audience figures are our estimates based on a listener panel.",
    "Marathi clips are translated by the monitoring desk; translations are marked.",
    "Recordings are supplied for internal review and may not be rebroadcast.",
    "This story was generated with automated tools from exchange filings and checked.",
    "The desk does not recommend buying or selling any security.",
    "Investments are subject to market risks; read the offer document before investing.",
    "Harbourline is not a registered investment adviser.",
    "Past performance is no guide; past performance is not a promise of returns.",
]
# A wire's, a readout's and a paper's sentences of the same words, which report.
NEWS = [
    "The ministry said it does not recommend buying foreign rifles off the shelf.",
    "The figures may not be published until the cabinet approves them, an official said.",
    "Times are changing for the alliance, the minister said.",
    "The audience was estimated at 2,000 people.",
    "The minister's Japanese remarks were translated by an embassy interpreter.",
    "Its reach across the region is growing, the admiral said.",
    "The deal is subject to parliamentary approval, officials said.",
    "The navy's past performance in the drill impressed the visitors.",
    "Both sides are not investment partners yet, the envoy said.",
]


def test_a_documents_notes_on_its_figures_and_a_disclaimer_are_about_itself() -> None:
    for sentence in DOCUMENT_NOTES:
        assert about_itself(sentence), sentence
    for sentence in NEWS:
        assert not about_itself(sentence), sentence


MONITORING = """Summary
The station reports that Costa met Ek in Lisbon. Visuals: honour guard, the handshake, \
the talks.
On screen: the two ministers at the table.
Pictures of the handshake ran on every channel.
On screen, Costa called the talks useful.
CORRESPONDENT (Rui Sousa, Lisbon): Costa said the yards would share designs. \
[inaudible] ... the visit is read here as a sign of trust.
PRESENTER: It was (crosstalk) agreed late.
"""


def test_a_shot_list_and_a_gap_mark_are_furniture_the_words_after_a_gap_drafted() -> None:
    text = MONITORING
    found, furniture = candidates(text)
    drafted = [text[c.start : c.end] for c in found if c.rule != "list item"]
    spans = [text[a:b] for a, b in furniture]
    assert not any("honour guard" in d or "at the table" in d for d in drafted)
    assert "[inaudible] ..." in spans
    assert "the visit is read here as a sign of trust" in drafted
    assert "Costa said the yards would share designs" in drafted
    # ordinary sentences of pictures, of the screen and of a word inside a sentence
    assert "Pictures of the handshake ran on every channel" in drafted
    assert "On screen, Costa called the talks useful" in drafted
    assert "It was (crosstalk) agreed late" in drafted


def test_a_field_line_whose_value_ends_in_a_department_and_place_is_furniture() -> None:
    from defcoop_cli.curation.drafting.pages import is_furniture

    assert is_furniture("Client: Northwind Shipping Pvt Ltd (Corporate Communications, Hyderabad)")
    assert is_furniture("Prepared for: Harbour Freight Ltd (Government Relations Office, Kochi)")
    # a report's sentences with a bracketed aside keep their stop and stay sentences
    for sentence in (
        "The ministers met in Delhi (their second meeting in six months, officials said).",
        "Costa briefed Ek on the attack (the worst in the region since 2019).",
        "India and Japan will hold the next round in Tokyo (dates to be fixed later).",
        "The navy chief joined the talks (he returns to Kochi on Friday).",
    ):
        assert not is_furniture(sentence), sentence


def test_a_figures_as_of_stamp_dates_no_document_a_labelled_day_still_does() -> None:
    from datetime import date

    from defcoop_cli.curation.drafting.body.dating import dated
    from defcoop_cli.curation.drafting.body.elements.bylines import written
    from defcoop_cli.factbase.records import Doc, Event

    doc = Doc([], [], [], [], [], events=[Event("t", "meeting", "Talks", date(2025, 5, 5))])
    card = ["As of 5 May 2025, 15:30 IST · Market closed", "Published 4 hrs ago"]
    meta, _ = dated({}, card, [], doc)
    assert not meta.get("published")
    assert not written(["  As of 5 May 2025, 15:30 IST", "4 hrs ago"], "2025-05-05")
    # a page's own day, and a day written in its text, still date it
    meta, _ = dated({}, ["Published: 6 May 2025", *card], [], doc)
    assert meta["published"] == "2025-05-06"
    assert written(["As Singh said on 5 May 2025, the talks went well."], "2025-05-05")
    assert written(["Filed 5 May 2025 from New Delhi."], "2025-05-05")
