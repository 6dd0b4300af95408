"""The index cache and the search engine on disk: the same results as memory, never
half-written, never trusted blindly, and every failure costs speed, never an answer."""

from __future__ import annotations

import hashlib
import json
import os
import pty
import shutil
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

from defcoop_cli import cache as cache_module
from defcoop_cli import engine
from defcoop_cli.cache import Resilient, open_index
from defcoop_cli.errors import BadFactBase, UsageError
from defcoop_cli.factbase import load, load_layers
from defcoop_cli.search import (
    FieldWords,
    Filters,
    Index,
    SearchIndex,
    SortedVocabulary,
    facet_keys,
    parse_query,
    rank_facts,
    role_facts,
)

sys.path.insert(0, str(ROOT / "benchmarks"))
from generate import generate, write

pytestmark = pytest.mark.skipif(not engine.available(), reason="tantivy needs Python 3.11+")

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
    "who is nakatani",
    "where did they meet",
    "cooperation",
    "coop",
]


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty cache folder of the test's own. In process, files count as settled at once
    (copying a file sets its ctime to now); the two-second rule has tests of its own."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.setattr(cache_module, "SETTLE_NS", 0)
    return tmp_path / "xdg" / "defcoop"


def copy_of(source: Path, folder: Path) -> Path:
    """A copy of a fact base (its ctime is now: in process, the cache fixture trusts it)."""
    shutil.copytree(source.parent, folder)
    return folder / source.name


def results(index: Index, query: str, filters: Filters | None = None, limit: int = 10) -> Any:
    matches = rank_facts(index, parse_query(query.split()), filters or Filters(), limit).matches
    return [(m.fact, m.score, m.details) for m in matches]


def warm(*paths: Path) -> engine.DiskIndex:
    """The index on disk, built first if need be."""
    open_index(list(paths))
    found = open_index(list(paths))
    assert isinstance(found, Resilient), "the second open should come from the cache"
    disk = found._index
    assert isinstance(disk, engine.DiskIndex)
    return disk


def index_folder(cache: Path) -> Path:
    (folder,) = cache.glob("index-*")
    return folder


@pytest.fixture
def real_copy(tmp_path: Path, cache: Path) -> Path:
    return copy_of(REAL, tmp_path / "real")


FILTERS = (
    Filters(),
    Filters(kinds=frozenset({"event"})),
    Filters(topics=frozenset({"joint-exercises"}), include_editorial=True),
    Filters(entities=frozenset({"japan"})),
)


class TestSameResultsAsMemory:
    def test_on_the_real_fact_base(self, real_copy: Path) -> None:
        disk, memory = warm(real_copy), SearchIndex(load(real_copy))
        for query in QUERIES:
            for filters in FILTERS:
                assert results(disk, query, filters, 100) == results(memory, query, filters, 100)
        assert disk.factbase().doc == memory.fb.doc
        assert disk.entities == memory.entities
        assert disk.catalogue().sources == memory.catalogue().sources
        assert disk.catalogue().curator_notes == memory.catalogue().curator_notes
        for e in memory.entities:
            assert disk.entity(e.id) == e
        assert disk.entity("no-such-entity") is None and disk.entity("") is None
        assert disk.role_entities() == memory.role_entities()
        for name in ("kind:event", "topic:joint-exercises", "entity:japan", "kind:nothing"):
            assert disk.facet_count(name) == memory.facet_count(name)
            assert disk.facet(name) == memory.facet(name)

    @given(
        words=st.lists(st.text(min_size=1, max_size=12), min_size=1, max_size=4),
        include_editorial=st.booleans(),
    )
    def test_for_any_query(
        self,
        real_index: tuple[engine.DiskIndex, SearchIndex],
        words: list[str],
        include_editorial: bool,
    ) -> None:
        disk, memory = real_index
        try:
            query = parse_query(words)
        except UsageError:
            return
        filters = Filters(include_editorial=include_editorial)
        assert rank_facts(disk, query, filters, 50) == rank_facts(memory, query, filters, 50)

    @given(
        picked=st.lists(st.integers(0, 10_000), min_size=1, max_size=4),
        typo=st.sampled_from(["", "swap", "drop", "double", "change"]),
    )
    def test_for_typos_of_its_own_words(
        self, real_index: tuple[engine.DiskIndex, SearchIndex], picked: list[int], typo: str
    ) -> None:
        disk, memory = real_index
        words = memory.vocabulary().words()
        terms = [_typo(words[i % len(words)], typo) for i in picked]
        try:
            query = parse_query(terms)
        except UsageError:
            return
        assert rank_facts(disk, query, Filters(), 50) == rank_facts(memory, query, Filters(), 50)

    def test_at_2000_generated_facts(self, tmp_path: Path, cache: Path) -> None:
        path = copy_of(write(generate(2000), tmp_path / "gen"), tmp_path / "gen2")
        disk, memory = warm(path), SearchIndex(load(path))
        for query in QUERIES:
            assert results(disk, query, limit=200) == results(memory, query, limit=200)

    def test_on_the_judged_queries(self, real_index: tuple[engine.DiskIndex, SearchIndex]) -> None:
        disk, memory = real_index
        judged = json.loads((ROOT / "tests" / "fixtures" / "judged_queries.json").read_text())
        queries = [q["query"] for q in judged["queries"]]
        assert len(queries) > 100
        for query in queries:
            assert results(disk, query, limit=20) == results(memory, query, limit=20), query


