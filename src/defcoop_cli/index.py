"""The search index on disk: built once per fact-base content, reused while it is unchanged.

A fact base is parsed, validated and indexed once; the result is an SQLite file in the user's
cache folder ($XDG_CACHE_HOME/defcoop, or ~/.cache/defcoop), named by the sha256 of the fact
file. Later runs read only what a query needs: the vocabulary, the postings of the words it
matches, and the facts it returns. A small pointer file per fact-file path maps the file's
stat fingerprint (device, inode, size, mtime and ctime in ns) to its content hash, so an
unchanged fact file is not even read.

The cache is never trusted:
- files are written to a temporary name and renamed, so none is ever half-written, and two
  runs at once each write a whole file (the last rename wins);
- every row carries a CRC-32 of its key and value, and the header (a magic string, a format
  number, the content hash it was built from, the vocabulary) a CRC-32 of the whole;
- a file that is corrupt, truncated, foreign or stale is detected when read, and the index
  is rebuilt from the fact file. No pickle: rows hold JSON text and arrays of integers.

Sources are checked on every run as the loader checks them: each path must resolve inside
the fact base's folder, and a source whose fingerprint differs from the one recorded when it
was hashed is read and hashed again, so an edited source or a symlink swapped to point
outside the folder is caught as it would be without the cache.
"""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import sys
import time
import zlib
from array import array
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, closing, nullcontext, suppress
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import quote

from defcoop_cli import __version__
from defcoop_cli.errors import BadFactBase
from defcoop_cli.factbase import FactBase, parse, read_fact_file, read_source_text, source_file
from defcoop_cli.files import write_atomically
from defcoop_cli.limits import MAX_FACT_FILE_BYTES
from defcoop_cli.records import Entity, Fact, Source, Topic, doc_record, fact_record, record_json
from defcoop_cli.search import Index, SearchIndex, in_sorted

MAGIC = "defcoop search index"
FORMAT = "8"
LENGTHS = "lengths:"  # the statements' word counts, kept with the facets
KEEP_INDEXES = 8  # the most recently built index files kept in the cache folder
Progress = Callable[[], AbstractContextManager[object]]
T = TypeVar("T")
# Postings are native unsigned ints: a file from another kind of machine is not read.
BYTE_LAYOUT = f"{sys.byteorder}/{array('I').itemsize}"
# A fact file changed less than this long ago may change again within its timestamp's
# granularity: it is hashed on every run until it has settled (git's "racy" rule).
SETTLE_NS = 2_000_000_000
POINTER_MAX_BYTES = 4096


class CorruptIndex(Exception):
    """A cache file that cannot be trusted; the caller rebuilds it."""


def cache_folder() -> Path | None:
    """Where indexes live: $XDG_CACHE_HOME/defcoop, else $HOME/.cache/defcoop. None (no
    cache) when DEFCOOP_NO_CACHE is set, or when neither is an absolute path: the XDG
    specification ignores a relative one, and an empty or relative HOME names no home."""
    if os.environ.get("DEFCOOP_NO_CACHE"):
        return None
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):
        home = os.environ.get("HOME", "")
        if not os.path.isabs(home):
            return None
        base = os.path.join(home, ".cache")
    return Path(base) / "defcoop"


def open_index(path: Path, progress: Progress | None = None) -> Index:
    """The index of the fact file at path: from the cache when it is whole and current, else
    built (and cached when the cache folder is writable). Errors are DefcoopErrors."""
    folder = cache_folder()
    if folder is not None:
        warm = _open_by_fingerprint(folder, path)
        if warm is not None:
            return warm
    before = _fingerprint(path)
    data = read_fact_file(path)
    content = _sha256(data)
    # Point at this content only if the file did not change while it was read.
    settled = before if before is not None and before == _fingerprint(path) else None
    if folder is not None:
        cached = _open_checked(folder, path, content)
        if cached is not None:
            _write_pointer(folder, path, content, settled)
            return cached
    with (progress or nullcontext)():
        built = build_index(path, data)
        if folder is not None:
            _store(folder, path, content, built, settled)
    return built


def build_index(path: Path, data: bytes) -> SearchIndex:
    """Parse, validate and index a fact file's bytes in memory; BadFactBase if unusable."""
    return SearchIndex(parse(data, path))


# ---- reading


def _fingerprint(path: Path) -> list[int] | None:
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    if not stat.S_ISREG(st.st_mode) or st.st_size > MAX_FACT_FILE_BYTES:
        return None  # the loader says what is wrong with it
    return [st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns]


