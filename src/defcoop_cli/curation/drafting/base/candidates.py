"""A draft over a big fact base, reading only each sentence's candidates (issue 26).

The claim finder (`claims.finder.ClaimFinder`) reads every fact's texts meaning by meaning
before a sentence is matched: some 2 ms a fact, 20 s of CPU at 10,000 facts and minutes at
100,000, for an article of a paragraph. Over a fact base of CANDIDATES_FROM facts or more,
a draft reads instead, for each sentence, only its candidates: the facts holding in their
statement, quote or keyword fields a word of the same stem (`text.stem`) as one of the
sentence's (its claimed text and its lead, function words aside), or about an entity it
names, as the search index's fields hold them (`fields.statement_text`, `quote_text`); of
them the TOP holding the rarest of it (each stem's and entity's log(1 + n / df), summed:
what a scored top-N search gives). Each meaning's rarity (IDF) is what the index counts
over every fact: a word meaning's df the facts whose statement or quote holds a term whose
own reading (`readings.word_units` of the one word) is it, an entity's the facts about it;
n the base's size. A candidate fact's tables are read as `ClaimFinder.__init__` reads them
(`fact_tables`, with its list's), each when first asked for, and its texts only when what
needs none of them (its parties and their countries, its act, stance, kind and scope:
`ClaimFinder.fact_head`) lets it make the sentence's claim (`claims.kept.reached`; 1,418
-> 910 facts read by the benchmark article's first draft at 100,000); what needs no text (the
facts' dates, scopes, lists and participants) is made of every fact, as it is, by a first
draft, and kept with the terms and the passes over every fact (`Whole`), so that a later
draft reads of the facts only its candidates (4.5 -> some 2 s of CPU at 100,000 facts).

Measured before it was built (benchmarks/draft_candidates.py, s38-perf37, every report set
drafted over the shipped base with 10,000 realistic facts laid over it): no claim lost in
sum (1497 -> 1503 of 1648 found), fewer judged sentences moved (41) than the layer itself
moves in the exact pass (118). Below CANDIDATES_FROM facts a draft reads every fact, as
before (and keeps the tables of a base of KEEP_FROM or more: `claims.whole`); above it,
every draft reads its candidates, the first or a later one, so that the same article over
the same base is drafted the same. What it may miss: the claim of a fact sharing only
readings with a sentence (a synonym, a related word, a thesaurus meaning: no word of the
same stem, no entity), or one below the TOP.
"""

from __future__ import annotations

import contextlib
import marshal
import math
import os
from array import array
from collections import defaultdict
from collections.abc import Callable, Sequence
from datetime import date
from functools import cached_property
from operator import attrgetter
from pathlib import Path
from typing import Any, NamedTuple, cast

import defcoop_cli.curation.drafting.claims.cases.times as times
from defcoop_cli.curation.drafting.base.facts import Picked
from defcoop_cli.curation.drafting.base.indexed import (
    Frequencies,
    Meanings,
    Stemmed,
    Stems,
    Unreadable,
    Words,
    counts,
    disk_index,
    keyword_facts,
)
from defcoop_cli.curation.drafting.base.matchers import countries_of
from defcoop_cli.curation.drafting.claims.cases.lists import Lists
from defcoop_cli.curation.drafting.claims.cases.participants import Participants
from defcoop_cli.curation.drafting.claims.finder import ClaimFinder
from defcoop_cli.curation.drafting.claims.kept import CANDIDATES_FROM, KeptReadings, prune
from defcoop_cli.factbase.records import Doc, Fact
from defcoop_cli.lookup.search.fields import quote_text, statement_text
from defcoop_cli.lookup.search.text import stem
from defcoop_cli.lookup.search.words import PAIR, STOPWORDS, tokens

__all__ = ["CANDIDATES_FROM", "CandidateFinder", "Whole", "keep_whole", "whole_in"]

TERMS = "draft-terms-"  # the kept terms' files (`keep_whole`; as `claims.whole` names them)
KEEP_FILES = 4
# bumped when what a file holds changes shape (3: the stems' terms; 4: no facts read again;
# 5: the unions not yet counted kept as their terms)
_FORMAT = 5
_QUOTE = attrgetter("quote")
TOP = 200  # a sentence's candidates (perf37: the same claims as every one, 97 facts each)


