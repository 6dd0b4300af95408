"""Issue 24: the furniture of an agency's note (its handling line, what its content is for,
a field with no value yet, a glossary under a heading of terms), of a programme's notes (its
host's question), of a day-in-history page (the other years' entries) and of an annotated
bibliography (its entries, its rules on itself, its compiler's remarks); and the news
sentences that read alike, still drafted. Texts of my own."""

from __future__ import annotations

from typing import Any

import pytest

from defcoop_cli.curation.drafting.assembly import draft
from defcoop_cli.curation.drafting.furniture import to_the_audience
from defcoop_cli.curation.drafting.furniture.apparatus.credits import about_itself, record_fields
from defcoop_cli.curation.drafting.furniture.listings import glossary
from defcoop_cli.curation.drafting.furniture.roundups import chronicle_items
from defcoop_cli.curation.drafting.names.common import language_code
from defcoop_cli.curation.drafting.segments import candidates
from defcoop_cli.curation.drafting.studies.annotations import annotated_apparatus
from defcoop_cli.factbase.records import Doc, Entity

DOC = Doc(
    [],
    [],
    [
        Entity("alpha", "Alpha", "country"),
        Entity("beta", "Beta", "country"),
        Entity("ines-varga", "Ines Varga", "person"),
        Entity("tern", "Exercise Tern", "military exercise"),
        Entity("us", "United States", "country", ("US",)),
    ],
    [],
    [],
)


def _made(text: str) -> tuple[list[str], list[str]]:
    made: dict[str, Any] = draft(text, "n", DOC, {}, "/articles/n.txt", "9.9")
    return [f["quote"] for f in made["facts"]], [e["name"] for e in made["entities"]]


@pytest.mark.parametrize(
    "sentence",
    [
        "Do not forward outside the bureau.",
        "Please do not circulate this note beyond the desk.",
        "Never share this summary with third parties.",
        "Text below is kept only so that terms can be checked; it is no minute of the talks.",
        "The notes that follow are given solely for the interpreters' use.",
    ],
)
def test_a_notes_handling_purpose_and_unfilled_field_are_furniture(sentence: str) -> None:
    assert about_itself(sentence) and to_the_audience(sentence)


@pytest.mark.parametrize(
    "sentence", ["Next booking with this ministry: to be confirmed.", "Venue of the session: TBC"]
)
def test_an_unfilled_field_is_furniture_in_a_record_only(sentence: str) -> None:
    assert about_itself(sentence, record=True) and to_the_audience(sentence, record=True)
    assert not about_itself(sentence) and not to_the_audience(sentence)


def test_a_record_has_filled_fields_a_story_its_status_lines() -> None:
    assert record_fields(["Job ref: KB-25-04", "Mode: consecutive", "Next booking: TBC"])
    story = [
        "Ines Varga met Beta's minister in Kell on Monday.",
        "Next round of the talks: pending.",
        "Venue for the next round: to be confirmed.",
    ]
    assert not record_fields(story)
    quotes, _ = _made("\n\n".join(story))
    assert any(q.startswith("Next round of the talks") for q in quotes)
    assert any(q.startswith("Venue for the next round") for q in quotes)


def test_a_caveat_on_the_text_told_by_a_speaker_is_news() -> None:
    said = "The material is provided only for background, officials said, adding that talks ended."
    assert not about_itself(said)
    assert about_itself("The material is provided only for background use by the desk.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Next month the two navies will hold Exercise Tern off Kell.",
        "Next, Ines Varga flew to Beta for talks on the patrols.",
        "Alpha does not share intelligence with Beta.",
        "Do not expect a breakthrough this year.",
        "The content of the talks was not disclosed.",
        "Beta's minister said the venue of the next round is to be confirmed by Alpha.",
    ],
)
def test_news_that_reads_like_a_notes_handling_line_stays(sentence: str) -> None:
    assert not about_itself(sentence) and not to_the_audience(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Host Mira Sen asks her whether a two-day visit can change that.",
        "Our presenter asks him if the drill will grow.",
        "The moderator, Tom Ashe, asks the panel what Beta wants from the deal.",
    ],
)
def test_a_hosts_question_in_a_programmes_notes_is_furniture(sentence: str) -> None:
    assert to_the_audience(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ines Varga asked Beta's minister whether the drill could grow.",
        "Kell, the host city, asks whether the ships may dock there in June.",
        "Alpha will host the next round of talks in Kell.",
    ],
)
def test_a_partys_question_or_a_host_city_stays(sentence: str) -> None:
    assert not to_the_audience(sentence)


def test_a_host_of_talks_previewing_his_question_is_news() -> None:
    assert not to_the_audience("The host, Ines Varga, will ask whether Beta can join the plan.")
    assert not to_the_audience("The host will ask whether the drill can grow.")
    assert to_the_audience("The host, Mira Sen, asks her guest whether Beta can join the plan.")
    assert to_the_audience("This week's presenter wonders whether the drill can grow.")