def _typo(word: str, kind: str) -> str:
    if len(word) < 3 or not kind:
        return word
    if kind == "swap":
        return word[0] + word[2] + word[1] + word[3:]
    if kind == "drop":
        return word[:1] + word[2:]
    if kind == "double":
        return word[:2] + word[1] + word[2:]
    return word[:1] + ("a" if word[1] != "a" else "e") + word[2:]


class TestTheEnginesVocabulary:
    """tantivy's Levenshtein automata (a swap counts one edit) find what rapidfuzz's OSA
    distance finds, and its prefix look-up what bisection finds."""

    @given(
        term=st.text(alphabet="abcdeilmnorst", min_size=1, max_size=9),
        edits=st.sampled_from([1, 2]),
    )
    def test_near_and_starting_agree(
        self, real_index: tuple[engine.DiskIndex, SearchIndex], term: str, edits: int
    ) -> None:
        disk, memory = real_index
        on_disk, in_memory = disk.vocabulary(), memory.vocabulary()
        assert on_disk.near(term, edits) == sorted(in_memory.near(term, edits))
        assert on_disk.starting(term, 20) == in_memory.starting(term, 20)
        assert on_disk.has(term) == in_memory.has(term)

    def test_every_word_and_its_typos(
        self, real_index: tuple[engine.DiskIndex, SearchIndex]
    ) -> None:
        disk, memory = real_index
        words = memory.vocabulary().words()
        assert list(disk.vocabulary().words()) == list(words)
        for word in words[::7]:
            for kind in ("swap", "drop", "double", "change"):
                term = _typo(word, kind)
                assert disk.vocabulary().near(term, 2) == sorted(memory.vocabulary().near(term, 2))

    def test_a_word_list_with_no_common_prefix(self, tmp_path: Path) -> None:
        words = ["zebra", "zebras", "ábaco", "naïve", "über", "x"]
        memory = SortedVocabulary(words)
        for term in ("zebr", "abaco", "ábac", "naive", "ubr", "x", "y"):
            assert memory.starting(term, 5) == [w for w in sorted(words) if w.startswith(term)][:5]


