"""A debate's briefing pack (studies/debates.py): its round's line, its instructions to its
readers, the arguments listed under a side's heading and its judging and format rules are
furniture, whatever the society; its summary of the talks and a named judge's view stay.
A holiday, a room, a rule's name and a firm's unit are no new entity
(names/common.py); "Reports at the time" speak for themselves (names/unnamed.py); a
discussion told as long-running is the piece's background (attribution.py); a staff
notice's advice to colleagues is furniture (furniture/instructions.py). Texts of my own."""

from __future__ import annotations

from typing import Any

from defcoop_cli.curation.drafting.assembly import draft
from defcoop_cli.curation.drafting.attribution import reading
from defcoop_cli.curation.drafting.entities import EntityMatcher
from defcoop_cli.curation.drafting.furniture.apparatus.instructions import instructs
from defcoop_cli.curation.drafting.new_entities import capitalised_names
from defcoop_cli.curation.drafting.speakers import Speakers
from defcoop_cli.curation.drafting.studies.debates import debate_pack
from defcoop_cli.factbase.records import Doc, Entity

DOC = Doc(
    [],
    [],
    [
        Entity("alpha", "Alpha", "country"),
        Entity("beta", "Beta", "country"),
        Entity("ines-varga", "Ines Varga", "person"),
        Entity("tomas-ek", "Tomas Ek", "person"),
    ],
    [],
    [],
)

PACK = """THE LANTERN DEBATING UNION
Harbourside College

BRIEFING: OPEN CUP, QUARTER-FINAL
Motion: This House would let Alpha buy its frigates from Beta
Session 2 date: 3 March 2025 (Lantern Day; the Committee Room is booked from 17:00)
Circulated: 28 February 2025

Study this pack before the round. It is background, not a script. Cite ministries, not this pack.

1. THE NEWS

Ines Varga met Tomas Ek in the port of Kell on 20 February 2025.

Reports at the time described the meeting as the first in three years.

Dr Hana Sollis, who judged last season's final, told the union that the motion turns on cost.

2. ARGUMENTS FOR THE MOTION

- Shared yards could halve the frigates' cost.
- Beta's builders deliver on time.

3. ARGUMENTS AGAINST THE MOTION

- A single supplier leaves Alpha exposed.
- Beta has never exported a warship.

4. JUDGING

Judges will credit teams that weigh the costs rather than the headlines about Beta.

Points of Order are allowed in the first minute of a speech. Queries about this pack: the Convenor.
"""

NEWS = """Alpha weighs Beta frigate deal
Ines Varga met Tomas Ek in the port of Kell on Monday.
Officials listed three arguments for the deal and two against it.
Dr Hana Sollis, a naval analyst, said the deal turns on cost.
"""


def _made(text: str) -> tuple[list[str], list[str], list[str]]:
    made: dict[str, Any] = draft(text, "p", DOC, {}, "/articles/p.txt", "9.9")
    quotes = [f["quote"] for f in made["facts"]]
    names = [e["name"] for e in made["entities"]]
    return quotes, [f["text"] for f in made["sources"][0]["furniture"]], names


def test_a_debate_packs_apparatus_is_furniture() -> None:
    quotes, furniture, names = _made(PACK)
    assert any(f.startswith("Session 2 date: 3 March 2025") for f in furniture)
    assert any(f.startswith("Study this pack before the round.") for f in furniture)
    assert "- Shared yards could halve the frigates' cost." in furniture
    assert "- Beta has never exported a warship." in furniture
    assert any(f.startswith("Judges will credit teams") for f in furniture)
    assert any(f.startswith("Points of Order are allowed") for f in furniture)
    assert not any(
        w in q
        for q in quotes
        for w in ("background, not a script", "yards", "supplier", "credit", "Points of")
    )
    assert not {"Lantern Day", "Committee Room", "Points of Order", "Order", "Convenor"} & set(
        names
    )


def test_a_debate_packs_summary_and_a_named_judges_view_stay() -> None:
    quotes, _, names = _made(PACK)
    assert "Ines Varga met Tomas Ek in the port of Kell on 20 February 2025" in quotes
    assert any(q.startswith("Dr Hana Sollis, who judged last season's final") for q in quotes)
    assert "Hana Sollis" in names


def test_a_pack_is_dated_by_its_circulation_not_its_rounds_day() -> None:
    made: dict[str, Any] = draft(PACK, "p", DOC, {}, "/articles/p.txt", "9.9")
    assert made["sources"][0]["published"] == "2025-02-28"


def test_a_news_storys_arguments_for_a_deal_stay_facts() -> None:
    assert not debate_pack(NEWS)
    quotes, _, _ = _made(NEWS)
    assert "Officials listed three arguments for the deal and two against it" in quotes
    assert any(q.startswith("Dr Hana Sollis, a naval analyst, said") for q in quotes)


def test_a_holiday_a_room_a_rules_name_and_a_firms_unit_are_no_names() -> None:
    text = (
        "They met on Guru Purnima in the Lecture Hall at Kell, raised a Point of Order and "
        "Points of Information, and our Coastal & Offshore business unit looked at the "
        "Varnholt KX-40 and the Kell Yards frigate."
    )
    names = [text[a:b] for a, b in capitalised_names(text, [])]
    assert not {"Guru Purnima", "Lecture Hall", "Point of Order", "Information"} & set(names)
    assert "Coastal & Offshore" not in names
    assert {"Kell", "Varnholt KX-40", "Kell Yards"} <= set(names)  # a maker and its type: one


def test_a_real_hall_and_a_firms_own_name_stay_names() -> None:
    text = "The Harbour Trust met at Carnegie Hall; Varnholt Marine division chief Ek spoke."
    names = [text[a:b] for a, b in capitalised_names(text, [])]
    assert "Carnegie Hall" in names
    assert any(n.startswith("Varnholt") for n in names)


def _who(sentence: str) -> str:
    matcher = EntityMatcher(DOC.entities)
    speakers = Speakers(matcher, frozenset({"ines-varga", "tomas-ek"}))
    speakers.read(sentence)
    return reading(sentence, speakers).attribution


def test_reports_at_the_time_speak_for_themselves() -> None:
    assert _who("Reports at the time described the meeting as the first in three years.") == (
        "reports at the time"
    )
    assert _who("Analysts at the time described the meeting as the first in years.") == (
        "analysts at the time"
    )


def test_a_long_running_discussion_is_the_pieces_background() -> None:
    assert _who("Alpha has discussed buying Beta's frigates for more than a decade.") == (
        "the article"
    )
    assert _who("Alpha and Beta discussed the frigates on Monday.") != "the article"


def test_advice_to_colleagues_is_furniture_a_firms_news_is_not() -> None:
    assert instructs(
        "Colleagues who receive calls from clients about the deal should pass them to the "
        "sales desk and should not speak to the press."
    )
    assert instructs("Staff must not comment on the talks to reporters.")
    assert not instructs("Colleagues in Kell welcomed the deal on Monday.")
    assert not instructs("Officials should meet again in June, Ek said.")
