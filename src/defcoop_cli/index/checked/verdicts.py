"""validate's clean reports, kept by what `os.stat` says of the files they read: a layer
that has not changed since a validate passed it is known valid without reading it.

This is make's and git's rule. When `validate` of a layer passes, its report (the counts,
each source's coverage) is kept in the cache folder (index/layout.py) as `verdict-<sha256>.json`,
named by the chain of layers checked (the layer, then those under it, each as given and as
an absolute path: the report names the layer as given) and by the code that checks them
(defcoop's and Python's versions, the source of every module of factbase/ and of this
wing's keeping of validate's results, and pydantic's version). The entry holds each
file's fingerprint (files.fingerprint_of: device, inode, size, mtime and ctime in ns):
the layers' fact files and every source file of every layer (a superset of the sources
the check reads). The next `validate` of the same chain stats those files, and when every
fingerprint is the same, prints the kept report without reading a byte of them.

Git's "racy" case: a file changed twice within its timestamp's granularity keeps its
fingerprint. So an entry is trusted only if every file it names had settled (its mtime
and ctime, the later of the two, at least pointers.SETTLE_NS older) when the run that kept it
began, before it read anything: a file changed during that run, or just before it, is
read again next time (and then kept). A report with problems is never kept: they are
found again on every run. An entry is distrusted like every entry of the cache (its
header, its CRC-32, what it is named by; anything else is ignored and the layer checked
again). The most recently used KEEP_VERDICTS are kept. `DEFCOOP_NO_CACHE=1` turns it off.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Sequence
from contextlib import suppress
from pathlib import Path
from typing import Any

from defcoop_cli.errors import DefcoopError
from defcoop_cli.factbase import loader
from defcoop_cli.factbase.checking import validation
from defcoop_cli.factbase.checking.results import Covered, Report
from defcoop_cli.factbase.files import Fingerprint, fingerprint
from defcoop_cli.index import pointers
from defcoop_cli.index.checked import coverage, validated

PREFIX = "verdict-"
FORMAT = 1
KEEP_VERDICTS = 16
# The modules whose source decides a report, beside factbase/'s own.
INDEX_MODULES = ("validated", "coverage", "verdicts", "edits")


def validate(path: Path, context: Sequence[Path]) -> Report:
    """validation.validate of path on the layers under it (context), with what validated.py
    keeps; a clean report kept, and given again while none of the files it read changed."""
    folder = validated.cache_path()
    key = None if folder is None else _key(path, context)
    if folder is None or key is None:
        return validation.validate(path, context, validated.build, coverage.measure())
    entry = folder / f"{PREFIX}{key}.json"
    kept = _read(entry, key, [path, *context])
    if kept is not None:
        return kept
    from defcoop_cli.index.checked import edits  # not for a layer known valid (start-up)

    since = time.time_ns()
    again, data = _again(folder, key, path, since)
    if again is not None:
        return again
    read = [str(p) for p in (path, *context)]
    layers: dict[str, tuple[str, Any, Any]] = {}
    top: list[bytes] = []
    found: list[Any] = []  # where the facts lie, if the check parsed the layer

    def recording(fb: loader.FactBase) -> loader.FactBase:
        """Each layer's source files noted, its topics and sources (only these kept: a
        layer's records held past the run made Python's cycle collector walk them all)."""
        read.extend(str(Path(fb.path).parent / source.path) for source in fb.doc.sources)
        layers[str(fb.path)] = (str(fb.path), fb.doc.topics, fb.doc.sources)
        return fb

    def checked(data: bytes, at: Path) -> loader.FactBase:
        top.append(data)  # the bytes checked, kept if they pass (edits.py)
        return recording(validated.build(data, at, parse=edits.parser(found)))

    def below(at: Path) -> loader.FactBase:  # its facts kept; not read while unchanged
        return recording(validated.build_below(at))

    report = validation.validate(path, context, checked, coverage.measure(), below, data)
    files = _files(read)
    if not report.ok or files is None:
        return report
    if all(pointers.settled(p, since) for p in files.values()):
        _write(folder, entry, key, {"since": since, "files": files}, report)
    # the bytes checked are kept whatever the layer's fingerprint (they are compared)
    others = {name: seen for name, seen in files.items() if name != str(path)}
    if all(pointers.settled(p, since) for p in others.values()):
        order = [layers[str(p)] for p in (*validation.others(context, path), path)]
        seen = {"since": since, "files": others}
        edits.remember(folder, key, top[0], order, report, seen, found)
    return report


def _again(folder: Path, key: str, path: Path, since: int) -> tuple[Report | None, bytes | None]:
    """The report of a layer whose verdict does not hold from what its last clean check
    kept (edits.py), its verdict kept if clean; else None (check it in full), with the
    layer's bytes if they were read (the full check takes them: read once)."""
    from defcoop_cli.index.checked import edits

    if not edits.entry_path(folder, key).is_file():  # nothing kept: not a byte read
        return None, None
    try:
        data = loader.read_fact_file(path)
    except DefcoopError:
        return None, None
    found = edits.revalidate(folder, key, path, data)
    if found is None:
        return None, data
    report, others = found
    files = _files([str(path)])
    if report.ok and files is not None and pointers.settled(files[str(path)], since):
        entry = folder / f"{PREFIX}{key}.json"
        _write(folder, entry, key, {"since": since, "files": {**others, **files}}, report)
    return report, data


