"""validate of a layer just edited: only the facts the edit touched are checked again.

When `validate` of a layer passes (verdicts.py), the bytes it checked are kept in the
cache folder (cache.py) as `edits-<sha256>.bin`, named as the verdict is (the chain of
layers and the checking code), with where each fact lies in them, the report (counts,
each source's coverage), the merged view's topics and sources, and the fingerprint of
every other file the check read (the layers under it, every source file), settled then.

The next `validate` of that chain whose verdict does not hold (the layer's fingerprint
changed) reads the layer and sets its bytes against the kept ones: the longest common
head and tail (compared in C). No byte changed (a touch, a save of the same text): the
kept report stands. Else, when the bytes that differ lie within the facts, only the facts
they touch are parsed (with the duplicate-key check and the schema's, as a full check
does) and set against the kept ones, fact by fact. An edit that leaves every field read
across facts as it was (FIELDS_ACROSS: ids, references, topics, entities, claims, events,
spans) changes no check that looks across facts and no source's coverage, and the kept
report was clean: the new report is the per-fact checks of the changed facts alone
(editorial topics, quotes and their context, editorial passages), in the order a full
check gives them. Anything else is checked in full: no entry, or one that fails its
CRC-32 or is from other code; another file changed; bytes changed outside the facts, a
fact added, removed or moved, a field read across facts changed, JSON or a fact the schema
refuses, more than MAX_PARSED facts. Only a clean report is kept, so a report with
problems is always measured against the last clean bytes.

Where the facts lie is noted by the full check's own parse (parser: json's scanner walks
the document a value at a time, its value the one json.loads gives), not by a second walk
of the JSON; after an edit, the offsets are moved, not found again.
The most recently used KEEP_EDITS entries are kept, within KEEP_EDITS_BYTES in all (some
55 MB an entry at 100,000 facts).
"""

from __future__ import annotations

import json
import os
import re
import sys
import zlib
from array import array
from bisect import bisect_left, bisect_right
from codecs import BOM_UTF8
from collections.abc import Callable, Sequence
from contextlib import suppress
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from defcoop_cli.errors import DefcoopError
from defcoop_cli.factbase import checks, loader
from defcoop_cli.factbase.checking.results import Covered, Problem, Report
from defcoop_cli.factbase.files import fingerprint
from defcoop_cli.factbase.limits import MAX_FACT_FILE_BYTES
from defcoop_cli.factbase.records import Doc, Fact, Source, Topic, doc_record, record_json
from defcoop_cli.index import pointers
from defcoop_cli.index.checked import validated
from defcoop_cli.index.pointers import is_sha256

PREFIX = "edits-"
SUFFIX = ".bin"
KEEP_EDITS = 8  # the most recently used entries kept, and no more bytes than:
KEEP_EDITS_BYTES = 256 * 1024 * 1024  # (the most recent one kept whatever its size)
MAX_PARSED = 20_000  # facts parsed again at most (about 0.2 s); more: a full check
# An edit whose check parsed more facts than this keeps its bytes as the next edit's base
# (writing 55 MB at 100,000 facts costs about what parsing this many facts again does).
REBASE = 2_000
FIELDS_ACROSS = ("id", "topics", "entities", "source", "span", "part_of", "claim", "event")
_ACROSS = tuple(Fact._fields.index(name) for name in FIELDS_ACROSS)
_CHUNK = 1 << 20
_SPACE = re.compile(r"[ \t\n\r]*")  # JSON's white space, as json's scanner skips it
_AFTER = re.compile(r"[ \t\n\r]*(?:(,)[ \t\n\r]*|\])")  # after a list's value: "," or "]"

if TYPE_CHECKING:
    from _typeshed import StrPath


class Kept(NamedTuple):
    """What a clean validate of a layer left (read from its entry)."""

    meta: dict[str, Any]
    offsets: array[int]
    data: memoryview


def entry_path(folder: Path, key: str) -> Path:
    return folder / f"{PREFIX}{key}{SUFFIX}"


# ---- keeping


