"""drafting.exams.quizzes: a quiz, a practice sheet or a revision list puts questions and
statements to its reader and judges them; what it asserts is in its explanations, its
solutions and its one-liners. News that reads alike is left alone. Texts of my own."""

from __future__ import annotations

from typing import Any

import pytest

from defcoop_cli.curation.drafting.assembly import draft
from defcoop_cli.curation.drafting.exams.quizzes import is_quiz, is_verdict
from defcoop_cli.curation.drafting.segments import lines
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

QUIZ = """Weekly Quiz: 9 June
Attempt every question before you open the key.
Q1.
Where did Ines Varga meet Beta's navy chief this week?
Show answer
Answer: (c)
Explanation: Ines Varga met Beta's navy chief in the port of Kell. The two sides agreed \
to hold Exercise Tern twice a year.
Q2.
Consider the following statements about Exercise Tern:
1. It is held only by Alpha's coast guard.
2. It began in the year of the floods.
Which of the statements given above is/are correct?
Show answer
Answer: (d)
Explanation: Exercise Tern brings together the navies of Alpha and Beta. Hence statement 1 \
is incorrect.
Q3.
The new river ferry timetable covers how many towns?
Show answer
Answer: (b)
Explanation: The ferry timetable lists eleven towns along the lower river.
"""

CHECK = """Pointers for revision | 10 June
FOREIGN AFFAIRS
1. Ines Varga visited Beta on Monday.
2. Alpha and Beta agreed to hold Exercise Tern twice a year.
TRUE OR FALSE
(i) Ines Varga visited Beta on Sunday.
Ans. False. Ines Varga arrived in Beta on Monday.
(ii) Beta hosted the talks.
Ans. True.
SPORT
3. The river regatta drew a record crowd of rowers.
"""

SHEET = """Practice Sheet 4
Instructions: Tick one option for each question. The key is overleaf.
Q.1 Who led Alpha's team at the talks?
(a) Ines Varga
(b) Tomas Ek
Q.2 The lake festival, held this week, is known for:
(a) kites
(b) lanterns
ANSWER KEY
Q.1 (a)   Q.2 (b)
SOLUTIONS
Q.1 Correct option: (a)
Ines Varga led Alpha's team at the talks in Beta. Option (b) is therefore ruled out.
Q.2 Correct option: (b)
The festival floats paper lanterns on the lake at dusk.
"""


def _made(text: str) -> tuple[list[str], list[str]]:
    made: dict[str, Any] = draft(text, "q", DOC, {}, "/articles/q.txt", "9.9")
    quotes = [f["quote"] for f in made["facts"]]
    return quotes, [f["text"] for f in made["sources"][0]["furniture"]]


def test_a_quizs_statements_under_test_options_verdicts_and_labels_are_furniture() -> None:
    quotes, furniture = _made(QUIZ)
    assert "1. It is held only by Alpha's coast guard." in furniture
    assert "2. It began in the year of the floods." in furniture
    assert "Hence statement 1 is incorrect." in furniture  # with its stop: `add` wants it
    assert "Explanation: " in furniture
    assert not any("coast guard" in q or "floods" in q or "statement" in q for q in quotes)
    assert "Ines Varga met Beta's navy chief in the port of Kell" in quotes
    assert "Exercise Tern brings together the navies of Alpha and Beta" in quotes


def test_a_quizs_item_on_other_news_is_furniture_with_its_explanation() -> None:
    quotes, _ = _made(QUIZ)
    assert not any("ferry" in q for q in quotes)


def test_a_true_or_false_check_puts_its_statements_and_asserts_after_the_verdict() -> None:
    quotes, furniture = _made(CHECK)
    assert "(i) Ines Varga visited Beta on Sunday." in furniture
    assert "(ii) Beta hosted the talks." in furniture
    assert "Ines Varga visited Beta on Monday" in quotes  # a one-liner asserts
    assert "Ines Varga arrived in Beta on Monday" in quotes  # after "Ans. False."
    assert not any(q in {"False", "True"} or "Sunday" in q for q in quotes)
    assert "False." in furniture and "True." in furniture
    assert not any("regatta" in q for q in quotes)  # another subject's section


def test_a_sheets_preamble_and_the_solution_of_another_subject_are_furniture() -> None:
    quotes, _ = _made(SHEET)
    assert quotes == ["Ines Varga led Alpha's team at the talks in Beta"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Hence statement 2 is incorrect.",
        "Statement II is incorrect.",
        "Options (a), (b) and (d) are therefore ruled out.",
        "Hence, (b) is the right answer.",
        "False.",
    ],
)
def test_a_verdict_on_the_quizs_own_parts_is_one(sentence: str) -> None:
    assert is_verdict(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "It has not been approved by the cabinet yet, the official said.",
        "The statement issued by Alpha is correct in every detail, Beta said.",
        "The answer, officials said, was a firm no.",
        "Alpha's option to buy four frigates is still open.",
        "Exercise Tern brings together the navies of Alpha and Beta.",
    ],
)
def test_a_sentence_of_the_facts_or_of_the_news_is_no_verdict(sentence: str) -> None:
    assert not is_verdict(sentence)


NEWS = [
    (  # a wire's interview, its questions and answers labelled
        "ALPHA, June 9 (Gull Wire) - Ines Varga spoke to reporters after the talks.\n"
        "Question: Will Alpha buy the frigates?\n"
        "Answer: We have agreed to study the offer with Beta.\n"
        "Question: When will the study end?\n"
        "Answer: By the end of the year, I expect.\n",
        "We have agreed to study the offer with Beta",
    ),
    (  # a ministry's readout with lettered points
        "Readout of the talks between Alpha and Beta\n"
        "The two sides agreed on the following:\n"
        "(a) Exercise Tern will be held twice a year.\n"
        "(b) A joint study of harbour security will begin in July.\n"
        "It has not been approved by the cabinet yet, the official said.\n",
        "It has not been approved by the cabinet yet, the official said",
    ),
    (  # a paper's copy on a story about an exam and its key
        "Exam board corrects key after protest\n"
        "The board said on Monday that its answer key had listed the wrong option for one"
        " question on the Alpha-Beta talks.\n"
        "Candidates said statement 2 of the question was correct as printed.\n"
        "The board will publish a revised key on Friday.\n",
        "Candidates said statement 2 of the question was correct as printed",
    ),
    (  # a paper's copy with headings in capitals over sections of one story
        "Alpha and Beta to hold drills twice a year\n"
        "THE TALKS\n"
        "Ines Varga met Beta's navy chief in Kell on Monday.\n"
        "WHAT NEXT\n"
        "Officials will meet again in the autumn to set the dates.\n",
        "Officials will meet again in the autumn to set the dates",
    ),
]


@pytest.mark.parametrize(("text", "kept"), NEWS)
def test_news_with_questions_answers_options_or_headings_is_no_quiz(text: str, kept: str) -> None:
    assert not is_quiz(lines(text))
    quotes, _ = _made(text)
    assert kept in quotes
