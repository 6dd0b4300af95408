"""Anchoring: quotes found again in an edited text, whatever is edited around them."""

from __future__ import annotations

import re

from conftest import COSTLY_EXAMPLES, REAL
from hypothesis import example, given, settings
from hypothesis import strategies as st

from defcoop_cli.curation import anchoring
from defcoop_cli.curation.results import Quote
from defcoop_cli.factbase.loader import load

SOURCE = "rajnath-nakatani-meeting"
TEXT = (REAL.parent / "sources" / f"{SOURCE}.txt").read_text(encoding="utf-8")
FACTS = load(REAL).doc.facts


SPANS = sorted({f.span for f in FACTS})


def _outside(edits: list[tuple[int, int, str]]) -> str:
    """Apply insertions and deletions that touch no quote, from the end of the text
    backwards, each in the original text's coordinates (an edit that overlaps one already
    applied is skipped)."""
    text = TEXT
    applied: list[tuple[int, int]] = []
    for at, length, insert in sorted(edits, reverse=True):
        at = min(at, len(TEXT))
        end = min(len(TEXT), at + length)
        touches = any(at < b and a < end for a, b in SPANS) or any(a < at < b for a, b in SPANS)
        if touches or any(at <= b and a <= end for a, b in applied):
            continue
        applied.append((at, end))
        text = text[:at] + insert + text[end:]
    return text


def _gaps() -> list[tuple[int, int]]:
    """The stretches of the text between quotes, where an edit touches none."""
    gaps, covered = [], 0
    for a, b in SPANS:
        if a - covered > 2:
            gaps.append((covered, a))
        covered = max(covered, b)
    return gaps


GAPS = _gaps()


@settings(deadline=None, max_examples=COSTLY_EXAMPLES)
@given(
    st.lists(
        st.tuples(
            st.integers(0, len(TEXT)),
            st.integers(0, 30),
            st.text(alphabet="abc xyz.,\n", max_size=40),
        ),
        max_size=6,
    )
)
# Its classes of input, in every profile (each example reanchors the whole shipped article):
# no edit, text before the first quote and after the last, a deletion between two quotes,
# an insertion in each of six gaps at once.
@example([])
@example([(0, 0, "abc xyz.\n")])
@example([(len(TEXT), 0, "\nxyz, abc.")])
@example([(GAPS[0][0] + 1, GAPS[0][1] - GAPS[0][0] - 2, "")])
@example([(a + 1, 0, "x, y.\n") for a, _ in GAPS[:6]])
def test_edits_outside_the_quotes_keep_every_quote(edits: list[tuple[int, int, str]]) -> None:
    new = _outside(edits)
    source = load(REAL).sources[SOURCE]
    result = anchoring.reanchor(source, FACTS, TEXT, new)
    for a in result.anchors:
        if a.quote.kind != "fact":
            continue
        assert a.status in ("exact", "moved", "ambiguous"), (a.quote.label, a.status)
        if a.span is not None:
            assert new[a.span[0] : a.span[1]] == a.quote.text


def test_a_reworded_text_scores_below_the_threshold() -> None:
    quote = Quote("fact", "x", "India and Japan agreed to hold talks", (0, 36), "", "")
    found = anchoring.anchor(quote, "Completely unrelated words about weather and cooking today.")
    assert found.status == "orphaned" and found.score < anchoring.FUZZY_THRESHOLD
    assert re.match(r"\d", str(found.score))
