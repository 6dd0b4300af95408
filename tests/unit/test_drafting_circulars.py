"""drafting: a trade body's circular to its members (s53-draft99, issue 24, heldout81): its
request to members ("Members are also requested not to share …") and its signer's name in
brackets under it ("(Col. (Retd.) A. B. Rao)") are its form, no report. And the near cases
that keep their reading: a party's request reported, a credit in brackets, a bracketed
aside in the body. Every text is my own."""

from __future__ import annotations

import pytest

from defcoop_cli.curation.drafting.furniture.apparatus.instructions import instructs
from defcoop_cli.curation.drafting.turns.forms import form_lines


@pytest.mark.parametrize(
    "sentence",
    [
        "Members are also requested not to forward this note to the press.",
        "Members are kindly reminded to renew their subscriptions before June.",
    ],
)
def test_a_bodys_request_to_its_members_is_furniture(sentence: str) -> None:
    assert instructs(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Kastania has requested that the two navies meet again in June.",
        "Members of the committee requested a briefing from the minister.",
    ],
)
def test_a_request_reported_stays(sentence: str) -> None:
    assert not instructs(sentence)


BODY = [
    "1. The Minister met his counterpart in Porto on Monday.",
    "2. The two agreed to widen their naval drill.",
    "(Porto's harbour closed for the day.)",
]


@pytest.mark.parametrize(
    "signer", ["(Col. (Retd.) Anil Varma)", "(Dr. Meena Iyer)", "(R. K. Sharma)"]
)
def test_a_signers_name_in_brackets_closing_a_circular_is_its_form(signer: str) -> None:
    assert form_lines([*BODY, signer, "Secretary General"]) == {3}


@pytest.mark.parametrize(
    "line", ["(Reuters)", "(With inputs from agencies)", "(Photo: Harbour Agency)"]
)
def test_a_credit_or_an_aside_in_brackets_is_no_signer(line: str) -> None:
    assert form_lines([*BODY, line]) == set()
