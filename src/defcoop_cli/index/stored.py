"""What an index folder stores beside tantivy's two indexes, read without them: the catalogue
(the fact base's records but its facts, its layers), the entities by position, by type and by id
(a bisection over their id order), the facts' and entities' records by position, the sources'
tallies, and a fact base rebuilt from them. `engine.DiskIndex` reads them through `StoredBase`;
every file is checked as layout.py says, and any failure is a CorruptIndex.
"""

from __future__ import annotations

import json
import marshal
import os
from array import array
from collections.abc import Sequence
from functools import cached_property

from defcoop_cli.factbase.loader import FactBase, Layer
from defcoop_cli.factbase.records import (
    Doc,
    Entity,
    Fact,
    Topic,
    doc_record,
    entity_record,
    kept_record,
)
from defcoop_cli.index.guarding import guarded
from defcoop_cli.index.layout import CorruptIndex, MappedRecords, Records, read_checked
from defcoop_cli.lookup.search.fields import SourceTally

TYPE_CHECKING = False  # typing is imported by mypy alone: a search loads no typing
if TYPE_CHECKING:
    from typing import Any
Named = str | os.PathLike[str]  # a path as os.path takes it: a search loads no pathlib


class StoredBase:
    """The records of an index folder (`DiskIndex` opens it and sets these), read on first
    use: a search reads the facts it shows, never the whole fact base."""

    folder: Named
    paths: list[Named]
    meta: dict[Any, Any]
    _count: int
    _mapped: MappedRecords
    _entity_memo: dict[str, Entity | None]
    _ids_in_order: dict[int, str]

    # -- the catalogue, read on first use

    @cached_property
    @guarded
    def _catalogue(self) -> dict[str, Any]:
        body = marshal.loads(read_checked(self.folder, "catalogue.bin", self.meta, "catalogue_crc"))
        if not isinstance(body, dict):
            raise CorruptIndex(f"{self.folder}: the catalogue is not an object")
        return body

    @cached_property
    @guarded
    def doc(self) -> Doc:
        """The fact base's records without its facts."""
        return doc_record({**self._catalogue, "facts": []}, facts=[])

    @cached_property
    @guarded
    def layers(self) -> tuple[Layer, ...]:
        found = self._catalogue["layers"]
        if len(found) != len(self.paths):
            raise CorruptIndex(f"{self.folder}: the layers do not match the fact files")
        return tuple(
            Layer(
                path,
                dict(layer["starts"]),
                dict(layer["sizes"]),
                tuple((str(name), int(i)) for name, i in layer.get("skipped", ())),
            )
            for path, layer in zip(self.paths, found, strict=True)
        )

    @property
    def topics(self) -> list[Topic]:
        return self.doc.topics

    @cached_property
    @guarded
    def _entities(self) -> list[Entity]:
        return self.entities_at(range(int(self._catalogue["entity_count"])))

    @property
    def entities(self) -> list[Entity]:
        return self._entities

    @guarded
    def entity_listing(self, entity_type: str | None = None) -> tuple[Sequence[int], int]:
        count = int(self._catalogue["entity_count"])
        widths: dict[str, int] = self._catalogue["entity_types"]
        if entity_type is None:
            return range(count), max(widths.values(), default=0)
        if entity_type not in widths:
            return [], 0
        codes = read_checked(self.folder, "entity-types.bin", self.meta, "entity_types_crc")
        if len(codes) != count:
            raise CorruptIndex(f"{self.folder}: the entity types have {len(codes)} entries")
        code = list(widths).index(entity_type)
        return [p for p, c in enumerate(codes) if c == code], int(widths[entity_type])

    @guarded
    def entities_at(self, positions: Sequence[int]) -> list[Entity]:
        return self._records(positions, Entity)

    @cached_property
    @guarded
    def _entity_order(self) -> memoryview:
        data = read_checked(self.folder, "entity-order.bin", self.meta, "entity_order_crc")
        size, count = array("Q").itemsize, int(self._catalogue["entity_count"])
        if len(data) % size or len(data) // size != count:
            raise CorruptIndex(f"{self.folder}: the entity order has {len(data) // size} entries")
        return memoryview(data).cast("Q")  # the numbers read where they lie, not copied

    def entity(self, entity_id: str) -> Entity | None:
        if entity_id not in self._entity_memo:
            self._entity_memo[entity_id] = self._find_entity(entity_id)
        return self._entity_memo[entity_id]

    @guarded
    def _find_entity(self, entity_id: str) -> Entity | None:
        """By bisection over the entities in id order: a handful of lines read."""
        count = int(self._catalogue["entity_count"])
        if not count:
            return None
        order, records = self._entity_order, self._open_records(Entity)
        probed = self._ids_in_order
        lo, hi = 0, count
        while lo < hi:
            mid = (lo + hi) // 2
            if mid not in probed:  # the first probes are every look-up's: read them once
                probed[mid] = records.first(order[mid])
            if probed[mid] < entity_id:
                lo = mid + 1
            else:
                hi = mid
        if lo < count:
            values = records.values(order[lo])
            if values[0] == entity_id:
                return entity_record(dict(zip(Entity._fields, values, strict=True)))
        return None

    @cached_property
    @guarded
    def _role_entities(self) -> list[Entity]:
        return [entity_record(e) for e in self._catalogue["role_entities"]]

    def role_entities(self) -> list[Entity]:
        return self._role_entities

    @cached_property
    @guarded
    def _regional_places(self) -> list[Entity]:
        return [entity_record(e) for e in self._catalogue["regional_places"]]

    def regional_places(self) -> list[Entity]:
        return self._regional_places

    def catalogue(self) -> Doc:
        return self.doc

    @guarded
    def facts_at(self, positions: Sequence[int]) -> list[Fact]:
        return self._records(positions, Fact)

    def _records(self, positions: Sequence[int], kind: Any) -> list[Any]:
        if not positions:
            return []
        build, records = kept_record(kind), self._open_records(kind)
        return [build(records.values(p)) for p in positions]

    def _open_records(self, kind: Any) -> Records:
        """The facts' or the entities' records, mapped once a run (not on every read)."""
        if kind is Fact:
            return self._mapped.get("facts.records", "offsets.bin", self._count)
        count = int(self._catalogue["entity_count"])
        return self._mapped.get("entities.records", "entity-offsets.bin", count)

    @cached_property
    def _catalogue_base(self) -> FactBase:
        """The fact base without its facts: where each source lives, and its text."""
        return FactBase(self.paths[-1], self.doc, self.layers)

    def source_text(self, source_id: str) -> str:
        return self._catalogue_base.source_text(source_id)

    @guarded
    def factbase_of(self, positions: Sequence[int], entities: Sequence[Entity]) -> FactBase:
        doc = self.doc._replace(facts=self.facts_at(positions), entities=list(entities))
        part = FactBase(self.paths[-1], doc)
        part.homes = self._catalogue_base.homes
        return part

    @cached_property
    @guarded
    def _counts(self) -> dict[str, Any]:
        data = read_checked(self.folder, "tallies.json", self.meta, "tallies_crc")
        body: dict[str, Any] = json.loads(data)
        return body

    @cached_property
    @guarded
    def _tallies(self) -> dict[str, SourceTally]:
        return _source_tallies(self._counts["sources"])

    def tallies(self) -> dict[str, SourceTally]:
        return self._tallies

    @cached_property
    @guarded
    def _event_tallies(self) -> dict[str, dict[str, SourceTally]]:
        return {e: _source_tallies(body) for e, body in self._counts["events"].items()}

    def event_tallies(self) -> dict[str, dict[str, SourceTally]]:
        return self._event_tallies

    @guarded
    def factbase(self) -> FactBase:
        """The whole fact base: every fact read from the index."""
        facts = self.facts_at(range(self._count))
        doc = self.doc._replace(facts=facts, entities=self.entities)
        return FactBase(self.paths[-1], doc, self.layers)


def _source_tallies(body: dict[str, Any]) -> dict[str, SourceTally]:
    return {s: SourceTally(int(t), int(e), tuple(topics)) for s, (t, e, topics) in body.items()}
