"""The same facts, written in another order and under other ids (issue 24): a fact file whose
lists (sources and their facts, a source's facts among themselves, entities, notes, events,
roles; an entity's roles and participants; a fact's topics and entities; a note's facts,
sides and entities) are reversed, and whose own ids (facts, entities, notes, events,
claims; none the layers below use) are renamed so that they sort the other way.
curator_loop.py briefs each order's layer both ways: a brief that differs chose by the
file's order or by ids, never by the facts' content and dates (a drafter's spread cannot
show here: the facts are the same).

    python benchmarks/reordered.py LAYER.json   # its brief, and the reordered one's, compared
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

# a record's words: never an id, whatever they spell
WORDS = frozenset(["quote", "text", "name", "title", "statement", "prefix", "short", "label"])


def _renamed(value: Any, names: dict[str, str]) -> Any:
    if isinstance(value, str):
        return names.get(value, value)
    if isinstance(value, list):
        return [_renamed(v, names) for v in value]
    if isinstance(value, dict):
        return {k: v if k in WORDS else _renamed(v, names) for k, v in value.items()}
    return value


def reordered(doc: dict[str, Any], below: set[str]) -> tuple[dict[str, Any], dict[str, str]]:
    """The fact file's document reordered and renamed (`below`: the ids the layers under it
    use, kept), with the new name of each id renamed."""
    doc = json.loads(json.dumps(doc))
    sources = [s["id"] for s in doc.get("sources", [])][::-1]
    doc["sources"] = doc.get("sources", [])[::-1]
    place = {s: i for i, s in enumerate(sources)}
    # a source's facts reversed too: the file's order within a source is the order they
    # were written in, the brief reads them in the order of the source's text
    doc["facts"] = sorted(doc.get("facts", [])[::-1], key=lambda f: place.get(f["source"], -1))
    for key in ("entities", "topics", "curator_notes", "events", "roles"):
        if isinstance(doc.get(key), list):
            doc[key] = doc[key][::-1]
    inner = {"entities": ("roles", "participants"), "facts": ("topics", "entities")}
    inner["curator_notes"] = ("facts", "sides", "entities")
    for key, fields in inner.items():
        for record in doc.get(key, []):
            for name in fields:
                if isinstance(record.get(name), list):
                    record[name] = record[name][::-1]
    own = {
        r["id"] for k in ("facts", "entities", "curator_notes", "events") for r in doc.get(k, [])
    }
    own |= {f["claim"] for f in doc["facts"] if f.get("claim")}
    ids = sorted(own - below)
    names = {x: f"z{len(ids) - i:04d}-{x}" for i, x in enumerate(ids)}
    return _renamed(doc, names), names


def ids_of(doc: dict[str, Any]) -> set[str]:
    """Every id a fact file gives (its facts', entities', notes', events', topics', claims')."""
    keys = ("facts", "entities", "curator_notes", "events", "topics")
    found = {r["id"] for k in keys for r in doc.get(k, [])}
    return found | {f["claim"] for f in doc.get("facts", []) if f.get("claim")}


def renamed_back(text: str, names: dict[str, str]) -> str:
    """A brief of the renamed file with its ids given their first names again."""
    for old, new in sorted(names.items(), key=lambda kv: -len(kv[1])):
        text = text.replace(new, old)
    return text


def write_reordered(layer: Path, to: Path, below: set[str]) -> dict[str, str]:
    """The layer's fact file reordered into `to` (a copy of its folder), and its renames."""
    import shutil

    shutil.copytree(layer.parent, to)
    doc, names = reordered(json.loads(layer.read_text(encoding="utf-8")), below)
    (to / layer.name).write_text(json.dumps(doc, ensure_ascii=False, indent=1), encoding="utf-8")
    return names


if __name__ == "__main__":
    import os
    import tempfile

    sys.path.insert(0, str(Path(__file__).parent))
    from curator_loop import _brief

    from defcoop_cli.factbase.loader import default_factbase_path

    layer = Path(sys.argv[1])
    shipped = json.loads(default_factbase_path().read_text(encoding="utf-8"))
    os.environ["DEFCOOP_FACTS"] = os.pathsep.join([str(default_factbase_path()), str(layer)])
    first = _brief()
    with tempfile.TemporaryDirectory() as tmp:
        names = write_reordered(layer, Path(tmp) / "again", ids_of(shipped))
        again = Path(tmp) / "again" / layer.name
        os.environ["DEFCOOP_FACTS"] = os.pathsep.join([str(default_factbase_path()), str(again)])
        second = renamed_back(_brief(), names)
    print("alike" if first == second else f"differ:\n{first}\n----\n{second}")
