"""The records of fact files the schema has passed, kept in the cache: the same records as
the schema's, used only when whole and made by the same code, and never for a file that
fails."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import MINI, REAL, SECOND, call

from defcoop_cli.errors import BadFactBase
from defcoop_cli.factbase import loader, sentences
from defcoop_cli.index.checked import coverage, validated


@pytest.fixture
def cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """A cache folder of this test's own."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    return tmp_path / "xdg" / "defcoop"


def entries(cache: Path) -> list[Path]:
    return sorted(cache.glob(f"{validated.PREFIX}*.json"))


def no_schema(monkeypatch: pytest.MonkeyPatch) -> None:
    """The schema's path made to fail: what passes was read from the cache."""

    def refused(data: bytes, path: Path) -> loader.FactBase:
        raise AssertionError("checked with the schema")

    monkeypatch.setattr(loader, "build", refused)


@pytest.mark.parametrize("path", [REAL, MINI, SECOND], ids=lambda p: p.parent.name)
def test_the_kept_records_are_the_schemas(
    cache: Path, monkeypatch: pytest.MonkeyPatch, path: Path
) -> None:
    data = path.read_bytes()
    checked = validated.build(data, path)
    assert checked.doc == loader.build(data, path).doc and len(entries(cache)) == 1
    no_schema(monkeypatch)
    kept = validated.build(data, path)
    assert kept.doc == checked.doc and kept.path == path


def test_the_facts_are_read_again_from_the_file_not_kept(cache: Path) -> None:
    """The entry keeps everything but the facts: theirs are the file's own JSON values."""
    data = REAL.read_bytes()
    validated.build(data, REAL)
    [entry] = entries(cache)
    kept = json.loads(entry.read_bytes().split(b"\n", 1)[1])
    assert kept["facts"] == [] and kept["sources"]
    assert b'"statement"' not in entry.read_bytes()


def test_the_schema_converts_none_of_a_facts_fields() -> None:
    """What lets a fact's record be made from its JSON value (records.fact_record): no
    field of a fact is a date, or anything else the schema turns into another value."""
    from defcoop_cli.factbase import schema

    fields = schema.Fact.model_json_schema()["properties"]
    converted = [name for name, field in fields.items() if "format" in json.dumps(field)]
    assert fields and converted == []
    assert "format" in json.dumps(schema.Source.model_json_schema()["properties"]["published"])


