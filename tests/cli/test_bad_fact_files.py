"""Fact files nobody should write, and what defcoop says about them.

Each one gets a clear error in bounded time and memory: exit 2 from the commands that use a
fact base, exit 1 from `validate`, which lists the problem instead. Nothing outside the fact
base's folder is read, whatever its source paths or symlinks say.
"""

from __future__ import annotations

import copy
import hashlib
import json
import os
import resource
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import MINI, defcoop_exe

from defcoop_cli.errors import BadFactBase
from defcoop_cli.factbase.loader import ensure_usable, load
from defcoop_cli.factbase.loader import validate as check_factbase

MEMORY_LIMIT = 512 * 1024 * 1024
TIME_LIMIT = 30
BASE: dict[str, Any] = json.loads(MINI.read_text(encoding="utf-8"))
SOURCE_TEXT = (MINI.parent / "sources" / "mini.txt").read_bytes()


def write_factbase(folder: Path, doc: Any = BASE, raw: bytes | None = None) -> Path:
    """A fact base in folder: the mini sources, and doc (or raw bytes) as facts.json."""
    (folder / "sources").mkdir(parents=True, exist_ok=True)
    (folder / "sources" / "mini.txt").write_bytes(SOURCE_TEXT)
    path = folder / "facts.json"
    path.write_bytes(raw if raw is not None else json.dumps(doc).encode("utf-8"))
    return path


