"""What the build (building.py) writes of each fact: its tantivy document's values and its
record line, made with each distinct value's share worked out once.

At 100,000 facts the build's own Python work is per fact; the parts of a fact that many
facts share (its kind, attribution, source and event, each of its topics and entities)
are made into their terms once and looked up by `map`, in C, and the rest is joined. The
facet text is the terms (layout.facet_term) of fields.facet_keys's keys, apart by spaces,
one or more (a test holds its terms equal)."""

from __future__ import annotations

import marshal
import zlib
from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from itertools import compress, repeat
from operator import and_, itemgetter, not_
from typing import Any

from defcoop_cli.factbase.events import event_by
from defcoop_cli.factbase.records import Fact, Source
from defcoop_cli.index.layout import facet_term
from defcoop_cli.lookup.search.fields import (
    FIELDS,
    NOT_PLAIN,
    FieldWords,
    quote_text,
    statement_text,
)
from defcoop_cli.lookup.search.reading.clippings import REWRITTEN
from defcoop_cli.lookup.search.words import PAIR, STOPWORDS, tokens
from defcoop_cli.patterns import Lazy

_PLAIN = STOPWORDS.isdisjoint  # words with no function word: their text is as spaced
# An ASCII text lowered that is letters, digits and spaces, with a letter or a digit: one
# pass in C, where removing the spaces and then testing the rest made a text a fact and
# read it twice (24 against 54 ms over 100,000 statements).
_LOWER_ALNUM = Lazy("[ ]*[a-z0-9][a-z0-9 ]*")


def spaced_tokens(text: str) -> tuple[list[str], str]:
    """tokens(text), and a text of them apart by white space, for an index that splits at
    white space (the build's): spaced_texts of the one text."""
    words, spaced, _ = spaced_texts([text])
    return words[0], spaced[0]


def spaced_texts(texts: Sequence[str]) -> tuple[list[list[str]], list[str], list[bool]]:
    """Each text's tokens, a text of them apart by white space, and whether it was read
    as split. Where a printable ASCII text changes by nothing but its case and a final
    full stop (most statements and quotes), the lowered text itself, its words as split (no
    join to make): no hyphen, nothing respelt, no number in words; else the tokens joined by
    spaces. The same test as words.tokens' path with no pattern to run, and the same words
    (a test holds both); each step mapped over the texts, in C."""
    words, spaced, split, _ = _read(texts, plain_needed=False)
    return words, spaced, split


def _read(
    texts: Sequence[str], plain_needed: bool = True
) -> tuple[list[list[str]], list[str], list[bool], list[bool]]:
    """spaced_texts, and whether each text's tokens hold no function word (_PLAIN). A
    text not read as split has it of its tokens only if `plain_needed` (a quote's); a
    caller that reads it only where a text was split (a statement's) does without."""
    spaced = list(map(str.removesuffix, map(str.lower, texts), repeat(".")))
    words = list(map(str.split, spaced))
    # no function word and no word respelt or a number's: one look a text (most texts),
    # each of the two asked apart only where either is (a look a text each, 25 ms a field
    # at 100,000 facts)
    plain = list(map(NOT_PLAIN.isdisjoint, words))
    unwritten = plain.copy()
    for i in compress(range(len(texts)), map(not_, plain)):
        plain[i], unwritten[i] = _PLAIN(words[i]), REWRITTEN.isdisjoint(words[i])
    # letters, digits and spaces only: so printable, with no apostrophe, backtick, &, + or
    # _ (one look at the text, where four more were made before it); of an ASCII text
    # lowered, what `replace(" ", "").isalnum()` tells, with no text made (_LOWER_ALNUM)
    alnum = map(_LOWER_ALNUM.compiled.fullmatch, spaced)
    split = list(map(all, zip(map(str.isascii, texts), alnum, unwritten, strict=True)))
    for i in compress(range(len(texts)), map(not_, split)):
        words[i] = tokens(texts[i])
        spaced[i] = " ".join(words[i])
        if plain_needed:
            plain[i] = _PLAIN(words[i])
    return words, spaced, split, plain


class _Terms(dict[str, str]):
    """Each value's facet term under a prefix (kind:, topic:, …), made once."""

    def __init__(self, prefix: str, types: dict[str, str] | None = None) -> None:
        """types: for names:, each entity's type by id (an entity of none has no term)."""
        super().__init__()
        self._prefix, self._types = prefix, types

    def __missing__(self, key: str) -> str:
        if self._types is not None:
            kind = self._types.get(key)
            found = "" if kind is None else facet_term(self._prefix + kind)
        else:
            found = facet_term(self._prefix + key)
        self[key] = found
        return found