NOTE = """NORTHBRIDGE INTERPRETING - KELL OFFICE
Job ref: NB-25-17
Mode: consecutive, AL<>EN
Do not forward outside the bureau.

1. WHAT WAS SAID
Ines Varga welcomed Beta's minister to Kell.
Both sides agreed to hold Exercise Tern twice a year.
The US observer said his country backed the plan.

2. TERMS THAT NEEDED CARE
- littoral patrol: kaigan junkai; the AL side also said "coast watch" once.
- joint drill: kyodo kunren; field drill: yagai kunren.

Next booking with this ministry: to be confirmed.
"""


def test_an_interpreters_note_keeps_only_what_was_said() -> None:
    quotes, names = _made(NOTE)
    assert "Both sides agreed to hold Exercise Tern twice a year" in quotes
    assert any("The US observer said his country backed the plan" in q for q in quotes)
    assert not any(
        "forward" in q or "kunren" in q or "junkai" in q or "booking" in q for q in quotes
    )
    assert "AL" not in names


def test_a_glossary_under_a_numbered_heading_of_terms_is_furniture() -> None:
    lines = [
        "Ines Varga met Beta's minister.",
        "2. TERMS THAT NEEDED CARE",
        "- littoral patrol: kaigan junkai",
        "- joint drill: kyodo kunren",
    ]
    assert glossary(lines) == {1, 2, 3}
    assert glossary(["2. What the ministers said", "- drills: Alpha wants more"]) == set()


def test_a_deals_numbered_terms_are_no_glossary() -> None:
    explainer = [
        "Alpha and Beta signed a pact on patrol boats.",
        "2. Terms",
        "Duration: ten years, renewable by consent.",
        "Cost sharing: each side pays for its own yards.",
        "Building: the boats will be built in both countries.",
    ]
    assert glossary(explainer) == set()
    terms = ["Beta joined the littoral patrol and a joint drill.", "2. Terms"]
    terms += ["- littoral patrol: a patrol close to the shore", "- joint drill: both navies drill"]
    assert glossary(terms) == {1, 2, 3}


DAY_PAGE = [
    "June 3: a bridge opens, a comet is seen, and Alpha and Beta talk defence",
    "Three moments from this date, from our archive.",
    "1874",
    "The Kell suspension bridge opened to carts after nine years of work.",
    "1910",
    "Astronomers at Dunmore reported a bright comet low in the western sky.",
    "2025",
    "Ines Varga hosted Beta's defence minister for talks in Kell.",
    "The two ministers agreed to hold Exercise Tern twice a year.",
]


def test_a_day_in_history_pages_other_years_are_furniture() -> None:
    assert chronicle_items(DAY_PAGE) == {0, 1, 2, 3, 4, 5}  # its headline, standfirst, years
    quotes, names = _made("\n".join(DAY_PAGE))
    assert "The two ministers agreed to hold Exercise Tern twice a year" in quotes
    assert not any("bridge" in q or "comet" in q for q in quotes)
    assert "Dunmore" not in names


def test_a_timeline_of_the_ties_keeps_its_years() -> None:
    timeline = [
        "Alpha and Beta: a timeline",
        "1998",
        "Beta's navy first called at Kell.",
        "2010",
        "The two countries opened a hotline between their coast guards.",
        "2025",
        "Ines Varga hosted Beta's defence minister for talks in Kell.",
    ]
    assert chronicle_items(timeline) == set()


BIBLIOGRAPHY = (
    "KELL COLLEGE - SEMINAR ON COASTAL SECURITY\nANNOTATED READING LIST\n\n"
    "Scope: sources on the talks between Alpha and Beta in Kell.\n"
    "Citations follow the author-date style. Entries marked * are required reading.\n\n"
    '*1. Ministry of Defence, Alpha. 2025. "Minister Varga receives Beta\'s minister." '
    "Press release, 3 June. Kell.\n\n"
    "The Alpha readout of the talks. According to the release, Ines Varga and her guest "
    "agreed to hold Exercise Tern twice a year. Read it beside entry 2.\n\n"
    '2. Holt, Dana. 2025. "Beta and Alpha to widen their drill." Dunmore Courier (Ostport), '
    "4 June.\n\n"
    "A short report on the talks of 3 June, written from Beta's briefing. It reports that "
    "Beta's minister praised the Kell port. Useful as a check on entry 1.\n\n"
    "Still to find: the Beta ministry's own account; any question in the Ostport assembly.\n"
)


def test_an_annotated_bibliographys_apparatus_is_furniture() -> None:
    quotes, names = _made(BIBLIOGRAPHY)
    assert any("Ines Varga and her guest agreed to hold Exercise Tern" in q for q in quotes)
    assert any("A short report on the talks of 3 June" in q for q in quotes)  # it dates them
    assert any("Beta's minister praised the Kell port" in q for q in quotes)
    assert any(q.startswith("Scope: sources on the talks") for q in quotes)
    for gone in (
        "Citations",
        "Entries",
        "Ministry of Defence, Alpha",
        "Holt",
        "readout of",
        "entry",
        "Still to find",
        "Useful",
    ):
        assert not any(gone in q for q in quotes), gone
    assert not {"Dunmore Courier", "Ostport", "Holt"} & set(names)


