"""A big base's terms read through its search index (issue 26).

`candidates.Terms.of` reads every fact's statement and quote into their words, each word's
own meaning and stem, and files every fact under them: some 7 of a first draft's 20 s of
CPU at 100,000 facts. The search index holds those words already: its statement and quote
fields are the same texts (`fields.statement_text`, `quote_text`, of the same tokens:
`index.writing.documents.spaced_texts`), one document a fact in the base's order, and its facet
field each fact's entities (`entity:<id>`). So, where the facts are a search index's on
disk (`base.facts.BaseFacts`), `IndexTerms` reads from it the same counts:

- each meaning's document frequency, exactly: the two fields' term dictionaries with each
  term's count, each term's own meaning (`readings.own_meaning`, read once a term), and,
  for a meaning of more than one term or field (or an entity's, `@id`, with its facet), the
  documents holding any of them counted by the index (a union, as `Terms.of` counts a fact
  once a meaning), each when a draft first asks for it (`Frequencies`, `candidates.Rarities`):
  the same IDF, counted only where asked;
- each stem's facts (the finder's places), when a sentence first asks for them: the
  documents whose statement or quote holds a term of that stem, and the finder's facts
  whose keywords' words have it (read in Python: the index's keyword field also holds a
  keyword's words run together, which `Terms.of` does not file);
- each entity's facts, as `Terms.of` files them (a pass over the finder's facts).

What a later draft reads is kept (`candidates.keep_whole`): the counts (a union not yet
counted as its terms), the entities' facts, each stem's terms and its keyword facts; the
stems' facts are read again through the index when asked for. Should the index fail a
check, the terms are read as before (`Terms.of`), with the same values.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from operator import itemgetter
from typing import Any, NamedTuple

from defcoop_cli.curation.drafting.claims.readings import own_meaning
from defcoop_cli.factbase.records import Doc, Fact
from defcoop_cli.lookup.search.text import stem
from defcoop_cli.lookup.search.words import PAIR, STOPWORDS, tokens

TEXT_FIELDS = ("statement", "quote")  # the fields whose words Terms.of reads, as indexed
_ENTITY = "entity:"  # an entity's facet term (`layout.facet_term`: ids hold no space)


class Meanings(dict[str, str | None]):
    """The drafter's own reading of each index term (None: no content word), read once:
    its first content word's own meaning, `readings.word_units`' first, without the other
    readings that the IDF does not count."""

    def __init__(self, nationals: dict[str, str]) -> None:
        super().__init__()
        self.spelled = dict(nationals)

    def __missing__(self, term: str) -> str | None:
        self[term] = found = own_meaning(term, self.spelled)
        return found


class Stems(dict[str, str]):
    """Each term's stem, stemmed once."""

    def __missing__(self, term: str) -> str:
        self[term] = found = stem(term)
        return found


class Words(dict[str, list[str]]):
    """Each keyword's words, read once (150,000 keywords at 100,000 facts, 27,000 distinct)."""

    def __missing__(self, keyword: str) -> list[str]:
        self[keyword] = found = tokens(keyword)
        return found


class Unreadable(Exception):
    """The search index could not be read (its reader failed, or it is not on disk)."""


def disk_index(doc: Doc) -> Any:
    """The search index doc's facts are read from (`BaseFacts`), if any."""
    return getattr(doc.facts, "search_index", None)


def read_through(index: Any, read: Callable[[Any], Any]) -> Any:
    """read(the index on disk): through `Resilient.use`, which rebuilds a failing index in
    memory and reads that instead; Unreadable where there is no index on disk to read."""
    from defcoop_cli.index.layout import CorruptIndex

    def guarded(i: Any) -> Any:
        if getattr(i, "searcher", None) is None or getattr(i, "schema", None) is None:
            raise Unreadable  # an index in memory: no term dictionaries
        try:
            return read(i)
        except (KeyboardInterrupt, SystemExit):
            raise
        except Exception as e:  # tantivy's own errors: the index is damaged
            raise CorruptIndex(f"{type(e).__name__}: {e}") from None

    use = getattr(index, "use", None)
    try:
        return use(guarded) if use is not None else guarded(index)
    except CorruptIndex as e:
        raise Unreadable from e


