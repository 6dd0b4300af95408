"""pick without a finder: --filter picks what Enter would, --lines is the list fzf reloads
(in the order of search), and without a terminal pick is a usage error."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import call, call_json


def search_ids(capsys: pytest.CaptureFixture[str], *words: str) -> list[str]:
    doc = call_json(capsys, "search", *words, "--limit", "100")
    return [r["id"] for r in doc["results"]]


class TestFilter:
    def test_a_typo_picks_the_best_match_of_search(
        self, capsys: pytest.CaptureFixture[str], real_factbase: Path
    ) -> None:
        code, out, err = call(capsys, "pick", "--filter", "malabr")
        assert (code, out, err) == (0, "exercise-malabar-participants\n", "")
        assert out.strip() == search_ids(capsys, "malabr")[0]

    def test_nothing_matched_is_exit_1_with_one_line(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        code, out, err = call(capsys, "pick", "--filter", "zzqqxx")
        assert (code, out) == (1, "")
        assert err == "defcoop: no fact matches 'zzqqxx'\n"

    @pytest.mark.parametrize("query", ["", " ", "x"])
    def test_nothing_to_search_for_is_a_usage_error_as_in_search(
        self, capsys: pytest.CaptureFixture[str], query: str
    ) -> None:
        said = "defcoop: query needs at least two letters or digits to search for\n"
        assert call(capsys, "search", query) == (2, "", said)
        assert call(capsys, "pick", "--filter", query) == (2, "", said)

    def test_json_prints_the_fact_as_show_does(self, capsys: pytest.CaptureFixture[str]) -> None:
        best = search_ids(capsys, "alpha")[0]
        assert call_json(capsys, "pick", "--filter", "alpha") == call_json(capsys, "show", best)


class TestTheListFzfReloads:
    def test_it_is_the_order_of_search_one_fact_a_line(
        self, capsys: pytest.CaptureFixture[str], real_factbase: Path
    ) -> None:
        code, out, _ = call(capsys, "pick", "--lines", "joint exercises")
        ids = [line.split("\t")[0] for line in out.splitlines()]
        assert code == 0 and ids == search_ids(capsys, "joint", "exercises")
        assert all(line.count("\t") == 1 for line in out.splitlines())

    def test_before_anything_is_typed_it_lists_the_facts(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        _, out, _ = call(capsys, "pick", "--lines", "")
        facts = call_json(capsys, "facts")["facts"]
        assert [line.split("\t")[0] for line in out.splitlines()] == [f["id"] for f in facts]

    def test_stop_words_alone_list_nothing_quietly(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """`the`, typed on the way to `the malabar exercise`, is no query yet."""
        assert call(capsys, "pick", "--lines", "the") == (0, "", "")


def test_without_a_terminal_pick_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = call(capsys, "pick")
    assert (code, out) == (2, "")
    assert err.startswith("defcoop: pick reads keys from a terminal") and err.count("\n") == 1
