"""JSON documents for scripts: built with json.dumps, never through rich.

Every document is an object with "schema_version"; keys are only ever added.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from defcoop_cli.factbase import (
    SCHEMA_VERSION,
    CuratorNote,
    Entity,
    Fact,
    FactBase,
    Topic,
    record_json,
)
from defcoop_cli.terminal import json_escaped

if TYPE_CHECKING:  # only the commands that make these import their modules
    from defcoop_cli.briefing import Briefing
    from defcoop_cli.checks import Report
    from defcoop_cli.search import Match, Query


def dumps(doc: dict[str, Any]) -> str:
    return json_escaped(json.dumps(doc, ensure_ascii=False, indent=2)) + "\n"


def envelope(**fields: Any) -> dict[str, Any]:
    return {"schema_version": SCHEMA_VERSION, **fields}


def fact_json(fact: Fact) -> dict[str, Any]:
    return {
        "id": fact.id,
        "statement": fact.statement,
        "kind": fact.kind,
        "attribution": fact.attribution,
        "stance": fact.stance,
        "topics": list(fact.topics),
        "entities": list(fact.entities),
        "keywords": list(fact.keywords),
        "quote": fact.quote,
        "source": fact.source,
        "span": list(fact.span),
        "part_of": fact.part_of,
    }


def match_json(match: Match, explain: bool) -> dict[str, Any]:
    doc = {"id": match.fact.id, "score": match.score, **fact_json(match.fact)}
    if explain:
        doc["explain"] = [d._asdict() for d in match.details]
    return doc


def search_doc(query: Query, matches: list[Match], explain: bool) -> dict[str, Any]:
    return envelope(query=query.text, results=[match_json(m, explain) for m in matches])


def search_lines(matches: list[Match], explain: bool) -> str:
    lines = (json.dumps(match_json(m, explain), ensure_ascii=False) + "\n" for m in matches)
    return json_escaped("".join(lines))


def topic_json(fb: FactBase, topic: Topic) -> dict[str, Any]:
    count = sum(topic.id in f.topics for f in fb.doc.facts)
    return {**record_json(topic), "fact_count": count}


def topics_doc(fb: FactBase) -> dict[str, Any]:
    return envelope(topics=[topic_json(fb, t) for t in fb.doc.topics])


def topic_doc(fb: FactBase, topic: Topic, facts: list[Fact]) -> dict[str, Any]:
    return envelope(topic=topic_json(fb, topic), facts=[fact_json(f) for f in facts])


def entity_json(fb: FactBase, entity: Entity) -> dict[str, Any]:
    count = sum(entity.id in f.entities for f in fb.doc.facts)
    return {**record_json(entity), "fact_count": count}


def entities_doc(fb: FactBase, entities: list[Entity]) -> dict[str, Any]:
    return envelope(entities=[entity_json(fb, e) for e in entities])


def entity_doc(fb: FactBase, entity: Entity, facts: list[Fact]) -> dict[str, Any]:
    return envelope(entity=entity_json(fb, entity), facts=[fact_json(f) for f in facts])


def note_json(note: CuratorNote) -> dict[str, Any]:
    return {**record_json(note), "curator_note": True}


def show_doc(
    fact: Fact, context: tuple[int, int], text: str, notes: list[CuratorNote]
) -> dict[str, Any]:
    start, end = context
    return envelope(
        fact=fact_json(fact),
        context={"span": [start, end], "text": text[start:end]},
        curator_notes=[note_json(n) for n in notes],
    )


def brief_doc(briefing: Briefing) -> dict[str, Any]:
    return envelope(brief=asdict(briefing))


def validate_doc(report: Report) -> dict[str, Any]:
    coverage = [
        {"source": c.source, "body": round(c.body, 4), "lowest_sentence": round(c.lowest, 4)}
        for c in report.coverage
    ]
    return envelope(
        path=str(report.path),
        ok=report.ok,
        counts=report.counts,
        coverage=coverage,
        problems=[asdict(p) for p in report.problems],
    )
