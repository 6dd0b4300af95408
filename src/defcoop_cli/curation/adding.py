"""`add`: a reviewed draft merged into a fact base of your own.

`add` works on JSON data, so that the target keeps its own order and fields. Holding the
writers' lock of the target (factbase.locking), it reads the target and the draft, strips
what only drafts carry, acts on the draft's proposals (curation.proposals: claims joined,
conflict notes, roles), merges, validates the merged result in memory (schema, usability
and every check, on the layers under the target; its new ids against the layers above it
too), and only then hands the result to `curation.writing`, whose decisive step is an
atomic rename.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from defcoop_cli.curation import proposals
from defcoop_cli.curation.known import Agreed, added_before, drop_known_entities, roleless
from defcoop_cli.curation.results import Added
from defcoop_cli.curation.writing import Snapshot, write_fact_base
from defcoop_cli.errors import BadFactBase, DefcoopError, FactBaseNotFound, UsageError
from defcoop_cli.factbase import locking
from defcoop_cli.factbase.checking.results import Problem
from defcoop_cli.factbase.checking.validation import top_layer_problems
from defcoop_cli.factbase.files import decode_utf8, fingerprint, read_regular_file
from defcoop_cli.factbase.layers import default_factbase_path
from defcoop_cli.factbase.limits import MAX_FACT_FILE_BYTES, MAX_SOURCE_BYTES, control_characters
from defcoop_cli.factbase.linking import alike
from defcoop_cli.factbase.loader import (
    LISTS,
    FactBase,
    build,
    merge,
    parse_json,
    read_fact_file,
    resolve_source_path,
)
from defcoop_cli.factbase.records import Entity, record_json
from defcoop_cli.factbase.vocab import ACCEPTED, REJECTED

# Fields a draft carries and a fact base does not (claim_of, conflicts and office_agrees are
# proposals: add acts on them through curation.proposals).
DRAFT_ONLY = ("review", "rule", "notes", "claim_of", "claim_evidence", "conflicts", "office_agrees")
REVIEWED = (ACCEPTED, REJECTED)


# ---- add


def _problem(code: str, where: str, message: str, of: str | None = None) -> Problem:
    return Problem(code, where, message, of)


def read_draft(path: Path) -> dict[str, Any]:
    return parse_draft(read_regular_file(path, MAX_FACT_FILE_BYTES, "draft"), path)


def parse_draft(data: bytes, path: Path) -> dict[str, Any]:
    """A draft's JSON (a leading byte order mark is none of it, as in a fact file)."""
    text = decode_utf8(data, path, "utf-8-sig")
    if not text.strip():  # as the loader words an empty fact file
        raise BadFactBase(f"{path}: is empty, not a draft")
    try:
        draft = json.loads(text)
    except RecursionError:  # deeper than the parser goes: as the loader says it
        raise BadFactBase(f"{path}: not a draft: invalid JSON: nested too deeply") from None
    except ValueError as e:
        raise BadFactBase(f"{path}: not a draft: invalid JSON: {e}") from None
    if not isinstance(draft, dict) or not isinstance(draft.get("draft"), dict):
        raise BadFactBase(f"{path}: not a draft (no 'draft' object); make one with defcoop draft")
    for name in LISTS:
        if not isinstance(draft.get(name, []), list):
            raise BadFactBase(f"{path}: not a draft: {name} is not a list")
    return draft


