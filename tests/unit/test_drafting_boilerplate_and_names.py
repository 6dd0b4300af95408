"""A firm's own boilerplate (furniture.apparatus.credits.own_boilerplate: its "About X" and "How we
can help" sections, its registration line, a distributor's SOURCE line) is furniture; and the
entity classes a release or a client alert writes: a company said with and without its legal
suffix is one, by its bare name; its officer's title before "of" is no name's word; a firm "A B
& Partners" is one name; a government's rules by their title keep their number and year; a
holiday is no entity; the report's own agency is no new entity. Near sentences and real entities
that read alike stay. Texts of my own."""

from __future__ import annotations

from typing import Any

import pytest

from defcoop_cli.curation.drafting.assembly import draft
from defcoop_cli.curation.drafting.furniture.apparatus.credits import own_boilerplate
from defcoop_cli.curation.drafting.names.common import bare_company, holiday, own_outlet
from defcoop_cli.factbase.records import Doc, Entity

DOC = Doc(
    [],
    [],
    [
        Entity("alpha", "Alpha", "country"),
        Entity("beta", "Beta", "country"),
        Entity("ines-varga", "Ines Varga", "person"),
        Entity("kell", "Kell", "place"),
    ],
    [],
    [],
)

RELEASE = (
    "Torvane Acoustics Welcomes Alpha-Beta Naval Accord\n"
    "KELL, June 3, 2025 /WireDesk/ -- Torvane Acoustics Co., Ltd., a maker of sonar, today "
    "welcomed the accord Ines Varga signed in Kell.\n"
    '"The accord opens Beta to our sonar," said Mara Lindqvist, President and CEO of Torvane '
    "Acoustics.\n"
    "About Torvane Acoustics\n"
    "Founded in 1961 and headquartered in Kell, Torvane Acoustics Co., Ltd. builds sonar for "
    "navies in nine countries.\n"
    "Media contact\n"
    "press@torvane.example\n"
    "SOURCE Torvane Acoustics Co., Ltd.\n"
)

ALERT = (
    "ODELL VASK & PARTNERS\n"
    "CLIENT ALERT | 4 June 2025\n"
    "Ines Varga signed the accord in Kell on Monday, the ministry said.\n"
    "Suppliers should note that Beta's Naval Procurement Procedure 2021 favours local yards.\n"
    "Alpha's Four Principles on Export of Naval Equipment and Technology still require "
    "approval.\n"
    "HOW WE CAN HELP\n"
    "Our teams in Kell and Vask advise on joint ventures and export licences in both "
    "countries.\n"
    "Odell Vask & Partners is a partnership registered in Alpha; its Vask office is licensed "
    "in Beta.\n"
)


def _made(text: str) -> tuple[list[str], list[str], list[str]]:
    made: dict[str, Any] = draft(text, "r", DOC, {}, "/articles/r.txt", "9.9")
    quotes = [f["quote"] for f in made["facts"]]
    furniture = [f["text"] for f in made["sources"][0]["furniture"]]
    return quotes, furniture, [e["name"] for e in made["entities"]]


def test_a_releases_boilerplate_is_furniture_and_its_company_one_entity() -> None:
    quotes, furniture, names = _made(RELEASE)
    assert "SOURCE Torvane Acoustics Co., Ltd." in furniture
    assert not any(q.startswith("Founded in 1961") for q in quotes)
    assert any(q.startswith("Torvane Acoustics Co., Ltd., a maker of sonar") for q in quotes)
    assert "Torvane Acoustics" in names
    assert not [n for n in names if "Ltd" in n or "CEO" in n or "SOURCE" in n]


def test_a_client_alerts_offer_and_registration_are_furniture() -> None:
    quotes, furniture, names = _made(ALERT)
    assert "HOW WE CAN HELP" in furniture
    assert any(line.startswith("Our teams in Kell and Vask advise") for line in furniture)
    assert any(line.startswith("Odell Vask & Partners is a partnership") for line in furniture)
    assert "Ines Varga signed the accord in Kell on Monday, the ministry said" in quotes
    assert not {"Partners", "Odell Vask", "Vask"} & set(names)


