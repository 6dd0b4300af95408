"""The commands in-process: what each prints, its JSON contract and its exit code."""

from __future__ import annotations

import json
import re

import pytest
from conftest import REAL, call, call_json

from defcoop_cli import __version__
from defcoop_cli.cli.app import app

COMMANDS = ["search", "topics", "entities", "show", "brief", "summary", "validate"]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(capsys: pytest.CaptureFixture[str], command: str) -> None:
    code, out, _ = call(capsys, command, "--help")
    assert code == 0
    assert "Usage: defcoop " + command in out
    (info,) = [c for c in app.registered_commands if (c.name or c.callback.__name__) == command]  # type: ignore[union-attr]
    docstring = info.callback.__doc__ if info.callback else None
    assert docstring and docstring.split("\n")[0].strip()[:30] in out


def test_no_command_prints_help_to_stderr_and_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = call(capsys)
    assert code == 2 and out == ""
    assert "Commands:" in err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert call(capsys, "--version")[:2] == (0, f"defcoop {__version__}\n")


class TestSearch:
    def test_json_envelope_and_result_fields(self, capsys: pytest.CaptureFixture[str]) -> None:
        doc = call_json(capsys, "search", "delta")
        assert list(doc) == ["schema_version", "query", "results", "total"]
        assert doc["schema_version"] == 1 and doc["query"] == "delta"
        first = doc["results"][0]
        assert list(first) == [
            "id",
            "score",
            "statement",
            "kind",
            "attribution",
            "stance",
            "topics",
            "entities",
            "keywords",
            "quote",
            "source",
            "span",
            "part_of",
            "claim",
            "prefix",
            "suffix",
            "review",
            "source_label",
            "corroboration",
            "conflicts",
        ]
        assert 0 <= first["score"] <= 100

    def test_nothing_found_still_prints_the_document(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        code, out, err = call(capsys, "search", "bitcoin", "--json")
        assert code == 1
        assert json.loads(out)["results"] == []
        assert err.startswith("defcoop: nothing found for 'bitcoin'")

    def test_did_you_mean_goes_to_stderr(self, capsys: pytest.CaptureFixture[str]) -> None:
        code, out, err = call(capsys, "search", "epsilonnnnn")
        assert code == 1 and out == ""
        assert err == "defcoop: nothing found for 'epsilonnnnn'; did you mean 'epsilon'?\n"

    @pytest.mark.parametrize(
        "query",
        [
            ["psilonnnnn"],  # another first letter, not close enough: not "epsilon"
            ["epsilonnnnn", "bitcoin"],  # "epsilon bitcoin" would find nothing either
        ],
    )
    def test_no_suggestion_that_is_a_stretch_or_finds_nothing(
        self, capsys: pytest.CaptureFixture[str], query: list[str]
    ) -> None:
        code, out, err = call(capsys, "search", *query)
        assert code == 1 and out == "" and "did you mean" not in err

    def test_a_suggestion_of_only_function_words_is_no_usage_error(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        code, out, err = call(capsys, "search", "theeze")  # close to "these"
        assert (code, out) == (1, "") and err.startswith("defcoop: nothing found")

    def test_a_word_the_fact_base_has_is_not_a_typo_of_another(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """ "unilateral" is not "bilateral" misspelt: only the facts with the word itself."""
        doc = call_json(capsys, "--no-default-facts", "--facts", str(REAL), "search", "unilateral")
        assert doc["results"] and all(
            "unilateral" in (r["statement"] + " ".join(r["keywords"])).lower()
            for r in doc["results"]
        )

    def test_explain_says_why(self, capsys: pytest.CaptureFixture[str]) -> None:
        doc = call_json(capsys, "search", "delta", "drll", "--explain")
        explain = doc["results"][0]["explain"]
        assert {e["term"] for e in explain} == {"delta", "drll"}
        assert {"term", "field", "word", "score"} == set(explain[0])

    def test_human_output_shows_id_kind_attribution_stance_and_statement(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        code, out, _ = call(capsys, "search", "expand")
        assert code == 0
        assert "drill-expanded" in out and "commitment · both ministers · agreed" in out
        assert "Both sides agreed to expand the Delta Drill." in out

    def test_editorial_only_when_asked(self, capsys: pytest.CaptureFixture[str]) -> None:
        assert call(capsys, "search", "book")[0] == 1
        assert (
            call_json(capsys, "search", "book", "--include-editorial")["results"][0]["id"]
            == "promo-book"
        )

    def test_filters(self, capsys: pytest.CaptureFixture[str]) -> None:
        doc = call_json(capsys, "search", "delta", "--topic", "talks", "--entity", "Delta")
        assert [r["id"] for r in doc["results"]] == ["talks-topic"]

    @pytest.mark.parametrize(
        "argv",
        [
            ["search", "a"],
            ["search", ""],
            ["search", "delta", "--limit", "0"],
            ["search", "delta", "--json", "--jsonl"],
            ["search", "delta", "--kind", "rumour"],
            ["search", "delta", "--topic", "zzzzzz"],
            ["search", "delta", "--nope"],
            ["brief", "--format", "pdf"],
            ["brief", "--topic", "promo"],
        ],
    )
    def test_usage_errors_are_one_line_and_exit_2(
        self, capsys: pytest.CaptureFixture[str], argv: list[str]
    ) -> None:
        code, out, err = call(capsys, *argv)
        assert code == 2 and out == ""
        assert err.startswith("defcoop: ") and err.count("\n") == 1


class TestTopicsAndEntities:
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


class TestShow:
    def test_the_notes_shown_are_on_the_fact_or_its_entities_as_a_whole(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Notes on Nakatani's office cite the facts that give it: not every fact naming him."""
        base = ("--no-default-facts", "--facts", str(REAL))
        doc = call_json(capsys, *base, "show", "pahalgam-briefing")
        assert [n["id"] for n in doc["curator_notes"]] == [
            "pahalgam-attack-date",
            "nakatani-given-name",
        ]
        code, out, _ = call(capsys, *base, "show", "pahalgam-briefing")
        assert code == 0 and "[pahalgam-attack-date]" in out  # each note with its id

    def test_json_has_context_and_notes(self, capsys: pytest.CaptureFixture[str]) -> None:
        doc = call_json(capsys, "show", "markup-concern", "--context", "0")
        assert doc["context"]["text"] == doc["fact"]["quote"]
        assert doc["curator_notes"][0]["id"] == "beta-name"
        assert doc["curator_notes"][0]["curator_note"] is True

    def test_context_widens_by_sentences(self, capsys: pytest.CaptureFixture[str]) -> None:
        doc = call_json(capsys, "show", "drill-expanded", "--context", "1")
        assert doc["context"]["text"].startswith("Alpha met Beta")
        assert doc["context"]["text"].endswith("in reports.")

    def test_human_output_has_every_part(self, capsys: pytest.CaptureFixture[str]) -> None:
        code, out, _ = call(capsys, "show", "markup-concern")
        assert code == 0
        for part in (
            "raised concern",
            "Japanese delegation",
            "worries",
            "beta",
            "Curator note",
            "Beta's name is spelled",
        ):
            assert part in out

    def test_unknown_id_exits_1_and_suggests(self, capsys: pytest.CaptureFixture[str]) -> None:
        code, out, err = call(capsys, "show", "drill-expand")
        assert code == 1 and out == ""
        assert "did you mean drill-expanded" in err


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


class TestValidate:
    def test_clean_fact_base_prints_one_summary_line(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        code, out, _ = call(capsys, "validate")
        assert code == 0
        assert out.startswith("ok: ") and "6 facts" in out and "covered" in out

    def test_problems_exit_1_and_are_listed(
        self, capsys: pytest.CaptureFixture[str], tmp_path
    ) -> None:  # type: ignore[no-untyped-def]
        bad = tmp_path / "facts.json"
        bad.write_text('{"schema_version": 2}', encoding="utf-8")
        code, out, _ = call(capsys, "validate", str(bad), "--json")
        doc = json.loads(out)
        assert code == 1 and doc["ok"] is False
        assert {p["path"] for p in doc["problems"]} >= {"$.schema_version", "$.sources"}
