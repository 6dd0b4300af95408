"""`reanchor`: a source's quotes found again in an edited copy of its text, and, with
--write, a corrected copy of its fact base in a new folder."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from defcoop_cli.curation import anchoring
from defcoop_cli.curation.results import EXACT, FUZZY, MOVED, Reanchoring
from defcoop_cli.errors import UnknownId, UsageError, WriteError
from defcoop_cli.factbase.files import decode_utf8, read_regular_file
from defcoop_cli.factbase.limits import MAX_SOURCE_BYTES
from defcoop_cli.factbase.loader import FactBase, build, read_fact_file


def reanchor_source(
    source_id: str, new_text: Path, fact_file: Path | None, layers: Sequence[Path], out: Path | None
) -> Reanchoring:
    """Each quote of the source, in `fact_file` or else the top layer in use that holds it,
    found again in the text of `new_text`; written to `out` when given."""
    if out is not None and os.path.lexists(out):
        raise UsageError(f"{out} already exists; reanchor --write never writes over anything")
    layer = _layer_with(source_id, [fact_file] if fact_file else layers, fact_file)
    old = layer.source_text(source_id)
    new = decode_utf8(read_regular_file(new_text, MAX_SOURCE_BYTES, "text"), new_text)
    result = anchoring.reanchor(layer.sources[source_id], layer.doc.facts, old, new)
    if out is None:
        return result
    written = write_reanchored(layer.path, source_id, new, result.anchors, out)
    return result._replace(written=str(written))


def _layer_with(source_id: str, layers: Sequence[Path], named: Path | None) -> FactBase:
    for path in reversed(layers):
        fb = build(read_fact_file(path), path)
        if source_id in fb.sources:
            return fb
    where = named or "the fact bases in use"
    raise UnknownId(f"no source {source_id!r} in {where}; see 'defcoop sources'")


def write_reanchored(
    fact_file: Path, source_id: str, new_text: str, anchors: Sequence[Any], out: Path
) -> Path:
    """A copy of the fact file's folder in `out` (which must not exist): its facts.json
    with the re-anchored spans and quotes, and its sources with the new text. Exact and
    moved quotes get their new spans (and context); fuzzy ones the new text too, marked
    `review: "reanchored"`; ambiguous and orphaned ones stay as they were. Written in a
    temporary folder and renamed into place: all or nothing."""
    import shutil
    import tempfile

    if os.path.lexists(out):
        raise UsageError(f"{out} already exists; reanchor --write never writes over anything")
    raw = json.loads(decode_utf8(read_fact_file(fact_file), fact_file, "utf-8-sig"))
    source = next((s for s in raw.get("sources", []) if s.get("id") == source_id), None)
    if source is None:
        raise UsageError(f"{fact_file} has no source {source_id!r}")
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
    data = new_text.encode("utf-8")
    source["sha256"] = hashlib.sha256(data).hexdigest()
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    except OSError as e:
        raise WriteError(f"{out}: cannot write the corrected copy: {e.strerror or e}") from None
    try:
        for other in raw.get("sources", []):
            relative = Path(str(other.get("path", "")))
            target = staging / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            if other is source:
                target.write_bytes(data)
            else:
                shutil.copyfile(fact_file.parent / relative, target)
        body = json.dumps(raw, indent=2, ensure_ascii=False) + "\n"
        (staging / fact_file.name).write_text(body, encoding="utf-8")
        os.rename(staging, out)
    except BaseException as e:
        shutil.rmtree(staging, ignore_errors=True)
        if isinstance(e, OSError):
            raise WriteError(f"{out}: cannot write the corrected copy: {e.strerror or e}") from None
        raise
    return out / fact_file.name