def quote_words(index: Any, n: int) -> list[str] | None:
    """Each of the n facts' quote's words (`words.tokens`), apart by spaces, by position, as
    the index's build kept them (layout's quotes.txt, read with its checks); None where
    there is no index on disk to read, it failed a check, or it holds another number."""
    from defcoop_cli.index.layout import read_lines

    if index is None:
        return None
    try:
        found = read_through(index, lambda i: read_lines(i.folder, "quotes.txt", i.meta, "quotes"))
    except Unreadable:
        return None
    return found if len(found) == n else None


class Counted(NamedTuple):
    """What `counts` reads of the index."""

    df: Frequencies  # each meaning's document frequency, as `Terms.of` counts it
    stemmed: dict[str, list[tuple[str, str]]]  # each stem's statement and quote terms


class Frequencies(dict[str, int]):
    """Each meaning's document frequency over every fact, as `Terms.of` counts it: a
    meaning of one term of one field held with its own count, a meaning of more terms or
    fields (`unions`: its terms) counted by the index when first asked for (`count`), so
    that a draft counts only the unions its sentences and candidates ask (3,008 of 24,573
    for draft_bases.py's article at 100,000 facts). Kept (`candidates.keep_whole`) with the
    unions not yet counted as their terms, never as a count."""

    def __init__(self, counted: dict[str, int], unions: dict[str, list[tuple[str, str]]]) -> None:
        super().__init__(counted)
        self.unions = unions  # the meanings not yet counted: their (field, term)s
        self.index: Any = None  # what counts them (set by `Terms.over`)
        self.again: Callable[[], dict[str, int]] | None = None  # every count, from the facts

    def count(self, meaning: str) -> int | None:
        """meaning's document frequency (None: no fact holds it), counted now if not yet;
        should the index fail, every count is read from the facts (`again`)."""
        found = self.get(meaning)
        if found is not None or meaning not in self.unions:
            return found
        try:
            found = int(read_through(self.index, lambda i: _union(i, self.unions[meaning])))
        except Unreadable:
            if self.again is None:
                raise
            self.update(self.again())
            self.unions = {}
            return self.get(meaning)
        self[meaning] = found
        del self.unions[meaning]
        return found

    def whole(self) -> dict[str, int]:
        """Every meaning's count (each union counted now)."""
        for meaning in list(self.unions):
            self.count(meaning)
        return dict(self)


def _union(i: Any, terms: Sequence[tuple[str, str]]) -> int:
    """The number of documents holding any of the terms (field, term)."""
    import tantivy

    should, query = tantivy.Occur.Should, tantivy.Query.term_query
    union = tantivy.Query.boolean_query([(should, query(i.schema, f, t)) for f, t in terms])
    return int(i.searcher.search(union, 1, count=True).count or 0)


def counts(index: Any, nationals: dict[str, str]) -> Counted:
    """Each meaning's document frequency over every fact (as `Terms.of` counts it: the
    facts whose statement or quote holds a term of that own meaning, or, for `@id`, that
    are about the entity), and each statement or quote term's stem's terms (function words
    and breaks aside), read from the index: a meaning of one term of one field its term's
    own count, a meaning of more the union of its terms, counted when first asked for
    (`Frequencies`).

    The index's words of a statement or quote are the drafter's (`words.tokens`, a number in
    words as its digits: `index.documents`, index FORMAT 34), so no fact is read again."""
    meaning = Meanings(nationals).__getitem__

    def read(i: Any) -> Counted:
        searcher = i.searcher
        stems = Stems().__getitem__
        held: dict[str, list[tuple[tuple[str, str], int]]] = {}
        stemmed: dict[str, list[tuple[str, str]]] = {}
        for field in TEXT_FIELDS:
            for term, count in searcher.terms_with_prefix(field, ""):
                pair = (field, term)  # one tuple for both tables: kept once (marshal)
                m = meaning(term)
                if m is not None:  # a meaning is never ""
                    held.setdefault(m, []).append((pair, count))
                if term not in STOPWORDS and term != PAIR:
                    stemmed.setdefault(stems(term), []).append(pair)
        for term, count in searcher.terms_with_prefix("facet", _ENTITY):
            held.setdefault(f"@{term[len(_ENTITY) :]}", []).append((("facet", term), count))
        df: dict[str, int] = {}
        unions: dict[str, list[tuple[str, str]]] = {}
        for m, terms in held.items():
            if len(terms) == 1:  # one term of one field: its own count
                df[m] = terms[0][1]
            else:
                unions[m] = [pair for pair, _ in terms]
        found = Frequencies(df, unions)
        found.index = index
        return Counted(found, stemmed)

    counted: Counted = read_through(index, read)
    return counted


