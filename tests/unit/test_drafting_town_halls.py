"""Issue 24: a company's staff town-hall transcript: a label's name with initials in
capitals, the sessions its record numbers, the host's greeting of the sites and
housekeeping, its classification line, a source after a comma with its auxiliary. Every
sentence here is invented."""

from __future__ import annotations

import pytest
from drafting_world import DOC, drafted_sentences

from defcoop_cli.curation.drafting.assembly import draft
from defcoop_cli.curation.drafting.furniture.apparatus.credits import about_itself
from defcoop_cli.curation.drafting.furniture.proceedings import runs_the_session
from defcoop_cli.curation.drafting.furniture.roundups import other_items
from defcoop_cli.curation.drafting.transcripts import label_kind

TOWN_HALL = "\n".join(
    [
        "HARBOUR MARINE WORKS LIMITED",
        "STAFF TOWN HALL: TRANSCRIPT",
        "Date: 9 June 2025",
        "Classification: Internal use. Not to be forwarded outside the company.",
        "",
        "SESSION 1: OPENING",
        "",
        "NEHA PILLAI (Host): Good morning, colleagues in Porto, Tidewater and Kellport. "
        "Chairman sir was at the talks and will brief us before taking your questions.",
        "",
        "K. R. SEN (Chairman): Thank you, Neha. Minister Ode met Minister Vale in Porto yesterday.",
        "",
        "SESSION 2: QUESTIONS",
        "",
        "ARUN DAS (Hull Division): Sir, our yard lost the dredger order last spring. "
        "Will these talks bring us work?",
        "",
        "K. R. SEN (Chairman): No order was placed, and I will promise no division one.",
        "",
        "NEHA PILLAI (Host): Thank you, sir. Questions we could not take can be sent to "
        "townhall@harbour.example and will be answered by Friday. The next town hall will be "
        "held after the monsoon break.",
    ]
)


def test_a_labels_name_with_initials_in_capitals_opens_its_speakers_turn() -> None:
    assert label_kind("K. R. SEN") == "answers"
    assert label_kind("A. RAO (Chairman)") == "answers"
    assert label_kind("B. Rao") is None  # a name's initial, not in capitals: as before
    said, _ = drafted_sentences(TOWN_HALL)
    assert said["Minister Ode met Minister Vale in Porto yesterday."] != "Neha Pillai"
    assert said["No order was placed, and I will promise no division one."] == "K. R. Sen"


def test_a_transcripts_numbered_sessions_are_its_own_no_roundups_items() -> None:
    lines = TOWN_HALL.split("\n")
    assert other_items(lines) == set()
    said, _ = drafted_sentences(TOWN_HALL)
    assert "Sir, our yard lost the dredger order last spring." in said  # R25: his statement
    # a bulletin's numbered stories stay a roundup's items, the longest drafted
    bulletin = [
        "[STORY 1 | HARBOUR]",
        "Alpha and Beta agreed to hold a joint drill next spring with four ships.",
        "[STORY 2 | WEATHER]",
        "Rain is expected.",
    ]
    assert other_items(bulletin) == {2, 3}


@pytest.mark.parametrize(
    "sentence",
    [
        "Good morning, colleagues in Porto, Tidewater and Kellport.",
        "Good evening to all our staff joining from Porto and Kellport.",
        "Chairman sir was at the talks and will brief us before taking your questions.",
        "Questions we could not take can be sent to townhall@harbour.example by Friday.",
        "The next town hall will be held after the monsoon break.",
    ],
)
def test_a_hosts_greeting_of_the_sites_and_housekeeping_run_the_session(sentence: str) -> None:
    assert runs_the_session(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Good morning, colleagues in Porto, where the two ministers met yesterday.",
        "The minister was in Porto and will brief us on the talks.",
        "The next round of talks will be held in Kellport.",
        "The next meeting will be held in Kellport.",
    ],
)
def test_a_greeting_that_tells_more_and_the_talks_next_round_stay_statements(
    sentence: str,
) -> None:
    assert not runs_the_session(sentence)


def test_the_town_halls_furniture_and_its_sites_no_entities() -> None:
    made = draft(TOWN_HALL, "x", DOC, {}, "a.txt", "test")
    statements = [f["statement"] for f in made["facts"]]
    assert not any("colleagues in" in s or "brief us" in s for s in statements)
    assert not any("town hall will be held" in s or "can be sent" in s for s in statements)
    assert not any("forwarded" in s for s in statements)
    assert not {e["name"] for e in made["entities"]} & {"Tidewater", "Kellport"}


def test_a_classifications_passive_limit_is_the_documents_own() -> None:
    assert about_itself("Not to be shared with the media.")
    assert about_itself("Not to be forwarded outside the company.")
    assert not about_itself("The figures are not to be shared until June.")
    assert not about_itself("The plans are not to be published, the ministry said.")


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("An Alpha team is expected at our yard in June, the ministry has told us.", "ministry"),
        ("An Alpha team is expected at our yard in June, officials have said.", "officials"),
        ("An Alpha team is expected at our yard in June, the ministry told us.", "ministry"),
    ],
)
def test_a_source_after_a_comma_with_its_auxiliary_is_the_sources(sentence: str, who: str) -> None:
    said, _ = drafted_sentences(sentence)
    assert who in said[sentence]


def test_a_partys_own_act_told_through_the_source_stays_the_partys() -> None:
    sentence = "Alpha's engineers are expected at our yard in June, the ministry has told us."
    said, _ = drafted_sentences(sentence)
    assert said[sentence] == "Alpha"  # R6: the act of a party, the ministry its channel
