"""Issue 26: routes to the schema's check of a 100,000-fact file's facts, measured in process
against the one `loader.build` takes, in one interleaved run.

    python benchmarks/schema_routes.py --big DIR/facts.json [--rounds 7]

`loader.build` parses the file's text with a hook on every object (duplicate keys refused),
and checks each fact with pydantic as it is read, then makes its record. The routes here do
the same work another way, each making the facts' records (compared with build's: equal,
or the route is not counted) and the rest of the document's model:

- "one call": the text parsed with only the duplicate-key hook, then every fact checked
  by pydantic-core in one call (`TypeAdapter(list[FactValue])`, the fact's TypedDict as
  `schema.fact_check` makes it), then the records.
- "one call, no duplicate check": the same parsed with no hook at all: a lower bound of any
  route that finds duplicate keys some cheaper way (none is free: the cheapest exact test,
  counting the text's keys, scans the 53 MB text; "a scan of the text" below).
- "pydantic-core's parser": the whole document validated from its bytes in one call
  (`validate_json`, the facts as FactValue, the rest as the schema's models), then the
  records; pydantic-core keeps the last of a duplicate key, and the rest's records are
  not made from its models, so again a lower bound.
- "by column": each field of every fact checked as one list (`list[<its annotation>]`),
  the keys counted for missing and extra ones, the records zipped from the columns.

Rows below the routes time their parts alone. Figures are medians of CPU time (process
time) over the rounds, the cyclic collector off as defcoop parses; each round runs every
row once, in turn.
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import sys
import time
from collections.abc import Callable
from itertools import repeat
from pathlib import Path
from typing import Any

from defcoop_cli.factbase import loader, schema
from defcoop_cli.factbase.records import Fact, doc_from_model, fact_record


def fact_value() -> Any:
    """The fact's TypedDict, as schema.fact_check builds it."""
    from typing_extensions import NotRequired, TypedDict

    fields = {
        name: f.rebuild_annotation() if f.is_required() else NotRequired[f.rebuild_annotation()]
        for name, f in schema.Fact.model_fields.items()
    }
    typed_dict: Any = TypedDict
    value = typed_dict("FactValue", fields)
    value.__pydantic_config__ = schema.Fact.model_config
    return value


def routes(text: str, path: Path) -> dict[str, Callable[[], list[Fact]]]:
    from pydantic import TypeAdapter
    from typing_extensions import TypedDict

    value = fact_value()
    all_facts = TypeAdapter(list[value]).validator
    head_fields = {n: f.rebuild_annotation() for n, f in schema.FactBaseDoc.model_fields.items()}
    typed_dict: Any = TypedDict
    whole_doc = typed_dict("Whole", {**head_fields, "facts": list[value]}, total=False)
    whole_doc.__pydantic_config__ = schema.FactBaseDoc.model_config
    whole = TypeAdapter(whole_doc).validator
    data = text.encode()
    columns = _columns()

    def now() -> list[Fact]:
        return list(loader.build(data, path).doc.facts)

    def one_call(hook: Any = loader._reject_duplicate_keys) -> list[Fact]:
        raw = json.loads(text, object_pairs_hook=hook)
        all_facts.validate_python(raw["facts"])
        facts = list(map(fact_record, raw["facts"]))
        doc_from_model(schema.FactBaseDoc.model_validate({**raw, "facts": []}))
        return facts

    def core_parser() -> list[Fact]:
        doc = whole.validate_json(data)
        return list(map(fact_record, doc["facts"]))

    def by_column() -> list[Fact]:
        raw = json.loads(text, object_pairs_hook=loader._reject_duplicate_keys)
        facts = columns(raw["facts"])
        doc_from_model(schema.FactBaseDoc.model_validate({**raw, "facts": []}))
        return facts

    return {
        "now: loader.build": now,
        "one call": one_call,
        "one call, no duplicate check": lambda: one_call(None),
        "pydantic-core's parser": core_parser,
        "by column": by_column,
    }


def _columns() -> Callable[[list[Any]], list[Fact]]:
    from pydantic import TypeAdapter

    fields = schema.Fact.model_fields
    check = {n: TypeAdapter(list[f.rebuild_annotation()]).validator for n, f in fields.items()}
    required = [n for n, f in fields.items() if f.is_required()]
    as_tuple = {"topics", "entities", "keywords", "span"}

    def records(facts: list[Any]) -> list[Fact]:
        assert {*map(type, facts)} <= {dict}
        given, cols = len(required) * len(facts), []
        for name in Fact._fields:
            if name in required:
                col = [d[name] for d in facts]
                check[name].validate_python(col)
            else:
                present = [d[name] for d in facts if name in d]
                check[name].validate_python(present)
                given += len(present)
                empty = () if name in as_tuple else None
                col = [d.get(name, empty) for d in facts]
            cols.append(list(map(tuple, col)) if name in as_tuple else col)
        assert sum(map(len, facts)) == given  # no key the schema does not know
        return list(map(tuple.__new__, repeat(Fact), zip(*cols, strict=True)))

    return records


def parts(text: str) -> dict[str, Callable[[], Any]]:
    raw = json.loads(text)
    facts = raw["facts"]
    check = schema.fact_check()
    return {
        "part: json.loads, no hook": lambda: json.loads(text),
        "part: json.loads, the duplicate-key hook": lambda: json.loads(
            text, object_pairs_hook=loader._reject_duplicate_keys
        ),
        "part: a scan of the text (count of '\":')": lambda: text.count('":'),
        "part: pydantic's check, one call a fact": lambda: [check(f) for f in facts],
        "part: the records alone": lambda: list(map(fact_record, facts)),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--big", type=Path, required=True, help="a 100,000-fact facts.json")
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    text = args.big.read_text(encoding="utf-8")
    gc.disable()
    rows = routes(text, args.big)
    expected = rows["now: loader.build"]()
    for name, route in rows.items():
        assert route() == expected, name  # the same records, or the route is not counted
    rows.update(parts(text))
    times: dict[str, list[float]] = {name: [] for name in rows}
    for _ in range(args.rounds):
        for name, row in rows.items():
            start = time.process_time()
            row()
            times[name].append(time.process_time() - start)
    medians = {name: statistics.median(t) for name, t in times.items()}
    now = medians["now: loader.build"]
    print(f"Python {sys.version.split()[0]}; medians of {args.rounds} interleaved rounds\n")
    print("| route | CPU | ÷ now |\n|---|---:|---:|")
    for name, cpu in medians.items():
        print(f"| {name} | {cpu * 1000:,.0f} ms | {cpu / now:.2f} × |")


if __name__ == "__main__":
    main()