def remember(
    folder: Path,
    key: str,
    data: bytes,
    layers: Sequence[tuple[str, list[Topic], list[Source]]],
    report: Report,
    seen: dict[str, Any],
    found: Sequence[array[int]] = (),
) -> None:
    """Keep a clean report's bytes (data: the top layer's, as checked) and what the next
    edit's check needs; layers: each layer's path, topics and sources, the bottom first;
    seen: the run's start ("since") and every other file's fingerprint ("files"); found:
    where the check's own parse found the facts (parser), if it did."""
    shift = _bom(data)
    offsets = array("q", [x + shift for x in found[0]]) if shift and found else None
    offsets = offsets or (found[0] if found else fact_offsets(data))
    if offsets is None or len(offsets) != 2 * report.counts.get("facts", -1):
        return
    topics: dict[str, Topic] = {}
    sources: dict[str, Source] = {}
    homes: dict[str, str] = {}
    for at, layer_topics, layer_sources in layers:
        for t in layer_topics:
            topics.setdefault(t.id, t)
        for s in layer_sources:
            sources.setdefault(s.id, s)
            homes.setdefault(s.id, at)
    head = Doc([*sources.values()], [*topics.values()], [], [], [])
    coverage = [[c.source, c.body, c.lowest] for c in report.coverage]
    meta = {**seen, "counts": report.counts, "coverage": coverage, "homes": homes}
    _keep(folder, key, {**meta, "head": record_json(head)}, offsets, data)


def _keep(folder: Path, key: str, meta: dict[str, Any], offsets: array[int], data: bytes) -> None:
    """Write the entry atomically, as validated.keep_entry does, its parts not joined (a
    copy of 55 MB at 100,000 facts), then prune."""
    from defcoop_cli.factbase.files import write_atomically

    head = json.dumps(meta, separators=(",", ":")).encode()
    parts = [_binary([len(head), len(offsets)]), head, _little(offsets), data]
    crc = 0
    for part in parts:
        crc = zlib.crc32(part, crc)
    names = {"magic": validated.MAGIC, "kind": "edits", "key": key, "crc": crc}

    def write(temporary: Path) -> None:
        with open(temporary, "wb") as f:
            f.writelines([json.dumps(names).encode(), b"\n", *parts])

    with suppress(OSError):
        write_atomically(entry_path(folder, key), write)
        prune(folder)


def prune(folder: Path) -> None:
    """Keep the KEEP_EDITS most recently used entries while they hold no more than
    KEEP_EDITS_BYTES in all (a chain of small layers keeps its entry beside big ones)."""
    found = []
    for item in os.scandir(folder):
        key = item.name[len(PREFIX) : -len(SUFFIX)]
        if item.name.startswith(PREFIX) and item.name.endswith(SUFFIX) and is_sha256(key):
            with suppress(OSError):
                if item.is_file(follow_symlinks=False):
                    info = item.stat(follow_symlinks=False)
                    found.append((info.st_mtime, info.st_size, item.path))
    total = 0
    for at, (_, size, path) in enumerate(sorted(found, reverse=True)):
        total += size
        if at and (at >= KEEP_EDITS or total > KEEP_EDITS_BYTES):
            with suppress(OSError):
                os.unlink(path)


def fact_offsets(data: bytes) -> array[int] | None:
    """Where each fact of a fact file lies in its bytes (start, end: 2 numbers a fact),
    found by json's own scanner walking the document; None where the walk meets anything
    json.loads might read otherwise (then nothing is kept)."""
    try:
        text = data.decode("utf-8-sig")
        walked = _document(text, None)
    except (ValueError, IndexError, StopIteration, RecursionError, TypeError):
        return None
    return None if walked is None else _in_bytes(text, walked[1], _bom(data))


def parser(found: list[array[int]]) -> Callable[[str, StrPath, Any], Any]:
    """loader.parse_json, which notes in found where the facts lie in the text's UTF-8
    (loader.build's parse: the check's own parse, not a second walk)."""

    def parse(text: str, path: StrPath, hook: Any) -> Any:
        try:
            walked = _document(text, hook)
        except (ValueError, IndexError, StopIteration, RecursionError, TypeError):
            walked = None
        if walked is None:  # json.loads says what is wrong, or reads what the walk does not
            return loader.parse_json(text, path, hook)
        found.append(_in_bytes(text, walked[1], 0))
        return walked[0]

    return parse


def _document(text: str, hook: Any) -> tuple[Any, array[int]] | None:
    """The JSON value of a document's text (an object with a "facts" list; hook: its
    object_pairs_hook, or none) and the character offsets of the facts, as json.loads
    reads it, by json's own scanner, a value at a time; None if it is not one."""
    scan: Any = json.JSONDecoder(object_pairs_hook=hook).scan_once  # type: ignore[attr-defined]
    space: Any = _SPACE.match
    at = space(text, 0).end()
    if text[at] != "{":
        return None
    pairs: list[tuple[str, Any]] = []
    spans = None
    at = space(text, at + 1).end()
    while text[at] != "}" or pairs:  # a key, then after each comma another
        if text[at] != '"':
            return None
        key, at = scan(text, at)
        at = space(text, at).end()
        if text[at] != ":":
            return None
        at = space(text, at + 1).end()
        if key == "facts":
            if text[at] != "[":
                return None
            values: list[Any] = []
            spans, at = _elements(text, at, scan, values)
            pairs.append((key, values))
        else:
            value, at = scan(text, at)
            pairs.append((key, value))
        at = space(text, at).end()
        if text[at] != ",":
            break
        at = space(text, at + 1).end()
    if text[at] != "}" or space(text, at + 1).end() != len(text) or spans is None:
        return None
    value = dict(pairs) if hook is None else hook(pairs)
    return (value, spans) if hook is not None or len(value) == len(pairs) else None


