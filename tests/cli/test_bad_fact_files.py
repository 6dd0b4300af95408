"""Fact files nobody should write, and what defcoop says about them.

Each one gets a clear error: exit 2 from the commands that use a fact base, exit 1 from
`validate`, which lists the problem instead. Nothing outside the fact base's folder is read,
whatever its source paths or symlinks say, and nothing the user owns is changed. The files
too big or too deep are read in real processes bounded in memory and time
(process/test_hardening.py).
"""

from __future__ import annotations

import copy
import hashlib
import json
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import MINI, call

from cli.test_layout import HUMAN_COMMANDS
from defcoop_cli.errors import BadFactBase, ExitCode
from defcoop_cli.factbase.checking.validation import validate as check_factbase
from defcoop_cli.factbase.loader import ensure_usable, load

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


def _in_process(*argv: str) -> tuple[int, str, str]:
    """defcoop run in this process: exit code, stdout, stderr."""
    import contextlib
    import io

    from defcoop_cli.cli.app import run

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = run(list(argv))
    return code, out.getvalue(), err.getvalue()


def assert_refused(
    facts: Path,
    *expected: str,
    listed: tuple[str, ...] | None = None,
    run: Callable[..., tuple[int, Any, str]] = _in_process,
) -> None:
    """Commands exit 2 with one line naming the problem; validate exits 1 and lists it.

    The commands' line holds every expected text; validate's problems hold every listed one
    (by default the same texts). run runs the commands: in this process unless a test gives
    another (process/test_hardening.py bounds real processes in memory and time); validate
    runs in this process.
    """
    runs = []
    for argv in (["search", "delta"], ["show", "drill-expanded"], ["brief"]):
        runs.append(run("--facts", str(facts), *argv))
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


# The files opened by the run being watched, if one is. An audit hook, once added, stays for
# the life of the process: it records only while a run is watched.
_WATCHED: list[list[str]] = []
_HOOKED = False


def _record_open(event: str, args: tuple[Any, ...]) -> None:
    if _WATCHED and event == "open" and isinstance(args[0], str):
        _WATCHED[-1].append(args[0])


def opened_files(facts: Path, *argv: str) -> set[str]:
    """Every file path defcoop opened while running argv on facts (from an audit hook)."""
    global _HOOKED
    if not _HOOKED:
        sys.addaudithook(_record_open)
        _HOOKED = True
    _WATCHED.append([])
    try:
        _in_process("--facts", str(facts), *argv)
    finally:
        opened = _WATCHED.pop()
    return {os.path.realpath(p) for p in opened}


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


Runner = Callable[..., tuple[int, str, str]]


def one_error_line(run: tuple[int, str, str], code: int) -> str:
    """The run exited with code, printed nothing on stdout and one defcoop: line on stderr."""
    got, out, err = run
    assert got == code, err
    assert out == ""
    assert err.startswith("defcoop: ") and err.count("\n") == 1, err
    assert "Traceback" not in err
    return err


class TestBadFactFiles:
    """Named by --facts or by DEFCOOP_FACTS: one line naming the file, exit 2."""

    @pytest.fixture(params=["option", "env"])
    def run_with(self, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Runner:
        def run(path: Path, *argv: str) -> tuple[int, str, str]:
            if request.param == "option":
                return _in_process("--facts", str(path), *argv)
            monkeypatch.setenv("DEFCOOP_FACTS", str(path))
            return _in_process(*argv)

        return run

    def test_missing(self, run_with: Runner, tmp_path: Path) -> None:
        path = tmp_path / "nope.json"
        err = one_error_line(run_with(path, "search", "delta"), 2)
        assert str(path) in err and "no such fact file" in err

    def test_a_directory(self, run_with: Runner, tmp_path: Path) -> None:
        err = one_error_line(run_with(tmp_path, "brief"), 2)
        assert str(tmp_path) in err and "is a directory" in err

    def test_a_fifo_is_refused_without_waiting_for_a_writer(
        self, run_with: Runner, tmp_path: Path
    ) -> None:
        fifo = tmp_path / "facts.json"
        os.mkfifo(fifo)
        err = one_error_line(run_with(fifo, "topics"), 2)
        assert str(fifo) in err and "not a regular file" in err

    def test_unreadable_through_a_symlink_loop(self, run_with: Runner, tmp_path: Path) -> None:
        loop = tmp_path / "facts.json"
        loop.symlink_to(loop)
        err = one_error_line(run_with(loop, "topics"), 2)
        assert str(loop) in err

    @pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
    def test_unreadable_by_permission(self, run_with: Runner, tmp_path: Path) -> None:
        path = tmp_path / "facts.json"
        path.write_bytes(MINI.read_bytes())
        path.chmod(0)
        err = one_error_line(run_with(path, "topics"), 2)
        assert str(path) in err and "Permission denied" in err

    def test_not_utf8(self, run_with: Runner, tmp_path: Path) -> None:
        path = tmp_path / "facts.json"
        path.write_bytes(b'{"schema_version": 1, "x": "caf\xe9"}')
        err = one_error_line(run_with(path, "topics"), 2)
        assert str(path) in err and "not UTF-8" in err

    def test_bad_json_names_line_and_column(self, run_with: Runner, tmp_path: Path) -> None:
        path = tmp_path / "facts.json"
        path.write_text('{\n  "schema_version": 1,\n  "facts": [,]\n}\n', encoding="utf-8")
        err = one_error_line(run_with(path, "search", "delta"), 2)
        assert str(path) in err and "line 3 column 13" in err

    @pytest.mark.parametrize("content", ["[]", '{"schema_version": 1}', '"facts"', "{}"])
    def test_json_that_is_not_a_fact_base(
        self, run_with: Runner, tmp_path: Path, content: str
    ) -> None:
        path = tmp_path / "facts.json"
        path.write_text(content, encoding="utf-8")
        err = one_error_line(run_with(path, "show", "x"), 2)
        assert str(path) in err and "not a fact base" in err

    def test_duplicate_keys(self, run_with: Runner, tmp_path: Path) -> None:
        path = tmp_path / "facts.json"
        text = MINI.read_text(encoding="utf-8")
        path.write_text(text.replace("{", '{"schema_version": 1, ', 1), encoding="utf-8")
        err = one_error_line(run_with(path, "topics"), 2)
        assert "duplicate key 'schema_version'" in err

    def test_validate_reports_the_same_file_as_a_problem(self, tmp_path: Path) -> None:
        path = tmp_path / "facts.json"
        path.write_text("{oops", encoding="utf-8")
        code, out, err = _in_process("validate", str(path), "--json")
        assert code == 1 and err == ""
        assert json.loads(out)["problems"][0]["message"].endswith(
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
        code, printed, _ = _in_process("validate", str(path))
        assert code == 1
        out = printed.splitlines()
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
            _in_process("--facts", str(copy / "facts.json"), *argv)
        after = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in copy.rglob("*") if p.is_file()}
        assert after == before


@pytest.mark.parametrize(
    ("content", "code"),
    [(None, ExitCode.USAGE), (b"{oops", ExitCode.USAGE), (MINI, ExitCode.NOT_FOUND)],
)
def test_unusable_fact_bases_exit_2_and_unknown_ids_exit_1(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, content: bytes | Path | None, code: int
) -> None:
    path = MINI if isinstance(content, Path) else tmp_path / "facts.json"
    if isinstance(content, bytes):
        path.write_bytes(content)
    assert call(capsys, "--facts", str(path), "show", "no-such-fact")[0] == code
