"""What the build writes of each fact (index/documents.py): the same document values and
record lines as the functions they stand for, made per distinct value."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import MINI, REAL

from defcoop_cli.factbase.events import event_of
from defcoop_cli.factbase.loader import load
from defcoop_cli.index.documents import EventsOf, FactDocuments, record_lines, spaced_tokens
from defcoop_cli.index.layout import facet_term, record_line
from defcoop_cli.lookup.search.fields import (
    FIELDS,
    FieldWords,
    entity_types,
    facet_keys,
    role_facts,
)
from defcoop_cli.lookup.search.text import tokens


@pytest.mark.parametrize("base", [MINI, REAL])
def test_a_facts_document_is_its_fields_texts_and_its_facet_keys(base: Path) -> None:
    fb = load(base)
    roles, types = role_facts(fb.doc.entities), entity_types(fb.doc.entities)
    words = FieldWords(fb.doc.topics, fb.doc.entities)
    documents = FactDocuments(FieldWords(fb.doc.topics, fb.doc.entities), roles, types)
    for position, fact in enumerate(fb.doc.facts):
        event = event_of(fact, fb.sources)
        statement, quote = tokens(fact.statement), tokens(fact.quote)
        texts = dict(zip(FIELDS, words.texts(fact, statement, quote), strict=True))
        expected = {
            "pos": position,
            **{field: text for field, text in texts.items() if text},
            "facet": " ".join(map(facet_term, facet_keys(fact, roles, types, event))),
            "id": fact.id,
        }
        assert documents.values(position, fact, event) == expected, fact.id
        assert documents.lengths[-1] == len(statement)
    assert len(documents.lengths) == len(fb.doc.facts)


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
        assert documents.facet_text(fact, event) == text
        assert documents.facet_text(fact, event) == text  # remembered: the same
    assert "names:armed\x1fforce" in documents.facet_text(fact, None).split(" ")


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
    ],
)
def test_spaced_tokens_are_tokens_and_a_text_apart_only_by_spaces(text: str) -> None:
    """The build hands the index the text spaced_tokens gives, which it splits at spaces
    (tantivy's whitespace tokenizer): its words must be tokens' words, in order."""
    words, spaced = spaced_tokens(text)
    assert words == tokens(text)
    assert [w for w in spaced.split(" ") if w] == words
