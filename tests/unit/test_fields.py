"""What an index holds of each fact (lookup/fields.py), on the fixture fact base."""

from __future__ import annotations

import pytest
from conftest import MINI

from defcoop_cli.factbase.loader import FactBase, load
from defcoop_cli.lookup.fields import FIELDS, FieldWords, facet_keys, role_facts


@pytest.fixture(scope="module")
def fb() -> FactBase:
    return load(MINI)


def test_names_are_also_found_run_together(fb: FactBase) -> None:
    of = FieldWords(fb.doc.topics, fb.doc.entities).of(fb.facts["talks-held"])
    words = dict(zip(FIELDS, of, strict=True))
    assert {"gamma", "city", "gc", "gammacity"} <= words["entity"]
    assert "gammacity" not in words["statement"]  # only names and keywords run together


def test_a_look_up_by_id_gives_the_words_the_list_gives(fb: FactBase) -> None:
    listed = FieldWords(fb.doc.topics, fb.doc.entities)
    looked_up = FieldWords(fb.doc.topics, fb.entities.get)
    for fact in fb.doc.facts:
        assert looked_up.of(fact) == listed.of(fact)


def test_a_fact_is_found_under_its_kind_topics_entities_source_claim_and_roles(
    fb: FactBase,
) -> None:
    roles = role_facts(fb.doc.entities)
    assert roles == {"drill-expanded": ["delta-drill"]}
    assert facet_keys(fb.facts["drill-expanded"], roles) == [
        "kind:commitment",
        "topic:drills",
        "entity:delta-drill",
        "source:mini",
        "claim:drill-expanded",
        "role:delta-drill",
    ]
    assert facet_keys(fb.facts["talks-topic"], roles) == [
        "kind:event",
        "topic:talks",
        "topic:drills",
        "entity:delta-drill",
        "source:mini",
    ]
