"""A sale's answers to its buyers: a shop's, an auction's or a catalogue's questions from
buyers ("Q: Can the lot be sent overseas?", "Q2. How do I pay for my order?") are
furniture as every question is (R3), and so is the answer under one that asks how the sale
works for the asker or for the thing sold ("A: No. We deliver within the country only; see
Buying help."): the seller's terms, as its terms-of-sale line is, no report's statement. A buyer's
question is one in the buyer's person ("I", "my") or about the thing on sale ("the lot",
"the item", "the order") with a verb or a noun of the sale (shipping, delivery,
payment, bidding, returns, collection), and no name in it: an interviewer's "Q: Will India
buy Japanese radars?" asks a party, and the minister's answer under it is his statement. An
answer under a buyer's other question ("Q: Is the presentation case original?", the thing's
own history) asserts and stays a statement; so does every answer of a fact box or an
interview ("Q: Who met, and where?")."""

from __future__ import annotations

import re
from collections.abc import Sequence

# A question's line with its label: "Q: …?", "Q2. …?", "Question: …?"
_QUESTION = re.compile(r"\s*(?:Q|Question)\s?\d{0,3}\s?[:.]\s+(?P<asks>\S.*\?)\s*")
# An answer's label: "A: ", "Ans: ", "Answer: " (not "A. " , an initial: "A. Rao (CMD): …")
_ANSWER = re.compile(r"\s*(?:A|Ans\.?|Answer)\s?:\s+\S")
# The buyer in the first person, or the thing on sale (not "you", "we": an interviewer's
# "Can you pay for them this year?" asks the minister, "Should we pay more?" the public)
_BUYER = re.compile(
    r"\bI\b|\b(?i:me|my)\b"
    r"|\b(?i:the|this|a)\s+(?i:lot|item|piece|order|parcel|purchase|goods|object)s?\b"
)
# The sale's own verbs and nouns: shipping, delivery, payment, bidding, returns, collection
_SALE = re.compile(
    r"\b(?i:ship(?:s|ped|ping)?|deliver(?:s|ed|y)?|post(?:ed|age)|courier(?:ed)?"
    r"|dispatch(?:ed)?|sen[dt]|pay(?:s|ing|ment)?|paid|bid(?:s|ding|der|ders)?"
    r"|buy(?:ing|er|ers)?|bought"
    r"|purchas(?:e|ed|ing)|return(?:s|ed)?|refund(?:s|ed)?|collect(?:ed|ion)?"
    r"|insur(?:e|ed|ance)|invoiced?|customs|GST|VAT)\b"
)
# A name in the question: a capitalised word after its first (not "I", nor a tax's letters)
_NAME = re.compile(r"(?<=\s)(?!(?:I|GST|VAT)\b)[A-Z]")


def buyers_question(line: str) -> bool:
    """Whether the line is a labelled question a buyer asks of the sale (the module's)."""
    found = _QUESTION.fullmatch(line)
    if found is None:
        return False
    asks = found["asks"]
    return bool(_BUYER.search(asks) and _SALE.search(asks)) and not _NAME.search(asks)


def sale_answers(lines: Sequence[str]) -> set[int]:
    """The indices of the answers under a buyer's questions of the sale (the module's)."""
    return {
        n + 1
        for n, line in enumerate(lines[:-1])
        if buyers_question(line) and _ANSWER.match(lines[n + 1])
    }
