"""The in-memory index of a loaded fact base: postings of each word, by field, and its
vocabulary as a sorted list. defcoop searches with it when there is no index cache."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from functools import cached_property, lru_cache

from defcoop_cli.factbase.loader import FactBase
from defcoop_cli.factbase.records import CuratorNote, Doc, Entity, Fact, Topic
from defcoop_cli.lookup.protocol import Best, Index, Vocabulary
from defcoop_cli.lookup.search.fields import (
    FIELD_WEIGHTS,
    FIELDS,
    EventTallies,
    FieldWords,
    SourceTally,
    entity_types,
    facet_keys,
    fact_pairs,
    regional_places,
    role_facts,
    tally_sources,
)
from defcoop_cli.lookup.search.words import osa_distance, tokens


def in_sorted(items: Sequence[str], value: str) -> bool:
    """Whether value is in a sorted list, by bisection."""
    i = bisect_left(items, value)
    return i < len(items) and items[i] == value


def letters(word: str) -> int:
    """The set of word's letters as bits (two letters may share one: a bound, not a key)."""
    found = 0
    for letter in word:
        found |= 1 << (ord(letter) & 63)
    return found


# The most words whose typos are looked for in Python (words.osa_distance, about 3 µs a
# word) rather than by rapidfuzz, whose import costs some 5 ms (issue 26); the same words
# either way.
NEAR_IN_PYTHON = 1500


class SortedVocabulary(Vocabulary):
    """A vocabulary held as a sorted list: bisection, and rapidfuzz for a long one."""

    def __init__(self, words: Iterable[str]) -> None:
        self._words = sorted(set(words))

    @cached_property
    def _by_length(self) -> dict[int, list[tuple[str, int]]]:
        """The words by their length, each with its letters (letters), in order: near's
        typos are of a length near the term's, and miss few of its letters."""
        lengths: dict[int, list[tuple[str, int]]] = {}
        for word in self._words:
            lengths.setdefault(len(word), []).append((word, letters(word)))
        return lengths

    def has(self, word: str) -> bool:
        return in_sorted(self._words, word)

    def starting(self, prefix: str, limit: int) -> list[str]:
        start = bisect_left(self._words, prefix)
        found = []
        for word in self._words[start : start + limit]:
            if not word.startswith(prefix):
                break
            found.append(word)
        return found

    def near(self, term: str, edits: int) -> list[str]:
        if len(self._words) <= NEAR_IN_PYTHON:  # a search's curator notes: some 200 words
            # an edit adds a letter, drops one or puts one for another: a word that lacks
            # more than `edits` of the term's letters, or has more than `edits` of its own,
            # is past them (the cheap test first, the distance only where it passes)
            own, lengths = letters(term), self._by_length
            return sorted(
                word
                for size in range(len(term) - edits, len(term) + edits + 1)
                for word, theirs in lengths.get(size, ())
                if (own & ~theirs).bit_count() <= edits
                and (theirs & ~own).bit_count() <= edits
                and osa_distance(term, word, edits) <= edits
            )
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        matches = process.extract_iter(term, self._words, scorer=OSA.distance, score_cutoff=edits)
        return [word for word, _, _ in matches]

    def words(self) -> Sequence[str]:
        return self._words


# A search reads the fact base's notes (or those its filters leave) the same way each time:
# read once per set of notes, as elsewhere.notes_vocabulary is.
@lru_cache(maxsize=4)
def notes_read(
    notes: tuple[CuratorNote, ...], words_of: Callable[[CuratorNote], frozenset[str]]
) -> tuple[tuple[frozenset[str], ...], Vocabulary]:
    """Each note's words (words_of: curator_notes.note_words, whose module imports this one),
    and the vocabulary of them all."""
    held = tuple(words_of(n) for n in notes)
    return held, SortedVocabulary(frozenset().union(*held))


