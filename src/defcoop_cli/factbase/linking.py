"""Layers merged into one view (`stacked`), and the links across them resolved once they
are: a layer joins a claim and gives an entity a role without editing the file that
holds the fact or the entity.

- **One id, one entry.** An id used in two layers is refused, naming both files, except
  a topic or an entity that both define with exactly the same record (two fact bases
  made apart, each adding the same new entity of a meeting): the lower layer's stands
  and the later one is left out of the merged view; one that differs is refused, naming
  the fields that differ. A fact, source, event or note is never in two layers.

- **Joining a claim.** A fact's `claim` may name another fact: it makes that fact's
  claim. Following such links from fact to fact ends at a fact with no claim, or with a
  claim that is no fact's id; that end names the claim of every fact on the way (the
  fact at the end, when it had no claim, takes its own id). So a layer's fact with
  `"claim": "pahalgam-condemned"` and the shipped fact `pahalgam-condemned` are one claim,
  and the shipped file is unchanged. A circle of links is left as it is, and `validate`
  reports it (`checks.claims_and_conflicts`).
- **A role from a layer.** A fact file's top-level `roles` (`{entity, text, fact}`) give
  roles to entities of its own or of a layer under it; each is added to its entity's
  roles, after the entity's own, when its entity and fact exist and the fact names the
  entity (else `validate` reports it where it stands, and it is not added). Its date is
  its fact's source's.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import compress
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from defcoop_cli.errors import BadFactBase
from defcoop_cli.factbase.records import Doc, Fact, Role, entity_record, topic_record

if TYPE_CHECKING:
    from _typeshed import StrPath

# The lists whose entries two layers may both hold, when their records are the same.
SHARED = ("topics", "entities")
_ID = attrgetter("id")
_CLAIM = attrgetter("claim")

# Where a layer's entries sit in the merged lists: list name -> the index of its first
# entry, list name -> how many it has there, and (list name, index in its file) of each
# entry left out (a lower layer has it alike), in the file's order.
Placed = tuple[dict[str, int], dict[str, int], tuple[tuple[str, int], ...]]


def stacked(
    parts: Sequence[tuple[StrPath, Doc]],
    lists: Sequence[str],
    named: Sequence[str],
    hint: Callable[[StrPath], str],
) -> tuple[dict[str, list[Any]], list[Placed], dict[str, dict[str, Any]]]:
    """The layers' lists merged, the bottom layer first, where each layer's entries sit in
    them, and the entries of a `named` list by id, as {x.id: x for x in merged} would have
    them, for the lists whose ids no two layers share (the others left out). An entry of
    a `named` list whose id a lower layer uses is refused (BadFactBase naming both files,
    then hint(the lower file)), unless it is a topic or entity with the same record: then
    it is left out."""
    seen: dict[str, dict[str, Any]] = {name: {} for name in named}  # id -> entry
    shared: set[str] = set()  # the lists of seen whose ids two layers use
    merged: dict[str, list[Any]] = {name: [] for name in lists}
    placed: list[Placed] = []
    for at, (path, doc) in enumerate(parts):
        skipped: list[tuple[str, int]] = []
        for name in named:
            found, items = seen[name], getattr(doc, name)
            ids = list(map(_ID, items))
            if found.keys().isdisjoint(ids):  # no id of a lower layer: all noted in C
                found.update(zip(ids, items, strict=True))
                continue
            shared.add(name)
            lower = parts[:at]
            skipped += _alike_below(name, items, found, lower, merged[name], path, hint)
        starts = {name: len(merged[name]) for name in lists}
        for name in lists:
            items = getattr(doc, name)
            if any(n == name for n, _ in skipped):
                left_out = {i for n, i in skipped if n == name}
                items = [x for i, x in enumerate(items) if i not in left_out]
            merged[name] += items
        sizes = {name: len(merged[name]) - starts[name] for name in lists}
        placed.append((starts, sizes, tuple(skipped)))
    return merged, placed, {name: seen[name] for name in named if name not in shared}


def _alike_below(
    name: str,
    items: Sequence[Any],
    found: dict[str, Any],
    lower: Sequence[tuple[StrPath, Doc]],
    below: list[Any],
    path: StrPath,
    hint: Callable[[StrPath], str],
) -> list[tuple[str, int]]:
    """(name, index) of a layer's entries that a lower layer holds alike (their ids in
    found, the entries of the lower layers by id; below, those entries merged); else
    BadFactBase for the first whose id a lower layer uses."""
    clashing = found.keys() & set(map(_ID, items))
    homes: dict[str, StrPath] = {}  # each clashing id's lowest layer
    for home, doc in lower:
        for x in getattr(doc, name):
            if x.id in clashing:
                homes.setdefault(x.id, home)
    skipped, earlier = [], None
    for i, item in enumerate(items):
        found.setdefault(item.id, item)
        other = homes.get(item.id)
        if other is None or other is path or other == path:  # `is`: the common case
            continue
        differ = ""
        if name in SHARED:
            earlier = earlier or {x.id: x for x in below}
            lower_item = earlier[item.id]
            fields = [f for f in item._fields if getattr(item, f) != getattr(lower_item, f)]
            if not fields:
                skipped.append((name, i))
                continue
            differ = f" with another {', '.join(fields)}"
        what = name.rstrip("s").replace("_", " ").replace("entitie", "entity")
        raise BadFactBase(
            f"{what} id {item.id!r} is in both {other} and {path}{differ}; ids must "
            f"be unique across fact bases{hint(other)}"
        )
    return skipped


def alike(name: str, item: Any, record: Any) -> bool:
    """Whether a topic or entity as JSON (a draft's) is the record a layer holds, so that
    layers may share it (`stacked`)."""
    if name not in SHARED or record is None or not isinstance(item, dict):
        return False
    try:
        return bool((topic_record if name == "topics" else entity_record)(item) == record)
    except (KeyError, TypeError, AttributeError):  # not a whole record: not the same one
        return False


def linked(doc: Doc) -> Doc:
    """The document with claim links resolved and the layers' roles added to their
    entities; the document itself when it has neither."""
    return _roles_added(_claims_resolved(doc))


def claim_root(claim: str, facts: dict[str, Fact]) -> str:
    """The claim a `claim` value names: the end of its links from fact to fact."""
    seen = set()
    while claim in facts and claim not in seen:
        seen.add(claim)
        nxt = facts[claim].claim
        if nxt is None or nxt == claim:
            return claim
        claim = nxt
    return claim


def _claims_resolved(doc: Doc) -> Doc:
    named = set(map(_CLAIM, doc.facts)) - {None, ""}  # in C: most facts have no claim
    if not named:
        return doc
    linked_to = {f.id: f for f in compress(doc.facts, map(named.__contains__, map(_ID, doc.facts)))}
    if not linked_to:  # no claim names a fact: the claims are as written
        return doc
    facts = [_resolved(f, linked_to) for f in doc.facts]
    return doc._replace(facts=facts)


def _resolved(fact: Fact, linked_to: dict[str, Fact]) -> Fact:
    if fact.claim is None:
        return fact._replace(claim=fact.id) if fact.id in linked_to else fact
    if fact.claim not in linked_to:
        return fact
    root = claim_root(fact.claim, linked_to)
    return fact if _in_circle(root, linked_to) else fact._replace(claim=root)


def _in_circle(claim: str, facts: dict[str, Fact]) -> bool:
    """Whether a claim's links go round without an end."""
    end = facts.get(claim)
    return end is not None and end.claim is not None and end.claim != claim


def _roles_added(doc: Doc) -> Doc:
    if not doc.roles:
        return doc
    cited = {r.fact for r in doc.roles}
    facts = {f.id: f for f in doc.facts if f.id in cited}
    added: dict[str, list[Role]] = {}
    for r in doc.roles:
        fact = facts.get(r.fact)
        if fact is not None and r.entity in fact.entities:
            added.setdefault(r.entity, []).append(Role(r.text, r.fact))
    entities = [
        e._replace(roles=(*e.roles, *(r for r in added[e.id] if r not in e.roles)))
        if e.id in added
        else e
        for e in doc.entities
    ]
    return doc._replace(entities=entities)
