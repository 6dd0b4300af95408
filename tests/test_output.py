"""What a person sees: ids whole at any width, the quote marked in every mode, a brief that
fits one screen, help worth reading, options that behave alike, colour and pager control.

In-process at fixed widths (COLUMNS), and through a pseudo-terminal where the terminal
itself is what matters (colour, the pager, the brief's height at 100×40).
"""

from __future__ import annotations

import itertools
import json
import re
import stat
from pathlib import Path

import pytest
from conftest import REAL, call, call_json, run_defcoop, run_in_pty

from defcoop_cli.cli import app, complete_formats, complete_types
from defcoop_cli.factbase import FactBase, load

SGR = re.compile(rb"\x1b\[[0-9;]*m")
COLOUR = re.compile(rb"\x1b\[[0-9;]*(3[0-7]|9[0-7])[;m]")


@pytest.fixture(scope="module")
def fb() -> FactBase:
    return load(REAL)


def known_ids(fb: FactBase) -> set[str]:
    return (
        set(fb.facts)
        | set(fb.topics)
        | set(fb.entities)
        | {n.id for n in fb.doc.curator_notes}
        | set(fb.sources)
    )


LAST = re.compile(r"([a-z0-9][a-z0-9+-]*)$")
FIRST = re.compile(r"^\s*([a-z0-9+-]*[a-z0-9])")


def assert_ids_whole(out: str, ids: set[str]) -> None:
    """No id is cut short (an ellipsis) or split across two lines."""
    for cut in re.findall(r"([a-z0-9][a-z0-9-]*)…", out):
        assert not any(i.startswith(cut) and i != cut for i in ids), f"{cut!r} cut:\n{out}"
    for line, following in itertools.pairwise(out.split("\n")):
        # A folded id ends one line mid-word (after one of its hyphens) and goes on at the
        # start of the next; text only ever wraps at spaces.
        last, first = LAST.search(line.rstrip()), FIRST.search(following)
        if last and first and "-" in last.group(1):
            joined = last.group(1) + first.group(1)
            assert not any(i.startswith(joined) for i in ids), f"{joined!r} split:\n{out}"


COMMANDS = [
    ["search", "malabar"],
    ["search", "indo pacific", "--explain"],
    ["search", "india", "japan", "--limit", "30"],
    ["facts"],
    ["topics"],
    ["topics", "indo-pacific-vision"],
    ["entities"],
    ["entities", "india"],
    ["show", "indo-pacific-peaceful-dispute-resolution"],
    ["show", "nakatani-given-name"],
    ["brief"],
    ["brief", "--full"],
    ["validate"],
]


@pytest.mark.parametrize("width", [40, 60, 80, 120])
@pytest.mark.parametrize("argv", COMMANDS, ids=" ".join)
def test_ids_are_never_cut_or_wrapped(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    real_factbase: Path,
    fb: FactBase,
    argv: list[str],
    width: int,
) -> None:
    monkeypatch.setenv("COLUMNS", str(width))
    code, out, err = call(capsys, *argv)
    assert code == 0, err
    assert_ids_whole(out, known_ids(fb))
    assert out == out.strip("\n") + "\n", "no blank line before or after the output"


def test_ids_are_whole_in_a_real_terminal_of_60_columns(fb: FactBase) -> None:
    for argv in (["entities"], ["topics", "indo-pacific-vision"], ["brief"]):
        code, out = run_in_pty(*argv, env={"DEFCOOP_FACTS": str(REAL)}, size=(60, 40))
        assert code == 0
        assert_ids_whole(SGR.sub(b"", out).decode().replace("\r\n", "\n"), known_ids(fb))


