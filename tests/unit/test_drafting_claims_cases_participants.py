"""drafting.claims.cases.participants: who takes part in a named exercise (R22, issue 24). A
sentence naming the exercise and each party its participants fact names (by name, or by its
country with a word of armed forces) makes that fact's claim where it makes no other but its
list's; an adjective of kind or one party alone names none; of two exercises, the first
whose parties are named by name or by their kind in its own part (R22 over R21). Sentences written
and judged before the finder ran on them."""

from __future__ import annotations

import pytest

from defcoop_cli.curation.drafting.claims import ClaimFinder
from defcoop_cli.curation.drafting.entities import EntityMatcher
from defcoop_cli.factbase.records import Doc, Entity, Fact, Role


def fact(fid: str, quote: str, entities: tuple[str, ...], part_of: str | None = None) -> Fact:
    return Fact(
        id=fid,
        statement=quote + ".",
        kind="background" if part_of else "event",
        attribution="the article" if part_of else "Beta and Gamma",
        stance="reported" if part_of else "discussed",
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
    Entity("delta", "Delta", "country"),
    Entity("epsilon", "Epsilon", "country"),
    # an army's country, as the fact base gives it (its role: the land force of Beta)
    Entity(
        "beta-army",
        "Betan Army",
        "organisation",
        aliases=("Beta Land Guard",),
        roles=(Role("the land force of Beta", "f"),),
    ),
    Entity(
        "gamma-army",
        "Gamman Army",
        "organisation",
        aliases=("Gamma Highland Corps",),
        roles=(Role("the land force of Gamma", "f"),),
    ),
    Entity("omar", "Omar Quist", "person"),
    Entity("iron-reef", "Iron Reef", "military exercise", aliases=("Exercise Iron Reef",)),
    Entity("blue-tern", "Blue Tern", "military exercise"),
]
FACTS = [
    fact(
        "drills-discussed",
        "The importance of drills such as Iron Reef and Blue Tern was discussed",
        ("iron-reef", "blue-tern", "beta", "gamma"),
    ),
    fact(
        "iron-reef-parties",
        "Iron Reef (between the Betan and Gamman armies)",
        ("iron-reef", "beta-army", "gamma-army", "beta", "gamma"),
        "drills-discussed",
    ),
    fact(
        "blue-tern-parties",
        "Blue Tern (which includes Delta and Epsilon)",
        ("blue-tern", "delta", "epsilon"),
        "drills-discussed",
    ),
    fact("harbour-visit", "Beta and Gamma agreed on a harbour visit", ("beta", "gamma")),
]
DOC = Doc(sources=[], topics=[], entities=ENTITIES, facts=FACTS, curator_notes=[])
FINDER = ClaimFinder(DOC, EntityMatcher(ENTITIES).find)
PLACE = {f.id: i for i, f in enumerate(FINDER.facts)}


def named(text: str) -> str | None:
    entities = [e for e, _, _ in FINDER.find(text)]
    i = FINDER.taking_part.named(text, entities)
    return None if i is None else FINDER.facts[i].id


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # both armies by name
        ("The Betan Army and the Gamman Army held Iron Reef in the hills.", "iron-reef-parties"),
        (
            "Iron Reef, between the Beta Land Guard and the Gamma Highland Corps, ended.",
            "iron-reef-parties",
        ),
        (
            "Exercise Iron Reef brought the Gamman Army to train beside the Betan Army.",
            "iron-reef-parties",
        ),
        # the countries with a word of forces
        ("Soldiers from Beta and Gamma opened the fifth Iron Reef on Monday.", "iron-reef-parties"),
        (
            "Iron Reef, the army exercise Beta and Gamma have held since 2019, grows.",
            "iron-reef-parties",
        ),
        ("Betan and Gamman troops will meet again for Iron Reef.", "iron-reef-parties"),
        ("Gamma sent a contingent to train with the Betan Army in Iron Reef.", "iron-reef-parties"),
        # the countries a multilateral drill includes
        ("Delta and Epsilon will again take part in Blue Tern.", "blue-tern-parties"),
        ("Blue Tern also includes Epsilon and Delta this year.", "blue-tern-parties"),
        # not named: an adjective of kind, one party, the countries with no forces, no exercise
        ("The joint army drill Iron Reef was praised.", None),
        ("The Gamman Army knows Iron Reef well.", None),
        ("Beta and Gamma agreed to expand Iron Reef.", None),
        ("Delta will take part in Blue Tern.", None),
        ("The Betan Army and the Gamman Army trained together in the hills.", None),
        # the parties, all forces, named by their kind: "the two armies", "their armies"
        ("Beta and Gamma hailed Iron Reef between their armies as a model.", "iron-reef-parties"),
        ("Iron Reef, the drill between the two armies, opens today.", "iron-reef-parties"),
        ("Both armies will send more companies to Iron Reef.", "iron-reef-parties"),
        # but not parties that are countries
        ("Blue Tern, between the two navies, opens today.", None),
        # a party named only in an aside on a person describes him, not the exercise
        ("Omar Quist, a former Betan Army colonel, knows the Gamman Army from Iron Reef.", None),
        (
            "Omar Quist, an old hand of Iron Reef, watched the Betan Army and the Gamman Army.",
            "iron-reef-parties",
        ),
        # two exercises: the first whose parties are named by name, or by their kind in its
        # own part of the sentence (R22 over R21); a country and a word of forces may be the
        # other one's, and "their forces" before them all the drills': their list's claim
        ("Delta and Epsilon join Blue Tern, and Iron Reef goes on.", "blue-tern-parties"),
        (
            "Iron Reef, the drill between their armies, and Blue Tern, with Delta and Epsilon.",
            "iron-reef-parties",
        ),
        # the kind in another drill's part, or before them all: not this one's
        (
            "The two armies hold Iron Reef, and Delta and Epsilon join Blue Tern.",
            "blue-tern-parties",
        ),
        ("Iron Reef for the armies, and Blue Tern with Delta and Epsilon.", "blue-tern-parties"),
        ("Betan and Gamman soldiers train in Iron Reef and Blue Tern.", None),
        ("They discussed drills between their forces, such as Iron Reef and Blue Tern.", None),
        ("The Betan Army drill Iron Reef and Blue Tern, which Gamma joined, were praised.", None),
    ],
)
def test_a_sentence_names_the_parties_of_an_exercise(text: str, expected: str | None) -> None:
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # making no other claim: the participants fact's
        ("Soldiers of Beta and Gamma opened Iron Reef in the hills.", "iron-reef-parties"),
        ("Delta and Epsilon sailed in Blue Tern last spring.", "blue-tern-parties"),
        # making another claim: that one stays
        (
            "Beta and Gamma agreed on a harbour visit for Iron Reef's Betan and Gamman troops.",
            "harbour-visit",
        ),
        # naming no parties: not the participants fact
        ("The joint army drill Iron Reef opened in the hills.", None),
        # two exercises, one's parties named: that one's, not the list's (R22)
        (
            "Beta and Gamma hold Iron Reef yearly, and Delta and Epsilon sail with them in "
            "Blue Tern.",
            "blue-tern-parties",
        ),
    ],
)
def test_the_participants_claim_where_no_other_is_made(text: str, expected: str | None) -> None:
    entities = [e for e, _, _ in FINDER.find(text)]
    got = FINDER.claim(text, entities, "the article")
    assert (got["fact"] if got else None) == expected


