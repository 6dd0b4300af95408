"""What the build writes of each fact (index/writing/documents.py): the same document values and
record lines as the functions they stand for, made per distinct value."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import MINI, REAL

from defcoop_cli.factbase.events import event_of
from defcoop_cli.factbase.loader import FactBase, load
from defcoop_cli.factbase.records import Fact
from defcoop_cli.index import engine
from defcoop_cli.index.layout import facet_term, record_line
from defcoop_cli.index.writing import building, documents
from defcoop_cli.index.writing.documents import (
    ENTITIES,
    EVENT,
    ID,
    EventsOf,
    FactDocuments,
    fact_columns,
    record_lines,
    spaced_tokens,
)
from defcoop_cli.lookup.search.fields import (
    FIELDS,
    FieldWords,
    entity_types,
    facet_keys,
    role_facts,
)
from defcoop_cli.lookup.search.memory import SearchIndex
from defcoop_cli.lookup.search.reading.clippings import REWRITTEN
from defcoop_cli.lookup.search.words import PAIR, STOPWORDS, tokens


def _expected(fb: FactBase, facts: list[Fact], roles: dict[str, list[str]]) -> list[dict[str, Any]]:
    """Each fact's document as the functions the build stands for make it, one by one."""
    words, types = FieldWords(fb.doc.topics, fb.doc.entities), entity_types(fb.doc.entities)
    found = []
    for position, fact in enumerate(facts):
        event = event_of(fact, fb.sources)
        statement, quote = tokens(fact.statement), tokens(fact.quote)
        texts = dict(zip(FIELDS, words.texts(fact, statement, quote), strict=True))
        found.append(
            {
                "pos": position,
                **{field: text for field, text in texts.items() if text},
                "facet": " ".join(map(facet_term, facet_keys(fact, roles, types, event))),
                "id": fact.id,
            }
        )
    return found


def _made(
    fb: FactBase, facts: list[Fact], roles: dict[str, list[str]], cut: int
) -> tuple[list[dict[str, Any]], list[int]]:
    """The facts' documents and lengths as the build makes them, in two batches cut at cut."""
    types = entity_types(fb.doc.entities)
    documents = FactDocuments(FieldWords(fb.doc.topics, fb.doc.entities), roles, types)
    events = [event_of(f, fb.sources) for f in facts]
    made = documents.of(0, facts[:cut], events[:cut])
    quoted = documents.taken_quotes()  # a batch's at a time (quotes.txt): each quote's tokens
    # the build's way: the batch's columns made once, for the documents and the tallies
    made += documents.of(cut, facts[cut:], events[cut:], fact_columns(facts[cut:]))
    quoted += documents.taken_quotes()
    assert quoted.decode("utf-8").split("\n") == [*(" ".join(tokens(f.quote)) for f in facts), ""]
    assert documents.taken_quotes() == b""
    # every word: what an index splitting the search fields' texts at white space holds
    written = {w for document in made for field in FIELDS for w in document.get(field, "").split()}
    # the statement's and quote's: the build reads them from its index (a test below)
    indexed = [w for d in made for f in ("statement", "quote") for w in d.get(f, "").split()]
    assert documents.every_word(indexed) == sorted(written - {PAIR})
    return made, list(documents.lengths)


@pytest.mark.parametrize("base", [MINI, REAL])
def test_a_batchs_columns_are_each_field_of_its_facts_in_order(base: Path) -> None:
    facts = load(base).doc.facts
    columns = fact_columns(facts)
    assert len(columns) == len(Fact._fields)
    for place, name in enumerate(Fact._fields):
        assert columns[place] == tuple(getattr(f, name) for f in facts), name
    assert columns[ID] == tuple(f.id for f in facts)
    assert columns[ENTITIES] == tuple(f.entities for f in facts)
    assert columns[EVENT] == tuple(f.event for f in facts)
    assert fact_columns([]) == [()] * len(Fact._fields)  # no batch: every column empty


def _facet_terms(text: str) -> list[str]:
    """A facet text's terms as the index's whitespace tokenizer reads them: apart by one
    space or more (a part with no term leaves two), none empty; a term's own \x1f (a
    facet_term's space) is no break there, where str.split() would break at it."""
    return [term for term in text.split(" ") if term]


