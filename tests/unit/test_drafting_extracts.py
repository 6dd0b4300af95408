"""A page that says what it is in another language ("This is the English version of my
report of …") and a publisher's extract apparatus (its release line, its copyright and
translation credits, its shop's links) are furniture, and the names in them no new
entities; news sentences that open alike stay. Texts written for these tests."""

from __future__ import annotations

import pytest

from defcoop_cli.curation.drafting.assembly import draft
from defcoop_cli.curation.drafting.pages import is_furniture
from defcoop_cli.factbase.records import Doc, Entity


@pytest.mark.parametrize(
    "line",
    [
        "This is the English version of my Hindi report of 12 June.",
        "This is an English translation of our post of 3 March.",
        "This page is the Japanese version of the minister's speech.",
        "Released by the publisher on 4 April 2026, ahead of publication on 20 April 2026.",
        "Released by its publishers on 1 May 2026 as a preview of the book.",
        "Text (c) Ana Solberg 2026. English translation (c) Harbour Lane Press 2026.",
        "Extract © Ana Solberg 2025; reproduced with permission.",
        "Reproduced by permission of the publisher; not to be copied without permission.",
        "Buy the book: harbourlane.example/sea-years | More extracts | Sign up for our newsletter",
        "More extracts from the spring list are on our site.",
    ],
)
def test_a_translation_note_and_an_extracts_apparatus_are_furniture(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "The English version of the joint statement was released by the ministry on Monday.",
        "This is the first time the two navies have sailed together in the strait this year.",
        "Released by the ministry on Monday, the statement said both sides would hold drills.",
        "Text messages from the minister were shown to reporters on 5 May 2025 by an aide.",
        "The publisher released the minister's memoir in 2024, a year after he left office.",
    ],
)
def test_news_sentences_that_open_alike_stay(line: str) -> None:
    assert not is_furniture(line)


EXTRACT = (
    "The Sea Years: Reporting from Port Lys\n"
    "by Ana Solberg\n"
    "Released by the publisher on 4 April 2026, ahead of publication on 20 April 2026.\n"
    "\n"
    "Minister Tomas Ek arrived in Velan on a wet Monday, and the talks began within the hour.\n"
    "I was not in the room, but the outline was clear from the readout by the evening.\n"
    "\n"
    "Text (c) Ana Solberg 2026. English translation (c) Harbour Lane Press 2026.\n"
    "Buy the book: harbourlane.example/sea-years | More extracts | Sign up for the newsletter\n"
)


def test_an_extracts_publisher_and_its_links_are_no_new_entities() -> None:
    doc = Doc(
        [], [], [Entity("ek", "Tomas Ek", "person"), Entity("velan", "Velan", "country")], [], []
    )
    made = draft(EXTRACT, "s", doc, {}, "s.txt", "0")
    names = {e["name"] for e in made["entities"]}
    assert not names & {"Harbour Lane Press", "Harbour Lane", "More", "Sign", "Ana Solberg"}
    quotes = [f["quote"] for f in made["facts"]]
    assert any(q.startswith("Minister Tomas Ek arrived") for q in quotes)
    assert not any("Buy the book" in q or "Released by" in q for q in quotes)
