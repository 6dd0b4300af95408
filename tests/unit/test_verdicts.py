"""validate's clean reports kept by the files' fingerprints: given again while nothing it read
has changed, checked again when anything has, or may have (git's racy case), and never
taken from an entry that is damaged or not this chain's."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import MINI, SECOND

from defcoop_cli.factbase.checking import validation
from defcoop_cli.factbase.checking.results import Covered, Report
from defcoop_cli.index import pointers
from defcoop_cli.index.checked import edits, validated, verdicts


@pytest.fixture
def kept(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """A cache folder of this test's own, whose files count as settled once written."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.setattr(pointers, "SETTLE_NS", 0)
    return tmp_path / "xdg" / "defcoop"


@pytest.fixture
def layers(tmp_path: Path) -> tuple[Path, Path]:
    """Copies of mini (the layer under) and second (the top layer)."""
    for name, layer in (("under", MINI), ("top", SECOND)):
        shutil.copytree(layer.parent, tmp_path / name)
    return tmp_path / "top" / "facts.json", tmp_path / "under" / "facts.json"


@pytest.fixture
def checked(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The layers checked again, one per run that read them: in full (validation.validate), or
    set against the bytes a clean check kept (index.checked.edits)."""
    runs: list[Path] = []
    real, again = validation.validate, edits.revalidate

    def counting(path: Path, *args: Any, **kwargs: Any) -> Report:
        runs.append(path)
        return real(path, *args, **kwargs)

    def counting_again(folder: Path, key: str, path: Path, data: bytes) -> Any:
        found = again(folder, key, path, data)
        if found is not None:
            runs.append(path)
        return found

    monkeypatch.setattr(validation, "validate", counting)
    monkeypatch.setattr(edits, "revalidate", counting_again)
    return runs


def entry(folder: Path) -> Path:
    [found] = folder.glob(f"{verdicts.PREFIX}*.json")
    return found


def twice(top: Path, under: Path) -> tuple[Report, Report]:
    return verdicts.validate(top, [under]), verdicts.validate(top, [under])


def test_an_unchanged_layer_is_known_valid_without_reading_it(
    kept: Path, layers: tuple[Path, Path], checked: list[Path]
) -> None:
    first, again = twice(*layers)
    assert first.ok and again == first and checked == [layers[0]]
    assert again.coverage and all(isinstance(c, Covered) for c in again.coverage)


def test_the_report_kept_is_the_report_checked(kept: Path, layers: tuple[Path, Path]) -> None:
    top, under = layers
    first = verdicts.validate(top, [under])
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(validation, "validate", lambda *a, **k: pytest.fail("read again"))
        assert verdicts.validate(top, [under]) == first


def change(path: Path, edit: Callable[[str], str]) -> None:
    path.write_text(edit(path.read_text(encoding="utf-8")), encoding="utf-8")


@pytest.mark.parametrize(
    "edit",
    [
        lambda top, under: change(top, lambda t: t + " "),  # the layer checked
        lambda top, under: change(under, lambda t: t + " "),  # a layer under it
        lambda top, under: os.utime(top),  # touched: its mtime only
        lambda top, under: change(top, str),  # the same bytes written again
        lambda top, under: os.replace(shutil.copy2(top, top.with_name("x")), top),
        lambda top, under: os.utime(next((top.parent / "sources").iterdir()), ns=(0, 0)),
    ],
    ids=["edited", "under-edited", "touched", "rewritten", "copied-over", "source-set-back"],
)
def test_any_change_of_a_file_read_checks_it_again(
    kept: Path, layers: tuple[Path, Path], checked: list[Path], edit: Any
) -> None:
    top, under = layers
    first = verdicts.validate(top, [under])
    before = json.loads(entry(kept).read_bytes().split(b"\n", 1)[1])["files"]
    edit(top, under)
    again = verdicts.validate(top, [under])
    assert checked == [top, top] and again == first
    after = json.loads(entry(kept).read_bytes().split(b"\n", 1)[1])["files"]
    assert after != before  # kept anew, with what the files are now


def test_an_edit_that_breaks_the_layer_is_reported(
    kept: Path, layers: tuple[Path, Path], checked: list[Path]
) -> None:
    top, under = layers
    assert verdicts.validate(top, [under]).ok
    change(top, lambda t: t.replace('"quote": "', '"quote": "Not so: ', 1))
    broken = verdicts.validate(top, [under])
    assert not broken.ok and [p.code for p in broken.problems] == ["quote-mismatch"]
    assert not verdicts.validate(top, [under]).ok and len(checked) == 3  # problems: not kept


def test_a_file_changed_just_before_the_run_is_read_again(
    kept: Path, layers: tuple[Path, Path], checked: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Git's racy case: a file may change again within its timestamp's granularity, keeping
    its fingerprint; one that had not settled when the run began is never trusted."""
    monkeypatch.setattr(pointers, "SETTLE_NS", 3600 * 10**9)  # every file changed within the hour
    twice(*layers)
    assert len(checked) == 2 and not list(kept.glob(f"{verdicts.PREFIX}*"))


def test_settled_is_judged_by_the_later_of_mtime_and_ctime(kept: Path) -> None:
    since, settle = time.time_ns(), 2 * 10**9
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pointers, "SETTLE_NS", settle)
        assert pointers.settled((0, 0, 0, since - settle, since - settle), since)
        assert not pointers.settled((0, 0, 0, 0, since - 1), since)  # mtime set back by a tool
        assert not pointers.settled((0, 0, 0, since + 1, 0), since)  # a time in the future


