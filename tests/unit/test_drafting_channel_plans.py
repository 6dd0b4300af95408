"""Issue 24, attribution misses by class: a party's plan told by a channel is the channel's
word (R6, "…is expected to travel…, officials said"), also where what is set off after the
party's name ("X, who arrived on Sunday, is scheduled to…") comes between, and where the plan
is the party's own expectation ("officials say X expects to…"); a party's act told by a
channel stays the doer's. Each with a near sentence that keeps its reading. Texts of my own."""

from __future__ import annotations

import pytest
from drafting_world import said


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        (
            "Ines Varga, who arrived in Kell on Sunday, is scheduled to visit a shipyard on"
            " Tuesday, the Beta embassy said.",
            "the beta embassy",
        ),
        (
            "Ines Varga, a former naval officer, is due to visit Kell, officials said.",
            "unnamed officials",
        ),
        (
            "Port officials say Ines Varga expects to see the minister again in Kell.",
            "port officials",
        ),
        # near: the plan with nothing set off, as before; a party's act told by a channel
        (
            "Ines Varga is scheduled to visit a shipyard on Tuesday, the Beta embassy said.",
            "the beta embassy",
        ),
        ("Port officials say Ines Varga met the minister again in Kell.", "Ines Varga"),
        (
            "Ines Varga, who arrived in Kell on Sunday, will send observers, officials said.",
            "Ines Varga",
        ),
    ],
)
def test_a_partys_plan_told_by_a_channel_is_the_channels_word(sentence: str, who: str) -> None:
    assert said(sentence) == who
