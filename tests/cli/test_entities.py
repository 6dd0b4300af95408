"""entities: filtered by type, one entity by an alias with its roles and facts."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import call, call_json


class TestEntities:
    def test_entities_filtered_by_type(self, capsys: pytest.CaptureFixture[str]) -> None:
        doc = call_json(capsys, "entities", "--type", "person")
        assert [e["id"] for e in doc["entities"]] == ["alpha", "beta"]
        assert doc["entities"][0]["aliases"] == ["Al"]

    def test_one_entity_by_alias_shows_roles_and_facts(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        doc = call_json(capsys, "entities", "Delta")
        assert doc["entity"]["participants"] == [
            {"entity": "epsilon", "fact": "drill-includes-epsilon"}
        ]
        _, out, _ = call(capsys, "entities", "Delta")
        assert "Participant: Epsilon" in out and "Role: a drill" in out

    def test_aliases_are_shown_unambiguously(
        self, capsys: pytest.CaptureFixture[str], real_factbase: Path
    ) -> None:
        _, out, _ = call(capsys, "entities", "pahalgam")
        assert "“Pahalgam, Jammu & Kashmir”" in out
