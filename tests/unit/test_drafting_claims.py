"""drafting.claims: the existing fact making a drafted fact's claim, and office conflicts."""

from __future__ import annotations

from typing import Any

import pytest

from defcoop_cli.curation.drafting.claims import ClaimFinder
from defcoop_cli.curation.drafting.claims import finder as claims_finder
from defcoop_cli.curation.drafting.claims.readings import speakers_of, unsaid
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
    assert found["source"] == "old" and "drill" in found["shared"] and found["score"] > 0.36


def test_another_claim_is_not_proposed() -> None:
    # a name and the source's voice in common are not the same claim
    found = FINDER.claim("Beta bought a new ferry for its lakes", [], "the article")
    assert found is None


TWO = [
    Entity("beta", "Beta", "country"),
    Entity("gamma", "Gamma", "country"),
    Entity("delta", "Delta", "country"),
    Entity("ilse", "Ilse Varga", "person", aliases=("Beta's sea minister",)),
    Entity("omar", "Omar Quist", "person", aliases=("Gamma's sea minister",)),
]
BOTH = fact(
    "patrols-agreed",
    "Beta and Gamma agreed to run joint coastal patrols",
    "agreed",
    ("beta", "gamma"),
    "Beta and Gamma",
)
LIST = fact("areas", "cooperation in several areas", "agreed", ("beta", "gamma"), "Beta and Gamma")
ITEMS = [
    fact("area-mines", "mine clearance", "agreed", ("beta", "gamma"), "Beta and Gamma"),
    fact("area-salvage", "salvage", "agreed", ("beta", "gamma"), "Beta and Gamma"),
]
THANKS = fact(
    "ilse-praised", "Ilse Varga praised the salvage crews", "reported", ("ilse",), "Ilse Varga"
)
TWO_DOC = Doc(
    sources=[],
    topics=[],
    entities=TWO,
    facts=[BOTH, LIST, *(f._replace(part_of="areas") for f in ITEMS), THANKS],
    curator_notes=[],
)
TWO_FINDER = ClaimFinder(TWO_DOC, EntityMatcher(TWO).find)


