"""What the fact base already knows of a draft: the new entities it has (`add` leaves them
out and links the draft's facts to the known one: a draft made before an earlier add
proposes what that add created), the draft itself if added before, the target's facts
that give a person no role yet and the offices its reports' roles give."""

from __future__ import annotations

from collections.abc import Mapping, Sequence, Set
from pathlib import Path
from typing import TYPE_CHECKING, Any

from defcoop_cli.curation.proposals import Proposal
from defcoop_cli.factbase.checking.results import Problem
from defcoop_cli.factbase.loader import FactBase
from defcoop_cli.factbase.records import Entity
from defcoop_cli.factbase.vocab import bare_minister, same_office

if TYPE_CHECKING:
    from defcoop_cli.curation.drafting.conflicts.people import GivenOffice


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
    roles |= {(str(eid), str(r.get("fact"))) for r, eid in _cited(old)}
    return frozenset(
        (str(eid), str(f.get("id")))
        for f in old.get("facts", [])
        if isinstance(f, dict) and isinstance(f.get("entities"), list)
        for eid in f["entities"]
        if (str(eid), str(f.get("id"))) not in roles
    )


def reports_offices(old: dict[str, Any], added: Set[str]) -> dict[str, list[tuple[str, str]]]:
    """Each person's offices that the target's roles give by a fact of the target (a report
    added before; added: the ids of the target's facts): entity -> [(office, fact)], in the
    target's order."""
    offices: dict[str, list[tuple[str, str]]] = {}
    for r, eid in _cited(old):
        if str(r.get("fact")) in added and isinstance(r.get("text"), str):
            offices.setdefault(str(eid), []).append((r["text"], str(r["fact"])))
    return offices


class Agreed:
    """A draft's proposals with the office conflicts of two reports drafted before either
    was added (neither draft saw the other), as the drafter makes them for a report drafted
    over the other (`conflicts.people`): a report giving a person his filed office by a
    name's reading, and one giving him another office, whichever is added second. Only
    the reports added since the draft was made count (its `drafted_over`: the sources of
    the target's reports it was drafted over, which the drafter has set it against)."""

    def __init__(
        self,
        old: dict[str, Any],
        added: Set[str],
        people: Mapping[str, Entity],
        sources: dict[str, str],
        seen: frozenset[str] = frozenset(),
    ) -> None:
        self.sources = sources  # each fact's source (the target's and the layers' under it)
        self.offices = {
            eid: [(office, f) for office, f in given if sources.get(f) not in seen]
            for eid, given in reports_offices(old, added).items()
        }
        self.ids = added  # every report's fact, seen or not
        self.people = people  # the layers' people under the target, by id
        facts = (f for f in old.get("facts", []) if isinstance(f, dict))
        self.unseen = [f for f in facts if f.get("source") not in seen]
        # each person's unseen reports' facts and his reader (`_of`), made once for him
        self.reports: dict[str, tuple[list[dict[str, Any]], GivenOffice]] = {}

    def __call__(self, fact: dict[str, Any], pr: Proposal) -> Proposal:
        """Added second, each office the fact gives a person (its office conflicts', its
        `office_agrees`) is set against each role of a report of another source giving
        him otherwise (neither a bare "Minister"), in its own conflict saying that office if it
        has one, as the drafter sets a fact against the roles of the reports added before
        it; the fact's office conflict with a filed office also sets against it the
        reports that give the filed office (read again: `GivenOffice`)."""
        listed = {o.get("fact") for c in pr.conflicts for o in c["others"]}
        conflicts = [self._agreeing(c, fact, listed) for c in pr.conflicts]
        given = [
            (str(c.get("entity")), c["this"]) for c in pr.conflicts if c.get("field") == "office"
        ]
        for entity, text in [*given, *((a["entity"], a["text"]) for a in pr.agrees)]:
            if bare_minister(text):  # a bare title: the drafter sets none
                continue
            others = [
                {"fact": f, "text": office}
                for office, f in self.offices.get(entity, [])
                if f not in listed and self.sources.get(f) != fact.get("source")
                if not bare_minister(office) and not same_office(office, text)
            ]
            if not others or entity not in fact.get("entities", []):
                continue
            at = next(  # its own conflict with a filed office, saying the same: one side
                (i for i, c in enumerate(conflicts) if _office_of(c, entity, text)), None
            )
            if at is None:
                conflicts.append({"field": "office", "entity": entity, "this": text, "others": []})
                at = len(conflicts) - 1
            conflicts[at] = {**conflicts[at], "others": [*conflicts[at]["others"], *others]}
            listed |= {o["fact"] for o in others}
        return pr._replace(conflicts=tuple(conflicts))

    def _agreeing(
        self, conflict: dict[str, Any], fact: dict[str, Any], listed: set[Any]
    ) -> dict[str, Any]:
        """An office conflict with a filed office, with the reports added before (of other
        sources) that give the person the filed office by a name's reading."""
        person = self.people.get(str(conflict.get("entity")))
        if conflict.get("field") != "office" or person is None:
            return conflict
        if bare_minister(str(conflict["this"])):
            return conflict
        filed = [o["text"] for o in conflict["others"] if o.get("fact", "") not in {"", *self.ids}]
        if not filed:
            return conflict
        reports, given_office = self._of(person)
        more = []
        for f in reports:
            if f.get("id") in listed:
                continue
            if self.sources.get(str(f.get("id"))) == fact.get("source"):
                continue
            said = given_office(str(f.get("quote")))
            agrees = said and any(same_office(t, said) for t in filed)
            if agrees and not same_office(str(said), str(conflict["this"])):
                more.append({"text": str(said), "fact": str(f["id"])})
        return {**conflict, "others": [*conflict["others"], *more]} if more else conflict

    def _of(self, person: Entity) -> tuple[list[dict[str, Any]], GivenOffice]:
        """The person's unseen reports' facts, in the target's order, and the reader of the
        office each gives him: found once (not for each office conflict), the reader's
        matchers made once (not for each report)."""
        if person.id not in self.reports:
            from defcoop_cli.curation.drafting.conflicts.people import GivenOffice

            named = [f for f in self.unseen if person.id in f.get("entities", [])]
            self.reports[person.id] = (named, GivenOffice(person))
        return self.reports[person.id]


def _office_of(conflict: dict[str, Any], entity: str, text: str) -> bool:
    """Whether a conflict is the person's office conflict saying that office."""
    field, said = conflict.get("field"), str(conflict.get("this"))
    return field == "office" and conflict.get("entity") == entity and same_office(said, text)


def _cited(old: dict[str, Any]) -> list[tuple[dict[str, Any], Any]]:
    """The target's roles, each with its person: a top-level role's, an entity's own."""
    cited = [(r, r.get("entity")) for r in old.get("roles", []) if isinstance(r, dict)]
    for e in old.get("entities", []):
        if isinstance(e, dict) and isinstance(e.get("roles"), list):
            cited += [(r, e.get("id")) for r in e["roles"] if isinstance(r, dict)]
    return cited


def _is(item: object, sid: object) -> bool:
    return isinstance(item, dict) and item.get("id") == sid
