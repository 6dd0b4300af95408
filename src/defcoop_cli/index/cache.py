"""Where search indexes live, and how they are kept: one index per fact-base content.

The cache folder (layout.py) is `$XDG_CACHE_HOME/defcoop`, else `$HOME/.cache/defcoop`:
private to you (mode 0700), and never a symlink. In it:

- `index-<sha256>/`: an index (layout.py), named by the content of every layer of the fact
  base; built in a temporary folder and renamed into place whole, never changed after;
- `pointer-<crc>-<n>.json` (pointers.py): for a set of n fact files, their fingerprints
  and the content they were last found to hold. An unchanged set of files is found by its
  fingerprints alone, without reading the files;
- `.build-<pid>-…`: a build under way, removed by the next run once its writer is gone (and
  so is a pointer's temporary file, `.pointer-….defcoop-<pid>-….tmp`).

Promises: against accidents (a damaged, truncated, foreign, stale or edited file; a FIFO,
socket or device where a pointer or an index file should be, never opened; a build killed
halfway; runs at once), an index is either used whole and current or rebuilt, with the
same answers. Against someone who can write to your cache folder, nothing: they can make
defcoop show what they like, as they could by editing your fact files. That is why the
folder is private. `DEFCOOP_NO_CACHE=1` turns it off.
"""

from __future__ import annotations

import json
import os
import stat
import time
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager, nullcontext, suppress

from defcoop_cli import TEMPORARY
from defcoop_cli.factbase.files import (
    abandoned,
    fingerprint,
    read_regular,
    remove_leftovers,
    signals_held,
)
from defcoop_cli.factbase.loader import FactBase, no_cycle_collection, parse_layers, read_fact_file
from defcoop_cli.factbase.records import Doc, Entity, Fact, Topic
from defcoop_cli.index.layout import usable_folder
from defcoop_cli.index.pointers import is_sha256, pointed_content, write_pointer
from defcoop_cli.lookup.protocol import Best, Index, Vocabulary
from defcoop_cli.lookup.search.fields import SourceTally
from defcoop_cli.lookup.search.memory import SearchIndex

TYPE_CHECKING = False  # typing is imported by mypy alone: a search loads no typing
if TYPE_CHECKING:
    from typing import Any, TypeVar

    from _typeshed import StrPath

    from defcoop_cli.index.engine import DiskIndex

    T = TypeVar("T")

KEEP_INDEXES = 8  # the most recently used indexes kept in the cache folder
TOUCH_SECONDS = 3600  # an index's use is recorded (its mtime) at most once an hour
Progress = Callable[[int], AbstractContextManager[Callable[[int, int], None] | None]]


def open_index(paths: Sequence[StrPath], progress: Progress | None = None) -> Index:
    """The index of the fact files (layers, bottom first): from the cache when it is whole
    and current, else built (and cached when the cache folder can be used).

    Opening costs the same for 69 facts and for a million: the fact files are recognised by
    their fingerprints, and nothing else is read or stat-ed. Sources are checked when they
    are indexed (as the loader checks them) and again whenever a command reads one (`show`,
    `validate`), not on every run."""
    from defcoop_cli.index import engine

    folder = usable_folder() if engine.available() else None
    if folder is not None:
        warm = _open_by_pointer(folder, paths)
        if warm is not None:
            return warm
    since, before = time.time_ns(), [fingerprint(p) for p in paths]
    datas = [read_fact_file(p) for p in paths]
    digests = _digests(datas)
    content = _content(digests)
    # Point at this content only if no file changed while it was read.
    settled = before if before == [fingerprint(p) for p in paths] else None
    if folder is not None:
        cached = _open(folder, paths, content)
        if cached is not None:
            write_pointer(folder, paths, content, settled)
            return Resilient(cached, paths, content, folder)
    with no_cycle_collection():
        pairs = list(zip(paths, datas, strict=True))
        del datas  # parse_layers drops each file's bytes once decoded
        fb = parse_layers(pairs, _keeper(folder, paths, digests, settled, since))
        if folder is None:
            return SearchIndex(fb)
        built = _build(folder, fb, content, progress)
    if built is None:  # the cache cannot be written: answer from memory
        # A build that failed part-way has consumed the facts (building.build): read again.
        whole = not fb.doc.facts or fb.doc.facts[0] is not None
        return SearchIndex(fb if whole else _parse_again(paths, content))
    write_pointer(folder, paths, content, settled)
    _prune(folder)
    return Resilient(built, paths, content, folder)


