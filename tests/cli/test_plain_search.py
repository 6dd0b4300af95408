"""A plain search (`search WORD...`, with --json or --jsonl at most) runs without Typer
(cli/running.py): the same bytes, messages and exit code as through Typer, and any other
command line goes to Typer."""

from __future__ import annotations

import inspect

import pytest

from defcoop_cli.cli import running
from defcoop_cli.cli.app import run
from defcoop_cli.cli.options import Color, output_style


def both(capfd: pytest.CaptureFixture[str], *argv: str) -> tuple[tuple[int, str, str], ...]:
    """The run through Typer and the plain one: exit code, stdout, stderr."""
    runs = []
    for way in ("typer", "plain"):
        if way == "typer":
            code = run(list(argv))
        else:
            plain = running.plain_search(list(argv))
            assert plain is not None, argv
            code = plain()
        out, err = capfd.readouterr()
        runs.append((code, out, err))
    return tuple(runs)


class TestSameAsTyper:
    @pytest.mark.parametrize(
        "argv",
        [
            ("search", "alpha"),  # found, into a pipe
            ("search", "alpah"),  # a typo
            ("search", "--json", "alpha"),
            ("search", "alpha", "--jsonl"),
            ("search", "zzzzqqq"),  # nothing found: exit 1 and its message
            ("search", "the", "of"),  # function words only: a usage error
            ("search", "alpha", "--json", "--jsonl"),  # formats that disagree
            ("search", "x" * 600),  # over the query's length limit
        ],
    )
    def test_the_same_exit_code_output_and_messages(
        self, capfd: pytest.CaptureFixture[str], argv: tuple[str, ...]
    ) -> None:
        typer_run, plain_run = both(capfd, *argv)
        assert plain_run == typer_run

    def test_the_plain_search_uses_the_commands_defaults(self) -> None:
        from defcoop_cli.cli import reading

        command = inspect.signature(reading.search).parameters
        body = inspect.signature(running.search).parameters
        assert command["limit"].default == body["limit"].default
        for option, field in [("topic", "topics"), ("entity", "entities"), ("source", "sources")]:
            assert command[option].default is None and body[field].default is None
        assert command["kind"].default is None and body["kinds"].default == ()
        for flag in ("include_editorial", "explain", "json_out", "jsonl"):
            assert command[flag].default is False and body[flag].default is False
        style = output_style(command["color"].default, command["pager"].default)
        assert style == running.PLAIN_STYLE and command["color"].default is Color.auto


class TestOnlyPlainSearches:
    @pytest.mark.parametrize(
        "argv",
        [
            [],
            ["search"],  # Typer says what is missing
            ["search", "--json"],
            ["search", "alpha", "--limit", "3"],
            ["search", "alpha", "-n3"],
            ["search", "-", "alpha"],
            ["search", "alpha", "--help"],
            ["search", "alpha", "--", "beta"],
            ["--verbose", "search", "alpha"],
            ["facts", "alpha"],
            ["sear", "alpha"],
        ],
    )
    def test_any_other_command_line_goes_to_typer(self, argv: list[str]) -> None:
        assert running.plain_search(argv) is None

    def test_shell_completion_goes_to_typer(self, monkeypatch: pytest.MonkeyPatch) -> None:
        assert running.plain_search(["search", "alpha"]) is not None
        monkeypatch.setenv(running.COMPLETE_VAR, "complete_bash")
        assert running.plain_search(["search", "alpha"]) is None
