"""The new entities of a draft that the fact base already knows: `add` leaves them out and
links the draft's facts to the known one (a draft made before an earlier add proposes what
that add created)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

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
