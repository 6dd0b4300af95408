"""Issue 24, R64 (s51-draft92): an event of the visit is its teller's; a wire's flash that
credits a channel after a dash ("… - ministry spokesperson X") is told by him, as ", the
spokesperson said" is; each class with a near sentence that keeps its reading. Texts of my
own."""

from __future__ import annotations

import pytest
from drafting_world import said

from defcoop_cli.factbase.vocab import THE_SOURCE


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        # an event credited to a channel after a dash: the channel's telling (R64, R6)
        ("Ines Varga meets Tomas Brel in Kell - ministry spokesperson Ada Lorne", "Ada Lorne"),
        ("Ines Varga meets Tomas Brel in Kell – spokeswoman Ada Lorne", "Ada Lorne"),
        ("Ines Varga held talks with Tomas Brel in Kell, spokesman Ada Lorne said.",
         "Ada Lorne"),  # near: the tag after a comma, read so before
        # near: an act with a stance stays its doer's; a dash before no channel tells none
        ("Ines Varga briefs Tomas Brel on the harbour raid - spokesperson Ada Lorne",
         "Ines Varga"),
        ("Ines Varga meets Tomas Brel in Kell - a first since the border war", THE_SOURCE),
        ("Ines Varga meets Tomas Brel in Kell", THE_SOURCE),
    ],
)  # fmt: skip
def test_an_event_credited_to_a_channel_after_a_dash_is_the_channel_s(
    sentence: str, who: str
) -> None:
    assert said(sentence) == who
