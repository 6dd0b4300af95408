"""What ranking and the commands read of a fact base, whatever engine holds it: the
`Index` and its `Vocabulary`, written here once. The in-memory index (memory.py), the one
on disk (index/engine.py) and the cache's fallback (index/cache.py) implement them.
"""

from __future__ import annotations

from collections.abc import Sequence

from defcoop_cli.factbase.loader import FactBase
from defcoop_cli.factbase.records import Doc, Entity, Fact, Topic
from defcoop_cli.lookup.search.fields import SourceTally

TYPE_CHECKING = False  # typing is imported by mypy alone: a search loads no typing
if TYPE_CHECKING:
    from typing import Protocol
else:  # at run time the protocols are plain bases: their implementations name them
    Protocol = object

# The best match of one query term in a fact: (-weighted score, field, word); lower is
# better, so ties go to the earlier field, then the smaller word.
Best = tuple[float, int, str]


class Vocabulary(Protocol):
    """The words of a fact base, as ranking reads them."""

    def has(self, word: str) -> bool: ...

    def starting(self, prefix: str, limit: int) -> list[str]:
        """Up to limit words that start with prefix, in sorted order."""
        ...

    def near(self, term: str, edits: int) -> list[str]:
        """The words within `edits` edits of term (a swap of two letters is one edit)."""
        ...

    def words(self) -> Sequence[str]:
        """Every word, sorted (for suggestions, when a query found nothing)."""
        ...


class Index(Protocol):
    """What ranking and the commands read, whatever engine holds the fact base.

    A position is a fact's index in the (merged) fact base, which is also the last
    tie-break. `hits` gives, for a term's matched words and their scores, each position's
    best match as a `Best` (the field codes and weights of fields.py); an engine that
    cannot tell which of several equal words matched may leave the word empty, and the
    scorer finds it in the facts it returns.
    """

    @property
    def topics(self) -> list[Topic]: ...

    @property
    def entities(self) -> list[Entity]:
        """Every entity (an index on disk reads them all: prefer `entity`)."""
        ...

    def entity(self, entity_id: str) -> Entity | None: ...

    def entity_listing(self, entity_type: str | None = None) -> tuple[Sequence[int], int]:
        """The positions of the entities (of this type), in the fact base's order, and the
        length of their longest id (0 if none): a listing's id column, known before it
        reads an entity."""
        ...

    def entities_at(self, positions: Sequence[int]) -> list[Entity]:
        """The entities at these positions (a listing reads them a batch at a time)."""
        ...

    def role_entities(self) -> list[Entity]:
        """The entities that have roles (those "who is …" questions can be about)."""
        ...

    def regional_places(self) -> list[Entity]:
        """The places with an alias "Town, Region" (fields.regional_places), in order."""
        ...

    def catalogue(self) -> Doc:
        """Sources, topics and curator notes; its facts and entities may be left out."""
        ...

    def vocabulary(self) -> Vocabulary: ...

    def hits(self, scores: dict[str, float]) -> dict[int, Best]: ...

    def pairs(self, keys: Sequence[str]) -> set[int]:
        """The positions of the facts that hold any of these pair keys (fields.fact_pairs:
        two words that are neighbours in a statement, keyword or quote)."""
        ...

    def in_names(self, word: str) -> bool:
        """Whether word is one of the words of a name of several words (an entity's or a
        topic's) that a fact names: sea, of South China Sea."""
        ...

    def in_field(self, word: str, field: str) -> bool:
        """Whether word occurs, as it is, in the field of any fact."""
        ...

    def facet(self, name: str) -> set[int]: ...

    def listed(self) -> set[int]:
        """The positions of the facts that are items of a list (a `part_of`)."""
        ...

    def facet_count(self, name: str) -> int:
        """How many facts a facet holds (topic:…, entity:…, source:…)."""
        ...

    def facet_counts(self, names: Sequence[str]) -> list[int]:
        """How many facts each facet holds, in one call (a listing counts thousands)."""
        ...

    def matching(self, every: Sequence[Sequence[str]], none: Sequence[str] = ()) -> set[int]:
        """The positions of the facts under at least one facet of each group of `every`
        and under none of `none` (no group, or an empty one, matches nothing)."""
        ...

    def positions(self, fact_ids: Sequence[str]) -> set[int]:
        """The positions of the facts with these ids (an id no fact has is left out)."""
        ...

    def facts_at(self, positions: Sequence[int]) -> list[Fact]: ...

    def fact(self, fact_id: str) -> Fact | None: ...

    def fact_ids(self) -> Sequence[str]:
        """Every fact's id (for "did you mean" on an unknown one), in no set order."""
        ...

    def factbase(self) -> FactBase: ...

    def factbase_of(self, positions: Sequence[int], entities: Sequence[Entity]) -> FactBase:
        """A fact base holding only the facts at these positions (in this order) and these
        entities, with every source, topic and note (for a brief, which reads a few facts
        of a large base)."""
        ...

    def tallies(self) -> dict[str, SourceTally]:
        """Each source's tally (fields.tally_sources), without reading every fact."""
        ...

    def event_tallies(self) -> dict[str, dict[str, SourceTally]]:
        """Each event's sources' tallies of its facts, by event id, and those of the facts
        of no event under fields.NO_EVENT (fields.EventTallies), without reading them."""
        ...

    def source_text(self, source_id: str) -> str:
        """A source's text, read and checked as the loader reads it."""
        ...

    def lengths(self, positions: Sequence[int]) -> list[int]:
        """The number of words in the statement of the fact at each position."""
        ...

    def size(self) -> int:
        """How many facts the index holds."""
        ...

    def close(self) -> None:
        """Let go of what the index holds open (an index on disk, its mapped record files);
        it may still be read, and opens them again."""
        ...
