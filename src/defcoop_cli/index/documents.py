"""What the build (building.py) writes of each fact: its tantivy document's values and its
record line, made with each distinct value's share worked out once.

At 100,000 facts the build's own Python work is per fact; the parts of a fact that many
facts share (its kind, attribution, source and event, each of its topics and entities)
are made into their terms once and looked up by `map`, in C, and the rest is joined. The
facet text is the terms (layout.facet_term) of fields.facet_keys's keys, apart by spaces
(a test holds them equal)."""

from __future__ import annotations

import marshal
import zlib
from array import array
from collections.abc import Callable, Mapping
from typing import Any

from defcoop_cli.factbase.events import event_by
from defcoop_cli.factbase.records import Fact, Source
from defcoop_cli.index.layout import facet_term
from defcoop_cli.lookup.search.fields import FIELDS, FieldWords
from defcoop_cli.lookup.search.text import SPELLINGS, tokens


def spaced_tokens(text: str) -> tuple[list[str], str]:
    """tokens(text), and a text of them apart by white space, for an index that splits at
    white space (the build's): where a printable ASCII text changes by nothing but its case
    and a final full stop (most statements and quotes), the lowered text itself, its words
    as split (no join to make); else the tokens joined by spaces. The same test as
    text.tokens' path with no pattern to run, and the same words (a test holds both)."""
    if text.isascii():
        body = text.lower()
        if body.endswith("."):
            body = body[:-1]
        # letters, digits and spaces only: so printable, with no apostrophe, backtick, &, +
        # or _ (one look at the text, where four more were made before it)
        if body.replace(" ", "").isalnum():
            split = body.split()
            if SPELLINGS.keys().isdisjoint(split):
                return split, body
    found = tokens(text)
    return found, " ".join(found)


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


class EventsOf(dict[tuple[str | None, str], str | None]):
    """The event (factbase.events.event_by's) of a fact's own event and source, by the
    pair: worked out once a pair, where event_of is a call a fact."""

    def __init__(self, sources: Mapping[str, Source]) -> None:
        super().__init__()
        self._sources = sources

    def __missing__(self, key: tuple[str | None, str]) -> str | None:
        found = self[key] = event_by(*key, self._sources)
        return found


class FactDocuments:
    """Each fact's values for the index's fields (building._schemas), by field name, and
    its statement's length in words (`lengths`, in the order the facts were given)."""

    def __init__(
        self, words: FieldWords, roles: dict[str, list[str]], types: dict[str, str]
    ) -> None:
        self._words, self._roles = words, roles
        self.lengths = array("I")  # layout's lengths.bin
        self._kind, self._topic, self._entity = _Terms("kind:"), _Terms("topic:"), _Terms("entity:")
        self._source, self._by, self._event = _Terms("source:"), _Terms("by:"), _Terms("event:")
        self._names = _Terms("names:", types)

    def named(self) -> tuple[list[str], list[str]]:
        """Every entity id and topic id of the facts whose facet text was made (each made
        once into its term, so these are the facts' named ids with no pass of their own)."""
        return list(self._entity), list(self._topic)

    def values(self, position: int, fact: Fact, event: str | None) -> dict[str, Any]:
        """The fact's document: its position, each search field's text
        (fields.FieldWords.texts; an empty one left out), its facets and id. Its statement's
        length in words goes to `lengths`."""
        (statement, said), (quote, quoted) = (
            spaced_tokens(fact.statement),
            spaced_tokens(fact.quote),
        )
        self.lengths.append(len(statement))
        found: dict[str, Any] = {"pos": position}
        texts = self._words.texts(fact, statement, quote, (said, quoted))
        for field, text in zip(FIELDS, texts, strict=True):
            if text:
                found[field] = text
        found["facet"] = self.facet_text(fact, event)
        found["id"] = fact.id
        return found

    def facet_text(self, fact: Fact, event: str | None) -> str:
        """The facet_term of each of fields.facet_keys(fact, roles, types, event), apart by
        spaces, each term of an id, a kind, an attribution made once and looked up in C."""
        entities, roles = fact.entities, self._roles.get(fact.id)
        parts = (
            self._kind[fact.kind],
            " ".join(map(self._topic.__getitem__, fact.topics)),
            " ".join(map(self._entity.__getitem__, entities)),
            self._source[fact.source],
            facet_term(f"claim:{fact.claim}") if fact.claim else "",
            " ".join(facet_term(f"role:{e}") for e in roles) if roles else "",
            self._by[fact.attribution],
            facet_term(f"part_of:{fact.part_of}") if fact.part_of else "",
            " ".join(filter(None, dict.fromkeys(map(self._names.__getitem__, entities)))),
            self._event[event] if event else "",
        )
        return " ".join(filter(None, parts))


def record_lines() -> Callable[[list[Any]], list[bytes]]:
    """A function of records with no record within (a fact's, most entities') to their
    lines as layout.record_line writes them: each step mapped over the records, in C."""
    line = b"%08x %s\n".__mod__

    def lines(records: list[Any]) -> list[bytes]:
        bodies = list(map(marshal.dumps, map(tuple, records)))
        return list(map(line, zip(map(zlib.crc32, bodies), bodies, strict=True)))  # layout.crc

    return lines