class Terms:
    """The index's terms of every fact: the facts (the finder's places) holding each stem
    in their statement, quote or keyword fields, or about each entity; and each meaning's
    document frequency over every fact of the base (`size`), as its statement and quote
    hold it."""

    def __init__(
        self,
        by_stem: dict[str, list[int]] | Stemmed,
        by_entity: dict[str, list[int]],
        df: dict[str, int],
        n: int,
        size: int,
    ) -> None:
        self.by_stem, self.by_entity, self.df = by_stem, by_entity, df
        self.n, self.size = n, size

    @classmethod
    def of(
        cls,
        doc: Doc,
        facts: Sequence[Fact],
        nationals: dict[str, str],
        quotes: Sequence[list[str]] = (),
    ) -> Terms:
        """The terms of doc's facts, read in one pass; facts: the finder's; quotes: each of
        doc's facts' quote's tokens, if read already (`topics.topic_votes`' `heard`)."""
        place = {id(f): i for i, f in enumerate(facts)}
        terms = cls({}, {}, {}, len(facts), len(doc.facts))
        by_entity, df = terms.by_entity, terms.df
        by_stem = defaultdict[str, list[int]](list)  # a plain dict at the end, in order
        # each term's meaning and stem looked up by `map`, in C (read once each)
        meaning, stems = Meanings(nationals).__getitem__, Stems().__getitem__
        words = Words()
        heard = quotes if len(quotes) == len(doc.facts) else map(tokens, map(_QUOTE, doc.facts))
        for f, quoted in zip(doc.facts, heard, strict=True):
            said = set(statement_text(f.statement, tokens(f.statement)).split())
            said.update(quote_text(quoted).split())
            held = {f"@{e}" for e in f.entities}
            held.update(filter(None, map(meaning, said)))  # a meaning is never ""
            for m in held:
                df[m] = df.get(m, 0) + 1
            i = place.get(id(f))
            if i is None:  # a person's office: no claim (the finder leaves it out)
                continue
            for k in f.keywords:
                said.update(words[k])
            for s in set(map(stems, said - STOPWORDS - {PAIR})):
                by_stem[s].append(i)
            for e in f.entities:
                by_entity.setdefault(e, []).append(i)
        terms.by_stem = dict(by_stem)
        return terms

    @classmethod
    def through_index(cls, doc: Doc, facts: Sequence[Fact], nationals: dict[str, str]) -> Terms:
        """The same terms, read through the search index doc's facts come from
        (`base.indexed`); ValueError where there is none on disk, or it fails."""
        index = disk_index(doc)
        if index is None:
            raise ValueError("no search index on disk")
        try:
            df, stemmed = counts(index, nationals)
        except Unreadable as e:
            raise ValueError("the search index cannot be read") from e
        places = _positions(doc, facts)
        keyworded, by_entity = keyword_facts(facts)
        by_stem = Stemmed(stemmed, keyworded, ())
        terms = cls(by_stem, by_entity, df, len(facts), len(doc.facts))
        terms.over(doc, places, nationals)
        return terms

    def over(self, doc: Doc, places: Sequence[int], nationals: dict[str, str]) -> None:
        """Read the stems' facts (if read through the index) from doc's index, the finder's
        facts at places of doc's; should the index fail, from the facts (ValueError: doc's
        facts are no index's on disk)."""
        if isinstance(self.by_stem, Stemmed):
            index = disk_index(doc)
            if index is None:
                raise ValueError("no search index on disk")
            self.by_stem.index, self.by_stem.places = index, places
            self.by_stem.again = lambda: _from_facts(doc, places, nationals).by_stem
        if isinstance(self.df, Frequencies):  # its unions counted when asked for
            index = disk_index(doc)
            if index is None:
                raise ValueError("no search index on disk")
            self.df.index = index
            self.df.again = lambda: _from_facts(doc, places, nationals).df

    def idf(self) -> tuple[dict[str, float], float]:
        """Each meaning's IDF over the base, and the default (a meaning no fact holds);
        read through the index, a union's when first asked for (`Rarities`)."""
        n, df = self.size, self.df
        if isinstance(df, Frequencies):
            return Rarities(df, n), math.log(1 + n)
        return {m: math.log((1 + n) / c) for m, c in df.items()}, math.log(1 + n)

    def found(self, text: str, entities: set[str], top: int = TOP) -> set[int]:
        """The facts found for text and entities: the top best by the rarity of what they
        hold of it (each stem's and entity's log(1 + n / df), summed), ties by place."""
        held = [self.by_stem.get(stem(w), []) for w in set(tokens(text)) - STOPWORDS]
        held += [self.by_entity.get(e, []) for e in entities]
        found: set[int] = set().union(*held)
        if len(found) <= top:
            return found
        score: dict[int, float] = {}
        for facts in held:
            weight = math.log(1 + self.n / len(facts)) if facts else 0.0
            for i in facts:
                score[i] = score.get(i, 0.0) + weight
        return set(sorted(found, key=lambda i: (-score[i], i))[:top])


