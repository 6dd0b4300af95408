"""drafting.studies.packs: a study or briefing document's apparatus (its glossary, its
reading list, its letter of welcome with the signature, a line defining a common noun) is
furniture, and no entity is proposed from it; what it tells of the talks stays. News that
reads alike is left alone. Texts of my own."""

from __future__ import annotations

from typing import Any

import pytest

from defcoop_cli.curation.drafting.assembly import draft
from defcoop_cli.curation.drafting.segments import candidates
from defcoop_cli.curation.drafting.studies.packs import study_apparatus
from defcoop_cli.factbase.records import Doc, Entity

DOC = Doc(
    [],
    [],
    [
        Entity("alpha", "Alpha", "country"),
        Entity("beta", "Beta", "country"),
        Entity("ines-varga", "Ines Varga", "person"),
        Entity("tern", "Exercise Tern", "military exercise"),
    ],
    [],
    [],
)

GUIDE = """NORTHERN SCHOOLS SUMMIT 2025
Summit dates: 24-26 June 2025, Kell
SECURITY COUNCIL STUDY GUIDE
Released: 2 June 2025
A WORD FROM THE CHAIRS
Dear Representatives,
Welcome to the Council at NSS 2025. Treat this guide as a first step only.
With best wishes,
The Chairs of the Council
1. THE CASE
Ines Varga, Alpha's Defence Minister, met Beta's navy chief in the port of Kell.
The two sides agreed to hold Exercise Tern twice a year.
2. GLOSSARY
Littoral zone: the strip of sea close to a shore that a navy must patrol.
Sea denial (SD): keeping a rival's ships out of waters one cannot hold oneself.
3. FURTHER READING
- Hollen Charter on Coastal Waters (1990), Chapters IV and IX
- Annual Report of the Kell Harbour Board, 2024
"""

PAGE = """Two ministers meet by the sea
Ines Varga, Alpha's defence minister, visited Beta on Monday.
A defence minister is the person who runs a country's army, navy and air force.
She and Beta's leaders agreed to hold Exercise Tern twice a year.
"""


def _made(text: str) -> tuple[list[str], list[str], list[str]]:
    made: dict[str, Any] = draft(text, "g", DOC, {}, "/articles/g.txt", "9.9")
    quotes = [f["quote"] for f in made["facts"]]
    names = [e["name"] for e in made["entities"]]
    return quotes, [f["text"] for f in made["sources"][0]["furniture"]], names


def test_a_guides_glossary_reading_list_and_letter_are_furniture() -> None:
    quotes, furniture, names = _made(GUIDE)
    assert "Littoral zone: the strip of sea close to a shore that a navy must patrol." in furniture
    assert "- Hollen Charter on Coastal Waters (1990), Chapters IV and IX" in furniture
    assert "The Chairs of the Council" in furniture
    assert not any("Welcome" in q or "first step" in q or "Littoral" in q for q in quotes)
    assert not {"SD", "IV", "IX", "NSS", "Chairs", "Hollen Charter"} & set(names)
    assert (
        "Ines Varga, Alpha's Defence Minister, met Beta's navy chief in the port of Kell" in quotes
    )
    assert "The two sides agreed to hold Exercise Tern twice a year" in quotes


def test_a_guide_is_dated_by_its_release_line() -> None:
    made: dict[str, Any] = draft(GUIDE, "g", DOC, {}, "/articles/g.txt", "9.9")
    assert made["sources"][0]["published"] == "2025-06-02"


def test_a_line_defining_a_common_noun_is_furniture() -> None:
    quotes, furniture, _ = _made(PAGE)
    assert (
        "A defence minister is the person who runs a country's army, navy and air force."
        in furniture
    )
    assert "Ines Varga, Alpha's defence minister, visited Beta on Monday" in quotes


NEWS = [
    (  # a news story's sidebar of key terms that tells the talks' facts
        "Alpha and Beta deepen naval ties\nInes Varga met Beta's navy chief on Monday.\n"
        "Key terms\nExercise Tern: the drill Alpha and Beta will now hold twice a year.\n"
        "Kell: the port where Ines Varga met Beta's navy chief.\n",
        "Ines Varga met Beta's navy chief on Monday",
    ),
    (  # an interview's turns, a name before a colon
        "Ines Varga spoke to us after the talks.\nInterviewer: What did you agree?\n"
        "Ines Varga: We agreed to hold Exercise Tern twice a year.\n"
        "Interviewer: And the port?\nInes Varga: Kell will host the next round.\n",
        "We agreed to hold Exercise Tern twice a year",
    ),
    (  # a readout signed by a ministry, its salutation a letter's
        "Dear colleagues,\nThe Minister met Beta's navy chief in Kell on Monday. The two sides "
        "agreed to hold Exercise Tern twice a year.\nKind regards,\nMinistry of Defence\n",
        "The two sides agreed to hold Exercise Tern twice a year",
    ),
    (  # a wire story whose first date is the meeting's, a release told in a sentence
        "KELL, June 3 (Wire) - Ines Varga met Beta's navy chief on 2 June 2025. A report "
        "released on 1 June 2025 had urged the two sides to hold Exercise Tern twice a year.\n",
        "A report released on 1 June 2025 had urged the two sides to hold Exercise Tern twice",
    ),
]


