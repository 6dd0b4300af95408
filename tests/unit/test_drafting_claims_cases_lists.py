"""drafting.claims.cases.lists: a list's lead or one of its items (issue 24). A sentence naming one
item makes the item's claim, though it says little of the lead; one naming two or more items,
or restating the lead, makes the lead's; an item said only by words its list shares (its
lead's statement, its other items) is not named. Sentences written and judged before the
finder ran on them (those it gets wrong are strict xfails, with the reason found)."""

from __future__ import annotations

import pytest

from defcoop_cli.curation.drafting.claims import ClaimFinder
from defcoop_cli.curation.drafting.entities import EntityMatcher
from defcoop_cli.factbase.records import Doc, Entity, Fact


def fact(fid: str, quote: str, statement: str, part_of: str | None = None) -> Fact:
    return Fact(
        id=fid,
        statement=statement,
        kind="event",
        attribution="Beta and Gamma",
        stance="reported",
        topics=("t",),
        entities=("beta", "gamma"),
        keywords=(),
        quote=quote,
        source="old",
        span=(0, len(quote)),
        part_of=part_of,
    )


ENTITIES = [
    Entity("beta", "Beta", "country", aliases=("Betan",)),
    Entity("gamma", "Gamma", "country", aliases=("Gamman",)),
    Entity("delta", "Delta", "country"),
    Entity("ilse", "Ilse Varga", "person", aliases=("Beta's sea minister",)),
    Entity("omar", "Omar Quist", "person", aliases=("Gamma's sea minister",)),
    Entity("coral-shield", "Coral Shield", "event"),
    Entity("tidewatch", "Tidewatch", "event"),
]
FACTS = [
    fact(
        "drills-importance",
        "The importance of joint drills such as Coral Shield (between the Betan and Gamman "
        "navies) and Tidewatch (which includes Delta) was discussed",
        "The importance of joint drills, such as Coral Shield and Tidewatch, was discussed.",
    ),
    fact(
        "drill-coral-shield",
        "Coral Shield (between the Betan and Gamman navies)",
        "Coral Shield is a joint drill of the Betan and Gamman navies.",
        "drills-importance",
    ),
    fact(
        "drill-tidewatch",
        "Tidewatch (which includes Delta)",
        "Tidewatch includes Delta.",
        "drills-importance",
    ),
    fact(
        "patrols-improve",
        "These patrols help improve coordination, trust and readiness between the coast guards",
        "The patrols help improve three things between the coast guards.",
    ),
    *(
        fact(f"patrols-{word}", word, f"The patrols help improve {word}.", "patrols-improve")
        for word in ("coordination", "trust", "readiness")
    ),
    fact(
        "piracy-discussed",
        "Piracy in the strait was discussed",
        "Beta and Gamma discussed piracy in the strait.",
    ),
    *(  # as in any fact base, its countries are named by most facts: they say little
        fact(f"other-{n}", f"Beta and Gamma {said}", f"Beta and Gamma {said}.")
        for n, said in enumerate(["signed a fishing accord", "held port talks", "met"])
    ),
]
DOC = Doc(sources=[], topics=[], entities=ENTITIES, facts=FACTS, curator_notes=[])
FINDER = ClaimFinder(DOC, EntityMatcher(ENTITIES).find)


def claimed(quote: str, attribution: str = "Beta and Gamma") -> str | None:
    entities = sorted({eid for eid, _, _ in FINDER.find(quote)} | {"beta", "gamma"})
    found = FINDER.claim(quote, entities, attribution)
    return found["fact"] if found else None