class Rarities(dict[str, float]):
    """Each meaning's IDF, log((1 + n) / df), over n facts: the counted meanings' at once,
    a union's (`Frequencies.unions`) when `get` first asks for it (the finder's only
    look-up: `ClaimFinder._share`)."""

    def __init__(self, df: Frequencies, n: int) -> None:
        super().__init__({m: math.log((1 + n) / c) for m, c in df.items()})
        self.df, self.n = df, n

    def get(self, meaning: str, default: Any = None) -> Any:
        found = dict.get(self, meaning)
        if found is not None:
            return found
        count = self.df.count(meaning)
        if count is None:  # no fact holds it
            return default
        self[meaning] = found = math.log((1 + self.n) / count)
        return found


class Whole(NamedTuple):
    """What a draft over a big base reads of every fact, kept whole in the cache folder
    (`claims.whole`: named by the fact base's content and defcoop's code), so that a later
    draft reads of the facts only its candidates (`base.facts`): their terms, and `every`,
    what `CandidateFinder` makes of every fact besides (as `claims.whole` keeps it for the
    exact tables: the finder's facts' places, their lists, scopes, dates and participants,
    the entities' countries) and the passes over every fact (`base.passes`)."""

    terms: Terms
    every: dict[str, Any]


def whole_in(path: str) -> Whole | None:
    """What the file at path keeps (`keep_whole`), if it can be read."""
    from defcoop_cli.index.checked.validated import trusted_body

    body = trusted_body(Path(path), {"draft terms": os.path.basename(path)})
    with contextlib.suppress(EOFError, ValueError, TypeError):
        value = marshal.loads(body) if body is not None else None
        if isinstance(value, tuple) and len(value) == 7 and value[0] == _FORMAT:
            by_stem = value[1]  # or, read through the index, each stem's terms (`over`)
            if isinstance(by_stem, tuple):
                by_stem = Stemmed(by_stem[0], by_stem[1], ())
            df = value[3]  # or, read through the index, the counts and the unions' terms
            if isinstance(df, tuple):
                df = Frequencies(df[0], df[1])
            return Whole(Terms(by_stem, value[2], df, value[4], value[5]), value[6])
    return None


def keep_whole(path: str, finder: CandidateFinder, every: dict[str, Any]) -> None:
    """Keep what a later draft reads of every fact (`Whole`) at path: the finder's terms,
    lists and scopes, with every (`claims.whole`: the facts' places, dates, participants,
    the entities' countries, the passes); a file that cannot be written is no error, only
    slower."""
    from defcoop_cli.index.checked.validated import keep_entry

    terms = finder.terms
    scopes: dict[frozenset[str], int] = {}
    every = {
        **every,
        "lists": finder.lists,
        "scopes": array("i", (scopes.setdefault(s, len(scopes)) for s in finder.scopes)).tobytes(),
        "scope_sets": tuple(scopes),
    }
    by_stem: Any = terms.by_stem
    if isinstance(by_stem, Stemmed):  # its stems' terms: their facts read when asked for
        by_stem = (by_stem.terms, by_stem.keyworded)
    df: Any = terms.df
    if isinstance(df, Frequencies):  # the counts, and the unions not counted: their terms
        df = (dict(df), df.unions)
    kept = (_FORMAT, by_stem, terms.by_entity, df, terms.n, terms.size, every)
    with contextlib.suppress(OSError, ValueError):
        keep_entry(Path(path), {"draft terms": os.path.basename(path)}, marshal.dumps(kept))
        prune(os.path.dirname(path), TERMS, KEEP_FILES)


