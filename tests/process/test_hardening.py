"""Hardening: output that never lies about success, signals at any moment, bounded
arguments, fact files edited mid-run, and the cache's path.

Real processes where the process itself is what is tested (file descriptors, signals);
everything else in-process.
"""

from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import LONG, MINI, REAL, ROOT, call, defcoop_exe

from defcoop_cli.errors import BadFactBase
from defcoop_cli.factbase import files
from defcoop_cli.factbase.loader import load
from defcoop_cli.output import emit

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

    def test_short_writes_are_resumed(
        self, capfd: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        real_write = os.write
        calls = []

        def short(fd: int, data: bytes) -> int:
            calls.append(fd)
            return real_write(fd, bytes(data[:7]))

        whole = json.dumps({"facts": list(range(500))})
        monkeypatch.setattr(emit.os, "write", short)
        emit._write_all(1, whole.encode())
        assert capfd.readouterr().out == whole
        assert len(calls) > 100

    def test_a_failure_after_a_short_write_is_an_output_error(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
    ) -> None:
        target = tmp_path / "out.json"
        writes = iter([8192])

        def disk_fills(fd: int, data: bytes) -> int:
            n = next(writes, None)
            if n is None:
                raise OSError(errno.ENOSPC, "No space left on device")
            with open(target, "ab") as f:
                f.write(bytes(data[:n]))
            return n

        monkeypatch.setattr(emit.os, "write", disk_fills)
        monkeypatch.setattr(emit, "_fileno", lambda s: 1 if s is sys.stdout else None)
        code, _, err = call(capsys, "--facts", str(REAL), "brief", "--json")
        assert code == 74
        assert err == "defcoop: cannot write output: No space left on device\n"
        with pytest.raises(json.JSONDecodeError):  # what got written never looks complete
            json.loads(target.read_bytes())

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


@pytest.mark.parametrize("delay", [i / 50 for i in range(60 if LONG else 10)])
def test_sigint_at_any_moment_ends_cleanly(delay: float) -> None:
    argv = ["--facts", str(REAL), "search", "malabar", "--json"]
    env = {**os.environ, "DEFCOOP_NO_CACHE": "1"}
    launch = [defcoop_exe(), *argv]
    expected = subprocess.run(launch, capture_output=True, env=env, check=True).stdout
    # The launcher leaves SIGINT at its default, as a shell does for a foreground job (and
    # sets it so: pytest started as a background job would hand down an ignored SIGINT).
    proc = subprocess.Popen(
        launch,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        preexec_fn=_default_sigint,
    )
    time.sleep(delay)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    _outcome_is_clean(proc, out, err, expected)


SLOW_BUILD = (
    "import sys, time\n"
    "import defcoop_cli.index.engine as engine\n"
    "real = engine.build\n"
    "def slow(fb, folder, *args, **kwargs):\n"
    "    (folder / 'half-written').write_text('x')\n"
    "    print('writing', file=sys.stderr, flush=True)\n"
    "    time.sleep(30)\n"
    "engine.build = slow\n"
    "import defcoop_cli\n"
    "defcoop_cli.main()\n"
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
    proc = subprocess.Popen(
        [sys.executable, "-c", SLOW_BUILD, "--facts", str(MINI), "search", "delta"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        preexec_fn=_default_sigint,
    )
    assert proc.stderr is not None
    assert proc.stderr.readline() == b"writing\n"
    assert list((cache / "defcoop").glob(".build-*/half-written"))  # the build is under way
    proc.send_signal(signum)
    out, err = proc.communicate(timeout=20)
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
        "import defcoop_cli\n"
        "defcoop_cli.main()\n"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", script, "search", "delta"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN),
    )
    assert proc.stderr is not None
    assert proc.stderr.readline() == b"searching\n"
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=20)
    assert proc.returncode == 0 and b"drill-expanded" in out and err == b""


# ---- bounded arguments

HUGE = "x" * 131_072


@pytest.mark.parametrize(
    "argv",
    [
        ["show", HUGE],
        ["topics", HUGE],
        ["entities", HUGE],
        ["entities", "--type", HUGE],
        ["search", "delta", "--topic", HUGE],
        ["search", "delta", "--entity", HUGE],
        ["search", HUGE],
        ["brief", "--topic", HUGE],
        ["validate", HUGE],
        ["--facts", HUGE, "topics"],
    ],
    ids=lambda argv: " ".join(a if len(a) < 20 else "HUGE" for a in argv),
)
def test_a_huge_argument_is_refused_before_any_work(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, argv: list[str]
) -> None:
    # The fact base does not exist: an argument checked first is what the message names.
    argv = ["--facts", str(tmp_path / "nowhere.json"), *argv] if argv[0] != "--facts" else argv
    code, out, err = call(capsys, *argv)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and len(err) < 200, err
    assert "the limit is" in err


def test_messages_quote_long_input_shortened(capsys: pytest.CaptureFixture[str]) -> None:
    wanted = "drill-" + "y" * 150
    code, _, err = call(capsys, "show", wanted)
    assert code == 1
    assert len(err) < 120 and "…'" in err


# ---- fact files edited while they are read


def _rewrite_while_reading(monkeypatch: pytest.MonkeyPatch, target: Path, new: bytes) -> None:
    real_read_all: Callable[[int, int], bytes] = files._read_all

    def read_then_rewrite(fd: int, most: int) -> bytes:
        data = real_read_all(fd, most)
        if os.fstat(fd).st_ino == target.stat().st_ino:
            with open(target, "r+b") as f:  # in place: the same inode, new content
                f.write(new)
                f.truncate()
        return data

    monkeypatch.setattr(files, "_read_all", read_then_rewrite)


def _copy_of_mini(folder: Path) -> Path:
    (folder / "sources").mkdir(parents=True)
    for item in (MINI.parent / "sources").iterdir():
        (folder / "sources" / item.name).write_bytes(item.read_bytes())
    path = folder / "facts.json"
    path.write_bytes(MINI.read_bytes())
    return path


def test_a_fact_file_rewritten_in_place_while_read_asks_to_run_again(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = _copy_of_mini(tmp_path)
    _rewrite_while_reading(monkeypatch, path, MINI.read_bytes().replace(b"Delta", b"Omega"))
    monkeypatch.setenv("DEFCOOP_NO_CACHE", "1")
    code, out, err = call(capsys, "--facts", str(path), "search", "delta")
    assert code == 2 and out == ""
    assert err == f"defcoop: {path}: the fact file changed while it was read; run again\n"


def test_a_source_rewritten_while_read_asks_to_run_again(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = _copy_of_mini(tmp_path)
    source = tmp_path / "sources" / "mini.txt"
    _rewrite_while_reading(monkeypatch, source, source.read_bytes() + b" More.")
    with pytest.raises(BadFactBase, match="the source text changed while it was read; run again"):
        load(path).source_text("mini")


@pytest.mark.long
def test_a_rewriter_thread_never_gets_a_mix_of_two_versions(tmp_path: Path) -> None:
    path = _copy_of_mini(tmp_path)
    versions = [MINI.read_bytes(), MINI.read_bytes().replace(b"Delta Drill", b"Delta Drill ")]
    stop = threading.Event()

    def rewrite() -> None:
        i = 0
        while not stop.is_set():
            with open(path, "r+b") as f:
                f.write(versions[i % 2])
                f.truncate()
            i += 1

    writer = threading.Thread(target=rewrite)
    writer.start()
    try:
        for _ in range(200):
            try:
                fb = load(path)
            except BadFactBase as e:
                assert (
                    "run again" in str(e) or "invalid JSON" in str(e) or "not a fact base" in str(e)
                )
                continue
            assert fb.facts["drill-expanded"]
    finally:
        stop.set()
        writer.join()


# ---- the cache's path


@pytest.mark.parametrize(
    "env",
    [
        {"HOME": "", "XDG_CACHE_HOME": ""},
        {"HOME": "relative/home"},
        {"HOME": "relative/home", "XDG_CACHE_HOME": "relative/cache"},
    ],
    ids=["empty HOME", "relative HOME", "relative HOME and XDG_CACHE_HOME"],
)
def test_no_cache_without_an_absolute_home(tmp_path: Path, env: dict[str, str]) -> None:
    full = {k: v for k, v in os.environ.items() if k not in ("XDG_CACHE_HOME", "HOME")}
    proc = subprocess.run(
        [defcoop_exe(), "search", "delta"],
        env={**full, **env},
        cwd=tmp_path,
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert list(tmp_path.iterdir()) == []  # no cache folder in the current directory