def _bom(data: bytes) -> int:
    return len(BOM_UTF8) if data.startswith(BOM_UTF8) else 0


def _elements(text: str, at: int, scan: Any, values: list[Any]) -> tuple[array[int], int]:
    """The offsets of the values of the JSON list at `at` (its "["), and where it ends;
    its values added to values. (One C call a value and one a separator: this loop is
    the walk's cost over json.loads's.)"""
    after: Any = _AFTER.match
    starts: list[int] = []
    ends: list[int] = []
    at = _SPACE.match(text, at + 1).end()  # type: ignore[union-attr]
    if text[at] == "]":
        return array("q"), at + 1
    while True:
        value, end = scan(text, at)
        values.append(value)
        starts.append(at)
        ends.append(end)
        found = after(text, end)
        if found is None:
            raise ValueError("no list")
        if found.lastindex is None:  # the "]"
            return array("q", chain.from_iterable(zip(starts, ends, strict=True))), found.end()
        at = found.end()


def _in_bytes(text: str, spans: array[int], shift: int) -> array[int]:
    """Character offsets in text as byte offsets in its UTF-8 (after `shift` bytes)."""
    if text.isascii():
        return array("q", [x + shift for x in spans])
    found, last, size = array("q"), 0, shift
    for x in spans:
        size += len(text[last:x].encode("utf-8", "surrogatepass"))
        found.append(size)
        last = x
    return found


# ---- checking again


def revalidate(
    folder: Path, key: str, path: Path, data: bytes
) -> tuple[Report, dict[str, Any]] | None:
    """The report a full validate would give of the layer at path (data: its bytes, just
    read), from what a clean validate kept, and the fingerprints of the other files it
    read; None where it cannot be told so (check it in full)."""
    kept = read(folder, key)
    if kept is None or not _unchanged(kept.meta):
        return None
    old, meta = kept.data, kept.meta
    try:
        counts = {str(k): int(n) for k, n in meta["counts"].items()}
        coverage = [Covered(str(s), float(b), float(w)) for s, b, w in meta["coverage"]]
        if len(data) == len(old) and _alike(old, data, len(data)) == len(data):
            return Report(path, [], counts, coverage), meta["files"]
        edit = _edit(kept, data)
        if edit is None:
            return None
        first, changed, moved = edit
        problems = _fact_problems(meta, changed)
    except (ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError):
        return None
    report = Report(path, problems, counts, coverage)
    if report.ok and len(moved) > 2 * REBASE:  # the new bytes kept as the last clean ones
        offsets, after = kept.offsets, 2 * first + len(moved)
        tail = array("q", [x + len(data) - len(old) for x in offsets[after:]])
        _keep(folder, key, meta, offsets[: 2 * first] + moved + tail, data)
    return report, meta["files"]


def read(folder: Path, key: str) -> Kept | None:
    """The entry kept under key, if it is one to trust."""
    entry = entry_path(folder, key)
    body = validated.trusted_view(entry, {"kind": "edits", "key": key}, 2 * MAX_FACT_FILE_BYTES)
    if body is None or len(body) < 16:
        return None
    try:
        size, count = _numbers(body[:16])
        meta = json.loads(bytes(body[16 : 16 + size]))
        start = 16 + size + 8 * count
        offsets = array("q")
        offsets.frombytes(body[16 + size : start])
        if sys.byteorder == "big":
            offsets.byteswap()
    except (ValueError, TypeError, RecursionError):
        return None
    if not isinstance(meta, dict) or len(offsets) != count or count % 2:
        return None
    validated.touch(entry)
    return Kept(meta, offsets, body[start:])


def _unchanged(meta: dict[str, Any]) -> bool:
    """Whether every other file the kept check read is as it was then, settled."""
    try:
        since, files = meta["since"], meta["files"]
        return isinstance(since, int) and all(
            fingerprint(name) == tuple(seen) and pointers.settled(tuple(seen), since)
            for name, seen in files.items()
        )
    except (KeyError, TypeError, AttributeError):
        return False


