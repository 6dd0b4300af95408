"""`patterns.literal_heads`: the strings one of which opens every match of a pattern, the
cheap test before a reporting verb lexicon's search (a big base's first draft), and
`sentences.whole_word_spans`, the entity matcher's names found by plain string search in an
ASCII text: each the same as the regular expression it stands for. Texts of my own."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from defcoop_cli.factbase.sentences import whole_word_spans
from defcoop_cli.patterns import literal_heads


@pytest.mark.parametrize(
    ("pattern", "heads"),
    [
        (r"(?<![\w-])(?:agree(?:d|s)?|signed)(?![\w-])", {"agre", "sign"}),
        (r"(?:(?<=talks )|(?<=meeting ))(?:was|were) held", {"was ", "were"}),  # looks around
        (r"(?:the )?pact", {"the ", "pact"}),  # an optional part read both ways
        (r"[Ss]aid", {"said"}),  # a set of a few letters
        (r"ab(?:c|d+)", {"abc", "abd"}),  # a head ends after a repeat's first time
        (r"ab(?:c|d*)", {"abc", "ab"}),  # or before a repeat that may not be there
        (r"\bno\b", {"no"}),
    ],
)
def test_heads_are_read_from_the_pattern(pattern: str, heads: set[str]) -> None:
    assert literal_heads(pattern, re.I) == heads


@pytest.mark.parametrize("pattern", [r"\w+ed", r"(?:the )?\w+", r"(?:x|)", r"[^a]bc", "ßig", ""])
def test_no_heads_where_a_match_may_open_otherwise(pattern: str) -> None:
    assert literal_heads(pattern) is None


WORDS = ["agreed", "signs", "the", "pact", "said", "was", "held", "talks", "meeting", "a", "-"]
PATTERNS = [
    r"(?<![\w-])(?:agree(?:d|s)?|sign(?:ed|s)?)(?![\w-])",
    r"(?:(?<=talks )|(?<=meeting ))(?:was|were) held",
    r"(?:the )?pact(?! was)",
    r"[Ss]aid|(?:he|she) told",
]


@given(st.lists(st.sampled_from(WORDS), max_size=12), st.sampled_from(PATTERNS), st.booleans())
def test_a_text_holding_no_head_is_matched_nowhere(
    words: list[str], pattern: str, upper: bool
) -> None:
    text = " ".join(w.upper() if upper else w for w in words)
    heads = literal_heads(pattern, re.I)
    assert heads is not None
    if not any(h in text.lower() for h in heads):
        assert re.search(pattern, text, re.I) is None


def test_the_lexicon_tables_have_heads() -> None:
    """The reporting verb lexicon's patterns are tested before they are searched (each
    with heads; those of the forms tables are their words)."""
    from defcoop_cli.curation.drafting.claims.glosses import _lexicon_heads

    heads = _lexicon_heads()
    assert heads
    assert sum(h is not None for h in heads.values()) >= len(heads) - 2


NAMES = ["Beta", "BETA", "Kappa Isle", "2+2", "aa", "Ab-Cd", "İzel", "k"]
TEXT_PARTS = ["Beta", "beta", "BETA", "Kappa Isle", "kappa isle", "2+2", "2+22", "aaa", "aa"]
TEXT_PARTS += ["Ab-Cd", "x-Beta", "Beta_", "Beta-", " ", ", ", "-", "_", "K", "\u212a", "İzel", "é"]


@given(st.lists(st.sampled_from(TEXT_PARTS), max_size=10), st.sampled_from(NAMES), st.booleans())
def test_a_name_is_found_where_its_pattern_finds_it(
    parts: list[str], name: str, ignore_case: bool
) -> None:
    text = "".join(parts)
    pattern = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])", re.I if ignore_case else 0)
    want = [m.span() for m in pattern.finditer(text)]
    assert list(whole_word_spans(text, name, ignore_case)) == want
    lowered = text.lower() if text.isascii() else None
    assert list(whole_word_spans(text, name, ignore_case, lowered)) == want


def test_a_name_is_found_as_a_whole_word_only() -> None:
    text = "Beta met beta-Gamma and BETA; Betas, beta. aBeta Beta"
    assert list(whole_word_spans(text, "Beta", True)) == [(0, 4), (24, 28), (37, 41), (49, 53)]
    assert list(whole_word_spans(text, "Beta", False)) == [(0, 4), (49, 53)]
    assert list(whole_word_spans("aaa aa", "aa", False)) == [(4, 6)]
    # a non-ASCII text: the pattern (the Kelvin sign is a "k" to re.IGNORECASE)
    assert list(whole_word_spans("\u212a and k", "k", True)) == [(0, 1), (6, 7)]
