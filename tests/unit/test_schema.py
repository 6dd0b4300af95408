"""The schema's quick check of one fact passes and fails exactly what the Fact model does."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from defcoop_cli.factbase import schema

MINI = Path(__file__).parents[1] / "fixtures" / "mini" / "facts.json"
FACTS = json.loads(MINI.read_text(encoding="utf-8"))["facts"]
# Values of every JSON type, and strings and spans at each constraint's edge.
VALUES: list[Any] = [
    None,
    "",
    "x",
    "talks",
    "Talks",
    "a b",
    "a" * 120,
    "a" * 121,
    "a" * 2001,
    "reanchored",
    "event",
    "reported",
    0,
    -1,
    1.5,
    True,
    [],
    ["talks"],
    ["Talks"],
    [""],
    [3, 9],
    [9, 3],
    [-1, 2],
    [1.0, 2],
    [True, 2],
    ["1", "2"],
    [1, 2, 3],
    {"id": "talks"},
]


def _passes(check: Any, value: dict[str, Any]) -> bool:
    try:
        check(value)
    except schema.ValidationError:
        return False
    return True


def _variants() -> list[dict[str, Any]]:
    found = []
    for fact in FACTS:
        found.append(fact)
        found.append({**fact, "colour": "red"})
        for name in schema.Fact.model_fields:
            found.append({k: v for k, v in fact.items() if k != name})
            found += [{**fact, name: value} for value in VALUES]
    return found


def test_the_quick_check_of_a_fact_agrees_with_the_model() -> None:
    quick, model = schema.fact_check(), schema.Fact.model_validate
    variants = _variants()
    verdicts = [(_passes(quick, v), _passes(model, v)) for v in variants]
    assert all(q == m for q, m in verdicts), [
        v for v, (q, m) in zip(variants, verdicts, strict=True) if q != m
    ][:3]
    assert {m for _, m in verdicts} == {True, False}  # both kinds of fact were tried


def test_the_fact_model_has_no_check_beyond_its_fields() -> None:
    """fact_check is made of Fact's fields and config: a validator of the model's own
    would be left out of it, so there must be none (or fact_check must run it too)."""
    decorators = schema.Fact.__pydantic_decorators__
    assert not decorators.model_validators
    assert not decorators.field_validators
    assert not decorators.validators
    assert not decorators.root_validators


def test_a_text_over_its_limit_is_said_in_our_words() -> None:
    doc = json.loads(MINI.read_text(encoding="utf-8"))
    fact = doc["facts"][0]
    fact["statement"] = "a" * 2001
    fact["entities"] = ["a" * 121]
    try:
        schema.FactBaseDoc.model_validate(doc)
    except schema.ValidationError as e:
        said = dict(schema.schema_problems(e, doc))
    assert said == {
        "$.facts[0].statement": f"fact {fact['id']}'s statement is 2001 characters long; "
        "the limit is 2000",
        "$.facts[0].entities[0]": f"fact {fact['id']}'s entities[0] is 121 characters long; "
        "the limit is 120",
    }
