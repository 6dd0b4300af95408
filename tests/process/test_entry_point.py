"""The installed entry point in a real process: pipes, exit codes, encodings, completion,
`python -m`, and the wheel.

These are the behaviours that an in-process runner cannot see: what a shell pipeline, a
broken pipe, a hostile locale or a fresh install does to the program. Terminals are in
test_terminal.py; signals and unwritable output in test_hardening.py.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest
from cli.test_terminal_safety import assert_safe, write_evil_factbase
from conftest import (
    REAL,
    ROOT,
    assert_one_error_line,
    defcoop_exe,
    run_defcoop,
)


def lines(data: bytes) -> list[str]:
    return data.decode("utf-8").splitlines()


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


class TestExitCodesAndErrors:
    def test_found_is_0(self) -> None:
        assert run_defcoop("search", "delta").returncode == 0

    def test_nothing_found_is_1(self) -> None:
        proc = run_defcoop("search", "bitcoin")
        assert_one_error_line(proc, 1)

    def test_an_attached_short_option_and_a_shell_quoted_exclusion_reach_click_as_such(
        self,
    ) -> None:
        """click's parsing in a real process: `-n1` is the limit, `-"south china sea"` (one
        argument with spaces) an excluded phrase of the query."""
        proc = run_defcoop(
            "search", "scs", "-n1", "-south china sea", "--json", env={"DEFCOOP_FACTS": str(REAL)}
        )
        doc = json.loads(proc.stdout)
        assert proc.returncode == 0 and len(doc["results"]) == 1
        assert doc["read_as"] == 'scs -"south china sea"'

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
            "import defcoop_cli.lookup.search.ranking as s\n"
            "def broken(*a, **k):\n"
            "    raise ZeroDivisionError('division by zero')\n"
            "s.rank_facts = broken\n"
            "from defcoop_cli.cli import entry\n"
            "entry.main()\n"
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


NARROW_LOCALES = {
    "PYTHONIOENCODING=ascii": {"PYTHONIOENCODING": "ascii"},
    "LC_ALL=C": {"LC_ALL": "C", "LANG": "C"},
    "LC_ALL=POSIX": {"LC_ALL": "POSIX"},
}
LOCALE_COMMANDS = [
    ["search", "malabar"],
    ["brief"],
    ["show", "meeting-held"],
    ["search", "malabar", "--json"],
]
# Every command in LC_ALL=C, every locale for the brief; the whole matrix in the long profile.
NARROW_LOCALE_CASES = [
    pytest.param(
        env,
        argv,
        id=f"{name}-{' '.join(argv)}",
        marks=() if name == "LC_ALL=C" or argv == ["brief"] else pytest.mark.long,
    )
    for name, env in NARROW_LOCALES.items()
    for argv in LOCALE_COMMANDS
]


class TestEncodings:
    def test_non_utf8_bytes_in_the_query(self) -> None:
        proc = run_defcoop(b"search", b"d\xffelta")
        assert proc.returncode in (0, 1)
        assert b"Traceback" not in proc.stderr

    def test_non_utf8_bytes_in_a_fact_id_are_reported_not_crashed_on(self) -> None:
        err = assert_one_error_line(run_defcoop(b"show", b"drill-\xff"), 1)
        assert "no fact 'drill-\ufffd'" in err

    @pytest.mark.parametrize(("env", "argv"), NARROW_LOCALE_CASES)
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
    @pytest.mark.parametrize(
        "argv",
        [
            ["search", "malabr", "exercise", "--json", "--explain"],
            pytest.param(["search", "japan", "--limit", "30"], marks=pytest.mark.long),
            ["brief", "--format", "markdown"],
            pytest.param(["brief", "--json"], marks=pytest.mark.long),
            pytest.param(["entities", "--json"], marks=pytest.mark.long),
        ],
        ids=lambda argv: " ".join(argv),
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
        """The shell's call back, through the installed program: the environment it sets,
        the words it prints. Topic and entity ids are completed the same way, in process
        (tests/cli/test_global_options.py, TestCompletion)."""
        assert self.complete("defcoop show exercise-m") == ["exercise-malabar-participants"]

    def test_show_completion_prints_the_script_that_calls_back(self) -> None:
        """Typer's own --show-completion (it ends the process itself: a real one here). It
        is a flag: the shell is the one it runs under (shellingham reads the process tree),
        so it runs under bash here, as it would be typed, whatever shell runs the tests (a
        `sh -c` above pytest made it "Shell sh not supported.", exit 1)."""
        proc = subprocess.run(
            ["bash", "-c", f"'{defcoop_exe()}' --show-completion; exit $?"],
            capture_output=True,
            timeout=60,
            check=False,
        )
        assert (proc.returncode, proc.stderr) == (0, b""), proc.stdout[:200]
        script = proc.stdout.decode()
        assert "_DEFCOOP_COMPLETE=complete_bash" in script
        assert script.rstrip().endswith("complete -o default -F _defcoop_completion defcoop")


class TestDataIsShownNeverObeyed:
    @pytest.fixture
    def evil(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
        monkeypatch.setenv("FORCE_COLOR", "1")  # styled output must still carry no data controls
        return write_evil_factbase(tmp_path)

    def test_the_installed_program_writes_no_raw_controls(self, evil: Path) -> None:
        for argv in (["brief"], ["show", "talks-held"], ["search", "gamma"]):
            proc = run_defcoop(*argv, env={"DEFCOOP_FACTS": str(evil)})
            assert proc.returncode == 0
            assert_safe(proc.stdout.decode("utf-8"))
            assert_safe(proc.stderr.decode("utf-8"))


PIP_WHEEL = [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation"]


def pip_install_offline(python: Path) -> list[str]:
    """pip run by another environment's interpreter, installing into it, offline: the pip
    this one sees through a path file. (`pip --python` starts pip twice: a second time
    under that interpreter, which is where it installs from.) It installs even when the
    environment already sees a defcoop through that path file (the tests run from a
    non-editable install): `--ignore-installed`, which with `--no-deps` is the wheel alone."""
    return [
        *(str(python), "-m", "pip", "install", "--quiet", "--no-deps", "--no-index"),
        "--ignore-installed",
    ]


def as_installed() -> dict[str, str]:
    """os.environ without the fact base's variables and the session's bytecode folder
    (conftest.bytecode_for_children): pip, and the program it installs, read the bytecode
    installed beside their modules, as outside the tests, and write none. In that folder
    pip compiled every module of its own from source (about 1.2 s of the test's 2.2)."""
    dropped = ("DEFCOOP_FACTS", "DEFCOOP_NO_DEFAULT_FACTS", "PYTHONPYCACHEPREFIX")
    env = {k: v for k, v in os.environ.items() if k not in dropped}
    return {**env, "PYTHONDONTWRITEBYTECODE": "1"}


class TestWheel:
    def test_the_wheel_carries_the_data_and_runs_from_anywhere(self, tmp_path: Path) -> None:
        wheels = tmp_path / "wheels"
        env = as_installed()
        subprocess.run(
            [*PIP_WHEEL, "--wheel-dir", str(wheels), str(ROOT)],
            env=env,
            check=True,
            timeout=300,
        )
        (wheel,) = wheels.glob("defcoop-*.whl")
        names = set(zipfile.ZipFile(wheel).namelist())
        assert {
            "defcoop_cli/data/facts.json",
            "defcoop_cli/data/facts.schema.json",
            "defcoop_cli/data/sources/rajnath-nakatani-meeting.txt",
            "defcoop_cli/lookup/search/thesaurus.json",
            "defcoop_cli/lookup/search/related_words.json",
            "defcoop_cli/lookup/search/related_words.LICENSE",  # WordNet's words carry its licence
            "defcoop_cli/lookup/search/related_wider.tsv",
            "defcoop_cli/lookup/search/related_vectors.tsv",
            "defcoop_cli/lookup/search/related_vectors.LICENSE",  # GloVe's PDDL, provenance
        } <= names

        # A fresh venv that sees the test venv's libraries but not its editable defcoop.
        fresh = tmp_path / "venv"
        # Without pip of its own (Debian's Python has no ensurepip): the test venv's pip,
        # which it sees, installs into it.
        venv.create(fresh, with_pip=False)
        bin_dir = fresh / ("Scripts" if os.name == "nt" else "bin")
        site = next(fresh.glob("lib/python*/site-packages"))
        (site / "libraries.pth").write_text(_dependency_dir() + "\n", encoding="utf-8")
        subprocess.run(
            [*pip_install_offline(bin_dir / "python"), str(wheel)],
            env=env,
            check=True,
            timeout=300,
        )

        elsewhere = tmp_path / "elsewhere"
        elsewhere.mkdir()
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
            [bin_dir / "defcoop", "validate"],
            cwd=elsewhere,
            env=env,
            capture_output=True,
            timeout=60,
        )
        assert checked.returncode == 0
        assert checked.stdout.startswith(b"ok: ") and checked.stdout.count(b"\n") == 1
        assert str(site / "defcoop_cli" / "data" / "facts.json").encode() in checked.stdout


def _dependency_dir() -> str:
    import typer

    return str(Path(typer.__file__).resolve().parents[1])
