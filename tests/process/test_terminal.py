"""What only a terminal shows, through a pseudo-terminal: colour (and its absence through a
pipe), the quote highlighted, ids whole at 60 columns, a brief that fits 80×24 (and is paged
at 40 columns), the pager."""

from __future__ import annotations

import json
import os
import pty
import re
import stat
import subprocess
from pathlib import Path

import pytest
from cli.test_layout import assert_ids_whole, known_ids
from conftest import REAL, ROOT, call, defcoop_exe, run_defcoop

from defcoop_cli.factbase.loader import FactBase, load
from process.children import finished, read_terminal, run_in_pty, started

SGR = re.compile(rb"\x1b\[([0-9;]*)m")
COLOUR = re.compile(rb"\x1b\[[0-9;]*(3[0-7]|9[0-7])[;m]")
LAYERS = ROOT / "tests" / "fixtures" / "layers"
COLOUR_PARAMS = {*range(30, 39), *range(40, 49), *range(90, 98), *range(100, 108)}


@pytest.fixture(scope="module")
def fb() -> FactBase:
    return load(REAL)


def sgr_params(output: bytes) -> set[int]:
    return {int(p) for m in SGR.finditer(output) for p in m.group(1).split(b";") if p}


def test_ids_are_whole_in_a_real_terminal_of_60_columns(fb: FactBase) -> None:
    for argv in (["entities"], ["topics", "indo-pacific-vision"], ["brief"]):
        code, out = run_in_pty(*argv, env={"DEFCOOP_FACTS": str(REAL)}, size=(60, 40))
        assert code == 0
        assert_ids_whole(SGR.sub(b"", out).decode().replace("\r\n", "\n"), known_ids(fb))


class TestTheQuoteIsMarked:
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