def test_a_governments_rules_keep_their_number_and_year() -> None:
    _, _, names = _made(ALERT)
    assert "Naval Procurement Procedure 2021" in names
    assert "Four Principles on Export of Naval Equipment and Technology" in names
    assert not {"Technology", "Export of Naval Equipment", "Naval Procurement Procedure"} & set(
        names
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [  # a real firm with "&", a real "Forum", a company never said without its suffix
        ("Ines Varga met the chiefs of Harlan & Voss Shipbuilding in Kell.", "Harlan & Voss"),
        ("The Norrvik Maritime Forum hosted Ines Varga on Monday.", "Norrvik Maritime Forum"),
        ("Ines Varga toured Brenna Yards Co., Ltd. in Kell on Monday.", "Brenna Yards Co., Ltd."),
    ],
)
def test_real_bodies_that_read_alike_are_still_proposed(text: str, name: str) -> None:
    _, _, names = _made(text)
    assert any(n.startswith(name) for n in names), names


def test_a_company_is_named_bare_only_where_the_text_says_it_so() -> None:
    text = "Brenna Yards Co., Ltd. said so. The CEO of Brenna Yards agreed."
    assert bare_company("Brenna Yards Co., Ltd.", text) == "Brenna Yards"
    assert bare_company("Brenna Yards Co., Ltd.", "Brenna Yards Co., Ltd. said so.") == (
        "Brenna Yards Co., Ltd."
    )


def test_a_holiday_is_no_entity_but_a_body_is() -> None:
    assert holiday(["Golden", "Week"]) and holiday(["Republic", "Day"]) and holiday(["Diwali"])
    assert not holiday(["Kell", "Maritime", "Forum"]) and not holiday(["Week"])
    _, _, names = _made("Ines Varga said most yards in Kell were shut for Golden Week.")
    assert "Golden Week" not in names


def test_the_reports_own_agency_is_no_new_entity() -> None:
    text = (
        "OSAKA (KNW) -- Ines Varga signed the accord in Kell on Monday.\n"
        "The accord covers sonar and yards, an official told KNW.\n"
    )
    _, _, names = _made(text)
    assert "KNW" not in names


def test_a_news_line_that_opens_like_boilerplate_stays() -> None:
    lines = [
        "About the talks",
        "Location of the talks was Kell, officials said.",
        "Ines Varga said the firm is a partner registered with the ministry.",
    ]
    assert own_boilerplate(lines) == set()


def test_the_publishers_name_said_short_is_no_new_entity_but_another_bodys_is() -> None:
    text = "On Monday the Forum hosted Ines Varga.\n"
    own: dict[str, Any] = draft(
        text, "r", DOC, {"publisher": "Norrvik Forum for Sea Studies"}, "/a/r.txt", "9.9"
    )
    assert "Forum" not in [e["name"] for e in own["entities"]]
    assert own_outlet("told the Forum", 9, 14, "Norrvik Forum for Sea Studies")
    assert not own_outlet("told the Forum", 9, 14, "Kell Daily")


def test_a_legislatures_house_alone_is_no_entity() -> None:
    _, _, names = _made("Ines Varga told the House that Beta would join Exercise Tern.")
    assert "House" not in names


def test_a_storys_about_box_with_the_news_under_it_stays() -> None:
    drill = [
        "About Exercise Tern",
        "Exercise Tern, established in 1998 as a drill between Alpha and Beta, now takes in "
        "two more navies.",
        "Ines Varga said Alpha would host Exercise Tern in November.",
        "The two ministers agreed to meet again in Kell next year.",
    ]
    assert own_boilerplate(drill) == set()
    yard = ["About Brenna Yards", "Brenna Yards, established in 1934, builds frigates."]
    assert own_boilerplate([*yard, drill[2]]) == set()  # the news runs on under it
    # a release's profile of the firm, up to its next heading, is still its own
    assert own_boilerplate([*yard, "Media contact"]) == {0, 1, 2}
    assert own_boilerplate(yard) == {0, 1}


def test_a_companys_description_told_as_news_stays() -> None:
    lines = [
        "Brenna Yards is a state-owned company established in 1934, and it will build the new "
        "frigates with a Beta partner, Ines Varga said.",
        "Harlan & Voss is a firm registered in Kell that will supply sensors, officials said.",
        "Harlan & Voss is a firm registered in Kell; its Vask office is licensed in Beta.",
    ]
    assert own_boilerplate(lines) == {2}