@pytest.mark.parametrize(("text", "kept"), NEWS)
def test_news_with_key_terms_turns_a_signature_or_a_date_is_left_alone(
    text: str, kept: str
) -> None:
    found, furniture = candidates(text)
    assert study_apparatus(text, found, furniture, DOC) == (found, list(furniture))
    quotes, _, _ = _made(text)
    assert any(kept in q for q in quotes)


BRIEF = """EASTERN YOUTH ASSEMBLY 2026
SECURITY COMMITTEE BRIEFING PAPER
1. INTRODUCTION TO THE AGENDA
Coastal waters feed millions, and who may fish them is disputed. This committee will weigh how a
coastal state can patrol its waters without closing them. Alpha and Beta agreed in 2024 to patrol
the Kell strait together.
2. THE CASE
Ines Varga, Alpha's Defence Minister, met Beta's navy chief in the port of Kell.
The Harbour Board will publish its patrol figures in July.
The dais will send a note on the Kell Fisheries Forum before the session.
Delegates should read their own navy's statements.
3. KEY TERMS
Littoral zone: the strip of sea close to a shore that a navy must patrol.
Sea denial: keeping a rival's ships out of waters one cannot hold oneself.
"""


def test_a_guides_procedure_about_its_own_committee_is_furniture() -> None:
    quotes, furniture, names = _made(BRIEF)
    assert not any(q.startswith(("This committee", "The dais", "Delegates")) for q in quotes)
    assert "Kell Fisheries Forum" not in names  # proposed from the dais's note only
    assert "Delegates should read their own navy's statements." in furniture
    # a named body's plan, and the case, stay facts
    assert "The Harbour Board will publish its patrol figures in July" in quotes
    assert (
        "Ines Varga, Alpha's Defence Minister, met Beta's navy chief in the port of Kell" in quotes
    )


def test_a_guides_introduction_is_furniture_but_a_partys_act_in_it_stays() -> None:
    quotes, furniture, _ = _made(BRIEF)
    assert "Coastal waters feed millions, and who may fish them is disputed." in furniture
    assert not any(q.startswith("Coastal waters feed millions") for q in quotes)
    assert any(q.startswith("Alpha and Beta agreed in 2024") for q in quotes)


def test_news_with_an_introduction_heading_keeps_its_lines() -> None:
    text = (
        "Introduction\nCoastal waters feed millions, and who may fish them is disputed.\n"
        "The committee will meet again in Kell.\nInes Varga met Beta's navy chief on Monday.\n"
    )
    found, furniture = candidates(text)
    assert study_apparatus(text, found, furniture, DOC) == (found, list(furniture))


def test_a_bodys_act_to_come_in_a_story_with_key_terms_is_no_procedure() -> None:
    """A guide's procedure is about its own sessions; a story's "The committee will decide
    …", "The Board will approve …" (with a glossary above) tell a body's act and stay."""
    text = (
        "Key terms\nLittoral zone: the strip of sea close to a shore.\n"
        "Sea denial: keeping a rival's ships out of waters one cannot hold.\n\n"
        "Ines Varga met Beta's navy chief on Monday. The committee will also decide whether "
        "Gamma can join.\n\nThe Board will approve the funding for the patrols in August.\n"
    )
    quotes, furniture, _ = _made(text)
    assert any(q.startswith("The committee will also decide") for q in quotes)
    assert any(q.startswith("The Board will approve the funding") for q in quotes)
    assert not any(f.startswith(("The committee", "The Board")) for f in furniture)


