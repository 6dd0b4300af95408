"""Cache files that are not regular files (a FIFO, a socket) are never opened blocking:
they mean the index is rebuilt, at once. In a real process, since a hang is the fault."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest
from conftest import call, run_defcoop

from defcoop_cli.index import engine

pytestmark = pytest.mark.skipif(not engine.available(), reason="tantivy needs Python 3.11+")

# Every file of an index a search reads, and one of tantivy's own.
INDEX_FILES = ["meta.json", "catalogue.bin", "words.txt", "facts.records", "offsets.bin"]


def _replace_with(path: Path, kind: str, monkeypatch: pytest.MonkeyPatch) -> None:
    path.unlink()
    if kind == "fifo":
        os.mkfifo(path)
    else:
        monkeypatch.chdir(path.parent)  # a socket's path is short: bound from its folder
        with socket.socket(socket.AF_UNIX) as s:
            s.bind(path.name)


# The default run tries one file of each kind; the long profile every file.
QUICK = {("meta.json", "fifo"), ("words.txt", "socket")}
CASES = [
    pytest.param(name, kind, marks=() if (name, kind) in QUICK else pytest.mark.long)
    for name in [*INDEX_FILES, "main/meta.json"]
    for kind in ("fifo", "socket")
]


@pytest.mark.parametrize(("name", "kind"), CASES)
def test_an_index_file_that_is_not_a_regular_file_means_a_rebuild(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    name: str,
    kind: str,
) -> None:
    # The index is built in this process (no real process matters there); the run that
    # meets the FIFO or the socket is a real one, since a hang is the fault.
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    code, warm, err = call(capsys, "search", "drill", "--json")
    assert code == 0, err
    (index,) = (tmp_path / "defcoop").glob("index-*")
    _replace_with(index / name, kind, monkeypatch)
    again = run_defcoop("search", "drill", "--json", timeout=30)
    assert (again.returncode, again.stdout, again.stderr) == (0, warm.encode(), b"")
    assert (index / name).is_file()  # rebuilt
