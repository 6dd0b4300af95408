"""Building an index folder (layout.py) from a fact base: tantivy's two indexes, the
record files, the word list, the catalogue, and last the meta.json that vouches for them."""

from __future__ import annotations

import json
import marshal
from array import array
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from itertools import accumulate, chain, compress, repeat
from operator import attrgetter, itemgetter
from pathlib import Path
from typing import Any

from defcoop_cli.factbase.loader import FactBase
from defcoop_cli.factbase.records import Entity, record_json
from defcoop_cli.index.layout import (
    crc,
    identity,
    length_width,
    listed_files,
    record_line,
    write_lines,
)
from defcoop_cli.index.writing.documents import (
    EVENT,
    KIND,
    SOURCE,
    TOPICS,
    EventsOf,
    FactDocuments,
    fact_columns,
    record_lines,
)
from defcoop_cli.lookup.search.fields import (
    FIELDS,
    PAIRED,
    EventTallies,
    FieldWords,
    Tallies,
    entity_types,
    regional_places,
    role_facts,
)

# tantivy's writer memory: a larger heap builds in fewer segments, a smaller one uses less.
# 48 MiB: a 100,000-fact base (benchmarks/generate.py --realistic) builds in one segment,
# where 32 MiB made two: a search then reads one segment's dictionaries, not two (a warm
# search's peak 2 to 3 MB less), for no more build CPU and 2 MB more of the cold build's
# peak; 64 MiB is one segment too, for 4 MB more (RESULTS, thirteenth session).
WRITER_HEAP = 48 * 1024 * 1024
# Facts taken together, their documents handed to tantivy together. Fed one at a time as
# each is made, its indexing thread sleeps and is woken for every document: at 100,000
# facts on an idle second core, 1.0 s of CPU in this thread and 0.7 s in tantivy's; fed
# 200 at a time, neither. (A divisor of 1,000: progress is told every 1,000 facts.)
BATCH = 200
# The vocabulary index's words a document: its look-ups read terms (exact, prefix) or the
# documents a typo's automaton reaches, whose few words are then measured one by one
# (engine.TantivyVocabulary.near). One document a word cost 0.15 s of CPU at 68,000 words
# (100,000 facts), most of it a Python call and a tantivy document a word; 64 a document,
# 0.07 s.
VOCAB_CHUNK = 64
Progress = Callable[[int, int], None]  # (facts indexed, facts in all)
_NESTED = attrgetter("roles", "participants")  # an entity's records of other types