class _OptionalTerms(dict[str | None, str]):
    """The facet terms of a value that may be None (a claim, an event): none for None or
    an empty value."""

    def __init__(self, prefix: str) -> None:
        super().__init__({None: "", "": ""})
        self._prefix = prefix

    def __missing__(self, key: str | None) -> str:
        found = self[key] = facet_term(f"{self._prefix}{key}")
        return found


class _Joined(dict[tuple[str, ...], str]):
    """The text of each tuple of ids (a fact's topics, its entities), made once by `make`:
    a fact base's facts share few tuples of topics."""

    def __init__(self, make: Callable[[tuple[str, ...]], str]) -> None:
        super().__init__()
        self._make = make  # never a method of the dict's owner: no cycle (the collector is off)

    def __missing__(self, key: tuple[str, ...]) -> str:
        found = self[key] = self._make(key)
        return found


class EventsOf(dict[tuple[str | None, str], str | None]):
    """The event (factbase.events.event_by's) of a fact's own event and source, by the
    pair: worked out once a pair, where event_of is a call a fact."""

    def __init__(self, sources: Mapping[str, Source]) -> None:
        super().__init__()
        self._sources = sources

    def __missing__(self, key: tuple[str | None, str]) -> str | None:
        found = self[key] = event_by(*key, self._sources)
        return found


# Each field's column in a batch's facts transposed (fact_columns): its place in Fact.
ID, STATEMENT, KIND, BY, TOPICS, ENTITIES, KEYWORDS, QUOTE, SOURCE, CLAIM, PART_OF, EVENT = map(
    Fact._fields.index,
    ("id", "statement", "kind", "attribution", "topics", "entities", "keywords", "quote",
     "source", "claim", "part_of", "event"),
)  # fmt: skip
# the columns a fact's facet text reads (FactDocuments._facets)
_FACETED = itemgetter(ID, KIND, BY, TOPICS, ENTITIES, SOURCE, CLAIM, PART_OF)
_KEYS = ("pos", *FIELDS, "facet", "id")  # the document's keys (building._schemas)


def fact_columns(facts: Sequence[Fact]) -> list[tuple[Any, ...]]:
    """Each field of the facts (by its place in Fact: ID, STATEMENT, …), a tuple in the
    facts' order: the facts transposed in one call, in C, where reading each field of each
    fact by name made a tuple a fact first (30 against 50 ms at 100,000 facts)."""
    return list(zip(*facts, strict=True)) if facts else [()] * len(Fact._fields)


def _once_each(terms: tuple[str, ...]) -> str:
    """Terms apart by spaces, each once, an empty one left out."""
    return " ".join(filter(None, dict.fromkeys(terms)))


def _each(look_up: Callable[[str], str], groups: Iterable[Iterable[str]]) -> Iterator[Any]:
    """For each group (a fact's entities), its values looked up, lazily: in C."""
    return map(map, repeat(look_up), groups)