class TestPartiesStanceAndMeaning:
    def test_one_party_of_the_two_makes_their_claim(self) -> None:
        quote = "Ilse Varga agreed to run joint coastal patrols with Gamma"
        found = TWO_FINDER.claim(quote, ["ilse", "gamma"], "Ilse Varga")
        assert found is not None and found["fact"] == "patrols-agreed"

    def test_the_ministers_of_both_are_both(self) -> None:
        quote = "The two ministers agreed to run joint coastal patrols"
        found = TWO_FINDER.claim(quote, [], "Ilse Varga and Omar Quist")
        assert found is not None and found["fact"] == "patrols-agreed"

    def test_other_parties_make_another_claim(self) -> None:
        quote = "Gamma and Delta agreed to run joint coastal patrols"
        assert TWO_FINDER.claim(quote, ["gamma", "delta"], "Gamma and Delta") is None

    def test_a_new_name_makes_no_ones_claim_but_its_own(self) -> None:
        quote = "Ilse Varga and Rhea Castell agreed to run joint coastal patrols"
        found = TWO_FINDER.claim(quote, ["ilse"], "Ilse Varga and Rhea Castell")
        assert found is None

    def test_a_list_is_read_with_its_items(self) -> None:
        quote = "cooperation in mine clearance and salvage"
        found = TWO_FINDER.claim(quote, [], "Beta and Gamma")
        assert found is not None and found["fact"] == "areas"

    def test_an_invitation_is_no_claim_of_a_fact_that_does_not_invite(self) -> None:
        quote = "Ilse Varga invited Omar Quist to run joint coastal patrols"
        assert TWO_FINDER.claim(quote, ["ilse", "omar"], "Ilse Varga", stance="invited") is None
        found = TWO_FINDER.claim(quote, ["ilse", "omar"], "Ilse Varga", stance="agreed")
        assert found is not None and found["fact"] == "patrols-agreed"

    def test_what_a_fact_is_about_says_it_though_its_quote_does_not_name_it(self) -> None:
        entities = [*TWO, Entity("kelp-sea", "Kelp Sea", "place")]
        quote = "They shared concerns about Delta's growing naval activity in the Kelp Sea"
        scores = []
        for about in [("beta", "gamma", "kelp-sea"), ("beta", "gamma")]:
            concern = fact(
                "sea-concern",
                "Beta and Gamma raised concerns about unilateral actions that threaten shipping",
                "raised concern",
                about,
                "Beta and Gamma",
            )
            doc = Doc([], [], entities, [BOTH, concern], [])
            finder = ClaimFinder(doc, EntityMatcher(entities).find)
            found = finder.claim(quote, ["kelp-sea", "delta"], "Beta and Gamma")
            assert found is not None and found["fact"] == "sea-concern"
            scores.append((found["score"], "@kelp-sea" in found["shared"]))
        assert scores[0][0] > scores[1][0] and scores[0][1] and not scores[1][1]

    def test_a_welcome_says_what_a_fact_doing_no_act_says(self) -> None:
        # what is welcomed is the claim; thanks for it is not
        quote = "Beta and Gamma welcomed the joint coastal patrols"
        found = TWO_FINDER.claim(quote, ["beta", "gamma"], "Beta and Gamma")
        assert found is not None and found["fact"] == "patrols-agreed"
        quote = "Beta and Gamma thanked each other for the joint coastal patrols"
        assert TWO_FINDER.claim(quote, ["beta", "gamma"], "Beta and Gamma") is None
        # a praising fact is no claim of a welcome
        found = TWO_FINDER.claim("Ilse Varga welcomed the salvage crews", ["ilse"], "Ilse Varga")
        assert found is None or found["fact"] != "ilse-praised"

    def test_thanks_is_no_claim_of_a_fact_that_does_not_thank(self) -> None:
        quote = "Omar Quist thanked Ilse Varga for the salvage crews"
        assert TWO_FINDER.claim(quote, ["omar", "ilse"], "Omar Quist") is None
        quote = "Ilse Varga praised the salvage crews again"
        found = TWO_FINDER.claim(quote, ["ilse"], "Ilse Varga")
        assert found is not None and found["fact"] == "ilse-praised"


def test_a_persons_office_is_no_claim() -> None:
    office_fact = fact(
        "alpha-office", "Beta's Harbour Minister Alpha", "reported", ("alpha",), "the article"
    )
    doc = DOC._replace(facts=[*DOC.facts, office_fact])
    finder = ClaimFinder(doc, EntityMatcher(ENTITIES).find)
    quote = "Beta's Harbour Minister Alpha visited the port"
    found = finder.claim(quote, ["alpha", "beta"], "the article")
    assert found is None or found["fact"] != "alpha-office"
    # without the role, the same fact would be proposed
    plain = [Entity("alpha", "Alpha", "person"), *ENTITIES[1:]]
    finder = ClaimFinder(doc._replace(entities=plain), EntityMatcher(plain).find)
    found = finder.claim(quote, ["alpha", "beta"], "the article")
    assert found is not None and found["fact"] == "alpha-office"


SCHOOL = fact(
    "school-opened",
    "Beta and Gamma opened a joint naval school",
    "reported",
    ("beta", "gamma"),
    "the article",
)
VIEW = fact("school-wise", "The naval school is a wise step", "reported", (), "the article")
MEANING_DOC = Doc(
    sources=[],
    topics=[],
    entities=[Entity("beta", "Beta", "country", aliases=("Betan",)), *TWO[1:]],
    facts=[
        SCHOOL,
        VIEW._replace(kind="assessment"),
        fact("threats", "Piracy in the strait keeps rising", "reported", (), "the article"),
        *(  # as in any fact base, its countries are named by most facts: they say little
            fact(f"other-{n}", f"Beta and Gamma {said}", "reported", ("beta", "gamma"), "Beta")
            for n, said in enumerate(["signed a fishing accord", "held port talks", "met"])
        ),
        LIST,
        *(f._replace(part_of="areas") for f in ITEMS),
    ],
    curator_notes=[],
)
MEANING = ClaimFinder(MEANING_DOC, EntityMatcher(MEANING_DOC.entities).find)


