"""The asker's own work around what she asks (reading/written/uses.py, issue 25): an item's
label heading the query, and what she will do with the answer said after it. Every query
here is invented; a near query keeps its reading. Part on the shipped fact base."""

from __future__ import annotations

import pytest

from defcoop_cli.lookup.search.memory import SearchIndex
from defcoop_cli.lookup.search.reading.written.uses import past_item_label, past_use
from defcoop_cli.lookup.search.text import parse_query
from defcoop_cli.lookup.service import SearchRequest, search


def shown(index: SearchIndex, typed: str) -> list[str]:
    return list(search(index, parse_query([typed]), SearchRequest((typed,))).shown_ids)


@pytest.mark.parametrize(
    ("typed", "asked"),
    [
        ("recall question: where did the two ministers meet", "where did the two ministers meet"),
        ("attitude item 4: how did japan react to the attack", "how did japan react to the attack"),
        ("screener q: did japan condemn the killings", "did japan condemn the killings"),
        ("factual item: which exercise did the armies hold", "which exercise did the armies hold"),
    ],
)
def test_an_items_label_is_no_word_to_look_for(typed: str, asked: str) -> None:
    assert past_item_label(typed) == asked


@pytest.mark.parametrize(
    "typed",
    [
        "Pahalgam: who condemned the attack",  # a subject named before the colon
        "malabar item: which navies take part",  # the label holds a subject's word
        "recall question: the date of the talks",  # no question after the colon
        "space cooperation: what did they agree",  # a subject, not an item's kind
    ],
)
def test_a_label_naming_a_subject_stays(typed: str) -> None:
    assert past_item_label(typed) == typed


@pytest.mark.parametrize(
    ("typed", "asked"),
    [
        (
            "who condemned the attack for the preamble of our survey question",
            "who condemned the attack",
        ),
        ("where did they meet, for the stem we need it exact", "where did they meet"),
        ("singh's office, to quote precisely in the note", "singh's office"),
        ("the venue of the talks for client memo timeline", "the venue of the talks"),
        ("japan's stance on unclos, to include in our brief", "japan's stance on unclos"),
        ("what was agreed on drones - needed for the briefing", "what was agreed on drones"),
        ("how the talks went, for our readers", "how the talks went"),
    ],
)
def test_what_the_asker_will_do_with_the_answer_is_no_word_to_look_for(
    typed: str, asked: str
) -> None:
    assert past_use(typed) == asked


@pytest.mark.parametrize(
    "typed",
    [
        "japan's cooperation for peace",  # "for" naming the subject
        "support for India after the attack",
        "japan's support for our troops",  # "our" before no document or audience
        "is it safe for the memo to call him minister",  # the document not last
        "a brief on cyber for the note verbale",  # a document's own words not its own
        "japanese firms urged to put money into indian arms",  # "to put" with no document
        "shared concerns to cite: maritime security",  # what is cited is asked
        "for the memo",  # nothing asked before it
    ],
)
def test_a_for_or_to_naming_the_subject_stays(typed: str) -> None:
    assert past_use(typed) == typed


def test_a_purpose_after_the_question_finds_what_the_question_finds(index: SearchIndex) -> None:
    for question, purpose in [
        ("when did singh and nakatani meet", ", for our chronology"),
        ("nakatani's designation at the talks", " - to cite correctly in the memo"),
        ("who was killed in the pahalgam attack", " for the preamble of the module"),
    ]:
        assert shown(index, question + purpose)[:3] == shown(index, question)[:3]
    assert parse_query(["malabar partners for the deck"]).terms == ("malabar", "partners")


def test_an_items_label_before_a_question_finds_what_the_question_finds(
    index: SearchIndex,
) -> None:
    asked = "who did the defence minister meet in new delhi"
    assert shown(index, f"knowledge question 7: {asked}")[:3] == shown(index, asked)[:3]


def test_an_off_topic_question_stays_refused_past_its_purpose(index: SearchIndex) -> None:
    assert shown(index, "the urdu word for partnership, for the questionnaire") == []
