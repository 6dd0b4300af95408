"""One error per condition: each says one line on stderr, with the same wording and exit code
wherever it arises, and nothing on stdout (README, "Exit codes").

The rule for names: a topic, entity, source or fact the fact base does not have is "not
found" (exit 1) whether it is the thing looked up or a filter; a value outside a fixed
vocabulary (a kind, a format), an empty name and a file that is not there are usage errors
(exit 2)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import REAL, call

NO_TOPIC = "defcoop: no topic 'nosuch'; see 'defcoop topics'"
NO_ENTITY = "defcoop: no entity 'nosuch'; see 'defcoop entities'"
NO_SOURCE = "defcoop: no source 'nosuch'; see 'defcoop sources'"
SEE = "(see 'defcoop %s --help')"

TABLE = [
    # an unknown name, as the thing looked up or as a filter: not found, exit 1
    (["topics", "nosuch"], 1, NO_TOPIC),
    (["search", "drill", "--topic", "nosuch"], 1, NO_TOPIC),
    (["facts", "--topic", "nosuch"], 1, NO_TOPIC),
    (["brief", "--topic", "nosuch"], 1, NO_TOPIC),
    (["entities", "nosuch"], 1, NO_ENTITY),
    (["search", "drill", "--entity", "nosuch"], 1, NO_ENTITY),
    (["search", "drill", "--source", "nosuch"], 1, NO_SOURCE),
    (["topics", "--source", "nosuch"], 1, NO_SOURCE),
    (["export", "--format", "claims", "--source", "nosuch"], 1, NO_SOURCE),
    (["show", "nosuch"], 1, "defcoop: no fact 'nosuch'"),
    # an empty name can name nothing: usage, exit 2
    (["show", ""], 2, "defcoop: the fact id is empty"),
    (["topics", " "], 2, "defcoop: the topic is empty"),
    (["entities", ""], 2, "defcoop: the entity is empty"),
    (["search", "drill", "--topic", ""], 2, "defcoop: --topic is empty"),
    (["facts", "--entity", " "], 2, "defcoop: --entity is empty"),
    (["brief", "--topic", ""], 2, "defcoop: --topic is empty"),
    (["events", "--source", ""], 2, "defcoop: --source is empty"),
    (["--facts", "", "sources"], 2, "defcoop: --facts is empty"),
    # an empty path names no file (Path("") is the current folder): a writer never takes it
    # for "." nor for "not given"
    (["init", ""], 2, "defcoop: DIR is empty"),
    (["draft", "x.txt", "--source-id", "x", "-o", ""], 2, "defcoop: --output is empty"),
    (["draft", "", "--source-id", "x"], 2, "defcoop: ARTICLE is empty"),
    (["add", "x.json", "--into", ""], 2, "defcoop: --into is empty"),
    (["review", "", "--accept-all"], 2, "defcoop: DRAFT is empty"),
    (["reanchor", "mini", "x.txt", "--write", ""], 2, "defcoop: --write is empty"),
    (["validate", ""], 2, "defcoop: the path is empty"),
    (["diff", "", "x.json"], 2, "defcoop: OLD is empty"),
    (["draft", ".", "--source-id", "x"], 2, "defcoop: .: is a directory, not an article"),
    # a value outside a fixed vocabulary: usage, exit 2
    (["search", "drill", "--kind", "nosuch"], 2, "defcoop: Invalid value for '--kind' / '-k': "),
    (["entities", "--type", "nosuch"], 2, "defcoop: --type 'nosuch' is not one of: "),
    (["export", "--format", "nosuch"], 2, "defcoop: --format 'nosuch' is not one of: "),
    (["brief", "--format", ""], 2, "defcoop: --format '' is not one of: "),
    # an option without its value: its command's help named, as for every usage error
    (["search", "x", "-n"], 2, "defcoop: Option '-n' requires an argument. " + SEE % "search"),
    (["facts", "--topic"], 2, "defcoop: Option '--topic' requires an argument. " + SEE % "facts"),
    # a fact file that is not there: the same line for validate and for --facts, exit 2
    (["validate", "missing.json"], 2, "defcoop: missing.json: no such fact file"),
    (["--facts", "missing.json", "sources"], 2, "defcoop: missing.json: no such fact file"),
    # add's target is --into: the global --facts is not one of add's options
    (["add", "draft.json", "--facts", "x.json"], 2, "defcoop: No such option: --facts"),
]


@pytest.mark.parametrize(("argv", "code", "line"), TABLE, ids=lambda v: str(v))
def test_one_line_one_code(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    argv: list[str],
    code: int,
    line: str,
) -> None:
    monkeypatch.chdir(tmp_path)  # a command that wrote where it should not writes here
    got, out, err = call(capsys, *argv)
    assert (got, out) == (code, "")
    assert err.count("\n") == 1 and err.startswith(line), err


def test_a_json_array_is_not_a_fact_base_in_the_files_own_words(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    array = tmp_path / "arr.json"
    array.write_text("[]", encoding="utf-8")
    code, out, err = call(capsys, "--facts", str(array), "facts")
    assert (code, out) == (2, "")
    assert err == f"defcoop: {array}: not a fact base: $: Input should be a JSON object\n"
    array.write_text(json.dumps({"schema_version": 1, "facts": [[]]}), encoding="utf-8")
    _, out, _ = call(capsys, "validate", str(array))
    assert "Input should be a JSON object" in out and "FactBaseDoc" not in out
    assert "instance of" not in out


def test_an_empty_fact_file_is_one_wording_in_add_search_and_diff(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    empty = tmp_path / "facts.json"
    draft = tmp_path / "d.json"
    draft.write_text(json.dumps({"draft": {"article": "a.txt"}, "sources": []}), encoding="utf-8")
    line = f"defcoop: {empty}: is empty, not a fact base\n"
    for content in (b"", b"\xef\xbb\xbf", b" \n\t\n"):  # no bytes, a BOM alone, white space
        empty.write_bytes(content)
        for argv in (
            ["add", str(draft), "--into", str(empty)],
            ["--facts", str(empty), "search", "talks"],
            ["diff", str(empty), str(empty)],
        ):
            assert call(capsys, *argv) == (2, "", line), (content, argv)


def test_no_default_facts_validate_checks_the_file_given(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DEFCOOP_FACTS")
    code, out, err = call(capsys, "--no-default-facts", "validate", str(REAL))
    assert code == 0 and out.startswith(f"ok: {REAL}") and err == ""
    code, out, err = call(capsys, "--no-default-facts", "validate")
    assert (code, out) == (2, "") and err.startswith("defcoop: no fact base")


def test_a_copy_of_the_shipped_base_says_how_to_use_it_instead(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("DEFCOOP_NO_DEFAULT_FACTS")
    copy = tmp_path / "copy"
    shutil.copytree(REAL.parent, copy)
    code, out, err = call(capsys, "--facts", str(copy / "facts.json"), "sources")
    assert (code, out) == (2, "") and err.count("\n") == 1
    assert " is in both " in err
    assert err.endswith(
        "; to use your copy instead of the shipped fact base, add --no-default-facts\n"
    )
    code, _, _ = call(capsys, "--no-default-facts", "--facts", str(copy / "facts.json"), "sources")
    assert code == 0