class TestMeaningBothWays:
    def test_a_countrys_adjective_is_the_country(self) -> None:
        assert ("@beta",) in MEANING._units("Betan sailors")

    def test_the_same_claim_in_other_words_and_entities(self) -> None:
        quote = "A joint naval school was opened by Beta and Gamma"
        found = MEANING.claim(quote, ["beta", "gamma"], "the article")
        assert found is not None and found["fact"] == "school-opened"

    def test_other_countries_make_another_claim(self) -> None:
        quote = "Gamma and Delta opened a joint naval school"
        assert MEANING.claim(quote, ["gamma", "delta"], "the article") is None

    def test_a_fact_naming_no_country_is_about_its_sources_countries(self) -> None:
        quote = "Piracy in the strait keeps rising"
        assert MEANING.claim(quote, [], "Gamma and Delta") is None
        found = MEANING.claim(quote, [], "Beta and Gamma")
        assert found is not None and found["fact"] == "threats"

    def test_a_name_the_base_does_not_know_makes_only_the_articles_claims(self) -> None:
        quote = "Beta and Gamma opened a joint naval school"
        found = MEANING.claim(quote, ["beta", "gamma"], "Rhea Castell")  # the article's voice
        assert found is not None and found["fact"] == "school-opened"
        found = MEANING.claim(quote, ["beta", "gamma"], "officials on both sides")
        assert found is not None and found["fact"] == "school-opened"

    def test_one_word_in_common_is_not_the_claim(self) -> None:
        quote = "Beta and Gamma will close the school's canteen for the summer months"
        assert MEANING.claim(quote, ["beta", "gamma"], "the article") is None

    def test_the_writers_view_is_the_claim_of_another_view_only(self) -> None:
        quote = "The naval school is a wise step"
        assert MEANING.claim(quote, [], "the article") is None  # a report: no view's claim
        found = MEANING.claim(quote, [], "the article", kind="assessment")
        assert found is not None and found["fact"] == "school-wise"

    def test_a_partys_plain_statement_of_the_writers_view_makes_its_claim(self) -> None:
        found = MEANING.claim("The naval school is a wise step", [], "Beta")
        assert found is not None and found["fact"] == "school-wise"
        found = MEANING.claim("The naval school is a wise step, officials said", [], "officials")
        assert found is not None and found["fact"] == "school-wise"
        # a welcome of it is no statement of the view; nor a party's other words
        quote = "Beta welcomed the naval school as a wise step"
        assert MEANING.claim(quote, ["beta"], "Beta") is None
        assert MEANING.claim("The naval canteen serves fish", [], "Beta") is None

    def test_a_commentators_view_is_the_claim_of_a_view_or_a_report(self) -> None:
        # an analyst's view (kind "view") may say what the writer's view says
        found = MEANING.claim("The naval school is a wise step", [], "analysts", kind="view")
        assert found is not None and found["fact"] == "school-wise"
        found = MEANING.claim("Piracy in the strait keeps rising", [], "analysts", kind="view")
        assert found is not None and found["fact"] == "threats"

    def test_an_item_is_read_with_its_lead_and_is_what_must_be_said(self) -> None:
        lead = "Beta and Gamma agreed to cooperate in the following areas"
        found = MEANING.claim("salvage", [], "Beta and Gamma", lead=lead)
        assert found is not None and found["fact"] == "area-salvage"
        assert MEANING.claim("pilot training", [], "Beta and Gamma", lead=lead) is None

    def test_an_item_none_of_whose_own_words_are_said_is_not_the_claim(self) -> None:
        # items whose statements say their list's lead: the lead's words alone are the list's
        items = [
            f._replace(statement=f"Beta and Gamma agreed to cooperate closely in {f.quote}.")
            for f in ITEMS
        ]
        facts = [f for f in MEANING_DOC.facts if f.part_of != "areas"]
        doc = MEANING_DOC._replace(facts=[*facts, *(f._replace(part_of="areas") for f in items)])
        finder = ClaimFinder(doc, EntityMatcher(doc.entities).find)
        said = "Beta and Gamma agreed to cooperate closely"
        found = finder.claim(said, ["beta", "gamma"], "Beta and Gamma")
        assert found is not None and found["fact"] == "areas"
        found = finder.claim(f"{said} in salvage", ["beta", "gamma"], "Beta and Gamma")
        assert found is not None and found["fact"] == "area-salvage"

    def test_titles_and_the_reports_frame_are_no_meaning(self) -> None:
        said = "The Raksha Mantri, Shri Ivo, told reporters today, according to a readout issued"
        assert [u[0] for u in MEANING._units(said)] == ["ivo"]  # Ivo: no entity here

    def test_a_reporting_verb_is_read_also_as_its_class(self) -> None:
        def meanings(text: str) -> list[str]:
            return [u[0] for u in MEANING._units(text)]

        assert meanings("They took stock of the drill") == ["discuss", "stock", "drill"]
        assert meanings("They discussed the drill") == ["discuss", "drill"]
        assert meanings("Beta voiced grave concern")[:2] == ["rais", "concern"]

    def test_an_irregular_past_form_is_its_verb(self) -> None:
        assert MEANING._units("grown")[0][0] == MEANING._units("grows")[0][0]
        assert MEANING._units("stood")[0][0] == MEANING._units("stand")[0][0]


