"""index/pointers.py: a pointer, a set of fact files' fingerprints and the content they hold,
never trusted when damaged, a FIFO or pointing out of the cache; and the settle rule (git's
racy case) by which a fingerprint is trusted at all."""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

import pytest
from conftest import MINI, index_folder, results, warm

from defcoop_cli.index import engine, pointers
from defcoop_cli.index.cache import Resilient, open_index

pytestmark = pytest.mark.skipif(not engine.available(), reason="tantivy needs Python 3.11+")


class TestNeverTrusted:
    @pytest.mark.usefixtures("index_in_cache")
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

    @pytest.mark.usefixtures("index_in_cache")
    def test_a_fifo_where_a_pointer_should_be_never_hangs(
        self, real_copy: Path, cache: Path
    ) -> None:
        warm(real_copy)
        (file,) = cache.glob("pointer-*.json")
        file.unlink()
        os.mkfifo(file)
        assert results(open_index([real_copy]), "malabar")  # would block on open otherwise

    @pytest.mark.usefixtures("index_in_cache")
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
        assert not (isinstance(found, Resilient) and Path(found._index.folder).resolve() == planted)
        assert results(found, "malabar")


def test_a_file_changed_moments_ago_is_found_by_its_content(tmp_path: Path, cache: Path) -> None:
    """Its timestamp may not move on the next edit (git's "racy" case): it is hashed each run."""
    pointers.SETTLE_NS = 2_000_000_000  # undone by the cache fixture's monkeypatch
    shutil.copytree(MINI.parent, tmp_path / "fresh")
    path = tmp_path / "fresh" / "facts.json"
    path.write_bytes(MINI.read_bytes())  # written just now
    open_index([path])
    assert isinstance(open_index([path]), Resilient)
    assert list(cache.glob("pointer-*.json")) == []


class TestSettled:
    def test_a_settled_file_is_judged_by_its_later_timestamp(self) -> None:
        now = time.time_ns()
        old, recent = now - 60 * 10**9, now - 10**8
        assert pointers.settled([0, 0, 0, old, old])
        assert not pointers.settled([0, 0, 0, old, recent])  # mtime set back by a tool
        assert not pointers.settled(None)