def _sha256(data: bytes) -> str:
    import hashlib  # loading OpenSSL costs ~2 ms, and a warm run hashes nothing

    return hashlib.sha256(data).hexdigest()


def _is_sha256(value: object) -> bool:
    """A content hash as it names an index file: 64 lower-case hex digits, nothing else."""
    return (
        isinstance(value, str) and len(value) == 64 and all(c in "0123456789abcdef" for c in value)
    )


def _pointer_file(folder: Path, path: Path) -> Path:
    """The pointer for a fact file; it records its real path, so a name clash only misses."""
    real = os.fsencode(os.path.realpath(path))
    return folder / f"file-{zlib.crc32(real):08x}-{len(real)}.json"


def _index_file(folder: Path, content: str) -> Path:
    return folder / f"index-{content}.sqlite"


def _open_by_fingerprint(folder: Path, path: Path) -> DiskIndex | None:
    fingerprint = _fingerprint(path)
    if fingerprint is None:
        return None
    try:
        with open(_pointer_file(folder, path), "rb") as f:
            pointer = json.loads(f.read(POINTER_MAX_BYTES))
        content = pointer["content"]
        if (
            pointer["fingerprint"] != fingerprint
            or pointer["path"] != os.path.realpath(path)
            or not _is_sha256(content)
        ):
            return None
    except (OSError, ValueError, KeyError, TypeError, RecursionError):
        return None
    return _open_checked(folder, path, content)


def _open_checked(folder: Path, path: Path, content: str) -> DiskIndex | None:
    """The cached index for this content if it is whole; None (to rebuild) if not."""
    file = _index_file(folder, content)
    try:
        if not file.is_file():
            return None
        return DiskIndex(file, path, content)
    except (CorruptIndex, OSError):  # OSError: a cache folder this user cannot search
        return None


def _connect(file: Path) -> sqlite3.Connection:
    # immutable: index files are replaced, never modified, so no locking is needed.
    uri = f"file:{quote(os.fsencode(file))}?mode=ro&immutable=1"
    return sqlite3.connect(uri, uri=True, check_same_thread=False)


def _crc(*parts: str | bytes) -> int:
    crc = 0
    for part in parts:
        crc = zlib.crc32(part.encode("utf-8") if isinstance(part, str) else part, crc)
        crc = zlib.crc32(b"\0", crc)
    return crc


