"""Name variants: a known entity under another form of its name is linked, never proposed
anew, and a form two entities could take links neither; a plural title links its pair."""

from __future__ import annotations

import pytest

from defcoop_cli.curation.drafting.assembly import draft
from defcoop_cli.curation.drafting.entities import EntityMatcher
from defcoop_cli.curation.drafting.names import name_variants
from defcoop_cli.curation.drafting.names.common import common_body
from defcoop_cli.curation.drafting.names.portfolio import by_portfolio
from defcoop_cli.curation.drafting.new_entities import capitalised_names
from defcoop_cli.curation.drafting.unnamed.described import Described
from defcoop_cli.curation.drafting.unnamed.plural import plural_pair
from defcoop_cli.curation.drafting.unnamed.unnamed import source_name
from defcoop_cli.factbase.records import Doc, Entity, Role

JAPAN = Entity("japan", "Japan", "country", ("Japanese",), (), ())
ARMY = Entity("japanese-army", "Japanese army", "organisation", (), (), ())
MINISTRY = Entity("mod", "Ministry of Defence", "organisation", (), (), ())
PLAN = Entity("plan", "Harbour Programme", "programme", (), (), ())
DRILL = Entity("drill", "Dharma Guardian", "military exercise", (), (), ())
MINISTER = Entity("minister", "Sato Ken", "person", ("Japanese defence minister",), (), ())


def forms(*entities: Entity) -> dict[str, str]:
    names = [(n, e.id) for e in entities for n in (e.name, *e.aliases)]
    return dict(name_variants(names, entities, {"Japanese"}))


def test_spellings_order_and_the_country_for_its_people() -> None:
    found = forms(JAPAN, ARMY, MINISTRY, PLAN)
    assert {"Defence Ministry", "Defense Ministry", "Ministry of Defense"} <= found.keys()
    assert {"Japan's army", "Japan’s army", "army of Japan"} <= found.keys()
    assert found["Harbor Program"] == "plan"
    assert "Programme of Harbour" not in found  # only an organisation's name is turned round


def test_no_form_of_an_exercise_or_a_persons_office_but_its_spelling() -> None:
    found = forms(JAPAN, DRILL, MINISTER)
    assert "Guardian of Dharma" not in found
    assert "Japan's defence minister" not in found  # "Japan" is linked on its own
    assert found["Japanese defense minister"] == "minister"


def test_a_form_of_two_entities_or_an_entitys_own_name_is_left_out() -> None:
    other = Entity("mod-2", "The Defence Ministry", "organisation", (), (), ())
    found = forms(MINISTRY, other)
    assert "Defence Ministry" not in found and "Ministry of Defense" not in found
    assert "Ministry of Defence" not in found  # mod's own name, not mod-2's variant


def test_a_place_of_two_regions_is_named_by_either_alone() -> None:
    pair = Entity("tessel-orn", "Tessel and Orn", "place", ("T and O", "Tessel & Orn"), (), ())
    found = forms(JAPAN, pair, Entity("orn-bank", "Orn Bank", "organisation", (), (), ()))
    assert found["Orn"] == "tessel-orn" and found["Tessel"] == "tessel-orn"
    assert "T" not in found and "O" not in found  # no initial alone
    body = Entity("bb", "Beck and Brand", "organisation", (), (), ())  # a firm's partners
    assert "Beck" not in forms(body)
    matcher = EntityMatcher([JAPAN, pair])
    assert matcher.ids("Gunmen struck a village in Japanese Orn on Sunday.") == ["tessel-orn"]
    # a part that is a city of its own (the gazetteer's Leh) names the city, not the pair
    # (review 23a, item 12); the other part still names the pair
    city = Entity("leh-orn", "Leh and Orn", "place", (), (), ())
    assert "Leh" not in forms(city) and forms(city)["Orn"] == "leh-orn"
    assert EntityMatcher([JAPAN, city]).ids("Leh was quiet during the visit.") == []


