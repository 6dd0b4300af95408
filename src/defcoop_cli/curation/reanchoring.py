"""`reanchor`: a source's quotes found again in an edited copy of its text, and, with
--write, a corrected copy of its fact base in a new folder."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from defcoop_cli import TEMPORARY
from defcoop_cli.curation import anchoring
from defcoop_cli.curation.results import EXACT, FUZZY, MOVED, Reanchoring
from defcoop_cli.errors import UnknownId, UsageError, WriteError
from defcoop_cli.factbase import locking
from defcoop_cli.factbase.files import (
    decode_utf8,
    fsync_folder,
    laid_out_like,
    new_folder_mode,
    read_regular_file,
    signals_held,
    temporary_prefix,
)
from defcoop_cli.factbase.limits import MAX_SOURCE_BYTES
from defcoop_cli.factbase.loader import (
    FactBase,
    build,
    parse_json,
    read_fact_file,
    resolve_source_path,
)


def reanchor_source(
    source_id: str,
    new_text: Path,
    fact_file: Path | None,
    layers: Sequence[Path],
    out: Path | None,
    waiting: Callable[[str], None] | None = None,
) -> Reanchoring:
    """Each quote of the source, in `fact_file` or else the top layer in use that holds it,
    found again in the text of `new_text`; written to `out` when given (waiting(who) is called
    if another writer of `out` makes it wait)."""
    if out is not None and os.path.lexists(out):
        locking.tidy(Path(os.path.abspath(out)).parent)  # what one killed making it left
        raise UsageError(f"{out} already exists; reanchor --write never writes over anything")
    layer, data = _layer_with(source_id, [fact_file] if fact_file else layers, fact_file)
    old = layer.source_text(source_id)
    new = decode_utf8(read_regular_file(new_text, MAX_SOURCE_BYTES, "text"), new_text)
    result = anchoring.reanchor(layer.sources[source_id], layer.doc.facts, old, new)
    if out is None:
        return result
    raw = parse_json(decode_utf8(data, layer.path, "utf-8-sig"), layer.path)
    corrected = corrected_copy(raw, source_id, new, result.anchors)
    # every other text read through the loader's checks: inside the folder, its sha256
    texts = {s.id: layer.source_text(s.id) for s in layer.doc.sources if s.id != source_id}
    texts[source_id] = new
    written = write_copy(Path(layer.path).name, corrected, data, texts, out, waiting)
    return result._replace(written=str(written))


def _layer_with(
    source_id: str, layers: Sequence[Path], named: Path | None
) -> tuple[FactBase, bytes]:
    """The top layer holding the source, and the bytes it was built from."""
    for path in reversed(layers):
        data = read_fact_file(path)
        fb = build(data, path)
        if source_id in fb.sources:
            return fb, data
    where = named or "the fact bases in use"
    raise UnknownId(f"no source {source_id!r} in {where}; see 'defcoop sources'")


def corrected_copy(
    raw: dict[str, Any], source_id: str, new_text: str, anchors: Sequence[Any]
) -> dict[str, Any]:
    """The fact file's JSON (changed in place) with the re-anchored spans and quotes, and
    the source's new sha256. Exact and moved quotes get their new spans (and context);
    fuzzy ones the new text too, marked `review: "reanchored"`; ambiguous and orphaned
    ones stay as they were."""
    source = next(s for s in raw["sources"] if s.get("id") == source_id)
    facts = {f.get("id"): f for f in raw.get("facts", []) if isinstance(f, dict)}
    for a in anchors:
        if a.status not in (EXACT, MOVED, FUZZY):
            continue
        if a.quote.kind == "fact":
            entry = facts[a.quote.label]
            key = "quote"
        else:
            name, index = a.quote.label.split()
            entry = source[name][int(index)]
            key = "text"
        entry[key] = a.text
        entry["span"] = list(a.span)
        if "prefix" in entry or "suffix" in entry or a.quote.kind == "fact":
            entry["prefix"], entry["suffix"] = anchoring.context(new_text, a.span)
        if a.status == FUZZY:
            entry["review"] = "reanchored"
    source["sha256"] = hashlib.sha256(new_text.encode("utf-8")).hexdigest()
    return raw


def write_copy(
    name: str,
    doc: dict[str, Any],
    like: bytes,
    texts: dict[str, str],
    out: Path,
    waiting: Callable[[str], None] | None = None,
) -> Path:
    """A new folder `out` (which must not exist) holding the fact file `name` and each
    source's text at its path: built in a temporary folder beside it, holding the writers'
    lock of `out`, and renamed into place, all or nothing. Each path is resolved inside the
    folder as the loader resolves it (never absolute, no `..`), so nothing is written
    outside. The fact file is laid out as `like`, the bytes of the one it corrects."""
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise WriteError(f"{out}: cannot write the corrected copy: {e.strerror or e}") from None
    with locking.exclusive(Path(os.path.abspath(out)), waiting, out):
        locking.tidy(out.parent)
        if os.path.lexists(out):
            raise UsageError(f"{out} already exists; reanchor --write never writes over anything")
        _build_and_rename(name, doc, texts, out, like)
    return out / name


def _build_and_rename(
    name: str, doc: dict[str, Any], texts: dict[str, str], out: Path, like: bytes
) -> None:
    import shutil
    import tempfile

    try:
        with signals_held():
            staging = Path(
                tempfile.mkdtemp(prefix=temporary_prefix(out), suffix=".tmp", dir=out.parent)
            )
            TEMPORARY.add(str(staging))
        os.chmod(staging, new_folder_mode())  # mkdtemp's is 0700: OUT is as mkdir makes one
    except OSError as e:
        raise WriteError(f"{out}: cannot write the corrected copy: {e.strerror or e}") from None
    try:
        for source in doc.get("sources", []):
            path = resolve_source_path(staging / name, source["id"], source["path"])
            path.parent.mkdir(parents=True, exist_ok=True)
            _write_synced(path, texts[source["id"]].encode("utf-8"))
        _write_synced(staging / name, laid_out_like(doc, like))
        fsync_folder(staging)
        with signals_held():
            os.rename(staging, out)
            TEMPORARY.discard(str(staging))
        fsync_folder(out.parent)
    except BaseException as e:
        shutil.rmtree(staging, ignore_errors=True)
        TEMPORARY.discard(str(staging))
        if isinstance(e, OSError):
            raise WriteError(f"{out}: cannot write the corrected copy: {e.strerror or e}") from None
        raise


def _write_synced(path: Path, data: bytes) -> None:
    with open(path, "xb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
