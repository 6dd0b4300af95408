"""The candidates a pass keeps when it sets some lines apart (a page's decks, a post's
word on its thread, other news on the page): each item's lead renumbered, and an item
whose lead is gone standing alone. A pass that sets spans of the text apart as furniture
(a deck's line, a quiz's apparatus, a collective's demands, a bot's comment, a post's
housekeeping) keeps the candidates that start outside them (spans_apart)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from defcoop_cli.curation.drafting.segments import Candidate, Candidates


def kept_candidates(found: Sequence[Candidate], keep: Callable[[Candidate], bool]) -> Candidates:
    """The candidates keep keeps, in their order, each item pointing at its lead's new
    place (none, where the lead is not kept)."""
    kept, moved = Candidates(), dict[int, int]()
    for i, c in enumerate(found):
        if keep(c):
            moved[i] = len(kept)
            kept.append(c._replace(parent=None if c.parent is None else moved.get(c.parent)))
    return kept


def spans_apart(
    found: Sequence[Candidate],
    furniture: Sequence[tuple[int, int]],
    gone: Sequence[tuple[int, int]],
    replacing: bool = False,
) -> tuple[Sequence[Candidate], list[tuple[int, int]]]:
    """The candidates without those starting inside a span gone, and the furniture with
    the spans, each once; replacing, the furniture starting inside a span gives way to it
    (a line read whole: a deck's, a quiz's apparatus, a collective's demands)."""
    if not gone:
        return found, list(furniture)

    def inside(at: int) -> bool:
        return any(a <= at < b for a, b in gone)

    kept = kept_candidates(found, lambda c: not inside(c.start))
    left = [f for f in furniture if not (replacing and inside(f[0]))]
    return kept, sorted({*left, *gone})