def _edit(kept: Kept, data: bytes) -> tuple[int, list[tuple[int, Fact]], array[int]] | None:
    """The facts an edit changed: the index of the first fact parsed again, each changed
    fact (its index, its record) and the new offsets of those parsed; None where the edit
    may change more than those facts' own fields."""
    old, offsets = kept.data, kept.offsets
    head = _alike(old, data, min(len(old), len(data)))
    tail = _alike(old, data, min(len(old), len(data)) - head, backward=True)
    starts, ends = offsets[0::2], offsets[1::2]
    first = bisect_right(starts, head) - 1
    last = bisect_left(ends, len(old) - tail)
    if first < 0 or last >= len(ends) or last < first or last - first >= MAX_PARSED:
        return None
    shift = len(data) - len(old)
    before = _facts(bytes(old[starts[first] : ends[last]]))
    after_bytes = data[starts[first] : ends[last] + shift]
    after = _facts(after_bytes)
    if before is None or after is None or len(before[0]) != len(after[0]):
        return None
    changed = []
    for at, (was, now) in enumerate(zip(before[0], after[0], strict=True)):
        if any(was[i] != now[i] for i in _ACROSS):
            return None
        if was != now:
            changed.append((first + at, now))
    moved = array("q", [x + starts[first] for x in after[1]])
    return first, changed, moved


def _alike(a: memoryview, b: bytes, most: int, backward: bool = False) -> int:
    """How many bytes a and b begin (backward: end) with alike, at most `most`: compared a
    chunk at once in C (memcmp, no copy), then the first chunk that differs halved."""

    def same(start: int, stop: int) -> bool:  # the bytes from start to stop (from the end)
        if backward:
            return b.startswith(a[len(a) - stop : len(a) - start], len(b) - stop)
        return b.startswith(a[start:stop], start)

    at = 0
    while at < most and same(at, min(most, at + _CHUNK)):
        at = min(most, at + _CHUNK)
    end = min(most, at + _CHUNK)
    while end - at > 1:  # `at` bytes alike, `end` not
        mid = (at + end) // 2
        at, end = (mid, end) if same(at, mid) else (at, mid)
    return at


def _facts(data: bytes) -> tuple[list[Fact], array[int]] | None:
    """The facts' records of a stretch of a fact list's bytes (values and the commas
    between them) and their byte offsets in it, each checked as a full check does (no
    duplicate key, the schema's check); None if the stretch is anything else."""
    try:
        text = "[" + data.decode("utf-8") + "]"
        hook = loader._fact_or_object()
        values: list[Any] = []
        scan = json.JSONDecoder(object_pairs_hook=hook).scan_once  # type: ignore[attr-defined]
        spans, end = _elements(text, 0, scan, values)
    except (ValueError, IndexError, StopIteration, RecursionError, TypeError):
        return None
    if end != len(text) or not all(type(v) is Fact for v in values):
        return None
    return values, _in_bytes(text[1:], array("q", [x - 1 for x in spans]), 0)


def _fact_problems(meta: dict[str, Any], changed: list[tuple[int, Fact]]) -> list[Problem]:
    """The problems a full check finds in the changed facts, in its order, when nothing
    read across facts changed and the rest was clean: their per-fact checks."""
    if not changed:
        return []
    head = doc_record({**meta["head"], "events": []})
    facts = [fact for _, fact in changed]
    doc = head._replace(facts=facts)
    by_id = {s.id: s for s in head.sources}
    texts = {}
    for source in {f.source for f in facts} & by_id.keys():
        with suppress(DefcoopError):
            texts[source] = loader.read_source_text(meta["homes"][source], by_id[source])
    ids = checks._Ids(doc)
    window = {"facts": range(len(facts)), "sources": range(0)}
    found = [
        *checks.editorial_topics(doc, ids, window),
        *checks.quote_mismatches(doc, texts, window),
        *checks.editorial_leaks(doc, ids, texts, window),
    ]
    return [_placed(p, changed) for p in found]


_FACT_PATH = re.compile(r"\$\.facts\[(\d+)\]")


def _placed(problem: Problem, changed: list[tuple[int, Fact]]) -> Problem:
    """A problem of the k-th changed fact, with the path and id of that fact in its file."""
    m = _FACT_PATH.match(problem.path)
    if m is None:
        raise ValueError(problem.path)
    at, fact = changed[int(m[1])]
    return problem._replace(path=f"$.facts[{at}]{problem.path[m.end() :]}", id=fact.id)


def _binary(numbers: list[int]) -> bytes:
    return _little(array("q", numbers))


def _little(numbers: array[int]) -> bytes:
    if sys.byteorder == "big":
        numbers = array("q", numbers)
        numbers.byteswap()
    return numbers.tobytes()


def _numbers(data: memoryview) -> list[int]:
    found = array("q")
    found.frombytes(data)
    if sys.byteorder == "big":
        found.byteswap()
    return found.tolist()
