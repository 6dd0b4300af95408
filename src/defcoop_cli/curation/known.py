"""What the fact base already knows of a draft: the new entities it has (`add` leaves them
out and links the draft's facts to the known one: a draft made before an earlier add
proposes what that add created), the draft itself if added before, and the target's facts
that give a person no role yet."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from defcoop_cli.factbase.checks import Problem
from defcoop_cli.factbase.loader import FactBase


def drop_known_entities(
    added: dict[str, list[Any]],
    origin: dict[str, list[int | str]],
    old: dict[str, Any],
    layers: Sequence[FactBase],
) -> list[tuple[str, str, str]]:
    """Leave out the draft's new entities that the target or a layer under it (`layers`)
    has with the same id and name (or alias, case aside): the draft's facts link the known
    one. Returns (id, proposed, kept) where name or type differed. Another name collides,
    as does an entity of a layer above that differs (its facts could not name it)."""
    known: dict[str, tuple[str, str, set[str]]] = {}
    for fb in layers:
        for e in fb.doc.entities:
            known.setdefault(e.id, (e.name, e.type, {n.casefold() for n in (e.name, *e.aliases)}))
    for item in old.get("entities", []):
        if isinstance(item, dict) and isinstance(item.get("name"), str):
            aliases = item["aliases"] if isinstance(item.get("aliases"), list) else []
            names = {str(n).casefold() for n in [item["name"], *aliases]}
            known.setdefault(str(item.get("id")), (item["name"], str(item.get("type")), names))
    keep, differed = [], []
    for i, e in enumerate(added["entities"]):
        mine = known.get(str(e.get("id"))) if isinstance(e, dict) else None
        name = e.get("name") if isinstance(e, dict) else None
        if mine is None or not isinstance(name, str) or name.casefold() not in mine[2]:
            keep.append(i)
        elif (name, e.get("type")) != mine[:2]:
            differed.append((str(e["id"]), f"{name}, {e.get('type')}", f"{mine[0]}, {mine[1]}"))
    added["entities"] = [added["entities"][i] for i in keep]
    origin["entities"] = [origin["entities"][i] for i in keep]
    return differed


def added_before(
    source: dict[str, Any], old: dict[str, Any], layers: Sequence[FactBase], target: Path
) -> list[Problem]:
    """The one problem of a draft whose source the target or a layer under it already
    holds from the same text (the same id and sha256): the draft was added before, and
    each of its ids would collide (`add` run twice on one draft). Another text under the
    same id collides as any id does."""
    sid, sha = source.get("id"), source.get("sha256")
    held = [
        *((str(target), s.get("sha256")) for s in old.get("sources", []) if _is(s, sid)),
        *((str(fb.path), s.sha256) for fb in layers for s in fb.doc.sources if s.id == sid),
    ]
    where = next((w for w, h in held if isinstance(sha, str) and h == sha), None)
    if where is None:
        return []
    said = f"source {sid!r} is already in {where}, from the same text: this draft was added before"
    return [Problem("added-before", "$.sources[0].id", said, str(sid))]


def roleless(old: dict[str, Any], lower: Sequence[FactBase]) -> frozenset[tuple[str, str]]:
    """(entity, fact) for each entity a fact of the target names, when no role cites that
    fact for it (a top-level role or an entity's own, in the target or a layer under it)."""
    roles = {(r.entity, r.fact) for fb in lower for r in fb.doc.roles}
    roles |= {(e.id, r.fact) for fb in lower for e in fb.doc.entities for r in e.roles}
    cited = [(r, r.get("entity")) for r in old.get("roles", []) if isinstance(r, dict)]
    for e in old.get("entities", []):
        if isinstance(e, dict) and isinstance(e.get("roles"), list):
            cited += [(r, e.get("id")) for r in e["roles"] if isinstance(r, dict)]
    roles |= {(str(eid), str(r.get("fact"))) for r, eid in cited}
    return frozenset(
        (str(eid), str(f.get("id")))
        for f in old.get("facts", [])
        if isinstance(f, dict) and isinstance(f.get("entities"), list)
        for eid in f["entities"]
        if (str(eid), str(f.get("id"))) not in roles
    )


def _is(item: object, sid: object) -> bool:
    return isinstance(item, dict) and item.get("id") == sid
