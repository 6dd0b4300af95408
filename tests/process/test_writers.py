"""The writers in real processes, where only a real process shows the fault: two adds at
once, an editor saving during a write, signals and kill -9 at a range of moments. The
default run tries a few moments; DEFCOOP_TEST_PROFILE=long sweeps them on a bigger base."""

from __future__ import annotations

import json
import os
import subprocess
import time
from pathlib import Path

import pytest
from conftest import LONG, defcoop_exe
from writing_helpers import own_factbase, reviewed_draft, source_ids

# Facts of padding in the target: enough that writing it takes a moment (lost updates
# showed at 2,000 and were certain at 20,000).
PADDING = 20_000 if LONG else 3_000
QUICK_STAGGERS = [0.0, 0.1]
SWEEP_STAGGERS = [0.0, 0.01, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.6, 0.8]


def start(*args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [defcoop_exe(), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=os.environ
    )


def finish(proc: subprocess.Popen[bytes]) -> tuple[int, str]:
    _, err = proc.communicate(timeout=300)
    return proc.returncode, err.decode("utf-8", "replace")


@pytest.fixture
def big(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return own_factbase(tmp_path, monkeypatch, padding=PADDING)


def two_adds_at_once(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, target: Path, stagger: float
) -> None:
    first, second = (reviewed_draft(capsys, tmp_path, f"art-{n}") for n in (1, 2))
    a = start("add", str(first))
    time.sleep(stagger)
    b = start("add", str(second))
    results = [finish(a), finish(b)]
    waited = f"defcoop: waiting for another writer of {target}…\n"
    assert all(code == 0 and err in ("", waited) for code, err in results), results
    assert source_ids(target) == {"art-1", "art-2", "mini"}  # no lost update
    backup = json.loads(target.with_name("facts.json.bak").read_text(encoding="utf-8"))
    assert len({f["source"] for f in backup["facts"]} - {"mini"}) == 1  # the version before


@pytest.mark.parametrize("stagger", QUICK_STAGGERS)
def test_two_adds_at_once_both_land(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, big: Path, stagger: float
) -> None:
    two_adds_at_once(capsys, tmp_path, big, stagger)


@pytest.mark.long
@pytest.mark.parametrize("stagger", SWEEP_STAGGERS)
def test_two_adds_at_once_both_land_at_every_stagger(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, big: Path, stagger: float
) -> None:
    two_adds_at_once(capsys, tmp_path, big, stagger)


def an_editor_saves_during_the_add(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, target: Path, delay: float
) -> None:
    """An editor rewrites the fact file in place (no lock) while add runs: its edit is
    never lost. Either add read the edited file (and adds to it), or it refuses."""
    draft = reviewed_draft(capsys, tmp_path, "art-1")
    edited = target.read_bytes().replace(b'"statement": "Alpha met', b'"statement": "ALPHA met', 1)
    proc = start("add", str(draft))
    time.sleep(delay)
    with open(target, "r+b") as f:
        f.write(edited)
        f.truncate()
    code, err = finish(proc)
    assert b'"statement": "ALPHA met' in target.read_bytes(), (code, err)
    if code == 0:
        assert source_ids(target) == {"art-1", "mini"}
    else:
        assert code in (2, 75) and err.count("\n") == 1, err
        assert not (target.parent / "sources" / "art-1.txt").exists()


@pytest.mark.parametrize("delay", [0.3])
def test_an_editor_saving_during_an_add_is_never_overwritten(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, big: Path, delay: float
) -> None:
    an_editor_saves_during_the_add(capsys, tmp_path, big, delay)


@pytest.mark.long
@pytest.mark.parametrize("delay", [0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.7, 0.9, 1.2, 1.6, 2.0])
def test_an_editor_saving_at_any_moment_of_an_add_is_never_overwritten(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, big: Path, delay: float
) -> None:
    an_editor_saves_during_the_add(capsys, tmp_path, big, delay)
