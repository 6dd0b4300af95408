"""The candidates a pass keeps when it sets some lines apart (a page's decks, a post's
word on its thread, other news on the page): each item's lead renumbered, and an item
whose lead is gone standing alone."""

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