def _key(path: Path, context: Sequence[Path]) -> str | None:
    """The sha256 of the chain of layers and of the code that checks them; None where that
    code's source cannot be read."""
    chain = [[str(p), os.path.abspath(p)] for p in (path, *context)]
    code = validated.code_hash(f"{validated.MAGIC} verdict {FORMAT}", _checking_sources())
    if code is None:
        return None
    code.update(json.dumps(chain).encode("utf-8", "surrogateescape"))
    return code.hexdigest()


def _checking_sources() -> list[Path]:
    """Every module of factbase/ (and of its folders), this wing's keeping of validate's
    results, and what validated.py's key names besides (pydantic's version)."""
    factbase = Path(loader.__file__).parent
    index = Path(validated.__file__).parent
    own = sorted(factbase.rglob("*.py")) + [index / f"{name}.py" for name in INDEX_MODULES]
    return own + [p for p in validated.checking_sources() if p.parent != factbase]


def _files(paths: list[str]) -> dict[str, Fingerprint] | None:
    """The fingerprint of each file; None if one is not a regular file (nothing is kept
    then)."""
    prints = {p: fingerprint(p) for p in paths}
    found = {p: f for p, f in prints.items() if f is not None}
    return found if len(found) == len(prints) else None


def _read(entry: Path, key: str, layers: list[Path]) -> Report | None:
    """The report kept for the chain of layers (the one checked first), if its files,
    those layers' among them, are all as they were then, settled; else None."""
    body = validated.trusted_body(entry, {"kind": "verdict", "key": key})
    if body is None:
        return None
    try:
        kept = json.loads(body)
        since, files = kept["since"], kept["files"]
        if not isinstance(since, int) or not {str(p) for p in layers} <= files.keys():
            return None
        for name, print_ in files.items():
            if fingerprint(name) != tuple(print_) or not pointers.settled(tuple(print_), since):
                return None
        counts = {str(k): int(n) for k, n in kept["counts"].items()}
        coverage = [Covered(str(s), float(b), float(w)) for s, b, w in kept["coverage"]]
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
        return None
    validated.touch(entry)
    return Report(layers[0], [], counts, coverage)


def _write(folder: Path, entry: Path, key: str, seen: dict[str, Any], report: Report) -> None:
    """Keep the report with what was seen of its files; a cache that cannot be written is
    done without."""
    coverage = [[c.source, c.body, c.lowest] for c in report.coverage]
    body = json.dumps({**seen, "counts": report.counts, "coverage": coverage}).encode()
    with suppress(OSError):
        validated.keep_entry(entry, {"kind": "verdict", "key": key}, body)
        validated.prune(folder, PREFIX, KEEP_VERDICTS)
