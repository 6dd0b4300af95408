"""A source's coverage, kept: `validate` measures again only the sources an edit changed.

A source's coverage (sentences.source_coverage: its sentences, and how much of each its
facts' spans cover) is kept too, as `coverage-<sha256>.json`, named by the sha256 of its
text, its furniture's spans, its facts' spans and the code (and Python) that measures
it: splitting 100 sources into sentences and counting the characters covered took a fifth
of a changed 100,000-fact layer's run, and an edit of a few facts leaves most sources'
spans as they were (each source is measured again when any of them changes). Its header
is JSON like any entry's; its body, the numbers (the count of sentences, their ends, the
body's share and each sentence's) as little-endian 64-bit integers and doubles, read back
in C: the JSON it had took 83 ms to read back for 100 sources of 1,000 sentences, the
binary 35 ms.
Entries are distrusted and pruned as validated.py's are (the most recently used
KEEP_COVERAGE kept).
"""

from __future__ import annotations

import sys
from array import array
from collections.abc import Iterable
from contextlib import suppress
from itertools import chain, repeat
from pathlib import Path
from typing import TYPE_CHECKING, Any

from defcoop_cli.factbase import loader
from defcoop_cli.factbase.records import Doc
from defcoop_cli.index.checked.validated import (
    MAGIC,
    cache_path,
    code_hash,
    keep_entry,
    prune,
    touch,
    trusted_body,
)

if TYPE_CHECKING:
    from defcoop_cli.factbase.sentences import Coverage, Measure

COVERAGE_FORMAT = 3  # 3: the numbers kept as binary, not JSON
COVERAGE = "coverage-"
KEEP_COVERAGE = 4096  # sources: those of a million facts' ten layers, and older ones
# The modules whose source decides a source's coverage.
MEASURING_MODULES = ("sentences", "records")


def measure() -> Measure | None:
    """sentences.source_coverage, its results kept in the cache; None without a cache (or
    where the measuring code's source cannot be read)."""
    import hashlib

    from defcoop_cli.factbase import sentences as measured

    folder = cache_path()
    factbase = Path(loader.__file__).parent
    sources = [factbase / f"{m}.py" for m in MEASURING_MODULES]
    code = code_hash(f"{MAGIC} coverage {COVERAGE_FORMAT}", sources)
    if code is None or folder is None:
        return None
    written: list[Path] = []

    def kept_coverage(doc: Doc, sid: str, text: str, spans: list[tuple[int, int]]) -> Coverage:
        source = next(s for s in doc.sources if s.id == sid)
        key = code.copy()
        key.update(hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest())
        key.update(repr([ex.span for ex in source.furniture]).encode())
        try:  # the facts' spans in any order: sorted, as 64-bit numbers (3 times a repr's speed)
            key.update(_binary("q", chain.from_iterable(sorted(spans))))
        except OverflowError:  # a span past 64 bits: measured, not kept
            return measured.source_coverage(doc, sid, text, spans)
        entry = folder / f"{COVERAGE}{key.hexdigest()}.json"
        found = _read_coverage(entry, sid)
        if found is None:
            found = measured.source_coverage(doc, sid, text, spans)
            _write_coverage(folder, entry, found, written)
        return found

    return kept_coverage


def _read_coverage(entry: Path, sid: str) -> Coverage | None:
    """The coverage kept in entry, or None if there is none to trust."""
    from defcoop_cli.factbase.sentences import Coverage, SentenceCoverage

    body = trusted_body(entry, {"name": entry.name})
    if body is None or len(body) % 8 or len(body) < 16:
        return None
    count = _numbers("q", body[:8])[0]  # the sentences: their 2 ends each, then body and shares
    if count < 0 or len(body) != 8 + 16 * count + 8 * (count + 1):
        return None
    ends = _numbers("q", body[8 : 8 + 16 * count])
    share, *shares = _numbers("d", body[8 + 16 * count :])
    spans = zip(ends[0::2], ends[1::2], strict=True)
    new = tuple.__new__  # the NamedTuple's own __new__ is a Python call per sentence
    sentences = tuple(map(new, repeat(SentenceCoverage), zip(spans, shares, strict=True)))
    touch(entry)
    return Coverage(sid, share, sentences)


def _binary(kind: str, numbers: Iterable[Any]) -> bytes:
    """Numbers as an array's bytes (kind "q": 64-bit ints, "d": doubles), little-endian
    whatever the machine (a cache folder may be shared)."""
    found = array(kind, numbers)
    if sys.byteorder == "big":
        found.byteswap()
    return found.tobytes()


def _numbers(kind: str, data: bytes) -> list[Any]:
    """The numbers _binary wrote."""
    found = array(kind)
    found.frombytes(data)
    if sys.byteorder == "big":
        found.byteswap()
    return found.tolist()


def _write_coverage(folder: Path, entry: Path, found: Coverage, written: list[Path]) -> None:
    """Keep a source's coverage; prune once a run, after the first entry written (so a run
    may leave its own entries over KEEP_COVERAGE until the next run that writes one)."""
    ends = _binary(
        "q", [len(found.sentences), *chain.from_iterable(s.span for s in found.sentences)]
    )
    body = ends + _binary("d", [found.body, *(s.covered for s in found.sentences)])
    with suppress(OSError):
        keep_entry(entry, {"name": entry.name}, body)
        if not written:
            prune(folder, COVERAGE, KEEP_COVERAGE)
        written.append(entry)