@pytest.fixture(scope="module")
def real_index(tmp_path_factory: pytest.TempPathFactory) -> tuple[engine.DiskIndex, SearchIndex]:
    folder = tmp_path_factory.mktemp("real-index")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("XDG_CACHE_HOME", str(folder / "xdg"))
        mp.setattr(cache_module, "SETTLE_NS", 0)
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
            " any(p.endswith('facts.json') for p in opened),"
            " any(p.endswith('.txt') for p in opened), file=sys.stderr)\n"
        )
        argv = [sys.executable, "-c", driver, "--facts", str(real_copy), "search", "malabar"]
        time.sleep(2.1)  # a fresh copy is trusted by its fingerprint once it has settled
        cold = subprocess.run([*argv, "--json"], capture_output=True, check=True)
        # The cold run builds the index: it reads the files and validates, but never loads rich.
        assert cold.stderr.split() == [b"0", b"True", b"False", b"True", b"True"]
        warm = subprocess.run([*argv, "--json"], capture_output=True, check=True)
        # The warm run reads neither the fact file nor its source.
        assert warm.stderr.split() == [b"0", b"False", b"False", b"False", b"False"]
        assert json.loads(warm.stdout) == json.loads(cold.stdout)

    def test_importing_the_cli_pulls_in_only_what_every_command_needs(self) -> None:
        code = (
            "import sys\n"
            "before = set(sys.modules)\n"
            "import defcoop_cli.cli\n"
            "new = set(sys.modules) - before\n"
            "print(' '.join(sorted(m for m in new if m.startswith('defcoop_cli'))))\n"
            "heavy = ('rich', 'pydantic', 'rapidfuzz', 'tantivy', 'hashlib')\n"
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
        found = results(open_index([real_copy]), "zanzibar")
        assert [fact.id for fact, _, _ in found] == [doc["facts"][0]["id"]]

    def test_an_edited_source_is_refused_when_a_command_reads_it(self, real_copy: Path) -> None:
        """Opening the index stats no source; reading one checks its sha256, as the loader
        does: the index answers searches, and `show` refuses the edited text."""
        warm(real_copy)
        source = real_copy.parent / "sources" / "rajnath-nakatani-meeting.txt"
        source.write_bytes(source.read_bytes().replace(b"Malabar", b"Malabor"))
        index = open_index([real_copy])
        assert results(index, "malabar")
        with pytest.raises(BadFactBase, match="sha256 does not match source"):
            index.source_text("rajnath-nakatani-meeting")

    def test_a_source_swapped_for_a_symlink_outside_is_refused_when_read(
        self, real_copy: Path, tmp_path: Path
    ) -> None:
        warm(real_copy)
        source = real_copy.parent / "sources" / "rajnath-nakatani-meeting.txt"
        outside = tmp_path / "outside.txt"
        outside.write_bytes(source.read_bytes())
        source.unlink()
        source.symlink_to(outside)
        with pytest.raises(BadFactBase, match="resolves outside the fact base's folder"):
            open_index([real_copy]).source_text("rajnath-nakatani-meeting")

    def test_show_refuses_an_edited_source_with_the_loaders_words(
        self, real_copy: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        from conftest import call

        call(capsys, "--facts", str(real_copy), "search", "malabar")
        source = real_copy.parent / "sources" / "rajnath-nakatani-meeting.txt"
        source.write_bytes(source.read_bytes().replace(b"Malabar", b"Malabor"))
        code, out, err = call(
            capsys, "--facts", str(real_copy), "show", "exercise-malabar-participants"
        )
        assert code == 2 and out == ""
        assert err.startswith("defcoop: ") and "sha256 does not match source" in err

    def test_a_changed_layer_is_indexed_again(self, tmp_path: Path, cache: Path) -> None:
        below, mine = copy_of(REAL, tmp_path / "below"), copy_of(MINI, tmp_path / "mine")
        first = warm(below, mine)
        assert first.size() == len(load(below).doc.facts) + len(load(mine).doc.facts)
        doc = json.loads(mine.read_text(encoding="utf-8"))
        doc["facts"][0]["statement"] = "A zanzibar statement in the top layer."
        mine.write_text(json.dumps(doc), encoding="utf-8")
        again = warm(below, mine)
        assert again.folder != first.folder
        assert [f.id for f, _, _ in results(again, "zanzibar")] == [doc["facts"][0]["id"]]
        assert results(warm(below), "zanzibar") == []  # one layer alone is its own index


def corrupt_file(name: str, how: Callable[[Path], None]) -> Callable[[Path], None]:
    def damage(folder: Path) -> None:
        files = sorted(folder.glob(name))
        assert files, name
        how(files[0])

    return damage


def flip(at: float) -> Callable[[Path], None]:
    def change(file: Path) -> None:
        data = bytearray(file.read_bytes())
        i = min(len(data) - 1, int(len(data) * at))
        data[i] ^= 0x40
        file.write_bytes(bytes(data))

    return change


def keeping_the_time(change: Callable[[Path], None]) -> Callable[[Path], None]:
    """Damage that leaves the size and modification time as they were: a disk's bit rot."""

    def rot(file: Path) -> None:
        info = file.stat()
        change(file)
        os.utime(file, ns=(info.st_atime_ns, info.st_mtime_ns))

    return rot


def truncate(file: Path) -> None:
    os.truncate(file, file.stat().st_size // 2)


def edit_json(change: Callable[[dict[str, Any]], None]) -> Callable[[Path], None]:
    def edit(file: Path) -> None:
        body = json.loads(file.read_bytes())
        change(body)
        file.write_text(json.dumps(body))

    return edit


CORRUPTIONS: dict[str, Callable[[Path], None]] = {
    "meta-truncated": corrupt_file("meta.json", truncate),
    "meta-other-format": corrupt_file("meta.json", edit_json(lambda m: m.update(format="0"))),
    "meta-other-content": corrupt_file("meta.json", edit_json(lambda m: m.update(content="0"))),
    "meta-not-an-object": corrupt_file("meta.json", lambda f: f.write_text("[]")),
    "meta-fewer-facts": corrupt_file("meta.json", edit_json(lambda m: m.update(facts=3))),
    "facts-line-edited": corrupt_file(
        "facts.jsonl", lambda f: f.write_bytes(f.read_bytes().replace(b"Malabar", b"Maladar"))
    ),
    "facts-bit-rot": corrupt_file("facts.jsonl", keeping_the_time(flip(0.5))),
    "offsets-truncated": corrupt_file("offsets.bin", truncate),
    "offsets-bit-rot": corrupt_file("offsets.bin", keeping_the_time(flip(0.3))),
    "catalogue-edited": corrupt_file(
        "catalogue.json", lambda f: f.write_bytes(f.read_bytes().replace(b"Japan", b"Jopan"))
    ),
    "catalogue-bit-rot": corrupt_file("catalogue.json", keeping_the_time(flip(0.5))),
    "segment-truncated": corrupt_file("main/*.idx", truncate),
    "segment-footer-flipped": corrupt_file("main/*.term", flip(0.9999)),
    "segment-deleted": corrupt_file("main/*.fast", lambda f: f.unlink()),
    "vocabulary-emptied": corrupt_file("vocab/*.term", lambda f: f.write_bytes(b"")),
    "word-list-edited": corrupt_file(
        "words.txt", lambda f: f.write_bytes(f.read_bytes().replace(b"malabar", b"maladar"))
    ),
    "word-list-bit-rot": corrupt_file("words.txt", keeping_the_time(flip(0.5))),
    "tantivy-meta-garbage": corrupt_file("main/meta.json", lambda f: f.write_text("{")),
    "main-folder-gone": lambda folder: shutil.rmtree(folder / "main"),
    "a-file-added": lambda folder: (folder / "main" / "stray.idx").write_bytes(b"x"),
    "a-symlink-added": lambda folder: (folder / "link").symlink_to("/etc/passwd"),
}


class TestNeverTrusted:
    @pytest.mark.parametrize("damage", list(CORRUPTIONS), ids=str)
    def test_a_damaged_index_is_detected_and_rebuilt(
        self, real_copy: Path, cache: Path, damage: str
    ) -> None:
        warm(real_copy)
        filters = Filters(kinds=frozenset({"event", "background"}))
        memory = SearchIndex(load(real_copy))
        expected = [results(memory, q, filters) for q in ("malabar", "japan", "dharma gaurdian")]
        CORRUPTIONS[damage](index_folder(cache))
        found = open_index([real_copy])
        got = [results(found, q, filters) for q in ("malabar", "japan", "dharma gaurdian")]
        assert got == expected
        assert list(found.vocabulary().words()) == list(memory.vocabulary().words())
        assert found.factbase().doc == memory.fb.doc
        warm(real_copy)  # the rebuilt index passes every check again

    @pytest.mark.parametrize(
        "pointer",
        [
            b"",
            b"{",
            b"[]",
            b"[" * 100_000,
            b'{"content": 1}',
            b'{"paths": ["/x"], "fingerprints": [], "content": "0", "sources": {}}',
        ],
    )
    def test_a_damaged_pointer_is_ignored(
        self, real_copy: Path, cache: Path, pointer: bytes
    ) -> None:
        warm(real_copy)
        (file,) = cache.glob("pointer-*.json")
        file.write_bytes(pointer)
        assert results(open_index([real_copy]), "malabar")
        warm(real_copy)

    def test_a_fifo_where_a_pointer_should_be_never_hangs(
        self, real_copy: Path, cache: Path
    ) -> None:
        warm(real_copy)
        (file,) = cache.glob("pointer-*.json")
        file.unlink()
        os.mkfifo(file)
        assert results(open_index([real_copy]), "malabar")  # would block on open otherwise

    def test_a_pointer_to_content_outside_the_cache_is_ignored(
        self, real_copy: Path, cache: Path, tmp_path: Path
    ) -> None:
        warm(real_copy)
        (file,) = cache.glob("pointer-*.json")
        planted = tmp_path / "planted"
        shutil.copytree(index_folder(cache), planted)
        pointer = json.loads(file.read_bytes())
        pointer["content"] = "../../planted"
        body = {k: v for k, v in pointer.items() if k != "check"}
        pointer["check"] = __import__("zlib").crc32(json.dumps(body, sort_keys=True).encode())
        file.write_text(json.dumps(pointer))
        found = open_index([real_copy])
        assert not (isinstance(found, Resilient) and found._index.folder.resolve() == planted)
        assert results(found, "malabar")

    def test_a_symlinked_cache_folder_is_not_used(
        self, real_copy: Path, cache: Path, tmp_path: Path
    ) -> None:
        elsewhere = tmp_path / "elsewhere"
        elsewhere.mkdir(mode=0o700)
        cache.parent.mkdir(parents=True)
        cache.symlink_to(elsewhere)
        found = open_index([real_copy])
        assert isinstance(found, SearchIndex) and results(found, "malabar")
        assert list(elsewhere.iterdir()) == []  # nothing written through the link

    def test_the_command_line_gives_the_same_bytes_with_a_damaged_index(
        self, real_copy: Path, cache: Path
    ) -> None:
        argv = ["--facts", str(real_copy), "search", "malabr", "exercise", "--json", "--explain"]
        first = subprocess.run([defcoop_exe(), *argv], capture_output=True, check=True)
        for damage in ("facts-bit-rot", "segment-footer-flipped", "meta-truncated"):
            CORRUPTIONS[damage](index_folder(cache))
            again = subprocess.run([defcoop_exe(), *argv], capture_output=True, check=True)
            assert again.stdout == first.stdout and again.stderr == b""


class TestWriting:
    def test_a_failed_build_leaves_nothing_behind(
        self, real_copy: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        def crash(fb: object, folder: Path, *_: object) -> None:
            (folder / "main").mkdir()
            (folder / "main" / "half.idx").write_bytes(b"half of a file")
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(engine, "build", crash)
        found = open_index([real_copy])
        assert isinstance(found, SearchIndex) and results(found, "malabar")  # the answer comes
        assert [p.name for p in cache.iterdir()] == []

    def test_a_build_that_fails_after_using_up_the_facts_answers_from_the_files(
        self, real_copy: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        expected = results(SearchIndex(load(real_copy)), "malabar")

        def full(*_: object) -> None:  # once every fact is indexed, and so dropped
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(engine, "_build_vocabulary", full)
        found = open_index([real_copy])
        assert isinstance(found, SearchIndex) and results(found, "malabar") == expected
        assert [p.name for p in cache.iterdir()] == []

    def test_a_file_changed_before_a_failed_build_is_read_again_asks_to_run_again(
        self, real_copy: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        def full(*_: object) -> None:
            real_copy.write_text(real_copy.read_text(encoding="utf-8") + "\n", encoding="utf-8")
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(engine, "_build_vocabulary", full)
        with pytest.raises(BadFactBase, match="changed while it was read; run again"):
            open_index([real_copy])

    def test_the_build_drops_each_fact_once_indexed(self, real_copy: Path, tmp_path: Path) -> None:
        fb = load(real_copy)
        entities = list(fb.doc.entities)
        (tmp_path / "build").mkdir()
        engine.build(fb, tmp_path / "build", "content")
        assert fb.doc.facts and set(fb.doc.facts) == {None}  # their memory went back
        assert fb.doc.entities == entities  # the rest is kept: the catalogue reads it
        assert len(engine.DiskIndex(tmp_path / "build", [real_copy], "content").fact_ids()) == len(
            load(real_copy).doc.facts
        )

    def test_a_read_only_cache_costs_speed_not_answers(
        self, real_copy: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        cache.mkdir(parents=True, mode=0o700)
        real_mkdir = Path.mkdir

        def read_only(self: Path, *args: Any, **kwargs: Any) -> None:
            if self.name.startswith(".build-"):
                raise OSError(30, "Read-only file system")
            real_mkdir(self, *args, **kwargs)

        monkeypatch.setattr(Path, "mkdir", read_only)
        found = open_index([real_copy])
        assert isinstance(found, SearchIndex) and results(found, "malabar")

    def test_runs_at_once_each_get_a_whole_index(self, tmp_path: Path, cache: Path) -> None:
        path = copy_of(write(generate(3000), tmp_path / "gen"), tmp_path / "big")
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

    def test_a_build_left_by_a_dead_run_is_removed(
        self, real_copy: Path, cache: Path, tmp_path: Path
    ) -> None:
        cache.mkdir(parents=True, mode=0o700)
        dead = subprocess.run(
            [sys.executable, "-c", "import os; print(os.getpid())"],
            capture_output=True,
            check=True,
            text=True,
        )
        left = cache / f".build-{dead.stdout.strip()}-1"
        (left / "main").mkdir(parents=True)
        alive = cache / f".build-{os.getppid()}-2"
        alive.mkdir()
        not_ours = cache / "notes.txt"
        not_ours.write_text("a file defcoop did not write")
        warm(real_copy)
        assert not left.exists()
        assert alive.exists() and not_ours.exists()

    def test_only_the_latest_indexes_are_kept(
        self, real_copy: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setattr(cache_module, "KEEP_INDEXES", 2)
        doc = json.loads(real_copy.read_text(encoding="utf-8"))
        for n in range(4):
            doc["facts"][0]["statement"] = f"Edit number {n} of the first statement."
            real_copy.write_text(json.dumps(doc), encoding="utf-8")
            warm(real_copy)
            time.sleep(0.01)
        assert len(list(cache.glob("index-*"))) == 2
        assert results(open_index([real_copy]), "number")

    def test_an_unwritable_cache_costs_speed_not_answers(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        blocker = tmp_path / "a-file"
        blocker.write_text("the cache folder's parent is a file")
        monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
        path = copy_of(REAL, tmp_path / "real")
        assert results(open_index([path]), "malabar")

    def test_no_cache_when_asked(
        self, real_copy: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setenv("DEFCOOP_NO_CACHE", "1")
        assert isinstance(open_index([real_copy]), SearchIndex)
        assert not cache.exists()


class TestProgress:
    """The progress bar, with its delay and the build's length injected: the test does not
    depend on how fast this machine builds an index."""

    SCRIPT = (
        "import sys, time\n"
        "import defcoop_cli.terminal as terminal, defcoop_cli.engine as engine\n"
        "real_build = engine.build\n"
        "def slow(*args, **kwargs):\n"
        "    time.sleep(0.6)\n"
        "    return real_build(*args, **kwargs)\n"
        "engine.build = slow\n"
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

    def test_a_progress_bar_shows_on_a_terminal_while_an_index_builds(self, tmp_path: Path) -> None:
        out, err = self.run(tmp_path / "cache-tty", stderr_on_a_tty=True)
        assert b"Building the search index" in err
        assert json.loads(out)["results"]  # stdout stays one clean JSON document

    def test_nothing_when_stderr_is_not_a_terminal(self, tmp_path: Path) -> None:
        out, err = self.run(tmp_path / "cache-pipe", stderr_on_a_tty=False)
        assert err == b""
        assert json.loads(out)["results"]


def test_a_file_changed_moments_ago_is_found_by_its_content(tmp_path: Path, cache: Path) -> None:
    """Its timestamp may not move on the next edit (git's "racy" case): it is hashed each run."""
    cache_module.SETTLE_NS = 2_000_000_000  # undone by the cache fixture's monkeypatch
    shutil.copytree(MINI.parent, tmp_path / "fresh")
    path = tmp_path / "fresh" / "facts.json"
    path.write_bytes(MINI.read_bytes())  # written just now
    open_index([path])
    assert isinstance(open_index([path]), Resilient)
    assert list(cache.glob("pointer-*.json")) == []


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
            old.setattr(engine, "__version__", "0.0.9")
            first = warm(real_copy)
        assert not first.folder.exists() or warm(real_copy).meta["defcoop"] != "0.0.9"
        assert warm(real_copy).meta["defcoop"] == engine.__version__

    def test_what_the_index_holds_is_pinned(self) -> None:
        """Change what goes into an index and this fails: bump engine.FORMAT, then update it."""
        fb = load(MINI)
        field_words = FieldWords(fb.doc.topics, fb.doc.entities)
        roles = role_facts(fb.doc.entities)
        digest = hashlib.sha256()
        for fact in fb.doc.facts:
            words = [sorted(found) for found in field_words.of(fact)]
            digest.update(f"{fact.id}:{words}:{sorted(facet_keys(fact, roles))}\n".encode())
        assert engine.FORMAT == "14"
        assert digest.hexdigest() == (
            "25d951a3bdf589006bbb962052178fdc15d50b9ea89e18cd64d380f00584738a"
        )

    def test_a_cache_that_cannot_be_changed_still_answers(
        self, real_copy: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        warm(real_copy)
        expected = results(SearchIndex(load(real_copy)), "malabar")
        CORRUPTIONS["facts-bit-rot"](index_folder(cache))

        def refuse(*_: object, **__: object) -> None:
            raise PermissionError(13, "Permission denied")

        monkeypatch.setattr(shutil, "rmtree", refuse)
        monkeypatch.setattr(cache_module.os, "rename", refuse)
        assert results(open_index([real_copy]), "malabar") == expected

    def test_a_cache_folder_that_cannot_be_read_costs_only_speed(
        self, real_copy: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        warm(real_copy)

        def refuse(*_: object, **__: object) -> None:
            raise PermissionError(13, "Permission denied")

        monkeypatch.setattr(cache_module.os, "lstat", refuse)
        assert results(open_index([real_copy]), "malabar")

    def test_a_fact_file_changed_during_a_fallback_asks_to_run_again(
        self, real_copy: Path, cache: Path
    ) -> None:
        warm(real_copy)
        found = open_index([real_copy])
        CORRUPTIONS["facts-bit-rot"](index_folder(cache))  # found only when a query reads it
        real_copy.write_text(real_copy.read_text(encoding="utf-8") + "\n", encoding="utf-8")
        with pytest.raises(BadFactBase, match="changed while it was read; run again"):
            # Every match is read, wherever in the file the flipped byte lands.
            for query in ("malabar", "japan", "india", "exercise"):
                results(found, query, limit=1000)

    def test_a_settled_file_is_judged_by_its_later_timestamp(self) -> None:
        now = time.time_ns()
        old, recent = now - 60 * 10**9, now - 10**8
        assert cache_module._settled([0, 0, 0, old, old])
        assert not cache_module._settled([0, 0, 0, old, recent])  # mtime set back by a tool
        assert not cache_module._settled(None)

    def test_a_cache_path_that_is_not_utf8_costs_only_speed(
        self, real_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """tantivy takes paths as UTF-8 strings: such a folder is not used."""
        monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / os.fsdecode(b"caf\xe9")))
        found = open_index([real_copy])
        assert isinstance(found, SearchIndex) and results(found, "malabar")

    def test_the_cache_is_private(self, real_copy: Path, cache: Path) -> None:
        warm(real_copy)
        assert cache.stat().st_mode & 0o777 == 0o700
        for entry in cache.iterdir():
            assert entry.stat().st_mode & 0o077 == 0, entry

    def test_a_relative_xdg_cache_home_is_ignored(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setenv("HOME", str(tmp_path))
        monkeypatch.setenv("XDG_CACHE_HOME", "relative/cache")
        assert cache_module.cache_folder() == tmp_path / ".cache" / "defcoop"

    def test_two_layers_read_as_one(self, tmp_path: Path, cache: Path) -> None:
        below, mine = copy_of(REAL, tmp_path / "below"), copy_of(MINI, tmp_path / "mine")
        disk, memory = warm(below, mine), SearchIndex(load_layers([below, mine]))
        for query in QUERIES:
            assert results(disk, query, limit=50) == results(memory, query, limit=50)
        assert disk.factbase().layers == memory.fb.layers


def test_silenced_stderr_nests_and_comes_back() -> None:
    """Nested silences (a guarded call inside another) restore fd 2 and the signal
    handler's target only when the outermost ends."""
    import defcoop_cli

    before = os.fstat(2).st_ino
    with engine.quiet_stderr():
        saved = defcoop_cli.STDERR_FD[0]
        assert saved != 2
        with engine.quiet_stderr():
            pass
        assert defcoop_cli.STDERR_FD[0] == saved and os.fstat(2).st_ino != before
    assert defcoop_cli.STDERR_FD[0] == 2 and os.fstat(2).st_ino == before