def test_a_story_citing_one_paper_keeps_its_lines() -> None:
    text = (
        "Alpha and Beta agree to widen their drill\n"
        "Ines Varga met Beta's minister in Kell on Tuesday.\n"
        "1. Holt, Dana. 2025. A study of the drill. Ostport: Harbour Press.\n"
        "Entries in the ministry's register are public, officials said.\n"
    )
    found, furniture = candidates(text)
    assert annotated_apparatus(text, found, furniture) == (found, list(furniture))


def test_a_longer_names_word_after_the_is_no_entity_of_its_own() -> None:
    text = (
        "Ines Varga met Beta's minister in Kell on Monday.\n"
        "On Tuesday she spoke at the Kell Harbour Forum for Sea Studies.\n"
        "Ines Varga told the Forum that Beta would join Exercise Tern.\n"
        "Outside Marlow Hall, a few dozen fishermen waited for the ministers.\n"
        "Beta wants the Quad to meet in Kell, Ines Varga said.\n"
        "The Marsh Institute said the port would open in May.\n"
    )
    _, names = _made(text)
    assert "Forum" not in names and "Kell Harbour Forum for Sea Studies" in names
    assert "Marlow Hall" in names and "Outside Marlow Hall" not in names
    assert "Quad" in names  # no longer name of the text holds it
    assert "Marsh Institute" in names  # "The" is no name's word


def test_a_language_code_is_no_entity_but_real_initials_are() -> None:
    text = (
        "Mode: consecutive, AL<>EN; whispered AL for two guests.\n"
        "Ines Varga met Beta's minister in Kell on Monday.\n"
        "The AL side said the drill would grow, and the KN observer agreed.\n"
        "The UN envoy and the US observer welcomed the plan.\n"
    )
    _, names = _made(text)
    assert "AL" not in names
    assert "KN" in names  # initials the text joins to no other code
    assert language_code("AL", text) and not language_code("UN", text)


def test_a_special_title_with_its_portfolio_is_an_office_no_entity() -> None:
    text = (
        "Ines Varga met Beta's minister in Kell on Monday.\n"
        "She was then Special Adviser for Maritime Security, the paper said.\n"
        "Special Envoy Tomas Brandt joined the talks.\n"
        "Special Forces from Beta joined Exercise Tern.\n"
    )
    _, names = _made(text)
    assert not any(name.startswith("Special Advis") for name in names)
    assert "Tomas Brandt" in names and "Special Envoy Tomas Brandt" not in names
    assert "Special Forces" in names  # no title after "Special"


def test_a_timelines_year_of_the_two_countries_stays_on_a_day_in_history_story() -> None:
    story = [
        "Ines Varga met Beta's minister in Kell on Monday.",
        "The visit fell on a date rich in history: on this day in 2015 Beta signed a pact.",
        "2008",
        "Alpha and Beta issued a joint declaration on security cooperation.",
        "2015",
        "The two countries signed an agreement on the transfer of patrol boats.",
        "2025",
        "Ines Varga and Beta's minister met in Kell.",
    ]
    assert chronicle_items(story) == set()
    assert chronicle_items(DAY_PAGE) == {0, 1, 2, 3, 4, 5}


def test_a_fact_boxs_list_is_no_bibliography() -> None:
    text = (
        "Ines Varga met Beta's minister in Kell on Monday, their third meeting.\n"
        "Previous meetings:\n"
        "- First port dialogue, Kell (2019). The ministers agreed to begin talks on patrols.\n"
        "- Second port dialogue, Ostport (2022). The ministers agreed to hold Exercise Tern.\n"
        "Beta's naval budget rose sharply (2024). Ines Varga said Alpha would match it.\n"
    )
    found, furniture = candidates(text)
    assert annotated_apparatus(text, found, furniture) == (found, list(furniture))
    quotes, _ = _made(BIBLIOGRAPHY.replace("2. Holt, Dana.", "2. Holt, D. and K. Mori."))
    assert not any("Holt" in q for q in quotes)


def test_a_longer_name_said_short_speaks_as_its_entity() -> None:
    text = (
        "Ines Varga met Beta's minister in Kell on Monday.\n\n"
        "The Ostport Ledger reported that the two sides agreed on a plan. The Ledger said the "
        "plan would be published next month.\n"
    )
    made: dict[str, Any] = draft(text, "n", DOC, {}, "/articles/n.txt", "9.9")
    said = next(f for f in made["facts"] if f["quote"].startswith("The Ledger said"))
    assert said["entities"] == ["ostport-ledger"]
    assert "ledger" not in [e["id"] for e in made["entities"]]
