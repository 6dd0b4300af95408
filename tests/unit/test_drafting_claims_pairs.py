"""drafting.claims, round ten (issue 24): who met whom told with one of the two named and
the other by the pair ("the two ministers", "her counterpart", "met him"); a sentence naming
two or more of a list's items gives up the lead to another sentence and links an item it
names (R21); a list's item that is one standing mechanism is named by its name or its own
words, not by a word of its kind (R28: "the main forum" names no "annual summits").
Sentences written for this test about fictional Beta and Gamma, each judged before the
finder was run on them (those it gets wrong are strict xfails, with the reason found)."""

from __future__ import annotations

import pytest

from defcoop_cli.curation.drafting.claims import ClaimFinder, OnePerClaim
from defcoop_cli.curation.drafting.entities import EntityMatcher
from defcoop_cli.factbase.records import Doc, Entity, Fact


def fact(
    fid: str,
    quote: str,
    entities: tuple[str, ...] = ("beta", "gamma"),
    part_of: str | None = None,
    kind: str = "position",
    attribution: str = "Beta and Gamma",
    stance: str = "agreed",
) -> Fact:
    return Fact(
        id=fid,
        statement=quote + ".",
        kind=kind,
        attribution=attribution,
        stance=stance,
        topics=("t",),
        entities=entities,
        keywords=(),
        quote=quote,
        source="old",
        span=(0, len(quote)),
        part_of=part_of,
    )


ENTITIES = [
    Entity("beta", "Beta", "country", aliases=("Betan",)),
    Entity("gamma", "Gamma", "country", aliases=("Gamman",)),
    Entity("ilse", "Ilse Varga", "person"),
    Entity("omar", "Omar Quist", "person"),
    Entity("port-lem", "Port Lem", "place"),
    Entity("summits", "Beta-Gamma annual summits", "programme", aliases=("annual summit",)),
    Entity("council", "Harbour Council", "programme"),
]
FACTS = [
    fact(
        "talks-held",
        "Ilse Varga met Omar Quist in Port Lem",
        ("ilse", "omar", "port-lem"),
        kind="event",
        attribution="the article",
        stance="reported",
    ),
    fact("harbour", "Beta and Gamma agreed to widen cooperation in dredging, pilotage and salvage"),
    *(fact(f"harbour-{w}", w, part_of="harbour") for w in ("dredging", "pilotage", "salvage")),
    fact(
        "dialogue",
        "The meeting was part of the regular dialogue between Beta and Gamma",
        kind="background",
        attribution="the article",
        stance="reported",
    ),
    fact(
        "dialogue-summits",
        "annual summits",
        ("summits", "beta", "gamma"),
        "dialogue",
        "background",
        "the article",
        "reported",
    ),
    fact(
        "dialogue-council",
        "Harbour Council meetings",
        ("council", "beta", "gamma"),
        "dialogue",
        "background",
        "the article",
        "reported",
    ),
    *(  # as in any fact base, its countries are named by most facts: they say little
        fact(f"other-{n}", f"Beta and Gamma {said}")
        for n, said in enumerate(["signed a fishing accord", "opened a ferry line", "swapped"])
    ),
]
FINDER = ClaimFinder(
    Doc(sources=[], topics=[], entities=ENTITIES, facts=FACTS, curator_notes=[]),
    EntityMatcher(ENTITIES).find,
)


def match(text: str, attribution: str = "the article", stance: str = "reported"):  # type: ignore[no-untyped-def]
    entities = sorted({eid for eid, _, _ in FINDER.find(text)})
    return FINDER.match(text, entities, attribution, "", "event", stance)


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Ilse Varga met her Gamman counterpart in Port Lem", "talks-held"),
        ("Ilse Varga met him in Port Lem", "talks-held"),
        (
            "Omar Quist and his host met in Port Lem, and the two walked along the quay",
            "talks-held",
        ),
        ("Both ministers met in Port Lem, Ilse Varga's office said", "talks-held"),
        ("Ilse Varga met the two Deltan admirals in Port Lem", None),
        ("Ilse Varga met the two countries' envoys in Port Lem", None),
        ("Ilse Varga met Kurt Nemo in Port Lem", None),
        pytest.param(
            "Ilse Varga met her counterpart from Delta, Kurt Nemo, in Port Lem",
            None,
            marks=pytest.mark.xfail(
                strict=True,
                reason="a counterpart the fact base does not know, named: read as the pair",
            ),
        ),
    ],
)
def test_who_met_whom_told_by_the_pair(text: str, claim: str | None) -> None:
    found = match(text).claim
    assert (found and found["fact"]) == claim


def test_a_sentence_naming_two_items_may_link_them_should_the_lead_be_taken() -> None:
    found = match(
        "Beta and Gamma agreed to widen cooperation in dredging and salvage",
        "Beta and Gamma",
        "agreed",
    )
    assert found.claim is not None and found.claim["fact"] == "harbour"
    assert {"harbour-dredging", "harbour-salvage"} <= {o["fact"] for o in found.others}
    assert "harbour-pilotage" not in {o["fact"] for o in found.others}


