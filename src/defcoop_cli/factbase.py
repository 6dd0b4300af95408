"""Find, read and parse a fact base; the models that describe one.

A fact base is one JSON file. Its sources are text files named by paths relative to
the fact file's folder, and nothing outside that folder is ever read.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
)

from defcoop_cli.errors import BadFactBase, FactBaseNotFound

SCHEMA_VERSION = 1
MAX_FACT_FILE_BYTES = 128 * 1024 * 1024
MAX_SOURCE_BYTES = 16 * 1024 * 1024

Id = Annotated[
    str, StringConstraints(pattern=r"^[a-z0-9]+(?:[-+][a-z0-9]+)*$", min_length=1, max_length=120)
]
Line = Annotated[str, StringConstraints(min_length=1, max_length=2000)]
# A relative file path: no control characters (a NUL cannot even reach the OS).
RelPath = Annotated[
    str, StringConstraints(pattern=r"^[^\x00-\x1f\x7f]+$", min_length=1, max_length=1000)
]
Offset = Annotated[int, Field(ge=0, strict=True)]


def _ordered(span: tuple[int, int]) -> tuple[int, int]:
    if span[0] > span[1]:
        raise ValueError("a span's start must not be after its end")
    return span


Span = Annotated[tuple[Offset, Offset], AfterValidator(_ordered)]

Kind = Literal[
    "event", "commitment", "position", "concern", "background", "assessment", "editorial"
]
Stance = Literal[
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
]
Attribution = Literal[
    "both ministers", "India and Japan", "Rajnath Singh", "Japanese delegation", "the article"
]
EntityType = Literal[
    "person",
    "country",
    "organisation",
    "military exercise",
    "place",
    "law or agreement",
    "programme",
    "event",
    "technology area",
]
TopicGroup = Literal["meeting", "cooperation", "regional", "assessment", "editorial"]

KINDS: tuple[str, ...] = Kind.__args__  # type: ignore[attr-defined]
STANCES: tuple[str, ...] = Stance.__args__  # type: ignore[attr-defined]
ENTITY_TYPES: tuple[str, ...] = EntityType.__args__  # type: ignore[attr-defined]


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Excerpt(Model):
    """A verbatim stretch of a source, with its [start, end) character span."""

    text: Line
    span: Span


class Source(Model):
    id: Id
    title: Line
    title_assigned_by: Literal["curator", "source"]
    kind: Literal["news article"]
    path: RelPath = Field(description="The text file, relative to the fact file's folder.")
    sha256: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
    published: date | None
    date_note: Line
    furniture: list[Excerpt] = Field(
        default=[], description="Headings and page furniture: not facts, not counted in coverage."
    )
    editorial: list[Excerpt] = Field(
        default=[],
        description="Promotional or editorial passages: only editorial facts quote them.",
    )


class Topic(Model):
    id: Id
    title: Line
    description: Line
    group: TopicGroup


class Role(Model):
    text: Line = Field(description="What the article calls the entity, in its words.")
    fact: Id


class Participant(Model):
    entity: Id
    fact: Id


class Entity(Model):
    id: Id
    name: Line
    type: EntityType
    aliases: list[Line] = []
    roles: list[Role] = []
    participants: list[Participant] = []


class Fact(Model):
    id: Id
    statement: Line
    kind: Kind
    attribution: Attribution
    stance: Stance
    topics: Annotated[list[Id], Field(min_length=1)]
    entities: list[Id] = []
    keywords: list[Line] = []
    source: Id
    quote: Line
    span: Span
    part_of: Id | None = Field(
        default=None, description="The fact whose list this fact is one item of."
    )


class CuratorNote(Model):
    id: Id
    text: Line
    basis: Literal["the article", "outside the article"]
    facts: list[Id] = []
    entities: list[Id] = []


class FactBaseDoc(Model):
    """The whole fact file, as JSON."""

    schema_version: Literal[1]
    sources: Annotated[list[Source], Field(min_length=1)]
    topics: list[Topic]
    entities: list[Entity]
    facts: list[Fact]
    curator_notes: list[CuratorNote] = []


@dataclass(frozen=True)
class FactBase:
    """A parsed fact base and the file it came from, with look-ups by id."""

    path: Path
    doc: FactBaseDoc
    _texts: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

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


def json_path(loc: tuple[int | str, ...]) -> str:
    """Pydantic's error location as a JSON path: ('facts', 3, 'span') -> $.facts[3].span."""
    out = "$"
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out


def schema_problems(error: ValidationError) -> list[tuple[str, str]]:
    """Each schema error as (JSON path, message)."""
    return [(json_path(tuple(e["loc"])), e["msg"]) for e in error.errors(include_url=False)]


def parse_factbase(raw: Any, path: Path) -> FactBase:
    try:
        doc = FactBaseDoc.model_validate(raw)
    except ValidationError as e:
        problems = schema_problems(e)
        where, msg = problems[0]
        more = (
            f" (and {len(problems) - 1} more; run 'defcoop validate')" if len(problems) > 1 else ""
        )
        raise BadFactBase(f"{path}: not a fact base: {where}: {msg}{more}") from None
    return FactBase(path=path, doc=doc)


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
    path = source_file(base_path, source)
    data = read_regular_file(path, MAX_SOURCE_BYTES, "source text")
    if hashlib.sha256(data).hexdigest() != source.sha256:
        raise BadFactBase(f"{path}: sha256 does not match source {source.id!r} in the fact base")
    return decode_utf8(data, path)


def factbase_json_schema() -> dict[str, Any]:
    """The JSON Schema shipped as data/facts.schema.json."""
    schema = FactBaseDoc.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "defcoop fact base"
    return schema
