"""A curator's writes: `init` (an empty fact base of your own) and `add` (a reviewed draft
merged into it). The only module that writes a user's fact base.

`add` works on JSON data, so that the target keeps its own order and fields. Holding the
writers' lock of the target (factbase.locking), it reads the target and the draft, strips
what only drafts carry, merges, validates the merged result in memory (schema, usability
and every check, on the layers under the target; its new ids against the layers above it
too), and only then writes, in an order whose decisive step is an atomic rename:

1. the article's text, into the target's `sources/` (a new file: never over another);
2. the new `facts.json` and a copy of the version add read, each in a temporary file
   flushed to disk; then, if the target still holds what add read (an editor takes no
   lock), the new file renamed over it and the folder flushed;
3. only then the copy renamed over `facts.json.bak`, the backup.

A failure before the rename of step 2 leaves the fact file, its sources and the previous
backup as they were (a text copied in step 1 is removed). A failure after it (flushing a
folder, replacing the backup) is Incomplete, exit 3: the facts are added, the text they
quote stays, and the message says what was not done.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import re
import shutil
import stat
from collections.abc import Callable, Sequence
from contextlib import suppress
from pathlib import Path
from typing import Any, NamedTuple

from defcoop_cli import TEMPORARY
from defcoop_cli.curation.results import Added, Created
from defcoop_cli.errors import (
    BadFactBase,
    DefcoopError,
    FactBaseNotFound,
    Incomplete,
    TryAgain,
    UsageError,
    WriteError,
)
from defcoop_cli.factbase import checks, locking
from defcoop_cli.factbase.files import (
    Fingerprint,
    decode_utf8,
    fingerprint,
    fsync_folder,
    read_regular_file,
    signals_held,
    staged,
    temporary_prefix,
    write_atomically,
)
from defcoop_cli.factbase.limits import MAX_FACT_FILE_BYTES, MAX_SOURCE_BYTES
from defcoop_cli.factbase.loader import (
    LISTS,
    FactBase,
    build,
    default_factbase_path,
    merge,
    read_fact_file,
    resolve_source_path,
    top_layer_problems,
)

DRAFT_ONLY = ("review", "rule", "notes")  # fields a draft carries and a fact base does not
REVIEWED = ("accepted", "rejected")
EMPTY = {"schema_version": 1, **{name: [] for name in LISTS}}


# ---- init


def init(folder: Path, waiting: Callable[[], None] | None = None) -> Created:
    """An empty fact base in folder, facts.json and sources/: never over anything, and
    there whole or not at all, made under the writers' lock (waiting() is called if another
    writer makes it wait). A new folder is built under a temporary name beside it and
    renamed into place. In a folder that exists, sources/ is made first (an empty one, as
    an init killed part-way leaves, is taken as it is) and facts.json linked in last."""
    if os.path.isdir(folder):
        _init_in(folder, waiting)
    elif os.path.lexists(folder):
        raise UsageError(f"{folder} already exists and is not a folder; init never overwrites")
    else:
        _init_new(folder, waiting)
    return Created(folder / "facts.json")


def _init_new(folder: Path, waiting: Callable[[], None] | None) -> None:
    where = Path(os.path.abspath(folder))
    try:
        where.parent.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise _cannot_create(folder, e) from None
    with locking.exclusive(where, waiting):
        locking.tidy(where.parent)
        staging = where.parent / f"{temporary_prefix(where)}{os.urandom(4).hex()}.tmp"
        try:
            with signals_held():
                os.mkdir(staging)
                TEMPORARY.add(str(staging))
            os.mkdir(staging / "sources")
            write_atomically(staging / "facts.json", _write_empty, 0o644, durable=True)
            with signals_held():
                os.rename(staging, where)  # fails if a folder with anything in it is there
                TEMPORARY.discard(str(staging))
        except BaseException as e:
            shutil.rmtree(staging, ignore_errors=True)
            TEMPORARY.discard(str(staging))
            if isinstance(e, OSError):
                raise _cannot_create(folder, e) from None
            raise
        _flush_created(folder, where.parent)


def _init_in(folder: Path, waiting: Callable[[], None] | None) -> None:
    fact_file, sources = folder / "facts.json", folder / "sources"
    real = Path(os.path.realpath(folder)) / "facts.json"
    with locking.exclusive(real, waiting):
        locking.tidy(real.parent)
        if os.path.lexists(fact_file):
            raise UsageError(f"{fact_file} already exists; init never overwrites anything")
        if os.path.lexists(sources) and not _empty_folder(sources):
            raise UsageError(f"{sources} already exists; init never overwrites anything")
        made: list[Path] = []
        try:
            if not os.path.lexists(sources):
                with signals_held():
                    os.mkdir(sources)
                    _made(made, sources)
            with staged(fact_file, _write_empty, 0o644, durable=True) as tmp, signals_held():
                os.link(tmp, fact_file)  # fails if one is there: never over another
                _kept(made)
        except BaseException as e:
            _remove(made)
            if isinstance(e, OSError):
                raise _cannot_create(folder, e) from None
            raise
        _flush_created(folder, folder)


def _write_empty(path: Path) -> None:
    path.write_text(json.dumps(EMPTY, indent=2) + "\n", encoding="utf-8")


def _empty_folder(path: Path) -> bool:
    return os.path.isdir(path) and not os.path.islink(path) and not os.listdir(path)


def _cannot_create(folder: Path, e: OSError) -> DefcoopError:
    if e.errno in (errno.EEXIST, errno.ENOTEMPTY):
        return UsageError(f"{folder} already exists; init never overwrites anything")
    return WriteError(f"{folder}: cannot create a fact base: {e.strerror or e}; nothing was made")


def _flush_created(folder: Path, changed: Path) -> None:
    try:
        fsync_folder(changed)
    except OSError as e:
        raise Incomplete(
            f"{folder / 'facts.json'}: created, but its folder could not be flushed to disk "
            f"({e.strerror or e}): a crash could still undo it"
        ) from None


# ---- add


def _problem(code: str, where: str, message: str) -> checks.Problem:
    return checks.Problem(code, where, message)


def read_draft(path: Path) -> dict[str, Any]:
    data = read_regular_file(path, MAX_FACT_FILE_BYTES, "draft")
    try:
        draft = json.loads(decode_utf8(data, path))
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
    is in the draft (`origin`: its index in the draft's list), how many facts were
    rejected, the review problems, and the article's file."""

    added: dict[str, list[Any]]
    origin: dict[str, list[int]]
    rejected: int
    problems: list[checks.Problem]
    article: Path | None


