"""The guided review's state without a screen: where it starts and resumes, decisions,
edits, choices from the vocabularies and the fact base's ids, and the claim link."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from defcoop_cli.curation.guiding import Context, Review, ReviewError, quote_context
from defcoop_cli.factbase.vocab import ENTITY_TYPES, KINDS, STANCES

TEXT = "Harbour Talks\nOrla met Brannock at the quay. Orla said the drill would grow.\nEnd."


def fact(n: int, review: str = "draft", **more: Any) -> dict[str, Any]:
    return {
        "id": f"f{n}",
        "review": review,
        "statement": f"Statement {n}.",
        "quote": "Orla met Brannock at the quay",
        "span": [14, 43],
        "prefix": "Harbour Talks\n",
        "suffix": ". Orla said",
        "kind": "event",
        "stance": "reported",
        "attribution": "the article",
        "topics": ["talks"],
        "entities": ["orla"],
        "keywords": [],
        **more,
    }


EVIDENCE = {"fact": "old-1", "source": "wire", "quote": "They met.", "shared": ["met"]}


def draft() -> dict[str, Any]:
    return {
        "draft": {"article": "a.txt"},
        "topics": [{"id": "quay-works"}],
        "facts": [
            fact(1, "accepted"),
            fact(2, claim_of="old-1", claim_evidence=dict(EVIDENCE)),
            fact(3, entities=["orla", "brannock"]),
        ],
        "entities": [
            {"id": "brannock", "name": "Brannock", "type": "organisation", "review": "draft"}
        ],
    }


def review(d: dict[str, Any] | None = None) -> Review:
    return Review(d or draft(), ["talks", "drills"], ["orla"], ["Orla"])


class TestWhereItStarts:
    def test_at_the_first_undecided_candidate(self) -> None:
        r = review()
        assert (r.index, r.kind, r.current["id"]) == (1, "fact", "f2")
        assert r.counts() == (1, 0, 3)

    def test_the_new_entities_come_after_the_facts(self) -> None:
        r = review()
        assert [k for k, _ in r.candidates] == ["fact", "fact", "fact", "entity"]

    def test_at_the_first_candidate_when_all_are_decided(self) -> None:
        d = draft()
        for item in [*d["facts"], *d["entities"]]:
            item["review"] = "rejected"
        assert review(d).index == 0

    def test_a_draft_without_candidates_has_nothing_to_change(self) -> None:
        r = Review({"draft": {}, "facts": []})
        assert (r.kind, r.current, r.counts()) == ("", {}, (0, 0, 0))
        with pytest.raises(ReviewError, match="no candidate"):
            r.decide("accepted")


class TestMoving:
    def test_back_and_forward_stop_at_the_ends(self) -> None:
        r = review()
        r.move(-5)
        assert r.index == 0
        r.move(9)
        assert r.index == 3

    def test_the_next_undecided_wraps_round_and_says_when_none_is_left(self) -> None:
        r = review()
        r.move(9)
        assert r.next_undecided() and r.index == 1  # f1 is decided: f2
        for _ in range(3):
            r.decide("accepted")
            r.next_undecided()
        assert r.counts() == (4, 0, 0)
        assert not r.next_undecided()


class TestDeciding:
    def test_accept_reject_and_reopen(self) -> None:
        r = review()
        assert r.decide("accepted") == "accepted"
        assert r.current["review"] == "accepted"
        assert r.decide("draft") == "back under review" and r.current["review"] == "draft"
        r.decide("rejected")
        assert r.counts() == (1, 1, 2)

    def test_a_rejected_new_entity_is_left_out_of_the_facts_that_named_it(self) -> None:
        r = review()
        r.move(9)
        assert r.decide("rejected") == "rejected; left out of 1 fact"
        assert r.draft["facts"][2]["entities"] == ["orla"]
        assert "brannock" not in r.entity_ids()

    def test_no_other_verdict(self) -> None:
        with pytest.raises(ReviewError):
            review().decide("maybe")


class TestEditing:
    def test_a_statement_is_one_line_of_text(self) -> None:
        r = review()
        r.edit("statement", "  Orla and Brannock\nmet at the quay. ")
        assert r.current["statement"] == "Orla and Brannock met at the quay."

    def test_an_empty_statement_is_refused_and_nothing_changes(self) -> None:
        r = review()
        with pytest.raises(ReviewError, match="cannot be empty"):
            r.edit("statement", " \n ")
        assert r.current["statement"] == "Statement 2."

    def test_keywords_are_a_comma_separated_list(self) -> None:
        r = review()
        r.edit("keywords", "quay, , harbour talks,quay")
        assert r.current["keywords"] == ["quay", "harbour talks"]

    def test_a_new_entity_has_its_name_and_aliases(self) -> None:
        r = review()
        r.move(9)
        r.edit("name", "Brannock Harbour")
        r.edit("aliases", "Brannock")
        assert (r.current["name"], r.current["aliases"]) == ("Brannock Harbour", ["Brannock"])
        with pytest.raises(ReviewError, match="no text field 'statement'"):
            r.edit("statement", "x")

    def test_the_quote_is_not_a_text_field(self) -> None:
        with pytest.raises(ReviewError):
            review().edit("quote", "anything")


class TestChoosing:
    def test_kind_and_stance_from_the_vocabularies(self) -> None:
        r = review()
        assert tuple(r.choices("kind")) == KINDS and tuple(r.choices("stance")) == STANCES
        r.choose("kind", "commitment")
        r.choose("stance", "agreed")
        assert (r.current["kind"], r.current["stance"]) == ("commitment", "agreed")
        with pytest.raises(ReviewError, match="not a stance"):
            r.choose("stance", "cheered")
        assert r.current["stance"] == "agreed"

    def test_a_new_entitys_kind_is_its_type(self) -> None:
        r = review()
        r.move(9)
        assert tuple(r.choices("kind")) == ENTITY_TYPES
        r.choose("kind", "person")
        assert r.current["type"] == "person" and "kind" not in r.current
        with pytest.raises(ReviewError, match="no stance"):
            r.choices("stance")

    def test_attribution_offers_the_parties_and_takes_any_line(self) -> None:
        r = review()
        assert r.choices("attribution")[:4] == [
            "the article",
            "both ministers",
            "both countries",
            "Orla",
        ]
        r.choose("attribution", " Captain  Orla ")
        assert r.current["attribution"] == "Captain Orla"

    def test_topics_and_entities_are_ids_of_the_fact_base_and_the_draft(self) -> None:
        r = review()
        assert r.choices("topics") == ["drills", "quay-works", "talks"]
        assert r.choices("entities") == ["brannock", "orla"]
        assert r.toggle("topics", "drills") is True
        assert r.toggle("topics", "talks") is False
        assert r.current["topics"] == ["drills"]
        with pytest.raises(ReviewError, match="not one of the topics"):
            r.toggle("topics", "nowhere")

    def test_a_fact_keeps_one_topic(self) -> None:
        r = review()
        with pytest.raises(ReviewError, match="needs a topic"):
            r.toggle("topics", "talks")
        assert r.current["topics"] == ["talks"]


class TestClaim:
    def test_the_proposed_claim_is_unlinked_and_linked_again(self) -> None:
        r = review()
        assert r.claim() == (True, EVIDENCE)
        assert r.link_claim() is False
        assert "claim_of" not in r.current and r.current["claim_evidence"] == EVIDENCE
        assert r.link_claim() is True and r.current["claim_of"] == "old-1"

    def test_no_claim_to_link_without_a_proposal(self) -> None:
        r = review()
        r.move(1)
        assert r.claim() == (False, None)
        with pytest.raises(ReviewError, match="no claim"):
            r.link_claim()

    def test_a_claim_another_fact_of_the_draft_links_is_not_linked_twice(self) -> None:
        d = draft()  # f3 proposes old-2, which makes old-1's claim; f2 links old-1
        d["facts"][2]["claim_evidence"] = {**EVIDENCE, "fact": "old-2"}
        r = Review(d, ["talks"], ["orla"], [], {"old-2": "old-1"})
        r.move(1)
        assert r.current["id"] == "f3"
        with pytest.raises(ReviewError, match=r"^f2 already makes this claim \(it is linked to "):
            r.link_claim()
        assert "claim_of" not in r.current
        r.move(-1)
        assert r.link_claim() is False  # unlinked there, it can be linked here
        r.move(1)
        assert r.link_claim() is True and r.current["claim_of"] == "old-2"


def test_the_review_changes_the_draft_in_place_and_nothing_else() -> None:
    d = draft()
    before = copy.deepcopy(d)
    r = review(d)
    r.decide("accepted")
    assert d["facts"][1]["review"] == "accepted"
    d["facts"][1]["review"] = "draft"
    assert d == before


class TestQuoteContext:
    def test_the_quote_in_its_paragraph(self) -> None:
        got = quote_context(TEXT, fact(1))
        assert got == Context(
            "", "Orla met Brannock at the quay", ". Orla said the drill would grow."
        )

    def test_a_long_paragraph_is_cut_with_an_ellipsis(self) -> None:
        text = "x" * 500 + " Orla met Brannock at the quay " + "y" * 500
        got = quote_context(text, fact(1, span=[501, 530]))
        assert got.before.startswith("…x") and len(got.before) == 321
        assert got.after.endswith("y…") and len(got.after) == 321

    def test_without_the_article_or_its_span_the_prefix_and_suffix(self) -> None:
        expected = Context("…Harbour Talks\n", "Orla met Brannock at the quay", ". Orla said…")
        assert quote_context(None, fact(1)) == expected
        assert quote_context(TEXT, fact(1, span=[0, 5])) == expected
        assert quote_context(TEXT, fact(1, span="14-43")) == expected
