"""Issue 24, review15a: a briefing's rules (its session's words, its terms of attribution)
read the briefing's own forms, not the ordinary news text that shares their words."""

from __future__ import annotations

import pytest

from defcoop_cli.curation.drafting.assembly import draft
from defcoop_cli.curation.drafting.furniture.proceedings import (
    on_background,
    restates_terms,
    runs_the_session,
    terms_lines,
)
from unit.test_drafting_briefings import DOC  # one fact base, the briefings'


def _facts(text: str) -> tuple[list[str], list[str]]:
    made = draft(text, "b", DOC, {}, "/articles/b.txt", "9.9")
    furniture = [f["text"] for f in made["sources"][0]["furniture"]]
    return [f["quote"] for f in made["facts"]], furniture


PRESSER = "\n".join(
    [
        "Transcript of the weekly press briefing by the Foreign Office spokesperson",
        "",
        (
            "SPOKESPERSON: Good afternoon. Minister Ravi Menon met Minister Kenji Ode in "
            "Beta City on Monday. The officials will meet again next month."
        ),
        "",
        "Q: Were patrols discussed?",
        "",
        "SPOKESPERSON: Yes. Officials will meet again soon. Second official, please.",
        "",
    ]
)


@pytest.mark.parametrize(
    "sentence",
    [
        "The officials will meet again next month.",  # review15a's presser
        "Officials will meet again soon.",  # an envoy's
        "The briefers will start again next week.",
        "Our officials will see you next week.",
    ],
)
def test_officials_meeting_again_is_the_talks_news_not_the_session(sentence: str) -> None:
    assert not runs_the_session(sentence)


@pytest.mark.parametrize(
    "sentence", ["First official, please.", "Second official.", "Official B will begin."]
)
def test_a_briefer_called_on_by_his_label_still_runs_the_session(sentence: str) -> None:
    assert runs_the_session(sentence)


def test_in_a_transcript_officials_meeting_again_is_a_fact() -> None:
    found, furniture = _facts(PRESSER)
    assert any(q.startswith("The officials will meet again next month") for q in found)
    assert any(q.startswith("Officials will meet again soon") for q in found)
    assert "Second official, please." in " ".join(furniture)


@pytest.mark.parametrize(
    "sentence",
    [
        "Japan has been described as a key partner by officials in both capitals.",  # review15a
        (
            "As a reminder, the two navies last trained together in March and the exercise "
            "was named after a river."
        ),
        "Please note that the frigate will be named after a hill fort.",
        "The plan was described as a first step by officials on both sides.",
    ],
)
def test_a_news_sentence_with_the_terms_words_restates_no_terms(sentence: str) -> None:
    assert not restates_terms(sentence)


ON_RECORD = "\n".join(
    [
        "Transcript of the weekly press briefing by the Foreign Office spokesperson",
        "",
        (
            "SPOKESPERSON: Good afternoon. Minister Ravi Menon met Minister Kenji Ode in Beta "
            "City on Monday. Beta has been described as a key partner by officials in both "
            "capitals. As a reminder, the two navies last trained together in March and the "
            "exercise was named after a river."
        ),
        "",
        "Q: Were patrols discussed?",
        "",
        "SPOKESPERSON: Yes, they were.",
        "",
    ]
)


def test_an_on_record_transcripts_sentences_are_facts_a_background_ones_terms_furniture() -> None:
    found, _ = _facts(ON_RECORD)
    assert any(q.startswith("Beta has been described as a key partner") for q in found)
    assert any(q.startswith("As a reminder, the two navies last trained") for q in found)
    background = ON_RECORD.replace("weekly press briefing", "background briefing").replace(
        "Monday.", "Monday. This briefing is on background."
    )
    found, furniture = _facts(background)
    assert "This briefing is on background." in " ".join(furniture)
    assert any(q.startswith("Beta has been described as a key partner") for q in found)


@pytest.mark.parametrize(
    ("head", "background"),
    [
        ("TRANSCRIPT OF SPECIAL BACKGROUND BRIEFING ON THE VISIT", True),
        ("Transcript: Not-for-Attribution Call on the Minister's Talks", True),
        ("Terms: The officials spoke on condition that they are not named.", True),
        ("Transcript of the weekly press briefing by the spokesperson", False),
        ("Background: the two navies have trained together since 2012.", False),
    ],
)
def test_a_background_briefing_says_so_in_its_head(head: str, background: bool) -> None:
    assert on_background([head, "", "MODERATOR: Good evening."]) is background


