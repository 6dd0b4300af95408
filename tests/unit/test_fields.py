"""What an index holds of each fact (lookup/fields.py), on the fixture fact base."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import MINI, REAL

from defcoop_cli.factbase.loader import FactBase, load
from defcoop_cli.factbase.records import Fact
from defcoop_cli.lookup.search.fields import (
    FIELDS,
    PAIRED,
    EventTallies,
    FieldWords,
    SourceTally,
    Tallies,
    entity_types,
    facet_keys,
    fact_pairs,
    name_parts,
    name_words,
    role_facts,
    tally_sources,
)
from defcoop_cli.lookup.search.words import PAIR, neighbour_pairs, tokens


@pytest.fixture(scope="module")
def fb() -> FactBase:
    return load(MINI)


def test_a_name_of_several_words_is_found_only_as_a_whole(fb: FactBase) -> None:
    of = FieldWords(fb.doc.topics, fb.doc.entities).of(fb.facts["talks-held"])
    words = dict(zip(FIELDS, of, strict=True))
    assert {"gc", "gammacity"} <= words["entity"]
    assert not {"gamma", "city"} & words["entity"]  # Gamma City's words alone are not it
    assert "gammacity" not in words["statement"]  # only names and keywords run together


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("South China Sea", ["southchinasea"]),
        ("Law of the Sea", ["lawsea"]),  # function words aside, as in a query's terms
        ("The meeting", ["meeting"]),  # one word once function words are aside
        ("Malabar", ["malabar"]),
    ],
)
def test_name_words(name: str, words: list[str]) -> None:
    assert name_words(name) == words


def test_a_statement_is_held_without_its_framing_and_with_its_compounds() -> None:
    fact = load(MINI).doc.facts[0]._replace(statement="The article says they share know-how.")
    statement = FieldWords([], []).of(fact)[0]
    assert {"share", "know", "how", "knowhow"} <= statement
    assert "article" not in statement
    kept = FieldWords([], []).of(fact._replace(statement="An article of the treaty."))[0]
    assert "article" in kept  # only the leading framing goes


def test_a_fact_holds_its_neighbouring_words_and_its_names_parts(fb: FactBase) -> None:
    fact = fb.facts["talks-held"]._replace(
        statement="The article says the Sea of Japan was calm.",
        keywords=["technology transfer"],
        quote="navy talks",
    )
    assert fact_pairs(fact) == {"japan|sea", "calm|japan", "technology|transfer", "navy|talks"}
    assert {"gamma", "city"} <= FieldWords(fb.doc.topics, fb.doc.entities).parts(fact)
    assert name_parts("Law of the Sea") == ["law", "sea"]
    assert name_parts("The meeting") == []  # a name of one word is a word like others


def _pairs_of(texts: list[str]) -> set[str]:
    """The pair keys of neighbours in the texts of the fields that keep positions."""
    paired = [t for field, t in zip(FIELDS, texts, strict=True) if field in PAIRED]
    return {k for t in paired for run in t.split(PAIR) for k in neighbour_pairs(run.split())}


def test_a_facts_texts_hold_its_pairs_as_neighbours(fb: FactBase) -> None:
    fact = fb.facts["talks-held"]._replace(
        statement="The article says the Sea of Japan was calm after know-how.",
        keywords=["technology transfer", "navy", "law of the sea"],
        quote="navy talks",
    )
    texts = FieldWords(fb.doc.topics, fb.doc.entities).texts(
        fact, tokens(fact.statement), tokens(fact.quote)
    )
    statement, _, keywords, _, quote = texts
    assert statement == "sea japan calm | says the of was after know how | knowhow"
    assert (
        keywords
        == "technology transfer |  | technologytransfer | navy | law sea | of the | lawofthesea"
    )
    assert quote == "navy talks"
    assert _pairs_of(texts) == fact_pairs(fact)


def test_a_text_without_function_words_keeps_its_breaks(fb: FactBase) -> None:
    fact = fb.facts["talks-held"]._replace(statement="Navies exchange high-tech.", quote="Navy")
    texts = FieldWords(fb.doc.topics, fb.doc.entities).texts(
        fact, tokens(fact.statement), tokens(fact.quote)
    )
    assert texts[0] == "navies exchange high tech |  | hightech"  # no function word: empty
    assert texts[-1] == "navy"
    assert _pairs_of(texts) == fact_pairs(fact)


# keywords of one word made together (FieldWords._plain_words) and the rest one by one
ONE_WORD_KEYWORDS = [
    "sealift",  # plain: the word itself
    "Quayside",  # capitals: lowered
    "K9",  # letters and digits
    "defense",  # respelt (defence): made one by one
    "Defense",
    "fifteen",  # a number in words: its digits
    "about",  # a function word: after a break
    "Through",
    "défense",  # not ASCII
    "2+2",  # & and + stay inside a word
    "j&k",
    "a_b",
    "sea-lift",  # a hyphen: two words and the run-together form
    "dock.",  # a final full stop
    "",
]


def test_keywords_of_one_plain_word_made_together_are_the_fields_texts() -> None:
    """keyword_texts makes a batch's new keywords of one plain word together; every
    keyword's text is the one texts() makes of it alone, plain or not, and a keyword
    seen in an earlier batch keeps its text."""
    facts = [
        Fact(f"f{i}", "Ships sailed.", "event", "the article", "reported", ("t",), (),
             (k, "sealift"), "Ships sailed", "s", (0, 12))
        for i, k in enumerate(ONE_WORD_KEYWORDS)
    ]  # fmt: skip
    made = FieldWords([], [])
    texts = list(made.keyword_texts([f.keywords for f in facts[:4]]))
    texts += made.keyword_texts([f.keywords for f in facts[4:]])
    for fact, text in zip(facts, texts, strict=True):
        alone = FieldWords([], []).texts(fact, tokens(fact.statement), tokens(fact.quote))
        assert text == alone[2], fact.keywords
    assert texts[0] == f"sealift {PAIR} sealift"
    assert texts[3].startswith("defence ")


def test_the_facts_names_parts_are_those_of_the_names_they_name(fb: FactBase) -> None:
    words = FieldWords(fb.doc.topics, fb.doc.entities)
    every = frozenset().union(*(words.parts(f) for f in fb.doc.facts))
    entities = {e for f in fb.doc.facts for e in f.entities}
    topics = {t for f in fb.doc.facts for t in f.topics}
    assert every and words.named_parts(entities, topics) == every


@pytest.mark.parametrize("base", [MINI, REAL])
def test_a_facts_texts_hold_the_words_of_its_fields(base: Path) -> None:
    fb = load(base)
    words = FieldWords(fb.doc.topics, fb.doc.entities)
    for fact in fb.doc.facts:
        statement, quote = tokens(fact.statement), tokens(fact.quote)
        texts = words.texts(fact, statement, quote)
        assert [frozenset(t.split()) - {PAIR} for t in texts] == words.of(fact), fact.id
        assert _pairs_of(texts) == fact_pairs(fact)  # the disk index's phrases find them


def test_a_look_up_by_id_gives_the_words_the_list_gives(fb: FactBase) -> None:
    listed = FieldWords(fb.doc.topics, fb.doc.entities)
    looked_up = FieldWords(fb.doc.topics, fb.entities.get)
    for fact in fb.doc.facts:
        assert looked_up.of(fact) == listed.of(fact)


def test_a_fact_is_found_under_its_kind_topics_entities_source_claim_roles_and_attribution(
    fb: FactBase,
) -> None:
    roles = role_facts(fb.doc.entities)
    types = entity_types(fb.doc.entities)
    assert roles == {"drill-expanded": ["delta-drill"]}
    assert facet_keys(fb.facts["drill-expanded"], roles, types, None) == [
        "kind:commitment",
        "topic:drills",
        "entity:delta-drill",
        "source:mini",
        "claim:drill-expanded",
        "role:delta-drill",
        "by:both ministers",
        "names:military exercise",
    ]
    assert facet_keys(fb.facts["talks-topic"], roles, types, "talks") == [
        "kind:event",
        "topic:talks",
        "topic:drills",
        "entity:delta-drill",
        "source:mini",
        "by:both ministers",
        "names:military exercise",
        "event:talks",
    ]


def test_an_item_of_a_list_is_found_under_the_list(fb: FactBase) -> None:
    item = next(f for f in fb.doc.facts if f.part_of)
    keys = facet_keys(item, {}, entity_types(fb.doc.entities), None)
    assert f"part_of:{item.part_of}" in keys


def test_a_source_tally_counts_told_and_editorial_facts_and_the_topics_told() -> None:
    fb = load(MINI)
    tallies = tally_sources(fb.doc.facts)
    facts = [f for f in fb.doc.facts if f.source == "mini"]
    told = [f for f in facts if f.kind != "editorial"]
    assert tallies["mini"] == SourceTally(
        len(told),
        len(facts) - len(told),
        tuple(dict.fromkeys(t for f in told for t in f.topics)),
    )
    assert tallies["mini"].editorial > 0 and set(tallies) == {f.source for f in fb.doc.facts}


def test_facts_counted_alike_at_once_tally_as_one_by_one() -> None:
    """Tallies.count and EventTallies.count of each (event, source, kind, topics), in the
    order first met, give what adding the facts one by one gives, in the same order."""
    fb = load(REAL)
    one_by_one, events_one_by_one = Tallies(), EventTallies(fb.sources)
    alike: dict[tuple[str | None, str, str, tuple[str, ...]], int] = {}
    for fact in fb.doc.facts:
        one_by_one.add(fact)
        key = (events_one_by_one.add(fact), fact.source, fact.kind, fact.topics)
        alike[key] = alike.get(key, 0) + 1
    assert max(alike.values()) > 1, "some facts alike"
    at_once, events_at_once = Tallies(), EventTallies(fb.sources)
    for (event, source, kind, topics), facts in alike.items():
        at_once.count(source, kind, topics, facts)
        events_at_once.count(event, source, kind, topics, facts)
    assert list(at_once.done().items()) == list(one_by_one.done().items())
    ordered = [(e, list(t.items())) for e, t in events_at_once.done().items()]
    assert ordered == [(e, list(t.items())) for e, t in events_one_by_one.done().items()]


def test_field_words_are_freed_without_the_cycle_collector(fb: FactBase) -> None:
    import gc
    import weakref

    words = FieldWords(fb.doc.topics, fb.doc.entities)
    fact = fb.doc.facts[0]
    words.texts(fact, tokens(fact.statement), tokens(fact.quote))
    texts, gone = words._text_of_entity, weakref.ref(words)
    gc.disable()  # as while a fact base is indexed: freed by its count alone
    try:
        del words
        assert gone() is None
    finally:
        gc.enable()
    assert texts[fact.entities[0]]  # what was made stays
    with pytest.raises(KeyError):
        texts["never-asked"]  # nothing is made once the owner is gone
