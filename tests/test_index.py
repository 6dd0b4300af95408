"""The on-disk index: same results as memory, never half-written, never trusted blindly."""

from __future__ import annotations

import hashlib
import json
import os
import pty
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from conftest import MINI, REAL, ROOT, defcoop_exe, read_terminal
from hypothesis import given
from hypothesis import strategies as st

from defcoop_cli import index as index_module
from defcoop_cli.errors import BadFactBase, UsageError
from defcoop_cli.factbase import load
from defcoop_cli.index import DiskIndex, open_index
from defcoop_cli.search import Filters, Index, SearchIndex, parse_query, rank_facts

sys.path.insert(0, str(ROOT / "benchmarks"))
from generate import generate, write

QUERIES = [
    "malabar",
    "malabr exercise",
    "dharma gaurdian",
    "US",
    "AI",
    "law of the sea",
    "south china see",
    "pahalgham attack",
    "india japan",
    "J&K",
    "2+2",
    "defense industry",
    "book",
]


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty cache folder of the test's own. In process, files count as settled at once
    (copying a file sets its ctime to now); the two-second rule has tests of its own."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.setattr(index_module, "SETTLE_NS", 0)
    return tmp_path / "xdg" / "defcoop"


def copy_of(source: Path, folder: Path) -> Path:
    """A copy of a fact base (its ctime is now: in process, the cache fixture trusts it)."""
    shutil.copytree(source.parent, folder)
    return folder / source.name


def results(index: Index, query: str, filters: Filters | None = None, limit: int = 10) -> Any:
    matches = rank_facts(index, parse_query(query.split()), filters or Filters(), limit).matches
    return [(m.fact, m.score, m.details) for m in matches]


def warm(path: Path) -> DiskIndex:
    """The index from the cache, built first if need be."""
    open_index(path)
    found = open_index(path)
    assert isinstance(found, DiskIndex), "the second open should come from the cache"
    return found


@pytest.fixture
def real_copy(tmp_path: Path, cache: Path) -> Path:
    return copy_of(REAL, tmp_path / "real")


class TestSameResultsAsMemory:
    def test_on_the_real_fact_base(self, real_copy: Path) -> None:
        disk, memory = warm(real_copy), SearchIndex(load(real_copy))
        for query in QUERIES:
            for filters in (
                Filters(),
                Filters(kinds=frozenset({"event"})),
                Filters(topics=frozenset({"joint-exercises"}), include_editorial=True),
            ):
                assert results(disk, query, filters, 100) == results(memory, query, filters, 100)
        assert disk.factbase().doc == memory.fb.doc

    @given(
        words=st.lists(st.text(min_size=1, max_size=12), min_size=1, max_size=4),
        include_editorial=st.booleans(),
    )
    def test_for_any_query(
        self, real_index: tuple[DiskIndex, SearchIndex], words: list[str], include_editorial: bool
    ) -> None:
        disk, memory = real_index
        try:
            query = parse_query(words)
        except UsageError:
            return
        filters = Filters(include_editorial=include_editorial)
        expected = rank_facts(memory, query, filters, 50)
        assert rank_facts(disk, query, filters, 50) == expected

    def test_at_2000_generated_facts(self, tmp_path: Path, cache: Path) -> None:
        path = copy_of(write(generate(2000), tmp_path / "gen"), tmp_path / "gen2")
        disk, memory = warm(path), SearchIndex(load(path))
        for query in QUERIES:
            assert results(disk, query, limit=200) == results(memory, query, limit=200)


@pytest.fixture(scope="module")
def real_index(tmp_path_factory: pytest.TempPathFactory) -> tuple[DiskIndex, SearchIndex]:
    folder = tmp_path_factory.mktemp("real-index")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("XDG_CACHE_HOME", str(folder / "xdg"))
        path = copy_of(REAL, folder / "real")
        return warm(path), SearchIndex(load(path))


