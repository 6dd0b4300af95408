"""The search engine on disk: an index folder (layout.py, written by building.py) opened for
reading. tantivy finds candidates, defcoop's scorer ranks them.

The scorer (lookup/ranking.py) asks `hits` for the facts a term's matched words reach, one
query per score and field, and ranks them itself: the ranking rules and `--explain` are the
ones used in memory. Any failure while reading the folder, whatever its type (tantivy
reports damage as ValueError, or as a Rust panic that is not even an Exception), is a
CorruptIndex, and the caller rebuilds.
"""

from __future__ import annotations

import json
import os
from array import array
from collections import defaultdict
from collections.abc import Sequence
from functools import cached_property

from defcoop_cli.factbase.records import (
    Entity,
    Fact,
)
from defcoop_cli.index.guarding import guarded, quiet_stderr
from defcoop_cli.index.layout import (
    LENGTH_WIDTHS,
    CorruptIndex,
    MappedRecords,
    any_term,
    crc,
    facet_term,
    identity,
    listed_files,
    read_whole,
    read_words,
)
from defcoop_cli.index.stored import Named, StoredBase
from defcoop_cli.lookup.protocol import Best, Index, Vocabulary
from defcoop_cli.lookup.search.fields import FIELD_WEIGHTS, FIELDS, PAIRED
from defcoop_cli.lookup.search.words import PAIR, STOPWORDS

TYPE_CHECKING = False  # typing is imported by mypy alone: a search loads no typing
if TYPE_CHECKING:
    from typing import Any


def available() -> bool:
    """Whether tantivy can be imported here (its wheels need Python 3.11 or newer)."""
    try:
        import tantivy  # noqa: F401
    except ImportError:
        return False
    return True


# How many hits the first search of a query takes: a query matching more is searched again.
FIRST_HITS = 1000


class TantivyVocabulary(Vocabulary):
    """The fact base's words, looked up in the vocab index."""

    def __init__(self, index: DiskIndex) -> None:
        self._index = index

    @guarded
    def has(self, word: str) -> bool:
        return bool(self._index.words_searcher.doc_freq("w", word))

    @guarded
    def starting(self, prefix: str, limit: int) -> list[str]:
        most = max(1, min(limit, int(self._index.meta["words"])))
        found = self._index.words_searcher.terms_with_prefix("w", prefix, limit=most)
        return sorted(term for term, _ in found)

    @guarded
    def near(self, term: str, edits: int) -> list[str]:
        """tantivy's automaton (a swap one edit) finds the documents that hold a word within
        edits of term; of their words (building.VOCAB_CHUNK a document), those within edits
        by the same measure, the optimal string alignment distance, are kept."""
        import tantivy

        from defcoop_cli.lookup.search.words import osa_distance

        searcher = self._index.words_searcher
        query = tantivy.Query.fuzzy_term_query(self._index.vocab_schema, "w", term, edits, True)
        # one search, counting as it goes (each builds the automaton again); a second when
        # more documents match than it took
        found = searcher.search(query, FIRST_HITS, count=True)
        count = int(getattr(found, "count", 0) or 0)
        if count > FIRST_HITS:
            found = searcher.search(query, count)
        hits = found.hits
        held = (w for _, address in hits for w in searcher.doc(address)["w"][0].split(" "))
        return sorted(w for w in held if osa_distance(term, w, edits) <= edits)

    @cached_property
    def _all(self) -> list[str]:
        return read_words(self._index.folder, "words.txt", self._index.meta, "words")

    @guarded
    def words(self) -> Sequence[str]:
        return self._all


