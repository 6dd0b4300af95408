"""Help: every command has it, with examples, plain metavars and a width that fits."""

from __future__ import annotations

import re

import pytest
from conftest import call

from defcoop_cli.cli import curating, picking, reading  # noqa: F401 - a run imports only its own
from defcoop_cli.cli.base import COMMANDS as LAZY
from defcoop_cli.cli.base import app

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


NAMES = list(LAZY)


@pytest.mark.parametrize("argv", [["--help"], ["search", "-h"]], ids=" ".join)
def test_help_into_a_closed_stdout_is_exit_74(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, argv: list[str]
) -> None:
    """As any output: Python gives a closed stdout as None, where click's echo wrote nothing
    and the run ended 0."""
    monkeypatch.setattr("sys.stdout", None)
    code, _, err = call(capsys, *argv)
    assert (code, err) == (74, "defcoop: cannot write output: stdout is closed\n")


def test_every_registered_command_is_listed_for_the_lazy_group() -> None:
    """base.COMMANDS is how a run finds the one module to import: it must name them all."""
    registered = [c.name or c.callback.__name__ for c in app.registered_commands]  # type: ignore[union-attr]
    assert sorted(registered) == sorted(LAZY)


class TestHelp:
    @pytest.mark.parametrize("command", NAMES)
    def test_every_command_has_examples_and_plain_metavars(
        self, capsys: pytest.CaptureFixture[str], command: str
    ) -> None:
        code, out, _ = call(capsys, command, "--help")
        assert code == 0
        examples = joined(out.split("Examples:")[1])
        assert 2 <= len(examples) <= 3 and all(e.strip().startswith("defcoop ") for e in examples)
        for leak in ("<", ">", "{", "list[", "int range", "x>=", "[default: None]"):
            assert leak not in out.split("Examples:")[0], (leak, out)

    @pytest.mark.parametrize("command", [*NAMES, None])
    def test_help_fits_a_narrow_terminal(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, command: str
    ) -> None:
        """Wrapped to 40 columns (click alone stops at 50); the examples stay as written."""
        monkeypatch.setenv("COLUMNS", "40")
        code, out, _ = call(capsys, *([command] if command else []), "--help")
        prose = out.split("Examples:")[0].splitlines()
        assert code == 0 and [line for line in prose if len(line) > 40] == []

    @pytest.mark.parametrize("command", [*NAMES, None])
    def test_examples_at_40_columns_break_between_words(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, command: str
    ) -> None:
        """An example too long goes on over lines ending in a backslash, broken between shell
        words: each line fits, and joined they are the example as written."""
        argv = [command] if command else []
        wide = joined(call(capsys, *argv, "--help")[1].split("Examples:")[1])
        monkeypatch.setenv("COLUMNS", "40")
        narrow = call(capsys, *argv, "--help")[1].split("Examples:")[1]
        assert all(len(line) <= 40 for line in narrow.splitlines()), narrow
        assert joined(narrow) == wide

    @pytest.mark.parametrize("command", NAMES)
    def test_every_command_takes_json(
        self, capsys: pytest.CaptureFixture[str], command: str
    ) -> None:
        """The README promises --json of every command: scripts pass it without asking."""
        code, out, _ = call(capsys, command, "--help")
        assert code == 0 and "--json" in out

    def test_summaries_fit_the_command_list(self, capsys: pytest.CaptureFixture[str]) -> None:
        _, out, _ = call(capsys, "--help")
        listed = out.split("Commands:")[1].split("Examples:")[0]
        assert "..." not in listed
        names = [line.split()[0] for line in listed.strip().splitlines()]
        assert names[:2] == ["search", "brief"]  # a reader's first look-ups lead, not validate
        assert names.index("pick") < names.index("init")  # the curator's loop after them
        for command in NAMES:
            assert re.search(rf"^  {command} +\S", listed, re.M), command


def joined(examples: str) -> list[str]:
    """The examples of a help text, each on one line again."""
    text = re.sub(r" \\\n\s*", " ", examples)
    return [line.strip() for line in text.strip().splitlines()]
