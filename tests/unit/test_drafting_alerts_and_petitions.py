"""drafting.furniture: a travel alert's advice list, closing line and use notice, a petition's
demands and its count of signers are the document's apparatus (issue 24, heldout80's classes),
beside the news sentences and lists that read alike. Texts written for these tests."""

from __future__ import annotations

import pytest

from defcoop_cli.curation.drafting.furniture.apparatus.credits import about_itself
from defcoop_cli.curation.drafting.furniture.apparatus.instructions import advice_lines, instructs
from defcoop_cli.curation.drafting.segments import candidates

ALERT = """== ADVICE ==
- Leave an extra hour for journeys to the port on Friday.
- Avoid Harbour Road and Mill Lane before noon unless travel is essential.
- Carry a passport; checkpoints near the bridge have multiplied since March.
- Keep the local desk's number to hand.
"""
AGREED = """The two ministers agreed to:
- Expand the annual naval exercise.
- Hold a staff dialogue every spring.
- Carry out a joint survey of the strait.
"""
NEWS = """Key outcomes of the visit:
- Exercise Blue Tide will be held off Vizag in June.
- Japan and India signed a memorandum on drones.
"""


def _furniture(text: str) -> list[str]:
    return [text[a:b] for a, b in candidates(text)[1]]


def test_an_alerts_advice_list_is_furniture_every_item() -> None:
    assert advice_lines(ALERT.splitlines()) == {1, 2, 3, 4}
    gone = _furniture(ALERT)
    assert any(line.startswith("- Avoid Harbour Road") for line in gone)  # a name its object
    assert any(line.startswith("- Carry a passport") for line in gone)


@pytest.mark.parametrize("text", [AGREED, NEWS])
def test_a_led_list_or_a_news_list_keeps_its_items(text: str) -> None:
    assert advice_lines(text.splitlines()) == set()


def test_one_instruction_makes_no_list_of_advice() -> None:
    lines = ["- Avoid the ring road on Monday.", "- Exercise Blue Tide will grow.", "- Tanks."]
    assert advice_lines(lines) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "Say whether any contract for the frigates was signed.",  # a question its object
        "State how much the ministry will spend on the drones.",
    ],
)
def test_an_imperative_asking_a_question_instructs(sentence: str) -> None:
    assert instructs(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials would not say whether any contract was signed.",
        "Reports differ on what the two sides agreed.",
    ],
)
def test_a_report_of_an_open_question_is_no_instruction(sentence: str) -> None:
    assert not instructs(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "This alert will be closed on 12 June unless the situation changes.",
        "The next update will be issued by 18:00 local time.",
        "This advisory is provided for the internal use of Northgate clients.",
        "It is not advice to travel or not to travel.",
        "Thank you: we passed 2,500 signatures in a week.",
        "We have reached 10,000 supporters!",
    ],
)
def test_an_alerts_course_and_terms_and_a_petitions_count_are_furniture(sentence: str) -> None:
    assert about_itself(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The red alert will be lifted on Friday, the police said.",  # the news's alert
        "The petition passed 2,500 signatures in a week.",  # a report's count
        "The data is kept for internal use by the navy.",
        "It is not clear whether the drones were part of the deal.",
    ],
)
def test_the_news_that_reads_alike_stays(sentence: str) -> None:
    assert not about_itself(sentence)
