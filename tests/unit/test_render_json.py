"""output.render_json: a document for every result a command returns."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import command_results

from defcoop_cli.output import render_json


def test_the_results_are_found() -> None:
    names = {kind.__name__ for kind in command_results()}
    assert {"SearchResult", "Briefing", "FactView", "Diff", "Reanchoring", "Report"} <= names


@pytest.mark.parametrize("kind", command_results(), ids=lambda k: k.__name__)
def test_every_result_has_its_own_document(kind: type[Any]) -> None:
    """Or its own pieces: a draft's JSON is written as it is drafted, never built whole.
    The curator's results (and validate's report) are registered when one is first drawn:
    here, before looking, whatever ran before."""
    render_json._others_registered()
    own = render_json.document.dispatch(kind) is not render_json.document.dispatch(object)
    in_pieces = render_json.pieces.dispatch(kind) is not render_json.pieces.dispatch(object)
    assert own != in_pieces


@pytest.mark.parametrize(
    ("data", "written"),
    [
        ("plain ASCII", '"plain ASCII"'),
        ("a\x7fb", '"a\\u007fb"'),
        ("caf\u00e9\u200b\u202e", '"caf\u00e9\\u200b\\u202e"'),
        ("\x9b[31m", '"\\u009b[31m"'),
    ],
)
def test_what_a_terminal_would_obey_is_escaped_and_the_rest_kept(data: str, written: str) -> None:
    """DEL, C1 controls and invisible or reordering characters become \\u escapes (json.dumps
    escapes the C0 ones); other text, ASCII or not, is written as it is."""
    assert render_json.dumps({"text": data}) == '{\n  "text": ' + written + "\n}\n"