def _schemas() -> tuple[Any, Any]:
    import tantivy

    main = tantivy.SchemaBuilder()
    # read by hit (fast), never searched; the statements' lengths are in lengths.bin
    main.add_unsigned_field("pos", stored=False, indexed=False, fast=True)
    for field in FIELDS:  # FieldWords.texts: a pair of neighbours is a phrase of these
        option = "position" if field in PAIRED else "basic"
        main.add_text_field(field, stored=False, tokenizer_name="whitespace", index_option=option)
    # FactDocuments.facet_text: one text a fact, one call and one value where there were nine
    main.add_text_field("facet", stored=False, tokenizer_name="whitespace", index_option="basic")
    main.add_text_field("id", stored=False, tokenizer_name="raw", index_option="basic")
    vocab = tantivy.SchemaBuilder()
    # VOCAB_CHUNK words a document, apart by spaces (a token never holds white space)
    vocab.add_text_field("w", stored=True, tokenizer_name="whitespace", index_option="basic")
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
    index = tantivy.Index(main_schema, path=str(folder / "main"))
    writer = index.writer(WRITER_HEAP, 1)
    field_words = FieldWords(fb.doc.topics, fb.doc.entities)
    types = entity_types(fb.doc.entities)
    # the facts' (event, source, kind, topics), counted: the tallies count each once
    alike: Counter[tuple[str | None, str, str, tuple[str, ...]]] = Counter()
    events = EventsOf(fb.sources)
    offsets = array("Q", [0])
    total = len(fb.doc.facts)
    _write_entities(folder, fb.doc.entities)
    order = sorted(range(len(fb.doc.entities)), key=lambda i: fb.doc.entities[i].id)
    entity_order = array("Q", order).tobytes()
    (folder / "entity-order.bin").write_bytes(entity_order)
    kinds = _entity_types(fb.doc.entities)
    code = {kind: n for n, kind in enumerate(kinds)}
    entity_types_of = bytes(code[e.type] for e in fb.doc.entities)
    (folder / "entity-types.bin").write_bytes(entity_types_of)
    facts: list[Any] = fb.doc.facts  # entries become None as they are indexed
    documents = FactDocuments(field_words, role_facts(fb.doc.entities), types)
    document = tantivy.Document.from_dict  # one call a fact, where add_text was one a field
    lines_of = record_lines()
    # A batch's facts at a time, each step mapped over them (in C, where it can be).
    quotes_crc = 0
    with open(folder / "facts.records", "wb") as facts_file, open(folder / "quotes.txt", "wb") as q:
        for start in range(0, total, BATCH):
            end = min(start + BATCH, total)
            batch, facts[start:end] = facts[start:end], [None] * (end - start)
            columns = fact_columns(batch)  # each field's values, made once for every step
            sources = columns[SOURCE]
            event_ids = list(map(events.__getitem__, zip(columns[EVENT], sources, strict=True)))
            alike.update(zip(event_ids, sources, columns[KIND], columns[TOPICS], strict=True))
            made = documents.of(start, batch, event_ids, columns)
            _add(writer, list(map(document, made, repeat(main_schema))))
            quoted = documents.taken_quotes()
            q.write(quoted)
            quotes_crc = crc(quoted, quotes_crc)
            lines = lines_of(batch)
            facts_file.write(b"".join(lines))
            ends = accumulate(map(len, lines), initial=offsets[-1])
            next(ends)  # the initial: the batch's start, there already
            offsets.extend(ends)
            if progress is not None and (end % 1000 == 0 or end == total):
                progress(end, total)
    # tantivy commits without Python's lock: the tables that need no index are written
    # meanwhile, where this thread would otherwise wait for the last segment.
    committing = _Committing(writer)
    del writer  # its memory goes back before the vocabulary's writer takes its own
    try:
        parts = sorted(field_words.named_parts(*documents.named()))
        name_parts = "\n".join(parts).encode("utf-8")
        (folder / "nameparts.txt").write_bytes(name_parts)
        (folder / "offsets.bin").write_bytes(offsets.tobytes())
        width = length_width(max(documents.lengths, default=0))
        lengths = array(width, documents.lengths).tobytes()
        (folder / "lengths.bin").write_bytes(lengths)
        catalogue = _catalogue(fb, kinds)
        (folder / "catalogue.bin").write_bytes(catalogue)
        counts = _tallies(alike, fb)
        tally = json.dumps(counts, ensure_ascii=False).encode("utf-8")
        (folder / "tallies.json").write_bytes(tally)
    finally:  # tantivy never left writing into a folder that the caller then removes
        committing.join()
    committing.wait()
    every_word = documents.every_word(_indexed_words(index))
    del index  # the main index let go before the vocabulary's writer takes its memory
    _build_vocabulary(folder / "vocab", vocab_schema, every_word)
    word_list = "\n".join(every_word).encode("utf-8")  # a token never holds white space
    (folder / "words.txt").write_bytes(word_list)
    meta = {
        **identity(),
        "tantivy": getattr(tantivy, "__version__", ""),
        "content": content,
        "facts": total,
        "words": len(every_word),
        "words_crc": crc(word_list),
        "nameparts": len(parts),
        "nameparts_crc": crc(name_parts),
        "catalogue_crc": crc(catalogue),
        "tallies_crc": crc(tally),
        "lengths_crc": crc(lengths),
        "lengths_width": width,
        "entity_order_crc": crc(entity_order),
        "entity_types_crc": crc(entity_types_of),
        "quotes": total,
        "quotes_crc": quotes_crc,
        "files": listed_files(folder),
    }
    meta["check"] = crc(json.dumps(meta, sort_keys=True).encode())
    (folder / "meta.json").write_text(json.dumps(meta), encoding="utf-8")


