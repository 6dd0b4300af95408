"""What an index folder holds, and the checks shared by the code that writes it
(building.py) and the code that reads it (engine.py); and the cache folder the index
folders live in (cache_folder, usable_folder), where `validate` and drafting keep
theirs too.

An index is a folder, built once per fact-base content (all layers) and never changed:

- `main/`: a tantivy index, one document per fact: its position (the fact base's order,
  read by hit, never searched), the words of each search field (statement, entity names,
  keywords, topic names, quote; the statement's, the quote's and the keywords' with their
  positions, content words first and in order, so that two neighbours are found as a
  phrase, for a query's terms joined by "of" and the thesaurus's entries of two words:
  fields.FieldWords.texts), its id, and its facets (kind, topics, entities, source,
  claim, the entities it gives a role of, attribution, the list it is an item of, the
  types of the entities it names, the event it belongs to), one text a fact: the terms
  (facet_term) of its keys, apart by spaces (documents.FactDocuments.facet_text);
- `vocab/`: a tantivy index of the words, 64 a document (building.VOCAB_CHUNK), for exact,
  prefix and typo look-ups of a query term (tantivy's Levenshtein automata, a swap counting
  one edit, find the documents; each of their words is measured again);
- `words.txt`: the same words, sorted, one a line, for the "did you mean" that scores a
  term against all of them (read in a few milliseconds, where tantivy's term dictionary
  took 90 at 68,000 words);
- `nameparts.txt`: the words of the names of several words of the entities and topics
  the facts name, sorted, one a line (a term of a query's "X of Y" that is one is read as
  part of a name);
- `facts.records` and `offsets.bin`: the facts, one line each (its CRC-32, then its
  values as marshal writes a tuple: record_line), read by position; `lengths.bin`: each
  fact's statement length in words (for ranking), by position, one, two or four bytes a
  fact, the narrowest that holds the longest (its width and CRC-32 in meta.json);
- `entities.records`, `entity-offsets.bin` and `entity-order.bin`: the entities the same
  way, and their positions in id order, so that one is found by id without reading the rest;
  `entity-types.bin`: each entity's type, one byte (its place among the catalogue's
  entity types), so that a listing of one type reads only its entities (the order's and
  the types' CRC-32s in meta.json);
- `catalogue.bin`: sources, topics, curator notes, the entities that have roles, the
  places that lie in a region (an alias "Town, Region": fields.regional_places, read by
  every search), each entity type with the length of its longest id (a listing's id
  column, known before it reads an entity), and the layers: what every command may
  need, small whatever the number of facts; the JSON data of the records, written by
  marshal (every open reads it: 1.1 ms where json took 3.0 at a million facts);
- `quotes.txt`: each fact's quote's words (`words.tokens`, as the quote field is read),
  apart by spaces, one fact a line, by position: a first draft over a big base reads
  them here, where tokenising 100,000 quotes again was some 0.4 s (issue 26);
- `tallies.json`: each source's count of facts told and editorial and the topics it tells
  of (lookup.search.fields.tally_sources), and the same of each event's facts and of the
  facts of no event (fields.EventTallies), so that a brief need not read every fact;
- `meta.json`: what the folder is (magic, format, versions, the content it was built from,
  the catalogue's, the tallies', the word list's, the lengths', the entity order's, the
  entity types' and the quotes' CRC-32s).
"""

from __future__ import annotations

import marshal
import mmap
import os
import stat
import zlib
from array import array
from collections.abc import Iterator, Sequence
from contextlib import suppress
from itertools import accumulate

from defcoop_cli import __version__
from defcoop_cli.factbase.records import Entity, Fact, record_json

TYPE_CHECKING = False  # typing is imported by mypy alone: a search loads no typing
if TYPE_CHECKING:
    from typing import Any

    from _typeshed import StrPath

MAGIC = "defcoop search index"
# 35: each fact's quote's words kept (quotes.txt) (34: a number in words indexed in digits,
# as a query reads it: "fifteen", "15")
FORMAT = "35"  # (33: the catalogue by marshal (32: it keeps the regional places…)
# The fields of the records the index stores: an index written with other fields (by a
# checkout whose records changed, FORMAT or not) is not read.
RECORDS = "|".join(",".join(r._fields) for r in (Fact, Entity))


# A facet key's spaces (an attribution's, an entity type's) as the index holds them: the
# facet field splits at ASCII white space, and a key holds none but spaces, and never
# this (ids are slugs, attributions lines without control characters).
FACET_SPACE = "\x1f"


def facet_term(key: str) -> str:
    """A facet key as the index's term."""
    return key.replace(" ", FACET_SPACE)


class CorruptIndex(Exception):
    """An index folder that cannot be trusted; the caller rebuilds it."""


def identity() -> dict[str, str]:
    """What meta.json says the folder is: an index that says otherwise is not read."""
    return {
        "magic": MAGIC,
        "format": FORMAT,
        "defcoop": __version__,
        "records": RECORDS,
        "marshal": str(marshal.version),
    }


