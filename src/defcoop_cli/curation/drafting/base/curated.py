"""Which facts of the fact base a curator filed, and which came in as a report was drafted.

The drafter gives a fact no keywords; a curator files them. A source none of whose facts
has a keyword is a report added as it was drafted (`add` after `review --accept-all`), its
facts' topics the drafter's reading of it over the layers it was drafted on. Counted in a
later draft's topic votes, or leading the topics of a sentence that makes one of their
claims, they would carry the first-added report's reading into the next report's, so that
two reports' facts were filed by whichever was added first (issue 24's curator's loop: a
report drafted over the other's layer read its topics from it). So they count in none of
the topics' tallies (`topics.topic_votes`: no votes, no rarity counts, not in the total),
and a sentence making the claim of one of them is led by the claim's head when a curator
filed it (a report's fact joining a shipped claim), else by its own vote (two reports'
lone facts). A base whose every source has a keyword (the shipped one), or none has one
(a small base filed without keywords), reads as before.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from defcoop_cli.factbase.records import Doc, Fact

T = TypeVar("T")


def drafted_facts(doc: Doc) -> dict[str, tuple[str, ...]]:
    """Each fact of a source none of whose facts has a keyword, with the topics that lead a
    sentence making its claim: its claim's head's, when a curator filed that one; else none."""
    filed = {f.source for f in doc.facts if f.keywords}
    if not filed or len(filed) == len({f.source for f in doc.facts}):
        return {}  # no source told apart by its keywords: every one reads as filed
    heads = {f.id: f for f in doc.facts if f.source in filed}
    return {
        f.id: tuple(head.topics) if (head := heads.get(f.claim or "")) is not None else ()
        for f in doc.facts
        if f.source not in filed
    }


def filed_rows(doc: Doc, facts: Sequence[Fact], rows: Sequence[T]) -> list[T]:
    """rows[i] of each facts[i] a curator filed (none of a report added as drafted): what
    the claim finder's rarities count. Counted, a report's words made every later draft
    score the claims otherwise than over the filed base alone, so that a sentence of one
    report made a claim or not by whether another report was added before it (issue 24's
    curator's loop); not counted, the claims a report's sentences reach do not depend on
    the order of adds but through the report's facts themselves (candidates still)."""
    drafted = drafted_facts(doc)
    return [row for f, row in zip(facts, rows, strict=True) if f.id not in drafted]
