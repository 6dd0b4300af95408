"""A profile's lines (issue 24, heldout19, heldout72: an explainer's "who is" box): a line
giving a party an office that differs from his role in the fact base ("took charge of
Beta's defence ministry", R11's present office) proposes the conflict and is filed with the
fact it denies, whatever else it names (his old service); a sentence telling the office
holder's own act or words keeps the topics of what he did. Texts of my own."""

from __future__ import annotations

from typing import Any

from defcoop_cli.curation.drafting.assembly import draft
from defcoop_cli.factbase.records import Doc, Entity, Fact, Role, Topic


def _fact(fid: str, quote: str, topic: str, entities: tuple[str, ...]) -> Fact:
    return Fact(
        id=fid,
        statement=quote + ".",
        kind="event",
        attribution="the article",
        stance="reported",
        topics=(topic,),
        entities=entities,
        keywords=(),
        quote=quote,
        source="old",
        span=(0, len(quote)),
    )


DOC = Doc(
    sources=[],
    topics=[
        Topic("talks", "The talks", "", "meeting"),
        Topic("drills", "Drills", "", "cooperation"),
    ],
    entities=[
        Entity("alpha", "Alpha", "country"),
        Entity("beta", "Beta", "country"),
        Entity(
            "ines-vell", "Ines Vell", "person", roles=(Role("Beta's Special Envoy", "vell-office"),)
        ),
        Entity("beta-coast-guard", "Beta Coast Guard", "organisation"),
        Entity("omar-quist", "Omar Quist", "person"),
    ],
    facts=[
        _fact("vell-office", "Ines Vell, Beta's Special Envoy", "talks", ("ines-vell", "beta")),
        _fact(
            "guard-drill",
            "The Beta Coast Guard joined the Tern drill off Alpha",
            "drills",
            ("beta-coast-guard", "alpha", "beta"),
        ),
        _fact(
            "guard-drill-again",
            "The Beta Coast Guard will join the Tern drill again",
            "drills",
            ("beta-coast-guard", "beta"),
        ),
    ],
    curator_notes=[],
)


def _drafted(text: str) -> dict[str, dict[str, Any]]:
    made: dict[str, Any] = draft(text, "p", DOC, {}, "/articles/p.txt", "9.9")
    return {f["quote"]: f for f in made["facts"]}


def test_a_profiles_office_line_is_filed_with_the_office_it_denies() -> None:
    facts = _drafted(
        "Alpha hosts Beta's envoy\n"
        "Ines Vell, a former Beta Coast Guard officer, took charge of Beta's defence ministry "
        "in May.\n"
    )
    (line,) = (f for q, f in facts.items() if q.startswith("Ines Vell, a former"))
    assert [c["entity"] for c in line.get("conflicts", [])] == ["ines-vell"]
    assert line["topics"][0] == "talks"


def test_the_office_holders_own_words_keep_their_topic() -> None:
    facts = _drafted(
        "Alpha hosts Beta's envoy\n"
        "Ines Vell, who heads Beta's defence ministry, said the Beta Coast Guard would join "
        "the Tern drill again.\n"
    )
    (line,) = (f for q, f in facts.items() if q.startswith("Ines Vell, who heads"))
    assert [c["entity"] for c in line.get("conflicts", [])] == ["ines-vell"]  # still proposed
    assert line["topics"][0] == "drills"


def test_a_pronouns_line_after_a_profile_line_is_about_its_one_person() -> None:
    seat = "She sits in the upper house of Beta's parliament for Kell."
    facts = _drafted(
        "Alpha hosts Beta's envoy\nInes Vell took charge of Beta's defence ministry in May. "
        f"{seat}\n"
    )
    line = facts[seat.rstrip(".")]
    assert line["topics"][0] == "talks"
    assert "ines-vell" not in line["entities"]  # a pronoun links no one
    # after a line naming two people, "She" stands for neither: the line's own votes
    facts = _drafted(
        f"Alpha hosts Beta's envoy\nInes Vell met Omar Quist of Alpha in May. {seat}\n"
    )
    assert facts[seat.rstrip(".")]["topics"][0] == "drills"