def test_an_unchanged_file_is_validated_without_the_schema(
    cache: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    first = call(capsys, "validate")
    no_schema(monkeypatch)
    assert call(capsys, "validate") == first and first[0] == 0


def test_a_file_that_fails_the_schema_is_not_kept(
    cache: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "facts.json"
    doc = json.loads(MINI.read_text(encoding="utf-8"))
    doc["facts"][0]["kind"] = "rumour"
    bad.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(BadFactBase):
        validated.build(bad.read_bytes(), bad)
    assert entries(cache) == []
    code, out, _ = call(capsys, "validate", str(bad))
    assert code != 0 and "rumour" in out and entries(cache) == []


def _rehead(raw: bytes, body: bytes) -> bytes:
    head = json.loads(raw.split(b"\n", 1)[0])
    return json.dumps({**head, "crc": validated.zlib.crc32(body)}).encode() + b"\n" + body


@pytest.mark.parametrize(
    "damage",
    [
        lambda raw: raw[: len(raw) // 2],  # truncated
        lambda raw: raw.replace(b'"title":"', b'"title":"X', 1),  # fails its CRC-32
        lambda raw: raw.split(b"\n", 1)[1],  # no header
        lambda raw: b"",
        lambda raw: _rehead(raw, b"[" * 100_000 + b"]" * 100_000),  # its CRC-32 right
    ],
    ids=["truncated", "edited", "headless", "empty", "too deep"],
)
def test_a_damaged_entry_is_checked_again_and_replaced(cache: Path, damage: object) -> None:
    data = MINI.read_bytes()
    expected = validated.build(data, MINI).doc
    [entry] = entries(cache)
    whole = entry.read_bytes()
    entry.write_bytes(damage(whole))  # type: ignore[operator]
    assert entry.read_bytes() != whole
    assert validated.build(data, MINI).doc == expected
    assert entry.read_bytes() == whole


def test_an_entry_of_other_records_under_the_right_key_is_not_trusted(cache: Path) -> None:
    """A body whose CRC-32 is right but which makes no records: checked again."""
    data = MINI.read_bytes()
    expected = validated.build(data, MINI).doc
    [entry] = entries(cache)
    head = json.loads(entry.read_bytes().split(b"\n", 1)[0])
    body = b'{"facts": 1}'
    head["crc"] = validated.zlib.crc32(body)
    entry.write_bytes(json.dumps(head).encode() + b"\n" + body)
    assert validated.build(data, MINI).doc == expected


def test_other_checking_code_makes_another_key(
    cache: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """An edited schema (or another pydantic) does not read what the old one kept."""
    schema = tmp_path / "schema.py"
    schema.write_text("one schema")
    monkeypatch.setattr(validated, "checking_sources", lambda: [schema])
    before = validated._key(MINI.read_bytes())
    schema.write_text("another schema")
    assert validated._key(MINI.read_bytes()) not in (before, None)
    schema.unlink()
    assert validated._key(MINI.read_bytes()) is None


def test_pydantics_version_is_part_of_the_key() -> None:
    names = [p.parent.name + "/" + p.name for p in validated.checking_sources()]
    assert "pydantic/version.py" in names and "factbase/schema.py" in names


def test_the_most_recently_used_entries_are_kept(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(validated, "KEEP_VALIDATED", 2)
    data = MINI.read_bytes()
    for n in range(3):
        validated.build(data + b" " * n, MINI)
    assert len(entries(cache)) == 2
    foreign = cache / f"{validated.PREFIX}not-ours.json"
    foreign.write_text("{}")
    validated.build(data + b" " * 3, MINI)
    assert foreign.exists() and len(entries(cache)) == 3


def test_an_entry_used_on_every_run_outlives_the_edits_of_the_layer_above(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each use records itself: the layer under the edited one is used on every run, so
    it stays among the most recent however often the layer above is written."""
    import os

    monkeypatch.setattr(validated, "KEEP_VALIDATED", 2)

    def earlier() -> None:  # each step after the last, whatever the clock's resolution
        for entry in entries(cache):
            when = entry.stat().st_mtime - 10
            os.utime(entry, (when, when))

    checked: list[Path] = []
    build = loader.build
    monkeypatch.setattr(loader, "build", lambda d, p, *a: checked.append(p) or build(d, p, *a))
    below, edits = MINI.read_bytes(), [SECOND.read_bytes() + b" " * n for n in range(3)]
    validated.build(below, MINI)
    for edit in edits:
        earlier()
        validated.build(edit, SECOND)
        earlier()
        validated.build(below, MINI)
    assert checked == [MINI, SECOND, SECOND, SECOND] and len(entries(cache)) == 2


def test_without_a_cache_nothing_is_kept(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DEFCOOP_NO_CACHE", "1")
    assert validated.build(MINI.read_bytes(), MINI).doc == loader.build(MINI.read_bytes(), MINI).doc
    assert not cache.exists()


# ---- the facts of a layer under the one checked, kept


def facts_entries(cache: Path) -> list[Path]:
    return sorted(cache.glob(f"{validated.FACTS}*{validated.FACTS_SUFFIX}"))


def no_parse(monkeypatch: pytest.MonkeyPatch) -> None:
    """Reading the facts from the file's JSON made to fail: they came from the cache."""

    def refused(data: bytes, share: bool = False) -> list[Any]:
        raise AssertionError("parsed from the file")

    monkeypatch.setattr(validated, "_facts", refused)


@pytest.mark.parametrize("path", [REAL, MINI, SECOND], ids=lambda p: p.parent.name)
def test_a_lower_layers_facts_are_kept_and_read_back_as_the_same_records(
    cache: Path, monkeypatch: pytest.MonkeyPatch, path: Path
) -> None:
    data = path.read_bytes()
    expected = loader.build(data, path).doc
    assert validated.build(data, path, keep_facts=True).doc == expected  # first: the schema
    [first] = facts_entries(cache)
    first.unlink()
    assert validated.build(data, path, keep_facts=True).doc == expected  # kept again
    assert facts_entries(cache) == [first]
    no_schema(monkeypatch)
    no_parse(monkeypatch)
    kept = validated.build(data, path).doc
    assert kept == expected and [type(f) for f in kept.facts] == [type(f) for f in expected.facts]
    # a value that recurs from fact to fact is one object (records.SHARED_FIELDS)
    assert len({id(f.source) for f in kept.facts}) == len({f.source for f in kept.facts})


def test_a_checked_layers_facts_are_not_kept_and_a_lower_ones_are(
    cache: Path, two_layers: None, capsys: pytest.CaptureFixture[str]
) -> None:
    """validate of second over mini keeps mini's facts, not second's (edited, as a rule)."""
    code, _, _ = call(capsys, "validate")
    name = f"{validated.FACTS}{validated._key(MINI.read_bytes())}{validated.FACTS_SUFFIX}"
    assert code == 0 and facts_entries(cache) == [cache / name]


def _marshalled(body: bytes) -> Any:
    return lambda raw: _rehead(raw, body)


@pytest.mark.parametrize(
    "damage",
    [
        lambda raw: raw[: len(raw) // 2],  # truncated
        lambda raw: raw[:-3] + b"xyz",  # fails its CRC-32
        lambda raw: b"",
        _marshalled(b"\xff"),  # not marshal's, its CRC-32 right
        _marshalled(validated.marshal.dumps({"facts": 1})),  # no list
        _marshalled(validated.marshal.dumps([("id",)])),  # too few fields
        _marshalled(validated.marshal.dumps([["id"] * 17])),  # lists, not tuples
    ],
    ids=["truncated", "edited", "empty", "unreadable", "no list", "short", "lists"],
)
def test_damaged_facts_are_read_from_the_file_and_kept_again(cache: Path, damage: Any) -> None:
    data = MINI.read_bytes()
    expected = validated.build(data, MINI, keep_facts=True).doc
    [entry] = facts_entries(cache)
    whole = entry.read_bytes()
    entry.write_bytes(damage(whole))
    assert validated.build(data, MINI).doc == expected and entry.read_bytes() != whole
    assert validated.build(data, MINI, keep_facts=True).doc == expected
    assert entry.read_bytes() == whole


def test_the_most_recently_used_facts_are_kept(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(validated, "KEEP_FACTS", 2)
    data = MINI.read_bytes()
    for n in range(3):
        validated.build(data + b" " * n, MINI, keep_facts=True)
    assert len(facts_entries(cache)) == 2 and len(entries(cache)) == 3
    foreign = cache / f"{validated.FACTS}not-ours{validated.FACTS_SUFFIX}"
    foreign.write_text("{}")
    validated.build(data + b" " * 3, MINI, keep_facts=True)
    assert foreign.exists() and len(facts_entries(cache)) == 3


# ---- a layer under the one checked, not read while its fingerprint is the same


@pytest.fixture
def layer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of mini, whose files count as settled once written."""
    import shutil

    from defcoop_cli.index import pointers

    monkeypatch.setattr(pointers, "SETTLE_NS", 0)
    shutil.copytree(MINI.parent, tmp_path / "mini")
    return tmp_path / "mini" / "facts.json"


def unread(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The fact files read from here on."""
    read: list[Path] = []
    real = loader.read_fact_file
    monkeypatch.setattr(loader, "read_fact_file", lambda p: read.append(p) or real(p))
    return read


def known(cache: Path) -> list[Path]:
    return sorted(cache.glob(f"{validated.KNOWN}*.json"))


def test_an_unchanged_layer_under_is_not_read_again(
    cache: Path, layer: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = loader.build(layer.read_bytes(), layer).doc
    assert validated.build_below(layer).doc == expected and len(known(cache)) == 1
    read = unread(monkeypatch)
    kept = validated.build_below(layer)
    assert kept.doc == expected and kept.path == layer and read == []


def test_a_layer_under_that_changed_is_read_again(
    cache: Path, layer: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    validated.build_below(layer)
    doc = json.loads(layer.read_text(encoding="utf-8"))
    doc["facts"][0]["statement"] += " Changed."
    layer.write_text(json.dumps(doc), encoding="utf-8")
    read = unread(monkeypatch)
    assert validated.build_below(layer).doc.facts[0].statement.endswith(" Changed.")
    assert read == [layer]


def test_a_layer_that_had_not_settled_is_not_noted(
    cache: Path, layer: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Git's racy case: a file changed just before the run may change again unseen."""
    from defcoop_cli.index import pointers

    monkeypatch.setattr(pointers, "SETTLE_NS", 3600 * 10**9)
    validated.build_below(layer)
    assert known(cache) == [] and facts_entries(cache) != []
    read = unread(monkeypatch)
    validated.build_below(layer)
    assert read == [layer]


@pytest.mark.parametrize(
    "damage",
    [
        lambda raw: raw[:-5],
        lambda raw: _rehead(raw, b'["not-a-key", [1, 2, 3, 4, 5]]'),
        lambda raw: _rehead(raw, b"[1]"),
    ],
    ids=["truncated", "no key", "no fingerprint"],
)
def test_a_damaged_note_has_the_layer_read_again(
    cache: Path, layer: Path, monkeypatch: pytest.MonkeyPatch, damage: Any
) -> None:
    expected = validated.build_below(layer).doc
    [note] = known(cache)
    note.write_bytes(damage(note.read_bytes()))
    read = unread(monkeypatch)
    assert validated.build_below(layer).doc == expected and read == [layer]


def test_a_noted_layer_whose_records_are_gone_is_read_again(
    cache: Path, layer: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = validated.build_below(layer).doc
    for entry in facts_entries(cache):
        entry.unlink()
    read = unread(monkeypatch)
    assert validated.build_below(layer).doc == expected and read == [layer]


# ---- a source's coverage, kept


def coverages(cache: Path) -> list[Path]:
    return sorted(cache.glob(f"{coverage.COVERAGE}*.json"))


def measured(path: Path = REAL) -> tuple[Any, Any, dict[str, str]]:
    """A fact base's merged records, the kept measure, and its sources' texts."""
    fb = loader.load(path)
    measure = coverage.measure()
    assert measure is not None
    return fb.doc, measure, fb.source_texts()[0]


def spans_of(doc: Any, sid: str) -> list[tuple[int, int]]:
    return [f.span for f in doc.facts if f.source == sid]


def test_a_kept_coverage_is_the_one_measured(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    doc, measure, texts = measured()
    expected = {s: sentences.source_coverage(doc, s, t, spans_of(doc, s)) for s, t in texts.items()}
    assert {s: measure(doc, s, t, spans_of(doc, s)) for s, t in texts.items()} == expected
    assert len(coverages(cache)) == len(texts) >= 1

    def refused(*args: object) -> None:
        raise AssertionError("measured again")

    monkeypatch.setattr(sentences, "source_coverage", refused)
    kept = {s: coverage.measure()(doc, s, t, spans_of(doc, s)) for s, t in texts.items()}  # type: ignore[misc]
    assert kept == expected


def test_a_source_is_measured_again_when_its_text_furniture_or_spans_change(cache: Path) -> None:
    doc, measure, texts = measured(MINI)
    [(sid, text)] = texts.items()
    spans = spans_of(doc, sid)
    source = doc.sources[0]
    moved = doc._replace(sources=[source._replace(furniture=source.furniture[1:])])
    for d, t, s in [
        (doc, text, spans),
        (doc, text, spans[1:]),
        (doc, text + " ", spans),
        (moved, text, spans),
    ]:
        assert measure(d, sid, t, s) == sentences.source_coverage(d, sid, t, s)
    assert len(coverages(cache)) == 4
    measure(doc, sid, text, list(reversed(spans)))  # the same spans in another order
    assert len(coverages(cache)) == 4


@pytest.mark.parametrize(
    "damage",
    [
        lambda raw: raw[: len(raw) // 2],
        lambda raw: raw.replace(b",", b",9,", 1),  # fails its CRC-32
        lambda raw: raw.split(b"\n", 1)[1],
        lambda raw: b"",
        lambda raw: _rehead(raw, b"[" * 100_000 + b"]" * 100_000),  # its CRC-32 right
    ],
    ids=["truncated", "edited", "headless", "empty", "too deep"],
)
def test_a_damaged_coverage_is_measured_again_and_replaced(cache: Path, damage: object) -> None:
    doc, measure, texts = measured(MINI)
    [(sid, text)] = texts.items()
    expected = measure(doc, sid, text, spans_of(doc, sid))
    [entry] = coverages(cache)
    whole = entry.read_bytes()
    entry.write_bytes(damage(whole))  # type: ignore[operator]
    assert measure(doc, sid, text, spans_of(doc, sid)) == expected
    assert entry.read_bytes() == whole


def _numbers(*counts: int, doubles: int = 0) -> bytes:
    return b"".join(n.to_bytes(8, "little", signed=True) for n in counts) + b"\0" * 8 * doubles


@pytest.mark.parametrize(
    "body",
    [
        b"[0.5,[1,2,0.5]]",  # the JSON an older defcoop kept
        _numbers(1, 0, 10, doubles=1),  # a sentence without its share
        _numbers(2, 0, 10, doubles=2),  # fewer sentences than its count
        _numbers(-1, doubles=1),
        _numbers(2**62, doubles=1),
        _numbers(1, 0, 10, doubles=2)[:-1],  # not whole numbers
    ],
    ids=["json", "no share", "short", "negative", "huge", "ragged"],
)
def test_a_coverage_of_the_wrong_shape_under_its_name_is_not_trusted(
    cache: Path, body: bytes
) -> None:
    doc, measure, texts = measured(MINI)
    [(sid, text)] = texts.items()
    expected = measure(doc, sid, text, spans_of(doc, sid))
    [entry] = coverages(cache)
    head = {"magic": validated.MAGIC, "name": entry.name, "crc": validated.zlib.crc32(body)}
    entry.write_bytes(json.dumps(head).encode() + b"\n" + body)
    assert measure(doc, sid, text, spans_of(doc, sid)) == expected


def test_a_kept_coverage_holds_its_numbers_little_endian_and_reads_them_back_alike(
    cache: Path,
) -> None:
    """Ints stay ints and shares floats (validate --json prints them), in the byte order
    of any machine that shares the folder."""
    doc, measure, texts = measured(MINI)
    [(sid, text)] = texts.items()
    measured_now = measure(doc, sid, text, spans_of(doc, sid))
    kept = coverage.measure()(doc, sid, text, spans_of(doc, sid))  # type: ignore[misc]
    [entry] = coverages(cache)
    body = entry.read_bytes().split(b"\n", 1)[1]
    assert body[:8] == len(measured_now.sentences).to_bytes(8, "little")
    assert kept == measured_now and type(kept.body) is float
    assert [tuple(map(type, (*s.span, s.covered))) for s in kept.sentences] == [
        (int, int, float)
    ] * len(measured_now.sentences)


def test_a_span_past_64_bits_is_measured_and_not_kept(cache: Path) -> None:
    doc, measure, texts = measured(MINI)
    [(sid, text)] = texts.items()
    spans = [*spans_of(doc, sid), (0, 2**64)]
    assert measure(doc, sid, text, spans) == sentences.source_coverage(doc, sid, text, spans)
    assert coverages(cache) == []


def test_the_most_recently_used_coverages_are_kept(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(coverage, "KEEP_COVERAGE", 2)
    doc, _, texts = measured(MINI)
    [(sid, text)] = texts.items()
    for n in range(4):  # one run each: a run prunes once, after its first entry
        coverage.measure()(doc, sid, text + " " * n, spans_of(doc, sid))  # type: ignore[misc]
    assert len(coverages(cache)) == 2


def test_validate_keeps_coverage_and_says_the_same_from_it(
    cache: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = call(capsys, "validate", "--json")
    assert coverages(cache) and call(capsys, "validate", "--json") == first


def test_without_a_cache_coverage_is_measured_each_time(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DEFCOOP_NO_CACHE", "1")
    assert coverage.measure() is None


# ---- validate says the same with and without the cache


@pytest.fixture
def layered(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """Copies of the mini fact base and of the layer over it (whose facts name the mini
    base's entities), in use as two layers."""
    import os
    import shutil

    lower, upper = tmp_path / "mini", tmp_path / "second"
    shutil.copytree(MINI.parent, lower)
    shutil.copytree(SECOND.parent, upper)
    monkeypatch.setenv("DEFCOOP_FACTS", f"{lower / 'facts.json'}{os.pathsep}{upper / 'facts.json'}")
    return lower / "facts.json", upper / "facts.json"


def validate_both_ways(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> tuple[int, str, str]:
    """validate of the top layer, human and --json, from the cache (warmed first) and
    without it: the same bytes."""
    call(capsys, "validate")
    kept = [call(capsys, "validate", *extra) for extra in ((), ("--json",))]
    with monkeypatch.context() as patch:
        patch.setenv("DEFCOOP_NO_CACHE", "1")
        fresh = [call(capsys, "validate", *extra) for extra in ((), ("--json",))]
    assert kept == fresh
    return kept[0]


def edit(path: Path, change: Any) -> None:
    doc = json.loads(path.read_text(encoding="utf-8"))
    change(doc)
    path.write_text(json.dumps(doc, indent=2), encoding="utf-8")


def test_a_fact_whose_entity_goes_from_the_layer_under_it_is_found_dangling(
    cache: Path,
    layered: tuple[Path, Path],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    lower, upper = layered
    assert validate_both_ways(capsys, monkeypatch)[0] == 0
    before = upper.read_bytes()

    def without_gamma_city(doc: dict[str, Any]) -> None:
        doc["entities"] = [e for e in doc["entities"] if e["id"] != "gamma-city"]

    edit(lower, without_gamma_city)
    code, out, _ = validate_both_ways(capsys, monkeypatch)
    assert upper.read_bytes() == before  # the layer checked is the same file
    assert code == 1 and "dangling-reference: no entity 'gamma-city'" in out


def test_a_source_text_that_changes_under_unchanged_facts(
    cache: Path,
    layered: tuple[Path, Path],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Its file alone (the fact file's bytes the same: its sha256 no longer matches), then
    with its sha256 recorded (the facts' quotes no longer in place)."""
    import hashlib

    _, upper = layered
    source = upper.parent / "sources" / "harbour-wire.txt"
    validate_both_ways(capsys, monkeypatch)
    source.write_text(source.read_text(encoding="utf-8").replace("Tuesday", "Friday"))
    code, out, _ = validate_both_ways(capsys, monkeypatch)
    assert code == 1 and "sha256 does not match source 'harbour-wire'" in out
    digest = hashlib.sha256(source.read_bytes()).hexdigest()

    def recorded(doc: dict[str, Any]) -> None:
        doc["sources"][0]["sha256"] = digest

    edit(upper, recorded)
    code, out, _ = validate_both_ways(capsys, monkeypatch)
    assert code == 1 and "(wire-talks-held): quote-mismatch" in out
