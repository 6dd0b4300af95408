"""output.render_rich: a drawing for every result a command returns."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import command_results

from defcoop_cli.output import render_rich

# A draft is a file for the curator to edit: JSON however it is asked for.
JSON_ONLY = {"Drafted"}


@pytest.mark.parametrize(
    "kind", [k for k in command_results() if k.__name__ not in JSON_ONLY], ids=lambda k: k.__name__
)
def test_every_result_has_its_own_drawing(kind: type[Any]) -> None:
    assert render_rich.draw.dispatch(kind) is not render_rich.draw.dispatch(object)