def test_two_seas_sharing_a_plural_name_link_the_one_the_base_holds() -> None:
    """'The East and Orn Seas' names the Orn Sea of the fact base, another form of its name
    (issue 24, the East and South China Seas): linked, and no new entity of both."""
    sea = Entity("orn-sea", "Orn Sea", "place", ("OS",), (), ())
    assert forms(JAPAN, sea)["Orn Seas"] == "orn-sea"
    assert "OSs" not in forms(JAPAN, sea) and "Japans" not in forms(JAPAN, sea)
    text = "Sato Ken voiced concern over coercion in the East and Orn Seas on Monday."
    assert EntityMatcher([JAPAN, sea]).ids(text) == ["orn-sea"]
    doc = Doc([], [], [JAPAN, sea], [], [])
    made = draft(text, "r", doc, {}, "/articles/r.txt", "9.9")
    assert not [e for e in made["entities"] if "Seas" in e["name"] or e["name"] == "East"]
    # a sea of the text's own, not the base's, is still proposed
    other = draft("Sato Ken sailed across the Kell Sea.", "r", doc, {}, "/a/r.txt", "9.9")
    assert "Kell Sea" in [e["name"] for e in other["entities"]]


def test_the_matcher_links_a_variant_in_any_case() -> None:
    matcher = EntityMatcher([JAPAN, ARMY, MINISTRY])
    assert matcher.ids("The defense ministry said the Army of Japan trained.") == [
        "mod",
        "japanese-army",
    ]


class TestDescribed:
    """A title alone ("the press secretary") stands for the one new name the report gave it."""

    def described(self, *lines: str) -> Described:
        d = Described(EntityMatcher([JAPAN, MINISTER]))
        for line in lines:
            d.read(line)
        return d

    def test_a_title_before_a_new_name_names_it(self) -> None:
        d = self.described("Briefer: Press Secretary Lina Ode")
        assert d.who("The press secretary") == d.who("the Press Secretary") == "Lina Ode"
        assert d.who("The spokesperson") is None and d.who("Lina Ode") is None

    def test_a_title_given_to_two_new_names_or_to_a_known_name_names_none(self) -> None:
        two = self.described("Press Secretary Lina Ode met Port Secretary Omar Quist.")
        assert two.who("The secretary") is None
        known = self.described("Defence Minister Sato Ken arrived.")
        assert known.who("The minister") is None

    def test_in_a_draft_the_heads_title_gives_the_speaker(self) -> None:
        from unit.test_drafting_assembly import facts

        found = facts(
            "Briefer: Press Secretary Lina Ode\n"
            "Alpha met Beta in Gamma City on Monday.\n"
            "The press secretary said the talks lasted an hour.\n"
            "She said the next round would be in Alpha."
        )
        said = found["The press secretary said the talks lasted an hour"]
        assert said["attribution"] == "Lina Ode"
        assert found["She said the next round would be in Alpha"]["attribution"] == "Lina Ode"


# Two ministers of the fact base, by an alias and by a role; a person holding no office.
SINGH = Entity("singh", "Arun Singh", "person", ("Indian defence minister",), (), ())
ODA = Entity("oda", "Mei Oda", "person", (), (Role("Japan's Defense Minister", "f"),), ())
SAINT = Entity("saint", "Sant Dev", "person", (), (), ())
PEOPLE = {e.id: e for e in (SINGH, ODA, SAINT)}


def test_a_plural_title_stands_for_the_two_people_named_who_hold_it() -> None:
    """R7: "the two ministers" links the pair named so far that holds the office; a new
    name counts by the title before it, but only the fact base's are linked."""
    text = "Arun Singh met Mei Oda and Sant Dev.\nBoth Defence Ministers spoke."
    named = ["Arun Singh", "Sant Dev", "Mei Oda"]
    for title in ("The two ministers", "Both Defence Ministers", "the leaders"):
        assert plural_pair(f"{title} agreed.", named, PEOPLE, text) == ["singh", "oda"]
    guest = "Arun Singh met Australian Minister for Defence Ann Rye.\n"
    assert plural_pair("The ministers spoke.", ["Arun Singh", "Ann Rye"], PEOPLE, guest) == [
        "singh"
    ]
    for sentence in ("The defence ministers' talks ended.", "Both men spoke.", "Both sides met."):
        assert plural_pair(sentence, named, PEOPLE, text) == []
    assert plural_pair("The two ministers met.", ["Arun Singh"], PEOPLE, text) == []


def test_a_third_holder_links_nobody_and_a_prime_minister_is_no_minister() -> None:
    third = "Arun Singh and Mei Oda met Defence Minister Ann Rye.\n"
    named = ["Arun Singh", "Mei Oda", "Ann Rye"]
    assert plural_pair("The two ministers met.", named, PEOPLE, third) == []
    premier = third.replace("Defence Minister", "Prime Minister")
    assert plural_pair("The two ministers met.", named, PEOPLE, premier) == ["singh", "oda"]
    assert plural_pair("The two leaders met.", named, PEOPLE, premier) == []