def _from_facts(doc: Doc, places: Sequence[int], nationals: dict[str, str]) -> Terms:
    """The terms read from the facts (`Terms.of`), the finder's at places of doc's."""
    every = list(doc.facts)  # each fact read once: the same records by position after
    return Terms.of(doc, [every[p] for p in places], nationals)


def _positions(doc: Doc, facts: Sequence[Fact]) -> array[int]:
    """The positions in doc of facts (some of doc's, in its order)."""
    at = {id(f): k for k, f in enumerate(doc.facts)}
    return array("i", (at[id(f)] for f in facts))


class CandidateFinder(ClaimFinder):
    """A claim finder that reads, of the fact base, each sentence's candidates only."""

    def __init__(
        self,
        doc: Doc,
        find: Any,
        kept: KeptReadings | None = None,
        whole: Whole | None = None,
        quotes: Sequence[list[str]] = (),
    ) -> None:
        """kept: the facts' texts' readings kept between runs; whole: what a draft reads of
        every fact, kept (`whole_in`): then no fact but a sentence's candidates is read
        (ValueError: it is not of this fact base); quotes: each fact's quote's tokens, if
        read already (`Terms.of`)."""
        self.kept = None  # a drafted sentence's readings are not kept; the facts' are
        self.readings = kept
        if whole is None:
            self.set_up(doc, find, countries_of(doc))
            try:  # its statements' and quotes' words as the search index holds them
                self.terms = Terms.through_index(doc, self.facts, self.nationals)
            except ValueError:  # none on disk: read from the facts
                self.terms = Terms.of(doc, self.facts, self.nationals, quotes)
            index = {f.id: i for i, f in enumerate(self.facts)}
            self.lists = {
                i: index[f.part_of] for i, f in enumerate(self.facts) if f.part_of in index
            }
        else:
            self._restore(doc, find, whole)
        self.idf, self.default_idf = self.terms.idf()
        self.items: dict[int, list[int]] = {}
        for i, j in self.lists.items():
            self.items.setdefault(j, []).append(i)
        self.tables: dict[int, tuple[Any, ...]] = {}  # each fact's own, as first read
        self.heads: dict[int, tuple[Any, ...]] = {}  # what of them needs no text read
        n = len(self.facts)
        for name, k in (("parties", 0), ("nations", 1), ("acts", 2), ("voice", 3)):
            setattr(self, name, _Lazy(self._head(k), n))
        self.people = cast(list[Any], _Lazy(lambda i: self._own_tables(i)[5], n))
        self.own = cast(list[Any], _Lazy(lambda i: self._own_tables(i)[3][0], n))
        self.wordings = cast(list[Any], _Lazy(self._wordings, n))
        self.vocab = cast(list[Any], _Lazy(self._vocab, n))
        if whole is None:
            self.scopes = self.scopes_of(self.facts)
            self.when, self.of_event = times.event_times(doc, self.facts)
            self.taking_part = Participants(self.find, self.facts, self.types, self.countries)
        self.reach = _Having(self.vocab)
        self.having = cast(dict[str, list[int]], self.reach)

    def _restore(self, doc: Doc, find: Any, whole: Whole) -> None:
        """What `__init__` makes of every fact, as kept (`keep_whole`), the facts read by
        position (`base.facts`) when first asked for."""
        every, self.terms = whole.every, whole.terms
        self.set_up(doc._replace(facts=[]), find, every["countries"])
        picked = memoryview(every["picked"]).cast("i")
        if (picked and not 0 <= picked[-1] < len(doc.facts)) or len(picked) != self.terms.n:
            raise ValueError("the kept terms are of another fact base")
        self.facts = cast(list[Fact], Picked(doc.facts, picked))
        self.terms.over(doc, picked, self.nationals)
        self.lists = every["lists"]
        days = [frozenset(map(date.fromordinal, d)) for d in every["days"]]
        self.when = [days[k] for k in memoryview(every["when"]).cast("i")]
        self.of_event = [bool(t) for t in every["of_event"]]
        sets = every["scope_sets"]
        self.scopes = [sets[k] for k in memoryview(every["scopes"]).cast("i")]
        if not len(self.when) == len(self.of_event) == len(self.scopes) == len(picked):
            raise ValueError("the kept facts' tables are not whole")
        taking = every["taking"]
        self.taking_part = Participants(self.find, (), self.types, self.countries, taking)

    @cached_property
    def list_of(self) -> Lists:  # type: ignore[override]
        """The lists (`claims.cases.lists`), read when a sentence first asks for one."""
        mechanisms = {i: f"@{e}" for e, i in self.taking_part.mechanisms.items()}
        statements = _Lazy(lambda i: self.wordings[i][1], len(self.facts))
        return Lists(self.lists, self.own, statements, self._said, mechanisms)

    def _ranked(self, quote: str, claimed: str, *args: Any, **kw: Any) -> Any:
        """`ClaimFinder._ranked` over the sentence's candidates (its claimed text and lead)."""
        lead = args[2] if len(args) > 2 else kw.get("lead", "")
        text = f"{claimed} {lead}"
        named = {e for e, _, _ in self.find(text)} | set(args[0] if args else kw["entities"])
        self.reach.now = self.terms.found(text, named)
        if isinstance(self.facts, Picked):  # the candidates read at once (`base.facts`)
            self.facts.read(self.reach.now)
        ranked = super()._ranked(quote, claimed, *args, **kw)
        if self.readings is not None:  # the facts' readings kept, once enough are new
            self.readings.save()
        return ranked

    def _head(self, k: int) -> Callable[[int], Any]:
        return lambda i: self._head_of(i)[k]

    def _head_of(self, i: int) -> tuple[Any, ...]:
        """The i-th fact's tables that need no text read (`ClaimFinder.fact_head`), read
        once: what a sentence's candidates are narrowed by before their texts are read
        (`claims.kept.reached`)."""
        found = self.heads.get(i)
        if found is None:
            found = self.heads[i] = self.fact_head(self.facts[i])
        return found

    def _own_tables(self, i: int) -> tuple[Any, ...]:
        """The i-th fact's own tables (`ClaimFinder.fact_tables`), read once, its texts'
        readings kept between runs as the exact pass keeps them (`claims.kept`)."""
        found = self.tables.get(i)
        if found is None:
            self.kept = self.readings
            try:
                found = self.tables[i] = self.fact_tables(self.facts[i], self._head_of(i))
            finally:
                self.kept = None
        return found

    def _wordings(self, i: int) -> tuple[Any, Any]:
        """Its two wordings; an item's quote read after its list's lead (as `__init__`)."""
        q, s = self._own_tables(i)[3]
        j = self.lists.get(i)
        if j is None:
            return q, s
        own = self._own_tables(j)[3][0]
        return [*[u for u in own if u not in q], *q], s

    def _vocab(self, i: int) -> frozenset[str]:
        """What can match it: a list's with what its items' can (as `__init__` joins
        them, item by item in order: an item's own items before it)."""
        vocab: frozenset[str] = self._own_tables(i)[4]
        for k in self.items.get(i, ()):
            vocab |= self._vocab_before(k)
        return vocab

    def _vocab_before(self, k: int) -> frozenset[str]:
        vocab: frozenset[str] = self._own_tables(k)[4]
        for m in self.items.get(k, ()):
            if m < k:
                vocab |= self._vocab_before(m)
        return vocab


class _Lazy(Sequence[Any]):
    """One of the facts' tables, each fact's read when first asked for."""

    def __init__(self, read: Callable[[int], Any], n: int) -> None:
        self.read, self.n = read, n

    def __len__(self) -> int:
        return self.n

    def __getitem__(self, i: Any) -> Any:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(self.n))]
        if not -self.n <= i < self.n:
            raise IndexError(i)
        return self.read(i % self.n)


class _Having:
    """Which facts a sentence's senses reach (`claims.kept.reached`): of its candidates
    (`now`), those whose vocabulary holds one of them."""

    def __init__(self, vocab: Sequence[frozenset[str]]) -> None:
        self.vocab, self.now = vocab, set[int]()

    def narrow(self, may: Callable[[int], bool]) -> None:
        """Keep of the candidates those may allows, before their texts are read."""
        self.now = set(filter(may, self.now))

    def reached(self, said: frozenset[str], *_: Any) -> set[int]:
        return {i for i in self.now if not said.isdisjoint(self.vocab[i])}

    def get(self, sense: str, default: Any = ()) -> list[int]:
        return [i for i in sorted(self.now) if sense in self.vocab[i]]