def positions(index: Any, terms: Sequence[tuple[str, str]]) -> list[int]:
    """The positions of the facts holding any of the terms (field, term), read from the
    index."""
    return read_through(index, lambda i: _positions(i, terms)) if terms else []


def _positions(i: Any, terms: Sequence[tuple[str, str]]) -> list[int]:
    import tantivy

    from defcoop_cli.index.layout import any_term

    by_field: dict[str, list[str]] = {}
    for field, term in terms:
        by_field.setdefault(field, []).append(term)
    should = tantivy.Occur.Should
    union = tantivy.Query.boolean_query(
        [(should, any_term(i.schema, f, ts)) for f, ts in by_field.items()]
    )
    searcher = i.searcher
    n = int(searcher.search(union, 1, count=True).count or 0)
    if not n:
        return []
    # ordered by position, each hit's first value is its position (no score, no second read)
    return list(map(itemgetter(0), searcher.search(union, n, False, "pos").hits))


def keyword_facts(facts: Sequence[Fact]) -> tuple[dict[str, list[int]], dict[str, list[int]]]:
    """Each stem of the facts' keywords' words (function words and breaks aside) with the
    facts (places) holding it, and each entity's facts, as `Terms.of` files them. Each
    keyword's facts are gathered first, then given to its stems (a place once for each of
    its keywords having the stem, ascending: the same lists and order as stem by stem)."""
    words, stems = Words(), Stems().__getitem__
    by_stem: dict[str, list[int]] = {}
    of_keyword: dict[str, list[int]] = {}
    by_entity: dict[str, list[int]] = {}
    for i, f in enumerate(facts):
        for k in f.keywords:
            of_keyword.setdefault(k, []).append(i)
        for e in f.entities:
            by_entity.setdefault(e, []).append(i)
    for k, held_by in of_keyword.items():  # keywords and stems first met in the same order
        for s in sorted(set(map(stems, set(words[k]) - STOPWORDS - {PAIR}))):
            by_stem.setdefault(s, []).extend(held_by)
    for held_by in by_stem.values():
        held_by.sort()
    return by_stem, by_entity


class Stemmed:
    """Each stem's facts (the finder's places, ascending), as `Terms.of` files them: the
    facts whose statement or quote holds a term of it (read through the index when first
    asked for) or whose keywords' words have it."""

    def __init__(
        self,
        terms: dict[str, list[tuple[str, str]]],
        keyworded: dict[str, list[int]],
        places: Sequence[int],
    ) -> None:
        """terms: each stem's statement and quote terms; keyworded: its facts by their
        keywords' words (`keyword_facts`); places: the finder's facts' positions in the
        base, ascending."""
        self.terms, self.keyworded, self.places = terms, keyworded, places
        self.index: Any = None  # set by `Terms.over`, with again
        self.again: Callable[[], Any] | None = None  # the stems' facts read from the facts
        self.read: dict[str, list[int]] = {}
        self._places: dict[int, int] | None = None

    def get(self, key: str, default: Any = None) -> Any:
        found = self.read.get(key)
        if found is None:
            found = self.read[key] = self._of(key)
        return found or default

    def _of(self, key: str) -> list[int]:
        held = set(self.keyworded.get(key, ()))
        try:
            found = positions(self.index, self.terms.get(key, ()))
        except Unreadable:  # the index failed a check: every stem read from the facts
            if self.again is None:
                raise
            self.read, self.terms, self.keyworded = self.again(), {}, {}
            return self.read.get(key, [])
        if found:
            place = self._place()
            at: set[Any] = set(found) if place is None else set(map(place, found))
            at.discard(None)  # a person's office: no finder's fact
            held |= at
        return sorted(held)

    def quoted(self, key: str) -> list[int] | None:
        """The positions in the base (ascending) of the facts whose quote holds a term of
        this stem, read through the index (`quoted.QuotedLater`); None where the index
        cannot be read, or the stems' terms were dropped for a read of the facts."""
        if self.index is None or not self.terms:
            return None
        try:
            terms = [t for t in self.terms.get(key, ()) if t[0] == "quote"]
            return sorted(positions(self.index, terms))
        except Unreadable:
            return None

    def _place(self) -> Callable[[int], int | None] | None:
        """A position's place among the finder's facts (None: every position is its own)."""
        places = self.places
        if not places or places[-1] == len(places) - 1:  # ascending: 0, 1, … n - 1
            return None
        if self._places is None:
            self._places = {p: i for i, p in enumerate(places)}
        return self._places.get