def test_an_explainers_overview_with_key_terms_keeps_its_body() -> None:
    """An "Overview" over an explainer's body, a glossary below, is no guide's introduction
    to its agenda: its sentences, a party's act in words ("will be expanded") or none,
    stay."""
    text = (
        "Explained: the Alpha-Beta patrol talks\n\nOverview\n\n"
        "The Kell patrol will be expanded to include a third navy. The patrol boats carry "
        "radar and drones.\n\nThe two sides agreed to meet every year. Fishing will be a new "
        "pillar of the partnership.\n\nKey terms\n\n"
        "Littoral zone: the strip of sea close to a shore.\n"
        "Sea denial: keeping a rival's ships out of waters one cannot hold.\n"
    )
    quotes, _, _ = _made(text)
    starts = ("The Kell patrol will be", "The patrol boats carry", "The two sides agreed")
    lost = [
        s for s in (*starts, "Fishing will be a new") if not any(q.startswith(s) for q in quotes)
    ]
    assert lost == []


EXPLAINER = """What the Kell talks mean for shipyards
Ines Varga asked Beta's yards to co-build patrol boats in Alpha.
Co-building: firms of two countries make one vessel together, sharing the yards and the plans.
Berthing (noun): the place in a port where a ship is tied up.
Kell: Ines Varga will host the next round in June.
Convoy: the escorts sailed with Beta's ships on Monday.
My view: the yards are the real story.
"""


def test_a_lone_glossary_entry_of_a_term_the_piece_uses_is_furniture() -> None:
    quotes, furniture, _ = _made(EXPLAINER.replace("Berthing", "Berthing rules"))
    assert (
        "Co-building: firms of two countries make one vessel together, sharing the yards and "
        "the plans." in furniture
    )
    assert not any(q.startswith("Co-building") for q in quotes)
    assert "Ines Varga asked Beta's yards to co-build patrol boats in Alpha" in quotes


def test_a_dictionarys_entry_is_furniture_whether_the_piece_uses_its_word_or_not() -> None:
    # a term, its part of speech in brackets, its sense: a dictionary's form, telling no
    # news wherever it stands (furniture/listings.py; heldout65's and heldout72's word
    # lists judged so), though the piece never uses "berthing"
    quotes, furniture, _ = _made(EXPLAINER)
    assert "Berthing (noun): the place in a port where a ship is tied up." in furniture
    assert not any(q.startswith("Berthing") for q in quotes)


def test_a_colon_after_a_name_or_an_unused_word_or_a_view_keeps_its_line() -> None:
    quotes, furniture, _ = _made(EXPLAINER)
    # a name before the colon (an entity of the fact base): a turn, news
    assert any(q.startswith("Kell: Ines Varga will host") for q in quotes)
    # a word the piece uses nowhere else ("convoy"): no glossary's; a writer's "My view": a view
    assert any(q.startswith("Convoy: the escorts sailed") for q in quotes)
    assert any(q.startswith("My view") or "the yards are the real story" in q for q in quotes)
    assert not any(f.startswith(("Convoy", "My view: the")) for f in furniture)


BOX = """Alpha and Beta widen their naval ties
Alpha's and Beta's ministers met in Kell on Tuesday. Their trade rose again, and
the patrol boats that the yards build are to share berths. Officials said salvage crews will
train together. Ines Varga thanked Tomas Rell for the talks.
{line}
Rell said the talks went well.
"""


@pytest.mark.parametrize(
    "line",
    [
        "Trade: two-way trade rose eight percent last year and both sides want more.",
        "Patrol: the two navies will hold a larger patrol off Kell in April.",
        "Salvage: the ministers signed a pact on sharing salvage crews.",
        "Berths: the two sides share their harbours' berths, officials said.",
        "Patrol: the navies have sailed together since the pact.",
        "Trade: a third of the yards' output goes abroad, worth 4 million a year.",
        "Rell: the boats are a fine start.",  # a name used elsewhere: a turn's label
    ],
)
def test_a_statement_under_a_topics_label_is_news(line: str) -> None:
    """A label's line that tells what happened or will (a past, a future, a perfect), a
    figure, a date, the parties as its subject or a source, or whose label is a name the
    piece uses never in lower case, is no glossary's entry: it stays."""
    quotes, furniture, _ = _made(BOX.format(line=line))
    assert line not in furniture
    assert any(q.startswith(line.split(":")[0] + ":") for q in quotes)


@pytest.mark.parametrize(
    "line",
    [
        "Patrol boat: a small, fast ship that guards a coast.",
        "Salvage: raising or saving a ship that has been sunk or has run aground.",
        "Berths: the places in a port where ships tie up, called slips in some yards.",
        "Trade: buying and selling goods between countries.",
    ],
)
def test_a_term_defined_under_its_label_is_still_a_glossary_entry(line: str) -> None:
    """The near case: a sense in the present of what always is, a participle ("called"),
    a relative clause's perfect ("that has been sunk"): furniture, as the explainer's box."""
    _, furniture, _ = _made(BOX.format(line=line))
    assert line in furniture
