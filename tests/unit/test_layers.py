"""Layers: fact bases read one over another, as one."""

from __future__ import annotations

from conftest import MINI, SECOND

from defcoop_cli.factbase.loader import load_layers


class TestLayers:
    def test_the_merged_view_loads_as_one(self) -> None:
        fb = load_layers([MINI, SECOND])
        assert [len(layer_.path.name) > 0 for layer_ in fb.layers] == [True, True]
        assert fb.homes["harbour-wire"] == SECOND and fb.homes["mini"] == MINI