def plan(draft: dict[str, Any], draft_path: Path) -> Plan:
    """What the draft adds, and the problems of its review."""
    problems: list[checks.Problem] = []
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
                checks.Problem(
                    "review",
                    f"$.facts[{i}]",
                    f"review is {review!r}: set it to 'accepted' or 'rejected'",
                    f.get("id"),
                )
            )
    accepted = [(i, f) for i, f in enumerate(facts) if f.get("review") == "accepted"]
    rejected = sum(f.get("review") == "rejected" for f in facts)
    used = {e for _, f in accepted for e in f.get("entities", [])}
    entities = []
    for i, e in enumerate(draft.get("entities", [])):
        if not isinstance(e, dict) or e.get("id") not in used or e.get("review") == "rejected":
            continue
        if e.get("review", "accepted") not in REVIEWED:
            problems.append(
                checks.Problem(
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
    }
    added = {name: [_stripped(x) for _, x in pairs] for name, pairs in kept.items()}
    origin = {name: [i for i, _ in pairs] for name, pairs in kept.items()}
    article = draft["draft"].get("article")
    if not isinstance(article, str) or not article:
        problems.append(_problem("draft", "$.draft.article", "the draft names no article file"))
        return Plan(added, origin, rejected, problems, None)
    where = Path(article)
    if not where.is_absolute():
        where = draft_path.parent / where
    return Plan(added, origin, rejected, problems, where)


def add(
    draft_path: Path,
    target: Path,
    below: Sequence[Path],
    fail_at: Callable[[str], None] | None = None,
    waiting: Callable[[], None] | None = None,
    above: Sequence[Path] = (),
) -> Added:
    """Merge the reviewed draft into the target fact file (on the layers below it); refuse
    with every problem listed and nothing changed, among them an id that a layer above it
    (`above`) already uses. The target is read, checked and written under the writers'
    lock (waiting() is called if another writer makes it wait). fail_at(step), for tests,
    raises to simulate a failure at a step."""
    if os.path.realpath(target) == os.path.realpath(default_factbase_path()):
        raise UsageError("the shipped fact base is never written: give your own with --facts")
    draft = read_draft(draft_path)
    try:
        planned = plan(draft, draft_path)
    except (TypeError, AttributeError, ValueError) as e:  # a hand-edited draft gone wrong
        raise BadFactBase(f"{draft_path}: not a valid draft: {e}") from None
    real = Path(os.path.realpath(target))
    if not os.path.lexists(real):
        raise FactBaseNotFound(f"{target}: no such fact file")
    with locking.exclusive(real, waiting):
        return _add_locked(planned, draft_path, target, (below, above), fail_at)


def _add_locked(
    planned: Plan,
    draft_path: Path,
    target: Path,
    stack: tuple[Sequence[Path], Sequence[Path]],
    fail_at: Callable[[str], None] | None,
) -> Added:
    added, origin, rejected, problems, article = planned
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
    merged = {**old}
    for name in LISTS:
        merged[name] = list(old.get(name, [])) + added[name]
    lower, upper = ([build(read_fact_file(p), p) for p in paths] for paths in stack)
    collisions = _collisions(added, origin, old, [*lower, *upper])
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
    _write(target, destination, text, was, merged, fail_at)
    return Added(
        target,
        str(source.get("id")),
        tuple(f["id"] for f in added["facts"]),
        tuple(e["id"] for e in added["entities"]),
        tuple(t["id"] for t in added["topics"]),
        rejected,
    )


_ENTRY_PATH = re.compile(r"^\$\.(\w+)\[(\d+)\](.*)$", re.DOTALL)


def _in_draft(
    problem: checks.Problem,
    old: dict[str, Any],
    added: dict[str, list[Any]],
    origin: dict[str, list[int]],
    target: Path,
) -> checks.Problem:
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
    path = f"$.{name}[{origin[name][k - before]}]{rest}"
    return problem._replace(path=path, id=problem.id or (entry_id if entry_id else None))


def _fact_base_json(data: bytes, path: Path) -> dict[str, Any]:
    """A fact file's JSON, with the lists add merges into; else one BadFactBase."""
    try:
        found = json.loads(decode_utf8(data, path, "utf-8-sig"))
    except RecursionError:
        raise BadFactBase(f"{path}: invalid JSON: nested too deeply") from None
    except ValueError as e:
        raise BadFactBase(f"{path}: invalid JSON: {e}") from None
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
    problems: list[checks.Problem],
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


def _read_or_none(path: Path) -> bytes | None:
    try:
        return read_regular_file(path, MAX_SOURCE_BYTES, "source text")
    except DefcoopError:
        return None


def _collisions(
    added: dict[str, list[Any]],
    origin: dict[str, list[int]],
    old: dict[str, Any],
    layers: Sequence[FactBase],
) -> list[checks.Problem]:
    """Ids the draft adds that a layer, below or above (or the target), already uses."""
    taken: dict[tuple[str, str], str] = {}
    for fb in layers:
        for name in LISTS:
            for item in getattr(fb.doc, name):
                taken.setdefault((name, item.id), str(fb.path))
    for name in LISTS:
        for item in old.get(name, []):
            if isinstance(item, dict):
                taken.setdefault((name, str(item.get("id"))), "the target")
    problems = []
    for name in LISTS:
        for i, item in enumerate(added[name]):
            key = (name, str(item.get("id")) if isinstance(item, dict) else "")
            if key in taken:
                what = "source" if name == "sources" else name.rstrip("s")
                problems.append(
                    checks.Problem(
                        "duplicate-id",
                        f"$.{name}[{origin[name][i]}]",
                        f"{what.replace('entitie', 'entity')} id {key[1]!r} is already used "
                        f"in {taken[key]}",
                        key[1],
                    )
                )
    return problems


def _check(
    merged: dict[str, Any],
    target: Path,
    lower: Sequence[FactBase],
    new_texts: dict[str, str],
) -> list[checks.Problem]:
    """Every problem the merged target would have, on the layers below: the schema, then
    the checks validate runs (only the target's own entries)."""
    from defcoop_cli.factbase import schema
    from defcoop_cli.factbase.records import doc_from_model

    try:
        model = schema.FactBaseDoc.model_validate(merged)
    except schema.ValidationError as e:
        return [_problem("schema", where, msg) for where, msg in schema.schema_problems(e)]
    own = FactBase(target, doc_from_model(model))
    fb = merge([*lower, own]) if lower else own
    fb.remember_texts(new_texts)
    return top_layer_problems(fb, own)[0]


class Snapshot(NamedTuple):
    """The target as add read it: its bytes and its fingerprint."""

    data: bytes
    fingerprint: Fingerprint | None


def _write(
    target: Path,
    destination: Path,
    text: str,
    was: Snapshot,
    merged: dict[str, Any],
    fail_at: Callable[[str], None] | None,
) -> None:
    """Write the source text, then the fact file, then the backup (the version add read):
    the backup is replaced only once the new fact file is in place and on disk, so that a
    failed add leaves the previous backup as it was. The text is removed on failure. The
    fact file is replaced where it really is (a symlink stays a symlink), and only if it
    is still what add read (another program, an editor, takes no lock)."""
    step = fail_at or (lambda _step: None)
    made: list[Path] = []  # the text and the folders made for it: removed if add fails
    real = Path(os.path.realpath(target))
    try:
        step("source")
        if not os.path.lexists(destination):
            _place_text(destination, text.encode("utf-8"), made)
        mode = stat.S_IMODE(os.stat(real).st_mode)
        step("backup")
        backup = target.with_name(target.name + ".bak")
        body = json.dumps(merged, indent=2, ensure_ascii=False) + "\n"
        with (
            staged(backup, lambda tmp: tmp.write_bytes(was.data), mode, True) as previous,
            staged(real, lambda tmp: tmp.write_text(body, encoding="utf-8"), mode, True) as new,
        ):
            step("facts")
            _still_as_read(target, was)
            with signals_held():  # a signal now waits until the backup is in place
                os.replace(new, real)
                _kept(made)  # the new fact file points to the text: it stays
                _after_the_rename(target, real, previous, backup)
    except BaseException as e:
        _remove(made)
        if isinstance(e, OSError):
            raise WriteError(
                f"{target}: cannot add: {e.strerror or e}; it was left as it was"
            ) from None
        raise


def _place_text(destination: Path, data: bytes, made: list[Path]) -> None:
    """The article's text at destination (never over a file), flushed to disk, with the
    folders it needs; each thing in `made` as soon as it is made."""
    missing = []
    folder = destination.parent
    while not os.path.lexists(folder):
        missing.append(folder)
        folder = folder.parent
    for folder in reversed(missing):
        with signals_held():
            os.mkdir(folder)
            _made(made, folder)
    with (
        staged(destination, lambda tmp: tmp.write_bytes(data), 0o644, durable=True) as tmp,
        signals_held(),
    ):
        os.link(tmp, destination)  # fails if a file is there: never over another
        _made(made, destination)
    fsync_folder(destination.parent)


def _made(made: list[Path], path: Path) -> None:
    """Remember what add made, for removal should it fail (or a signal end it first)."""
    made.append(path)
    TEMPORARY.add(str(path))


def _kept(made: list[Path]) -> None:
    """What add made is part of the fact base now: no longer to be removed."""
    for path in made:
        TEMPORARY.discard(str(path))
    made.clear()


def _remove(made: list[Path]) -> None:
    """Remove what a failed add made, the last first."""
    for path in reversed(made):
        with suppress(OSError):
            if path.is_dir():
                path.rmdir()
            else:
                path.unlink()
    _kept(made)


def _after_the_rename(target: Path, real: Path, previous: Path, backup: Path) -> None:
    """Flush the new fact file's folder, then put the version before in the backup; a
    failure now is Incomplete: the facts are added, and the message says what is not."""
    late: tuple[tuple[Callable[[], object], str, str], ...] = (
        (
            lambda: fsync_folder(real.parent),
            "its folder could not be flushed to disk",
            f"a crash could still undo the add, and {backup} was left as it was",
        ),
        (
            lambda: os.replace(previous, backup),
            f"{backup} could not be replaced",
            "it holds an older version than the one before this add",
        ),
        (
            lambda: fsync_folder(backup.parent),
            f"the folder of {backup} could not be flushed to disk",
            "a crash could still undo the backup's update",
        ),
    )
    for action, failed, meaning in late:
        try:
            action()
        except OSError as e:
            why = e.strerror or e
            raise Incomplete(f"{target}: added, but {failed} ({why}): {meaning}") from None


def _still_as_read(target: Path, was: Snapshot) -> None:
    """TryAgain unless the target holds what add read: same bytes, same fingerprint."""
    try:
        now = Snapshot(read_fact_file(target), fingerprint(target))
    except FactBaseNotFound:  # removed, or being renamed over: changed all the same
        now = Snapshot(b"", None)
    if now != was:
        raise TryAgain(
            f"{target} changed while add ran (another program wrote it); nothing was added: "
            "run it again"
        )
