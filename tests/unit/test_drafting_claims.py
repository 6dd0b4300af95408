"""drafting.claims: the existing fact making a drafted fact's claim, and office conflicts."""

from __future__ import annotations

from defcoop_cli.curation.drafting.claims import ClaimFinder, office, office_conflicts
from defcoop_cli.curation.drafting.entities import EntityMatcher
from defcoop_cli.factbase.records import Doc, Entity, Fact, Role


def fact(fid: str, quote: str, stance: str, entities: tuple[str, ...], attribution: str) -> Fact:
    return Fact(
        id=fid,
        statement=quote + ".",
        kind="position",
        attribution=attribution,
        stance=stance,
        topics=("t",),
        entities=entities,
        keywords=(),
        quote=quote,
        source="old",
        span=(0, len(quote)),
    )


ENTITIES = [
    Entity("alpha", "Alpha", "person", roles=(Role("Beta's Harbour Minister", "alpha-office"),)),
    Entity("beta", "Beta", "country"),
    Entity("gamma", "Gamma", "country"),
]
DOC = Doc(
    sources=[],
    topics=[],
    entities=ENTITIES,
    facts=[
        fact(
            "drill-grows", "Alpha agreed to enlarge the Delta Drill", "agreed", ("alpha",), "Alpha"
        ),
        fact(
            "attack-condemned", "Beta condemned the harbour attack", "condemned", ("beta",), "Beta"
        ),
        fact(
            "ports-opened",
            "Gamma opened two ports to Beta's ships",
            "reported",
            ("gamma",),
            "the article",
        ),
    ],
    curator_notes=[],
)
FINDER = ClaimFinder(DOC, EntityMatcher(ENTITIES).find)


def test_the_same_claim_in_other_words() -> None:
    found = FINDER.claim(
        "Alpha agreed to expand the Delta Drill next year", ["alpha"], "Alpha", "agreed"
    )
    assert found is not None and found["fact"] == "drill-grows"
    assert found["source"] == "old" and "drill" in found["shared"] and found["score"] > 0.42


def test_another_claim_is_not_proposed() -> None:
    # a name and the source's voice in common are not the same claim
    found = FINDER.claim("Beta bought a new ferry for its lakes", [], "the article", "reported")
    assert found is None


def test_office_cores() -> None:
    assert office("Japanese Defense Minister") == office("defence minister") == "defence minister"
    assert office("Raksha Mantri") == office("India’s Defence Minister") == "defence minister"
    assert office("former Defence Minister") != "defence minister"


def test_another_office_is_a_conflict_with_both_sides() -> None:
    quote = "Gamma's Ferry Minister Alpha met Beta"
    people = {"alpha": ENTITIES[0]}
    found = EntityMatcher(ENTITIES).find(quote)
    assert office_conflicts(quote, people, found) == []  # "Ferry Minister" is no office we know
    quote = "Beta's Foreign Minister Alpha met Gamma"
    found = EntityMatcher(ENTITIES).find(quote)
    assert office_conflicts(quote, people, found) == [
        {
            "entity": "alpha",
            "field": "office",
            "this": "Foreign Minister",
            "others": [{"text": "Beta's Harbour Minister", "fact": "alpha-office"}],
        }
    ]