def _as_split(document: dict[str, Any]) -> dict[str, Any]:
    """A document as the index reads it: its texts split at white space (a text's spaces
    as written may be two where the words are apart by one), its facet into its terms."""
    split = {k: v.split() if isinstance(v, str) else v for k, v in document.items()}
    return {**split, "facet": _facet_terms(document["facet"])}


def _facet_read(document: dict[str, Any]) -> dict[str, Any]:
    """A document with its facet text as its terms, the rest as written."""
    return {**document, "facet": _facet_terms(document["facet"])}


@pytest.mark.parametrize("base", [MINI, REAL])
def test_a_facts_document_is_its_fields_texts_and_its_facet_keys(base: Path) -> None:
    fb = load(base)
    facts, roles = fb.doc.facts, role_facts(fb.doc.entities)
    made, lengths = _made(fb, facts, roles, len(facts) // 3)
    assert list(map(_facet_read, made)) == list(map(_facet_read, _expected(fb, facts, roles)))
    assert lengths == [len(tokens(f.statement)) for f in facts]


def _every_kind(fb: FactBase) -> tuple[list[Fact], list[str]]:
    """Facts whose statements and quotes are every kind of text (a framing, a function
    word, a hyphen, a respelling, accents, an apostrophe, nothing at all), and the texts."""
    fact = fb.doc.facts[0]
    texts = [
        "India and Japan held talks.",
        "The article says India and Japan held talks.",
        "Malabar  2025 began",
        "Know-how shared in a two–day drill",
        "Cyber-security talks",
        "The defense pact",
        "Defense pact signed.",
        "Défense talks",
        "Japan's defence ministry",
        "",
        ".",
        "TALKS ENDED.",
        "J&K and 2+2 talks",
    ]
    facts = [
        fact._replace(id=f"f{i}", statement=statement, quote=quote)
        for i, (statement, quote) in enumerate(zip(texts, reversed(texts), strict=True))
    ]
    return facts, texts


def test_every_kind_of_text_is_read_as_the_fields_read_it() -> None:
    """Statements and quotes read word by word or as they stand."""
    fb = load(MINI)
    facts, texts = _every_kind(fb)
    roles = role_facts(fb.doc.entities)
    made, lengths = _made(fb, facts, roles, 5)
    assert list(map(_as_split, made)) == list(map(_as_split, _expected(fb, facts, roles)))
    assert lengths == [len(tokens(t)) for t in texts]
    assert FactDocuments(FieldWords([], []), {}, {}).of(3, [], []) == []


@pytest.mark.skipif(not engine.available(), reason="tantivy needs Python 3.11+")
def test_the_word_list_holds_the_words_of_every_kind_of_text(tmp_path: Path) -> None:
    """The build reads the statements' and quotes' words back from tantivy's term
    dictionaries: the word list of the index in memory, whatever the texts."""
    fb = load(MINI)
    doc = fb.doc._replace(facts=_every_kind(fb)[0])
    memory = SearchIndex(FactBase(MINI, doc))
    building.build(FactBase(MINI, doc._replace(facts=list(doc.facts))), tmp_path, "content")
    disk = engine.DiskIndex(tmp_path, [MINI], "content")
    assert list(disk.vocabulary().words()) == list(memory.vocabulary().words())
    assert {"defence", "knowhow", "2+2"} <= set(memory.vocabulary().words())


def test_a_facts_event_is_event_ofs_worked_out_once_a_pair() -> None:
    fb = load(REAL)
    events = EventsOf(fb.sources)
    odd = fb.doc.facts[0]._replace(source="no-such-source")
    for fact in [*fb.doc.facts, odd, odd._replace(event="its-own")]:
        assert events[fact.event, fact.source] == event_of(fact, fb.sources), fact.id
    assert len(events) < len(fb.doc.facts)
    assert any(events.values()) and None in events.values()


def test_every_kind_of_facet_key_is_written_as_its_term() -> None:
    fb = load(MINI)
    fact = fb.facts["drill-expanded"]._replace(
        kind="policy statement",  # spaces, held as facet_term holds them
        attribution="the joint statement",
        claim="talks held",
        part_of="talks-held",
        entities=(*fb.facts["drill-expanded"].entities, "no-such-entity", "unknown"),
    )
    roles = {fact.id: ["one", "two entities"]}
    types = {**entity_types(fb.doc.entities), "unknown": "armed force"}
    documents = FactDocuments(FieldWords(fb.doc.topics, fb.doc.entities), roles, types)
    for event in ("an event", None):
        keys = facet_keys(fact, roles, types, event)
        text = " ".join(map(facet_term, keys))
        first = documents.of(0, [fact], [event])[0]["facet"]
        again = documents.of(1, [fact], [event])[0]["facet"]  # remembered: the same
        assert _facet_terms(first) == _facet_terms(again) == text.split(" ")
    bare = fact._replace(claim="", part_of="")  # empty: no term, as for None
    made = documents.of(0, [fact, bare], [None, ""])
    assert "names:armed\x1fforce" in _facet_terms(made[0]["facet"])
    expected = " ".join(map(facet_term, facet_keys(bare, roles, types, None)))
    assert _facet_terms(made[1]["facet"]) == expected.split(" ")
    assert "  " in made[1]["facet"]  # the empty claim's and part_of's places: two spaces


@pytest.mark.parametrize("base", [MINI, REAL])
def test_record_lines_are_record_lines(base: Path) -> None:
    lines = record_lines()
    facts = load(base).doc.facts
    assert lines(facts) == list(map(record_line, facts))
    odd = load(MINI).doc.facts[0]._replace(statement='Tōkyō "said" \\ \u2028', claim=None)
    assert lines([odd]) == [record_line(odd)]
    assert lines([]) == []


@pytest.mark.parametrize(
    "text",
    [
        "India and Japan held talks.",
        "Malabar  2025 began",  # two spaces: the same words
        " The article says the drills ended. ",
        "J&K and 2+2 talks",
        "Japan's defence ministry",
        "Défense talks",
        "a_b",
        "tab\there",
        "a back`tick",  # read as an apostrophe: tokens drops it
        "a bell\x07 rang",  # a control character: tokens drops it
        ".",
        "",
        "The defence of the realm",  # a respelled word (defence)
        "Fifteen ships sailed",  # a number in words: tokens writes it in digits
        "talks on the fifth of May",  # a day spelled beside its month: its digits
        "in two thousand and twenty five",  # a year in words
        "the first round",  # an ordinal away from a month: as it is
    ],
)
def test_spaced_tokens_are_tokens_and_a_text_apart_only_by_spaces(text: str) -> None:
    """The build hands the index the text spaced_tokens gives, which it splits at spaces
    (tantivy's whitespace tokenizer): its words must be tokens' words, in order."""
    words, spaced = spaced_tokens(text)
    assert words == tokens(text)
    assert [w for w in spaced.split(" ") if w] == words


@pytest.mark.parametrize(
    "texts",
    [
        [
            "Tugs berthed at Quayside.",
            "MALABAR 2025 ENDED.",  # capitals and digits: lowered, split
            "   ",  # spaces alone: no letter or digit, so not split
            "a \tb",  # a tab beside a space: not split
            "talks\nended",
            "ship's bell",
            "The defence of the realm",  # a function word (plain: no) and a respelt word
            "Fifteen ships sailed",  # a number in words
            "the about face",  # function words only at the start
            "\u212a9 units",  # the Kelvin sign lowers to ASCII "k": not ASCII, not split
            "Défense talks",
            "",
        ]
    ],
)
def test_texts_read_as_split_are_those_of_ascii_letters_digits_and_spaces(
    texts: list[str],
) -> None:
    """A text is read as split (its lowered words as they stand) where it is ASCII, its
    lowered form with no final full stop is letters, digits and spaces with at least one
    letter or digit, and no word is respelt or a number's: `replace(" ", "").isalnum()`'s
    test, made in one pass; its words hold no function word where _read says plain."""
    words, spaced, split, plain = documents._read(texts)
    lowered = [t.lower().removesuffix(".") for t in texts]
    assert split == [
        t.isascii() and low.replace(" ", "").isalnum() and REWRITTEN.isdisjoint(low.split())
        for t, low in zip(texts, lowered, strict=True)
    ]
    assert split[:3] == [True, True, False] and split[9] is False
    assert words == list(map(tokens, texts))
    assert plain == [STOPWORDS.isdisjoint(w) for w in words]
    assert plain[6] is False and plain[7] is True
    assert (words, spaced, split) == documents.spaced_texts(texts)