def test_the_draft_links_the_pair_a_plural_title_stands_for() -> None:
    doc = Doc(sources=[], topics=[], entities=[SINGH, ODA, SAINT], facts=[], curator_notes=[])
    body = "Arun Singh met Mei Oda in Delhi.\nThe two ministers agreed to meet again.\n"
    made = draft(f"Headline\n{body}", "a", doc, {}, "/articles/a.txt", "9.9")
    fact = next(f for f in made["facts"] if f["quote"].startswith("The two ministers"))
    assert {"singh", "oda"} <= set(fact["entities"])


def test_a_department_named_by_its_portfolio_is_no_name_of_its_own() -> None:
    """R8: a department noun and portfolio words, either way round, perhaps after a people's
    adjective or a country; a force or a body with a name of its own is a name."""
    for name in (
        "Ministry of Defence",
        "Defense Ministry",
        "Japanese Ministry of Defense",
        "Ministry of External Affairs",
        "Defense Agency",
        "Japan Defence Ministry",
        "Ministry of Economy, Trade and Industry",
        "Ministry of Defence of Japan",
        "Department of Home Affairs",
        "MoD",  # by its initials
        "Indian MoD",
        "MEA",
        "Japanese Embassy",  # a mission by its country alone
        "Embassy of Japan in India",
        "Indian High Commission",
    ):
        assert by_portfolio(name.split()), name
    for name in (
        "Ground Self-Defense Force",
        "National Security Council",
        "Logistics Agency",
        "Ministry of Silence",
        "Defence Research Agency",
        "Ministry",
        "Defence",
        "MoD Annex",
        "Embassy",  # a mission named by no country
        "High Commission",
        "Mission Shakti",  # a programme's name
        "Embassy Row",
    ):
        assert not by_portfolio(name.split()), name


def test_a_draft_proposes_no_ministry_but_a_force_and_a_council() -> None:
    text = (
        "Singh met officials of the Japanese Ministry of Defense, the Defence Ministry, "
        "the Ministry of External Affairs, the Defense Agency, the Ground Self-Defense "
        "Force and the National Security Council in Alphaville."
    )
    names = [text[a:b] for a, b in capitalised_names(text, [])]
    assert names == ["Ground Self-Defense Force", "National Security Council", "Alphaville"]


def test_a_lone_capitalised_common_noun_of_bodies_is_no_name() -> None:
    """WordNet's common nouns of bodies alone ("Committee", "Armies") are no name; one it writes
    only with a capital ("Interpol"), a people's force, several words or capitals are."""
    assert all(common_body([w]) for w in ("Committee", "Secretariat", "Armies", "Committee,"))
    for name in ("Interpol", "Indian Navy", "Standing Committee", "MPS", "committee", "Forum"):
        assert not common_body(name.split()), name
    text = "Singh told the Committee, the Secretariat and Interpol in Alphaville: the Armies met."
    names = [text[a:b] for a, b in capitalised_names(text, [])]
    assert names == ["Interpol", "Alphaville"]


def test_an_unnamed_source_is_named_without_its_article() -> None:
    """R9: lower case, no "a", "an" or "one"; a noun left alone is "unnamed"."""
    assert source_name("A senior Indian official") == "senior indian official"
    assert source_name("an official of the foreign ministry") == "official of the foreign ministry"
    assert source_name("one official") == "unnamed official"
    assert source_name("An official") == "unnamed official"
    assert source_name("Another diplomat") == "another diplomat"  # no article: as written
    assert source_name("the spokesperson") == "the spokesperson"  # definite: kept
    assert source_name("Two officials") == "two officials"


def test_a_bare_plural_source_is_unnamed() -> None:
    assert source_name("officials") == "unnamed officials"
    assert source_name("Analysts") == "unnamed analysts"
    assert source_name("police") == "police"  # no plural of persons: as written
    assert source_name("Indian officials") == "indian officials"  # with its words: kept