# R28: a list's item that is one standing mechanism is the claim of a sentence naming it as
# standing or held, not its next session nor one to come
MECHANISMS = [
    *ENTITIES,
    Entity("harbour-council", "Harbour Council", "programme", aliases=("Harbour Councils",)),
    Entity("tide-summit", "Tide Summit", "programme", aliases=("Tide Summits",)),
]
MECHANISM_FACTS = [
    *FACTS,
    fact(
        "ties-mechanism",
        "The regular mechanism of the ties includes Harbour Councils and Tide Summits",
        ("beta", "gamma"),
    ),
    fact(
        "mechanism-council",
        "Harbour Councils",
        ("harbour-council", "beta", "gamma"),
        "ties-mechanism",
    ),
    fact("mechanism-summit", "Tide Summits", ("tide-summit", "beta", "gamma"), "ties-mechanism"),
]
STANDING = ClaimFinder(
    Doc(sources=[], topics=[], entities=MECHANISMS, facts=MECHANISM_FACTS, curator_notes=[]),
    EntityMatcher(MECHANISMS).find,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Beta and Gamma hold a Harbour Council of their sea ministers.", "mechanism-council"),
        ("The Harbour Council remains the main forum for the two navies.", "mechanism-council"),
        (
            "Beta and Gamma held their Harbour Council in Port Alba last spring.",
            "mechanism-council",
        ),
        ("Gamma is one of two states with which Beta keeps a Tide Summit.", "mechanism-summit"),
        # a session to come: a plan
        ("The next Harbour Council will meet in Gamma.", None),
        ("The Harbour Council is next due to be held in Gamma.", None),
        ("Aides will prepare the Tide Summit later this year.", None),
        # two of the list's items: the list's claim
        ("Beta and Gamma hold both a Harbour Council and a Tide Summit.", None),
    ],
)
def test_a_sentence_names_a_standing_mechanism(text: str, expected: str | None) -> None:
    entities = [e for e, _, _ in STANDING.find(text)]
    i = STANDING.taking_part.named(text, entities)
    assert (None if i is None else STANDING.facts[i].id) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a summary listing mechanisms, one of them the list's item: that item's claim, not
        # the list's its other words say (a reference page's "conducted through …")
        "Talks between Beta and Gamma are conducted through the Harbour Council, a Coast "
        "Forum of the two navies and regular staff talks.",
        "The ties of Beta and Gamma run through regular mechanisms: the Harbour Council of "
        "sea ministers and meetings of their staffs.",
        # another item's word ("summits") beside it, not its name: still the named one's
        "Talks between Beta and Gamma are conducted through the Harbour Council and through "
        "summits of their officials.",
    ],
)
def test_a_summary_naming_one_standing_mechanism_claims_it(text: str) -> None:
    entities = [e for e, _, _ in STANDING.find(text)]
    got = STANDING.claim(text, entities, "the article")
    assert got is not None and got["fact"] == "mechanism-council"


def test_an_item_whose_list_is_not_in_the_base_is_no_mechanism_of_a_list() -> None:
    # the lead left out (a base cut down, as draft_quality's leave-one-out does): its items
    # are facts of their own, not items, and the finder is made all the same
    rest = [f for f in MECHANISM_FACTS if f.id != "ties-mechanism"]
    doc = Doc(sources=[], topics=[], entities=MECHANISMS, facts=rest, curator_notes=[])
    finder = ClaimFinder(doc, EntityMatcher(MECHANISMS).find)
    text = "Beta and Gamma hold a Harbour Council of their sea ministers."
    got = finder.claim(text, [e for e, _, _ in finder.find(text)], "the article")
    assert got is not None and got["fact"] == "mechanism-council"
