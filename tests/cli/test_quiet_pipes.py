"""Quiet pipes: with stderr not a terminal (capsys is none), hints are not said and human
output is plain lines; --verbose says the hints anyway; what changes the answer's meaning
is always said. (The terminal side, through a pseudo-terminal: tests/process/test_terminal.py.)"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import call, drafted

HINTED = [
    ("facts", "--jsonl"),
    ("search", "drill", "--source", "mini", "--limit", "1"),
    ("export", "--format", "claims"),
]


@pytest.mark.parametrize("argv", HINTED, ids=" ".join)
def test_hints_are_left_out_of_a_pipe(
    capsys: pytest.CaptureFixture[str], argv: tuple[str, ...]
) -> None:
    code, out, err = call(capsys, *argv)
    assert code == 0 and out and err == ""


def test_verbose_says_them(capsys: pytest.CaptureFixture[str]) -> None:
    _, _, err = call(capsys, "--verbose", "facts", "--jsonl")
    assert err.startswith("defcoop: ") and err.endswith("left out; add --include-editorial\n")


def test_nothing_found_is_said_in_a_pipe_too(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = call(capsys, "search", "nosuchwordatall")
    assert (code, out) == (1, "") and err.startswith("defcoop: nothing found for 'nosuchwordatall'")


def test_a_refused_add_is_said_in_a_pipe_too(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, two_layers: None
) -> None:
    assert call(capsys, "init", str(tmp_path / "mine"))[0] == 0
    draft = tmp_path / "draft.json"
    draft.write_text(json.dumps(drafted(capsys, "short-report")), encoding="utf-8")
    mine = tmp_path / "mine" / "facts.json"
    code, _, err = call(capsys, "add", str(draft), "--into", str(mine))
    assert code == 1 and err == f"defcoop: add refused: 6 problems; {mine} is unchanged\n"


def test_piped_show_is_plain_lines(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = call(capsys, "show", "talks-held")
    assert code == 0 and out.startswith("talks-held\nAlpha met Beta in Gamma City.\n")
    assert not set("│╭╮╰╯─") & set(out)
    assert all(line == line.rstrip() for line in out.splitlines())
    assert "\nkind" in out and "\nin the source:\n" in out and "«Alpha met Beta" in out
