"""What every command shares: the global options (--version, --facts and its layers,
--color), options that behave alike, and arguments bounded before any work."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from conftest import MINI, REAL, SECOND, call, call_json

from defcoop_cli import __version__
from defcoop_cli.cli.options import complete_formats, complete_types


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert call(capsys, "--version")[:2] == (0, f"defcoop {__version__}\n")


class TestCompletion:
    """The shell's call back for ids, in this process (the installed program answers it in
    tests/process/test_entry_point.py)."""

    def complete(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, words: str
    ) -> list[str]:
        cword = len(words.split()) - (0 if words.endswith(" ") else 1)
        monkeypatch.setenv("_DEFCOOP_COMPLETE", "complete_bash")
        monkeypatch.setenv("COMP_WORDS", words)
        monkeypatch.setenv("COMP_CWORD", str(cword))
        code, out, err = call(capsys)
        assert (code, err) == (0, ""), err
        return out.splitlines()

    def test_topic_ids(
        self,
        capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch,
        real_factbase: Path,
    ) -> None:
        assert self.complete(capsys, monkeypatch, "defcoop search --topic south") == [
            "south-china-sea"
        ]
        assert "joint-exercises" in self.complete(capsys, monkeypatch, "defcoop topics ")

    def test_entity_ids(
        self,
        capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch,
        real_factbase: Path,
    ) -> None:
        assert self.complete(capsys, monkeypatch, "defcoop entities rajn") == ["rajnath-singh"]
        assert self.complete(capsys, monkeypatch, "defcoop search -e nakat") == ["nakatani"]


class TestOptionsBehaveAlike:
    @pytest.mark.parametrize(
        ("value", "code"),
        # 1: the type is taken, and the fixture has no entity of it (a refused type exits 2)
        [("exercise", 0), ("Person", 0), ("military-exercise", 0), ("law or agreement", 1)],
    )
    def test_type_takes_close_names(
        self, capsys: pytest.CaptureFixture[str], value: str, code: int
    ) -> None:
        assert call(capsys, "entities", "--type", value)[0] == code

    def test_every_completion_is_accepted(
        self, capsys: pytest.CaptureFixture[str], real_factbase: Path
    ) -> None:
        for value in complete_types(""):
            assert " " not in value
            code, _, err = call(capsys, "entities", "--type", value, "--json")
            assert code in (0, 1) and "not one of" not in err, value
        for value in complete_formats(""):
            assert call(capsys, "brief", "--format", value)[0] == 0

    def test_md_is_markdown(self, capsys: pytest.CaptureFixture[str]) -> None:
        assert (
            call(capsys, "brief", "--format", "md")[1]
            == call(capsys, "brief", "--format", "markdown")[1]
        )

    @pytest.mark.parametrize(
        "argv",
        [
            ["brief", "--format", "markdown", "--json"],
            ["search", "delta", "--json", "--jsonl"],
            ["facts", "--json", "--jsonl"],
        ],
    )
    def test_conflicting_outputs_are_a_usage_error(
        self, capsys: pytest.CaptureFixture[str], argv: list[str]
    ) -> None:
        code, out, err = call(capsys, *argv)
        assert code == 2 and out == "" and "cannot be used together" in err

    def test_json_never_changes_with_the_colour_option(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        plain = call(capsys, "search", "delta", "--json")[1]
        assert call(capsys, "search", "delta", "--json", "--color", "always")[1] == plain
        assert json.loads(plain)["results"]


class TestLayers:
    def test_the_shipped_base_is_the_first_layer(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.delenv("DEFCOOP_NO_DEFAULT_FACTS")
        shipped = call_json(capsys, "search", "malabar")["results"]
        assert shipped and {r["source"] for r in shipped} == {"rajnath-nakatani-meeting"}
        mine = call_json(capsys, "search", "delta", "drill")["results"]
        assert {r["source"] for r in mine} == {"mini"}
        code, _, err = call(capsys, "--no-default-facts", "search", "malabar")
        assert code == 1 and err.startswith("defcoop: nothing found for 'malabar'")

    def test_facts_is_repeatable_and_the_order_is_the_layer_order(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        doc = call_json(capsys, "--facts", str(MINI), "--facts", str(SECOND), "facts")
        assert doc["facts"][0]["id"] == "talks-held" and doc["total"] == 6 + 9 - 2
        assert (
            call_json(capsys, "--facts", str(SECOND), "--facts", str(MINI), "facts")["facts"][0][
                "source"
            ]
            == "harbour-wire"
        )

    def test_a_layer_given_twice_is_read_once(self, capsys: pytest.CaptureFixture[str]) -> None:
        doc = call_json(capsys, "--facts", str(MINI), "--facts", str(MINI), "facts")
        assert doc["total"] == 5

    def test_an_id_in_two_layers_names_both_files(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        shutil.copytree(MINI.parent, tmp_path / "copy")
        copy = tmp_path / "copy" / "facts.json"
        doc = json.loads(copy.read_text(encoding="utf-8"))
        doc["sources"][0]["id"] = "mine"
        for f in doc["facts"]:
            f["source"] = "mine"
        doc["topics"][0]["title"] = "Talks"  # alike, the topics and entities would be shared
        copy.write_text(json.dumps(doc), encoding="utf-8")
        code, out, err = call(capsys, "--facts", str(MINI), "--facts", str(copy), "search", "x1")
        assert code == 2 and out == ""
        assert err == (
            f"defcoop: topic id 'talks' is in both {MINI} and {copy} with another title; ids "
            "must be unique across fact bases\n"
        )

    def test_a_personal_layer_uses_the_shipped_entities(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
    ) -> None:
        mine = tmp_path / "mine"
        (mine / "sources").mkdir(parents=True)
        text = "Japan and India held a naval drill together.\n"
        (mine / "sources" / "note.txt").write_text(text, encoding="utf-8")
        import hashlib

        doc = {
            "schema_version": 1,
            "sources": [
                {
                    "id": "my-note",
                    "title": "My own note",
                    "title_assigned_by": "curator",
                    "kind": "report",
                    "path": "sources/note.txt",
                    "sha256": hashlib.sha256(text.encode()).hexdigest(),
                    "published": "2025-06-01",
                    "publisher": "Me",
                }
            ],
            "topics": [],
            "entities": [],
            "facts": [
                {
                    "id": "my-drill",
                    "statement": "Japan and India held a naval drill together.",
                    "kind": "event",
                    "attribution": "the article",
                    "stance": "reported",
                    "topics": ["joint-exercises"],
                    "entities": ["japan", "india"],
                    "keywords": [],
                    "source": "my-note",
                    "quote": "Japan and India held a naval drill together",
                    "span": [0, 43],
                }
            ],
            "curator_notes": [],
        }
        (mine / "facts.json").write_text(json.dumps(doc), encoding="utf-8")
        monkeypatch.delenv("DEFCOOP_NO_DEFAULT_FACTS")
        monkeypatch.setenv("DEFCOOP_FACTS", str(mine / "facts.json"))
        found = call_json(capsys, "search", "naval", "drill", "--source", "me")["results"]
        assert [r["id"] for r in found] == ["my-drill"]
        entity = call_json(capsys, "entities", "japan", "--source", "my-note")
        assert [f["id"] for f in entity["facts"]] == ["my-drill"]
        # On its own it checks against the shipped base under it: its references resolve.
        code, out, _ = call(capsys, "validate", str(mine / "facts.json"))
        assert code == 0, out
        code, out, _ = call(capsys, "validate", "--merged")
        assert code == 0, out
        assert "2 sources" in out

    def test_validate_a_layer_on_its_own_or_merged(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setenv("DEFCOOP_FACTS", os.pathsep.join([str(MINI), str(SECOND)]))
        code, out, _ = call(capsys, "validate")
        assert code == 0 and out.startswith(f"ok: {SECOND}: 9 facts, 0 topics")
        code, out, _ = call(capsys, "validate", "--merged")
        assert code == 0 and "15 facts, 4 topics, 6 entities, 3 sources, 2 curator notes" in out
        # The top layer alone, with nothing under it: its references to mini dangle.
        code, out, _ = call(capsys, "--no-default-facts", "--facts", str(SECOND), "validate")
        assert code == 1 and "no entity 'alpha'" in out
        # --merged names each problem's own file.
        monkeypatch.setenv("DEFCOOP_FACTS", os.pathsep.join([str(SECOND), str(MINI)]))
        code, out, _ = call(capsys, "validate", "--merged", "--json")
        assert code == 0

    def test_merged_problems_name_their_file(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        shutil.copytree(SECOND.parent, tmp_path / "second")
        top = tmp_path / "second" / "facts.json"
        doc = json.loads(top.read_text(encoding="utf-8"))
        doc["facts"][2]["quote"] = "Beta raised some concerns"
        top.write_text(json.dumps(doc), encoding="utf-8")
        code, out, _ = call(
            capsys, "--facts", str(MINI), "--facts", str(top), "validate", "--merged"
        )
        assert code == 1
        assert f"{top}: $.facts[2].span (wire-no-concerns): quote-mismatch" in out

    def test_the_shipped_base_is_never_written(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.delenv("DEFCOOP_NO_DEFAULT_FACTS")
        folder = REAL.parent
        before = {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}
        for argv in (["search", "malabar"], ["brief"], ["validate"], ["validate", "--merged"]):
            call(capsys, *argv)
        assert {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()} == before


# ---- bounded arguments

HUGE = "x" * 131_072


@pytest.mark.parametrize(
    "argv",
    [
        ["show", HUGE],
        ["topics", HUGE],
        ["entities", HUGE],
        ["entities", "--type", HUGE],
        ["search", "delta", "--topic", HUGE],
        ["search", "delta", "--entity", HUGE],
        ["search", HUGE],
        ["brief", "--topic", HUGE],
        ["validate", HUGE],
        ["--facts", HUGE, "topics"],
    ],
    ids=lambda argv: " ".join(a if len(a) < 20 else "HUGE" for a in argv),
)
def test_a_huge_argument_is_refused_before_any_work(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, argv: list[str]
) -> None:
    # The fact base does not exist: an argument checked first is what the message names.
    argv = ["--facts", str(tmp_path / "nowhere.json"), *argv] if argv[0] != "--facts" else argv
    code, out, err = call(capsys, *argv)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and len(err) < 200, err
    assert "the limit is" in err


def test_messages_quote_long_input_shortened(capsys: pytest.CaptureFixture[str]) -> None:
    wanted = "drill-" + "y" * 150
    code, _, err = call(capsys, "show", wanted)
    assert code == 1
    assert len(err) < 120 and "…'" in err