@pytest.mark.parametrize(
    ("quote", "attribution", "judged"),
    [
        # one item named, the lead little said: the item
        (
            "Ilse Varga praised the sailors of both navies who took part in Coral Shield",
            "Ilse Varga",
            "drill-coral-shield",
        ),
        pytest.param(
            "The sailors who trained in Coral Shield were commended by Omar Quist",
            "Omar Quist",
            "drills-importance",  # R22: no one who takes part named
            marks=pytest.mark.xfail(
                strict=True,
                reason=(
                    "a passive praise by the speaker: "
                    "no candidate is eligible (the act or the parties)"
                ),
            ),
        ),
        pytest.param(
            "We lauded the crews of Coral Shield",
            "Beta and Gamma",
            "drills-importance",  # R22: no one who takes part named
            marks=pytest.mark.xfail(
                strict=True,
                reason=(
                    "neither the lead nor the item reaches the threshold: "
                    "a short sentence says little"
                ),
            ),
        ),
        pytest.param(
            "The two sides noted that Tidewatch brings in Delta's navy as well",
            "Beta and Gamma",
            "drill-tidewatch",
            marks=pytest.mark.xfail(
                strict=True,
                reason=(
                    "'navy' names Coral Shield too (the navies it is between): "
                    "two items named, the lead taken"
                ),
            ),
        ),
        (
            "Both ministers hailed the patrols as a way to improve coordination between the "
            "coast guards",
            "Beta and Gamma",
            "patrols-coordination",
        ),
        (
            "Readiness of the coast guards is what the patrols improve most",
            "Beta and Gamma",
            "patrols-readiness",
        ),
        (
            "Gamma's minister spoke of the trust the patrols build between the coast guards",
            "Omar Quist",
            "patrols-trust",
        ),
        pytest.param(
            "Coordination between the coast guards was on the agenda",
            "Beta and Gamma",
            "patrols-coordination",
            marks=pytest.mark.xfail(
                strict=True,
                reason=(
                    "the item is not a candidate: the lead, read with all its items, says it all"
                ),
            ),
        ),
        # two or more items, or the lead restated: the lead
        (
            "The patrols improve coordination and trust between the coast guards",
            "Beta and Gamma",
            "patrols-improve",
        ),
        (
            "The coast guards' coordination, trust and readiness all gain from the patrols",
            "Beta and Gamma",
            "patrols-improve",
        ),
        (
            "Trust and readiness grew out of the patrols, officials said",
            "Beta and Gamma",
            "patrols-improve",
        ),
        ("Coral Shield and Tidewatch were both discussed", "Beta and Gamma", "drills-importance"),
        (
            "Ilse Varga hailed Coral Shield, Tidewatch and the other joint drills",
            "Ilse Varga",
            "drills-importance",
        ),
        (
            "The ministers stressed the importance of joint drills",
            "Beta and Gamma",
            "drills-importance",
        ),
    ],
)
def test_a_sentence_makes_the_claim_of_the_lead_or_the_item_it_names(
    quote: str, attribution: str, judged: str
) -> None:
    assert claimed(quote, attribution) == judged


@pytest.mark.parametrize(
    "quote",
    [
        "The ministers discussed piracy in the strait",
        "Beta and Gamma held port talks",
    ],
)
def test_a_sentence_of_another_claim_makes_neither_the_lead_nor_an_item(quote: str) -> None:
    assert claimed(quote) not in {f.id for f in FACTS if f.id.startswith(("drill", "patrols"))}


def test_an_item_said_only_by_its_leads_words_is_not_named() -> None:
    """ "between the coast guards" is the lead's: it names no item, so a sentence saying it
    and one item names that item alone, and makes that item's claim, not the list's."""
    quote = "The patrols build readiness between the coast guards"
    assert claimed(quote) == "patrols-readiness"


# A drill's name, which the lead's statement gives too, is the lead's; who takes part, the
# item's (tests/fixtures/CONVENTIONS.md, R21 and R22: naming Dharma Guardian in the talks
# claims not its participants fact). First judged all four as the item, by R23 alone;
# re-judged by R22 on reading the conventions, before the rule in claims.cases.lists took the
# lead statement's words out of an item's own.
@pytest.mark.parametrize(
    ("quote", "attribution", "judged"),
    [
        ("Omar Quist praised the joint drill Tidewatch", "Omar Quist", "drills-importance"),
        ("Ilse Varga and Omar Quist discussed Tidewatch", "Beta and Gamma", "drills-importance"),
        ("Tidewatch was discussed", "Beta and Gamma", "drills-importance"),
        ("Both navies train every year in Coral Shield", "Beta and Gamma", "drill-coral-shield"),
    ],
)
def test_a_drill_named_without_who_takes_part_is_the_leads_claim(
    quote: str, attribution: str, judged: str
) -> None:
    assert claimed(quote, attribution) == judged


NAVY_FACTS = [
    fact(
        "drills-improve",
        "These drills help improve interoperability, coordination and mutual understanding "
        "between the navies",
        "The drills help improve three things between the navies.",
    ),
    *(
        fact(
            f"drills-{word.split()[0]}", word, f"The drills help improve {word}.", "drills-improve"
        )
        for word in ("interoperability", "coordination", "mutual understanding between the navies")
    ),
    *FACTS[-3:],
]
NAVY = ClaimFinder(DOC._replace(facts=NAVY_FACTS), EntityMatcher(ENTITIES).find)


@pytest.mark.parametrize(
    ("quote", "judged"),
    [
        (
            "Both ministers hailed the drills as a way to improve interoperability between the "
            "navies",
            "drills-interoperability",
        ),
        ("The drills build mutual understanding between the navies", "drills-mutual"),
        (
            "The drills improve interoperability and coordination between the navies",
            "drills-improve",
        ),
        ("Interoperability between the navies grows with each drill", "drills-interoperability"),
    ],
)
def test_an_item_said_by_the_lists_words_alone_is_not_named(quote: str, judged: str) -> None:
    found = NAVY.claim(quote, ["beta", "gamma"], "Beta and Gamma")
    assert found is not None and found["fact"] == judged
