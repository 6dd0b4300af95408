"""The index cache: never half-written, never trusted blindly, rebuilt when its fact base
changes, and every failure costs speed, never an answer."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from array import array
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import MINI, REAL, call, copy_of, index_folder, results, warm
from generate import generate, write

from defcoop_cli.errors import BadFactBase
from defcoop_cli.factbase.loader import load
from defcoop_cli.index import cache as cache_module
from defcoop_cli.index import engine, layout
from defcoop_cli.index.cache import Resilient, open_index
from defcoop_cli.index.layout import cache_folder
from defcoop_cli.index.writing import building
from defcoop_cli.lookup.search.memory import SearchIndex
from defcoop_cli.lookup.search.ranking import Filters

pytestmark = pytest.mark.skipif(not engine.available(), reason="tantivy needs Python 3.11+")


class TestWarmRuns:
    @pytest.mark.usefixtures("index_in_cache")
    def test_closing_lets_go_of_the_mapped_record_files_and_so_does_a_damaged_index(
        self, real_copy: Path, cache: Path
    ) -> None:
        """Closed, an index maps its record files again when read; found damaged, it lets
        go of them before its folder is removed (and answers from memory)."""
        warm(real_copy)
        found = open_index([real_copy])
        assert isinstance(found, Resilient) and isinstance(found._index, engine.DiskIndex)
        first = found.facts_at([0])
        entity = found.entities[0]
        mapped = list(found._index._mapped._open.values())
        assert len(mapped) == 2
        found.close()
        assert not found._index._mapped._open
        assert all(m._lines.closed and m._offsets.closed for m in mapped)
        assert found.facts_at([0]) == first and found.entity(entity.id) == entity
        lengths = found.lengths([0, 1])
        whole = list(found._index._mapped._whole.values())
        assert len(whole) == 1  # lengths.bin, mapped
        found.close()
        assert whole[0].closed and found.lengths([0, 1]) == lengths  # mapped again
        found.close()
        found.close()  # twice: nothing left to let go of
        found.facts_at([0])
        mapped = list(found._index._mapped._open.values())
        second = array("Q", (index_folder(cache) / "offsets.bin").read_bytes())[1]
        with open(index_folder(cache) / "facts.records", "r+b") as lines:  # in place, as mapped
            lines.seek(second + 20)  # where the second line starts: a body may hold a new line
            lines.write(b"#")  # the second fact's line fails its CRC when it is read
        assert found.facts_at([1]) == [load(real_copy).doc.facts[1]]  # from memory
        assert mapped and all(m._lines.closed for m in mapped)
        assert not list(cache.glob("index-*"))

    @pytest.mark.usefixtures("index_in_cache")
    def test_an_edited_fact_file_is_indexed_again(self, real_copy: Path) -> None:
        warm(real_copy)
        doc = json.loads(real_copy.read_text(encoding="utf-8"))
        doc["facts"][0]["statement"] = "A zanzibar statement the first index never saw."
        real_copy.write_text(json.dumps(doc), encoding="utf-8")
        found = results(open_index([real_copy]), "zanzibar")
        assert [fact.id for fact, _, _ in found] == [doc["facts"][0]["id"]]

    @pytest.mark.usefixtures("index_in_cache")
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

    @pytest.mark.usefixtures("index_in_cache")
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

    @pytest.mark.usefixtures("index_in_cache")
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


def _swapped(order: bytes) -> bytes:
    return order[8:16] + order[:8] + order[16:]


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
        "facts.records", lambda f: f.write_bytes(f.read_bytes().replace(b"Malabar", b"Maladar"))
    ),
    "facts-bit-rot": corrupt_file("facts.records", keeping_the_time(flip(0.5))),
    "offsets-truncated": corrupt_file("offsets.bin", truncate),
    "offsets-bit-rot": corrupt_file("offsets.bin", keeping_the_time(flip(0.3))),
    "lengths-truncated": corrupt_file("lengths.bin", truncate),
    "lengths-bit-rot": corrupt_file("lengths.bin", keeping_the_time(flip(0.3))),
    "lengths-reversed": corrupt_file(  # every fact's length other: another ranking
        "lengths.bin", keeping_the_time(lambda f: f.write_bytes(f.read_bytes()[::-1]))
    ),
    "entity-types-bit-rot": corrupt_file("entity-types.bin", keeping_the_time(flip(0.5))),
    "entity-order-swapped": corrupt_file(  # two entities' places in id order, swapped
        "entity-order.bin", keeping_the_time(lambda f: f.write_bytes(_swapped(f.read_bytes())))
    ),
    "catalogue-edited": corrupt_file(
        "catalogue.bin", lambda f: f.write_bytes(f.read_bytes().replace(b"Japan", b"Jopan"))
    ),
    "catalogue-bit-rot": corrupt_file("catalogue.bin", keeping_the_time(flip(0.5))),
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
# One damage of each kind in the default run (the CPU budget); the long profile tries all.
DEFAULT_DAMAGE = {
    "meta-fewer-facts",
    "facts-bit-rot",
    "offsets-truncated",
    "lengths-reversed",
    "catalogue-edited",
    "segment-footer-flipped",
    "main-folder-gone",
    "a-symlink-added",
}


class TestNeverTrusted:
    @pytest.mark.usefixtures("index_in_cache")
    @pytest.mark.parametrize(
        "damage",
        [
            d if d in DEFAULT_DAMAGE else pytest.param(d, marks=pytest.mark.long)
            for d in CORRUPTIONS
        ],
        ids=str,
    )
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
        assert [found.entity(e.id) for e in memory.entities] == memory.entities
        listings = [found.entity_listing(e.type) for e in memory.entities]
        assert [list(p) for p, _ in listings] == [
            list(memory.entity_listing(e.type)[0]) for e in memory.entities
        ]
        warm(real_copy)  # the rebuilt index passes every check again

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

    @pytest.mark.usefixtures("index_in_cache")
    def test_the_command_line_gives_the_same_bytes_with_a_damaged_index(
        self, real_copy: Path, cache: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        argv = ["--facts", str(real_copy), "search", "malabr", "exercise", "--json", "--explain"]
        first = call(capsys, *argv)
        assert first[0] == 0
        for damage in ("facts-bit-rot", "segment-footer-flipped", "meta-truncated"):
            CORRUPTIONS[damage](index_folder(cache))
            assert call(capsys, *argv) == first and first[2] == ""


class TestWriting:
    def test_a_failed_build_leaves_nothing_behind(
        self, real_copy: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        def crash(fb: object, folder: Path, *_: object) -> None:
            (folder / "main").mkdir()
            (folder / "main" / "half.idx").write_bytes(b"half of a file")
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(building, "build", crash)
        found = open_index([real_copy])
        assert isinstance(found, SearchIndex) and results(found, "malabar")  # the answer comes
        assert [p.name for p in cache.iterdir()] == []

    def test_a_build_that_fails_after_using_up_the_facts_answers_from_the_files(
        self, real_copy: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        expected = results(SearchIndex(load(real_copy)), "malabar")

        def full(*_: object) -> None:  # once every fact is indexed, and so dropped
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(building, "_build_vocabulary", full)
        found = open_index([real_copy])
        assert isinstance(found, SearchIndex) and results(found, "malabar") == expected
        assert [p.name for p in cache.iterdir()] == []

    def test_a_file_changed_before_a_failed_build_is_read_again_asks_to_run_again(
        self, real_copy: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        def full(*_: object) -> None:
            real_copy.write_text(real_copy.read_text(encoding="utf-8") + "\n", encoding="utf-8")
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(building, "_build_vocabulary", full)
        with pytest.raises(BadFactBase, match="changed while it was read; run again"):
            open_index([real_copy])

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


def test_the_generated_fact_bases_pass_validate(tmp_path: Path) -> None:
    from defcoop_cli.factbase.checking.validation import validate as check_factbase

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
            old.setattr(layout, "__version__", "0.0.9")
            first = warm(real_copy)
        assert not os.path.exists(first.folder) or warm(real_copy).meta["defcoop"] != "0.0.9"
        assert warm(real_copy).meta["defcoop"] == layout.__version__

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
        assert cache_folder() == str(tmp_path / ".cache" / "defcoop")


@pytest.mark.parametrize(
    "env",
    [
        {"HOME": "", "XDG_CACHE_HOME": ""},
        {"HOME": "relative/home"},
        {"HOME": "relative/home", "XDG_CACHE_HOME": "relative/cache"},
    ],
    ids=["empty HOME", "relative HOME", "relative HOME and XDG_CACHE_HOME"],
)
def test_no_cache_without_an_absolute_home(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    env: dict[str, str],
) -> None:
    for name in ("XDG_CACHE_HOME", "HOME"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.chdir(tmp_path)
    code, _, err = call(capsys, "search", "delta")
    assert code == 0, err
    assert list(tmp_path.iterdir()) == []  # no cache folder in the current directory