def test_a_quantifier_goes_and_reports_by_their_medium_are_a_bare_plural() -> None:
    assert source_name("Several observers") == "unnamed observers"
    assert source_name("some press reports of the talks") == "unnamed press reports"
    assert source_name("News reports") == "unnamed news reports"
    assert source_name("many analysts in Kell") == "analysts in kell"  # with its words: kept
    assert source_name("reports from Kell") == "reports from kell"  # whose: kept


def test_a_bodys_initials_modifying_a_kind_after_a_quantifier_are_no_name() -> None:
    """ "outside any UN forum", "no NATO member": a kind, whichever body's; "a CII session",
    one event of the body, and the body by itself keep their name."""
    text = (
        "Alpha acted outside any UN forum and no NATO member objected. "
        "Beta spoke at a CII session and then to the WTO in Alphaville."
    )
    names = [text[a:b] for a, b in capitalised_names(text, [])]
    assert names == ["CII", "WTO", "Alphaville"]  # a sentence's first word is no name


def test_a_bodys_initials_after_a_quantifier_of_the_body_acting_are_a_name() -> None:
    """ "every ZMSF frigate will sail", "any QUOD nation could join": the body spoken of as
    acting, no negative or excluding frame; its initials stay a name."""
    text = "Alpha said every ZMSF frigate will sail and any QUOD nation could join."
    names = [text[a:b] for a, b in capitalised_names(text, [])]
    assert names == ["ZMSF", "QUOD"]


@pytest.mark.parametrize(
    "text, part",
    [
        ("The deal opens a door for the Marine & Harbour Systems Division's bid.", "Harbour"),
        ("Orme Pumps said its Offshore Power Segment would bid.", "Offshore Power Segment"),
        ("A letter went to the Public Outreach Unit on Monday.", "Public Outreach Unit"),
        ("the Coastal & Offshore Business Unit quoted for two pumps.", "Coastal"),
    ],
)
def test_a_bodys_part_named_by_its_work_is_no_name(text: str, part: str) -> None:
    names = [text[a:b] for a, b in capitalised_names(text, [])]
    assert not any(part in name for name in names), names


def test_a_division_with_its_own_name_or_its_body_stays_a_name() -> None:
    # no determiner before it: a sentence opening on its name; a part with its body after it
    text = "Kestrel Division of Lakeland Yards will build the hulls, Orme said."
    names = [text[a:b] for a, b in capitalised_names(text, [])]
    assert any(n.startswith("Kestrel Division") for n in names)
    text = "The ministry thanked Larsen & Toubro for the offer."  # a firm joined by "&"
    assert "Larsen & Toubro" in [text[a:b] for a, b in capitalised_names(text, [])]


@pytest.mark.parametrize(
    "text, word",
    [
        ("Alpha thanked Beta, as it thanked the other Member States for their support.", "Member"),
        ("The States Parties met in Port Lys.", "States Parties"),
        (
            "Dr Ana Ruiz, who heads the Department of Maritime Studies, said Beta had moved.",
            "Department",
        ),
        ("Faculty of Political Science staff joined the panel, Ruiz said.", "Faculty"),
        (
            "The Betan side asked nothing about our Falcon line; every question was on radars.",
            "Falcon",
        ),
    ],
)
def test_a_members_word_a_fields_department_and_a_product_line_are_no_names(
    text: str, word: str
) -> None:
    names = [text[a:b] for a, b in capitalised_names(text, [])]
    assert not any(word in name for name in names), names


def test_a_named_line_a_named_school_and_a_states_own_name_stay_names() -> None:
    text = "The Falcon Line ferry sails to Beta, and the Gulf States Forum met Ruiz."
    names = [text[a:b] for a, b in capitalised_names(text, [])]
    assert "Falcon Line" in names and "Gulf States Forum" in names
    text = "Alpha bought the Falcon line of patrol boats."  # no firm's own word before it
    assert "Falcon" in [text[a:b] for a, b in capitalised_names(text, [])]


def test_a_firms_first_word_alone_is_the_firm_said_short() -> None:
    from defcoop_cli.curation.drafting.names.common import firm_short

    text = "Orme Marine Systems rallied. The drive favours listed suppliers such as Orme."
    assert firm_short("Orme", text) == "Orme Marine Systems"
    # two such firms, or a country before its firm's name: no short form
    assert firm_short("Orme", text + " Orme Heavy Industries fell.") is None
    assert firm_short("Japan", "Japan Marine Systems met Japan's minister.") is None
    assert firm_short("Orme", "Orme said the talks went well.") is None
