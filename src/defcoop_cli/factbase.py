"""Find, read and parse a fact base; the records that describe one.

A fact base is one JSON file. Its sources are text files named by paths relative to
the fact file's folder, and nothing outside that folder is ever read.

The records here are NamedTuples: immutable, and cheap to define and to build. The JSON is
checked against the pydantic models in `defcoop_cli.schema` first, on the loader's cold path
only: building those models costs more than a whole warm search.
"""

from __future__ import annotations

import json
import os
import stat
from datetime import date
from datetime import date as Date  # a note's field is called date
from functools import cached_property
from pathlib import Path
from typing import Any, NamedTuple

from defcoop_cli.errors import BadFactBase, FactBaseNotFound

SCHEMA_VERSION = 1
MAX_FACT_FILE_BYTES = 128 * 1024 * 1024
MAX_SOURCE_BYTES = 16 * 1024 * 1024

# The enumerations of the schema (defcoop_cli.schema holds them as Literal types too).
KINDS = ("event", "commitment", "position", "concern", "background", "assessment", "editorial")
STANCES = (
    "agreed",
    "reaffirmed",
    "discussed",
    "stressed",
    "highlighted",
    "invited",
    "briefed",
    "condemned",
    "raised concern",
    "reported",
)
NOTE_BASES = ("the article", "outside the article")
NOTE_TYPES = ("note", "correction", "date")
ENTITY_TYPES = (
    "person",
    "country",
    "organisation",
    "military exercise",
    "place",
    "law or agreement",
    "programme",
    "event",
    "technology area",
)


class Excerpt(NamedTuple):
    """A verbatim stretch of a source, with its [start, end) character span."""

    text: str
    span: tuple[int, int]


class Source(NamedTuple):
    id: str
    title: str
    title_assigned_by: str
    kind: str
    path: str
    sha256: str
    published: date | None
    date_note: str
    furniture: tuple[Excerpt, ...] = ()
    editorial: tuple[Excerpt, ...] = ()


class Topic(NamedTuple):
    id: str
    title: str
    description: str
    group: str


class Role(NamedTuple):
    text: str
    fact: str


class Participant(NamedTuple):
    entity: str
    fact: str


class Entity(NamedTuple):
    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    participants: tuple[Participant, ...] = ()


class Fact(NamedTuple):
    id: str
    statement: str
    kind: str
    attribution: str
    stance: str
    topics: tuple[str, ...]
    entities: tuple[str, ...]
    keywords: tuple[str, ...]
    source: str
    quote: str
    span: tuple[int, int]
    part_of: str | None = None


class Reference(NamedTuple):
    publisher: str
    title: str
    url: str
    published: Date
    via: str | None = None


class CuratorNote(NamedTuple):
    id: str
    text: str
    basis: str
    type: str = "note"
    date: Date | None = None
    facts: tuple[str, ...] = ()
    entities: tuple[str, ...] = ()
    references: tuple[Reference, ...] = ()


class Doc(NamedTuple):
    """The whole fact file, as records."""

    sources: list[Source]
    topics: list[Topic]
    entities: list[Entity]
    facts: list[Fact]
    curator_notes: list[CuratorNote]


