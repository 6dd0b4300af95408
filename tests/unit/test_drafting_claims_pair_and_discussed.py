"""drafting.claims (issue 24, heldout84's classes): who met told by the pair alone ("The two
ministers met on Tuesday"), its two people given by the links of the sentences before,
reads as their names would (R7); of two sentences saying a claim equally well, the one with
less to fall back on keeps it; a bare "X was also discussed" makes the claim of the fact
about X in the sentence's voice. Sentences written for these tests about fictional Beta and
Gamma."""

from __future__ import annotations

from defcoop_cli.curation.drafting.claims import ClaimFinder, OnePerClaim
from defcoop_cli.curation.drafting.claims.cases.told import pair_meanings
from defcoop_cli.curation.drafting.entities import EntityMatcher
from defcoop_cli.factbase.records import Doc
from unit.test_drafting_claims_pairs import ENTITIES, FACTS, fact

TYPES = {e.id: e.type for e in ENTITIES}
FIND = EntityMatcher(ENTITIES).find
REMARK = fact(  # the article's own remark naming the same thing
    "dredging-costs",
    "Dredging costs have doubled along the coast",
    (),
    kind="position",
    attribution="the article",
    stance="reported",
)
ISSUES = fact("issues-discussed", "Beta and Gamma discussed regional issues", stance="discussed")
FINDER = ClaimFinder(
    Doc(
        sources=[],
        topics=[],
        entities=ENTITIES,
        facts=[*FACTS, REMARK, ISSUES],
        curator_notes=[],
    ),
    FIND,
)


def test_the_pair_alone_reads_as_the_two_people_linked() -> None:
    text = "The two ministers met on Tuesday"
    assert pair_meanings(text, ["ilse", "omar"], TYPES, FIND) == [("@ilse",), ("@omar",)]


def test_no_pair_or_one_of_the_two_named_adds_no_meaning() -> None:
    assert pair_meanings("They met on Tuesday", ["ilse", "omar"], TYPES, FIND) == []
    named = "Ilse Varga and her counterpart met on Tuesday"  # unnamed_of_pair's
    assert pair_meanings(named, ["ilse", "omar"], TYPES, FIND) == []
    assert pair_meanings("The two ministers met on Tuesday", ["ilse"], TYPES, FIND) == []


def test_a_count_an_earlier_or_a_coming_meeting_of_the_pair_adds_no_meaning() -> None:
    for text in (
        "It was the second meeting between the two ministers",
        "The two ministers had last met in Port Lem",
        "The two ministers are due to meet again in Port Lem",
    ):
        assert pair_meanings(text, ["ilse", "omar"], TYPES, FIND) == []


def test_who_met_told_by_the_pair_alone_makes_the_meetings_claim() -> None:
    found = FINDER.match(
        "The two ministers met in Port Lem", ["ilse", "omar", "port-lem"], "the article"
    )
    assert found.claim is not None and found.claim["fact"] == "talks-held"
    assert {"@ilse", "@omar"} <= set(found.claim["shared"])  # as their names would
    unlinked = FINDER.match("The two ministers met in Port Lem", ["port-lem"], "the article")
    assert unlinked.claim is not None and "@ilse" not in unlinked.claim["shared"]
    assert unlinked.claim["score"] < found.claim["score"]


def _evidence(fact_id: str, score: float) -> dict[str, object]:
    return {"fact": fact_id, "score": score}


def test_of_equal_scores_the_one_with_less_to_fall_back_on_keeps_the_claim() -> None:
    rule = OnePerClaim(Doc(sources=[], topics=[], entities=[], facts=[], curator_notes=[]))
    rule.propose(0, "first", [_evidence("held", 0.86), _evidence("place", 0.81)])
    rule.propose(1, "second", [_evidence("held", 0.86), _evidence("mood", 0.7)])
    moved = rule.losers()
    assert set(moved) == {0} and moved[0].instead == _evidence("place", 0.81)


def test_a_higher_score_keeps_the_claim_whatever_the_other_falls_back_on() -> None:
    rule = OnePerClaim(Doc(sources=[], topics=[], entities=[], facts=[], curator_notes=[]))
    rule.propose(0, "first", [_evidence("held", 0.9), _evidence("place", 0.81)])
    rule.propose(1, "second", [_evidence("held", 0.86), _evidence("mood", 0.7)])
    moved = rule.losers()
    assert set(moved) == {1} and moved[1].instead == _evidence("mood", 0.7)


def test_a_bare_thing_discussed_makes_the_claim_on_it_in_its_own_voice() -> None:
    found = FINDER.claim("Dredging was also discussed", [], "Beta and Gamma", "", "", "discussed")
    assert found is not None and found["fact"] == "harbour-dredging"  # not the remark


def test_a_thing_discussed_that_no_fact_says_makes_no_claim() -> None:
    found = FINDER.claim("Tourism was also discussed", [], "Beta and Gamma", "", "", "discussed")
    assert found is None
