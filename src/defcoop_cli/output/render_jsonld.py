"""JSON-LD for other tools: W3C Web Annotations (each fact's quote on its source) and
schema.org Claims (each claim with one appearance per source that carries it).

Identifiers are `urn:uuid:` IRIs made from defcoop's ids (uuid5), so the same fact base
always gives the same document. A source without a URL is named the same way.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from defcoop_cli.factbase.records import Entity, Fact, Source
from defcoop_cli.lookup.exporting import Export, ExportedClaim

ANNOTATION_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
SCHEMA_CONTEXT = "https://schema.org"
# A fixed namespace for defcoop's uuid5 identifiers.
NAMESPACE = uuid.UUID("5d1f0f52-8d5e-5b6a-9a3c-6b1de7c0a0f1")
# schema.org types of the CreativeWork a source is.
WORK_TYPES = {
    "news article": "NewsArticle",
    "wire report": "NewsArticle",
    "press release": "CreativeWork",
    "official statement": "CreativeWork",
    "report": "Report",
}


def iri(kind: str, ident: str) -> str:
    return f"urn:uuid:{uuid.uuid5(NAMESPACE, f'{kind}:{ident}')}"


def source_iri(source: Source) -> str:
    return source.url or iri("source", source.id)


def document(result: Export) -> dict[str, Any]:
    if result.format == "annotation":
        return annotation_collection(result)
    return claim_graph(result)


# ---- W3C Web Annotation Data Model


def annotation_collection(result: Export) -> dict[str, Any]:
    """An AnnotationCollection whose one page holds an Annotation per fact."""
    items = [annotation(f, result.sources[f.source]) for f in result.facts]
    ident = iri("collection", " ".join(f.id for f in result.facts))
    return {
        "@context": ANNOTATION_CONTEXT,
        "id": ident,
        "type": "AnnotationCollection",
        "label": "defcoop facts",
        "total": len(items),
        "first": {
            "id": f"{ident}#page1",
            "type": "AnnotationPage",
            "startIndex": 0,
            "items": items,
        },
    }


def annotation(fact: Fact, source: Source) -> dict[str, Any]:
    """The statement describes the quoted stretch of the source, found by its words
    (TextQuoteSelector) or its character positions in defcoop's copy of the text
    (TextPositionSelector)."""
    quote: dict[str, Any] = {"type": "TextQuoteSelector", "exact": fact.quote}
    if fact.prefix is not None:
        quote["prefix"] = fact.prefix
    if fact.suffix is not None:
        quote["suffix"] = fact.suffix
    position = {"type": "TextPositionSelector", "start": fact.span[0], "end": fact.span[1]}
    return {
        "id": iri("fact", fact.id),
        "type": "Annotation",
        "motivation": "describing",
        "body": {
            "type": "TextualBody",
            "purpose": "describing",
            "value": fact.statement,
            "format": "text/plain",
            "language": "en",
        },
        "target": {"source": source_iri(source), "selector": [quote, position]},
    }


# ---- schema.org Claim


def claim_graph(result: Export) -> dict[str, Any]:
    authors = _authors(result.entities.values())
    graph = [claim(c, result.sources, authors) for c in result.claims]
    return {"@context": SCHEMA_CONTEXT, "@graph": graph}


def claim(found: ExportedClaim, sources: dict[str, Source], authors: dict[str, Any]) -> Any:
    """A Claim: the first fact's statement, who made it when defcoop knows them as an
    entity, and one appearance per source that carries it."""
    first = found.facts[0]
    reporting = dict.fromkeys(f.source for f in found.facts)
    body: dict[str, Any] = {
        "@type": "Claim",
        "@id": iri("claim", found.id),
        "identifier": found.id,
        "text": first.statement,
    }
    author = authors.get(first.attribution.casefold())
    if author is not None:
        body["author"] = author
    body["appearance"] = [appearance(sources[s]) for s in reporting]
    return body


def appearance(source: Source) -> dict[str, Any]:
    work: dict[str, Any] = {
        "@type": WORK_TYPES.get(source.kind, "CreativeWork"),
        "@id": source_iri(source),
        "identifier": source.id,
        "name": source.title,
    }
    if source.url:
        work["url"] = source.url
    if source.publisher:
        work["publisher"] = {"@type": "Organization", "name": source.publisher}
    if source.published:
        work["datePublished"] = source.published.isoformat()
    if source.via:
        work["isBasedOn"] = {
            "@type": "NewsArticle",
            "publisher": {"@type": "Organization", "name": source.via},
        }
    return work


def _authors(entities: Iterable[Entity]) -> dict[str, dict[str, Any]]:
    """Each entity as a Person or an Organization, under every name an attribution may
    give it (id, name, aliases; case-folded). The article's own voice, or a name defcoop
    does not know, has none. The first entity to claim a name keeps it."""
    found: dict[str, dict[str, Any]] = {}
    for entity in entities:
        kind = "Person" if entity.type == "person" else "Organization"
        for name in (entity.id, entity.name, *entity.aliases):
            found.setdefault(name.casefold(), {"@type": kind, "name": entity.name})
    return found
