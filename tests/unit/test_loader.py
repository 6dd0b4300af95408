"""Loading a fact file: every way it can be unusable is one clear error."""

from __future__ import annotations

import errno
import json
import os
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import MINI, SECOND, call

from defcoop_cli.errors import BadFactBase, FactBaseNotFound
from defcoop_cli.factbase import files, loader, schema
from defcoop_cli.factbase.loader import default_factbase_path, load
from defcoop_cli.factbase.records import doc_from_model


def test_the_default_fact_base_is_found_and_loads() -> None:
    fb = load(default_factbase_path())
    assert "exercise-malabar-participants" in fb.facts


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(FactBaseNotFound, match="no such fact file"):
        load(tmp_path / "nope.json")


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(BadFactBase, match="is a directory"):
        load(tmp_path)


def test_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    with pytest.raises(BadFactBase, match="not a regular file"):
        load(fifo)


def test_dev_zero_is_refused() -> None:
    with pytest.raises(BadFactBase, match="not a regular file"):
        load(Path("/dev/zero"))


def test_unreadable_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # Tests run as root in CI, where chmod 000 does not stop reads: simulate the refusal.
    def refuse(*_: object, **__: object) -> int:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(files.os, "open", refuse)
    with pytest.raises(BadFactBase, match="Permission denied"):
        load(MINI)


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "facts.json"
    path.write_bytes(b'{"a": "\xff"}')
    with pytest.raises(BadFactBase, match=r"not UTF-8 \(byte 0xff at offset 7\)"):
        load(path)


def test_bad_json_gives_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "facts.json"
    path.write_text('{\n  "schema_version": 1,\n  oops\n}', encoding="utf-8")
    with pytest.raises(BadFactBase, match="line 3 column 3"):
        load(path)


def test_duplicate_keys_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "facts.json"
    path.write_text('{"schema_version": 1, "schema_version": 1}', encoding="utf-8")
    with pytest.raises(BadFactBase, match="duplicate key 'schema_version'"):
        load(path)


def test_the_first_key_given_again_is_named(tmp_path: Path) -> None:
    path = tmp_path / "facts.json"
    keys = ", ".join(f'"k{i}": 1' for i in range(30_000))  # many keys: named at once
    path.write_text('{"schema_version": 1, ' + keys + ', "k7": 2, "k3": 2}', encoding="utf-8")
    with pytest.raises(BadFactBase, match="duplicate key 'k7'"):
        load(path)


def test_duplicate_keys_in_a_fact_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "facts.json"
    text = MINI.read_text(encoding="utf-8")
    path.write_text(text.replace('"statement": ', '"statement": "x", "statement": ', 1), "utf-8")
    with pytest.raises(BadFactBase, match="duplicate key 'statement'"):
        load(path)


@pytest.mark.parametrize(
    "path", [MINI, SECOND, default_factbase_path()], ids=lambda p: p.parent.name
)
def test_the_parser_makes_the_records_the_whole_documents_model_makes(path: Path) -> None:
    """Facts become records while the JSON is parsed (for memory): the same records."""
    data = path.read_bytes()
    model = schema.validated_model(json.loads(data), path)
    assert loader.build(data, path).doc == doc_from_model(model)


@pytest.mark.parametrize("where", ["topics", "entities", "sources", "curator_notes"])
def test_a_fact_where_another_entry_belongs_is_named_as_the_schema_names_it(
    tmp_path: Path, where: str
) -> None:
    doc = json.loads(MINI.read_text(encoding="utf-8"))
    doc[where].append(doc["facts"][0])
    path = tmp_path / "facts.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(BadFactBase) as whole:
        schema.validated_model(doc, path)
    with pytest.raises(BadFactBase) as loaded:
        load(path)
    assert f"$.{where}[{len(doc[where]) - 1}]" in str(loaded.value)
    assert str(loaded.value) == str(whole.value)
    assert loaded.value.problems == whole.value.problems


def test_deep_nesting_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "facts.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    with pytest.raises(BadFactBase, match="nested too deeply"):
        load(path)