class SearchIndex(Index):
    """The in-memory index of a loaded fact base: postings of each word, by field."""

    def __init__(self, fb: FactBase) -> None:
        self.fb = fb
        self._postings: dict[str, list[int]] = {}
        self._facets: dict[str, set[int]] = {}
        self._pairs: dict[str, set[int]] = {}
        self._name_parts: set[str] = set()
        field_words = FieldWords(fb.doc.topics, fb.doc.entities)
        roles = role_facts(fb.doc.entities)
        types = entity_types(fb.doc.entities)
        tallies = EventTallies(fb.sources)
        for position, fact in enumerate(fb.doc.facts):
            event = tallies.add(fact)
            for code, found in enumerate(field_words.of(fact)):
                posting = position << 3 | code
                for word in found:
                    self._postings.setdefault(word, []).append(posting)
            for key in facet_keys(fact, roles, types, event):
                self._facets.setdefault(key, set()).add(position)
            for key in fact_pairs(fact):
                self._pairs.setdefault(key, set()).add(position)
            self._name_parts |= field_words.parts(fact)
        self._event_tallies = tallies.done()

    @property
    def topics(self) -> list[Topic]:
        return self.fb.doc.topics

    @property
    def entities(self) -> list[Entity]:
        return self.fb.doc.entities

    @cached_property
    def _vocabulary(self) -> SortedVocabulary:
        return SortedVocabulary(self._postings)

    def vocabulary(self) -> Vocabulary:
        return self._vocabulary

    def hits(self, scores: dict[str, float]) -> dict[int, Best]:
        """As the index on disk gives them (engine.DiskIndex.hits): the words of equal
        score are matched at once, and a match by one of several leaves its word empty
        (leads.name_words fills it), so ranking reads the same hits from either index."""
        tiers: dict[float, list[str]] = {}
        for word, score in scores.items():
            tiers.setdefault(score, []).append(word)
        best: dict[int, Best] = {}
        for score, words in tiers.items():
            said = words[0] if len(words) == 1 else ""
            for word in words:
                for posting in self._postings.get(word, ()):
                    position, code = posting >> 3, posting & 7
                    key = (-score * FIELD_WEIGHTS[code], code, said)
                    held = best.get(position)
                    if held is None or key < held:
                        best[position] = key
        return best

    def pairs(self, keys: Sequence[str]) -> set[int]:
        return set().union(*(self._pairs.get(k, set()) for k in keys))

    def in_names(self, word: str) -> bool:
        return word in self._name_parts

    def in_field(self, word: str, field: str) -> bool:
        code = FIELDS.index(field)
        return any(p & 7 == code for p in self._postings.get(word, ()))

    def facet(self, name: str) -> set[int]:
        return self._facets.get(name, set())

    def listed(self) -> set[int]:
        return {p for p, f in enumerate(self.fb.doc.facts) if f.part_of}

    def matching(self, every: Sequence[Sequence[str]], none: Sequence[str] = ()) -> set[int]:
        if not every:
            return set()
        found = set.intersection(*(set().union(*map(self.facet, group)) for group in every))
        return found - set().union(*map(self.facet, none))

    @cached_property
    def _position(self) -> dict[str, int]:
        return {f.id: position for position, f in enumerate(self.fb.doc.facts)}

    def positions(self, fact_ids: Sequence[str]) -> set[int]:
        return {self._position[i] for i in fact_ids if i in self._position}

    def catalogue(self) -> Doc:
        return self.fb.doc

    def entity(self, entity_id: str) -> Entity | None:
        return self.fb.entities.get(entity_id)

    def role_entities(self) -> list[Entity]:
        return [e for e in self.entities if e.roles]

    def regional_places(self) -> list[Entity]:
        return regional_places(self.entities)

    def entity_listing(self, entity_type: str | None = None) -> tuple[Sequence[int], int]:
        everyone = self.fb.doc.entities
        found = [p for p, e in enumerate(everyone) if entity_type in (None, e.type)]
        width = max((len(everyone[p].id) for p in found), default=0)
        return (range(len(everyone)) if entity_type is None else found), width

    def entities_at(self, positions: Sequence[int]) -> list[Entity]:
        return [self.fb.doc.entities[p] for p in positions]

    def facet_count(self, name: str) -> int:
        return len(self.facet(name))

    def facet_counts(self, names: Sequence[str]) -> list[int]:
        return [len(self.facet(name)) for name in names]

    def facts_at(self, positions: Sequence[int]) -> list[Fact]:
        return [self.fb.doc.facts[p] for p in positions]

    def fact(self, fact_id: str) -> Fact | None:
        return self.fb.facts.get(fact_id)

    def fact_ids(self) -> Sequence[str]:
        return list(self.fb.facts)

    def factbase(self) -> FactBase:
        return self.fb

    def factbase_of(self, positions: Sequence[int], entities: Sequence[Entity]) -> FactBase:
        doc = self.fb.doc._replace(facts=self.facts_at(positions), entities=list(entities))
        part = FactBase(self.fb.path, doc)
        part.homes = self.fb.homes
        return part

    def tallies(self) -> dict[str, SourceTally]:
        return tally_sources(self.fb.doc.facts)

    def event_tallies(self) -> dict[str, dict[str, SourceTally]]:
        return self._event_tallies

    def source_text(self, source_id: str) -> str:
        return self.fb.source_text(source_id)

    @cached_property
    def _lengths(self) -> list[int]:
        return [len(tokens(f.statement)) for f in self.fb.doc.facts]

    def lengths(self, positions: Sequence[int]) -> list[int]:
        return [self._lengths[p] for p in positions]

    def size(self) -> int:
        return len(self.fb.doc.facts)

    def close(self) -> None:
        """Nothing to let go of: the index is the fact base in memory."""
