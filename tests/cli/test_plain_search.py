"""A plain search (`search WORD...`, with --json or --jsonl at most) runs without Typer
(cli/running.py): the same bytes, messages and exit code as through Typer, and any other
command line goes to Typer."""

from __future__ import annotations

import inspect

import pytest
from conftest import MINI, SECOND

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

    @pytest.mark.parametrize(
        "head",
        [
            ("--no-default-facts", "--facts", str(MINI)),
            ("--facts", str(MINI), "--no-default-facts"),
            ("--no-default-facts", "--facts", str(MINI), "--facts", str(SECOND)),
            ("--no-default-facts", "--facts", str(SECOND), "--facts", str(MINI)),
            ("--facts", str(MINI), "--facts", str(MINI)),  # the same file once
            ("--facts", str(SECOND)),  # over DEFCOOP_FACTS? no: --facts stands for it
            ("--no-default-facts",),  # DEFCOOP_FACTS then
            ("--facts", "no/such/facts.json"),  # the missing file's message
            ("--facts", "search"),  # a path named like the command
        ],
    )
    @pytest.mark.parametrize("tail", [("search", "alpha"), ("search", "alpah", "--json")])
    def test_the_fact_base_options_before_it_read_as_typer_reads_them(
        self,
        capfd: pytest.CaptureFixture[str],
        head: tuple[str, ...],
        tail: tuple[str, ...],
    ) -> None:
        typer_run, plain_run = both(capfd, *head, *tail)
        assert plain_run == typer_run

    def test_no_fact_base_left_is_the_same_usage_error(
        self, capfd: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.delenv("DEFCOOP_FACTS")
        typer_run, plain_run = both(capfd, "--no-default-facts", "search", "alpha")
        assert plain_run == typer_run and typer_run[0] == 2

    def test_no_default_facts_leaves_the_shipped_base_out_as_through_typer(
        self, capfd: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.delenv("DEFCOOP_NO_DEFAULT_FACTS")
        runs = []
        for head in (("--no-default-facts", "--facts", str(MINI)), ("--facts", str(MINI))):
            typer_run, plain_run = both(capfd, *head, "search", "malabar", "--json")
            assert plain_run == typer_run
            runs.append(plain_run)
        assert runs[0] != runs[1]  # the shipped base knows Malabar, the fixture not

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
            ["--facts", "search", "alpha"],  # --facts is "search": no command left
            ["--facts=x.json", "search", "alpha"],
            ["--facts", "", "search", "alpha"],  # Typer's own message for an empty path
            ["--facts", "-x.json", "search", "alpha"],
            ["--facts"],
            ["--no-default-facts", "--verbose", "search", "alpha"],
            ["--no-default-facts", "facts", "alpha"],
            ["--no-default-facts", "search", "alpha", "--limit", "3"],
            ["--no-default-facts", "--", "search", "alpha"],
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