def test_an_entry_kept_before_its_files_settled_is_not_trusted(
    kept: Path, layers: tuple[Path, Path], checked: list[Path]
) -> None:
    top, under = layers
    verdicts.validate(top, [under])
    head, body = entry(kept).read_bytes().split(b"\n", 1)
    seen = json.loads(body)
    seen["since"] = min(max(p[3], p[4]) for p in seen["files"].values()) - 1  # kept before
    key = json.loads(head)["key"]
    validated.keep_entry(entry(kept), {"kind": "verdict", "key": key}, json.dumps(seen).encode())
    verdicts.validate(top, [under])
    assert len(checked) == 2


@pytest.mark.parametrize(
    "damage",
    [
        lambda raw: raw[:-3],  # truncated
        lambda raw: raw + b" ",
        lambda raw: b"not json\n" + raw.split(b"\n", 1)[1],
        lambda raw: raw.replace(b'"kind": "verdict"', b'"kind": "other"'),
        lambda raw: b"",
    ],
    ids=["truncated", "body-edited", "bad-header", "foreign", "empty"],
)
def test_a_damaged_entry_is_ignored_and_written_anew(
    kept: Path, layers: tuple[Path, Path], checked: list[Path], damage: Any
) -> None:
    top, under = layers
    first = verdicts.validate(top, [under])
    entry(kept).write_bytes(damage(entry(kept).read_bytes()))
    assert verdicts.validate(top, [under]) == first and len(checked) == 2
    assert verdicts.validate(top, [under]) == first and len(checked) == 2  # written anew


@pytest.mark.parametrize(
    "body",
    [
        {"since": "then", "files": {}, "counts": {}, "coverage": []},
        {"since": 0, "files": [], "counts": {}, "coverage": []},
        {"since": 10**30, "files": {"x": [1, 2]}, "counts": {}, "coverage": []},
        {"since": 10**30, "files": {}, "counts": {"facts": "many"}, "coverage": []},
        {"since": 10**30, "files": {}, "counts": {}, "coverage": [["s", 1.0]]},
        [],
    ],
)
def test_a_well_formed_entry_that_makes_no_report_is_ignored(
    kept: Path, layers: tuple[Path, Path], checked: list[Path], body: Any
) -> None:
    """An entry whose header and CRC are right but whose body is not what _write makes."""
    top, under = layers
    first = verdicts.validate(top, [under])
    key = json.loads(entry(kept).read_bytes().split(b"\n", 1)[0])["key"]
    validated.keep_entry(entry(kept), {"kind": "verdict", "key": key}, json.dumps(body).encode())
    assert verdicts.validate(top, [under]) == first and len(checked) == 2