class DiskIndex:
    """An index read from the cache. Anything that fails its checks while a query runs makes
    it rebuild from the fact file and carry on in memory, with the same results."""

    def __init__(self, file: Path, path: Path, content: str) -> None:
        self.file, self.path, self.content = file, path, content
        self._memory: SearchIndex | None = None
        try:
            self._db = _connect(file)
            meta = dict(self._db.execute("SELECT key, value FROM meta").fetchall())
            self._check_meta(meta)
            catalogue = json.loads(meta["catalogue"])
            # The sorted vocabulary and facet names, one a line, checked with the header.
            self._words = meta["vocabulary"].split("\n") if meta["vocabulary"] else []
            self._facets = meta["facets"].split("\n") if meta["facets"] else []
            self._count = int(meta["facts"])
            self.doc = doc_record({**catalogue, "facts": []}, facts=[])  # the facts stay on disk
            known = json.loads(meta["sources"])
            if not isinstance(known, dict):
                raise TypeError("the source list is not an object")
        except Exception as e:  # whatever went wrong, the file is not trusted: rebuild
            raise CorruptIndex(f"{file}: {type(e).__name__}: {e}") from None
        self.topics: list[Topic] = self.doc.topics
        self.entities: list[Entity] = self.doc.entities
        for source in self.doc.sources:
            _check_source(path, source, known.get(source.id))

    def _check_meta(self, meta: dict[str, str]) -> None:
        expected = {
            "magic": MAGIC,
            "format": FORMAT,
            "content": self.content,
            "byteorder": BYTE_LAYOUT,
            "defcoop": __version__,
        }
        for key, value in expected.items():
            if meta.get(key) != value:
                raise CorruptIndex(f"{self.file}: {key} is {meta.get(key)!r}, not {value!r}")
        if _crc(*(f"{k}={meta[k]}" for k in sorted(meta) if k != "meta_crc")) != int(
            meta["meta_crc"]
        ):
            raise CorruptIndex(f"{self.file}: the header does not match its checksum")

    # -- the Index protocol; each call falls back to memory if the file fails a check

    def _either(self, from_disk: Callable[[], T], from_memory: Callable[[SearchIndex], T]) -> T:
        """from_disk(), or, once the file has failed a check, from_memory(the rebuilt index)."""
        if self._memory is None:
            try:
                return from_disk()
            except CorruptIndex:
                self._fall_back()
        assert self._memory is not None
        return from_memory(self._memory)

    def vocabulary(self) -> Sequence[str]:
        return self._memory.vocabulary() if self._memory else self._words

    def postings(self, word: str) -> Sequence[int]:
        return self._either(lambda: self._array("words", "word", word), lambda m: m.postings(word))

    def facet(self, name: str) -> set[int]:
        return self._either(
            lambda: set(self._array("facets", "name", name)), lambda m: m.facet(name)
        )

    def size(self) -> int:
        return self._count

    def lengths(self, positions: Sequence[int]) -> list[int]:
        return self._either(lambda: self._lengths_at(positions), lambda m: m.lengths(positions))

    def _lengths_at(self, positions: Sequence[int]) -> list[int]:
        lengths = self._array("facets", "name", LENGTHS)
        if len(lengths) != self._count:
            raise CorruptIndex(f"{self.file}: the statement lengths do not match the facts")
        return [lengths[p] for p in positions]

    def facts_at(self, positions: Sequence[int]) -> list[Fact]:
        return self._either(
            lambda: [fact_record(d) for d in self._fact_docs(positions)],
            lambda m: m.facts_at(positions),
        )

    def factbase(self) -> FactBase:
        """The whole fact base, every fact read from the cache."""
        return self._either(self._read_factbase, lambda m: m.fb)

    # -- reading rows, each checked against its CRC

    def _read_factbase(self) -> FactBase:
        facts = [fact_record(d) for d in self._fact_docs(range(self._count))]
        return FactBase(self.path, self.doc._replace(facts=facts))

    def _array(self, table: str, key: str, value: str) -> array[int]:
        try:
            row = self._db.execute(
                f"SELECT blob, crc FROM {table} WHERE {key} = ?", (value,)
            ).fetchone()
        except sqlite3.Error as e:
            raise CorruptIndex(str(e)) from None
        out = array("I")
        if row is None:
            listed = self._words if table == "words" else self._facets
            if in_sorted(listed, value):
                raise CorruptIndex(f"{self.file}: {table} row {value!r} is missing")
            return out
        blob, crc = row
        if not isinstance(blob, bytes) or _crc(value, blob) != crc or len(blob) % 4:
            raise CorruptIndex(f"{self.file}: {table} row {value!r} fails its checksum")
        out.frombytes(blob)
        return out

    def _fact_docs(self, positions: Sequence[int]) -> Iterator[dict[str, Any]]:
        wanted = list(positions)
        rows: dict[int, tuple[str, int]] = {}
        try:
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                marks = ",".join("?" * len(chunk))
                for position, doc, crc in self._db.execute(
                    f"SELECT position, doc, crc FROM facts WHERE position IN ({marks})", chunk
                ):
                    rows[position] = (doc, crc)
        except sqlite3.Error as e:
            raise CorruptIndex(str(e)) from None
        for position in wanted:
            doc, crc = rows.get(position, ("", -1))
            if _crc(str(position), doc) != crc:
                raise CorruptIndex(f"{self.file}: fact {position} fails its checksum")
            try:
                yield json.loads(doc)
            except ValueError:
                raise CorruptIndex(f"{self.file}: fact {position} is not JSON") from None

    def _fall_back(self) -> None:
        """Rebuild from the fact file, replace the bad cache file, and answer from memory."""
        data = read_fact_file(self.path)
        if _sha256(data) != self.content:  # results so far came from the older content
            raise BadFactBase(f"{self.path}: the fact file changed while it was read; run again")
        self._memory = build_index(self.path, data)
        with suppress(OSError):
            self.file.unlink(missing_ok=True)
        _store(self.file.parent, self.path, self.content, self._memory, None)


def _check_source(path: Path, source: Source, fingerprint: object) -> None:
    """As the loader would: the source lies inside the folder and has the recorded sha256.
    An unchanged file (the same fingerprint as when it was hashed) is not read again."""
    if _fingerprint(source_file(path, source)) != fingerprint or fingerprint is None:
        read_source_text(path, source)


def _source_fingerprints(path: Path, sources: list[Source]) -> dict[str, list[int] | None]:
    """Each settled source's fingerprint, taken around a fresh read that checks its hash."""
    found: dict[str, list[int] | None] = {}
    for source in sources:
        file = source_file(path, source)
        before = _fingerprint(file)
        read_source_text(path, source)
        settled = before == _fingerprint(file) and before is not None
        found[source.id] = before if settled and _settled(before) else None
    return found