def test_a_line_headed_terms_without_attribution_words_is_no_terms_line() -> None:
    lines = [
        "Terms: The lease runs for ten years and the vessels will be named after Indian rivers.",
        (
            "Ground rules: any encounter between the two navies at sea will be recorded and "
            "reported within a day."
        ),
        "Terms: the drills will be broadcast live and filmed on camera from the flagship.",
        "Ground rules: each side's pilots are identified by call sign, not by rank.",
        "GROUND RULES: On background. The briefers are not to be named.",  # a briefing's
    ]
    assert terms_lines(lines) == {4}


WIRE = "\n".join(
    [
        "BETA CITY, May 5 (Harbour Wire) - Minister Ravi Menon held talks with Minister Kenji "
        "Ode on Monday.",
        "",
        "Terms: The lease runs for ten years and the vessels will be named after Alphan rivers.",
        "",
        "Ground rules: the pact's attribution of costs splits them evenly between the navies.",
        "",
    ]
)


def test_a_wires_terms_line_is_its_report_a_transcripts_is_furniture() -> None:
    found, _ = _facts(WIRE)
    assert any(q.startswith("Terms: The lease runs for ten years") for q in found)
    assert any(q.startswith("Ground rules: the pact's attribution") for q in found)
    transcript = "\n".join(
        [
            "GROUND RULES: On background. The briefers are not to be named.",
            "",
            "MODERATOR: Good evening. Official One will begin.",
            "",
            "OFFICIAL ONE: Minister Ravi Menon held talks with Minister Kenji Ode today.",
            "",
        ]
    )
    found, furniture = _facts(transcript)
    assert "GROUND RULES: On background. The briefers are not to be named." in furniture
    assert not any("background" in q for q in found)


# Issue 24, draft56: the host's introduction of the briefers, the time and the ground rules,
# and a briefer's opener, in any transcript's turn; the news beside them stays.
@pytest.mark.parametrize(
    "sentence",
    [
        "We have three officials with us who took part in the talks.",
        "We have time for two questions.",
        "Our briefer sat in on both rounds and flew back with the delegation.",
        "Three officials who attended the talks will brief you.",
        "I would ask everyone to keep questions to today's visit.",
        "Just three points from my side.",
    ],
)
def test_a_hosts_introductions_and_ground_rules_run_the_session(sentence: str) -> None:
    assert runs_the_session(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "We have agreed to hold two more rounds of talks this year.",
        "Two officials said the talks ran past their scheduled time.",
        "The two sides also discussed car manufacturing.",
        "Two ministers will brief the cabinet on the talks tomorrow.",
        "Our two countries have agreed to meet again in three weeks in Beta City.",
        "We have two destroyers in the area with us.",
    ],
)
def test_news_with_a_hosts_words_does_not_run_the_session(sentence: str) -> None:
    assert not runs_the_session(sentence)


BRIEFING = "\n".join(
    [
        "Transcript of a background briefing on the Minister's talks",
        "",
        (
            "MODERATOR: Good evening. We have two officials with us who sat in on the talks. "
            "We have time for two questions."
        ),
        "",
        (
            "OFFICIAL ONE: Just two points from my side. Minister Ravi Menon met Minister "
            "Kenji Ode in Beta City today. We have agreed to hold a naval drill next year, "
            "the Minister said."
        ),
        "",
        "Q: Were patrols discussed?",
        "",
        "OFFICIAL ONE: The two sides also discussed car manufacturing.",
        "",
    ]
)


def test_in_a_briefing_the_hosts_procedure_is_furniture_the_news_facts() -> None:
    found, furniture = _facts(BRIEFING)
    held = " ".join(furniture)
    for said in (
        "We have two officials with us who sat in on the talks.",
        "We have time for two questions.",
        "Just two points from my side.",
    ):
        assert said in held
        assert not any(q.startswith(said[:20]) for q in found)
    assert any(q.startswith("Minister Ravi Menon met Minister Kenji Ode") for q in found)
    assert any(q.startswith("We have agreed to hold a naval drill") for q in found)
    assert any(q.startswith("The two sides also discussed car manufacturing") for q in found)