class TestWarmRuns:
    def test_a_warm_run_reads_neither_the_fact_file_nor_the_schema(self, real_copy: Path) -> None:
        driver = (
            "import sys\n"
            "opened = []\n"
            "sys.addaudithook(lambda e, a: e == 'open' and opened.append(str(a[0])))\n"
            "from defcoop_cli.cli import run\n"
            "code = run(sys.argv[1:])\n"
            "print(code, 'defcoop_cli.schema' in sys.modules, 'rich' in sys.modules,"
            " any(p.endswith('facts.json') for p in opened), file=sys.stderr)\n"
        )
        argv = [sys.executable, "-c", driver, "--facts", str(real_copy), "search", "malabar"]
        time.sleep(2.1)  # a fresh copy is trusted by its fingerprint once it has settled
        cold = subprocess.run([*argv, "--json"], capture_output=True, check=True)
        # The cold run builds the index: it reads the file and validates, but never loads rich.
        assert cold.stderr.split() == [b"0", b"True", b"False", b"True"]
        warm = subprocess.run([*argv, "--json"], capture_output=True, check=True)
        assert warm.stderr.split() == [b"0", b"False", b"False", b"False"]
        assert json.loads(warm.stdout) == json.loads(cold.stdout)

    def test_importing_the_cli_pulls_in_only_what_every_command_needs(self) -> None:
        code = (
            "import sys\n"
            "before = set(sys.modules)\n"
            "import defcoop_cli.cli\n"
            "new = set(sys.modules) - before\n"
            "print(' '.join(sorted(m for m in new if m.startswith('defcoop_cli'))))\n"
            "heavy = ('rich', 'pydantic', 'rapidfuzz', 'sqlite3', 'hashlib')\n"
            "print(' '.join(sorted(m for m in new if m.split('.')[0] in heavy)))\n"
        )
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, check=True)
        ours, heavy = out.stdout.decode().split("\n")[:2]
        assert ours.split() == [
            "defcoop_cli",
            "defcoop_cli.checks",
            "defcoop_cli.cli",
            "defcoop_cli.errors",
            "defcoop_cli.factbase",
            "defcoop_cli.files",
            "defcoop_cli.limits",
            "defcoop_cli.output",
            "defcoop_cli.records",
            "defcoop_cli.sentences",
            "defcoop_cli.terminal",
            "defcoop_cli.vocab",
        ]
        assert heavy == ""

    def test_an_edited_fact_file_is_indexed_again(self, real_copy: Path) -> None:
        warm(real_copy)
        doc = json.loads(real_copy.read_text(encoding="utf-8"))
        doc["facts"][0]["statement"] = "A zanzibar statement the first index never saw."
        real_copy.write_text(json.dumps(doc), encoding="utf-8")
        found = results(open_index(real_copy), "zanzibar")
        assert [fact.id for fact, _, _ in found] == [doc["facts"][0]["id"]]

    def test_an_edited_source_is_refused_as_without_the_cache(self, real_copy: Path) -> None:
        warm(real_copy)
        source = real_copy.parent / "sources" / "rajnath-nakatani-meeting.txt"
        source.write_bytes(source.read_bytes().replace(b"Malabar", b"Malabor"))
        with pytest.raises(BadFactBase, match="sha256 does not match"):
            open_index(real_copy)

    def test_a_source_swapped_for_a_symlink_outside_is_refused(
        self, real_copy: Path, tmp_path: Path
    ) -> None:
        warm(real_copy)
        source = real_copy.parent / "sources" / "rajnath-nakatani-meeting.txt"
        outside = tmp_path / "outside.txt"
        outside.write_bytes(source.read_bytes())
        source.unlink()
        source.symlink_to(outside)
        with pytest.raises(BadFactBase, match="resolves outside the fact base's folder"):
            open_index(real_copy)


def corrupt_blob(file: Path) -> None:
    """Flip one byte inside the postings of a common word, leaving SQLite's structure whole."""
    with sqlite3.connect(file) as db:
        (blob,) = db.execute("SELECT blob FROM words WHERE word = 'malabar'").fetchone()
    data = file.read_bytes()
    at = data.index(blob) + 1
    file.write_bytes(data[:at] + bytes([data[at] ^ 0x40]) + data[at + 1 :])


def update_row(sql: str) -> Callable[[Path], None]:
    def change(file: Path) -> None:
        with sqlite3.connect(file) as db:
            db.execute(sql)

    return change