class TestOtherWordsForOneClaim:
    def test_an_office_and_whose_it_is_are_no_meaning(self) -> None:
        units = FINDER._units("Beta's Foreign Minister Alpha visited the harbour")
        assert ("@beta",) not in units and ("@alpha",) in units
        assert not any(u[0] in ("foreign", "minist") for u in units)

    def test_who_says_a_claim_is_not_what_it_says(self) -> None:
        backing = fact(
            "beta-backs-gamma",
            "Beta backs Gamma in its fight against piracy",
            "reported",
            ("beta", "gamma"),
            "Beta",
        )
        doc = TWO_DOC._replace(facts=[*TWO_DOC.facts, backing])
        finder = ClaimFinder(doc, EntityMatcher(TWO).find)
        quote = '"Beta will stand with Gamma against the pirates," Ilse Varga said'
        found = finder.claim(quote, ["beta", "gamma", "ilse"], "Ilse Varga")
        assert found is not None and found["fact"] == "beta-backs-gamma"
        parties = finder.parties_of("Ilse Varga", ["ilse"])  # Ilse Varga and her country
        units = unsaid(finder._units(quote), speakers_of(parties, finder._nations(parties)))
        assert ("@ilse",) not in units and ("@beta",) not in units and ("@gamma",) in units

    def test_a_things_names_mean_what_the_thesaurus_says(self) -> None:
        entities = [*TWO, Entity("cyber", "Cybersecurity", "technology area")]
        cyber = fact(
            "cyber-work",
            "Beta and Gamma will work on cybersecurity",
            "agreed",
            ("beta", "gamma", "cyber"),
            "Beta and Gamma",
        )
        doc = TWO_DOC._replace(entities=entities, facts=[*TWO_DOC.facts, cyber])
        finder = ClaimFinder(doc, EntityMatcher(entities).find)
        quote = "Beta and Gamma agreed to set up a cyber defence cell"
        found = finder.claim(quote, ["beta", "gamma"], "Beta and Gamma")
        assert found is not None and found["fact"] == "cyber-work"

    def test_a_sentence_making_two_claims_makes_each(self) -> None:
        met = fact(
            "ministers-met",
            "Ilse Varga met Omar Quist",
            "reported",
            ("ilse", "omar"),
            "the article",
        )
        doc = TWO_DOC._replace(facts=[*TWO_DOC.facts, met])
        finder = ClaimFinder(doc, EntityMatcher(TWO).find)
        quote = (
            "Ilse Varga met Omar Quist in the port city of Lorn, with the two sides "
            "agreeing to run joint coastal patrols"
        )
        found = finder.claim(quote, ["ilse", "omar"], "the article")
        assert found is not None and found["fact"] == "ministers-met"