def crc(data: bytes | mmap.mmap, start: int = 0) -> int:
    """data's CRC-32 (start: the CRC-32 of what came before it in the same file)."""
    return zlib.crc32(data, start)


# The widths lengths.bin may be written in (array type codes), narrowest first.
LENGTH_WIDTHS = "BHI"


def length_width(longest: int) -> str:
    """The type code lengths.bin is written in: the narrowest that holds the longest
    statement's length (a byte a fact under 256 words: a search checks the file's CRC-32
    whole on first use, 0.85 ms for 4 MB at a million facts)."""
    return next(c for c in LENGTH_WIDTHS if longest < 1 << 8 * array(c).itemsize)


def read_whole(folder: StrPath, name: str) -> bytes:
    """A file of the index folder, whole (its path joined by os.path: a search loads no
    pathlib)."""
    with open(os.path.join(folder, name), "rb") as f:
        return f.read()


def read_checked(folder: StrPath, name: str, meta: dict[str, Any], key: str) -> bytes:
    """A file of the index folder, whole, refused unless its CRC-32 is meta's `key` (bit
    rot leaves a file's size and time alone)."""
    data = read_whole(folder, name)
    if crc(data) != meta[key]:
        raise CorruptIndex(f"{folder}: {name} fails its checksum")
    return data


def read_words(folder: StrPath, name: str, meta: dict[str, Any], key: str) -> list[str]:
    """A list of words, one a line (words.txt, nameparts.txt), checked against meta's CRC
    (`key`_crc) and count (`key`)."""
    data = read_checked(folder, name, meta, f"{key}_crc")
    words = data.decode("utf-8").split("\n") if data else []
    if len(words) != int(meta[key]):
        raise CorruptIndex(f"{folder}: {name} holds another number of words")
    return words


def read_lines(folder: StrPath, name: str, meta: dict[str, Any], key: str) -> list[str]:
    """The lines of a file each of whose lines ends in a line feed (quotes.txt: an empty
    line is a line), checked against meta's CRC (`key`_crc) and count (`key`)."""
    data = read_checked(folder, name, meta, f"{key}_crc")
    lines = data.decode("utf-8").split("\n")
    if lines.pop() or len(lines) != int(meta[key]):
        raise CorruptIndex(f"{folder}: {name} holds another number of lines")
    return lines


def listed_files(folder: StrPath) -> dict[str, list[int]]:
    """Every file of the index but meta.json and tantivy's lock files, with its size and
    modification time: a file changed after the build (an edit, a copy, a truncation) is
    found by a stat, without reading it. Damage that leaves both alone (a bit flipped by the
    disk itself) is caught only where a checksum covers it: tantivy's footers, the facts'
    CRC-32s, meta.json's of the other files it names."""
    found, start = {}, len(os.path.join(folder, ""))  # scandir's paths start with it
    for entry in _walk(folder):
        name = entry.path[start:]  # as os.path.relpath gives it, without its work
        if name != "meta.json" and not entry.name.endswith(".lock"):
            info = entry.stat(follow_symlinks=False)
            found[name] = [info.st_size, info.st_mtime_ns]
    return dict(sorted(found.items()))


def _walk(folder: StrPath) -> Iterator[Any]:
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                yield from _walk(entry.path)
            elif entry.is_file(follow_symlinks=False):
                yield entry
            else:
                raise ValueError(f"{entry.path}: neither a file nor a folder")


def record_line(record: Any) -> bytes:
    """One record as a line: its CRC-32 (8 hex digits), a space, its fields' values as
    marshal writes a tuple (a record within, a role's or a participant's, as a dict:
    marshal takes no subclass of tuple), and a new line. Marshal, not JSON: at 100,000
    facts the build wrote the JSON in 0.31 s and this in 0.15, and reads it back faster;
    the lines are the index's own, each under its CRC-32, as validated.py's records are."""
    return _crc_line(marshal.dumps(tuple(map(_plain, record))))


def _plain(value: Any) -> Any:
    if isinstance(value, tuple) and value and hasattr(value[0], "_asdict"):
        return tuple(record_json(value))
    return value


def _crc_line(body: bytes) -> bytes:
    return b"%08x %s\n" % (crc(body), body)


def write_lines(folder: StrPath, name: str, offsets_name: str, lines: Sequence[bytes]) -> None:
    """Records' lines (record_line's) in one file, and where each starts (and the last
    ends) in another: the file Records reads."""
    with open(os.path.join(folder, name), "wb") as f:
        f.write(b"".join(lines))
    offsets = array("Q", accumulate(map(len, lines), initial=0))
    with open(os.path.join(folder, offsets_name), "wb") as f:
        f.write(offsets.tobytes())