def _parse_again(paths: Sequence[StrPath], content: str) -> FactBase:
    """The fact files read and parsed again, as they were when content was computed; else
    one BadFactBase: what was answered so far came from older files."""
    from defcoop_cli.errors import BadFactBase

    datas = [read_fact_file(p) for p in paths]
    if _content(_digests(datas)) != content:
        raise BadFactBase(f"{paths[-1]}: the fact file changed while it was read; run again")
    pairs = list(zip(paths, datas, strict=True))
    del datas  # parse_layers drops each file's bytes once decoded
    with no_cycle_collection():
        return parse_layers(pairs)


def _digests(datas: Sequence[bytes]) -> list[bytes]:
    """The sha256 of each layer's bytes."""
    import hashlib  # loading OpenSSL costs ~2 ms, and a warm run hashes nothing

    return [hashlib.sha256(data).digest() for data in datas]


def _content(digests: Sequence[bytes]) -> str:
    """The content hash of a set of layers: the sha256 of their sha256s (hex), in order."""
    import hashlib

    combined = hashlib.sha256()
    for digest in digests:
        combined.update(digest.hex().encode() + b"\n")
    return combined.hexdigest()


def _keeper(
    folder: str | None,
    paths: Sequence[StrPath],
    digests: list[bytes],
    seen: list[Any] | None,
    since: int,
) -> Callable[[int, FactBase], None] | None:
    """What keeps the layers under the top one for `validate` as they are parsed (below.py);
    None without a cache, or for one layer."""
    if folder is None or len(paths) < 2:
        return None
    from defcoop_cli.index.checked import below  # the cold path's: a warm run never loads it

    return below.keeper(paths, digests, seen, since)


def _regular_file(path: str) -> bool:
    """Whether path is a regular file (not a FIFO, socket or device, nor a symlink to one),
    found without opening it."""
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except (OSError, ValueError):
        return False


def _open_by_pointer(folder: str, paths: Sequence[StrPath]) -> Index | None:
    content = pointed_content(folder, paths)
    if content is None:
        return None
    index = _open(folder, paths, content)
    return None if index is None else Resilient(index, paths, content, folder)


# ---- indexes: opened whole or not at all, built aside and renamed into place


def _index_folder(folder: str, content: str) -> str:
    return os.path.join(folder, f"index-{content}")


def _open(folder: str, paths: Sequence[StrPath], content: str) -> DiskIndex | None:
    from defcoop_cli.index import engine, layout

    target = _index_folder(folder, content)
    try:
        info = os.lstat(target)
    except OSError:
        return None
    if not stat.S_ISDIR(info.st_mode):
        return None
    if not _regular_file(os.path.join(target, "meta.json")):  # opened blocking: not a FIFO
        _discard(target)
        return None
    try:
        index = engine.DiskIndex(target, paths, content)
        index.doc, index.layers  # noqa: B018 - read now: damage found here costs nothing
    except layout.CorruptIndex:
        _discard(target)
        return None
    if time.time() - info.st_mtime > TOUCH_SECONDS:  # recently used: kept by the prune
        with suppress(OSError):
            os.utime(target, follow_symlinks=False)
    return index


