"""Every `$ ` example in the README runs, so the documentation cannot drift from the tool:
plain commands in this process, pipelines and redirections through bash."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
from pathlib import Path

import pytest
from conftest import REAL, ROOT, call, defcoop_exe
from test_golden import NOT_GOLDEN

README = (ROOT / "README.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"```console\n(.*?)```", README, flags=re.S)
EXAMPLES = [line[2:] for block in BLOCKS for line in block.splitlines() if line.startswith("$ ")]


def piped(example: str) -> bool:
    """Whether a line needs a shell: a pipe or a redirection."""
    return " | " in example or " > " in example


def test_the_readme_has_examples_for_every_command() -> None:
    from defcoop_cli.cli.base import COMMANDS  # every command, imported or not yet

    commands = list(COMMANDS)
    assert len(commands) >= 8
    for command in commands:
        assert any(e.startswith(f"defcoop {command}") for e in EXAMPLES), command


# test_golden.py runs every plain example but these in the default run, and holds its
# output to the bytes recorded (and test_golden checks each recorded example succeeded):
# here they run again, in a folder of their own, in the long profile.
PLAIN = [
    e if e.startswith(NOT_GOLDEN) else pytest.param(e, marks=pytest.mark.long)
    for e in EXAMPLES
    if not piped(e)
]


@pytest.mark.parametrize("example", PLAIN)
def test_readme_example_runs(
    example: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A plain `defcoop …` line, in this process. Run in an empty folder (with the repo's
    tests/ and data/ beside it for relative paths), so an example that writes a file writes
    nothing the user owns."""
    (tmp_path / "tests").symlink_to(ROOT / "tests")
    (tmp_path / "data").symlink_to(ROOT / "data")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DEFCOOP_FACTS", str(REAL))
    program, *argv = shlex.split(example)
    assert program == "defcoop"
    code, out, err = call(capsys, *argv)
    assert code == 0, err
    assert out


@pytest.mark.parametrize("example", [e for e in EXAMPLES if piped(e)])
def test_readme_pipeline_runs(example: str, tmp_path: Path) -> None:
    """A line with a pipe or a redirection, by bash, with the installed defcoop."""
    (tmp_path / "tests").symlink_to(ROOT / "tests")
    (tmp_path / "data").symlink_to(ROOT / "data")
    env = {**os.environ, "PATH": f"{Path(defcoop_exe()).parent}{os.pathsep}{os.environ['PATH']}"}
    env["DEFCOOP_FACTS"] = str(REAL)
    result = subprocess.run(
        ["bash", "-o", "pipefail", "-c", example],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr.decode()
    assert result.stdout or "> " in example
    assert b"Traceback" not in result.stderr


def test_the_adding_an_article_walkthrough_runs(tmp_path: Path) -> None:
    """The README's "Adding an article" script, run whole in an empty folder."""
    section = README.split("## Adding an article", 1)[1]
    script = re.search(r"```sh\n(.*?)```", section, flags=re.S)
    assert script is not None
    (tmp_path / "tests").symlink_to(ROOT / "tests")
    env = {**os.environ, "PATH": f"{Path(defcoop_exe()).parent}{os.pathsep}{os.environ['PATH']}"}
    for name in ("DEFCOOP_FACTS", "DEFCOOP_NO_DEFAULT_FACTS"):
        env.pop(name, None)
    result = subprocess.run(
        ["bash", "-e", "-o", "pipefail", "-c", script.group(1)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        timeout=120,
        check=False,
    )
    out = result.stdout.decode()
    assert result.returncode == 0, result.stderr.decode() + out
    assert "added to mine/facts.json: source short-report, 3 facts" in out
    assert "facts: 3 added" in out and "diff: exit 1 (they differ)" in out
    assert "ok: mine/facts.json: 3 facts" in out
    assert "short-report-alpha-beta-agreed-expand-delta-drill" in out
    # the saved page of the New Delhi meeting, over the shipped fact base: the README's
    # example of what add says is what it says
    said = re.search(r"acted on\s+them all[^`]*```text\n(.*?)```", section, flags=re.S)
    assert said is not None
    for line in said.group(1).splitlines():
        assert line in out.splitlines(), line
    assert "claim       pahalgam-condemned · 2 sources" in out
    flat = " ".join(out.split())
    assert "Gen Nakatani: Defence Minister (5 May 2025); disputed (watch-out 1)" in flat
    assert "strongly condemned the Pahalgam attack. (2 sources)" in flat
    assert "Gen Nakatani's office: the sources disagree" in flat