def pager_env(tmp_path: Path) -> dict[str, str]:
    """A pager that says it was called, then shows what it was given."""
    script = tmp_path / "pager"
    script.write_text("#!/bin/sh\necho PAGED\ncat\n", encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return {"DEFCOOP_PAGER": str(script), "DEFCOOP_FACTS": str(REAL), "TERM": "xterm"}


def screen(out: bytes, columns: int) -> list[str]:
    """A pseudo-terminal's output as the rows a terminal this wide shows: escape codes
    dropped, each line longer than the width wrapped (the brief has no wide characters)."""
    lines = SGR.sub(b"", out).decode().replace("\r\n", "\n").rstrip("\n").split("\n")
    return [line[i : i + columns] for line in lines for i in range(0, max(len(line), 1), columns)]


def indexed(layers: str) -> None:
    """The layers' search index built before a test reads a screen: a build slower than a
    second (a loaded machine) shows its progress bar, which a terminal erases when it is
    done but `screen` does not."""
    assert run_defcoop("search", "malabar", env={"DEFCOOP_FACTS": layers}).returncode == 0


class TestTheBrief:
    @pytest.mark.parametrize("size", [(80, 24), (100, 40)], ids=str)
    def test_it_fits_one_80_by_24_screen(self, size: tuple[int, int]) -> None:
        indexed(str(REAL))
        code, out = run_in_pty("brief", env={"DEFCOOP_FACTS": str(REAL)}, size=size)
        assert code == 0
        rows = screen(out, size[0])
        assert len(rows) <= 23, "\n".join(rows)  # the prompt's row stays free
        flat = " ".join(" ".join(rows).split())
        assert "Gen Nakatani: Japanese Defence Minister; disputed (watch-out 1)" in flat
        assert "cybersecurity, Artificial Intelligence, autonomous weapon systems" in flat
        assert "Discussed: defence industry; joint exercises" in flat
        assert "United Nations Convention on the Law of the Sea" in flat
        assert "Watch-outs" in flat and "--full cites all" in flat

    def test_with_reports_layered_and_the_hint_of_its_event_it_still_fits(self) -> None:
        """Three reports over the shipped base (whole, 44 rows at 80 columns); two events,
        none chosen: stderr says which one and how to choose, in one row, and the brief
        gives way to leave it room."""
        import fcntl
        import struct
        import termios

        layers = os.pathsep.join(
            [str(REAL), *(str(LAYERS / n / "facts.json") for n in ("page", "wire", "ministry"))]
        )
        indexed(layers)
        master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
        with started(
            [defcoop_exe(), "brief"],
            stdout=slave,
            stderr=slave,
            env={**env, "DEFCOOP_PAGER": "", "DEFCOOP_FACTS": layers, "TERM": "xterm"},
        ) as proc:
            os.close(slave)
            out = read_terminal(master)
            finished(proc)
        rows = screen(out, 80)
        assert proc.returncode == 0
        assert len(rows) <= 23, "\n".join(rows)
        assert rows[0].startswith("Briefing: Rajnath Singh met Gen Nakatani in New Delhi")
        assert rows[2].startswith("• Gen Nakatani: Defence Minister (5 May 2025);")
        assert rows[-1] == (
            "defcoop: brief of new-delhi-meeting, latest meeting; --event ID, defcoop events"
        )

    @pytest.mark.parametrize(("columns", "lines"), [(40, 24), (60, 20)])
    def test_a_small_screen_takes_it_with_its_hint_heading_first(
        self, tmp_path: Path, columns: int, lines: int
    ) -> None:
        """Three reports over the shipped base, the hint on the same terminal: past the last
        fold whole lines go, so the brief, its hint and the prompt fit and no pager is
        needed; the heading is the screen's first row (it once scrolled off at 60x20)."""
        import fcntl
        import struct
        import termios

        layers = os.pathsep.join(
            [str(REAL), *(str(LAYERS / n / "facts.json") for n in ("page", "wire", "ministry"))]
        )
        indexed(layers)
        master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", lines, columns, 0, 0))
        env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
        with started(
            [defcoop_exe(), "brief"],
            stdout=slave,
            stderr=slave,
            env={**env, **pager_env(tmp_path), "DEFCOOP_FACTS": layers},
        ) as proc:
            os.close(slave)
            out = read_terminal(master)
            finished(proc)
        rows = screen(out, columns)
        assert proc.returncode == 0 and b"PAGED" not in out
        assert len(rows) <= lines - 1, "\n".join(rows)
        assert rows[0].startswith("Briefing: Rajnath Singh met Gen")
        text = SGR.sub(b"", out).decode().replace("\r\n", "\n").splitlines()
        assert " lines left out · --full shows all" in " ".join(" ".join(text[:-1]).split())
        assert text[-1].startswith("defcoop: brief of new-delhi-meeting")


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

    def test_a_terminal_gets_colour(self) -> None:
        code, out = run_in_pty("search", "delta", env={"TERM": "xterm-256color"})
        assert code == 0
        assert sgr_params(out) & COLOUR_PARAMS

    def test_no_color_turns_colour_off_on_a_terminal(self) -> None:
        code, out = run_in_pty("search", "delta", env={"TERM": "xterm-256color", "NO_COLOR": "1"})
        assert code == 0 and b"drill-expanded" in out
        assert not sgr_params(out) & COLOUR_PARAMS

    def test_a_dumb_terminal_gets_no_escape_codes(self) -> None:
        code, out = run_in_pty("brief", env={"TERM": "dumb"})
        assert code == 0 and b"Alpha" in out
        assert b"\x1b" not in out

    @pytest.mark.parametrize(
        "argv",
        [
            ["search", "delta", "--json"],
            pytest.param(["brief", "--json"], marks=pytest.mark.long),
            pytest.param(["show", "markup-concern", "--json"], marks=pytest.mark.long),
        ],
        ids=lambda argv: " ".join(argv),
    )
    def test_json_ignores_force_color_columns_and_the_terminal(self, argv: list[str]) -> None:
        plain = run_defcoop(*argv)
        forced = run_defcoop(*argv, env={"FORCE_COLOR": "1", "COLUMNS": "20", "TERM": "xterm"})
        assert plain.returncode == forced.returncode == 0
        assert forced.stdout == plain.stdout
        assert b"\x1b" not in forced.stdout
        code, on_tty = run_in_pty(*argv, env={"TERM": "xterm-256color", "COLUMNS": "20"})
        assert code == 0
        assert on_tty.replace(b"\r\n", b"\n") == plain.stdout


class TestPager:
    @pytest.fixture
    def pager(self, tmp_path: Path) -> dict[str, str]:
        return pager_env(tmp_path)

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

    def test_a_draft_is_never_paged(self, pager: dict[str, str]) -> None:
        # a short report: its draft is some 170 lines, a third of the CPU of the shipped
        # article's 2,400
        article = str(ROOT / "tests" / "fixtures" / "articles" / "short-report.txt")
        code, out = run_in_pty("draft", article, "--source-id", "x", env=pager, size=(80, 24))
        assert code == 0 and b"PAGED" not in out and out.count(b"\n") > 24

    def test_a_missing_pager_means_no_pager(self, pager: dict[str, str]) -> None:
        code, out = run_in_pty(
            "entities", env={**pager, "DEFCOOP_PAGER": "/no/such/pager"}, size=(80, 24)
        )
        assert code == 0 and b"rajnath-singh" in out


class TestHighlighting:
    def test_alias_matches_are_highlighted(self) -> None:
        code, out = run_in_pty(
            "search", "usa", env={"TERM": "xterm-256color", "DEFCOOP_FACTS": str(REAL)}
        )
        assert code == 0
        assert re.search(rb"\x1b\[[0-9;]*m(US)\x1b\[0m", out), out


class TestQuietPipes:
    """Hints reach stderr only when it is a terminal; boxes are drawn only on one. (The piped
    side is tested in process: tests/cli/test_quiet_pipes.py.)"""

    def test_a_hint_on_a_terminal_stderr_and_none_in_the_data(self) -> None:
        master, slave = pty.openpty()
        with started(
            [defcoop_exe(), "facts", "--jsonl"],
            stdout=subprocess.PIPE,
            stderr=slave,
            env={**os.environ, "TERM": "dumb"},
        ) as proc:
            os.close(slave)
            out, _ = finished(proc)
            err = read_terminal(master).decode()
        assert proc.returncode == 0 and all(json.loads(line) for line in out.splitlines())
        assert err.startswith("defcoop: ") and "left out; add --include-editorial" in err

    def test_show_draws_boxes_on_a_terminal(self) -> None:
        code, out = run_in_pty("show", "talks-held", env={"TERM": "xterm"})
        assert code == 0 and "│".encode() in out and "╭".encode() in out


def test_a_draft_on_a_terminal_shows_what_a_terminal_would_obey_or_hide(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], real_factbase: Path
) -> None:
    """On a terminal the draft escapes a bidi override, a C1 CSI, a zero-width space and a
    BOM as every JSON output does; through a pipe it is the file -o writes, byte for byte,
    the article's text as it is. (The file is written in this process: what a real one
    adds, the terminal and the pipe, is on the other two runs.)"""
    article = tmp_path / "article.txt"
    article.write_text(
        "Alpha sent ships.\nAlpha said the \u202eport\u200b was calm \x9b1m today\ufeff.\n",
        encoding="utf-8",
    )
    env = {"DEFCOOP_FACTS": str(REAL)}
    code, shown = run_in_pty("draft", str(article), "--source-id", "x", env=env)
    assert code == 0
    assert b"\\u202eport\\u200b was calm \\u009b1m today\\ufeff" in shown
    assert not re.search("[\u202e\u200b\ufeff\x9b]", shown.decode("utf-8"))
    piped = run_defcoop("draft", str(article), "--source-id", "x", env=env)
    written = tmp_path / "draft.json"
    assert call(capsys, "draft", str(article), "--source-id", "x", "-o", str(written))[0] == 0
    assert piped.returncode == 0 and piped.stdout == written.read_bytes()
    assert "\u202eport\u200b was calm \x9b1m today\ufeff".encode() in piped.stdout
