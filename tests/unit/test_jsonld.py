"""`export`'s documents hold the shapes their standards publish: the W3C Web Annotation Data
Model (an AnnotationCollection of Annotations with TextQuote and TextPosition selectors) and
schema.org's Claim (with CreativeWork appearances). The shape checks are written here from
the published specifications; no network."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from conftest import MINI, REAL, ROOT

from defcoop_cli.factbase.loader import FactBase, load, load_layers
from defcoop_cli.lookup.exporting import export
from defcoop_cli.output.render_jsonld import document, iri

SECOND = ROOT / "tests" / "fixtures" / "second" / "facts.json"
IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$")  # RFC 3987: a scheme, then no spaces
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
CREATIVE_WORKS = {"CreativeWork", "NewsArticle", "Report", "Article"}


# ---- shape checks, from https://www.w3.org/TR/annotation-model/ and https://schema.org/Claim


def check_annotation_collection(doc: dict[str, Any]) -> None:
    assert doc["@context"] == "http://www.w3.org/ns/anno.jsonld"
    assert doc["type"] == "AnnotationCollection" and IRI.match(doc["id"])
    page = doc["first"]
    assert page["type"] == "AnnotationPage" and IRI.match(page["id"])
    assert isinstance(page["items"], list) and doc["total"] == len(page["items"])
    for item in page["items"]:
        check_annotation(item)


def check_annotation(a: dict[str, Any]) -> None:
    assert a["type"] == "Annotation" and IRI.match(a["id"])
    assert a["motivation"] in {"describing", "commenting", "tagging", "classifying"}
    body = a["body"]
    assert body["type"] == "TextualBody" and isinstance(body["value"], str) and body["value"]
    assert body["format"] == "text/plain"
    target = a["target"]
    assert IRI.match(target["source"])
    kinds = [s["type"] for s in target["selector"]]
    assert kinds == ["TextQuoteSelector", "TextPositionSelector"]
    quote, position = target["selector"]
    assert isinstance(quote["exact"], str) and quote["exact"]
    assert set(quote) <= {"type", "exact", "prefix", "suffix"}
    assert all(isinstance(quote[k], str) for k in ("prefix", "suffix") if k in quote)
    assert set(position) == {"type", "start", "end"}
    assert isinstance(position["start"], int) and 0 <= position["start"] <= position["end"]


def check_claim_graph(doc: dict[str, Any]) -> None:
    assert doc["@context"] == "https://schema.org"
    for claim in doc["@graph"]:
        assert claim["@type"] == "Claim" and IRI.match(claim["@id"])
        assert isinstance(claim["text"], str) and claim["text"]
        assert claim["appearance"], "a claim appears somewhere"
        for work in claim["appearance"]:
            assert work["@type"] in CREATIVE_WORKS and IRI.match(work["@id"])
            assert isinstance(work["name"], str)
            if "datePublished" in work:
                assert DATE.match(work["datePublished"])
            if "publisher" in work:
                assert work["publisher"]["@type"] == "Organization"
        if "author" in claim:
            assert claim["author"]["@type"] in {"Person", "Organization"}


# ---- the documents


@pytest.fixture(scope="module", params=["real", "layered"])
def fb(request: pytest.FixtureRequest) -> FactBase:
    return load(REAL) if request.param == "real" else load_layers([MINI, SECOND])


def test_annotations_have_the_web_annotation_shape(fb: FactBase) -> None:
    doc = document(export(fb, "annotation"))
    check_annotation_collection(doc)
    assert doc["total"] > 0


def test_each_annotation_selects_its_quote_in_the_source(fb: FactBase) -> None:
    doc = document(export(fb, "annotation"))
    facts = {iri("fact", f.id): f for f in fb.doc.facts}
    for item in doc["first"]["items"]:
        fact = facts[item["id"]]
        text = fb.source_text(fact.source)
        quote, position = item["target"]["selector"]
        assert text[position["start"] : position["end"]] == quote["exact"] == fact.quote
        assert text[: position["start"]].endswith(quote.get("prefix", ""))
        assert text[position["end"] :].startswith(quote.get("suffix", ""))


def test_editorial_facts_are_left_out_unless_asked(fb: FactBase) -> None:
    default = export(fb, "annotation")
    every = export(fb, "annotation", include_editorial=True)
    assert all(f.kind != "editorial" for f in default.facts)
    assert len(every.facts) > len(default.facts)


def test_claims_have_the_schema_org_shape(fb: FactBase) -> None:
    check_claim_graph(document(export(fb, "claims")))


def test_a_claim_of_several_sources_has_one_appearance_each() -> None:
    fb = load_layers([MINI, SECOND])
    graph = document(export(fb, "claims"))["@graph"]
    held = next(c for c in graph if c["identifier"] == "talks-held")
    names = [w["identifier"] for w in held["appearance"]]
    assert names == ["mini", "harbour-wire", "daily-lantern"]
    lantern = held["appearance"][2]
    assert lantern["isBasedOn"]["publisher"]["name"] == "Harbour Wire"
    assert lantern["datePublished"] == "2025-03-05"


def test_a_fact_without_a_claim_is_a_claim_of_its_own() -> None:
    fb = load(REAL)
    graph = document(export(fb, "claims"))["@graph"]
    assert len(graph) == len(export(fb, "claims").facts)
    assert all(len(c["appearance"]) == 1 for c in graph)


def test_a_known_speaker_is_the_claims_author() -> None:
    fb = load(REAL)
    graph = document(export(fb, "claims"))["@graph"]
    authors = {c["author"]["name"] for c in graph if "author" in c}
    assert "Rajnath Singh" in authors
    singh = next(c for c in graph if c.get("author", {}).get("name") == "Rajnath Singh")
    assert singh["author"]["@type"] == "Person"


def test_the_same_fact_base_gives_the_same_bytes(tmp_path: Path) -> None:
    one = json.dumps(document(export(load(REAL), "annotation")))
    two = json.dumps(document(export(load(REAL), "annotation")))
    assert one == two
    ids = [a["id"] for a in json.loads(one)["first"]["items"]]
    assert len(set(ids)) == len(ids)
