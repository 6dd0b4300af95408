"""brief: sections from the data, every line cited, a bottom line first, and the same
points in every format."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import REAL, call, call_json


class TestBrief:
    def test_json_sections_come_from_the_data(self, capsys: pytest.CaptureFixture[str]) -> None:
        brief = call_json(capsys, "brief")["brief"]
        assert brief["meeting"] == [
            {"text": "Alpha met Beta in Gamma City.", "facts": ["talks-held"]}
        ]
        assert [p["name"] for p in brief["people"]] == ["Alpha", "Beta"]
        assert brief["places"][0]["text"] == "Gamma City"
        assert brief["exercises"][0]["participants"][0]["text"] == "Epsilon"
        assert brief["regional"][0]["topic"] == "worries"
        assert brief["watch_outs"][0]["basis"] == "the article"
        assert brief["sources"][0]["covers"] == ["The talks", "Drills and exercises", "Worries"]

    def test_markdown_cites_every_line_and_leaves_out_editorial(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        code, out, _ = call(capsys, "brief", "--format", "markdown")
        assert code == 0 and "\x1b" not in out
        bullets = [line for line in out.splitlines() if line.lstrip().startswith("- ")]
        uncited = [b for b in bullets if not re.search(r"\(`[a-z0-9-]+`", b)]
        assert len(bullets) >= 6
        # Only the "When" line cites nothing: it says when the source is from.
        assert uncited == ["- **When:** article undated"]
        # the source's title, already the brief's, is not said twice
        assert "**Scope:** draws on 1 source (news article, undated" in out
        assert out.count("A small test article") == 1
        assert "book" not in out.lower()
        assert r"\[bold\]markup\[/\]" in out

    def test_summary_is_an_alias(self, capsys: pytest.CaptureFixture[str]) -> None:
        assert (
            call(capsys, "summary", "--format", "markdown")[1]
            == call(capsys, "brief", "--format", "markdown")[1]
        )


class TestTheBrief:
    def test_it_opens_with_a_bottom_line_of_three_lines_at_most(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setenv("COLUMNS", "100")
        monkeypatch.setenv("DEFCOOP_FACTS", str(REAL))
        _, out, _ = call(capsys, "brief")
        paragraphs = out.split("\n\n")
        assert paragraphs[1].startswith("Bottom line: Rajnath Singh met Gen Nakatani")
        assert len(paragraphs[1].split("\n")) <= 3
        for stance in ("Agreed", "reaffirmed", "condemned"):
            assert stance in paragraphs[1]

    def test_every_line_cites_its_ids_and_full_shows_more(
        self, capsys: pytest.CaptureFixture[str], real_factbase: Path
    ) -> None:
        _, short, _ = call(capsys, "brief", "--format", "md")
        _, full, _ = call(capsys, "brief", "--format", "md", "--full")
        bullets = [line for line in short.splitlines() if line.startswith("- ")]
        assert all("(`" in b for b in bullets if not b.startswith("- **When:**"))
        assert len(full.splitlines()) > len(short.splitlines())
        assert "tech-space" in full and "tech-space" not in short  # list items: --full only

    def test_markdown_and_json_carry_what_the_terminal_shows(
        self, capsys: pytest.CaptureFixture[str], real_factbase: Path
    ) -> None:
        _, rich_out, _ = call(capsys, "brief")
        _, md, _ = call(capsys, "brief", "--format", "markdown")
        brief = call_json(capsys, "brief")["brief"]
        cited = set(re.findall(r"\[([a-z0-9,\s-]+)\]", rich_out))  # a list may wrap
        rich_ids = {i.strip() for group in cited for i in group.split(",")}
        md_ids = set(re.findall(r"`([a-z0-9-]+)`", md))
        assert rich_ids == md_ids
        assert brief["bottom_line"]["points"][0]["stance"] == "agreed"
        leads = [p for s in brief["key_points"] for p in s["points"] if p["lead"]]
        assert {f for p in leads for f in p["facts"]} <= rich_ids


def test_a_brief_of_a_fact_base_without_sources(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert call(capsys, "init", str(tmp_path / "empty"))[0] == 0
    monkeypatch.setenv("DEFCOOP_FACTS", str(tmp_path / "empty" / "facts.json"))
    code, out, err = call(capsys, "brief")
    assert code == 1 and out == "" and "nothing to brief from" in err