def _strings(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _stripped(item: Any) -> Any:
    return (
        {k: v for k, v in item.items() if k not in DRAFT_ONLY} if isinstance(item, dict) else item
    )


class Plan(NamedTuple):
    """What a draft adds (its lists, draft-only fields stripped), where each added entry
    is in the draft (`origin`: its index in the draft's list, or the path of the proposal
    that made it), how many facts were rejected, the review problems, the article's file,
    and the accepted facts' proposals."""

    added: dict[str, list[Any]]
    origin: dict[str, list[int | str]]
    rejected: int
    problems: list[Problem]
    article: Path | None
    proposals: list[proposals.Proposal]
    drafted_over: frozenset[str] = frozenset()  # the target's reports the draft saw


def plan(draft: dict[str, Any], draft_path: Path) -> Plan:
    """What the draft adds, and the problems of its review."""
    problems: list[Problem] = []
    for name in LISTS:
        if any(not isinstance(item, dict) for item in draft.get(name, [])):
            raise ValueError(f"{name} holds something other than objects")
    facts = draft.get("facts", [])
    for f in facts:
        if not _strings(f.get("entities", [])) or not isinstance(f.get("id"), str):
            raise ValueError(f"fact {f.get('id')!r}: its id or entities are not text")
    for e in draft.get("entities", []):
        if not isinstance(e.get("id"), str):
            raise ValueError(f"entity {e.get('id')!r}: its id is not text")
    for i, f in enumerate(facts):
        review = f.get("review")
        if review not in REVIEWED:
            problems.append(
                Problem(
                    "review",
                    f"$.facts[{i}]",
                    f"review is {review!r}: set it to 'accepted' or 'rejected'",
                    f.get("id"),
                )
            )
    accepted = [(i, f) for i, f in enumerate(facts) if f.get("review") == ACCEPTED]
    rejected = sum(f.get("review") == REJECTED for f in facts)
    used = {e for _, f in accepted for e in f.get("entities", [])}
    entities = []
    for i, e in enumerate(draft.get("entities", [])):
        if not isinstance(e, dict) or e.get("id") not in used or e.get("review") == REJECTED:
            continue
        if e.get("review", ACCEPTED) not in REVIEWED:
            problems.append(
                Problem(
                    "review",
                    f"$.entities[{i}]",
                    f"entity {e.get('id')!r} is used by an accepted fact but its review is "
                    f"{e.get('review')!r}: accept or reject it",
                    e.get("id"),
                )
            )
        entities.append((i, e))
    kept = {
        "sources": list(enumerate(draft.get("sources", []))),
        "topics": list(enumerate(draft.get("topics", []))),
        "entities": entities,
        "facts": accepted,
        "curator_notes": list(enumerate(draft.get("curator_notes", []))),
        "events": list(enumerate(draft.get("events", []))),
    }
    added = {name: [_stripped(x) for _, x in pairs] for name, pairs in kept.items()}
    problems += [  # a text the curator writes is one line, shown as written: no controls
        Problem("text", f"$.{name}[{i}].{field}", f"{wrong}: take it out", x.get("id"))
        for name, pairs in kept.items()
        for i, x in pairs
        for field, wrong in control_characters(name, x)
    ]
    origin: dict[str, list[int | str]] = {
        name: [i for i, _ in pairs] for name, pairs in kept.items()
    }
    proposed = [proposals.proposal(f, f"$.facts[{i}]") for i, f in accepted]
    over = draft["draft"].get("drafted_over", [])
    seen = frozenset(over if _strings(over) else ())
    article = draft["draft"].get("article")
    if not isinstance(article, str) or not article:
        problems.append(_problem("draft", "$.draft.article", "the draft names no article file"))
        return Plan(added, origin, rejected, problems, None, proposed, seen)
    where = Path(article)
    if not where.is_absolute():
        where = draft_path.parent / where
    beside = draft_path.parent / where.name  # moved with the draft: if it is the text drafted
    if not os.path.lexists(where) and _sha256(_read_or_none(beside)) in _drafted(draft):
        where = beside
    return Plan(added, origin, rejected, problems, where, proposed, seen)


def add(
    draft_path: Path,
    target: Path,
    below: Sequence[Path],
    fail_at: Callable[[str], None] | None = None,
    waiting: Callable[[str], None] | None = None,
    above: Sequence[Path] = (),
) -> Added:
    """Merge the reviewed draft into the target fact file (on the layers below it); refuse
    with every problem listed and nothing changed, among them an id that a layer above it
    (`above`) already uses. The target is read, checked and written under the writers'
    lock (waiting(who) is called if another writer makes it wait). fail_at(step), for tests,
    raises to simulate a failure at a step."""
    if os.path.realpath(target) == os.path.realpath(default_factbase_path()):
        raise UsageError("the shipped fact base is never written: add to your own with --into")
    draft = read_draft(draft_path)
    try:
        planned = plan(draft, draft_path)
    except (TypeError, AttributeError, ValueError) as e:  # a hand-edited draft gone wrong
        raise BadFactBase(f"{draft_path}: not a valid draft: {e}") from None
    real = Path(os.path.realpath(target))
    if not os.path.lexists(real):
        raise FactBaseNotFound(f"{target}: no such fact file")
    with locking.exclusive(real, waiting, target):
        return _add_locked(planned, draft_path, target, (below, above), fail_at)


def _add_locked(
    planned: Plan,
    draft_path: Path,
    target: Path,
    stack: tuple[Sequence[Path], Sequence[Path]],
    fail_at: Callable[[str], None] | None,
) -> Added:
    added, origin, rejected, problems, article = planned[:5]
    for folder in {Path(os.path.realpath(target)).parent, target.parent}:
        locking.tidy(folder)
    old_bytes = read_fact_file(target)
    was = Snapshot(old_bytes, fingerprint(target))
    old = _fact_base_json(old_bytes, target)
    sources = added["sources"]
    if len(sources) != 1:
        raise BadFactBase(f"{draft_path}: a draft holds exactly one source")
    source = sources[0]
    text = ""
    readable = False  # without the article's text, the checks of its quotes mean nothing
    if article is not None:
        try:
            raw = read_regular_file(article, MAX_SOURCE_BYTES, "article")
        except DefcoopError as e:
            problems.append(_problem("source", "$.draft.article", str(e)))
        else:
            readable = True
            if hashlib.sha256(raw).hexdigest() != source.get("sha256"):
                problems.append(
                    _problem(
                        "source",
                        "$.sources[0].sha256",
                        f"{article} is not the text that was drafted (its sha256 differs)",
                    )
                )
            text = decode_utf8(raw, article)
    try:
        destination = resolve_source_path(target, str(source.get("id")), str(source.get("path")))
    except DefcoopError as e:
        problems.append(_problem("source", "$.sources[0].path", str(e)))
        destination = None
    lower, upper = ([build(read_fact_file(p), p) for p in paths] for paths in stack)
    known = drop_known_entities(added, origin, old, lower)
    linked = _link(planned, source, old, lower)
    gone = "is no fact of {} nor of a layer under it (removed since?): unlink it (review, key c)"
    problems += [
        _problem("claim", f"{at}.claim_of", f"{other!r} " + gone.format(target), fact)
        for at, fact, other in linked.missing
        if all(other not in fb.facts for fb in upper)  # one above: left out, as ever
    ]
    event = proposals.event_joined(source, linked, old, lower, len(added["facts"]))
    merged = {**old}
    for name in LISTS:
        merged[name] = list(old.get(name, [])) + added[name]
    merged["facts"] = proposals.headed(merged["facts"], linked.heads)  # lone facts joined
    if linked.roles:
        merged["roles"] = [*old.get("roles", []), *(role for _, role in linked.roles)]
    again = added_before(source, old, lower, target)  # add run twice on one draft
    collisions = again or _collisions(added, origin, old, [*lower, *upper])
    problems += collisions
    if collisions or destination is None or not readable:  # nothing more can be checked
        return _refused(target, source, added, rejected, problems)
    found = _check(merged, target, lower, {str(source.get("id")): text})
    problems += [_in_draft(p, old, added, origin, target) for p in found]
    if os.path.lexists(destination) and _read_or_none(destination) != text.encode("utf-8"):
        problems.append(
            _problem("source", "$.sources[0].path", f"{destination} exists with another text")
        )
    if problems:
        return _refused(target, source, added, rejected, problems)
    locking.tidy(destination.parent)
    write_fact_base(target, destination, text, was, merged, fail_at)
    return Added(
        target,
        str(source.get("id")),
        tuple(f["id"] for f in added["facts"]),
        tuple(e["id"] for e in added["entities"]),
        tuple(t["id"] for t in added["topics"]),
        rejected,
        claims=(*linked.claims, *linked.heads),
        conflicts=tuple(note["id"] for _, note in linked.notes),
        roles=tuple((r["entity"], r["text"]) for _, r in linked.roles),
        event=event,
        known=tuple(known),
    )


def _link(
    planned: Plan,
    source: dict[str, Any],
    old: dict[str, Any],
    lower: Sequence[FactBase],
) -> proposals.Linked:
    """The accepted facts' proposals acted on (curation.proposals): their claims joined,
    their conflict notes added to the draft's notes (named by the proposal's path)."""
    facts: dict[str, str] = {f.id: f.source for fb in lower for f in fb.doc.facts}
    claims = {f.id: f.claim for fb in lower for f in fb.doc.facts if f.claim}
    names: dict[str, str] = {}
    people: dict[str, Entity] = {}  # the layers' people, for the office conflicts (Agreed)
    for e in (e for fb in lower for e in fb.doc.entities):
        names[e.id] = e.name
        if e.type == "person":
            people[e.id] = e
    labels = {s.id: s.publisher or s.id for fb in lower for s in fb.doc.sources}
    for item in [*old.get("sources", []), source]:
        if isinstance(item, dict):
            labels[str(item.get("id"))] = str(item.get("publisher") or item.get("id"))
    for item in [*old.get("entities", []), *planned.added["entities"]]:
        if isinstance(item, dict):
            names[str(item.get("id"))] = str(item.get("name"))
    for item in old.get("facts", []):
        if isinstance(item, dict):
            facts[str(item.get("id"))] = str(item.get("source"))
            if isinstance(item.get("claim"), str):
                claims[str(item.get("id"))] = item["claim"]
    cited = {o.get("note") for p in planned.proposals for c in p.conflicts for o in c["others"]}
    notes = {n.id: record_json(n) for fb in lower for n in fb.doc.curator_notes if n.id in cited}
    for n in old.get("curator_notes", []):
        if isinstance(n, dict) and n.get("id") in cited:
            notes[str(n["id"])] = n
    added = frozenset(str(f.get("id")) for f in old.get("facts", []) if isinstance(f, dict))
    known = proposals.Known(facts, names, labels, claims, notes, added, roleless(old, lower))
    agreed = Agreed(old, added, people, facts, planned.drafted_over)
    proposed = [
        agreed(f, pr) for f, pr in zip(planned.added["facts"], planned.proposals, strict=True)
    ]
    linked = proposals.link(planned.added["facts"], proposed, known)
    for where, note in linked.notes:
        planned.added["curator_notes"].append(note)
        planned.origin["curator_notes"].append(where)
    return linked


_ENTRY_PATH = re.compile(r"^\$\.(\w+)\[(\d+)\](.*)$", re.DOTALL)


def _in_draft(
    problem: Problem,
    old: dict[str, Any],
    added: dict[str, list[Any]],
    origin: dict[str, list[int | str]],
    target: Path,
) -> Problem:
    """A problem of the merged target, pointed back into the draft (with the entry's id)
    when the entry is one the draft adds; else named in the target file."""
    found = _ENTRY_PATH.match(problem.path)
    if found is None or found.group(1) not in origin:
        return problem
    name, k, rest = found.group(1), int(found.group(2)), found.group(3)
    before = len(old.get(name, []))
    if k < before:
        return problem._replace(path=f"{target}: {problem.path}")
    entry = added[name][k - before]
    entry_id = entry.get("id") if isinstance(entry, dict) else None
    path = f"{_draft_path(name, origin[name][k - before])}{rest}"
    return problem._replace(path=path, id=problem.id or (entry_id if entry_id else None))


def _draft_path(name: str, at: int | str) -> str:
    """Where an added entry is in the draft: its list's index, or the proposal's path."""
    return at if isinstance(at, str) else f"$.{name}[{at}]"


def _fact_base_json(data: bytes, path: Path) -> dict[str, Any]:
    """A fact file's JSON, with the lists add merges into; else one BadFactBase."""
    found = parse_json(decode_utf8(data, path, "utf-8-sig"), path)  # worded as the loader's
    if not isinstance(found, dict):
        raise BadFactBase(f"{path}: not a fact base")
    for name in LISTS:
        if not isinstance(found.get(name, []), list):
            raise BadFactBase(f"{path}: not a fact base: {name} is not a list")
    return found


def _refused(
    target: Path,
    source: dict[str, Any],
    added: dict[str, list[Any]],
    rejected: int,
    problems: list[Problem],
) -> Added:
    def ids(name: str) -> tuple[str, ...]:
        return tuple(str(x.get("id")) for x in added[name] if isinstance(x, dict))

    return Added(
        target,
        str(source.get("id")),
        ids("facts"),
        ids("entities"),
        ids("topics"),
        rejected,
        tuple(problems),
    )


def _sha256(data: bytes | None) -> str | None:
    return None if data is None else hashlib.sha256(data).hexdigest()


def _drafted(draft: dict[str, Any]) -> set[str]:
    """The sha256 of the text each of the draft's sources was drafted from."""
    return {s["sha256"] for s in draft.get("sources", []) if isinstance(s.get("sha256"), str)}


def _read_or_none(path: Path) -> bytes | None:
    try:
        return read_regular_file(path, MAX_SOURCE_BYTES, "source text")
    except DefcoopError:
        return None


def _collisions(
    added: dict[str, list[Any]],
    origin: dict[str, list[int | str]],
    old: dict[str, Any],
    layers: Sequence[FactBase],
) -> list[Problem]:
    """Ids the draft adds that a layer, below or above (or the target), already uses; a
    topic or entity a layer holds as the same record is none (the layers share it)."""
    taken: dict[tuple[str, str], tuple[str, Any]] = {}
    for fb in layers:
        for name in LISTS:
            for item in getattr(fb.doc, name):
                taken.setdefault((name, item.id), (str(fb.path), item))
    for name in LISTS:
        for item in old.get(name, []):
            if isinstance(item, dict):
                taken.setdefault((name, str(item.get("id"))), ("the target", None))
    problems = []
    for name in LISTS:
        for i, item in enumerate(added[name]):
            key = (name, str(item.get("id")) if isinstance(item, dict) else "")
            if key in taken and not alike(name, item, taken[key][1]):
                what = "source" if name == "sources" else name.rstrip("s")
                problems.append(
                    Problem(
                        "duplicate-id",
                        _draft_path(name, origin[name][i]),
                        f"{what.replace('entitie', 'entity')} id {key[1]!r} is already used "
                        f"in {taken[key][0]}",
                        key[1],
                    )
                )
    return problems


def _check(
    merged: dict[str, Any],
    target: Path,
    lower: Sequence[FactBase],
    new_texts: dict[str, str],
) -> list[Problem]:
    """Every problem the merged target would have, on the layers below: the schema, then
    the checks validate runs (only the target's own entries)."""
    from defcoop_cli.factbase import schema
    from defcoop_cli.factbase.records import doc_from_model

    try:
        model = schema.FactBaseDoc.model_validate(merged)
    except schema.ValidationError as e:
        topics = [t.id for fb in lower for t in fb.doc.topics]
        plain = schema.schema_problems(e, merged, topics)
        return [_problem("schema", where, msg) for where, msg in plain]
    own = FactBase(target, doc_from_model(model))
    fb = merge([*lower, own])
    fb.remember_texts(new_texts)
    return top_layer_problems(fb, own)[0]
