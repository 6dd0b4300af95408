"""facts: every fact but the editorial ones, in order, with the search filters."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import REAL, call, call_json

from defcoop_cli.factbase.loader import FactBase, load


@pytest.fixture(scope="module")
def fb() -> FactBase:
    return load(REAL)


class TestFactsCommand:
    def test_lists_every_fact_but_editorial_in_order(
        self, capsys: pytest.CaptureFixture[str], real_factbase: Path, fb: FactBase
    ) -> None:
        doc = call_json(capsys, "facts")
        listed = [f["id"] for f in doc["facts"]]
        assert listed == [f.id for f in fb.doc.facts if f.kind != "editorial"]
        assert doc["total"] == len(listed)
        assert "exercise-malabar-participants" in listed  # the fzf recipe once missed it

    def test_takes_the_search_filters(
        self, capsys: pytest.CaptureFixture[str], real_factbase: Path
    ) -> None:
        code, out, err = call(
            capsys, "facts", "--kind", "commitment", "--entity", "Malabar", "--json"
        )
        assert code == 1 and json.loads(out)["facts"] == []
        assert err == "defcoop: no facts match these filters\n"
        doc = call_json(capsys, "facts", "--topic", "scs", "--kind", "concern")
        assert [f["id"] for f in doc["facts"]] == ["unilateral-actions-concern"]
        doc = call_json(capsys, "facts", "--topic", "editorial")
        assert doc["facts"] and all(f["kind"] == "editorial" for f in doc["facts"])

    def test_jsonl_limit_and_human_output(
        self, capsys: pytest.CaptureFixture[str], real_factbase: Path
    ) -> None:
        code, out, err = call(capsys, "facts", "--jsonl", "--limit", "2")
        assert code == 0 and len(out.splitlines()) == 2 and err == ""  # stderr is no terminal
        _, _, err = call(capsys, "--verbose", "facts", "--jsonl", "--limit", "2")
        assert err == "defcoop: 9 editorial facts left out; add --include-editorial\n"
        code, out, _ = call(capsys, "facts", "--limit", "2")
        assert "meeting-held" not in out and "2 of " in out
