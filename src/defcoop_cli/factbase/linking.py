"""Links across layers, resolved once the layers are merged: a layer joins a claim and
gives an entity a role without editing the file that holds the fact or the entity.

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

from defcoop_cli.factbase.records import Doc, Fact, Role


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
    named = {f.claim for f in doc.facts if f.claim}
    linked_to = {f.id: f for f in doc.facts if f.id in named}
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
