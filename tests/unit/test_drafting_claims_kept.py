"""What `draft` reads of every fact, kept between runs (claims.kept): the same readings,
from the file or not."""

from __future__ import annotations

import gc
import os
import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest

from defcoop_cli.curation.drafting.about.topics import topic_votes
from defcoop_cli.curation.drafting.claims import ClaimFinder, KeptReadings
from defcoop_cli.curation.drafting.claims import kept as kept_module
from defcoop_cli.curation.drafting.entities import EntityMatcher
from defcoop_cli.factbase.records import Doc, Entity, Fact

ENTITIES = [Entity("alpha", "Alpha Tern", "person"), Entity("beta", "Beta", "country")]


def fact(fid: str, quote: str) -> Fact:
    return Fact(
        id=fid,
        statement=f"The article says {quote}.",
        kind="position",
        attribution="Beta",
        stance="agreed",
        topics=("t",),
        entities=("alpha", "beta"),
        keywords=("harbour drill",),
        quote=quote,
        source="old",
        span=(0, len(quote)),
    )


DOC = Doc(
    sources=[],
    topics=[],
    entities=ENTITIES,
    facts=[
        fact("drill", "Alpha Tern agreed to enlarge the harbour drill with Beta"),
        fact("ports", "Beta opened two ports to the coastguard's cutters"),
    ],
    curator_notes=[],
)
SENTENCE = ("Beta and Alpha Tern agreed to expand the harbour drill", ["alpha"], "Beta", "agreed")


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("DEFCOOP_NO_CACHE", raising=False)
    monkeypatch.setattr(kept_module, "SAVE_AFTER", 1)
    return tmp_path / "defcoop"


def finder(kept: KeptReadings | None) -> ClaimFinder:
    if kept is not None:
        topic_votes(DOC, kept.word_stems)
    return ClaimFinder(DOC, EntityMatcher(ENTITIES).find, kept)


def test_the_readings_kept_are_read_back_and_match_the_same(cache: Path) -> None:
    plain = finder(None).match(*SENTENCE)
    first = KeptReadings.of(DOC, keep_from=0)
    assert first.units == {} and finder(first).match(*SENTENCE) == plain
    files = [p.name for p in cache.iterdir() if p.name.startswith(kept_module.PREFIX)]
    assert len(files) == 1 and (cache / files[0]).stat().st_mode & 0o777 == 0o600
    again = KeptReadings.of(DOC, keep_from=0)
    assert again.units == first.units and again.stems == first.stems and again.units
    assert finder(again).match(*SENTENCE) == plain and again.new == 0


def test_a_drafted_sentence_is_not_kept(cache: Path) -> None:
    kept = KeptReadings.of(DOC, keep_from=0)
    finder(kept).match(*SENTENCE)
    assert SENTENCE[0] not in kept.units


def test_a_small_fact_base_or_no_cache_keeps_nothing(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert KeptReadings.of(DOC).path is None  # fewer facts than KEEP_FROM
    monkeypatch.setenv("DEFCOOP_NO_CACHE", "1")
    assert KeptReadings.of(DOC, keep_from=0).path is None


def test_other_entities_are_another_file(cache: Path) -> None:
    other = DOC._replace(entities=[*ENTITIES, Entity("gamma", "Gamma", "country")])
    assert kept_module.readings_key(other) != kept_module.readings_key(DOC)


def test_a_damaged_file_is_read_as_none(cache: Path) -> None:
    path = KeptReadings.of(DOC, keep_from=0).path
    assert path is not None
    os.makedirs(os.path.dirname(path), exist_ok=True)
    Path(path).write_bytes(b"\x00not marshal")
    kept = KeptReadings.of(DOC, keep_from=0)
    assert kept.units == {} and finder(kept).match(*SENTENCE) == finder(None).match(*SENTENCE)


def test_a_fifo_or_a_symlink_in_its_place_is_not_read(cache: Path, tmp_path: Path) -> None:
    path = KeptReadings.of(DOC, keep_from=0).path
    assert path is not None
    os.makedirs(os.path.dirname(path), exist_ok=True)
    os.mkfifo(path)  # opened without waiting, and not read
    assert KeptReadings.of(DOC, keep_from=0).units == {}
    os.remove(path)
    finder(KeptReadings.of(DOC, keep_from=0))  # a real file to point at
    os.replace(path, tmp_path / "elsewhere")
    os.symlink(tmp_path / "elsewhere", path)
    assert KeptReadings.of(DOC, keep_from=0).units == {}


def test_a_flipped_byte_in_the_kept_readings_is_not_trusted(cache: Path) -> None:
    finder(KeptReadings.of(DOC, keep_from=0))  # written
    path = KeptReadings.of(DOC, keep_from=0).path
    assert path is not None and KeptReadings.of(DOC, keep_from=0).units
    raw = Path(path).read_bytes()
    assert b"coastguard" in raw  # a text read, kept as it is
    Path(path).write_bytes(raw.replace(b"coastguard", b"coastguarD"))  # still marshal
    assert KeptReadings.of(DOC, keep_from=0).units == {}  # its header's CRC does not hold


class _Node:
    """An object the cyclic collector tracks, to make a reference cycle of."""

    def __init__(self) -> None:
        self.other: object = None


def _cycle() -> weakref.ref[_Node]:
    """A reference cycle no name holds: garbage only the cyclic collector frees."""
    a, b = _Node(), _Node()
    a.other, b.other = b, a
    return weakref.ref(a)


@pytest.fixture
def frozen_after() -> Iterator[None]:
    """The test's frozen objects handed back to the collector (and it on) after it."""
    was = gc.isenabled()
    yield
    gc.unfreeze()
    gc.enable() if was else gc.disable()


def test_a_kept_pass_leaves_what_it_made_out_of_the_collectors_later_passes(
    frozen_after: None,
) -> None:
    gc.enable()
    before = _cycle()  # the article's garbage, made before the pass
    frozen = gc.get_freeze_count()
    with kept_module.held_whole():
        assert not gc.isenabled()  # off while the pass makes its tables
        made = [[i] for i in range(1_000)]  # lists: always tracked by the collector
    assert gc.isenabled()
    assert gc.get_freeze_count() >= frozen + len(made)  # left out of later passes
    assert gc.is_tracked(made) and not any(o is made for o in gc.get_objects())
    assert before() is None  # the young garbage made before was collected, not frozen


def test_a_small_bases_pass_freezes_nothing(frozen_after: None) -> None:
    gc.enable()
    frozen = gc.get_freeze_count()
    with kept_module.held_whole(freeze=False):
        assert not gc.isenabled()
        made = [[i] for i in range(1_000)]
    assert gc.isenabled() and any(o is made for o in gc.get_objects())
    assert gc.get_freeze_count() == frozen
    garbage = _cycle()
    gc.collect()
    assert garbage() is None


def test_the_collector_stays_off_after_a_pass_when_it_was_off(frozen_after: None) -> None:
    gc.disable()
    with kept_module.held_whole():
        pass
    assert not gc.isenabled()
