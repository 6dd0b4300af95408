"""Hardening, in real processes: output that never lies about success (a full disk, a
closed stdout, a reader gone), messages that never reach stdout, signals at any moment, and
hostile fact files read within bounded memory and time."""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from cli.test_bad_fact_files import assert_refused, write_factbase
from conftest import LONG, MINI, REAL, ROOT, defcoop_exe

from process.children import SECONDS, finished, line_from, started

OUTPUTS = [
    ["brief", "--json"],
    ["search", "delta", "--jsonl"],
    ["brief", "--format", "markdown"],
    ["brief"],
    ["--version"],
    ["search", "--help"],
]


def run_with(
    argv: list[str], stdout: object, stderr: object = subprocess.PIPE, **kwargs: object
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [defcoop_exe(), *argv],
        stdout=stdout,
        stderr=stderr,
        timeout=60,
        check=False,
        **kwargs,  # type: ignore[call-overload]
    )


class TestOutputThatCannotBeWritten:
    @pytest.mark.parametrize("argv", OUTPUTS, ids=" ".join)
    def test_a_full_disk_is_one_line_and_exit_74(self, argv: list[str]) -> None:
        with open("/dev/full", "wb") as full:
            proc = run_with(argv, full)
        assert proc.returncode == 74
        assert proc.stderr == b"defcoop: cannot write output: No space left on device\n"

    @pytest.mark.parametrize("argv", [*OUTPUTS[:2], ["search", "delta"]], ids=" ".join)
    def test_a_closed_stdout_is_one_line_and_exit_74(self, argv: list[str]) -> None:
        proc = run_with(argv, None, preexec_fn=lambda: os.close(1))
        assert proc.returncode == 74
        assert proc.stderr == b"defcoop: cannot write output: stdout is closed\n"

    @pytest.mark.parametrize(
        "pipeline",
        [
            "defcoop search malabar --json | head -c1",
            "defcoop brief | head -n1",
            # written outside the renderers: a reader gone before the first byte
            f"defcoop draft {ROOT / 'tests/fixtures/articles/pier-statement.txt'} --source-id s"
            " | (exec 0<&-; sleep 1)",
            "defcoop --version | (exec 0<&-; sleep 1)",
        ],
    )
    def test_a_reader_that_goes_away_is_not_an_error(self, pipeline: str) -> None:
        env = {**os.environ, "DEFCOOP_FACTS": str(REAL)}
        env["PATH"] = f"{Path(defcoop_exe()).parent}{os.pathsep}{env['PATH']}"
        proc = subprocess.run(
            ["bash", "-c", f'{pipeline} >/dev/null; echo "${{PIPESTATUS[0]}}" >&2'],
            env=env,
            capture_output=True,
            timeout=60,
            check=False,
        )
        assert proc.stderr == b"0\n"


class TestMessagesNeverReachStdout:
    def test_with_stderr_closed_messages_are_dropped(self) -> None:
        proc = run_with(
            ["search", "bitcoin", "--jsonl"], subprocess.PIPE, None, preexec_fn=lambda: os.close(2)
        )
        assert proc.returncode == 1
        assert proc.stdout == b""

    def test_with_stderr_closed_usage_errors_print_nothing(self, tmp_path: Path) -> None:
        proc = run_with(["show"], subprocess.PIPE, None, preexec_fn=lambda: os.close(2))
        assert proc.returncode == 2 and proc.stdout == b""

    def test_with_stderr_closed_no_message_lands_in_a_file_defcoop_writes(
        self, tmp_path: Path
    ) -> None:
        env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
        proc = run_with(
            ["search", "bitcoin"], subprocess.PIPE, None, env=env, preexec_fn=lambda: os.close(2)
        )
        assert proc.returncode == 1 and proc.stdout == b""
        for written in (tmp_path / "cache").rglob("*"):
            if written.is_file():
                assert b"defcoop:" not in written.read_bytes(), written


# ---- signals


def _no_traceback_from_defcoop(err: bytes) -> None:
    """The only frame of defcoop's a traceback may show is the package being imported (by
    the console script, before defcoop's first line runs); never one inside main()."""
    for line in err.decode("utf-8", "replace").splitlines():
        if "defcoop_cli" in line and line.lstrip().startswith("File "):
            assert line.rstrip().endswith("in <module>") and "__init__.py" in line, err


def _outcome_is_clean(
    proc: subprocess.Popen[bytes], out: bytes, err: bytes, expected: bytes
) -> None:
    """Either the run finished (exit 0, the whole output) or it stopped with one line and
    the signal's exit code. Never a traceback from defcoop's code."""
    _no_traceback_from_defcoop(err)
    if proc.returncode == 0:
        assert out == expected and err == b""
    elif proc.returncode == 130:
        assert err == b"defcoop: interrupted\n"
    else:
        # Before defcoop's first line runs, the signal is Python's: the process ends by the
        # signal, or Python reports KeyboardInterrupt from its own start-up.
        assert proc.returncode in (-signal.SIGINT, 1), (proc.returncode, err)
        assert out == b""


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


SIGINT_RUN = ["--facts", str(REAL), "search", "malabar", "--json"]


def _sigint_env() -> dict[str, str]:
    return {**os.environ, "DEFCOOP_NO_CACHE": "1", "DEFCOOP_NO_DEFAULT_FACTS": "1"}