def _build(folder: str, fb: Any, content: str, progress: Progress | None) -> DiskIndex | None:
    """Build the index aside, publish it, and open it; None if the cache cannot be written."""
    import shutil  # noqa: F401 - loaded before the build: the signal handler removes it with it
    from pathlib import Path

    from defcoop_cli.index.writing import building

    try:
        with signals_held():
            build = Path(os.path.join(folder, f".build-{os.getpid()}-{time.time_ns()}"))
            build.mkdir(mode=0o700)
            TEMPORARY.add(str(build))
        try:
            with progress(len(fb.doc.facts)) if progress else nullcontext() as advance:
                building.build(fb, build, content, advance)
            _publish(build, _index_folder(folder, content))
        finally:
            _discard(build)
            TEMPORARY.discard(str(build))
    except (OSError, ValueError):  # tantivy reports its I/O errors as ValueError
        return None  # a read-only or full disk costs speed, never an answer
    return _open(folder, [layer.path for layer in fb.layers], content)


def _publish(build: StrPath, target: str) -> None:
    """Rename the finished build into place; if another run got there first, keep theirs."""
    try:
        os.rename(build, target)
    except OSError:
        if not os.path.isdir(target):
            raise


def _discard(path: StrPath) -> None:
    """Remove a folder defcoop made, without following symlinks."""
    import shutil  # with bz2 and lzma: not for a warm run

    with suppress(OSError):
        if os.path.islink(path):
            os.unlink(path)
        else:
            shutil.rmtree(path)


def _prune(folder: str) -> None:
    """Keep the most recently used indexes, remove what this or another run left behind.
    Only what defcoop can prove it wrote is ever removed: folders named as it names them,
    holding its own marks."""
    from defcoop_cli.index import layout

    remove_leftovers(folder)  # pointers being written when their writer was killed
    with suppress(OSError):
        entries = list(os.scandir(folder))
        indexes = []
        for entry in entries:
            if entry.name.startswith("index-") and is_sha256(entry.name[6:]):
                if entry.is_dir(follow_symlinks=False) and _ours(entry.path, layout.MAGIC):
                    indexes.append((entry.stat(follow_symlinks=False).st_mtime, entry.path))
            elif (
                entry.name.startswith(".build-")
                and entry.is_dir(follow_symlinks=False)
                and _stale_build(entry)
            ):
                _discard(entry.path)
        for _, old in sorted(indexes, reverse=True)[KEEP_INDEXES:]:
            _discard(old)


def _ours(index: str, magic: str) -> bool:
    raw = read_regular(os.path.join(index, "meta.json"), 1 << 16)
    try:
        return bool(raw) and json.loads(raw or b"{}").get("magic") == magic
    except (ValueError, AttributeError):
        return False


def _stale_build(entry: os.DirEntry[str]) -> bool:
    """A build folder whose writer is gone, or that is older than a day."""
    try:
        pid = int(entry.name.split("-")[1])
        age = time.time() - entry.stat(follow_symlinks=False).st_mtime
    except (ValueError, IndexError, OSError):
        return False
    return abandoned(pid, age)