def test_a_name_in_another_order_and_case_is_the_same_party() -> None:
    assert TWO_FINDER.parties_of("VARGA Ilse and Omar Quist", []) == {"ilse", "omar"}


def test_a_sentence_saying_a_lists_lead_and_one_item_makes_the_items_claim() -> None:
    quote = "Beta and Gamma agreed on cooperation in several areas, salvage above all"
    found = TWO_FINDER.claim(quote, ["beta", "gamma"], "Beta and Gamma")
    assert found is not None and found["fact"] == "area-salvage"
    quote = "Beta and Gamma agreed on cooperation in several areas, mine clearance and salvage"
    found = TWO_FINDER.claim(quote, ["beta", "gamma"], "Beta and Gamma")
    assert found is not None and found["fact"] == "areas"


def test_an_aside_is_not_what_a_sentence_claims() -> None:
    from defcoop_cli.curation.drafting.claims.readings import what_is_claimed

    said = "Beta and Gamma will build sturdy ferries, a pledge that now ends every summit"
    assert what_is_claimed(said) == "Beta and Gamma will build sturdy ferries"
    said = "They reviewed the drills, which have grown in size, and the ferry routes"
    assert what_is_claimed(said) == "They reviewed the drills, and the ferry routes"
    said = "On the Kelp Sea, where pirates have struck twice, they called for calm"
    assert what_is_claimed(said) == "On the Kelp Sea, they called for calm"
    # heldout85's class: a gloss on the object after a comma ("a point of …")
    said = "Beta and Gamma agreed to repair ferries, a point of pride for the dock towns"
    assert what_is_claimed(said) == "Beta and Gamma agreed to repair ferries"
    said = "Beta and Gamma agreed to repair ferries, tugs and barges"  # near: a list stays
    assert what_is_claimed(said) == said
    found = TWO_FINDER.claim(
        "Beta and Gamma agreed to run joint coastal patrols, a plan which sailors on both "
        "coasts have long mocked as a costly show for visiting reporters and cameras",
        ["beta", "gamma"],
        "Beta and Gamma",
    )
    plain = TWO_FINDER.claim(BOTH.quote, ["beta", "gamma"], "Beta and Gamma")
    assert found is not None and plain is not None and found["fact"] == "patrols-agreed"
    assert found["score"] == plain["score"]  # the aside takes nothing from it


def test_an_opening_clause_of_time_says_its_claim_alone() -> None:
    people = ["ilse", "omar"]
    said = "Ilse Varga agreed to run joint coastal patrols with Omar Quist"
    alone = TWO_FINDER.claim(said, people, "Ilse Varga and Omar Quist")
    found = TWO_FINDER.claim(
        f"When {said}, the storm season had barely begun and the northern harbours were "
        "still shut to ferries and fishing boats",
        people,
        "Ilse Varga and Omar Quist",
    )
    assert alone is not None and found is not None and found["fact"] == "patrols-agreed"
    assert found["score"] == alone["score"]  # the main clause takes nothing from it


ORDER = fact(
    "order",
    "Beta and Gamma reaffirmed their commitment to an open and rules-based harbour order",
    "reaffirmed",
    ("beta", "gamma"),
    "Beta and Gamma",
)
ORDER_ITEMS = [
    fact(
        "order-law", "respect for maritime law", "reaffirmed", ("beta", "gamma"), "Beta and Gamma"
    ),
    fact("order-passage", "freedom of passage", "reaffirmed", ("beta", "gamma"), "Beta and Gamma"),
]
ORDER_DOC = TWO_DOC._replace(facts=[ORDER, *(f._replace(part_of="order") for f in ORDER_ITEMS)])
ORDER_FINDER = ClaimFinder(ORDER_DOC, EntityMatcher(TWO).find)


