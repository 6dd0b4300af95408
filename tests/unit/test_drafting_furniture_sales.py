"""drafting.furniture.sales: the answer under a buyer's question of the sale (shipping,
payment, bidding, returns) is the seller's terms, furniture; an answer under a question on
the thing's own history, a fact box's and an interview's answers stay statements. Pages
and lines of my own."""

from __future__ import annotations

import pytest

from defcoop_cli.curation.drafting.furniture.sales import buyers_question, sale_answers
from defcoop_cli.curation.drafting.segments import candidates


@pytest.mark.parametrize(
    "line",
    [
        "Q: Can the lot be sent overseas?",
        "Q2. How do I pay for my order?",
        "Question: Can the item be collected in person?",
        "Q: Is GST charged on my bid?",
        "Q: Can I return the piece if it arrives damaged?",
    ],
)
def test_a_buyers_question_of_the_sale(line: str) -> None:
    assert buyers_question(line)


@pytest.mark.parametrize(
    "line",
    [
        "Q: Is the presentation case original?",  # the thing's history: no sale's word
        "Q: Will Alpha buy radars from Beta?",  # an interviewer's: parties named
        "Q: Can you tell us what was agreed?",  # no sale's word
        "Q: Can you pay for them this year?",  # "you": an interviewer asks his guest
        "Q: Should we pay more for the navy?",  # "we": the public's
        "Q: Who met, and where?",  # a fact box's
        "Can the lot be sent overseas?",  # no question's label: R3 alone
        "Q: Shipping is extra.",  # no question
    ],
)
def test_no_buyers_question_of_the_sale(line: str) -> None:
    assert not buyers_question(line)


PAGE = [
    "Questions from buyers",
    "Q: Is the presentation case original?",
    "A: Yes; the case came with the gift from the Beta delegation.",
    "Q: Can the parcel go overseas by courier?",
    "A: No. We deliver within Alpha only; see Buying help.",
    "Q: How do I pay for my bid?",
    "Answer: By bank transfer within five days of the close.",
]


def test_the_answers_under_a_buyers_questions_of_the_sale_are_furniture() -> None:
    assert sale_answers(PAGE) == {4, 6}


def test_an_interviews_answers_stay_statements() -> None:
    interview = [
        "Q&A with the minister",
        "Q: Will Alpha buy radars from Beta?",
        "A: We agreed on Monday to build them together.",
        "Q: Can you pay for them this year?",
        "A: The budget has room for the first two.",
    ]
    assert sale_answers(interview) == set()


def test_the_page_drafts_the_things_history_and_not_the_sales_terms() -> None:
    text = "\n".join(PAGE) + "\n"
    found, _ = candidates(text)
    quotes = [text[c.start : c.end] for c in found]
    assert any("the case came with the gift" in q for q in quotes)
    assert not any("deliver within Alpha" in q or "bank transfer" in q for q in quotes)