def _settled(fingerprint: list[int] | None) -> bool:
    """Unchanged for a while: by the later of mtime and ctime (tools can set mtime back)."""
    return fingerprint is not None and time.time_ns() - max(fingerprint[3:5]) >= SETTLE_NS


# ---- writing: whole files only, under a temporary name, then renamed


def _store(
    folder: Path, path: Path, content: str, index: SearchIndex, fingerprint: list[int] | None
) -> None:
    """Cache the index and point path at it; a cache that cannot be written is skipped."""
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)  # cached facts stay private
        write_atomically(_index_file(folder, content), lambda f: _write_index(f, index, content))
        _write_pointer(folder, path, content, fingerprint)
        _prune(folder)
    except (OSError, sqlite3.Error):
        pass  # a read-only or full disk costs speed, never an answer


def _write_pointer(folder: Path, path: Path, content: str, fingerprint: list[int] | None) -> None:
    if not _settled(fingerprint):
        return
    real = os.path.realpath(path)
    body = json.dumps({"path": real, "fingerprint": fingerprint, "content": content}).encode()
    with suppress(OSError):
        write_atomically(_pointer_file(folder, path), lambda f: _write_bytes(f, body))


def _write_bytes(file: Path, body: bytes) -> None:
    file.write_bytes(body)


def _write_index(file: Path, index: SearchIndex, content: str) -> None:
    """Fill file (an empty temporary file, which SQLite takes as an empty database)."""
    facts = index.fb.doc.facts
    words = sorted(index.all_postings())
    meta = {
        "magic": MAGIC,
        "format": FORMAT,
        "content": content,
        "byteorder": BYTE_LAYOUT,
        "defcoop": __version__,
        "facts": str(len(facts)),
        "vocabulary": "\n".join(words),
        "facets": "\n".join(sorted([*index.all_facets(), LENGTHS])),
        "catalogue": json.dumps(_catalogue(index.fb), ensure_ascii=False),
        "sources": json.dumps(_source_fingerprints(index.fb.path, index.fb.doc.sources)),
    }
    meta["meta_crc"] = str(_crc(*(f"{k}={meta[k]}" for k in sorted(meta))))
    with closing(sqlite3.connect(file)) as db:
        db.executescript(
            "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;"
            "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
            "CREATE TABLE words (word TEXT PRIMARY KEY, blob BLOB NOT NULL,"
            " crc INTEGER NOT NULL) WITHOUT ROWID;"
            "CREATE TABLE facets (name TEXT PRIMARY KEY, blob BLOB NOT NULL,"
            " crc INTEGER NOT NULL) WITHOUT ROWID;"
            "CREATE TABLE facts (position INTEGER PRIMARY KEY, doc TEXT NOT NULL,"
            " crc INTEGER NOT NULL);"
        )
        db.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
        db.executemany("INSERT INTO words VALUES (?, ?, ?)", _blobs(index.all_postings(), words))
        facets = {k: sorted(v) for k, v in index.all_facets().items()}
        facets[LENGTHS] = index.lengths(range(len(facts)))
        db.executemany("INSERT INTO facets VALUES (?, ?, ?)", _blobs(facets, sorted(facets)))
        docs = (json.dumps(f._asdict(), ensure_ascii=False) for f in facts)  # tuples: arrays
        db.executemany(
            "INSERT INTO facts VALUES (?, ?, ?)",
            ((i, doc, _crc(str(i), doc)) for i, doc in enumerate(docs)),
        )
        db.commit()


def _blobs(lists: dict[str, Any], keys: list[str]) -> Iterator[tuple[str, bytes, int]]:
    for key in keys:
        blob = array("I", lists[key]).tobytes()
        yield key, blob, _crc(key, blob)


def _catalogue(fb: FactBase) -> dict[str, Any]:
    """Everything but the facts, as the JSON data doc_record reads."""
    doc = record_json(fb.doc._replace(facts=[]))
    return {"schema_version": 1, **{k: v for k, v in doc.items() if k != "facts"}}


def _prune(folder: Path) -> None:
    """Keep the most recently built indexes; drop temporary files a crash left behind."""
    indexes = sorted(folder.glob("index-*.sqlite"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in indexes[KEEP_INDEXES:]:
        old.unlink(missing_ok=True)
    day_ago = time.time() - 86400
    for stale in folder.glob(".*.tmp"):
        if stale.stat().st_mtime < day_ago:
            stale.unlink(missing_ok=True)