def test_oversize_file_is_refused_before_reading(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(loader, "MAX_FACT_FILE_BYTES", 10)
    path = tmp_path / "facts.json"
    path.write_text(" " * 11, encoding="utf-8")
    with pytest.raises(BadFactBase, match="the limit is 10"):
        load(path)


def test_json_that_is_not_a_fact_base_names_the_first_problem(tmp_path: Path) -> None:
    path = tmp_path / "facts.json"
    path.write_text('{"schema_version": 1, "sources": {}}', encoding="utf-8")
    with pytest.raises(BadFactBase, match=r"\$\.sources: .*more; run 'defcoop validate'"):
        load(path)


# ---- fact files edited while they are read


def _rewrite_while_reading(monkeypatch: pytest.MonkeyPatch, target: Path, new: bytes) -> None:
    real_read_all: Callable[[int, int, int], bytes] = files._read_all

    def read_then_rewrite(fd: int, most: int, size: int) -> bytes:
        data = real_read_all(fd, most, size)
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


@pytest.mark.parametrize(
    ("change", "said"),
    [
        (lambda f: f.update(topics=[]), " has no topic: give it one of: "),
        (lambda f: f.pop("quote"), " has no quote: add it"),
        (lambda f: f.update(stance="cheered"), "'s stance 'cheered' is not one of: "),
        (lambda f: f.update(colour="red"), " has a field 'colour' the schema does not know"),
    ],
)
def test_schema_problems_in_plain_words(
    tmp_path: Path, change: Callable[[dict[str, object]], object], said: str
) -> None:
    from defcoop_cli.factbase.schema import validated_model

    data = json.loads(MINI.read_text(encoding="utf-8"))
    fact = data["facts"][0]
    change(fact)
    with pytest.raises(BadFactBase) as e:
        validated_model(data, tmp_path / "facts.json")
    assert f"fact {fact['id']}{said}" in str(e.value)
    assert "should" not in str(e.value)


@pytest.mark.parametrize(
    ("change", "said"),
    [
        (
            lambda d: d.update(x_newer=1),
            "$.x_newer: the fact base has a field 'x_newer' the schema does not know "
            "(a newer defcoop's?): remove it, or upgrade defcoop",
        ),
        (
            lambda d: d.update(schema_version=2),
            "$.schema_version: schema_version 2: this defcoop reads version 1 "
            "(a newer defcoop's fact base?): upgrade defcoop",
        ),
        (
            lambda d: d.update(schema_version="1"),
            '$.schema_version: schema_version "1": it must be the number 1',
        ),
        (
            lambda d: d.update(schema_version=None),
            "$.schema_version: schema_version null: it must be the number 1",
        ),
        (
            lambda d: d.pop("entities"),
            "$.entities: the fact base has no 'entities': give it, as an empty list [] at least",
        ),
        (
            lambda d: d.pop("schema_version"),
            """the fact base has no 'schema_version': add "schema_version": 1""",
        ),
    ],
)
def test_a_newer_version_s_fact_base_is_refused_in_plain_words(
    tmp_path: Path, change: Callable[[dict[str, object]], object], said: str
) -> None:
    from defcoop_cli.factbase.schema import validated_model

    data = json.loads(MINI.read_text(encoding="utf-8"))
    change(data)
    with pytest.raises(BadFactBase) as e:
        validated_model(data, tmp_path / "facts.json")
    assert said in str(e.value)


def test_a_file_is_read_whole_whatever_size_it_was_said_to_have(tmp_path: Path) -> None:
    """The size fstat gave sizes the first read (one buffer, no pieces joined); a file
    that grew or shrank since is still read to its end, and never past `most` bytes."""
    path = tmp_path / "data"
    data = os.urandom(150_000)
    path.write_bytes(data)
    fd = os.open(path, os.O_RDONLY)
    try:
        for size in (0, 10, 150_000, 1_000_000):
            os.lseek(fd, 0, os.SEEK_SET)
            assert files._read_all(fd, 10_000_000, size) == data
        os.lseek(fd, 0, os.SEEK_SET)
        assert files._read_all(fd, 1_000, 150_000) == data[:1_000]
    finally:
        os.close(fd)


def test_a_facts_record_from_its_value_has_each_field_in_order() -> None:
    """records.fact_record makes its tuple without NamedTuple's own __new__ (which fills in
    defaults): a field added to Fact and left out there would make a shorter record."""
    from defcoop_cli.factbase.records import Fact, fact_record

    value = {"id": "f", "statement": "S.", "kind": "k", "attribution": "a", "stance": "x"}
    value |= {"topics": ["t"], "quote": "q", "source": "s", "span": [0, 1], "claim": "c"}
    record = fact_record(value)
    expected = Fact("f", "S.", "k", "a", "x", ("t",), (), (), "q", "s", (0, 1), claim="c")
    assert type(record) is Fact and record == expected and len(record) == len(Fact._fields)


def test_a_record_from_the_values_the_index_keeps_is_the_one_read_by_name() -> None:
    """records.kept_record: a fact made of its values as the index keeps them (marshal of
    its tuple) is the record fact_record makes of them by field name; an entity's too (one
    with no records within, as the index writes them so); a fact's values of another
    length are refused."""
    import marshal

    from defcoop_cli.factbase.records import Entity, Fact, entity_record, fact_record, kept_record

    doc = load(MINI).doc
    for kind, records, by_name in (
        (Fact, doc.facts, fact_record),
        (Entity, [e for e in doc.entities if not e.roles and not e.participants], entity_record),
    ):
        for record in records:
            values = marshal.loads(marshal.dumps(tuple(record)))
            made = kept_record(kind)(values)
            assert type(made) is kind and made == record
            assert made == by_name(dict(zip(kind._fields, values, strict=True)))
    with pytest.raises(ValueError):
        kept_record(Fact)(tuple(doc.facts[0])[:-1])