def truncate(file: Path) -> None:
    os.truncate(file, file.stat().st_size // 2)


def foreign_database(file: Path) -> None:
    file.unlink()
    with sqlite3.connect(file) as db:
        db.execute("CREATE TABLE meta (key TEXT, value TEXT)")
        db.execute("INSERT INTO meta VALUES ('magic', 'something else')")


CORRUPTIONS: dict[str, Callable[[Path], None]] = {
    "truncated": truncate,
    "random-bytes": lambda f: f.write_bytes(os.urandom(f.stat().st_size)),
    "empty": lambda f: f.write_bytes(b""),
    "text": lambda f: f.write_text("not a database\n"),
    "foreign-sqlite": foreign_database,
    "flipped-postings-byte": corrupt_blob,
    "edited-fact-row": update_row(
        "UPDATE facts SET doc = replace(doc, 'Malabar', 'Maladar') WHERE doc LIKE '%Malabar%'"
    ),
    "deleted-word": update_row("DELETE FROM words WHERE word = 'malabar'"),
    "edited-facet": update_row("UPDATE facets SET blob = X'00000000' WHERE name = 'kind:event'"),
    "deleted-facet": update_row("DELETE FROM facets WHERE name = 'kind:event'"),
    "edited-meta": update_row("UPDATE meta SET value = 'x' WHERE key = 'catalogue'"),
    "edited-vocabulary": update_row(
        "UPDATE meta SET value = replace(value, 'malabar', 'malabor') WHERE key = 'vocabulary'"
    ),
    "other-format": update_row("UPDATE meta SET value = '0' WHERE key = 'format'"),
}


class TestNeverTrusted:
    @pytest.mark.parametrize("damage", list(CORRUPTIONS), ids=str)
    def test_a_damaged_index_is_detected_and_rebuilt(
        self, real_copy: Path, cache: Path, damage: str
    ) -> None:
        warm(real_copy)
        (file,) = cache.glob("index-*.sqlite")
        expected = results(
            SearchIndex(load(real_copy)),
            "malabar",
            Filters(kinds=frozenset({"event", "background"})),
        )
        CORRUPTIONS[damage](file)
        got = results(
            open_index(real_copy), "malabar", Filters(kinds=frozenset({"event", "background"}))
        )
        assert got == expected
        warm(real_copy)  # the rebuilt file passes every check again

    @pytest.mark.parametrize(
        "pointer",
        [
            b"",
            b"{",
            b"[]",
            b"[" * 100_000,
            b'{"content": 1}',
            b'{"path": "/x", "fingerprint": [], "content": "0"}',
        ],
    )
    def test_a_damaged_pointer_is_ignored(
        self, real_copy: Path, cache: Path, pointer: bytes
    ) -> None:
        warm(real_copy)
        (file,) = cache.glob("file-*.json")
        file.write_bytes(pointer)
        assert results(open_index(real_copy), "malabar")

    def test_a_pointer_naming_a_file_outside_the_cache_is_ignored(
        self, real_copy: Path, cache: Path, tmp_path: Path
    ) -> None:
        warm(real_copy)
        (file,) = cache.glob("file-*.json")
        (index_file,) = cache.glob("index-*.sqlite")
        planted = tmp_path / "index-planted.sqlite"
        shutil.copyfile(index_file, planted)
        (cache / "index-x").mkdir()
        pointer = json.loads(file.read_bytes())
        pointer["content"] = "x/../../../index-planted"  # cache/index-<this>.sqlite is planted
        assert (cache / f"index-{pointer['content']}.sqlite").resolve() == planted.resolve()
        file.write_text(json.dumps(pointer))
        found = open_index(real_copy)
        assert not (isinstance(found, DiskIndex) and found.file.resolve() == planted.resolve())
        assert results(found, "malabar")

    def test_the_command_line_gives_the_same_bytes_with_a_damaged_index(
        self, real_copy: Path, cache: Path
    ) -> None:
        argv = ["--facts", str(real_copy), "search", "malabr", "exercise", "--json", "--explain"]
        first = subprocess.run([defcoop_exe(), *argv], capture_output=True, check=True)
        (file,) = cache.glob("index-*.sqlite")
        corrupt_blob(file)
        again = subprocess.run([defcoop_exe(), *argv], capture_output=True, check=True)
        assert again.stdout == first.stdout and again.stderr == b""


class TestWriting:
    def test_a_failed_write_leaves_no_file_behind(
        self, real_copy: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        def crash(file: Path, *_: object) -> None:
            file.write_bytes(b"SQLite format 3\0 half of a file")
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(index_module, "_write_index", crash)
        assert isinstance(open_index(real_copy), SearchIndex)  # the answer still comes
        assert list(cache.glob("index-*")) == []
        assert list(cache.glob(".*.tmp")) == []

    def test_runs_at_once_each_write_a_whole_file(self, tmp_path: Path, cache: Path) -> None:
        path = copy_of(write(generate(5000), tmp_path / "gen"), tmp_path / "big")
        argv = [defcoop_exe(), "--facts", str(path), "search", "malabr", "exercise", "--json"]
        env = {**os.environ}

        def run(_: int) -> subprocess.CompletedProcess[bytes]:
            return subprocess.run(argv, capture_output=True, env=env, timeout=120, check=False)

        with ThreadPoolExecutor(6) as pool:
            runs = list(pool.map(run, range(6)))
        assert {r.returncode for r in runs} == {0} and {r.stderr for r in runs} == {b""}
        assert len({r.stdout for r in runs}) == 1
        assert list(cache.glob(".*.tmp")) == []
        assert isinstance(open_index(path), DiskIndex)
        assert run(0).stdout == runs[0].stdout

    def test_an_unwritable_cache_costs_speed_not_answers(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        blocker = tmp_path / "a-file"
        blocker.write_text("the cache folder's parent is a file")
        monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
        path = copy_of(REAL, tmp_path / "real")
        assert results(open_index(path), "malabar")

    def test_no_cache_when_asked(
        self, real_copy: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setenv("DEFCOOP_NO_CACHE", "1")
        assert isinstance(open_index(real_copy), SearchIndex)
        assert not cache.exists()


class TestProgress:
    """The spinner, with its delay and the build's length injected: the test does not
    depend on how fast this machine builds an index."""

    SCRIPT = (
        "import sys, time\n"
        "import defcoop_cli.terminal as terminal, defcoop_cli.index as index\n"
        "real_build = index.build_index\n"
        "def slow(*args, **kwargs):\n"
        "    time.sleep(0.6)\n"
        "    return real_build(*args, **kwargs)\n"
        "index.build_index = slow\n"
        "terminal.PROGRESS_DELAY = 0.05\n"
        "import defcoop_cli\n"
        "defcoop_cli.main()\n"
    )

    def run(self, cache: Path, stderr_on_a_tty: bool) -> tuple[bytes, bytes]:
        argv = [sys.executable, "-c", self.SCRIPT, "search", "delta", "--json"]
        env = {**os.environ, "XDG_CACHE_HOME": str(cache), "TERM": "xterm"}
        if not stderr_on_a_tty:
            proc = subprocess.run(argv, capture_output=True, env=env, timeout=60, check=True)
            return proc.stdout, proc.stderr
        master, slave = pty.openpty()
        with subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=slave, env=env) as child:
            os.close(slave)
            assert child.stdout is not None
            out = child.stdout.read()
            err = read_terminal(master)
            assert child.wait(timeout=60) == 0
        return out, err

    def test_a_spinner_shows_on_a_terminal_while_an_index_builds(self, tmp_path: Path) -> None:
        out, err = self.run(tmp_path / "cache-tty", stderr_on_a_tty=True)
        assert b"Building the search index" in err
        assert json.loads(out)["results"]  # stdout stays one clean JSON document

    def test_no_spinner_when_stderr_is_not_a_terminal(self, tmp_path: Path) -> None:
        out, err = self.run(tmp_path / "cache-pipe", stderr_on_a_tty=False)
        assert err == b""
        assert json.loads(out)["results"]


def test_a_file_changed_moments_ago_is_found_by_its_content(tmp_path: Path, cache: Path) -> None:
    """Its timestamp may not move on the next edit (git's "racy" case): it is hashed each run."""
    index_module.SETTLE_NS = 2_000_000_000  # undone by the cache fixture's monkeypatch
    shutil.copytree(MINI.parent, tmp_path / "fresh")
    path = tmp_path / "fresh" / "facts.json"
    path.write_bytes(MINI.read_bytes())  # written just now
    open_index(path)
    assert isinstance(open_index(path), DiskIndex)
    assert list(cache.glob("file-*.json")) == []


def test_the_generated_fact_bases_pass_validate(tmp_path: Path) -> None:
    from defcoop_cli.factbase import validate as check_factbase

    generated = generate(1500)
    report = check_factbase(write(generated, tmp_path / "gen"))
    assert report.ok, report.problems[:3]
    assert report.counts["facts"] == 1500
    real = json.loads(REAL.read_text(encoding="utf-8"))["facts"]
    statements = [f["statement"] for f in generated["facts"]]
    assert len(set(statements)) > 1300  # varied, not copied (a short one may come out unchanged)
    lengths = sorted(len(s) for s in statements)
    real_lengths = sorted(len(f["statement"]) for f in real)
    assert abs(lengths[len(lengths) // 2] - real_lengths[len(real_lengths) // 2]) < 15


class TestCacheEdges:
    def test_an_index_built_by_another_version_is_rebuilt(
        self, real_copy: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        with monkeypatch.context() as old:
            old.setattr(index_module, "__version__", "0.0.9")
            open_index(real_copy)
            assert isinstance(open_index(real_copy), DiskIndex)
        assert isinstance(open_index(real_copy), SearchIndex)  # rebuilt, not trusted
        assert isinstance(open_index(real_copy), DiskIndex)

    def test_what_the_index_holds_is_pinned(self) -> None:
        """Change what goes into an index and this fails: bump index.FORMAT, then update it."""
        built = SearchIndex(load(MINI))
        digest = hashlib.sha256()
        for word, postings in sorted(built.all_postings().items()):
            digest.update(f"{word}:{sorted(postings)}\n".encode())
        for name, positions in sorted(built.all_facets().items()):
            digest.update(f"{name}:{sorted(positions)}\n".encode())
        assert index_module.FORMAT == "8"
        assert digest.hexdigest() == (
            "6cb7c5dbf2bfcc0abcd0089480cdd38f0969ccdc79690dbbba069daed814a8aa"
        )

    def test_a_cache_that_cannot_be_changed_still_answers(
        self, real_copy: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        disk = warm(real_copy)
        expected = results(SearchIndex(load(real_copy)), "malabar")
        corrupt_blob(disk.file)

        def refuse(*_: object, **__: object) -> None:
            raise PermissionError(13, "Permission denied")

        monkeypatch.setattr(Path, "unlink", refuse)
        monkeypatch.setattr(index_module.os, "replace", refuse)
        assert results(open_index(real_copy), "malabar") == expected

    def test_a_cache_folder_that_cannot_be_searched_costs_only_speed(
        self, real_copy: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        warm(real_copy)

        def refuse(*_: object) -> bool:
            raise PermissionError(13, "Permission denied")

        monkeypatch.setattr(Path, "is_file", refuse)
        assert results(open_index(real_copy), "malabar")

    def test_a_fact_file_changed_during_a_fallback_asks_to_run_again(
        self, real_copy: Path, cache: Path
    ) -> None:
        disk = warm(real_copy)
        corrupt_blob(disk.file)  # found damaged only when the query reads it
        real_copy.write_text(real_copy.read_text(encoding="utf-8") + "\n", encoding="utf-8")
        with pytest.raises(BadFactBase, match="changed while it was read; run again"):
            results(disk, "malabar")

    def test_a_settled_file_is_judged_by_its_later_timestamp(self) -> None:
        now = time.time_ns()
        old, recent = now - 60 * 10**9, now - 10**8
        assert index_module._settled([0, 0, 0, old, old])
        assert not index_module._settled([0, 0, 0, old, recent])  # mtime set back by a tool
        assert not index_module._settled(None)

    def test_a_cache_path_that_is_not_utf8_is_still_used(
        self, real_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / os.fsdecode(b"caf\xe9")))
        warm(real_copy)

    def test_the_cache_is_private(self, real_copy: Path, cache: Path) -> None:
        warm(real_copy)
        assert cache.stat().st_mode & 0o777 == 0o700
        for file in cache.iterdir():
            assert file.stat().st_mode & 0o777 == 0o600, file

    def test_a_relative_xdg_cache_home_is_ignored(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setenv("HOME", str(tmp_path))
        monkeypatch.setenv("XDG_CACHE_HOME", "relative/cache")
        assert index_module.cache_folder() == tmp_path / ".cache" / "defcoop"