class FactDocuments:
    """The facts' documents for the index's fields (building._schemas), by field name, and
    their statements' lengths in words (`lengths`, in the order the facts were given)."""

    def __init__(
        self, words: FieldWords, roles: dict[str, list[str]], types: dict[str, str]
    ) -> None:
        self._words = words
        self.lengths = array("I")  # layout's lengths.bin
        # each batch's quotes' words apart by spaces, a line a fact, until taken
        self._quotes: list[str] = []
        self._kind, self._topic, self._entity = _Terms("kind:"), _Terms("topic:"), _Terms("entity:")
        self._source, self._by = _Terms("source:"), _Terms("by:")
        self._claim, self._part_of = _OptionalTerms("claim:"), _OptionalTerms("part_of:")
        self._event, self._names = _OptionalTerms("event:"), _Terms("names:", types)
        topic = self._topic.__getitem__
        self._topic_terms = _Joined(lambda ids: " ".join(map(topic, ids)))
        # the names: terms of a fact's entities' types, by the tuple of them (few)
        self._names_text = _Joined(_once_each)
        self._topic_text = _Joined(words.topic_text)
        self._roles = {
            fact: " ".join(facet_term(f"role:{e}") for e in entities)
            for fact, entities in roles.items()
        }

    def every_word(self, indexed: Iterable[str]) -> list[str]:
        """Every word of the documents' search fields made so far, sorted: their term
        dictionaries' (PAIR, a break, is no word). indexed: the words of the statement
        and quote fields' texts, as an index splitting them at white space holds them (a
        token never holds white space): the build reads them back from tantivy's term
        dictionaries, where a set of every text's words cost 0.2 s of CPU at 100,000 facts
        for the 0.06 s of reading them (RESULTS, sixteenth session)."""
        found = self._words.texts_words()
        found.update(indexed)
        found.discard(PAIR)
        return sorted(found)

    def taken_quotes(self) -> bytes:
        """The words of the quotes of the facts whose documents were made since last
        taken, apart by spaces, one fact a line (layout's quotes.txt)."""
        batches, self._quotes = self._quotes, []
        return "".join(batches).encode("utf-8")

    def named(self) -> tuple[list[str], list[str]]:
        """Every entity id and topic id of the facts whose facet text was made (each made
        once into its term, so these are the facts' named ids with no pass of their own)."""
        return list(self._entity), list(self._topic)

    def of(
        self,
        start: int,
        facts: Sequence[Fact],
        events: Sequence[str | None],
        columns: Sequence[tuple[Any, ...]] | None = None,
    ) -> list[dict[str, Any]]:
        """The facts' documents (the first at position start; events: each one's
        factbase.events.event_of): its position, each search field's text
        (fields.FieldWords.texts; an empty one left out), its facets and id. Their
        statements' lengths in words go to `lengths`, their quotes' words to `taken_quotes`.
        columns: fact_columns(facts), if made already. Each step is mapped over the facts,
        in C where it can be."""
        if not facts:
            return []
        columns = fact_columns(facts) if columns is None else columns
        ids, statements = columns[ID], columns[STATEMENT]
        topics, quotes = columns[TOPICS], columns[QUOTE]
        said, stated, split, plain = _read(statements, plain_needed=False)
        self.lengths.extend(map(len, said))
        # the spaced text, unless a function word (a framing), a hyphen or a respelling
        plain = list(map(and_, split, plain))
        for i in compress(range(len(facts)), map(not_, plain)):
            stated[i] = statement_text(statements[i], said[i], stated[i])
        quote, quoted, _, plain = _read(quotes)
        self._quotes += ["\n".join(map(" ".join, quote)), "\n"]  # facts is not empty
        for i in compress(range(len(facts)), map(not_, plain)):
            quoted[i] = quote_text(quote[i], quoted[i])
        entity = list(self._words.entity_texts(columns[ENTITIES]))
        keyword = list(self._words.keyword_texts(columns[KEYWORDS]))
        topic = list(map(self._topic_text.__getitem__, topics))
        facet = self._facets(columns, events)
        end = start + len(facts)
        rows = zip(
            range(start, end), stated, entity, keyword, topic, quoted, facet, ids, strict=True
        )
        kept = zip(repeat(True), stated, entity, keyword, topic, quoted, repeat(True), repeat(True))
        # each row's keys and values, those of an empty search field left out
        return list(map(dict, map(compress, map(zip, repeat(_KEYS), rows), kept)))

    def _facets(
        self, columns: Sequence[tuple[Any, ...]], events: Sequence[str | None]
    ) -> Iterator[str]:
        """Each fact's facet text: the facet_term of each of fields.facet_keys(fact, roles,
        types, event), apart by spaces, each term of an id, a kind, an attribution made
        once and looked up in C; the names' text once for each tuple of their terms (a
        dict made a fact, 95 against 65 ms at 100,000 facts). A part with no term (no
        claim, no role, …) leaves two spaces where there would be one, or a space at the
        end: the index's whitespace tokenizer reads the same terms, and its files are the
        same bytes, with no filter object a fact to leave the empty parts out (the ten
        parts joined in 20 against 45-50 ms at 100,000 facts)."""
        ids, kinds, by, topics, entities, sources, claims, part_of = _FACETED(columns)
        return map(" ".join, zip(  # fields.facet_keys' order
            map(self._kind.__getitem__, kinds),
            map(self._topic_terms.__getitem__, topics),
            map(" ".join, _each(self._entity.__getitem__, entities)),
            map(self._source.__getitem__, sources),
            map(self._claim.__getitem__, claims),
            map(self._roles.get, ids, repeat("")),
            map(self._by.__getitem__, by),
            map(self._part_of.__getitem__, part_of),
            map(self._names_text.__getitem__, map(tuple, _each(self._names.__getitem__, entities))),
            map(self._event.__getitem__, events),
            strict=True,
        ))  # fmt: skip


def record_lines() -> Callable[[list[Any]], list[bytes]]:
    """A function of records with no record within (a fact's, most entities') to their
    lines as layout.record_line writes them: each step mapped over the records, in C."""
    line = b"%08x %s\n".__mod__

    def lines(records: list[Any]) -> list[bytes]:
        bodies = list(map(marshal.dumps, map(tuple, records)))
        return list(map(line, zip(map(zlib.crc32, bodies), bodies, strict=True)))  # layout.crc

    return lines
