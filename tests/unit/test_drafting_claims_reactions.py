"""Issue 24, claim links by class (thirty-first session, s50-draft84). Each rule with a
near case that keeps its old reading. Invented people, bodies and sentences.

A fact of a party's reaction to an event (condemning it, briefing another on it) is, in the
article's own voice, the claim only of a sentence taking that stance or saying the act; one
giving only the facts of the event (the attack's toll, its date) tells no reaction to it. A
party's own words on the event may still be his reaction.
"""

from __future__ import annotations

from typing import Any

import pytest

from unit.test_drafting_claims_cases_times import linked


@pytest.mark.parametrize(
    "sentence",
    [
        "After the Pahalgam attack, which killed 24 people, the embassy raised its travel "
        "advisory for Jammu and Kashmir.",
    ],
)
def test_the_facts_of_an_attack_make_no_claim_of_its_condemnation(sentence: str) -> None:
    assert linked(sentence, "the article") is None  # it linked the condemnation before


@pytest.mark.parametrize(
    "sentence",
    [
        "Two weeks before the talks, a militant attack at Pahalgam in Kashmir killed 24 tourists.",
        "The attack in Pahalgam, Jammu and Kashmir, left 24 dead on 22 April.",
    ],
)
def test_the_facts_of_an_attack_make_no_claim_of_a_briefing_on_it(sentence: str) -> None:
    assert linked(sentence, "the article") is None  # each linked Singh's briefing before


def test_a_partys_words_on_the_attack_are_not_ruled_out() -> None:
    # his own words condemning it, with no verb of condemning nor its stance: his reaction
    said = "Gen Nakatani denounced the Pahalgam attack as a cruel and cowardly act."
    assert linked(said, "Gen Nakatani") == "pahalgam-condemned"
    said = "Gen Nakatani said the Pahalgam attack was a cruel and cowardly act."
    assert linked(said, "Gen Nakatani") == "pahalgam-condemned"  # his words: his reaction


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        ("Singh raised the terrorist attack in Pahalgam, Jammu and Kashmir, with Nakatani.",
         "reported"),
        ("Rajnath Singh took up the Pahalgam attack with his counterpart.", "discussed"),
    ],
)  # fmt: skip
def test_a_party_as_the_subject_doing_an_act_is_no_telling_of_the_event(
    sentence: str, stance: str
) -> None:
    # review 26a #5: the drafter left the party's act in the article's voice; its subject
    # doing an act is the party's briefing, not the writer's telling of the attack (R17)
    assert linked(sentence, "the article", stance) == "pahalgam-briefing"


@pytest.mark.parametrize(
    "sentence",
    [
        "Singh's visit came a fortnight after the attack in Pahalgam, Jammu and Kashmir.",
        "Pahalgam, in Jammu and Kashmir, was the scene of the attack that killed 24 people.",
        "Gen Nakatani is the Defence Minister of Japan.",  # what he is, no act
    ],
)
def test_a_party_named_but_doing_no_act_still_tells_only_the_event(sentence: str) -> None:
    assert linked(sentence, "the article") not in ("pahalgam-briefing", "pahalgam-condemned")


@pytest.mark.parametrize(
    ("sentence", "attribution", "stance"),
    [
        ("The Japanese delegation strongly condemned the Pahalgam attack.", "Japanese delegation",
         "condemned"),
        ("Japan's delegation denounced the Pahalgam attack in the strongest terms.",
         "Japanese delegation", "condemned"),
        ("Japan condemned the Pahalgam attack, which killed 24 people.", "the article",
         "condemned"),
    ],
)  # fmt: skip
def test_a_sentence_saying_the_act_keeps_its_claim(
    sentence: str, attribution: str, stance: str
) -> None:
    assert linked(sentence, attribution, stance) == "pahalgam-condemned"


def _with_report(facts: list[tuple[str, ...]]) -> tuple[Any, Any]:
    """The shipped base's finder with a report's facts added as drafted (no keyword): (id,
    quote, kind, attribution, stance, the claim it joined or "") each, its entities as a
    draft finds them."""
    from defcoop_cli.curation.drafting.claims import ClaimFinder
    from defcoop_cli.curation.drafting.entities import EntityMatcher
    from defcoop_cli.factbase.loader import default_factbase_path, load
    from defcoop_cli.factbase.records import Fact

    doc = load(default_factbase_path()).doc
    find = EntityMatcher(doc.entities).find
    added = [
        Fact(fid, quote, kind, who, stance, (), tuple(dict.fromkeys(e for e, _, _ in
             find(quote))), (), quote, "elm", (0, len(quote)), claim=claim or None)
        for fid, quote, kind, who, stance, claim in facts
    ]  # fmt: skip
    return ClaimFinder(doc._replace(facts=[*doc.facts, *added]), find), find


def _claim(finder: Any, find: Any, sentence: str) -> str | None:
    entities = list(dict.fromkeys(e for e, _, _ in find(sentence)))
    found = finder.claim(sentence, entities, "India and Japan", "", "", "condemned")
    return None if found is None else str(found["fact"])


# A report added before: its condemnation names the attack by its name (an entity) and
# joined the shipped condemnation; its briefing says "attack" nearly whole, so a later
# sentence's "attack" weighs nothing against the condemnation, which then says all the rest
# of it: the verb alone
_ELM = [
    ("elm-condemned", "Both countries condemned the Pahalgam attack", "position",
     "India and Japan", "condemned", "pahalgam-condemned"),
    ("elm-told", "Singh told Nakatani about the April 22 terrorist attack in Kashmir", "event",
     "Rajnath Singh", "reported", ""),
]  # fmt: skip


def test_a_claim_s_fact_sharing_only_the_verb_gives_way_to_its_claim_s_other_fact() -> None:
    """A later report's "Both sides condemned the attack" linked no claim with elm's report
    added before it (elm's condemnation ranked first, sharing only "condemn", and was
    refused as saying the verb alone) and the shipped condemnation without: the claim hung
    on which report came first. The claim's other fact, sharing the attack too, is read
    instead, so the sentence makes the claim in either order."""
    sentence = "Both sides condemned the attack"
    assert _claim(*_with_report(_ELM), sentence) == "pahalgam-condemned"
    assert _claim(*_with_report([]), sentence) == "pahalgam-condemned"
    # near cases: a sentence naming the attack as elm's does shares more than the verb
    # with it, and elm's fact is its claim's evidence, as before
    assert _claim(*_with_report(_ELM), f"{sentence[:-6]}Pahalgam attack") == "elm-condemned"
    # and a lone fact of elm's sharing the verb alone rules the sentence's claim out, as
    # before: another claim's fact is never read instead
    lone = [(*_ELM[0][:5], ""), _ELM[1]]
    assert _claim(*_with_report(lone), sentence) is None