class Resilient(Index):
    """A cached index that, should it fail a check while a command runs, is rebuilt from
    the fact files and answers from memory, with the same results: never exit 70."""

    def __init__(self, index: Index, paths: Sequence[StrPath], content: str, folder: str) -> None:
        self._index, self._paths, self._content, self._folder = index, paths, content, folder
        self._memory: SearchIndex | None = None

    def _fall_back(self) -> SearchIndex:
        if self._memory is None:
            self._memory = SearchIndex(_parse_again(self._paths, self._content))
            self._index.close()  # its files are removed: nothing of them kept mapped
            _discard(_index_folder(self._folder, self._content))
        return self._memory

    @property
    def content(self) -> str:
        """The fact base's content hash (its layers' bytes), which names the index."""
        return self._content

    def use(self, read: Callable[[Index], T]) -> T:
        """read(the cached index), or, once it has failed a check, read(one in memory)."""
        from defcoop_cli.index import layout

        if self._memory is None:
            try:
                return read(self._index)
            except layout.CorruptIndex:
                pass
        return read(self._fall_back())

    @property
    def topics(self) -> list[Topic]:
        return self.use(lambda i: i.topics)

    @property
    def entities(self) -> list[Entity]:
        return self.use(lambda i: i.entities)

    def catalogue(self) -> Doc:
        return self.use(lambda i: i.catalogue())

    def entity(self, entity_id: str) -> Entity | None:
        return self.use(lambda i: i.entity(entity_id))

    def role_entities(self) -> list[Entity]:
        return self.use(lambda i: i.role_entities())

    def regional_places(self) -> list[Entity]:
        return self.use(lambda i: i.regional_places())

    def entity_listing(self, entity_type: str | None = None) -> tuple[Sequence[int], int]:
        return self.use(lambda i: i.entity_listing(entity_type))

    def entities_at(self, positions: Sequence[int]) -> list[Entity]:
        return self.use(lambda i: i.entities_at(positions))

    def vocabulary(self) -> Vocabulary:
        return _ResilientVocabulary(self)

    def hits(self, scores: dict[str, float]) -> dict[int, Best]:
        return self.use(lambda i: i.hits(scores))

    def pairs(self, keys: Sequence[str]) -> set[int]:
        return self.use(lambda i: i.pairs(keys))

    def in_names(self, word: str) -> bool:
        return self.use(lambda i: i.in_names(word))

    def in_field(self, word: str, field: str) -> bool:
        return self.use(lambda i: i.in_field(word, field))

    def facet(self, name: str) -> set[int]:
        return self.use(lambda i: i.facet(name))

    def listed(self) -> set[int]:
        return self.use(lambda i: i.listed())

    def facet_count(self, name: str) -> int:
        return self.use(lambda i: i.facet_count(name))

    def facet_counts(self, names: Sequence[str]) -> list[int]:
        return self.use(lambda i: i.facet_counts(names))

    def matching(self, every: Sequence[Sequence[str]], none: Sequence[str] = ()) -> set[int]:
        return self.use(lambda i: i.matching(every, none))

    def positions(self, fact_ids: Sequence[str]) -> set[int]:
        return self.use(lambda i: i.positions(fact_ids))

    def facts_at(self, positions: Sequence[int]) -> list[Fact]:
        return self.use(lambda i: i.facts_at(positions))

    def fact(self, fact_id: str) -> Fact | None:
        return self.use(lambda i: i.fact(fact_id))

    def fact_ids(self) -> Sequence[str]:
        return self.use(lambda i: i.fact_ids())

    def lengths(self, positions: Sequence[int]) -> list[int]:
        return self.use(lambda i: i.lengths(positions))

    def size(self) -> int:
        return self.use(lambda i: i.size())

    def close(self) -> None:
        self._index.close()  # the index in memory holds nothing open

    def factbase(self) -> FactBase:
        return self.use(lambda i: i.factbase())

    def factbase_of(self, positions: Sequence[int], entities: Sequence[Entity]) -> FactBase:
        return self.use(lambda i: i.factbase_of(positions, entities))

    def tallies(self) -> dict[str, SourceTally]:
        return self.use(lambda i: i.tallies())

    def event_tallies(self) -> dict[str, dict[str, SourceTally]]:
        return self.use(lambda i: i.event_tallies())

    def source_text(self, source_id: str) -> str:
        return self.use(lambda i: i.source_text(source_id))


class _ResilientVocabulary(Vocabulary):
    def __init__(self, owner: Resilient) -> None:
        self._owner = owner

    def has(self, word: str) -> bool:
        return self._owner.use(lambda i: i.vocabulary().has(word))

    def starting(self, prefix: str, limit: int) -> list[str]:
        return self._owner.use(lambda i: i.vocabulary().starting(prefix, limit))

    def near(self, term: str, edits: int) -> list[str]:
        return self._owner.use(lambda i: i.vocabulary().near(term, edits))

    def words(self) -> Sequence[str]:
        return self._owner.use(lambda i: i.vocabulary().words())
