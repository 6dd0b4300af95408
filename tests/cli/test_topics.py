"""topics: the list with counts, one topic by a close name or an alias."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import call, call_json


class TestTopics:
    def test_topics_list_with_counts(self, capsys: pytest.CaptureFixture[str]) -> None:
        doc = call_json(capsys, "topics")
        counts = {t["id"]: t["fact_count"] for t in doc["topics"]}
        assert counts == {"talks": 2, "drills": 3, "worries": 1, "promo": 1}

    def test_one_topic_by_fuzzy_name(self, capsys: pytest.CaptureFixture[str]) -> None:
        doc = call_json(capsys, "topics", "drils and exercises")
        assert doc["topic"]["id"] == "drills"
        assert [f["id"] for f in doc["facts"]] == [
            "talks-topic",
            "drill-expanded",
            "drill-includes-epsilon",
        ]

    def test_unknown_topic_exits_1(self, capsys: pytest.CaptureFixture[str]) -> None:
        code, _, err = call(capsys, "topics", "qqqqqq")
        assert code == 1 and err.startswith("defcoop: no topic 'qqqqqq'")

    @pytest.mark.parametrize(
        ("argv", "expected"),
        [
            (["topics", "scs"], "south-china-sea"),
            (["topics", "law of the sea"], "south-china-sea"),
            (["topics", "drills"], "joint-exercises"),
        ],
    )
    def test_topics_have_aliases(
        self,
        capsys: pytest.CaptureFixture[str],
        real_factbase: Path,
        argv: list[str],
        expected: str,
    ) -> None:
        assert call_json(capsys, *argv)["topic"]["id"] == expected