def test_a_sentence_saying_a_lists_lead_whole_makes_the_lists_claim_not_one_items() -> None:
    """A sentence saying more of the lead (but for the item's words) than of the one item
    it touches restates the lead's claim; one saying the item more, the item's."""
    quote = "Beta and Gamma backed an open harbour order based on the rule of law"
    found = ORDER_FINDER.claim(quote, ["beta", "gamma"], "Beta and Gamma")
    assert found is not None and found["fact"] == "order"
    quote = "Beta and Gamma stressed respect for maritime law in the harbour"
    found = ORDER_FINDER.claim(quote, ["beta", "gamma"], "Beta and Gamma")
    assert found is not None and found["fact"] == "order-law"


MET = fact(
    "met", "Ilse Varga met Omar Quist in the port city", "reported", ("ilse", "omar"), "the article"
)
MET_FINDER = ClaimFinder(TWO_DOC._replace(facts=[MET]), EntityMatcher(TWO).find)


def test_a_sentence_naming_one_of_the_people_a_fact_tells_of_makes_not_its_claim() -> None:
    """Who met whom is a meeting's claim: a sentence naming one of the two tells of him."""
    quote = "Ilse Varga met Omar Quist in the port city on Monday"
    found = MET_FINDER.claim(quote, ["ilse", "omar"], "the article")
    assert found is not None and found["fact"] == "met"
    quote = "Ilse Varga was in the port city for her first meeting since taking office"
    assert MET_FINDER.claim(quote, ["ilse"], "the article") is None
    # the two named by a plural title (the drafted fact links both) still make it
    quote = "The two ministers met in the port city on Monday"
    found = MET_FINDER.claim(quote, ["ilse", "omar"], "the article")
    assert found is not None and found["fact"] == "met"


def test_a_sentence_whose_speaker_is_one_of_the_people_tells_of_them_all() -> None:
    """Who says a sentence is not whom it tells of: one of the two telling of the meeting,
    naming no one else, may make its claim."""
    quote = "Ilse Varga later said that she had met Omar Quist in the port city"
    found = MET_FINDER.claim(quote, ["ilse", "omar"], "Ilse Varga")
    assert found is not None and found["fact"] == "met"
    quote = "She said the meeting in the port city had gone well"
    assert MET_FINDER.ranked(quote, [], "Ilse Varga").scored
    assert not MET_FINDER.ranked(quote, ["ilse"], "the article").scored


def test_a_reports_own_background_needs_more_to_make_a_claim(monkeypatch: Any) -> None:
    """A sentence of the report's own background (the context it gives, not news) makes a
    claim only at BACKGROUND more than the threshold."""
    quote = "Gamma opened two ports"
    score = FINDER.ranked(quote, ["gamma"], "the article").scored[0][0]
    monkeypatch.setattr(claims_finder, "CLAIM_THRESHOLD", score - claims_finder.BACKGROUND / 2)
    found = FINDER.claim(quote, ["gamma"], "the article", kind="event")
    assert found is not None and found["fact"] == "ports-opened"
    assert FINDER.claim(quote, ["gamma"], "the article", kind="background") is None


def test_the_same_stance_of_a_class_scores_more() -> None:
    """Of two near claims, the one whose stance the drafted fact takes (both agreed) wins:
    SAME_STANCE more; a "reported" stance is no class and adds nothing."""
    quote = "Alpha agreed to expand the Delta Drill next year"
    agreed = FINDER.ranked(quote, ["alpha"], "Alpha", stance="agreed").scored[0]
    plain = FINDER.ranked(quote, ["alpha"], "Alpha", stance="reported").scored[0]
    assert agreed[1] == plain[1] and FINDER.facts[agreed[1]].id == "drill-grows"
    assert agreed[0] - plain[0] == pytest.approx(claims_finder.SAME_STANCE)


