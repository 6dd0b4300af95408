"""The search engine on disk: tantivy finds candidates, defcoop's scorer ranks them.

An index is a folder, built once per fact-base content (all layers) and never changed:

- `main/`: a tantivy index, one document per fact: its position (the fact base's order),
  the words of each search field (statement, entity names, keywords, topic names, quote),
  its statement's length, its id, and its facets (kind, topics, entities, source, claim,
  the entities it gives a role of);
- `vocab/`: a tantivy index of the words, one document each, for exact, prefix and typo
  look-ups of a query term (tantivy's Levenshtein automata, a swap counting one edit);
- `words.txt`: the same words, sorted, one a line, for the "did you mean" that scores a
  term against all of them (read in a few milliseconds, where tantivy's term dictionary
  took 90 at 68,000 words);
- `facts.jsonl` and `offsets.bin`: the facts, one JSON line each with its CRC-32, read by
  position;
- `entities.jsonl`, `entity-offsets.bin` and `entity-order.bin`: the entities the same way,
  and their positions in id order, so that one is found by id without reading the rest;
- `catalogue.json`: sources, topics, curator notes, the entities that have roles, and the
  layers: what every command may need, small whatever the number of facts;
- `meta.json`: what the folder is (magic, format, versions, the content it was built from,
  the catalogue's and the word list's CRC-32s).

The scorer in `search.py` asks `hits` for the facts a term's matched words reach, one query
per score and field, and ranks them itself: the ranking rules and `--explain` are the ones
used in memory. Any failure while reading the folder, whatever its type (tantivy reports
damage as ValueError, or as a Rust panic that is not even an Exception), is a CorruptIndex,
and the caller rebuilds.
"""

from __future__ import annotations

import json
import mmap
import zlib
from array import array
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import cached_property, wraps
from pathlib import Path
from typing import Any, TypeVar

from defcoop_cli import __version__
from defcoop_cli.factbase.loader import FactBase, Layer
from defcoop_cli.factbase.records import (
    Doc,
    Entity,
    Fact,
    Topic,
    doc_record,
    entity_record,
    fact_record,
    record_json,
)
from defcoop_cli.lookup.fields import FIELD_WEIGHTS, FIELDS, FieldWords, facet_keys, role_facts
from defcoop_cli.lookup.protocol import Best
from defcoop_cli.lookup.text import tokens

MAGIC = "defcoop search index"
FORMAT = "14"
# tantivy's writer memory: a larger heap builds in fewer segments, a smaller one uses less.
# 32 MiB: a 100,000-fact base still builds in one segment, and the cold build's peak
# memory stays within a tenth of the parse's (the file's text and its records), since
# build() consumes the facts as it goes.
WRITER_HEAP = 32 * 1024 * 1024
# The fields of the records the index stores: an index written with other fields (by a
# checkout whose records changed, FORMAT or not) is not read.
RECORDS = "|".join(",".join(r._fields) for r in (Fact, Entity))
Progress = Callable[[int, int], None]  # (facts indexed, facts in all)
F = TypeVar("F", bound=Callable[..., Any])


class CorruptIndex(Exception):
    """An index folder that cannot be trusted; the caller rebuilds it."""


def available() -> bool:
    """Whether tantivy can be imported here (its wheels need Python 3.11 or newer)."""
    try:
        import tantivy  # noqa: F401
    except ImportError:
        return False
    return True


def _crc(data: bytes) -> int:
    return zlib.crc32(data)


_QUIET_DEPTH = [0]


@contextmanager
def quiet_stderr() -> Iterator[None]:
    """fd 2 on /dev/null: a Rust panic prints its own lines to stderr before Python sees
    it, and defcoop's stderr carries only its own one-line messages. The signal handler
    writes to the saved copy meanwhile. Nested uses silence once (the outermost)."""
    import os

    from defcoop_cli import STDERR_FD

    if _QUIET_DEPTH[0]:
        _QUIET_DEPTH[0] += 1
        try:
            yield
        finally:
            _QUIET_DEPTH[0] -= 1
        return
    try:
        saved = os.dup(2)
    except OSError:
        yield
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    STDERR_FD[0] = saved
    os.dup2(devnull, 2)
    _QUIET_DEPTH[0] = 1
    try:
        yield
    finally:
        _QUIET_DEPTH[0] = 0
        os.dup2(saved, 2)
        STDERR_FD[0] = 2
        os.close(saved)
        os.close(devnull)


