"""The installed entry point in a real process: pipes, terminals, encodings, signals, packaging.

These are the behaviours that an in-process runner cannot see: what a shell pipeline, a pty,
a broken pipe, a hostile locale or a fresh install does to the program.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest
from conftest import (
    MINI,
    REAL,
    ROOT,
    assert_one_error_line,
    defcoop_exe,
    run_defcoop,
    run_in_pty,
)

SGR = re.compile(rb"\x1b\[([0-9;]*)m")
COLOUR_PARAMS = {*range(30, 39), *range(40, 49), *range(90, 98), *range(100, 108)}

HUMAN_COMMANDS = [
    ["search", "delta"],
    ["search", "delta", "--explain"],
    ["topics"],
    ["topics", "worries"],
    ["entities"],
    ["entities", "beta"],
    ["show", "markup-concern"],
    ["brief"],
    ["validate"],
]


def lines(data: bytes) -> list[str]:
    return data.decode("utf-8").splitlines()


def sgr_params(output: bytes) -> set[int]:
    return {int(p) for m in SGR.finditer(output) for p in m.group(1).split(b";") if p}


class TestColour:
    @pytest.mark.parametrize("argv", HUMAN_COMMANDS, ids=" ".join)
    def test_piped_output_has_no_escape_codes(self, argv: list[str]) -> None:
        proc = run_defcoop(*argv)
        assert proc.returncode == 0, proc.stderr
        assert proc.stdout and b"\x1b" not in proc.stdout
        padded = [line for line in lines(proc.stdout) if line.endswith(" ")]
        assert not padded, "lines padded with spaces paste badly"

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
        [["search", "delta", "--json"], ["brief", "--json"], ["show", "markup-concern", "--json"]],
        ids=" ".join,
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


class TestPipes:
    @pytest.mark.parametrize(
        "pipeline",
        [
            "defcoop search malabar --json | head -c1",
            "defcoop brief | head -n1",
            "defcoop search exercise --jsonl | head -n1",
        ],
    )
    def test_a_reader_that_stops_early_leaves_stderr_empty(self, pipeline: str) -> None:
        proc = subprocess.run(
            ["bash", "-c", f'{pipeline}; echo "exit=${{PIPESTATUS[0]}}" >&2'],
            env={**os.environ, "DEFCOOP_FACTS": str(REAL), "PATH": _path_with_defcoop()},
            capture_output=True,
            timeout=60,
            check=False,
        )
        assert proc.stdout
        assert proc.stderr == b"exit=0\n"

    @pytest.mark.parametrize(
        "argv", [["search", "malabar", "--json"], ["brief"], ["brief", "--format", "markdown"]]
    )
    def test_a_pipe_closed_before_the_first_write_is_not_an_error(self, argv: list[str]) -> None:
        read_end, write_end = os.pipe()
        os.close(read_end)
        proc = subprocess.run(
            [defcoop_exe(), *argv],
            stdout=write_end,
            stderr=subprocess.PIPE,
            env={**os.environ, "DEFCOOP_FACTS": str(REAL)},
            timeout=60,
            check=False,
        )
        os.close(write_end)
        assert proc.stderr == b""
        assert proc.returncode == 0


def _path_with_defcoop() -> str:
    return f"{Path(defcoop_exe()).parent}{os.pathsep}{os.environ.get('PATH', '')}"


class TestBadFactFiles:
    @pytest.fixture(params=["option", "env"])
    def via(self, request: pytest.FixtureRequest) -> str:
        return str(request.param)

    def run_with(self, via: str, path: Path, *argv: str) -> subprocess.CompletedProcess[bytes]:
        if via == "option":
            return run_defcoop("--facts", str(path), *argv, timeout=20)
        return run_defcoop(*argv, env={"DEFCOOP_FACTS": str(path)}, timeout=20)

    def test_missing(self, via: str, tmp_path: Path) -> None:
        path = tmp_path / "nope.json"
        err = assert_one_error_line(self.run_with(via, path, "search", "delta"), 2)
        assert str(path) in err and "no such fact file" in err

    def test_a_directory(self, via: str, tmp_path: Path) -> None:
        err = assert_one_error_line(self.run_with(via, tmp_path, "brief"), 2)
        assert str(tmp_path) in err and "is a directory" in err

    def test_a_fifo_is_refused_without_waiting_for_a_writer(self, via: str, tmp_path: Path) -> None:
        fifo = tmp_path / "facts.json"
        os.mkfifo(fifo)
        err = assert_one_error_line(self.run_with(via, fifo, "topics"), 2)
        assert str(fifo) in err and "not a regular file" in err

    def test_unreadable_through_a_symlink_loop(self, via: str, tmp_path: Path) -> None:
        loop = tmp_path / "facts.json"
        loop.symlink_to(loop)
        err = assert_one_error_line(self.run_with(via, loop, "topics"), 2)
        assert str(loop) in err

    @pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
    def test_unreadable_by_permission(self, via: str, tmp_path: Path) -> None:
        path = tmp_path / "facts.json"
        path.write_bytes(MINI.read_bytes())
        path.chmod(0)
        err = assert_one_error_line(self.run_with(via, path, "topics"), 2)
        assert str(path) in err and "Permission denied" in err

    def test_not_utf8(self, via: str, tmp_path: Path) -> None:
        path = tmp_path / "facts.json"
        path.write_bytes(b'{"schema_version": 1, "x": "caf\xe9"}')
        err = assert_one_error_line(self.run_with(via, path, "topics"), 2)
        assert str(path) in err and "not UTF-8" in err

    def test_bad_json_names_line_and_column(self, via: str, tmp_path: Path) -> None:
        path = tmp_path / "facts.json"
        path.write_text('{\n  "schema_version": 1,\n  "facts": [,]\n}\n', encoding="utf-8")
        err = assert_one_error_line(self.run_with(via, path, "search", "delta"), 2)
        assert str(path) in err and "line 3 column 13" in err

    @pytest.mark.parametrize("content", ["[]", '{"schema_version": 1}', '"facts"', "{}"])
    def test_json_that_is_not_a_fact_base(self, via: str, tmp_path: Path, content: str) -> None:
        path = tmp_path / "facts.json"
        path.write_text(content, encoding="utf-8")
        err = assert_one_error_line(self.run_with(via, path, "show", "x"), 2)
        assert str(path) in err and "not a fact base" in err

    def test_duplicate_keys(self, via: str, tmp_path: Path) -> None:
        path = tmp_path / "facts.json"
        text = MINI.read_text(encoding="utf-8")
        path.write_text(text.replace("{", '{"schema_version": 1, ', 1), encoding="utf-8")
        err = assert_one_error_line(self.run_with(via, path, "topics"), 2)
        assert "duplicate key 'schema_version'" in err

    def test_validate_reports_the_same_file_as_a_problem(self, tmp_path: Path) -> None:
        path = tmp_path / "facts.json"
        path.write_text("{oops", encoding="utf-8")
        proc = run_defcoop("validate", str(path), "--json")
        assert proc.returncode == 1 and proc.stderr == b""
        assert json.loads(proc.stdout)["problems"][0]["message"].endswith(
            "invalid JSON at line 1 column 2: Expecting property name enclosed in double quotes"
        )

    def test_validate_prints_one_unwrapped_line_per_problem(self, tmp_path: Path) -> None:
        deep = tmp_path / ("a-long-folder-name-" * 4) / ("another-long-folder-name-" * 3)
        deep.mkdir(parents=True)
        path = deep / "facts.json"
        fact_base = json.loads(MINI.read_text(encoding="utf-8"))
        fact_base["facts"][0]["topics"] = ["no-such-topic"]
        fact_base["facts"][1]["span"] = [0, 3]
        path.write_text(json.dumps(fact_base), encoding="utf-8")
        (deep / "sources").mkdir()
        for source in (MINI.parent / "sources").iterdir():
            (deep / "sources" / source.name).write_bytes(source.read_bytes())
        proc = run_defcoop("validate", str(path))
        assert proc.returncode == 1
        out = lines(proc.stdout)
        assert len(out) == 4, out
        assert out[0].startswith("$.facts[0].topics[0] (talks-held): dangling-reference: ")
        assert out[1].startswith("$.facts[1].span (talks-topic): quote-mismatch: ")
        assert out[2].startswith("source mini [20, 78]: coverage: ")  # the span's sentence
        assert out[3].startswith(f"3 problems: {path}: 6 facts")

    def test_nothing_the_user_owns_is_changed(self, tmp_path: Path) -> None:
        copy = tmp_path / "mini"
        copy.mkdir()
        for item in MINI.parent.rglob("*"):
            target = copy / item.relative_to(MINI.parent)
            if item.is_dir():
                target.mkdir()
            else:
                target.write_bytes(item.read_bytes())
        files = [p for p in copy.rglob("*") if p.is_file()]
        before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in files}
        for argv in (*HUMAN_COMMANDS, ["validate", str(copy / "facts.json")]):
            run_defcoop("--facts", str(copy / "facts.json"), *argv)
        after = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in copy.rglob("*") if p.is_file()}
        assert after == before


class TestDataIsShownNeverObeyed:
    @pytest.mark.parametrize(
        "argv",
        [
            ["search", "markup"],
            ["show", "markup-concern"],
            ["topics", "worries"],
            ["entities", "beta"],
            ["brief"],
            ["brief", "--format", "markdown"],
        ],
        ids=" ".join,
    )
    def test_markup_and_escapes_in_facts_are_literal(self, argv: list[str]) -> None:
        proc = run_defcoop(*argv, env={"FORCE_COLOR": "1", "TERM": "xterm-256color"})
        assert proc.returncode == 0, proc.stderr
        shown = SGR.sub(b"", proc.stdout).decode("utf-8")
        assert "\x1b" not in shown, "a control character from the data reached the terminal"
        assert "[bold]markup[/]" in shown or r"\[bold\]markup\[/\]" in shown
        if argv[0] != "brief":
            assert ":warning:" in shown and "\\x1b[31m" in shown

    def test_json_keeps_the_data_exact(self) -> None:
        proc = run_defcoop("show", "markup-concern", "--json")
        statement = json.loads(proc.stdout)["fact"]["statement"]
        assert "[bold]markup[/]" in statement and ":warning:" in statement
        assert "\x1b[31m" in statement
        assert b"\\u001b" in proc.stdout and b"\x1b" not in proc.stdout

    def test_an_error_quoting_the_users_input_neutralises_it(self) -> None:
        err = assert_one_error_line(run_defcoop("show", "evil\x1b]52;c;aGk=\x07id"), 1)
        assert "\x1b" not in err and "\x07" not in err
        assert "evil\\x1b]52;c;aGk=\\x07id" in err


class TestExitCodesAndErrors:
    def test_found_is_0(self) -> None:
        assert run_defcoop("search", "delta").returncode == 0

    def test_nothing_found_is_1(self) -> None:
        proc = run_defcoop("search", "bitcoin")
        assert_one_error_line(proc, 1)

    def test_unknown_id_is_1_and_suggests(self) -> None:
        err = assert_one_error_line(run_defcoop("show", "drill-expandd"), 1)
        assert "did you mean drill-expanded" in err

    @pytest.mark.parametrize(
        "argv", [["search", "a"], ["search", "x", "--limit", "0"], ["--nope"], ["show"]]
    )
    def test_usage_errors_are_2(self, argv: list[str]) -> None:
        assert_one_error_line(run_defcoop(*argv), 2)

    def test_an_internal_error_is_one_line_with_a_debug_hint(self) -> None:
        script = (
            "import defcoop_cli.lookup.search as s\n"
            "def broken(*a, **k):\n"
            "    raise ZeroDivisionError('division by zero')\n"
            "s.rank_facts = broken\n"
            "import defcoop_cli\n"
            "defcoop_cli.main()\n"
        )
        argv = [sys.executable, "-c", script, "search", "delta"]
        proc = subprocess.run(argv, capture_output=True, timeout=60, check=False)
        assert_one_error_line(proc, 70)
        assert b"internal error: ZeroDivisionError" in proc.stderr
        assert b"DEFCOOP_DEBUG=1" in proc.stderr
        debug = subprocess.run(
            argv,
            capture_output=True,
            timeout=60,
            check=False,
            env={**os.environ, "DEFCOOP_DEBUG": "1"},
        )
        assert debug.returncode == 1
        assert b"Traceback (most recent call last)" in debug.stderr
        assert b"ZeroDivisionError" in debug.stderr


class TestEncodings:
    def test_non_utf8_bytes_in_the_query(self) -> None:
        proc = run_defcoop(b"search", b"d\xffelta")
        assert proc.returncode in (0, 1)
        assert b"Traceback" not in proc.stderr

    def test_non_utf8_bytes_in_a_fact_id_are_reported_not_crashed_on(self) -> None:
        err = assert_one_error_line(run_defcoop(b"show", b"drill-\xff"), 1)
        assert "no fact 'drill-\ufffd'" in err

    @pytest.mark.parametrize(
        "env",
        [{"PYTHONIOENCODING": "ascii"}, {"LC_ALL": "C", "LANG": "C"}, {"LC_ALL": "POSIX"}],
        ids=["PYTHONIOENCODING=ascii", "LC_ALL=C", "LC_ALL=POSIX"],
    )
    @pytest.mark.parametrize(
        "argv",
        [
            ["search", "malabar"],
            ["brief"],
            ["show", "meeting-held"],
            ["search", "malabar", "--json"],
        ],
        ids=" ".join,
    )
    def test_a_narrow_locale_does_not_crash(self, env: dict[str, str], argv: list[str]) -> None:
        proc = run_defcoop(*argv, env={"DEFCOOP_FACTS": str(REAL), **env})
        assert proc.returncode == 0, proc.stderr
        assert proc.stderr == b""
        if "--json" in argv:
            results = json.loads(proc.stdout)["results"]
            assert "exercise-malabar-participants" in [r["id"] for r in results]
        else:
            assert proc.stdout

    def test_an_ascii_locale_still_gets_a_readable_error(self) -> None:
        proc = run_defcoop("show", "Pahalgam–attack", env={"PYTHONIOENCODING": "ascii"})
        err = assert_one_error_line(proc, 1)
        assert "Pahalgam" in err


class TestScripting:
    def test_jsonl_is_one_parseable_object_per_result(self) -> None:
        proc = run_defcoop("search", "exercise", "--jsonl", env={"DEFCOOP_FACTS": str(REAL)})
        assert proc.returncode == 0
        objects = [json.loads(line) for line in lines(proc.stdout)]
        full = json.loads(
            run_defcoop("search", "exercise", "--json", env={"DEFCOOP_FACTS": str(REAL)}).stdout
        )
        assert objects == full["results"] and len(objects) > 1

    @pytest.mark.parametrize(
        "argv",
        [
            ["search", "malabr", "exercise", "--json", "--explain"],
            ["search", "japan", "--limit", "30"],
            ["brief", "--format", "markdown"],
            ["brief", "--json"],
            ["entities", "--json"],
        ],
        ids=" ".join,
    )
    def test_the_same_command_gives_the_same_bytes(self, argv: list[str]) -> None:
        env = {"DEFCOOP_FACTS": str(REAL)}
        runs = {run_defcoop(*argv, env={**env, "PYTHONHASHSEED": seed}).stdout for seed in "123"}
        assert len(runs) == 1 and next(iter(runs))

    def test_python_dash_m_is_the_same_program(self) -> None:
        proc = subprocess.run(
            [sys.executable, "-m", "defcoop_cli", "search", "delta", "--json"],
            capture_output=True,
            timeout=60,
            check=False,
        )
        assert proc.returncode == 0
        assert proc.stdout == run_defcoop("search", "delta", "--json").stdout


class TestCompletion:
    def complete(self, words: str) -> list[str]:
        cword = len(words.split()) - (0 if words.endswith(" ") else 1)
        proc = run_defcoop(
            env={
                "_DEFCOOP_COMPLETE": "complete_bash",
                "COMP_WORDS": words,
                "COMP_CWORD": str(cword),
                "DEFCOOP_FACTS": str(REAL),
            }
        )
        assert proc.returncode == 0, proc.stderr
        return lines(proc.stdout)

    def test_fact_ids(self) -> None:
        assert self.complete("defcoop show exercise-m") == ["exercise-malabar-participants"]

    def test_topic_ids(self) -> None:
        assert self.complete("defcoop search --topic south") == ["south-china-sea"]
        assert "joint-exercises" in self.complete("defcoop topics ")

    def test_entity_ids(self) -> None:
        assert self.complete("defcoop entities rajn") == ["rajnath-singh"]
        assert self.complete("defcoop search -e nakat") == ["nakatani"]


PIP_WHEEL = [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation"]
PIP_INSTALL_OFFLINE = ["-m", "pip", "install", "--quiet", "--no-deps", "--no-index"]


class TestWheel:
    def test_the_wheel_carries_the_data_and_runs_from_anywhere(self, tmp_path: Path) -> None:
        wheels = tmp_path / "wheels"
        subprocess.run(
            [*PIP_WHEEL, "--wheel-dir", str(wheels), str(ROOT)],
            check=True,
            timeout=300,
        )
        (wheel,) = wheels.glob("defcoop-*.whl")
        names = set(zipfile.ZipFile(wheel).namelist())
        assert {
            "defcoop_cli/data/facts.json",
            "defcoop_cli/data/facts.schema.json",
            "defcoop_cli/data/sources/rajnath-nakatani-meeting.txt",
        } <= names

        # A fresh venv that sees the test venv's libraries but not its editable defcoop.
        fresh = tmp_path / "venv"
        venv.create(fresh, with_pip=True)
        bin_dir = fresh / ("Scripts" if os.name == "nt" else "bin")
        site = next(fresh.glob("lib/python*/site-packages"))
        (site / "libraries.pth").write_text(_dependency_dir() + "\n", encoding="utf-8")
        subprocess.run(
            [bin_dir / "python", *PIP_INSTALL_OFFLINE, str(wheel)],
            check=True,
            timeout=300,
        )

        elsewhere = tmp_path / "elsewhere"
        elsewhere.mkdir()
        env = {
            k: v
            for k, v in os.environ.items()
            if k not in ("DEFCOOP_FACTS", "DEFCOOP_NO_DEFAULT_FACTS")
        }
        where = subprocess.run(
            [bin_dir / "python", "-c", "import defcoop_cli; print(defcoop_cli.__file__)"],
            cwd=elsewhere,
            env=env,
            capture_output=True,
            check=True,
            timeout=60,
        )
        assert Path(where.stdout.decode().strip()).is_relative_to(fresh)
        proc = subprocess.run(
            [bin_dir / "defcoop", "search", "malabar", "--json"],
            cwd=elsewhere,
            env=env,
            capture_output=True,
            timeout=60,
            check=False,
        )
        assert proc.returncode == 0, proc.stderr
        results = [r["id"] for r in json.loads(proc.stdout)["results"]]
        assert "exercise-malabar-participants" in results
        checked = subprocess.run(
            [bin_dir / "defcoop", "validate"], cwd=elsewhere, env=env, capture_output=True
        )
        assert checked.returncode == 0
        assert checked.stdout.startswith(b"ok: ") and checked.stdout.count(b"\n") == 1
        assert str(site / "defcoop_cli" / "data" / "facts.json").encode() in checked.stdout


def _dependency_dir() -> str:
    import typer

    return str(Path(typer.__file__).resolve().parents[1])
