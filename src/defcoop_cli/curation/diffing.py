"""What changed between two versions of a fact base: entries added, removed and changed,
by id, list by list. `defcoop diff` exits 0 when they are the same and 1 when they differ,
as diff(1) does."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from defcoop_cli.curation.results import Change, Diff, ListDiff
from defcoop_cli.factbase.loader import LISTS, build, read_fact_file
from defcoop_cli.factbase.records import record_json


def _label(item: Any) -> str:
    for field in ("statement", "title", "name", "text"):
        value = getattr(item, field, None)
        if isinstance(value, str):
            return value
    return ""


def _key(item: Any) -> str:
    return str(getattr(item, "id", None) or f"{item.entity}:{item.fact}")


def diff(old_path: Path, new_path: Path) -> Diff:
    """The differences between two fact files (each must fit the schema)."""
    old = build(read_fact_file(old_path), old_path).doc
    new = build(read_fact_file(new_path), new_path).doc
    lists = []
    labels: dict[str, str] = {}
    # A layer's roles have no id: each is known by its entity and fact ("nakatani:f1").
    roles = ("roles",) if old.roles or new.roles else ()
    for name in (*LISTS, *roles):
        before = {_key(item): item for item in getattr(old, name)}
        after = {_key(item): item for item in getattr(new, name)}
        added = tuple(i for i in after if i not in before)
        removed = tuple(i for i in before if i not in after)
        changed = []
        for i in after:
            if i in before and before[i] != after[i]:
                a, b = record_json(before[i]), record_json(after[i])
                fields = tuple(k for k in b if a.get(k) != b.get(k))
                changed.append(Change(i, fields))
        for i in (*added, *(c.id for c in changed)):
            labels[f"{name}:{i}"] = _label(after[i])
        for i in removed:
            labels[f"{name}:{i}"] = _label(before[i])
        lists.append(ListDiff(name, added, removed, tuple(changed)))
    return Diff(old_path, new_path, tuple(lists), labels)
