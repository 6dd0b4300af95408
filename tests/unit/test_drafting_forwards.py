"""A messaging app's forward and its kin (issue 24): emoji closing a line, a call to pass the
message on, a word in capitals for emphasis, a plain invitation to invest, a witness after
"as per". Every line here is invented."""

from __future__ import annotations

from typing import Any

import pytest

from defcoop_cli.curation.drafting.assembly import draft
from defcoop_cli.curation.drafting.body.unstopped import closing_emoji, kept_lines
from defcoop_cli.curation.drafting.furniture.formulas import thread_marks
from defcoop_cli.curation.drafting.furniture.readers import calls_to_channels, passes_on
from defcoop_cli.curation.drafting.new_entities import capitalised_names
from defcoop_cli.curation.drafting.pages import is_furniture
from defcoop_cli.curation.drafting.segments import candidates
from defcoop_cli.curation.drafting.unnamed.unnamed import informed
from defcoop_cli.curation.drafting.verbs.finding import reported_verb
from defcoop_cli.factbase.records import Doc, Entity

DOC = Doc(
    sources=[],
    topics=[],
    entities=[Entity("alpha", "Alpha", "country"), Entity("beta", "Beta", "country")],
    facts=[],
    curator_notes=[],
)

FORWARD = (
    'Received in group "Lakeview Walkers", 3 June 2025, 08:02\n'
    "Forwarded many times\n\n"
    "Alpha's minister met our minister in Calder today!!! 🎉🎉\n\n"
    "First thing he did was tell the guests about the floods in Dorn 😢\n\n"
    "They also agreed on drills and shipbuilding 🚢\n\n"
    "Jai Alpha 🌟 Long live Calder 🌟\n"
)


def _draft(text: str) -> dict[str, Any]:
    return draft(text, "a", DOC, {}, "/articles/a.txt", "9.9")


def _quotes(doc: dict[str, Any]) -> list[str]:
    return [f["quote"] for f in doc["facts"] if "part_of" not in f]


def _furniture(text: str, doc: dict[str, Any]) -> list[str]:
    return [text[a:b] for a, b in (x["span"] for x in doc["sources"][0]["furniture"])]


def test_a_chats_lines_closed_by_emoji_are_sentences_and_the_emoji_furniture() -> None:
    doc = _draft(FORWARD)
    quotes = _quotes(doc)
    assert "Alpha's minister met our minister in Calder today!!!" in quotes
    assert "First thing he did was tell the guests about the floods in Dorn" in quotes
    assert "They also agreed on drills and shipbuilding" in quotes
    furniture = _furniture(FORWARD, doc)
    assert {"🎉🎉", "😢", "🚢"} <= set(furniture)
    assert not any("🌟" in q or "Long live" in q for q in quotes)  # a slogan stays furniture


def test_a_line_closed_by_emoji_reads_as_a_sentence_only_with_a_verb() -> None:
    lines = ["Alpha and Beta held talks in Calder.", "Big day for Calder 🎉"]
    lines += ["The talks ended well 👍", "The two navies plan a drill next spring."]
    kept = kept_lines(lines, is_furniture)
    assert 1 not in kept  # a headline's phrase: no verb
    assert 2 in kept
    assert closing_emoji("The talks ended well 👍") is not None
    assert closing_emoji("🎉🎉") is None  # no words before: a line of emoji alone


@pytest.mark.parametrize(
    "line",
    [
        "👉 Mainstream media will never show you this. Share with every group!!",
        "Please forward to all your contacts.",
        "Mainstream media won't tell you this!",
    ],
)
def test_a_forwards_call_to_pass_it_on_is_furniture(line: str) -> None:
    assert passes_on(line)
    assert calls_to_channels(line)


@pytest.mark.parametrize(
    "line",
    [
        "The media will not show the drill live, officials said.",  # a report's statement
        "Beta will share with every partner the data from the drill.",
        "Mainstream media will not show you this. The talks went well.",  # a statement too
    ],
)
def test_a_statement_about_sharing_or_the_media_stays_the_reports(line: str) -> None:
    assert not passes_on(line)


def _names(sentence: str) -> list[str]:
    return [sentence[a:b] for a, b in capitalised_names(sentence, [])]


def test_a_word_in_capitals_for_emphasis_is_no_name() -> None:
    assert "TOGETHER" not in _names("Both sides agreed to build ships TOGETHER in Calder.")
    assert "STRONG" not in _names("Alpha sent a very STRONG message to the raiders.")


def test_initials_and_a_headline_in_capitals_stay_names() -> None:
    assert "NATO" in _names("Alpha and Beta spoke of NATO at the talks.")
    assert "KALDOR" in _names("Both sides praised KALDOR at the talks.")  # no word of the language


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister told Beta's companies to come and invest in Calder.",
        "She told foreign firms to set up plants in Dorn.",
    ],
)
def test_telling_a_party_to_come_and_invest_invites_it(sentence: str) -> None:
    verb = reported_verb(sentence)
    assert verb is not None and (verb.match.group(), verb.stance) == ("told", "invited")


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister told reporters to wait for the statement.",
        "The minister told Beta's companies that Calder was open to them.",
    ],
)
def test_telling_the_press_or_telling_that_still_reports(sentence: str) -> None:
    verb = reported_verb(sentence)
    assert verb is not None and verb.stance == "reported"


def test_a_witness_after_as_per_is_named_by_its_presence() -> None:
    assert informed("an aide present.") == "aide present"
    assert informed("a diplomat in the room") == "diplomat in the room"
    assert informed("an aide") is None  # no presence: other rules name it
    assert informed("an officer presenting the plan") is None
    doc = _draft("Headline\nThe talks lasted an hour and were friendly, as per an aide present.\n")
    assert doc["facts"][0]["attribution"] == "aide present"


REVIEW = (
    "A patient history of the harbour talks\n"
    "The book opens in Calder, where the two ministers met in March.\n"
    "Its chapters on shipbuilding are the strongest.\n"
    "{last}\n"
)


def _kept(text: str, author: str | None) -> list[str]:
    found, _ = thread_marks(text, *candidates(text), author)
    return [text[c.start : c.end] for c in found if c.parent is None]


def test_the_page_authors_note_closing_the_text_is_furniture() -> None:
    note = "Mira Osei teaches history in Dorn and is writing a book on the Calder strait."
    text = REVIEW.format(last=note)
    assert not any("Mira Osei" in q for q in _kept(text, "Mira Osei"))
    assert any("Mira Osei" in q for q in _kept(text, None))  # no author by the metadata


def test_another_persons_line_or_the_authors_news_stays() -> None:
    other = "Tomas Reyes teaches history in Dorn and is writing a book on the strait."
    assert any("Tomas Reyes" in q for q in _kept(REVIEW.format(last=other), "Mira Osei"))
    told = "The ministers will meet again in Dorn next year, Mira Osei reports."
    assert any("meet again" in q for q in _kept(REVIEW.format(last=told), "Mira Osei"))


@pytest.mark.parametrize(
    ("sentence", "by"),
    [
        (
            "Defence expert Col. Tarun Vasa (retd) said on his channel that Alpha spoke plainly.",
            "Tarun Vasa",
        ),
        ("Cdr Lena Marr (Retd.) said that the drill was a strong signal.", "Lena Marr"),
        ("Defence expert Col. Tarun Vasa said that Alpha spoke plainly.", "Tarun Vasa"),  # no mark
    ],
)
def test_a_retired_officers_mark_after_the_name_leaves_the_speaker_named(
    sentence: str, by: str
) -> None:
    assert _draft(f"Headline\n{sentence}\n")["facts"][0]["attribution"] == by
