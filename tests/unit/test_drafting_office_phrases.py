"""`office_phrases`: where a text names a person's office, with the cheap test before the
search (a big base's first draft): the same spans and the same text without them as the
office phrase's regular expression, searched or not. Texts of my own."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from defcoop_cli.curation.drafting.conflicts import office_phrases
from defcoop_cli.curation.drafting.conflicts.office_phrases import (
    may_name_office,
    office_spans,
    without_offices,
)

PATTERN = office_phrases._OFFICE_PHRASE

WORDS = [
    "Defence",
    "defense",
    "MINISTER",
    "ministers",
    "of",
    "for",
    "State",
    "Home",
    "his",
    "Quillan's",
    "counterpart",
    "Counterparts",
    "national",
    "security",
    "adviser",
    "chairman",
    "Raksha",
    "Mantri",
    "ambassador",
    "to",
    "the",
    "Brindle",
    "met",
    ";",
    ",",
    "Ministère",
    "minıster",
]


def same_as_the_pattern(text: str) -> None:
    assert office_spans(text) == [m.span() for m in PATTERN.finditer(text)]
    assert without_offices(text) == PATTERN.sub(" ; ", text)


@given(st.lists(st.sampled_from(WORDS), max_size=12), st.sampled_from([" ", "", "-", "  "]))
def test_the_offices_are_the_patterns_searched_or_not(words: list[str], gap: str) -> None:
    same_as_the_pattern(gap.join(words))


def test_a_text_holding_no_head_is_not_searched() -> None:
    plain = "The two navies held a drill off the coast of Quillan on Monday."
    assert not may_name_office(plain) and office_spans(plain) == []
    assert without_offices(plain) == plain
    named = "Quillan's Defence Minister met his counterpart."
    assert may_name_office(named)
    assert [named[a:b] for a, b in office_spans(named)] == [
        "Quillan's Defence Minister",
        "his counterpart",
    ]
    same_as_the_pattern(named)


def test_a_text_not_in_ascii_is_always_searched() -> None:
    # re.IGNORECASE pairs some non-ASCII letters with ASCII ones: such a text is searched
    text = "The Deputy Minıster said so; Brindle’s counterpart agreed."
    assert may_name_office(text)
    same_as_the_pattern(text)