class _Committing:
    """A tantivy writer's commit, and the wait for its merges, in a thread of its own;
    wait() joins it, and raises what it raised (an I/O error is a ValueError)."""

    def __init__(self, writer: Any) -> None:
        import threading

        self._writer: Any = writer
        self._failed: BaseException | None = None
        self._thread = threading.Thread(target=self._commit, name="defcoop-commit")
        self._thread.start()

    def _commit(self) -> None:
        try:
            self._writer.commit()
            self._writer.wait_merging_threads()
        except BaseException as e:  # handed to wait(), in the caller's thread
            self._failed = e
        finally:
            self._writer = None  # the writer's memory goes back with the thread's work

    def join(self) -> None:
        self._thread.join()

    def wait(self) -> None:
        self._thread.join()
        if self._failed is not None:
            raise self._failed


def _write_entities(folder: Path, entities: list[Entity]) -> None:
    """The entities' record lines (layout.record_line's): mapped in C, as a fact's, but
    for an entity with roles or participants, whose records record_line writes as dicts."""
    nested = list(map(any, map(_NESTED, entities)))
    lines = record_lines()([() if n else e for e, n in zip(entities, nested, strict=True)])
    for i in compress(range(len(entities)), nested):
        lines[i] = record_line(entities[i])
    write_lines(folder, "entities.records", "entity-offsets.bin", lines)


def _indexed_words(index: Any) -> Iterator[str]:
    """The words of the committed index's statement and quote fields: their term
    dictionaries, read whole (tantivy's whitespace tokenizer split their texts)."""
    index.reload()  # the commit seen now, not after the reader's own delay
    searcher = index.searcher()
    read = searcher.terms_with_prefix
    return map(itemgetter(0), chain(read("statement", ""), read("quote", "")))


def _add(writer: Any, batch: list[Any]) -> None:
    """Hand tantivy a batch of documents at once."""
    for doc in batch:
        writer.add_document(doc)


def _tallies(
    alike: Counter[tuple[str | None, str, str, tuple[str, ...]]], fb: FactBase
) -> dict[str, Any]:
    """The sources' tallies, and each event's (fields.Tallies, fields.EventTallies), from
    the facts' (event, source, kind, topics) counted in the order first met: the same as
    adding the facts one by one."""
    tallies, event_tallies = Tallies(), EventTallies(fb.sources)
    for (event, source, kind, topics), facts in alike.items():
        tallies.count(source, kind, topics, facts)
        event_tallies.count(event, source, kind, topics, facts)
    return {"sources": tallies.done(), "events": event_tallies.done()}


def _build_vocabulary(folder: Path, schema: Any, words: Sequence[str]) -> None:
    import tantivy

    writer = tantivy.Index(schema, path=str(folder)).writer(WRITER_HEAP, 1)
    for start in range(0, len(words), VOCAB_CHUNK):
        doc = tantivy.Document()
        doc.add_text("w", " ".join(words[start : start + VOCAB_CHUNK]))
        writer.add_document(doc)
    writer.commit()
    writer.wait_merging_threads()


def _entity_types(entities: Sequence[Entity]) -> dict[str, int]:
    """Each entity type, in the order first met, with the length of its longest id: a
    listing's id column is as wide as that before its first entity is read."""
    widths: dict[str, int] = {}
    for e in entities:
        widths[e.type] = max(widths.get(e.type, 0), len(e.id))
    return widths


def _catalogue(fb: FactBase, kinds: dict[str, int]) -> bytes:
    """Everything but the facts and the entities, as the JSON data doc_record reads (written
    by marshal, as the record lines are), with
    the entities that have roles, the places that lie in a region, each entity type's
    longest id, and the layers."""
    doc = record_json(fb.doc._replace(facts=[], entities=[]))
    body = {
        **doc,
        "role_entities": record_json([e for e in fb.doc.entities if e.roles]),
        "regional_places": record_json(regional_places(fb.doc.entities)),
        "entity_count": len(fb.doc.entities),
        "entity_types": kinds,
        "layers": [
            {"starts": layer.starts, "sizes": layer.sizes, "skipped": layer.skipped}
            for layer in fb.layers
        ],
    }
    return marshal.dumps(body)  # read at every open: loaded in C, some 3 × json's speed
