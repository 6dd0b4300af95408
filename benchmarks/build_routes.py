"""Routes for the cold build's own work at 100,000 facts, measured in process, interleaved.

    python benchmarks/build_routes.py --big DIR/facts.json [--rounds 5]

Each round times, in turn and in this one process (the collector off, as the build runs):
the record lines as the build writes them (marshal, documents.record_lines) against the
JSON lines it wrote before (CPython's C encoder, one call a record, and one call a batch
of 200 with the records cut apart at a key separator no string can hold); and tantivy's
writer fed the same 100,000 documents at other heap sizes and thread counts (its CPU is
the whole process's: tantivy's threads too). Each route's output is checked against the
build's before it is timed (the same decoded records; the same documents). Figures are
medians; each ratio divides two medians of the same run.

`--fields`: also the build's writer fed the documents with one field left out, field by
field: what each field the searches read costs tantivy to index (no route, a price list).
"""

from __future__ import annotations

import argparse
import gc
import json.encoder
import marshal
import resource
import shutil
import statistics
import tempfile
import zlib
from collections.abc import Callable
from itertools import repeat
from json.encoder import encode_basestring
from operator import getitem
from pathlib import Path
from typing import Any

from defcoop_cli.factbase.loader import load_layers
from defcoop_cli.index.writing import building
from defcoop_cli.index.writing.documents import EventsOf, FactDocuments, record_lines
from defcoop_cli.lookup.search.fields import FIELDS, FieldWords, entity_types, role_facts

LINE = b"%08x %s\n".__mod__
KEYS = [f"{i:04d}" for i in range(building.BATCH)]  # each one 6 bytes quoted
WRITERS = [(32, 1), (48, 1), (64, 1), (64, 2), (128, 2)]  # MiB, threads


def cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def json_lines() -> Callable[[list[Any]], list[bytes]]:
    """The lines as the build wrote them before: one C encoder call a record."""
    encode = json.encoder.c_make_encoder(  # type: ignore[attr-defined]
        None, None, encode_basestring, None, ": ", ", ", False, False, True
    )

    def lines(records: list[Any]) -> list[bytes]:
        bodies = list(map(str.encode, map("".join, map(encode, records, repeat(0)))))
        return list(map(LINE, zip(map(zlib.crc32, bodies), bodies, strict=True)))

    return lines


def json_batch_lines() -> Callable[[list[Any]], list[bytes]]:
    """One encoder call a batch: the records as a dict's values, the key separator NUL
    (a JSON string holds none raw), so that the text is cut at each key."""
    encode = json.encoder.c_make_encoder(  # type: ignore[attr-defined]
        None, None, encode_basestring, None, "\x00", ", ", False, False, True
    )
    cut = slice(None, -8)  # the next key, ", \"0001\"", and nothing of the record

    def lines(records: list[Any]) -> list[bytes]:
        text = "".join(encode(dict(zip(KEYS, records, strict=False)), 0)).encode()
        parts = text.split(b"\x00")[1:]
        bodies = [*map(getitem, parts[:-1], repeat(cut)), parts[-1][:-1]]
        return list(map(LINE, zip(map(zlib.crc32, bodies), bodies, strict=True)))

    return lines


def building_fields() -> list[str]:
    """The main index's fields (building._schemas), but the position every search reads."""
    return [*FIELDS, "facet", "id"]


def time_lines(batches: list[list[Any]], make: Callable[[], Any]) -> float:
    lines = make()
    start = cpu()
    for batch in batches:
        lines(batch)
    return cpu() - start


def time_writer(values: list[dict[str, Any]], heap: int, threads: int) -> float:
    import tantivy

    schema, _ = building._schemas()
    work = Path(tempfile.mkdtemp(prefix="build-routes-"))
    try:
        start = cpu()
        writer = tantivy.Index(schema, path=str(work)).writer(heap * 2**20, threads)
        for made in values:
            writer.add_document(tantivy.Document.from_dict(made, schema))
        writer.commit()
        writer.wait_merging_threads()
        return cpu() - start
    finally:
        shutil.rmtree(work)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--big", type=Path, required=True)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--fields", action="store_true", help="each field's share of tantivy")
    args = parser.parse_args()
    fb = load_layers([args.big])
    gc.disable()
    facts = fb.doc.facts
    batches = [facts[i : i + building.BATCH] for i in range(0, len(facts), building.BATCH)]
    now = record_lines()
    for other in (json_lines(), json_batch_lines()):
        for batch in batches[:50]:
            decoded = [json.loads(line[9:]) for line in other(batch)]
            assert decoded == [list(map(_listed, marshal.loads(x[9:-1]))) for x in now(batch)]
    events = EventsOf(fb.sources)
    documents = FactDocuments(
        FieldWords(fb.doc.topics, fb.doc.entities),
        role_facts(fb.doc.entities),
        entity_types(fb.doc.entities),
    )
    values = documents.of(0, facts, [events[f.event, f.source] for f in facts])
    routes: dict[str, Callable[[], float]] = {
        "record lines: marshal (now)": lambda: time_lines(batches, record_lines),
        "record lines: JSON, a call a record (before)": lambda: time_lines(batches, json_lines),
        "record lines: JSON, a call a batch": lambda: time_lines(batches, json_batch_lines),
    }
    for heap, threads in WRITERS:
        name = f"tantivy: {heap} MiB, {threads} thread{'s' if threads > 1 else ''}"
        current = (heap * 2**20, threads) == (building.WRITER_HEAP, 1)  # the build's writer
        routes[name + (" (now)" if current else "")] = lambda h=heap, t=threads: time_writer(
            values, h, t
        )
    for field in building_fields() if args.fields else ():
        routes[f"tantivy: 48 MiB, 1 thread, without the {field} field"] = lambda f=field: (
            time_writer([{k: v for k, v in made.items() if k != f} for made in values], 48, 1)
        )
    found: dict[str, list[float]] = {name: [] for name in routes}
    for _ in range(args.rounds):
        for name, route in routes.items():
            found[name].append(route())
    med = {name: statistics.median(times) for name, times in found.items()}
    print(f"medians of {args.rounds} interleaved rounds, {len(facts):,} facts\n")
    print("| route | CPU | ÷ now |\n|---|---:|---:|")
    for name, figure in med.items():
        base = med[next(n for n in med if n.split(":")[0] == name.split(":")[0] and "now" in n)]
        print(f"| {name} | {figure * 1000:,.0f} ms | {figure / base:.2f} × |")


def _listed(value: Any) -> Any:
    return list(map(_listed, value)) if isinstance(value, tuple) else value


if __name__ == "__main__":
    main()