def record_json(value: Any) -> Any:
    """A record (or a list of them) as JSON data: NamedTuples become objects, dates ISO text."""
    if isinstance(value, tuple) and hasattr(value, "_asdict"):
        return {k: record_json(v) for k, v in value._asdict().items()}
    if isinstance(value, list | tuple):
        return [record_json(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


def _excerpts(items: list[dict[str, Any]]) -> tuple[Excerpt, ...]:
    return tuple(Excerpt(x["text"], (x["span"][0], x["span"][1])) for x in items)


def source_record(d: dict[str, Any]) -> Source:
    published = _date(d["published"])
    return Source(
        d["id"],
        d["title"],
        d["title_assigned_by"],
        d["kind"],
        d["path"],
        d["sha256"],
        published,
        d["date_note"],
        _excerpts(d["furniture"]),
        _excerpts(d["editorial"]),
    )


def entity_record(d: dict[str, Any]) -> Entity:
    return Entity(
        d["id"],
        d["name"],
        d["type"],
        tuple(d["aliases"]),
        tuple(Role(r["text"], r["fact"]) for r in d["roles"]),
        tuple(Participant(p["entity"], p["fact"]) for p in d["participants"]),
    )


def fact_record(d: dict[str, Any]) -> Fact:
    return Fact(
        d["id"],
        d["statement"],
        d["kind"],
        d["attribution"],
        d["stance"],
        tuple(d["topics"]),
        tuple(d["entities"]),
        tuple(d["keywords"]),
        d["source"],
        d["quote"],
        (d["span"][0], d["span"][1]),
        d["part_of"],
    )


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def note_record(d: dict[str, Any]) -> CuratorNote:
    return CuratorNote(
        d["id"],
        d["text"],
        d["basis"],
        d["type"],
        _date(d["date"]),
        tuple(d["facts"]),
        tuple(d["entities"]),
        tuple(
            Reference(
                r["publisher"], r["title"], r["url"], date.fromisoformat(r["published"]), r["via"]
            )
            for r in d["references"]
        ),
    )


def doc_record(d: dict[str, Any], facts: list[Fact] | None = None) -> Doc:
    """Records from validated JSON data (schema.validated's output, or the index cache's)."""
    return Doc(
        [source_record(s) for s in d["sources"]],
        [Topic(t["id"], t["title"], t["description"], t["group"]) for t in d["topics"]],
        [entity_record(e) for e in d["entities"]],
        facts if facts is not None else [fact_record(f) for f in d["facts"]],
        [note_record(n) for n in d["curator_notes"]],
    )


class FactBase:
    """A parsed fact base and the file it came from, with look-ups by id."""

    def __init__(self, path: Path, doc: Doc) -> None:
        self.path = path
        self.doc = doc
        self._texts: dict[str, str] = {}

    @cached_property
    def facts(self) -> dict[str, Fact]:
        return {f.id: f for f in self.doc.facts}

    @cached_property
    def topics(self) -> dict[str, Topic]:
        return {t.id: t for t in self.doc.topics}

    @cached_property
    def entities(self) -> dict[str, Entity]:
        return {e.id: e for e in self.doc.entities}

    @cached_property
    def sources(self) -> dict[str, Source]:
        return {s.id: s for s in self.doc.sources}

    def source_text(self, source_id: str) -> str:
        if source_id not in self._texts:
            self._texts[source_id] = read_source_text(self.path, self.sources[source_id])
        return self._texts[source_id]

    def notes_for(self, fact: Fact) -> list[CuratorNote]:
        return [
            n
            for n in self.doc.curator_notes
            if fact.id in n.facts or set(n.entities) & set(fact.entities)
        ]


def default_factbase_path() -> Path:
    """The fact base shipped in the wheel, or the checkout's own when run from source."""
    packaged = Path(__file__).with_name("data") / "facts.json"
    if packaged.exists():
        return packaged
    return Path(__file__).resolve().parents[2] / "data" / "facts.json"


def read_regular_file(path: Path, limit: int, what: str) -> bytes:
    """Read a regular file without blocking on FIFOs or devices, refusing oversize ones."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise FactBaseNotFound(f"{path}: no such {what}") from None
    except IsADirectoryError:
        raise BadFactBase(f"{path}: is a directory, not a {what}") from None
    except OSError as e:
        raise BadFactBase(f"{path}: cannot open {what}: {e.strerror or e}") from None
    except ValueError as e:  # a NUL byte, or a lone surrogate the file system cannot encode
        raise BadFactBase(f"{path}: cannot open {what}: {e}") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise BadFactBase(f"{path}: is a directory, not a {what}")
        if not stat.S_ISREG(info.st_mode):
            raise BadFactBase(f"{path}: is not a regular file (a FIFO, socket or device)")
        if info.st_size > limit:
            raise BadFactBase(f"{path}: {what} is {info.st_size} bytes; the limit is {limit}")
        data = _read_all(fd, limit + 1)
    except OSError as e:
        raise BadFactBase(f"{path}: cannot read {what}: {e.strerror or e}") from None
    finally:
        os.close(fd)
    if len(data) > limit:
        raise BadFactBase(f"{path}: {what} is over the limit of {limit} bytes")
    return data


def _read_all(fd: int, most: int) -> bytes:
    chunks = []
    while most > 0 and (chunk := os.read(fd, min(most, 1 << 20))):
        chunks.append(chunk)
        most -= len(chunk)
    return b"".join(chunks)


def decode_utf8(data: bytes, path: Path, encoding: str = "utf-8") -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as e:
        where = f"byte 0x{data[e.start]:02x} at offset {e.start}"
        raise BadFactBase(f"{path}: not UTF-8 ({where})") from None


def _reject_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"duplicate key {key!r}")
        result[key] = value
    return result


def parse_json(text: str, path: Path) -> Any:
    try:
        return json.loads(text, object_pairs_hook=_reject_duplicate_keys)
    except json.JSONDecodeError as e:
        where = f"line {e.lineno} column {e.colno}"
        raise BadFactBase(f"{path}: invalid JSON at {where}: {e.msg}") from None
    except RecursionError:
        raise BadFactBase(f"{path}: invalid JSON: nested too deeply") from None
    except ValueError as e:
        raise BadFactBase(f"{path}: invalid JSON: {e}") from None


def json_value(data: bytes, path: Path) -> Any:
    """A fact file's bytes as a JSON value; any failure is one BadFactBase line."""
    return parse_json(decode_utf8(data, path, "utf-8-sig"), path)


def read_factbase_json(path: Path) -> Any:
    """The fact file's JSON value; any failure is one BadFactBase/FactBaseNotFound line."""
    return json_value(read_regular_file(path, MAX_FACT_FILE_BYTES, "fact file"), path)


def validated_data(raw: Any, path: Path) -> dict[str, Any]:
    """A JSON value checked against the schema, as plain JSON data; else one BadFactBase."""
    from defcoop_cli import schema

    try:
        return schema.validated(raw)
    except schema.ValidationError as e:
        problems = schema.schema_problems(e)
        where, msg = problems[0]
        more = (
            f" (and {len(problems) - 1} more; run 'defcoop validate')" if len(problems) > 1 else ""
        )
        raise BadFactBase(f"{path}: not a fact base: {where}: {msg}{more}") from None


def parse_factbase(raw: Any, path: Path) -> FactBase:
    """The fact base in a JSON value, checked against the schema; else one BadFactBase."""
    return FactBase(path=path, doc=doc_record(validated_data(raw, path)))


def load_factbase(path: Path) -> FactBase:
    return parse_factbase(read_factbase_json(path), path)


def source_file(base_path: Path, source: Source) -> Path:
    """The source's text file, which must resolve inside the fact file's folder."""
    relative = Path(source.path)
    if relative.is_absolute() or ".." in relative.parts:
        raise BadFactBase(
            f"source {source.id!r}: path {source.path!r} leaves the fact base's folder"
        )
    try:
        folder = base_path.parent.resolve()
        target = (folder / relative).resolve()
    except (OSError, RuntimeError) as e:  # RuntimeError: a symlink loop, before Python 3.13
        raise BadFactBase(
            f"source {source.id!r}: path {source.path!r} cannot be resolved: {e}"
        ) from None
    if not target.is_relative_to(folder):
        raise BadFactBase(
            f"source {source.id!r}: path {source.path!r} resolves outside the fact base's folder"
        )
    return target


def read_source_text(base_path: Path, source: Source) -> str:
    import hashlib

    path = source_file(base_path, source)
    data = read_regular_file(path, MAX_SOURCE_BYTES, "source text")
    if hashlib.sha256(data).hexdigest() != source.sha256:
        raise BadFactBase(f"{path}: sha256 does not match source {source.id!r} in the fact base")
    return decode_utf8(data, path)