def test_one_item_named_is_the_items_claim_and_no_other_item_is_proposed() -> None:
    found = match("Beta and Gamma agreed to cooperate in salvage", "Beta and Gamma", "agreed")
    assert found.claim is not None and found.claim["fact"] == "harbour-salvage"
    assert not {o["fact"] for o in found.others} & {"harbour-dredging", "harbour-pilotage"}


def test_the_sentence_giving_the_lead_up_links_an_item_it_names() -> None:
    doc = Doc(sources=[], topics=[], entities=ENTITIES, facts=[], curator_notes=[])
    rule = OnePerClaim(doc)
    texts = [
        "Beta and Gamma agreed to widen cooperation in dredging, pilotage and salvage",
        "The two sides also agreed on closer work in pilotage and salvage",
    ]
    matches = [match(t, "Beta and Gamma", "agreed") for t in texts]
    assert all(m.claim and m.claim["fact"] == "harbour" for m in matches)
    for n, m in enumerate(matches):
        rule.propose(n, f"d{n}", [m.claim, *m.others])
    moved = rule.losers()
    assert list(moved) == [1]
    assert moved[1].instead is not None
    assert moved[1].instead["fact"] in {"harbour-pilotage", "harbour-salvage"}


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("The Harbour Council remains the main forum for such plans", "dialogue-council"),
        ("Beta and Gamma hold annual summits and Harbour Council meetings", "dialogue"),
        pytest.param(
            "The next Harbour Council is due later this year",
            None,
            marks=pytest.mark.xfail(
                strict=True,
                reason="the next session by the mechanism's name alone (no 'meeting' word): "
                "its plain score passes; only the standing rule reads 'next' (as on main)",
            ),
        ),
        ("Annual summits remain the main channel between Beta and Gamma", "dialogue-summits"),
    ],
)
def test_a_mechanism_item_is_named_by_its_name_not_its_kind(text: str, claim: str | None) -> None:
    found = match(text).claim
    assert (found and found["fact"]) == claim


# Far-under paraphrases of a general kind: forces working together are interoperable;
# "know-how" is one content word (two function words joined); more words of a key partner.
PARAPHRASED = [
    fact(
        "drills-interop",
        "These drills help improve interoperability between the navies",
        kind="assessment",
        attribution="the article",
        stance="reported",
    ),
    fact(
        "know-how",
        "Beta and Gamma agreed on the exchange of technical know-how",
    ),
    fact(
        "key-partner",
        "Gamma has always been a key partner for Beta",
        kind="background",
        attribution="the article",
        stance="reported",
    ),
    fact("fisheries", "Beta and Gamma signed a fisheries accord"),
    *(  # as in any fact base, its countries are named by most facts: they say little
        fact(f"other-{n}", f"Beta and Gamma {said}")
        for n, said in enumerate(["opened a ferry line", "held port talks", "swapped envoys"])
    ),
]
PARAPHRASE_FINDER = ClaimFinder(
    Doc(sources=[], topics=[], entities=ENTITIES, facts=PARAPHRASED, curator_notes=[]),
    EntityMatcher(ENTITIES).find,
)


@pytest.mark.parametrize(
    ("text", "attribution", "stance", "claim"),
    [
        (
            "Such drills help the two navies work together",
            "Ilse Varga",
            "reported",
            "drills-interop",
        ),
        pytest.param(
            "The drills left the sailors of both navies able to operate side by side",
            "Ilse Varga",
            "reported",
            "drills-interop",
            marks=pytest.mark.xfail(
                strict=True,
                reason="read as interoperability, but its other words (left, sailors, able) "
                "weigh: 0.36, under the threshold",
            ),
        ),
        (
            "Beta and Gamma agreed to work together on fishing boats",
            "Beta and Gamma",
            "agreed",
            None,
        ),
        (
            "We agreed that the exchange of technical know-how should begin soon",
            "Beta and Gamma",
            "agreed",
            "know-how",
        ),
        (
            "Ilse Varga called Gamma a steadfast partner of Beta",
            "Ilse Varga",
            "reported",
            "key-partner",
        ),
        (
            "Gamma is a natural partner for Beta, Ilse Varga said",
            "Ilse Varga",
            "reported",
            "key-partner",
        ),
        ("Gamma wants a partner for its ferries", "Omar Quist", "reported", None),
    ],
)
def test_far_under_paraphrases_of_a_general_kind(
    text: str, attribution: str, stance: str, claim: str | None
) -> None:
    entities = sorted({eid for eid, _, _ in PARAPHRASE_FINDER.find(text)})
    found = PARAPHRASE_FINDER.claim(text, entities, attribution, "", "position", stance)
    assert (found and found["fact"]) == claim


def test_two_function_words_joined_are_one_content_word() -> None:
    from defcoop_cli.curation.drafting.claims.readings import word_units

    assert "knowhow" in {u[0] for u in word_units("technical know-how", {})}
    follow = {u[0] for u in word_units("a follow-up meeting", {})}
    assert "followup" not in follow and "follow" in follow