class DiskIndex(StoredBase, Index):
    """An index folder opened for reading. It reads only what a command asks for: a search
    reads the words it matches and the facts it shows, never the whole fact base."""

    def __init__(self, folder: Named, paths: Sequence[Named], content: str) -> None:
        self.folder, self.paths, self.content = folder, list(paths), content
        self._field_words: dict[tuple[str, str], bool] = {}
        self._entity_memo: dict[str, Entity | None] = {}
        self._ids_in_order: dict[int, str] = {}  # the bisections' probes, read once a run
        self._mapped = MappedRecords(folder)
        try:
            with quiet_stderr():
                self._open(folder, content)
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException as e:
            raise CorruptIndex(f"{folder}: {type(e).__name__}: {e}") from None

    def _open(self, folder: Named, content: str) -> None:
        meta = json.loads(read_whole(folder, "meta.json"))
        if not isinstance(meta, dict):
            raise TypeError("meta.json is not an object")
        for key, value in {**identity(), "content": content}.items():
            if meta.get(key) != value:
                raise ValueError(f"{key} is {meta.get(key)!r}, not {value!r}")
        body = {k: v for k, v in meta.items() if k != "check"}
        if meta.get("check") != crc(json.dumps(body, sort_keys=True).encode()):
            raise ValueError("meta.json fails its checksum")
        if listed_files(folder) != meta["files"]:
            raise ValueError("a file of the index changed after it was built")
        self.meta = meta
        self._count = int(meta["facts"])
        import tantivy

        main, vocab = (tantivy.Index.open(os.path.join(folder, n)) for n in ("main", "vocab"))
        self.schema, self.vocab_schema = main.schema, vocab.schema
        self.searcher, self.words_searcher = main.searcher(), vocab.searcher()
        if self.searcher.num_docs != self._count:
            raise ValueError("the index holds another number of facts")

    @guarded
    def facet_count(self, name: str) -> int:
        return int(self.searcher.doc_freq("facet", facet_term(name)))

    @guarded
    def facet_counts(self, names: Sequence[str]) -> list[int]:
        return [int(self.searcher.doc_freq("facet", facet_term(name))) for name in names]

    @cached_property
    def _vocabulary(self) -> TantivyVocabulary:
        return TantivyVocabulary(self)

    def vocabulary(self) -> TantivyVocabulary:
        return self._vocabulary

    def size(self) -> int:
        return self._count

    @guarded
    def hits(self, scores: dict[str, float]) -> dict[int, Best]:
        """Each position's best match: one query per score and field, best first. A query
        over several words cannot say which matched: its word is left empty."""
        tiers: dict[float, list[str]] = defaultdict(list)
        for word, score in scores.items():
            tiers[score].append(word)
        best: dict[int, Best] = {}
        for score, words in sorted(tiers.items(), reverse=True):
            word = words[0] if len(words) == 1 else ""
            for code, field in enumerate(FIELDS):
                query = self._any(field, words)
                key = (-score * FIELD_WEIGHTS[code], code, word)
                for position in self._positions(query):
                    held = best.get(position)
                    if held is None or key < held:
                        best[position] = key
        return best

    def _positions(self, query: Any) -> list[int]:
        """The positions of the facts the query matches: one search, counting as it goes,
        when they are at most FIRST_HITS (most queries); else a second, for all of them."""
        found = self.searcher.search(query, FIRST_HITS, count=True)
        count = int(getattr(found, "count", 0) or 0)
        if not count:
            return []
        if count > FIRST_HITS:
            found = self.searcher.search(query, count)
        addresses = [address for _, address in found.hits]
        return [int(p or 0) for p in self.searcher.fast_field_values("pos", addresses)]

    @guarded
    def pairs(self, keys: Sequence[str]) -> set[int]:
        """The facts whose statement, quote or keywords hold a key's two words as a
        phrase, in either order (fields.FieldWords.texts). A key of a function word, or
        of a word the field lacks, is not searched there: no fact holds it as a pair."""
        import tantivy

        phrases: list[Any] = []
        for key in dict.fromkeys(keys):
            first, _, second = key.partition(PAIR)
            if first in STOPWORDS or second in STOPWORDS:
                continue
            for field in PAIRED:
                if self._in_field(first, field) and self._in_field(second, field):
                    phrases.append(tantivy.Query.phrase_query(self.schema, field, [first, second]))
                    if first != second:
                        phrases.append(
                            tantivy.Query.phrase_query(self.schema, field, [second, first])
                        )
        if not phrases:
            return set()
        should = tantivy.Occur.Should
        return set(self._positions(tantivy.Query.boolean_query([(should, p) for p in phrases])))

    def _in_field(self, word: str, field: str) -> bool:
        found = self._field_words.get((word, field))
        if found is None:
            found = self._field_words[word, field] = bool(self.searcher.doc_freq(field, word))
        return found

    @cached_property
    @guarded
    def _name_parts(self) -> frozenset[str]:
        return frozenset(read_words(self.folder, "nameparts.txt", self.meta, "nameparts"))

    @guarded
    def in_names(self, word: str) -> bool:
        return word in self._name_parts

    @guarded
    def in_field(self, word: str, field: str) -> bool:
        return bool(self.searcher.doc_freq(field, word))

    @guarded
    def facet(self, name: str) -> set[int]:
        return set(self._positions(self._facets([name])))

    @guarded
    def listed(self) -> set[int]:
        import tantivy  # an item holds its lead's facet, part_of:…; a lead or another none

        return set(self._positions(tantivy.Query.regex_query(self.schema, "facet", "part_of:.*")))

    @guarded
    def matching(self, every: Sequence[Sequence[str]], none: Sequence[str] = ()) -> set[int]:
        import tantivy

        if not every or not all(every):
            return set()
        clauses = [(tantivy.Occur.Must, self._facets(group)) for group in every]
        if none:
            clauses.append((tantivy.Occur.MustNot, self._facets(none)))
        return set(self._positions(tantivy.Query.boolean_query(clauses)))

    def _facets(self, keys: Sequence[str]) -> Any:
        return self._any("facet", [facet_term(k) for k in keys])

    def _any(self, field: str, terms: Sequence[str]) -> Any:
        return any_term(self.schema, field, terms)

    @guarded
    def positions(self, fact_ids: Sequence[str]) -> set[int]:
        return set(self._positions(self._any("id", fact_ids))) if fact_ids else set()

    @cached_property
    @guarded
    def _lengths(self) -> memoryview:
        """Each fact's statement length in words, by position (layout's lengths.bin): the
        file mapped, its bytes read as numbers where they lie, not copied."""
        data = self._mapped.whole("lengths.bin")
        if crc(data) != self.meta["lengths_crc"]:  # bit rot leaves its size and time alone
            raise CorruptIndex(f"{self.folder}: lengths.bin fails its checksum")
        width = self.meta["lengths_width"]
        if width not in LENGTH_WIDTHS or len(data) != self._count * array(width).itemsize:
            raise CorruptIndex(f"{self.folder}: lengths.bin holds another number of facts")
        return memoryview(data).cast(width)  # B, H, I: numbers

    @guarded
    def lengths(self, positions: Sequence[int]) -> list[int]:
        lengths = self._lengths
        if not all(0 <= p < self._count for p in positions):
            raise CorruptIndex(f"{self.folder}: no fact at one of {list(positions)}")
        return [lengths[p] for p in positions]

    @guarded
    def fact(self, fact_id: str) -> Fact | None:
        import tantivy

        found = self._positions(tantivy.Query.term_query(self.schema, "id", fact_id))
        return self.facts_at(found[:1])[0] if found else None

    @guarded
    def fact_ids(self) -> Sequence[str]:
        """The id field's terms: read from the term dictionary, not from the facts."""
        found = self.searcher.terms_with_prefix("id", "", limit=max(1, self._count))
        return [term for term, _ in found]

    def close(self) -> None:
        lengths = self.__dict__.pop("_lengths", None)
        if lengths is not None:  # a view on a mapped file: let go of before it is unmapped
            lengths.release()
        self._mapped.close()