def test_a_facts_parenthesis_is_an_aside_not_what_it_claims() -> None:
    # the drills' participants in parentheses: a sentence naming the drills says the fact
    asides = fact(
        "drills-matter",
        "Beta and Gamma stressed the value of the Kelp Drill (held by their navies each"
        " spring off the Tern Islands) and the Reef Drill (which adds four more navies)",
        "stressed",
        ("beta", "gamma"),
        "Beta and Gamma",
    )
    doc = Doc(sources=[], topics=[], entities=ENTITIES, facts=[asides], curator_notes=[])
    finder = ClaimFinder(doc, EntityMatcher(ENTITIES).find)
    said = "Beta and Gamma stressed the value of the Kelp Drill and the Reef Drill"
    found = finder.claim(said, ["beta", "gamma"], "Beta and Gamma", stance="stressed")
    assert found is not None and found["fact"] == "drills-matter"
    assert found["score"] > 0.9  # 0.82 when the asides weighed as unsaid


def test_a_hope_that_a_party_would_act_makes_the_claim_of_inviting_it() -> None:
    invited = fact(
        "firms-invited",
        "Alpha invited Gamman shipyards to build ferries in Beta",
        "invited",
        ("alpha", "gamma", "beta"),
        "Alpha",
    )
    doc = Doc(sources=[], topics=[], entities=ENTITIES, facts=[invited], curator_notes=[])
    finder = ClaimFinder(doc, EntityMatcher(ENTITIES).find)
    hoped = "Alpha expressed hope that Gamman shipyards would build ferries in Beta"
    found = finder.claim(hoped, ["alpha", "gamma", "beta"], "Alpha")
    assert found is not None and found["fact"] == "firms-invited"
    # a hope for a state of things asks no party to act: the act of hope is not the same
    calm = "Alpha expressed hope for Gamman shipyards building ferries in Beta"
    assert finder.claim(calm, ["alpha", "gamma", "beta"], "Alpha") is None
    # "that" left out: still a hope that a party would act
    hoped = "Alpha hoped Gamman shipyards would build ferries in Beta"
    found = finder.claim(hoped, ["alpha", "gamma", "beta"], "Alpha")
    assert found is not None and found["fact"] == "firms-invited"


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("Beta hoped Gamman yards would build ferries", True),
        ("it was said that Beta hoped the yards of Gamma will open", True),
        ("Beta voiced confidence the crews could sail by May", True),
        ("Beta hoped to build ferries at home", False),
        ("Beta hoped for calm seas over the summer", False),
        ("Beta said it had hope in abundance", False),
    ],
)
def test_a_hope_that_another_would_act_may_leave_out_that(text: str, asks: bool) -> None:
    from defcoop_cli.curation.drafting.claims.cases.acts import hoped_of

    assert hoped_of(text) is asks


class TestAnUnknownSpeakerAndTheArticlesVoice:
    """A name the fact base does not know makes no party's claim, but may tell what the
    article's own voice tells (scored lower: the voice penalty)."""

    def test_an_unknown_speaker_tells_what_the_article_told(self) -> None:
        quote = "Gamma opened two ports to Beta's ships, Kurt Nemo told the committee"
        found = FINDER.claim(quote, ["gamma", "beta"], "Kurt Nemo")
        assert found is not None and found["fact"] == "ports-opened"

    def test_an_unknown_speaker_makes_no_partys_claim(self) -> None:
        # his own act; a party's act he tells ("Beta condemned…, Kurt Nemo said") is
        # that party's claim (claims.cases.told, test_drafting_claims_cases_told.py)
        quote = "Kurt Nemo condemned the harbour attack"
        assert FINDER.claim(quote, [], "Kurt Nemo") is None

    def test_an_unknown_speaker_says_nothing_else_the_article_told(self) -> None:
        quote = "Gamma closed its lakes to anglers for the winter"
        assert FINDER.claim(quote, ["gamma"], "Kurt Nemo") is None