def test_each_chain_of_layers_has_its_own_entry(
    kept: Path, layers: tuple[Path, Path], checked: list[Path]
) -> None:
    top, under = layers
    alone = verdicts.validate(top, [])
    on_under = verdicts.validate(top, [under])
    assert not alone.ok and on_under.ok  # second's references resolve only in mini
    assert len(list(kept.glob(f"{verdicts.PREFIX}*.json"))) == 1
    assert verdicts.validate(top, []) == alone and len(checked) == 3


def test_the_key_names_the_layers_and_the_code(
    kept: Path, layers: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    top, under = layers
    key = verdicts._key(top, [under])
    assert key is not None and key != verdicts._key(under, [top])
    assert key != verdicts._key(Path(os.path.relpath(top)), [under])  # the path as given
    names = {p.parent.name + "/" + p.name for p in verdicts._checking_sources()}
    assert {"factbase/checks.py", "factbase/sentences.py", "checked/verdicts.py"} <= names
    monkeypatch.setattr(verdicts, "INDEX_MODULES", ("no-such-module",))
    assert verdicts._key(top, [under]) is None


def test_the_code_hashed_is_this_wings_own_source() -> None:
    """The wing's modules are found where they are: each of them is in the key's sources."""
    sources = set(verdicts._checking_sources())
    assert {Path(m.__file__) for m in (validated, verdicts, edits)} <= sources


@pytest.mark.parametrize("module", verdicts.INDEX_MODULES)
def test_a_changed_module_of_the_wing_checks_the_layer_again(
    kept: Path,
    layers: tuple[Path, Path],
    checked: list[Path],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    module: str,
) -> None:
    """The wing's source read from a copy of it: a verdict kept by that code is not trusted
    once one of its modules changes."""
    wing = tmp_path / "wing"
    wing.mkdir()
    for name in verdicts.INDEX_MODULES:
        shutil.copy2(Path(validated.__file__).with_name(f"{name}.py"), wing / f"{name}.py")
    monkeypatch.setattr(validated, "__file__", str(wing / "validated.py"))
    twice(*layers)
    assert len(checked) == 1
    change(wing / f"{module}.py", lambda t: t + "# changed\n")
    twice(*layers)
    assert len(checked) == 2


def test_no_cache_keeps_nothing(
    kept: Path, layers: tuple[Path, Path], checked: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DEFCOOP_NO_CACHE", "1")
    twice(*layers)
    assert len(checked) == 2 and not kept.exists()


def test_the_most_recently_used_entries_are_kept(
    kept: Path, layers: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(verdicts, "KEEP_VERDICTS", 2)
    top, under = layers
    for name in ("a", "b", "c"):  # three names of one file: three chains
        (top.parent / name).mkdir()
        verdicts.validate(top.parent / name / ".." / "facts.json", [under])
    assert len(list(kept.glob(f"{verdicts.PREFIX}*.json"))) == 2


def test_what_a_validate_killed_while_it_kept_an_entry_left_is_removed(
    kept: Path, layers: tuple[Path, Path]
) -> None:
    child = subprocess.Popen(["true"])
    child.wait()  # its process id is now no one's
    kept.mkdir(parents=True)
    left = kept / f".{verdicts.PREFIX}{'0' * 64}.json.defcoop-{child.pid}-abcd1234.tmp"
    left.write_bytes(b"half an entry")
    top, under = layers
    verdicts.validate(top, [under])
    assert not left.exists() and len(list(kept.glob(f"{verdicts.PREFIX}*.json"))) == 1