@pytest.mark.parametrize("width", [40, 80, 120])
@pytest.mark.parametrize(
    "argv", [["show", "meeting-date"], ["show", "meeting-held"], ["brief", "--full"]], ids=" ".join
)
def test_urls_are_never_broken(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    real_factbase: Path,
    fb: FactBase,
    argv: list[str],
    width: int,
) -> None:
    """A link printed by a human format is on one line, whole: pasted or piped, it works."""
    monkeypatch.setenv("COLUMNS", str(width))
    code, out, err = call(capsys, *argv)
    assert code == 0, err
    urls = {r.url for n in fb.doc.curator_notes for r in n.references}
    shown = [u for u in urls if u in out]
    assert shown, out
    broken = [u for u in urls if u[: width // 2] in out and u not in out]
    assert not broken, out
    alone = [line.strip() for line in out.splitlines() for u in shown if u in line]
    assert set(alone) <= set(shown), "each URL on a line of its own"


class TestTheQuoteIsMarked:
    def test_piped_between_guillemets(self, capsys: pytest.CaptureFixture[str]) -> None:
        code, out, _ = call(capsys, "show", "drill-expanded", "--context", "0")
        assert code == 0 and "«Both sides agreed to expand the Delta Drill»" in out

    @pytest.mark.parametrize(
        "env", [{"TERM": "dumb"}, {"TERM": "xterm-256color", "NO_COLOR": "1"}], ids=str
    )
    def test_on_a_terminal_without_colour(self, env: dict[str, str]) -> None:
        code, out = run_in_pty("show", "drill-expanded", "--color", "never", env=env)
        assert code == 0 and b"\x1b" not in out
        assert "«Both sides" in out.decode() and "Drill»" in out.decode()

    def test_a_styled_terminal_highlights_it_instead(self) -> None:
        code, out = run_in_pty("show", "drill-expanded", env={"TERM": "xterm-256color"})
        assert code == 0 and b"\x1b[1;7m" in out and "«".encode() not in out


class TestTheBrief:
    def test_it_fits_41_lines_at_100_columns(self) -> None:
        # 40 until the data review split Nakatani's two body titles into two facts, each
        # cited on his line, which now wraps to three lines (README, "brief").
        code, out = run_in_pty("brief", env={"DEFCOOP_FACTS": str(REAL)}, size=(100, 40))
        assert code == 0
        lines = out.decode().replace("\r\n", "\n").rstrip("\n").split("\n")
        assert len(lines) <= 41, "\n".join(lines)

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


NAMES = [c.name or c.callback.__name__ for c in app.registered_commands]  # type: ignore[union-attr]


class TestHelp:
    @pytest.mark.parametrize("command", NAMES)
    def test_every_command_has_examples_and_plain_metavars(
        self, capsys: pytest.CaptureFixture[str], command: str
    ) -> None:
        code, out, _ = call(capsys, command, "--help")
        assert code == 0
        examples = out.split("Examples:")[1].strip().splitlines()
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
        for command in NAMES:
            assert re.search(rf"^  {command} +\S", listed, re.M), command


class TestOptionsBehaveAlike:
    @pytest.mark.parametrize(
        "value", ["exercise", "Person", "military-exercise", "law or agreement"]
    )
    def test_type_takes_close_names(self, capsys: pytest.CaptureFixture[str], value: str) -> None:
        assert call(capsys, "entities", "--type", value)[0] in (0, 1)

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


class TestColour:
    def test_never_on_a_terminal(self) -> None:
        code, out = run_in_pty("search", "delta", "--color", "never", env={"TERM": "xterm"})
        assert code == 0 and b"\x1b" not in out

    def test_always_through_a_pipe(self) -> None:
        proc = run_defcoop("search", "delta", "--color", "always")
        assert proc.returncode == 0 and COLOUR.search(proc.stdout)

    def test_auto_through_a_pipe_and_on_a_terminal(self) -> None:
        assert b"\x1b" not in run_defcoop("search", "delta").stdout
        code, out = run_in_pty("search", "delta", env={"TERM": "xterm-256color"})
        assert code == 0 and COLOUR.search(out)


class TestPager:
    @pytest.fixture
    def pager(self, tmp_path: Path) -> dict[str, str]:
        script = tmp_path / "pager"
        script.write_text("#!/bin/sh\necho PAGED\ncat\n", encoding="utf-8")
        script.chmod(script.stat().st_mode | stat.S_IXUSR)
        return {"DEFCOOP_PAGER": str(script), "DEFCOOP_FACTS": str(REAL), "TERM": "xterm"}

    def test_tall_output_on_a_terminal_is_paged(self, pager: dict[str, str]) -> None:
        code, out = run_in_pty("entities", env=pager, size=(80, 24))
        assert code == 0 and b"PAGED" in out and b"rajnath-singh" in out

    @pytest.mark.parametrize(
        "argv", [["search", "malabar", "--limit", "1"], ["entities", "--no-pager"]], ids=" ".join
    )
    def test_short_output_or_no_pager_is_not(self, pager: dict[str, str], argv: list[str]) -> None:
        code, out = run_in_pty(*argv, env=pager, size=(80, 24))
        assert code == 0 and b"PAGED" not in out and out

    def test_piped_output_is_never_paged(self, pager: dict[str, str]) -> None:
        proc = run_defcoop("entities", env=pager)
        assert proc.returncode == 0 and b"PAGED" not in proc.stdout

    def test_a_missing_pager_means_no_pager(self, pager: dict[str, str]) -> None:
        code, out = run_in_pty(
            "entities", env={**pager, "DEFCOOP_PAGER": "/no/such/pager"}, size=(80, 24)
        )
        assert code == 0 and b"rajnath-singh" in out


class TestSmallThings:
    def test_aliases_are_shown_unambiguously(
        self, capsys: pytest.CaptureFixture[str], real_factbase: Path
    ) -> None:
        _, out, _ = call(capsys, "entities", "pahalgam")
        assert "“Pahalgam, Jammu & Kashmir”" in out

    def test_alias_matches_are_highlighted(self) -> None:
        code, out = run_in_pty(
            "search", "usa", env={"TERM": "xterm-256color", "DEFCOOP_FACTS": str(REAL)}
        )
        assert code == 0
        assert re.search(rb"\x1b\[[0-9;]*m(US)\x1b\[0m", out), out

    def test_the_rule_is_as_wide_as_the_output(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setenv("COLUMNS", "90")
        widths = set()
        for query in ("delta", "drill expand"):
            _, out, _ = call(capsys, "search", query)
            widths |= {len(line) for line in out.splitlines() if set(line) == {"─"}}
        assert widths == {90}

    def test_counts_are_singular_or_plural(self, capsys: pytest.CaptureFixture[str]) -> None:
        _, out, _ = call(capsys, "validate")
        assert "1 source," in out and "1 curator note;" in out and "6 facts" in out

    def test_json_never_changes_with_the_colour_option(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        plain = call(capsys, "search", "delta", "--json")[1]
        assert call(capsys, "search", "delta", "--json", "--color", "always")[1] == plain
        assert json.loads(plain)["results"]