@pytest.fixture(scope="module")
def uninterrupted() -> bytes:
    """What the run prints when no signal stops it: the same whatever the delay."""
    launch = [defcoop_exe(), *SIGINT_RUN]
    run = subprocess.run(
        launch, capture_output=True, env=_sigint_env(), timeout=SECONDS, check=True
    )
    return run.stdout


@pytest.mark.parametrize("delay", [i / 50 for i in range(0, 60 if LONG else 10, 1 if LONG else 2)])
def test_sigint_at_any_moment_ends_cleanly(delay: float, uninterrupted: bytes) -> None:
    # The launcher leaves SIGINT at its default, as a shell does for a foreground job (and
    # sets it so: pytest started as a background job would hand down an ignored SIGINT).
    with started(
        [defcoop_exe(), *SIGINT_RUN],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=_sigint_env(),
        preexec_fn=_default_sigint,
    ) as proc:
        time.sleep(delay)
        proc.send_signal(signal.SIGINT)
        out, err = finished(proc, "the run to end after SIGINT")
    _outcome_is_clean(proc, out, err, uninterrupted)


SLOW_BUILD = (
    "import sys, time\n"
    "import defcoop_cli.index.writing.building as building\n"
    "real = building.build\n"
    "def slow(fb, folder, *args, **kwargs):\n"
    "    (folder / 'half-written').write_text('x')\n"
    "    print('writing', file=sys.stderr, flush=True)\n"
    "    time.sleep(30)\n"
    "building.build = slow\n"
    "from defcoop_cli.cli import entry\n"
    "entry.main()\n"
)


@pytest.mark.parametrize(
    ("signum", "code", "word"),
    [(signal.SIGINT, 130, b"interrupted"), (signal.SIGTERM, 143, b"terminated")],
)
def test_a_signal_while_building_the_index_removes_the_build(
    tmp_path: Path, signum: int, code: int, word: bytes
) -> None:
    cache = tmp_path / "cache"
    env = {**os.environ, "XDG_CACHE_HOME": str(cache)}
    with started(
        [sys.executable, "-c", SLOW_BUILD, "--facts", str(MINI), "search", "delta"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        preexec_fn=_default_sigint,
    ) as proc:
        assert line_from(proc, proc.stderr, "the build to start") == b"writing\n"
        assert list((cache / "defcoop").glob(".build-*/half-written"))  # the build is under way
        proc.send_signal(signum)
        # the build sleeps 30 s: ended sooner, it was the signal that ended it
        out, err = finished(proc, "the signal to end the build", seconds=20)
    assert proc.returncode == code
    assert out == b"" and err == b"defcoop: " + word + b"\n"
    assert not list((cache / "defcoop").glob(".build-*"))


def test_an_ignored_sigint_stays_ignored() -> None:
    script = (
        "import sys, time\n"
        "import defcoop_cli.lookup.service as views\n"
        "real = views.search\n"
        "def slow(*a, **k):\n"
        "    print('searching', file=sys.stderr, flush=True)\n"
        "    time.sleep(1)\n"
        "    return real(*a, **k)\n"
        "views.search = slow\n"
        "from defcoop_cli.cli import entry\n"
        "entry.main()\n"
    )
    with started(
        [sys.executable, "-c", script, "search", "delta"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN),
    ) as proc:
        assert line_from(proc, proc.stderr, "the search to start") == b"searching\n"
        proc.send_signal(signal.SIGINT)
        out, err = finished(proc, "the search to end")
    assert proc.returncode == 0 and b"drill-expanded" in out and err == b""


# ---- hostile fact files, within bounded memory and time

MEMORY_LIMIT = 512 * 1024 * 1024
TIME_LIMIT = 30


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def bounded(*argv: str) -> tuple[int, bytes, str]:
    """The installed defcoop in at most 512 MiB and 30 seconds: exit code, stdout, stderr."""
    proc = subprocess.run(
        [defcoop_exe(), *argv],
        capture_output=True,
        timeout=TIME_LIMIT,
        preexec_fn=_limit_memory,
        check=False,
    )
    return proc.returncode, proc.stdout, proc.stderr.decode("utf-8", "replace")


class TestTooBigOrTooDeep:
    @pytest.mark.parametrize(
        "raw",
        [
            pytest.param(b"[" * 100_000 + b"]" * 100_000, marks=pytest.mark.long),
            b'{"a":' * 100_000 + b"1" + b"}" * 100_000,
        ],
        ids=["array", "object"],
    )
    def test_nested_100000_deep(self, tmp_path: Path, raw: bytes) -> None:
        assert_refused(write_factbase(tmp_path, raw=raw), "nested too deeply", run=bounded)

    def test_a_200_mb_file_is_refused_before_it_is_read(self, tmp_path: Path) -> None:
        path = write_factbase(tmp_path)
        os.truncate(path, 200 * 1024 * 1024)  # sparse: 200 MB to stat, nothing on disk
        assert_refused(path, "fact file is 209715200 bytes; the limit is", run=bounded)

    def test_a_huge_source_text_is_refused(self, tmp_path: Path) -> None:
        path = write_factbase(tmp_path)
        os.truncate(tmp_path / "sources" / "mini.txt", 200 * 1024 * 1024)
        assert_refused(path, "source text is 209715200 bytes; the limit is", run=bounded)
