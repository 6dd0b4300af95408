"""The index cache seen from real processes: a warm run opens no fact file, runs at once
each get a whole index, and a terminal shows a progress bar while one is built."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from conftest import LONG, copy_of, defcoop_exe, warm
from generate import generate, write

from defcoop_cli.index import engine
from process.children import SECONDS, finished, read_terminal, started

pytestmark = pytest.mark.skipif(not engine.available(), reason="tantivy needs Python 3.11+")


class TestWarmRuns:
    def test_a_warm_run_reads_neither_the_fact_file_nor_the_schema(self, real_copy: Path) -> None:
        driver = (
            "import sys\n"
            "opened = []\n"
            "sys.addaudithook(lambda e, a: e == 'open' and opened.append(str(a[0])))\n"
            "from defcoop_cli.cli.app import run\n"
            "code = run(sys.argv[1:])\n"
            "print(code, 'defcoop_cli.factbase.schema' in sys.modules, 'rich' in sys.modules,"
            " any(p.endswith('facts.json') for p in opened),"
            " any(p.endswith('.txt') for p in opened), file=sys.stderr)\n"
        )
        argv = [sys.executable, "-c", driver, "--facts", str(real_copy), "search", "malabar"]
        time.sleep(2.1)  # a fresh copy is trusted by its fingerprint once it has settled
        cold = subprocess.run([*argv, "--json"], capture_output=True, check=True, timeout=SECONDS)
        # The cold run builds the index: it reads the files and validates, but never loads rich.
        assert cold.stderr.split() == [b"0", b"True", b"False", b"True", b"True"]
        warm = subprocess.run([*argv, "--json"], capture_output=True, check=True, timeout=SECONDS)
        # The warm run reads neither the fact file nor its source.
        assert warm.stderr.split() == [b"0", b"False", b"False", b"False", b"False"]
        assert json.loads(warm.stdout) == json.loads(cold.stdout)


class TestWriting:
    def test_runs_at_once_each_get_a_whole_index(self, tmp_path: Path, cache: Path) -> None:
        size = 3000 if LONG else 500
        path = copy_of(write(generate(size), tmp_path / "gen"), tmp_path / "big")
        argv = [defcoop_exe(), "--facts", str(path), "search", "malabr", "exercise", "--json"]

        def run(_: int) -> subprocess.CompletedProcess[bytes]:
            return subprocess.run(argv, capture_output=True, timeout=120, check=False)

        with ThreadPoolExecutor(6) as pool:
            runs = list(pool.map(run, range(6)))
        assert {r.returncode for r in runs} == {0} and {r.stderr for r in runs} == {b""}
        assert len({r.stdout for r in runs}) == 1
        assert list(cache.glob(".build-*")) == []
        assert len(list(cache.glob("index-*"))) == 1
        warm(path)
        assert run(0).stdout == runs[0].stdout


class TestProgress:
    """The progress bar, with its delay and the build's length injected: the test does not
    depend on how fast this machine builds an index."""

    SCRIPT = (
        "import sys, time\n"
        "import defcoop_cli.output.terminal as terminal\n"
        "import defcoop_cli.index.writing.building as building\n"
        "real_build = building.build\n"
        "def slow(*args, **kwargs):\n"
        "    time.sleep(0.6)\n"
        "    return real_build(*args, **kwargs)\n"
        "building.build = slow\n"
        "terminal.PROGRESS_DELAY = 0.05\n"
        "from defcoop_cli.cli import entry\n"
        "entry.main()\n"
    )

    def run(self, cache: Path, stderr_on_a_tty: bool) -> tuple[bytes, bytes]:
        argv = [sys.executable, "-c", self.SCRIPT, "search", "delta", "--json"]
        env = {**os.environ, "XDG_CACHE_HOME": str(cache), "TERM": "xterm"}
        if not stderr_on_a_tty:
            proc = subprocess.run(argv, capture_output=True, env=env, timeout=60, check=True)
            return proc.stdout, proc.stderr
        master, slave = pty.openpty()
        with started(argv, stdout=subprocess.PIPE, stderr=slave, env=env) as child:
            os.close(slave)
            out, _ = finished(child, "the build to end")
            err = read_terminal(master)
        assert child.returncode == 0, err
        return out, err

    def test_a_progress_bar_shows_on_a_terminal_while_an_index_builds(self, tmp_path: Path) -> None:
        out, err = self.run(tmp_path / "cache-tty", stderr_on_a_tty=True)
        assert b"Building the search index" in err
        assert json.loads(out)["results"]  # stdout stays one clean JSON document

    @pytest.mark.long  # the default run keeps the terminal's side
    def test_nothing_when_stderr_is_not_a_terminal(self, tmp_path: Path) -> None:
        out, err = self.run(tmp_path / "cache-pipe", stderr_on_a_tty=False)
        assert err == b""
        assert json.loads(out)["results"]