class Records:
    """A file of record lines (record_line's: CRC-32, then the values by marshal), read by
    position through its offsets; every line read is checked against its CRC."""

    def __init__(self, folder: StrPath, name: str, offsets: str, count: int) -> None:
        self.folder, self.name, self.offsets_name, self.count = folder, name, offsets, count

    def __enter__(self) -> Records:
        with (
            open(os.path.join(self.folder, self.offsets_name), "rb") as f,
            open(os.path.join(self.folder, self.name), "rb") as lines,
        ):
            self._offsets = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
            try:
                self._lines = mmap.mmap(lines.fileno(), 0, access=mmap.ACCESS_READ)
            except ValueError:  # an empty file cannot be mapped
                self._lines = mmap.mmap(-1, 1)
        if len(self._offsets) != 8 * (self.count + 1):
            self.__exit__()  # nothing of a damaged file kept mapped
            raise CorruptIndex(f"{self.folder}: {self.offsets_name} has another length")
        return self

    def __exit__(self, *_: object) -> None:
        self._offsets.close()
        self._lines.close()

    def _line(self, position: int) -> bytes:
        if not 0 <= position < self.count:
            raise CorruptIndex(f"{self.folder}: no record {position} in {self.name}")
        start, end = array("Q", self._offsets[position * 8 : position * 8 + 16])
        line = self._lines[start:end]
        body = line[9:-1]  # record_line's: 8 hex digits, a space, the body, a new line
        if line[8:9] != b" " or line[-1:] != b"\n" or line[:8] != b"%08x" % crc(body):
            raise CorruptIndex(f"{self.folder}: record {position} of {self.name} fails its CRC")
        return body

    def first(self, position: int) -> Any:
        """The record's first value (an id, for a bisection)."""
        return self.values(position)[0]

    def values(self, position: int) -> tuple[Any, ...]:
        try:
            values = marshal.loads(self._line(position))
        except (EOFError, ValueError, TypeError):  # a body that passed its CRC by chance
            values = None
        if not isinstance(values, tuple):
            raise CorruptIndex(f"{self.folder}: record {position} of {self.name} is not a tuple")
        return values


class MappedRecords:
    """An index folder's record files (and `whole` files), each mapped on first use and
    kept so until `close`, which unmaps them all (a later use maps it again)."""

    def __init__(self, folder: StrPath) -> None:
        self.folder, self._open = folder, dict[str, Records]()
        self._whole: dict[str, mmap.mmap] = {}

    def whole(self, name: str) -> bytes | mmap.mmap:
        """A file of the folder, mapped whole: read where it lies, not copied (lengths.bin
        is 4 MB at a million facts: a copy, its pages new to the process, took a search
        some 2 ms more). An empty file, which cannot be mapped, is no bytes."""
        found = self._whole.get(name)
        if found is None:
            with open(os.path.join(self.folder, name), "rb") as f:
                if not os.fstat(f.fileno()).st_size:
                    return b""
                found = self._whole[name] = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        return found

    def get(self, name: str, offsets: str, count: int) -> Records:
        found = self._open.get(name)
        if found is None:
            found = self._open[name] = Records(self.folder, name, offsets, count).__enter__()
        return found

    def close(self) -> None:
        """Unmap every file: a view on a `whole` one must have been let go of before."""
        for records in self._open.values():
            records.__exit__()
        self._open.clear()
        for mapped in self._whole.values():
            mapped.close()
        self._whole.clear()


# The most terms a query looks up one by one (any_term); more are read as a set, which
# costs the same for one term as for hundreds, and less than as many look-ups past that.
MAX_TERM_CLAUSES = 128


def any_term(schema: Any, field: str, terms: Sequence[str]) -> Any:
    """A query for the documents holding any of the terms in the field. A term set query
    reads the field's whole term dictionary (some 0.4 ms at 100,000 facts, even for one
    term: a search's dozen of them were a third of its work); a term query looks its
    term up. So up to MAX_TERM_CLAUSES terms, each a term query, any of them; more, a
    set. The same documents either way."""
    import tantivy

    unique = sorted(set(terms))
    if not unique or len(unique) > MAX_TERM_CLAUSES:
        return tantivy.Query.term_set_query(schema, field, unique)
    if len(unique) == 1:
        return tantivy.Query.term_query(schema, field, unique[0])
    should = tantivy.Occur.Should
    return tantivy.Query.boolean_query(
        [(should, tantivy.Query.term_query(schema, field, t)) for t in unique]
    )


# ---- the cache folder: where it is, private, and never a symlink


def cache_folder() -> str | None:
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
    return os.path.join(base, "defcoop")


def usable_folder() -> str | None:
    """The cache folder, created if need be; None if it is not safe to use (a symlink, not
    a folder, not ours) or cannot be made."""
    folder = cache_folder()
    if folder is None:
        return None
    try:
        os.fspath(folder).encode("utf-8")  # tantivy takes its paths as UTF-8 strings
    except UnicodeEncodeError:
        return None
    try:
        try:
            info = os.lstat(folder)  # the usual case: there already, nothing to make
        except FileNotFoundError:
            os.makedirs(os.path.dirname(folder), mode=0o700, exist_ok=True)
            with suppress(FileExistsError):
                os.mkdir(folder, mode=0o700)
            info = os.lstat(folder)
        if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid():
            return None  # a symlink, a file, or someone else's folder: no cache
        if stat.S_IMODE(info.st_mode) & 0o077:
            os.chmod(folder, 0o700, follow_symlinks=False)
    except (OSError, ValueError, NotImplementedError):
        return None
    return folder
