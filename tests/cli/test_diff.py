"""diff: what changed between two fact bases, and exit 1 when they differ."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import MINI, call, call_json


class TestDiff:
    def test_same_exits_0_and_prints_nothing(self, capsys: pytest.CaptureFixture[str]) -> None:
        code, out, err = call(capsys, "diff", str(MINI), str(MINI))
        assert (code, out, err) == (0, "", "")
        assert call_json(capsys, "diff", str(MINI), str(MINI))["same"] is True

    def test_lists_what_changed(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        shutil.copytree(MINI.parent, tmp_path / "new")
        new = tmp_path / "new" / "facts.json"
        doc = json.loads(new.read_text(encoding="utf-8"))
        doc["facts"][0]["statement"] = "Alpha and Beta met in Gamma City."
        removed = doc["facts"].pop(1)
        doc["facts"].append({**removed, "id": "talks-topic-2"})
        doc["entities"].append({"id": "zeta", "name": "Zeta", "type": "country"})
        new.write_text(json.dumps(doc), encoding="utf-8")
        code, out, _ = call(capsys, "diff", str(MINI), str(new), "--color", "never")
        assert code == 1
        assert "facts: 1 added, 1 removed, 1 changed" in out
        assert "+ talks-topic-2" in out and "- talks-topic" in out
        assert "~ talks-held (statement)  Alpha and Beta met in Gamma City." in out
        assert "entities: 1 added" in out
        doc = call(capsys, "diff", str(MINI), str(new), "--json")[1]
        result = json.loads(doc)
        assert result["same"] is False
        assert result["facts"]["changed"] == [{"id": "talks-held", "fields": ["statement"]}]

    def test_bad_input_exits_2(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        bad = tmp_path / "bad.json"
        bad.write_text("{", encoding="utf-8")
        code, out, err = call(capsys, "diff", str(MINI), str(bad))
        assert code == 2 and out == "" and err.count("\n") == 1