def guarded(method: F) -> F:
    """Any failure inside method, even a Rust panic (a BaseException), becomes a
    CorruptIndex; Ctrl-C, exits and defcoop's own errors pass through."""
    from defcoop_cli.errors import DefcoopError

    @wraps(method)
    def run(self: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            with quiet_stderr():
                return method(self, *args, **kwargs)
        except (KeyboardInterrupt, SystemExit, CorruptIndex, DefcoopError):
            raise
        except BaseException as e:
            raise CorruptIndex(f"{type(e).__name__}: {e}") from None

    return run  # type: ignore[return-value]


# ---- building


def _schemas() -> tuple[Any, Any]:
    import tantivy

    main = tantivy.SchemaBuilder()
    main.add_unsigned_field("pos", stored=False, indexed=True, fast=True)
    main.add_unsigned_field("len", stored=False, indexed=False, fast=True)
    for field in FIELDS:
        main.add_text_field(field, stored=False, tokenizer_name="whitespace", index_option="basic")
    main.add_text_field("facet", stored=False, tokenizer_name="raw", index_option="basic")
    main.add_text_field("id", stored=False, tokenizer_name="raw", index_option="basic")
    vocab = tantivy.SchemaBuilder()
    vocab.add_text_field("w", stored=True, tokenizer_name="raw", index_option="basic")
    return main.build(), vocab.build()


def build(fb: FactBase, folder: Path, content: str, progress: Progress | None = None) -> None:
    """Write the index of fb into folder (an empty folder that the caller publishes).

    fb's list of facts is consumed, front to back: each entry is set to None once its fact
    is indexed and written, so that the facts' memory goes back as the index grows (at
    100,000 facts the records and tantivy's writer would otherwise peak together). The
    caller must hold no other reference to the facts, and must not use fb's facts after."""
    import tantivy

    main_schema, vocab_schema = _schemas()
    (folder / "main").mkdir()
    (folder / "vocab").mkdir()
    writer = tantivy.Index(main_schema, path=str(folder / "main")).writer(WRITER_HEAP, 1)
    field_words = FieldWords(fb.doc.topics, fb.doc.entities)
    roles = role_facts(fb.doc.entities)
    vocabulary: set[str] = set()
    offsets = array("Q", [0])
    total = len(fb.doc.facts)
    _write_records(folder, "entities.jsonl", "entity-offsets.bin", fb.doc.entities)
    order = sorted(range(len(fb.doc.entities)), key=lambda i: fb.doc.entities[i].id)
    (folder / "entity-order.bin").write_bytes(array("Q", order).tobytes())
    facts: list[Any] = fb.doc.facts  # entries become None as they are indexed
    with open(folder / "facts.jsonl", "wb") as facts_file:
        for position in range(total):
            fact, facts[position] = facts[position], None
            doc = tantivy.Document()
            doc.add_unsigned("pos", position)
            statement = tokens(fact.statement)
            doc.add_unsigned("len", len(statement))
            for field, words in zip(FIELDS, field_words.of(fact, statement), strict=True):
                if words:  # one call per field: the whitespace tokenizer splits the words
                    doc.add_text(field, " ".join(words))
                    vocabulary.update(words)
            for key in facet_keys(fact, roles):
                doc.add_text("facet", key)
            doc.add_text("id", fact.id)
            writer.add_document(doc)
            # A fact's fields are strings, lists of strings and a span: json.dumps writes the
            # record (a tuple) as the list of its values, as _record_line would, faster.
            body = json.dumps(fact, ensure_ascii=False).encode()
            line = b"%08x " % _crc(body) + body + b"\n"
            facts_file.write(line)
            offsets.append(offsets[-1] + len(line))
            if progress is not None and (position % 1000 == 999 or position + 1 == total):
                progress(position + 1, total)
    fact = None  # the last one too
    writer.commit()
    writer.wait_merging_threads()
    del writer  # its memory goes back before the vocabulary's writer takes its own
    every_word = sorted(vocabulary)
    del vocabulary
    _build_vocabulary(folder / "vocab", vocab_schema, every_word)
    word_list = "\n".join(every_word).encode("utf-8")  # a token never holds white space
    (folder / "words.txt").write_bytes(word_list)
    (folder / "offsets.bin").write_bytes(offsets.tobytes())
    catalogue = _catalogue(fb)
    (folder / "catalogue.json").write_bytes(catalogue)
    meta = {
        "magic": MAGIC,
        "format": FORMAT,
        "defcoop": __version__,
        "tantivy": getattr(tantivy, "__version__", ""),
        "content": content,
        "facts": total,
        "words": len(every_word),
        "words_crc": _crc(word_list),
        "catalogue_crc": _crc(catalogue),
        "records": RECORDS,
        "files": _files(folder),
    }
    meta["check"] = _crc(json.dumps(meta, sort_keys=True).encode())
    (folder / "meta.json").write_text(json.dumps(meta), encoding="utf-8")


def _files(folder: Path) -> dict[str, list[int]]:
    """Every file of the index but meta.json and tantivy's lock files, with its size and
    modification time: a file changed after the build (an edit, a copy, a truncation) is
    found by a stat, without reading it. Damage that leaves both alone (a bit flipped by the
    disk itself) is caught only where a checksum covers it: tantivy's footers, the facts'
    CRC-32s."""
    import os

    found = {}
    for entry in _walk(folder):
        name = os.path.relpath(entry.path, folder)
        if name != "meta.json" and not entry.name.endswith(".lock"):
            info = entry.stat(follow_symlinks=False)
            found[name] = [info.st_size, info.st_mtime_ns]
    return dict(sorted(found.items()))


def _walk(folder: Path) -> Iterator[Any]:
    import os

    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                yield from _walk(Path(entry.path))
            elif entry.is_file(follow_symlinks=False):
                yield entry
            else:
                raise ValueError(f"{entry.path}: neither a file nor a folder")


def _build_vocabulary(folder: Path, schema: Any, words: Sequence[str]) -> None:
    import tantivy

    writer = tantivy.Index(schema, path=str(folder)).writer(WRITER_HEAP, 1)
    for word in words:
        doc = tantivy.Document()
        doc.add_text("w", word)
        writer.add_document(doc)
    writer.commit()
    writer.wait_merging_threads()


def _catalogue(fb: FactBase) -> bytes:
    """Everything but the facts and the entities, as the JSON data doc_record reads, with
    the entities that have roles and the layers."""
    doc = record_json(fb.doc._replace(facts=[], entities=[]))
    body = {
        **doc,
        "role_entities": record_json([e for e in fb.doc.entities if e.roles]),
        "entity_count": len(fb.doc.entities),
        "layers": [{"starts": layer.starts, "sizes": layer.sizes} for layer in fb.layers],
    }
    return json.dumps(body, ensure_ascii=False).encode("utf-8")


def _record_line(record: Any) -> bytes:
    """One record as a line: its CRC-32, then its fields' values as a JSON list."""
    line = json.dumps(list(record_json(record).values()), ensure_ascii=False).encode()
    return b"%08x " % _crc(line) + line + b"\n"


def _write_records(folder: Path, name: str, offsets_name: str, records: Sequence[Any]) -> None:
    offsets = array("Q", [0])
    with open(folder / name, "wb") as out:
        for record in records:
            line = _record_line(record)
            out.write(line)
            offsets.append(offsets[-1] + len(line))
    (folder / offsets_name).write_bytes(offsets.tobytes())


# ---- reading


def _count(searcher: Any, query: Any) -> int:
    """How many documents match (tantivy wants a limit of 1 or more, even to count)."""
    return int(getattr(searcher.search(query, 1, count=True), "count", 0) or 0)


class TantivyVocabulary:
    """The fact base's words, looked up in the vocab index."""

    def __init__(self, index: DiskIndex) -> None:
        self._index = index

    @guarded
    def has(self, word: str) -> bool:
        return bool(self._index.words_searcher.doc_freq("w", word))

    @guarded
    def starting(self, prefix: str, limit: int) -> list[str]:
        most = max(1, min(limit, int(self._index.meta["words"])))
        found = self._index.words_searcher.terms_with_prefix("w", prefix, limit=most)
        return sorted(term for term, _ in found)

    @guarded
    def near(self, term: str, edits: int) -> list[str]:
        import tantivy

        searcher = self._index.words_searcher
        query = tantivy.Query.fuzzy_term_query(self._index.vocab_schema, "w", term, edits, True)
        count = _count(searcher, query)
        if not count:
            return []
        hits = searcher.search(query, count).hits
        return sorted(searcher.doc(address)["w"][0] for _, address in hits)

    @cached_property
    def _all(self) -> list[str]:
        index = self._index
        data = (index.folder / "words.txt").read_bytes()
        if _crc(data) != index.meta["words_crc"]:
            raise CorruptIndex(f"{index.folder}: the word list fails its checksum")
        words = data.decode("utf-8").split("\n") if data else []
        if len(words) != int(index.meta["words"]):
            raise CorruptIndex(f"{index.folder}: the word list holds another number of words")
        return words

    @guarded
    def words(self) -> Sequence[str]:
        return self._all


class _Records:
    """A file of record lines (CRC-32, then the values as JSON), read by position through
    its offsets; every line read is checked against its CRC."""

    def __init__(self, folder: Path, name: str, offsets: str, count: int) -> None:
        self.folder, self.name, self.offsets_name, self.count = folder, name, offsets, count

    def __enter__(self) -> _Records:
        with (
            open(self.folder / self.offsets_name, "rb") as f,
            open(self.folder / self.name, "rb") as lines,
        ):
            self._offsets = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
            try:
                self._lines = mmap.mmap(lines.fileno(), 0, access=mmap.ACCESS_READ)
            except ValueError:  # an empty file cannot be mapped
                self._lines = mmap.mmap(-1, 1)
        if len(self._offsets) != 8 * (self.count + 1):
            raise CorruptIndex(f"{self.folder}: {self.offsets_name} has another length")
        return self

    def __exit__(self, *_: object) -> None:
        self._offsets.close()
        self._lines.close()

    def values(self, position: int) -> list[Any]:
        if not 0 <= position < self.count:
            raise CorruptIndex(f"{self.folder}: no record {position} in {self.name}")
        start, end = array("Q", self._offsets[position * 8 : position * 8 + 16])
        crc, _, line = self._lines[start:end].rstrip(b"\n").partition(b" ")
        if int(crc, 16) != _crc(line):
            raise CorruptIndex(f"{self.folder}: record {position} of {self.name} fails its CRC")
        values = json.loads(line)
        if not isinstance(values, list):
            raise CorruptIndex(f"{self.folder}: record {position} of {self.name} is not a list")
        return values


class DiskIndex:
    """An index folder opened for reading. It reads only what a command asks for: a search
    reads the words it matches and the facts it shows, never the whole fact base."""

    def __init__(self, folder: Path, paths: Sequence[Path], content: str) -> None:
        self.folder, self.paths, self.content = folder, list(paths), content
        self._lengths: dict[int, int] = {}
        self._entity_memo: dict[str, Entity | None] = {}
        try:
            with quiet_stderr():
                self._open(folder, content)
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException as e:
            raise CorruptIndex(f"{folder}: {type(e).__name__}: {e}") from None

    def _open(self, folder: Path, content: str) -> None:
        meta = json.loads((folder / "meta.json").read_bytes())
        if not isinstance(meta, dict):
            raise TypeError("meta.json is not an object")
        expected = {"magic": MAGIC, "format": FORMAT, "defcoop": __version__, "records": RECORDS}
        for key, value in {**expected, "content": content}.items():
            if meta.get(key) != value:
                raise ValueError(f"{key} is {meta.get(key)!r}, not {value!r}")
        body = {k: v for k, v in meta.items() if k != "check"}
        if meta.get("check") != _crc(json.dumps(body, sort_keys=True).encode()):
            raise ValueError("meta.json fails its checksum")
        if _files(folder) != meta["files"]:
            raise ValueError("a file of the index changed after it was built")
        self.meta = meta
        self._count = int(meta["facts"])
        import tantivy

        main = tantivy.Index.open(str(folder / "main"))
        vocab = tantivy.Index.open(str(folder / "vocab"))
        self.schema, self.vocab_schema = main.schema, vocab.schema
        self.searcher, self.words_searcher = main.searcher(), vocab.searcher()
        if self.searcher.num_docs != self._count:
            raise ValueError("the index holds another number of facts")

    # -- the catalogue, read on first use

    @cached_property
    @guarded
    def _catalogue(self) -> dict[str, Any]:
        data = (self.folder / "catalogue.json").read_bytes()
        if _crc(data) != self.meta["catalogue_crc"]:
            raise CorruptIndex(f"{self.folder}: the catalogue fails its checksum")
        body = json.loads(data)
        if not isinstance(body, dict):
            raise CorruptIndex(f"{self.folder}: the catalogue is not an object")
        return body

    @cached_property
    @guarded
    def doc(self) -> Doc:
        """The fact base's records without its facts."""
        return doc_record({**self._catalogue, "facts": []}, facts=[])

    @cached_property
    @guarded
    def layers(self) -> tuple[Layer, ...]:
        found = self._catalogue["layers"]
        if len(found) != len(self.paths):
            raise CorruptIndex(f"{self.folder}: the layers do not match the fact files")
        return tuple(
            Layer(path, dict(layer["starts"]), dict(layer["sizes"]))
            for path, layer in zip(self.paths, found, strict=True)
        )

    @property
    def topics(self) -> list[Topic]:
        return self.doc.topics

    @cached_property
    @guarded
    def _entities(self) -> list[Entity]:
        count = int(self._catalogue["entity_count"])
        return self._records("entities.jsonl", "entity-offsets.bin", range(count), Entity)

    @property
    def entities(self) -> list[Entity]:
        return self._entities

    @cached_property
    @guarded
    def _entity_order(self) -> array[int]:
        order = array("Q")
        order.frombytes((self.folder / "entity-order.bin").read_bytes())
        if len(order) != int(self._catalogue["entity_count"]):
            raise CorruptIndex(f"{self.folder}: the entity order has {len(order)} entries")
        return order

    def entity(self, entity_id: str) -> Entity | None:
        if entity_id not in self._entity_memo:
            self._entity_memo[entity_id] = self._find_entity(entity_id)
        return self._entity_memo[entity_id]

    @guarded
    def _find_entity(self, entity_id: str) -> Entity | None:
        """By bisection over the entities in id order: a handful of lines read."""
        count = int(self._catalogue["entity_count"])
        if not count:
            return None
        order = self._entity_order
        with _Records(self.folder, "entities.jsonl", "entity-offsets.bin", count) as records:
            lo, hi = 0, count
            while lo < hi:
                mid = (lo + hi) // 2
                if records.values(order[mid])[0] < entity_id:
                    lo = mid + 1
                else:
                    hi = mid
            if lo < count:
                values = records.values(order[lo])
                if values[0] == entity_id:
                    return entity_record(dict(zip(Entity._fields, values, strict=True)))
        return None

    @cached_property
    @guarded
    def _role_entities(self) -> list[Entity]:
        return [entity_record(e) for e in self._catalogue["role_entities"]]

    def role_entities(self) -> list[Entity]:
        return self._role_entities

    def catalogue(self) -> Doc:
        return self.doc

    @guarded
    def facet_count(self, name: str) -> int:
        return int(self.searcher.doc_freq("facet", name))

    # -- the Index protocol

    @cached_property
    def _vocabulary(self) -> TantivyVocabulary:
        return TantivyVocabulary(self)

    def vocabulary(self) -> TantivyVocabulary:
        return self._vocabulary

    def size(self) -> int:
        return self._count

    @guarded
    def hits(self, scores: dict[str, float]) -> dict[int, Best]:
        """Each position's best match: one query per score and field, best first. A query
        over several words cannot say which matched: its word is left empty."""
        import tantivy

        tiers: dict[float, list[str]] = defaultdict(list)
        for word, score in scores.items():
            tiers[score].append(word)
        best: dict[int, Best] = {}
        for score, words in sorted(tiers.items(), reverse=True):
            word = words[0] if len(words) == 1 else ""
            for code, field in enumerate(FIELDS):
                query = tantivy.Query.term_set_query(self.schema, field, sorted(words))
                key = (-score * FIELD_WEIGHTS[code], code, word)
                for position in self._positions(query):
                    held = best.get(position)
                    if held is None or key < held:
                        best[position] = key
        return best

    def _positions(self, query: Any, lengths: bool = False) -> list[int]:
        count = _count(self.searcher, query)
        if not count:
            return []
        addresses = [address for _, address in self.searcher.search(query, count).hits]
        positions = [int(p or 0) for p in self.searcher.fast_field_values("pos", addresses)]
        if lengths:
            found = self.searcher.fast_field_values("len", addresses)
            self._lengths.update(zip(positions, (int(n or 0) for n in found), strict=True))
        return positions

    @guarded
    def in_field(self, word: str, field: str) -> bool:
        return bool(self.searcher.doc_freq(field, word))

    @guarded
    def facet(self, name: str) -> set[int]:
        import tantivy

        return set(self._positions(tantivy.Query.term_query(self.schema, "facet", name)))

    @guarded
    def lengths(self, positions: Sequence[int]) -> list[int]:
        missing = [p for p in positions if p not in self._lengths]
        if missing:
            import tantivy

            query = tantivy.Query.term_set_query(self.schema, "pos", missing)
            self._positions(query, lengths=True)
        return [self._lengths[p] for p in positions]

    @guarded
    def fact(self, fact_id: str) -> Fact | None:
        import tantivy

        found = self._positions(tantivy.Query.term_query(self.schema, "id", fact_id))
        return self.facts_at(found[:1])[0] if found else None

    @guarded
    def fact_ids(self) -> Sequence[str]:
        """The id field's terms: read from the term dictionary, not from the facts."""
        found = self.searcher.terms_with_prefix("id", "", limit=max(1, self._count))
        return [term for term, _ in found]

    @guarded
    def facts_at(self, positions: Sequence[int]) -> list[Fact]:
        return self._records("facts.jsonl", "offsets.bin", positions, Fact)

    def _records(self, name: str, offsets: str, positions: Sequence[int], kind: Any) -> list[Any]:
        if not positions:
            return []
        count = self._count if kind is Fact else int(self._catalogue["entity_count"])
        build = fact_record if kind is Fact else entity_record
        with _Records(self.folder, name, offsets, count) as records:
            return [
                build(dict(zip(kind._fields, records.values(p), strict=True))) for p in positions
            ]

    @cached_property
    def _catalogue_base(self) -> FactBase:
        """The fact base without its facts: where each source lives, and its text."""
        return FactBase(self.paths[-1], self.doc, self.layers)

    def source_text(self, source_id: str) -> str:
        return self._catalogue_base.source_text(source_id)

    @guarded
    def factbase(self) -> FactBase:
        """The whole fact base: every fact read from the index."""
        facts = self.facts_at(range(self._count))
        doc = self.doc._replace(facts=facts, entities=self.entities)
        return FactBase(self.paths[-1], doc, self.layers)
