"""The merged fact base's facts, each read from the search index when first asked for
(issue 26).

`defcoop draft` drafts against every fact of the merged base, but a later draft over a big
one reads only a few of them: the tables it reads of every fact are kept whole by the fact
base's content (`claims.whole`, `base.passes`), and of the facts themselves it reads only
those a sentence reaches (a claim's, a conflict's). So the base it is given is the index's
catalogue (its sources, topics, events, entities and notes) with its facts as a
`BaseFacts`: a sequence of the index's facts by position, each made into a `Fact` when
first asked for (`Index.facts_at`), and all of them, once, when a pass over every fact is
made (a first draft, which makes the tables). The facts are the same records either way
(those `Index.factbase` gives), so a draft is the same bytes.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Iterable, Iterator, Sequence
from typing import Any, cast

from defcoop_cli.factbase.records import Doc, Fact
from defcoop_cli.lookup.protocol import Index


class BaseFacts(Sequence[Fact]):
    """The index's facts, in its order (the merged base's), each read when first asked
    for; every one of them read once, and held, when they are gone through."""

    def __init__(self, index: Index) -> None:
        self._index = index
        self._n = index.size()
        self._read: dict[int, Fact] = {}
        self._all: list[Fact] | None = None

    def __len__(self) -> int:
        return self._n

    @property
    def search_index(self) -> Index:
        """The search index the facts are read from (`base.indexed` reads its terms)."""
        return self._index

    def __getitem__(self, i: Any) -> Any:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(self._n))]
        if self._all is not None:
            return self._all[i]
        at = i + self._n if i < 0 else i
        if not 0 <= at < self._n:
            raise IndexError(i)
        found = self._read.get(at)
        if found is None:
            found = self._read[at] = self._index.facts_at([at])[0]
        return found

    def read(self, positions: Iterable[int]) -> None:
        """Read the facts at positions not read yet, at once (one read of the index)."""
        if self._all is None:
            wanted = sorted({p for p in positions if p not in self._read})
            self._read.update(zip(wanted, self._index.facts_at(wanted), strict=True))

    def __iter__(self) -> Iterator[Fact]:
        return iter(self.whole())

    @property
    def made_whole(self) -> bool:
        """Whether every fact has been read (a pass over all of them was made)."""
        return self._all is not None

    def whole(self) -> list[Fact]:
        """Every fact, read once (as `Index.factbase` reads them)."""
        if self._all is None:
            self._all, self._read = self._index.facts_at(range(self._n)), {}
        return self._all

    def by_id(self, fact_id: str) -> Fact | None:
        """The fact with this id, if the base has one (asked of the index)."""
        return self._index.fact(fact_id)


class Picked(Sequence[Fact]):
    """Some of a sequence's facts (at positions, in their order), read when asked for."""

    def __init__(self, facts: Sequence[Fact], positions: Sequence[int]) -> None:
        self._facts, self._positions = facts, positions

    def __len__(self) -> int:
        return len(self._positions)

    def __getitem__(self, i: Any) -> Any:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        return self._facts[self._positions[i]]

    def read(self, picked: Iterable[int]) -> None:
        """Read the facts at these places of the picked ones at once, where they are
        `BaseFacts` (a claim's candidates: each is asked for its stance, kind, act)."""
        if isinstance(self._facts, BaseFacts):
            self._facts.read(self._positions[i] for i in picked)


def base_of(index: Index) -> Doc:
    """The merged fact base as a draft reads it: the index's catalogue and entities, and
    its facts read by position (`BaseFacts`)."""
    doc = index.factbase_of([], index.entities).doc
    return doc._replace(facts=cast(list[Fact], BaseFacts(index)))


def fact_ids(facts: Sequence[Fact]) -> Container[str]:
    """The facts' ids (for `curation.ids.Ids`): every one of them, or, of `BaseFacts` not
    read whole, each asked of the index when it is looked for."""
    if isinstance(facts, BaseFacts) and not facts.made_whole:
        return _Ids(facts)
    return {f.id for f in facts}


def fact_of(facts: Sequence[Fact]) -> Callable[[str], Fact | None]:
    """id -> the fact with it (for `conflicts.values`): asked of the index, of `BaseFacts`
    not read whole; else looked up among all of them."""
    if isinstance(facts, BaseFacts) and not facts.made_whole:
        return facts.by_id
    return {f.id: f for f in facts}.get


class _Ids(Container[str]):
    def __init__(self, facts: BaseFacts) -> None:
        self.facts = facts

    def __contains__(self, fact_id: object) -> bool:
        return isinstance(fact_id, str) and self.facts.by_id(fact_id) is not None