def mutated(change: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    doc = copy.deepcopy(BASE)
    change(doc)
    return doc


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def defcoop(facts: Path, *argv: str) -> subprocess.CompletedProcess[bytes]:
    """The installed defcoop on this fact file, in at most 512 MiB and 30 seconds."""
    return subprocess.run(
        [defcoop_exe(), "--facts", str(facts), *argv],
        capture_output=True,
        timeout=TIME_LIMIT,
        preexec_fn=_limit_memory,
        check=False,
    )


def assert_refused(
    facts: Path,
    *expected: str,
    listed: tuple[str, ...] | None = None,
    bounded: bool = False,
) -> None:
    """Commands exit 2 with one line naming the problem; validate exits 1 and lists it.

    The commands' line holds every expected text; validate's problems hold every listed one
    (by default the same texts). In process, except with bounded=True: then a real process
    limited to 512 MiB and 30 seconds runs the commands.
    """
    runs = []
    for argv in (["search", "delta"], ["show", "drill-expanded"], ["brief"]):
        if bounded:
            proc = defcoop(facts, *argv)
            runs.append((proc.returncode, proc.stdout, proc.stderr.decode("utf-8", "replace")))
        else:
            runs.append(_in_process("--facts", str(facts), *argv))
    for code, out, err in runs:
        assert code == 2, err
        assert not out
        assert err.startswith("defcoop: ") and err.count("\n") == 1, err
        for part in expected:
            assert part in err, (part, err)
    code, out, err = _in_process("validate", str(facts), "--json")
    assert code == 1 and err == "", err
    report = json.loads(out)
    assert report["ok"] is False and report["problems"]
    messages = " ".join(f"{p['path']}: {p['message']}" for p in report["problems"])
    for part in expected if listed is None else listed:
        assert part in messages, (part, messages)


def _in_process(*argv: str) -> tuple[int, str, str]:
    """defcoop run in this process: exit code, stdout, stderr."""
    import contextlib
    import io

    from defcoop_cli.cli.app import run

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = run(list(argv))
    return code, out.getvalue(), err.getvalue()


class TestTooBigOrTooDeep:
    @pytest.mark.parametrize(
        "raw",
        [b"[" * 100_000 + b"]" * 100_000, b'{"a":' * 100_000 + b"1" + b"}" * 100_000],
        ids=["array", "object"],
    )
    def test_nested_100000_deep(self, tmp_path: Path, raw: bytes) -> None:
        assert_refused(write_factbase(tmp_path, raw=raw), "nested too deeply", bounded=True)

    def test_a_200_mb_file_is_refused_before_it_is_read(self, tmp_path: Path) -> None:
        path = write_factbase(tmp_path)
        os.truncate(path, 200 * 1024 * 1024)  # sparse: 200 MB to stat, nothing on disk
        assert_refused(path, "fact file is 209715200 bytes; the limit is", bounded=True)

    def test_a_huge_source_text_is_refused(self, tmp_path: Path) -> None:
        path = write_factbase(tmp_path)
        os.truncate(tmp_path / "sources" / "mini.txt", 200 * 1024 * 1024)
        assert_refused(path, "source text is 209715200 bytes; the limit is", bounded=True)


class TestNotARegularFile:
    def test_a_fifo(self, tmp_path: Path) -> None:
        fifo = tmp_path / "facts.json"
        os.mkfifo(fifo)
        assert_refused(fifo, "not a regular file")

    def test_dev_zero(self) -> None:
        assert_refused(Path("/dev/zero"), "/dev/zero: is not a regular file")

    def test_a_directory(self, tmp_path: Path) -> None:
        assert_refused(tmp_path, "is a directory")

    def test_a_source_that_is_a_fifo(self, tmp_path: Path) -> None:
        path = write_factbase(tmp_path)
        (tmp_path / "sources" / "mini.txt").unlink()
        os.mkfifo(tmp_path / "sources" / "mini.txt")
        assert_refused(path, "mini.txt: is not a regular file")


class TestDuplicateKeys:
    @pytest.mark.parametrize(
        "old, new",
        [
            ('"schema_version": 1', '"schema_version": 1, "schema_version": 1'),
            ('"stance": "agreed"', '"stance": "agreed", "stance": "discussed"'),
            ('"name": "Delta Drill"', '"name": "Delta Drill", "name": "Omega"'),
        ],
        ids=["root", "fact", "entity"],
    )
    def test_at_any_level(self, tmp_path: Path, old: str, new: str) -> None:
        text = json.dumps(BASE, separators=(", ", ": "))
        assert text.count(old) == 1
        path = write_factbase(tmp_path, raw=text.replace(old, new).encode())
        key = old.split(":")[0].strip('"')
        assert_refused(path, f"duplicate key {key!r}")


def paths(value: Any, where: tuple[str | int, ...] = ()) -> Iterator[tuple[str | int, ...]]:
    """Every location in a JSON value, the root included."""
    yield where
    if isinstance(value, dict):
        for key, item in value.items():
            yield from paths(item, (*where, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from paths(item, (*where, i))


def replaced(doc: Any, where: tuple[str | int, ...], new: Any) -> Any:
    if not where:
        return new
    doc = copy.deepcopy(doc)
    parent = doc
    for part in where[:-1]:
        parent = parent[part]
    parent[where[-1]] = new
    return doc


LOCATIONS = list(paths(BASE))


def wrong_type(value: Any) -> Any:
    """A value of another JSON type than value's, one the models never accept there."""
    if isinstance(value, dict):
        return ["a list, not an object"]
    if isinstance(value, list):
        return {"an object": "not a list"}
    return {"an object": "not a scalar"}


def json_path(where: tuple[str | int, ...]) -> str:
    return "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in where)


class TestWrongTypes:
    def test_there_are_many_locations(self) -> None:
        assert len(LOCATIONS) > 150

    @pytest.mark.parametrize("where", LOCATIONS, ids=json_path)
    def test_at_every_location(self, tmp_path: Path, where: tuple[str | int, ...]) -> None:
        path = write_factbase(tmp_path, replaced(BASE, where, wrong_type(_get(BASE, where))))
        with pytest.raises(BadFactBase, match="not a fact base") as refused:
            ensure_usable(load(path))
        assert json_path(where) in str(refused.value) or not where
        report = check_factbase(path)
        assert not report.ok
        assert any(p.path.startswith(json_path(where)) for p in report.problems)

    @pytest.mark.parametrize(
        "where", [(), ("facts",), ("facts", 1), ("facts", 1, "span", 0), ("sources", 0, "path")]
    )
    def test_through_the_command_line(self, tmp_path: Path, where: tuple[str | int, ...]) -> None:
        doc = replaced(BASE, where, wrong_type(_get(BASE, where)))
        assert_refused(
            write_factbase(tmp_path, doc), "not a fact base", listed=(json_path(where) + ":",)
        )


def _get(doc: Any, where: tuple[str | int, ...]) -> Any:
    for part in where:
        doc = doc[part]
    return doc


class TestSpans:
    @pytest.mark.parametrize(
        "span, expected",
        [
            ([0, 10**9], "outside the text"),
            ([300, 301], "outside the text"),
            ([30, 20], "start must not be after its end"),
            ([-1, 20], "greater than or equal to 0"),
            (["0", "20"], "valid integer"),
            ([1.5, 20], "valid integer"),
            ([True, 20], "valid integer"),
            ([0], "Field required"),
            ([0, 1, 2], "at most 2 items"),
        ],
    )
    def test_a_span_out_of_range_or_malformed(
        self, tmp_path: Path, span: list[Any], expected: str
    ) -> None:
        doc = mutated(lambda d: d["facts"][1].__setitem__("span", span))
        assert_refused(write_factbase(tmp_path, doc), expected)

    def test_an_excerpt_span_out_of_range(self, tmp_path: Path) -> None:
        doc = mutated(lambda d: d["sources"][0]["furniture"][0].__setitem__("span", [0, 999]))
        assert_refused(write_factbase(tmp_path, doc), "outside the text")


class TestSourcesStayInsideTheFolder:
    """A source path or symlink that points elsewhere is refused before anything is opened."""

    @pytest.fixture
    def secret(self, tmp_path: Path) -> Path:
        outside = tmp_path / "outside"
        outside.mkdir()
        secret = outside / "secret.txt"
        secret.write_bytes(SOURCE_TEXT)  # same bytes and hash: reading it would "work"
        return secret

    def factbase(self, tmp_path: Path, source_path: str) -> Path:
        doc = mutated(lambda d: d["sources"][0].__setitem__("path", source_path))
        return write_factbase(tmp_path / "fb", doc)

    @pytest.mark.parametrize(
        "source_path, expected",
        [
            ("../outside/secret.txt", "leaves the fact base's folder"),
            ("../../etc/passwd", "leaves the fact base's folder"),
            ("/etc/passwd", "leaves the fact base's folder"),
            ("sources/../../outside/secret.txt", "leaves the fact base's folder"),
        ],
    )
    def test_a_path_that_leaves_the_folder(
        self, tmp_path: Path, secret: Path, source_path: str, expected: str
    ) -> None:
        path = self.factbase(tmp_path, source_path)
        assert_refused(path, expected)
        assert str(secret) not in opened_files(path, "show", "drill-expanded")

    def test_a_symlink_that_points_outside(self, tmp_path: Path, secret: Path) -> None:
        path = self.factbase(tmp_path, "sources/link.txt")
        (tmp_path / "fb" / "sources" / "link.txt").symlink_to(secret)
        assert_refused(path, "resolves outside the fact base's folder")
        for argv in (["show", "drill-expanded"], ["validate"]):
            assert str(secret) not in opened_files(path, *argv)

    def test_a_symlinked_folder_that_points_outside(self, tmp_path: Path, secret: Path) -> None:
        path = self.factbase(tmp_path, "elsewhere/secret.txt")
        (tmp_path / "fb" / "elsewhere").symlink_to(secret.parent)
        assert_refused(path, "resolves outside the fact base's folder")
        assert str(secret) not in opened_files(path, "validate")

    def test_a_symlink_loop(self, tmp_path: Path) -> None:
        path = self.factbase(tmp_path, "sources/loop.txt")
        loop = tmp_path / "fb" / "sources" / "loop.txt"
        loop.symlink_to(loop)
        assert_refused(path, "cannot be resolved")

    @pytest.mark.parametrize("source_path", ["sources/mini\x00.txt", "sources/\x1b[2Jmini.txt"])
    def test_control_characters_in_the_path(self, tmp_path: Path, source_path: str) -> None:
        assert_refused(self.factbase(tmp_path, source_path), "$.sources[0].path")

    def test_a_source_inside_the_folder_is_read(self, tmp_path: Path) -> None:
        path = self.factbase(tmp_path, "sources/mini.txt")
        expected = os.path.realpath(path.parent / "sources" / "mini.txt")
        assert expected in opened_files(path, "validate")


AUDIT_DRIVER = """
import sys
opened = []
def hook(event, args):
    if event == "open" and isinstance(args[0], str):
        opened.append(args[0])
sys.addaudithook(hook)
from defcoop_cli.cli.app import run
code = run(sys.argv[1:])
sys.stdout.flush()
print("\\0".join(opened), file=sys.stderr)
"""


def opened_files(facts: Path, *argv: str) -> set[str]:
    """Every file path defcoop opened while running argv on facts (from an audit hook)."""
    proc = subprocess.run(
        [sys.executable, "-c", AUDIT_DRIVER, "--facts", str(facts), *argv],
        capture_output=True,
        timeout=TIME_LIMIT,
        check=False,
    )
    last_line = proc.stderr.decode("utf-8", "replace").rstrip("\n").rsplit("\n", 1)[-1]
    return {os.path.realpath(p) for p in last_line.split("\0") if p}


def test_a_hash_mismatch_is_refused(tmp_path: Path) -> None:
    doc = mutated(lambda d: d["sources"][0].__setitem__("sha256", hashlib.sha256(b"").hexdigest()))
    assert_refused(write_factbase(tmp_path, doc), "sha256 does not match")


def test_dangling_and_duplicate_ids_are_refused(tmp_path: Path) -> None:
    def change(d: dict[str, Any]) -> None:
        d["facts"][0]["topics"] = ["nowhere"]
        d["facts"].append(copy.deepcopy(d["facts"][1]))

    path = write_factbase(tmp_path, mutated(change))
    duplicate = BASE["facts"][1]["id"]
    assert_refused(path, f"duplicate id {duplicate!r}", "(and 2 more)", listed=("nowhere",))
