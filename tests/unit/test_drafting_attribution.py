"""Kind, stance and attribution: who says what, read from a sentence and the ones before."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from defcoop_cli.curation.drafting.attribution import reading
from defcoop_cli.curation.drafting.entities import EntityMatcher
from defcoop_cli.curation.drafting.speakers import Reading, Speakers
from defcoop_cli.curation.drafting.transcripts import Turn
from defcoop_cli.curation.drafting.turns.voices import in_turn
from defcoop_cli.curation.drafting.unnamed.taken import taken_up
from defcoop_cli.curation.drafting.verbs import verb_spans
from defcoop_cli.curation.drafting.verbs.voices.subjects import continues
from defcoop_cli.factbase.records import Entity, Role
from defcoop_cli.factbase.vocab import STANCES, THE_SOURCE

MATCHER = EntityMatcher(
    [
        Entity("alpha", "Alpha", "country"),
        Entity("beta", "Beta", "country"),
        Entity("gamma-city", "Gamma City", "place"),
        Entity("ravi-menon", "Ravi Menon", "person"),
    ]
)


def speakers() -> Speakers:
    return Speakers(MATCHER, frozenset({"ravi-menon"}))


def said(sentence: str, who: Speakers | None = None) -> tuple[str, str, str]:
    r = reading(sentence, who or speakers())
    return r.kind, r.stance, r.attribution


class TestTheSpeakerAfterTheVerb:
    def test_said_x_after_a_quotation(self) -> None:
        r = reading('"We will train together," said Tomas Verhoeven, an analyst', speakers())
        assert (r.attribution, r.person) == ("Tomas Verhoeven", True)
        assert r.rule == "'said' by Tomas Verhoeven; a commentator's view"  # an analyst

    def test_said_x_after_a_quotation_with_a_verb_of_its_own(self) -> None:
        # heldout63's class: the quotation's own verb read first, its speaker after it
        quoted = '"The drill confirms that the port matters," said Tomas Verhoeven, head of Kell'
        r = reading(quoted, speakers())
        assert (r.attribution, r.person) == ("Tomas Verhoeven", True)
        r = reading('"The drill confirms that the port matters," it went on', speakers())
        assert r.attribution == THE_SOURCE  # no speaker named after it

    def test_a_name_after_a_noun_of_persons_and_before_its_body(self) -> None:
        # issue 24: "Rajya Sabha member X of the Opposition said" was the house's
        sentence = "Reacting to the drill, Kell Council member Lio Brant of the Opposition said"
        r = reading(f"{sentence} the port was slow", speakers())
        assert (r.attribution, r.person) == ("Lio Brant", True)
        r = reading("The chief of the Kell Ports Authority said the port was slow", speakers())
        assert r.attribution == "Kell Ports Authority"  # no name after a noun: the body's

    @pytest.mark.parametrize(
        "subject",
        [
            "The delegation led by member Lio Brant of the Kell Council",
            "A team with Council member Lio Brant of the Opposition",
            "Officials accompanying member Lio Brant from the Kell Council",
        ],
    )
    def test_a_name_after_a_noun_of_persons_hanging_on_a_head_before_it(self, subject: str) -> None:
        # review 21a: the name is in a phrase of the subject's head, not the subject
        r = reading(f"{subject} said the port was slow", speakers())
        assert r.attribution != "Lio Brant"
        # the near subject: the noun of persons heads it, a body's name before it
        near = "Kell House of Councillors member Lio Brant of the Opposition"
        r = reading(f"{near} said the port was slow", speakers())
        assert (r.attribution, r.person) == ("Lio Brant", True)

    def test_a_speaker_after_an_opening_as_crediting_the_words_after(self) -> None:
        quoted = '"Ships will come when the port is ready."'
        sentence = f"As Mr Lio Brant of the Kell Shipbuilders Guild told a forum, {quoted}"
        r = reading(sentence, speakers())
        assert (r.attribution, r.person) == ("Lio Brant", True)
        # the near subject: no "As", the name after a noun of persons still his
        near = f"Guild member Lio Brant of the Kell Council told a forum, {quoted}"
        r = reading(near, speakers())
        assert (r.attribution, r.person) == ("Lio Brant", True)

    def test_said_x_after_a_comma_one_of_the_fact_bases_people(self) -> None:
        r = reading("The drill will grow, said Ravi Menon", speakers())
        assert (r.attribution, r.person) == ("Ravi Menon", True)


class TestAccordingTo:
    @pytest.mark.parametrize(
        ("sentence", "who"),
        [
            ("Five boats left, according to the Tessa Maritime Council", "Tessa Maritime Council"),
            ("Five boats left, according to Ravi Menon", "Ravi Menon"),
            ("Five boats left, according to officials", "unnamed officials"),
            ("Five boats left, according to people who saw them", THE_SOURCE),
            # an unnamed source by its department's portfolio, a participle after it (R6, R9)
            (
                "Five boats left, according to a Foreign Ministry aide flying with the envoy",
                "foreign ministry aide",
            ),
            ("Five boats left, according to an Alpha navy spokesperson", "alpha navy spokesperson"),
        ],
    )
    def test_the_source_is_what_follows(self, sentence: str, who: str) -> None:
        assert said(sentence) == ("position", "reported", who)

    def test_a_nations_unnamed_officials_are_they_not_the_nation(self) -> None:  # R9
        matcher = EntityMatcher([Entity("india", "India", "country", aliases=("Indian",))])
        who = Speakers(matcher, frozenset())
        said_by = said("Five boats left, according to Indian officials", who)
        assert said_by == ("position", "reported", "indian officials")

    @pytest.mark.parametrize(
        ("sentence", "who"),
        [  # an event the source gives is the source's (R6); with none, the article's
            (
                "The envoys met over lunch, according to a Beta embassy official",
                "beta embassy official",
            ),
            ("Ravi Menon visited the dockyard, according to officials", "unnamed officials"),
            ("The envoys met over lunch in Gamma City", THE_SOURCE),
        ],
    )
    def test_an_event_given_by_a_source_is_the_sources(self, sentence: str, who: str) -> None:
        assert said(sentence) == ("event", "reported", who)

    @pytest.mark.parametrize("portfolio", ["defence ", "defense ", "foreign ", ""])
    def test_a_nations_definite_ministry_is_the_source(self, portfolio: str) -> None:  # R9
        sentence = f"According to the Beta {portfolio}ministry, the envoys met over lunch"
        assert said(sentence)[2] == f"the beta {portfolio}ministry"
        # its party's act told through it stays the party's (R6)
        act = f"According to the Beta {portfolio}ministry, Ravi Menon said the drill will grow"
        assert said(act)[2] == "Ravi Menon"

    def test_an_organisation_is_not_a_person(self) -> None:
        r = reading("Boats left, according to the Tessa Maritime Council", speakers())
        assert not r.person


class TestPronouns:
    def test_he_or_she_is_the_person_named_last(self) -> None:
        who = speakers()
        who.mentioned("Rhea Castell", True)
        assert said("She said no decision had been taken", who)[2] == "Rhea Castell"
        # the country in the question is not who answers
        answer = "Asked whether Alpha would host the drill, she said no"
        assert said(answer, who)[2] == "Rhea Castell"

    def test_he_after_a_first_clause_opening_with_a_name_is_that_person(self) -> None:
        # "X listened, and then he said …": the sentence's own subject, not the last named
        who = speakers()
        who.mentioned("Ravi Menon", True)
        who.mentioned("Rhea Castell", True)
        line = "Ravi Menon listened carefully, and then he said Alpha condemned the raid"
        assert said(line, who)[2] == "Ravi Menon"
        near = "The envoy listened carefully, and then he said Alpha condemned the raid"
        assert said(near, who)[2] == "Rhea Castell"  # no name opens it: the last named

    def test_with_nobody_named_before_it_is_the_articles(self) -> None:
        r = reading("He said the navy was ready", speakers())
        assert r.attribution == THE_SOURCE and "nobody named before" in r.rule

    def test_they_are_the_parties_named_before(self) -> None:
        who = speakers()
        who.heard(Reading("commitment", "agreed", "Alpha and Beta", "r"))
        assert said("They stressed the need for calm", who) == (
            "position",
            "stressed",
            "Alpha and Beta",
        )

    def test_it_is_the_body_named_before(self) -> None:
        who = speakers()
        who.heard(Reading("position", "reported", "Omega's defence ministry", "r"))
        assert said("It said five boats had left", who)[2] == "Omega's defence ministry"

    def test_a_clefts_it_is_no_body_named_before(self) -> None:
        # "It was (not) a visit that …": the "it" stands for nothing named before it
        who = speakers()
        who.heard(Reading("position", "reported", "Omega's defence ministry", "r"))
        assert said("It was not a visit that produced an agreement", who)[2] == THE_SOURCE
        assert said("It was a drill that signed off a pact", who)[2] == THE_SOURCE
        near = said("It signed a pact that ended the dispute", who)  # its "it" the ministry
        assert near[2] == "Omega's defence ministry"

    def test_a_passive_without_an_agent_is_the_party_named_before(self) -> None:
        who = speakers()
        who.heard(Reading("commitment", "agreed", "Alpha and Beta", "r"))
        assert said("The plan was discussed at length", who)[2] == "Alpha and Beta"

    def test_a_quotation_going_on_is_the_person_quoted_before(self) -> None:
        who = speakers()
        who.mentioned("Rhea Castell", True)
        assert said('"Now we build ships."', who) == ("position", "reported", "Rhea Castell")

    def test_the_article_speaking_is_no_party(self) -> None:
        who = speakers()
        who.heard(Reading("background", "reported", THE_SOURCE, "r"))
        assert who.last_party is None


class TestBothSides:
    @pytest.mark.parametrize(
        ("sentence", "who"),
        [
            ("Both sides agreed to expand the drill", "both countries"),
            ("The two countries agreed to expand the drill", "both countries"),
            ("Both ministers agreed to expand the drill", "both ministers"),
            ("The leaders agreed to expand the drill", "both ministers"),
            ("Alpha and Beta agreed to expand the drill", "Alpha and Beta"),
            ("Alpha agreed to expand the drill", "Alpha"),
            ("The Beta delegation agreed to expand the drill", "Beta delegation"),
            # an aside in commas, an emphatic "did": the subject is what is left
            ("Both sides did, however, agree to expand the drill", "both countries"),
            ("Both ministers, for their part, agreed to expand the drill", "both ministers"),
            ("The two countries, in turn, agreed to expand the drill", "both countries"),
        ],
    )
    def test_the_parties_of_a_subject(self, sentence: str, who: str) -> None:
        assert said(sentence) == ("commitment", "agreed", who)


class TestWhoBothSidesAre:
    """Plural subjects name the article's own parties, whoever they are."""

    def test_both_sides_are_the_two_countries_the_article_names_most(self) -> None:
        who = speakers()
        who.read("Beta hosted Alpha's envoy. Beta and Alpha spoke. Gamma City saw Beta's fleet.")
        assert said("Both sides reaffirmed their plan", who)[2] == "Beta and Alpha"
        assert said("The two governments agreed to meet", who)[2] == "Beta and Alpha"

    def test_both_sides_are_first_the_countries_of_the_two_people_named(self) -> None:
        matcher = EntityMatcher(
            [
                *(Entity(c, c.capitalize(), "country") for c in ("alpha", "beta", "gamma")),
                Entity("ravi", "Ravi Menon", "person", ("Alpha's sea minister",)),
                Entity("ilse", "Ilse Varga", "person", ("Beta's sea minister",)),
            ]
        )
        who = Speakers(matcher, frozenset({"ravi", "ilse"}))
        who.read("Gamma. Gamma. Gamma. Alpha and Beta met.")
        assert said("Both sides agreed to meet again", who)[2] == "Gamma and Alpha"
        who.mentioned("Ravi Menon", True)
        who.mentioned("Ilse Varga", True)
        assert said("Both sides agreed to meet again", who)[2] == "Alpha and Beta"

    def test_both_ministers_are_the_first_two_people_named(self) -> None:
        who = speakers()
        who.mentioned("Ravi Menon", True)
        who.mentioned("Ilse Varga", True)
        who.mentioned("Tomas Verhoeven", True)
        assert said("The two ministers discussed the drill", who)[2] == "Ravi Menon and Ilse Varga"
        assert said("On ports, the ministers agreed to act", who)[2] == "Ravi Menon and Ilse Varga"

    def test_a_group_of_officials_keeps_its_words(self) -> None:
        sentence = "Officials on both sides described the talks as calm"
        assert said(sentence)[2] == "officials on both sides"

    def test_one_of_a_pair_named_before_is_that_one(self) -> None:
        text = "Kessa and Varo agreed to expand the drill. Varo stressed that ports stay open."
        who = speakers()
        who.read(text)
        first = reading("Kessa and Varo agreed to expand the drill", who)
        who.heard(first)
        assert (first.attribution, first.person) == ("Kessa and Varo", False)
        assert said("Varo stressed that ports stay open", who)[2] == "Varo"

    def test_a_single_speaker_is_that_speaker_not_both(self) -> None:
        who = speakers()
        who.mentioned("Ilse Varga", True)
        who.heard(reading("Ravi Menon thanked Ilse Varga for the ships", who))
        assert who.last_party == "Ravi Menon"
        assert said("He also expressed confidence in the plan", who)[2] == "Ravi Menon"


class TestAThirdPartysVerdict:
    def test_a_teacher_set_off_before_her_name_gives_a_commentators_view(self) -> None:
        # heldout72's class: a school's teacher judging the visit, her noun before her name
        r = reading(
            "Our Social Studies teacher, Mrs Lena Holt, said the visit shows Alpha trusts Beta",
            speakers(),
        )
        assert (r.attribution, r.view) == ("Lena Holt", True)
        r = reading(
            "Our envoy, Mrs Lena Holt, said the visit shows that Alpha trusts Beta", speakers()
        )
        assert (r.attribution, r.view) == ("Lena Holt", False)  # an envoy is a party


class TestTitlesAndClauses:
    def test_a_title_given_to_a_person_stands_for_them_later(self) -> None:
        who = speakers()
        said("The Raksha Mantri, Shri Ravi Menon, and an envoy held talks in Gamma City", who)
        assert said("The Raksha Mantri briefed the envoy on the storm", who)[2] == "Ravi Menon"

    def test_our_before_a_title_given_to_a_person_is_theirs(self) -> None:
        # heldout72's class: a school's or a broadcaster's "Our Raksha Mantri", as "The"
        who = speakers()
        said("The Raksha Mantri, Shri Ravi Menon, and an envoy held talks in Gamma City", who)
        r = reading("Our Raksha Mantri told the visiting envoy about the raid on the port", who)
        assert (r.stance, r.attribution, r.person) == ("briefed", "Ravi Menon", True)
        r = reading("Our correspondent told the visiting envoy about the raid", who)
        assert r.attribution != "Ravi Menon"  # a title nobody was given: not his

    @pytest.mark.parametrize(
        "hearer", ["the visiting minister", "the Velan minister", "his guest", "Tomas Ek"]
    )
    def test_telling_a_counterpart_of_an_event_briefs_him(self, hearer: str) -> None:
        r = reading(f"Ravi Menon told {hearer} about the raid on the port", speakers())
        assert r.stance == "briefed"
        r = reading(f"Ravi Menon told {hearer} that Alpha would send ships", speakers())
        assert r.stance != "briefed"  # what he told is another act: its stance

    def test_a_title_nobody_was_given_names_nobody(self) -> None:
        assert said("The Defence Minister briefed the envoy")[2] == THE_SOURCE

    def test_a_relative_clause_between_speaker_and_verb(self) -> None:
        sentence = '"We trained well," Colonel Ida Marsh, who led the drill, told reporters'
        assert said(sentence)[2] == "Ida Marsh"

    def test_a_ministry_in_common_words_playing_down_speaks_where_it_sits(self) -> None:
        sentence = "The defence ministry in Gamma City played down hopes of a deal"
        assert said(sentence) == ("position", "reported", "the defence ministry")

    def test_a_known_body_after_a_comma_speaks(self) -> None:
        who = Speakers(
            EntityMatcher([Entity("beta-navy", "Beta Navy", "organisation")]), frozenset()
        )
        sentence = "The ships will practise boarding, the Beta Navy said in a statement"
        assert said(sentence, who)[2] == "Beta Navy"


class TestStanceVerbs:
    def test_discussed_is_never_agreed(self) -> None:
        sentence = "The two sides discussed the drill but did not agree on its size"
        assert said(sentence) == ("event", "discussed", "both countries")

    def test_an_event_is_the_articles_own_report(self) -> None:
        assert said("Alpha and Beta met in Gamma City") == ("event", "reported", THE_SOURCE)

    def test_a_concern(self) -> None:
        assert said("Analysts warned of delays") == (
            "concern",
            "raised concern",
            "unnamed analysts",
        )

    def test_without_a_verb_background_or_the_writers_view(self) -> None:
        assert said("The drill began in 2015") == ("background", "reported", THE_SOURCE)
        assert said("In my view, the drill matters") == ("assessment", "reported", THE_SOURCE)

    def test_a_sentence_opening_on_the_writers_thinking_is_their_view_whatever_its_verb(
        self,
    ) -> None:
        view = ("assessment", "reported", THE_SOURCE)
        assert said("We think the drill signals a closer partnership") == view
        assert said("We do not expect a ship deal to be signed before the summit") == view
        # the writer's view of what a party did is the party's act
        assert said("In my view the outcome was that the two envoys agreed to a patrol")[1] == (
            "agreed"
        )
        assert said("We agreed to a patrol every spring")[1] == "agreed"  # no thinking

    def test_a_verb_quoted_is_said_by_the_speaker_outside_the_quotation(self) -> None:
        r = reading('"We agreed to more drills," Ravi Menon said', speakers())
        assert (r.stance, r.attribution) == ("agreed", "Ravi Menon")
        assert r.rule == "'agreed', quoted; 'said' by Ravi Menon"

    def test_a_verb_quoted_with_nobody_named_outside(self) -> None:
        r = reading('"We agreed," a voice said', speakers())
        assert (r.stance, r.attribution) == ("agreed", THE_SOURCE)


class TestNewNames:
    def test_a_titled_name_then_its_surname(self) -> None:
        who = speakers()
        first = reading("Commodore Rhea Castell told reporters that ships would come", who)
        assert (first.attribution, first.person) == ("Rhea Castell", True)
        who.heard(first)
        assert said("Castell said the ships would arrive", who)[2] == "Rhea Castell"

    def test_a_name_between_commas_an_adverb_before_the_verb(self) -> None:
        sentence = "Sigma's envoy, Mara Quist, also condemned the move"
        assert said(sentence) == ("position", "condemned", "Mara Quist")

    def test_someones_body(self) -> None:
        assert said("Omega's defence ministry said boats left")[2] == "Omega's defence ministry"

    def test_one_word_is_a_name_only_if_the_article_capitalises_it_elsewhere(self) -> None:
        assert said("Kastania rejected that account")[2] == THE_SOURCE
        who = speakers()
        who.proper = {"Kastania"}
        r = reading("Kastania rejected that account", who)
        assert (r.attribution, r.person) == ("Kastania", False)

    def test_a_generic_source(self) -> None:
        assert said("Officials said the port was calm")[2] == "unnamed officials"


def test_a_sentence_that_only_goes_on_with_the_one_before() -> None:
    assert continues("This includes patrols and drills")
    assert continues("They also cover ports")
    assert not continues("This drill is new")


WORDS = st.sampled_from(
    [
        "Both",
        "sides",
        "the",
        "two",
        "ministers",
        "said",
        "Raksha",
        "Mantri",
        "Shri",
        "Ravi",
        "Menon",
        ",",
        "who",
        "agreed",
        "Alpha",
        "and",
        "Beta",
        "officials",
        "on",
        '"',
        "they",
        "thanked",
        "Tokyo",
        "in",
        "Defence",
        "Minister",
        "Indo-Alpha",
        "urged",
        "he",
        ".",
    ]
)


@given(st.lists(st.lists(WORDS, min_size=1, max_size=14).map(" ".join), max_size=4))
@example(["Both Both said", '" Both'])
@example(["Mantri Both Both said"])
@example(["he said ministers Both Both"])
def test_any_run_of_sentences_reads_as_one_party_and_a_known_stance(
    sentences: list[str],
) -> None:
    who = speakers()
    who.read(" ".join(sentences))
    for sentence in sentences:
        r = reading(sentence, who)
        who.heard(r)
        assert r.stance in STANCES and r.attribution.strip() and r.rule
        assert not r.attribution.startswith(("Both ", "They "))  # a determiner is no name


class TestChannels:
    def test_according_to_opening_a_sentence_is_its_channel(self) -> None:
        assert said("According to the ministry, Alpha and Beta agreed to share a port") == (
            "commitment",
            "agreed",
            "Alpha and Beta",
        )

    def test_sources_are_a_generic_source(self) -> None:
        assert said("Sources said the drill may move to Gamma City") == (
            "position",
            "reported",
            "unnamed sources",
        )

    def test_a_channels_report_is_the_doers(self) -> None:
        assert said("A ministry statement said Alpha and Beta agreed to share a port") == (
            "commitment",
            "agreed",
            "Alpha and Beta",
        )

    def test_a_persons_report_stays_theirs_with_the_stance_reported(self) -> None:
        assert said("Ravi Menon told reporters that Alpha condemned the attack") == (
            "position",
            "condemned",
            "Ravi Menon",
        )


def test_a_nationality_and_an_office_are_the_person_of_that_country_named_before() -> None:
    matcher = EntityMatcher(
        [
            Entity("alpha", "Alpha", "country", ("Alphan",)),
            Entity("beta", "Beta", "country", ("Betan",)),
            Entity("ode", "Kenji Ode", "person", ("Alphan defence minister",)),
            Entity("ek", "Tomas Ek", "person", ("Betan defence minister",)),
        ]
    )
    who = Speakers(matcher, frozenset({"ode", "ek"}))
    for name in ("Kenji Ode", "Tomas Ek"):
        who.mentioned(name, True)
    r = reading("The Betan minister strongly condemned the attack", who)
    assert (r.stance, r.attribution, r.person) == ("condemned", "Tomas Ek", True)
    assert reading("His Alphan counterpart agreed", who).attribution == "Kenji Ode"
    assert reading("The Betan side agreed", who).attribution == "Beta"  # a side: the country


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("A Betan diplomat praised the drill", "betan diplomat"),
        ("A senior Alphan official described the talks as warm", "senior alphan official"),
        ("A Betan diplomat I spoke to denied that the drill grew", "betan diplomat"),
        ("Betan navy officers praised the drill", "betan navy officers"),
        # a noun that names a person in a later sense and never a group: an informant
        ("A Betan government source praised the drill", "betan government source"),
        ("Betan embassy contacts praised the drill", "betan embassy contacts"),
        # no noun of persons (WordNet's): a side, a company, a ministry are the country's
        ("The Betan side praised the drill", "Beta"),
        ("Betan companies praised the drill", "Beta"),
        ("The Betan ministry praised the drill", "Beta"),
        # no name, the body they speak for instead (before the noun or after it)
        (
            "A spokesperson for the Betan embassy described the talks as warm",
            "spokesperson for the betan embassy",
        ),
        (
            "A defence ministry spokesperson described the talks as warm",
            "defence ministry spokesperson",
        ),
        (
            "An official of the foreign ministry, who asked not to be named, praised the drill",
            "official of the foreign ministry",
        ),
        (
            "A spokesperson for the Betan Navy praised the drill",
            "unnamed spokesperson",
        ),  # an entity
        ("The embassy spokesperson praised the drill", "the article"),  # definite: points back
        ("The drill grew, one official said", "unnamed official"),  # R9: no bare "official"
        ("One senior Betan official praised the drill", "senior betan official"),
        # a department by its initials, a cable's contacts (heldout36)
        ("An MoD contact played down hopes of a deal", "mod contact"),
        ("A Betan MoD contact played down hopes of a deal", "betan mod contact"),
        (
            "Contacts in the Betan Ministry of Defence described the talks as warm",
            "contacts in the betan ministry of defence",
        ),
        ("A spokesperson for the Betan embassy said Alpha had condemned the attack", "Alpha"),
    ],
)
def test_a_peoples_adjective_and_a_noun_of_persons_are_an_unnamed_person(
    sentence: str, who: str
) -> None:
    matcher = EntityMatcher(
        [
            Entity("alpha", "Alpha", "country", ("Alphan",)),
            Entity("beta", "Beta", "country", ("Betan",)),
            Entity("betan-navy", "Betan Navy", "organisation"),
        ]
    )
    assert reading(sentence, Speakers(matcher, frozenset())).attribution == who


def test_an_unnamed_persons_word_of_what_is_to_be_is_theirs_and_of_an_act_the_doers() -> None:
    matcher = EntityMatcher(
        [
            Entity("alpha", "Alpha", "country", ("Alphan", "Alphaville")),
            Entity("beta", "Beta", "country", ("Betan",)),
        ]
    )
    who = Speakers(matcher, frozenset())
    plan = "A Betan government source said Alphaville was also considering sending ships"
    assert reading(plan, who).attribution == "betan government source"
    plan = "Alphan officials said the two sides would hold their next talks in Beta"
    assert reading(plan, who).attribution == "alphan officials"
    done = "A Betan government source said Alphaville had condemned the attack"
    assert reading(done, who).attribution == "Alpha"  # an act done: the doer's, as before


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("The ruling party dismissed the criticism", "the ruling party"),
        (
            "In Kochi, the prefectural chamber of commerce said orders grew",
            "the prefectural chamber of commerce",
        ),
        # no body: a gathering (WordNet's meeting is no organisation), a party's act
        ("The meeting also underlined the value of the drill", THE_SOURCE),
        ("The meeting of the ruling party dismissed the criticism", THE_SOURCE),
    ],
)
def test_a_body_in_common_nouns_is_that_party_in_its_words(sentence: str, who: str) -> None:
    assert reading(sentence, speakers()).attribution == who


def test_a_generic_source_after_the_content_says_it() -> None:
    who = speakers()
    who.mentioned("Ravi Menon", True)
    assert said("Ravi Menon is expected to visit Beta, officials said", who)[2] == (
        "unnamed officials"
    )


def test_the_two_alone_are_the_two_people_named_first() -> None:
    who = speakers()
    for name in ("Ravi Menon", "Kenji Ode"):
        who.mentioned(name, True)
    assert said("The two also reaffirmed their commitment", who)[2] == "Ravi Menon and Kenji Ode"


def _two_ministers() -> Speakers:
    matcher = EntityMatcher(
        [
            Entity("australia", "Australia", "country", ("Australian",)),
            Entity("chile", "Chile", "country", ("Chilean",)),
            Entity("ode", "Kenji Ode", "person", ("Australian defence minister",)),
            Entity("ek", "Tomas Ek", "person", ("Chilean defence minister",)),
        ]
    )
    who = Speakers(matcher, frozenset({"ode", "ek"}))
    who.read("Kenji Ode received Tomas Ek in Canberra on Monday.")
    for name in ("Kenji Ode", "Tomas Ek"):
        who.mentioned(name, True)
    return who


class TestATitleHeldByBoth:
    """A title alone that both people named hold is the piece's principal's, the holder it
    names first; a verb joined by "and" to a first one keeps that one's subject."""

    def test_the_holder_named_first(self) -> None:
        r = reading("The Defence Minister said the patrols would go on", _two_ministers())
        assert r.attribution == "Kenji Ode"

    def test_a_joined_verbs_subject_is_the_first_verbs(self) -> None:
        r = reading(
            "The Defence Minister voiced his sympathy for the crews and firmly denounced the raid",
            _two_ministers(),
        )
        assert (r.stance, r.attribution) == ("condemned", "Kenji Ode")

    def test_a_relative_clause_is_no_first_verb_of_the_subject(self) -> None:
        sentence = "Tomas Ek, who met the crews and thanked them, condemned the raid"
        assert reading(sentence, _two_ministers()).attribution == "Tomas Ek"


class TestPassivesAndGroups:
    def test_a_passive_with_an_agent_is_the_agents(self) -> None:
        r = reading("The drill was reviewed by the two ministers, who praised it", _two_ministers())
        assert (r.stance, r.attribution) == ("discussed", "Kenji Ode and Tomas Ek")

    def test_an_impersonal_passive_is_the_two_people_named_first(self) -> None:
        r = reading("It was agreed that officials would meet in June", _two_ministers())
        assert (r.stance, r.attribution) == ("agreed", "Kenji Ode and Tomas Ek")

    def test_a_trailing_speaker_that_is_both_ministers(self) -> None:
        r = reading(
            "The two navies will train together, the two countries' defence ministers said",
            _two_ministers(),
        )
        assert r.attribution == "Kenji Ode and Tomas Ek"

    def test_the_visiting_minister_is_the_one_not_of_the_host_country(self) -> None:
        who = _two_ministers()  # the first capital named is Canberra: Australia hosts
        assert reading("The visiting Minister denounced the attack", who).attribution == "Tomas Ek"
        assert reading("His guest later thanked the crews", who).attribution == "Tomas Ek"

    def test_a_known_body_whole_before_auxiliaries_and_adverbs(self) -> None:
        matcher = EntityMatcher(
            [Entity("alpha-side", "Alphan delegation", "organisation", ("Alphan side",))]
        )
        r = reading(
            "The Alphan side has consistently condemned piracy", Speakers(matcher, frozenset())
        )
        assert (r.stance, r.attribution) == ("condemned", "Alphan delegation")

    def test_a_generic_source_keeps_its_own_words(self) -> None:
        assert said("Strategic analysts in Gamma City welcomed the outcome")[2] == (
            "strategic analysts in gamma city"
        )
        assert said("Analysts welcomed the outcome")[2] == "unnamed analysts"
        # opening the sentence, capitalised; still a commentator, whatever place it names
        r = reading("Analysts in Gamma City said the ties had deepened", speakers())
        assert r.attribution == "analysts in gamma city" and r.view


class TestQuotedAndApposition:
    def test_quoted_as_saying_is_the_person_quoted(self) -> None:
        who = _two_ministers()
        r = reading("The statement quoted Tomas Ek as saying that trade would grow", who)
        assert r.attribution == "Tomas Ek"
        r = reading("Tomas Ek was quoted by the ministry as saying that trade would grow", who)
        assert r.attribution == "Tomas Ek"

    def test_a_name_after_a_possessive_title_is_the_speaker(self) -> None:
        r = reading(
            "Kenji Ode's Chilean counterpart Tomas Ek said the talks were frank", _two_ministers()
        )
        assert (r.attribution, r.person) == ("Tomas Ek", True)

    def test_a_relative_clause_before_said_keeps_the_subject(self) -> None:
        r = reading(
            "Tomas Ek, who met Kenji Ode on Monday, said Chile would send officers",
            _two_ministers(),
        )
        assert r.attribution == "Tomas Ek"

    def test_a_progressive_is_no_passive(self) -> None:
        r = reading("Australia and Chile are discussing a logistics pact", _two_ministers())
        assert (r.stance, r.attribution) == ("discussed", "Australia and Chile")


class TestPairs:
    def test_a_name_and_a_counterpart_are_both(self) -> None:
        r = reading("Kenji Ode and his Chilean counterpart agreed to train", _two_ministers())
        assert r.attribution == "Kenji Ode and Tomas Ek"

    def test_two_nationalities_and_an_office_are_both_people(self) -> None:
        r = reading("The Chilean and Australian ministers condemned the attack", _two_ministers())
        assert r.attribution == "Tomas Ek and Kenji Ode"

    def test_capitals_as_a_subject_are_their_countries(self) -> None:
        matcher = EntityMatcher(
            [
                Entity("australia", "Australia", "country"),
                Entity("nepal", "Nepal", "country"),
                Entity("canberra", "Canberra", "place"),
            ]
        )
        who = Speakers(matcher, frozenset())  # a place the base knows, and a capital it does not
        assert reading("Canberra and Kathmandu reaffirmed the pact", who).attribution == (
            "Australia and Nepal"
        )
        assert reading("Officials in Canberra reaffirmed the pact", who).attribution != (
            "Australia"
        )

    def test_each_side_and_the_two_defence_chiefs(self) -> None:
        who = _two_ministers()
        assert reading("The two defence chiefs underlined the need", who).attribution == (
            "Kenji Ode and Tomas Ek"
        )
        assert reading("Each side briefed the other", who).attribution == "Australia and Chile"


def test_an_interrupting_phrase_before_said_keeps_the_subject() -> None:
    r = reading(
        "Tomas Ek, speaking through an interpreter, said Australia valued the pact",
        _two_ministers(),
    )
    assert r.attribution == "Tomas Ek"
    r = reading('"We train together," said Tomas Ek, the minister', _two_ministers())
    assert r.attribution == "Tomas Ek"


def _two_ministers_with_a_capital() -> Speakers:
    """Kenji Ode of Australia and Tomas Ek of Chile, who meet; the base knows Canberra."""
    matcher = EntityMatcher(
        [
            Entity("australia", "Australia", "country", ("Australian",)),
            Entity("chile", "Chile", "country", ("Chilean",)),
            Entity("canberra", "Canberra", "place"),
            Entity("ode", "Kenji Ode", "person", ("Australian defence minister",)),
            Entity("ek", "Tomas Ek", "person", ("Chilean defence minister",)),
        ]
    )
    who = Speakers(matcher, frozenset({"ode", "ek"}))
    who.read("Kenji Ode received Tomas Ek in Canberra. Australia and Chile train together.")
    for name in ("Kenji Ode", "Tomas Ek"):
        who.mentioned(name, True)
    return who


class TestAgentlessPassives:
    """Issue 24: a passive without an agent of one of the talks' own acts (discussed,
    agreed, reaffirmed) is the talks' parties'."""

    def test_the_doers_a_that_clause_names_are_not_who_agreed(self) -> None:
        r = reading(  # R19: the agreement is the talks', whoever is to act on it
            "It was agreed that the two countries would build a joint radar",
            _two_ministers_with_a_capital(),
        )
        assert (r.stance, r.attribution) == ("agreed", "Kenji Ode and Tomas Ek")

    def test_officials_who_are_to_act_are_no_party_to_the_talks(self) -> None:
        r = reading(
            "It was agreed that officials of both countries would meet in June",
            _two_ministers_with_a_capital(),
        )
        assert r.attribution == "Kenji Ode and Tomas Ek"

    def test_a_joint_confirmation_of_what_will_be_is_agreed_by_the_two_named_first(self) -> None:
        r = reading(
            "It was also confirmed that the next round would be held in Santiago",
            _two_ministers_with_a_capital(),
        )
        assert (r.stance, r.attribution) == ("agreed", "Kenji Ode and Tomas Ek")

    def test_an_impersonal_agreement_is_the_two_named_first_whoever_is_to_act(self) -> None:
        r = reading(  # R19
            "It was also decided that the two navies would patrol the strait together",
            _two_ministers_with_a_capital(),
        )
        assert (r.stance, r.attribution) == ("agreed", "Kenji Ode and Tomas Ek")

    @pytest.mark.parametrize(
        "sentence",
        [  # R20: what the talks went through, whatever channel tells it
            "The consultations, held behind closed doors, also touched on drought relief",
            "The dialogue centred on port fees, a Chilean diplomat said",
            "A navy spokesperson said the talks also covered mine clearance",
        ],
    )
    def test_what_the_talks_covered_is_the_two_named_first(self, sentence: str) -> None:
        r = reading(sentence, _two_ministers_with_a_capital())
        assert (r.stance, r.attribution) == ("discussed", "Kenji Ode and Tomas Ek")

    def test_a_topic_discussed_is_the_two_named_first_even_after_an_adverb(self) -> None:
        who = _two_ministers_with_a_capital()
        who.heard(Reading("position", "stressed", "Tomas Ek", "r", True))
        r = reading("Piracy near the cape was also discussed, officials from both sides said", who)
        assert (r.stance, r.attribution) == ("discussed", "Kenji Ode and Tomas Ek")

    def test_a_passive_of_another_act_carries_the_party_named_before(self) -> None:
        who = _two_ministers_with_a_capital()
        who.heard(Reading("position", "stressed", "Tomas Ek", "r", True))
        assert reading("The proposal was also welcomed", who).attribution == "Tomas Ek"


class TestAChannelReportsTheDoersAct:
    """Issue 24: a channel (officials, a ministry, a statement) reporting what a named party
    does or means to do reports that party's act."""

    def test_the_doer_before_the_channel(self) -> None:
        r = reading(
            "Chile will send two frigates to the drill, the ministry stated",
            _two_ministers_with_a_capital(),
        )
        assert (r.stance, r.attribution) == ("reported", "Chile")

    def test_a_capital_after_the_channel_is_its_country(self) -> None:
        r = reading(
            "The official said Canberra was keen to host more port calls",
            _two_ministers_with_a_capital(),
        )
        assert r.attribution == "Australia"

    def test_a_person_who_only_undergoes_a_plan_is_no_doer(self) -> None:
        r = reading(
            "Tomas Ek is scheduled to tour a shipyard on Tuesday, officials said",
            _two_ministers_with_a_capital(),
        )
        assert r.attribution == "unnamed officials"

    def test_a_party_only_described_is_no_doer(self) -> None:
        r = reading("Officials said Chile was a trusted partner", _two_ministers_with_a_capital())
        assert r.attribution == "unnamed officials"

    def test_a_titles_holder_in_apposition_speaks_not_the_title(self) -> None:
        r = reading(
            "The Official Spokesperson, Ruth Alves, said that Chile was a partner",
            _two_ministers_with_a_capital(),
        )
        assert (r.attribution, r.person) == ("Ruth Alves", True)

    def test_a_quotation_is_its_speakers_not_a_doers(self) -> None:
        r = reading(
            '"Chile will send two frigates," a spokesperson said', _two_ministers_with_a_capital()
        )
        assert r.attribution == "unnamed spokesperson"

    def test_a_person_speaking_is_no_channel(self) -> None:
        r = reading(
            "Tomas Ek said Australia was a trusted partner", _two_ministers_with_a_capital()
        )
        assert r.attribution == "Tomas Ek"


def test_a_name_in_family_name_first_capitals_is_the_known_person() -> None:
    who = _two_ministers_with_a_capital()
    assert who.known_as("ODE Kenji") == "Kenji Ode"
    assert who.known_as("Ruth ALVES") == "Ruth ALVES"  # nobody the base knows
    fresh = Speakers(who.matcher, who.people)
    fresh.mentioned("ODE Kenji", True)
    fresh.mentioned("Tomas Ek", True)
    assert reading("Both ministers reaffirmed the pact", fresh).attribution == (
        "Kenji Ode and Tomas Ek"
    )


def test_a_body_in_the_possessive_before_an_auxiliary_is_the_body() -> None:
    r = reading("Velan's navy chief has stressed the need for more patrols", speakers())
    assert (r.stance, r.attribution) == ("stressed", "Velan's navy chief")


def test_a_known_person_after_a_possessive_and_a_title_is_that_person() -> None:
    r = reading(
        "Chile's Defence Minister Tomas Ek said the talks went well",
        _two_ministers_with_a_capital(),
    )
    assert (r.attribution, r.person) == ("Tomas Ek", True)


def test_a_body_that_names_a_country_and_a_channel_reports_the_doers_act() -> None:
    r = reading(
        "The Chilean defence ministry said in a statement that the two ministers agreed to train",
        _two_ministers_with_a_capital(),
    )
    assert (r.stance, r.attribution) == ("agreed", "Kenji Ode and Tomas Ek")


def test_a_channel_after_a_phrase_reports_the_doer_that_follows() -> None:
    r = reading(
        "On Monday, the ministry said Chile will send two frigates",
        _two_ministers_with_a_capital(),
    )
    assert r.attribution == "Chile"


class TestViews:
    """The writer's own view and a commentator's: a view, no party's claim."""

    @pytest.mark.parametrize(
        "sentence",
        ["Here I remain unconvinced.", "My own guess is that the drill will shrink."],
    )
    def test_the_writer_in_the_first_person_gives_their_own_view(self, sentence: str) -> None:
        r = reading(sentence, speakers())
        assert (r.kind, r.attribution) == ("assessment", THE_SOURCE)

    def test_a_first_person_inside_a_quotation_is_not_the_writers(self) -> None:
        assert said('"I am hopeful."')[0] != "assessment"

    def test_a_speaker_described_as_a_commentator_gives_a_view(self) -> None:
        quote = '"Beta has come a long way," said Lina Ortiz, who studies Alpha at a think tank.'
        r = reading(quote, speakers())
        assert (r.attribution, r.kind, r.view) == ("Lina Ortiz", "position", True)
        # the relative clause set off after a speaker named first (heldout69's class)
        quote = "Lina Ortiz, who teaches law at Kell, told this blog that the drill grew."
        assert reading(quote, speakers()).view
        quote = "Lina Ortiz, who flew in from Kell, told this blog that the drill grew."
        assert not reading(quote, speakers()).view  # near: no commentator's clause

    def test_a_party_or_a_commentary_word_in_what_is_said_is_no_commentator(self) -> None:
        assert not reading("Ravi Menon, a former professor, said the drill grew.", speakers()).view
        sent = "Alpha will send observers to the drill, the ministry said."
        assert not reading(sent, speakers()).view


def test_the_two_sides_after_an_opening_phrase_naming_others() -> None:
    sentence = "On the strait, where Gamma City ships patrol, the two sides called for restraint"
    assert said(sentence)[2] == "both countries"  # not the article's voice: Gamma City named


def test_a_participle_opening_leaves_the_subject_after_it() -> None:
    who = _two_ministers()
    sentence = "Discussing the strait, the two Ministers expressed concern over the patrols."
    assert said(sentence, who) == ("concern", "raised concern", "Kenji Ode and Tomas Ek")


class TestInATranscriptsTurn:
    """A sentence read in its speaker's turn (the turn is the speakers module's)."""

    ANSWER = Turn(0, "Ravi Menon", True, False)

    def read(self, sentence: str, turn: Turn | None) -> Reading:
        who = speakers()
        who.mentioned("Tomas Ek", True)  # the counterpart, named before
        return in_turn(turn, sentence, reading(sentence, who), who)

    def test_the_first_person_is_the_speaker(self) -> None:
        r = self.read("Today I told Tomas Ek that Alpha condemned the raid", self.ANSWER)
        assert (r.attribution, r.stance, r.person) == ("Ravi Menon", "condemned", True)

    def test_a_sentence_no_one_is_named_saying_is_the_speakers(self) -> None:
        r = self.read("The drill will grow next year", self.ANSWER)
        assert (r.kind, r.attribution) == ("position", "Ravi Menon")

    def test_we_agreeing_is_the_speaker_and_the_counterpart(self) -> None:
        r = self.read("We also agreed to hold the drill every year", self.ANSWER)
        assert (r.stance, r.attribution) == ("agreed", "Ravi Menon and Tomas Ek")
        confirmed = self.read("We confirmed that we would sail together", self.ANSWER)
        assert (confirmed.stance, confirmed.attribution) == ("agreed", "Ravi Menon and Tomas Ek")

    def test_we_stressing_is_the_speaker_and_the_counterpart(self) -> None:
        r = self.read("We also underlined the value of the harbour code", self.ANSWER)
        assert (r.stance, r.attribution) == ("stressed", "Ravi Menon and Tomas Ek")
        own = self.read("I underlined the value of the harbour code", self.ANSWER)
        assert own.attribution == "Ravi Menon"

    def test_what_the_speaker_only_tells_others_did_is_theirs(self) -> None:
        sent = "What I can say is that Tomas Ek agreed to the drill"
        assert self.read(sent, self.ANSWER).attribution == "Tomas Ek"
        who, turn = _two_ministers(), Turn(0, "Kenji Ode", True, False)
        sent = "What I can say is that the two ministers agreed on the drill"
        r = in_turn(turn, sent, reading(sent, who), who)
        assert r.attribution == "Kenji Ode and Tomas Ek"
        # his own country in his words stays his
        assert self.read("I also stated that Alpha stands with Beta", self.ANSWER).attribution == (
            "Ravi Menon"
        )

    def test_someone_else_named_speaking_keeps_their_words(self) -> None:
        r = self.read("In reply, Tomas Ek said Alpha's firms were welcome", self.ANSWER)
        assert r.attribution == "Tomas Ek"

    def test_a_question_asserts_nothing_a_questioners_statement_does(self) -> None:
        """R3, R25: a questioner's asserting sentence is his and asserts (it joins its
        claim); only a question asks."""
        asks = Turn(0, "the reporter", False, True)
        r = self.read("This was your third trip to the strait", asks)
        assert (r.attribution, r.stance, r.asked) == ("the reporter", "reported", False)
        q = self.read("Was this your third trip to the strait?", asks)
        assert (q.attribution, q.asked) == ("the reporter", True)
        q = self.read("Did you agree on the drill?", self.ANSWER)
        assert (q.stance, q.asked) == ("reported", True)

    def test_outside_a_transcript_nothing_changes(self) -> None:
        r = self.read("Alpha condemned the raid", None)
        assert (r.attribution, r.asked) == ("Alpha", False)


class TestAViewTakenUp:
    """A party's view that another shares, echoes or agrees with is both parties'."""

    def read(self, sentence: str, turn: Turn | None = None) -> Reading:
        who = speakers()
        who.mentioned("Tomas Ek", True)
        r = in_turn(turn, sentence, reading(sentence, who), who)
        return taken_up(sentence, r, who)

    @pytest.mark.parametrize(
        ("sentence", "pair"),
        [
            (
                "Ravi Menon raised concern over the patrols, and Minister Tomas Ek shared "
                "that concern",
                "Ravi Menon and Tomas Ek",
            ),
            ("Tomas Ek echoed Ravi Menon's worry about the strait", "Tomas Ek and Ravi Menon"),
            ("Beta agreed with Alpha on the need for more drills", "Beta and Alpha"),
        ],
    )
    def test_the_sentence_is_both_parties(self, sentence: str, pair: str) -> None:
        assert self.read(sentence).attribution == pair

    def test_in_a_turn_the_first_person_and_the_one_who_shares(self) -> None:
        turn = Turn(0, "Ravi Menon", True, False)
        r = self.read("I raised our worry over the raids, and Tomas Ek shared it", turn)
        assert (r.attribution, r.person) == ("Ravi Menon and Tomas Ek", False)

    @pytest.mark.parametrize(
        "sentence",
        [
            "Ravi Menon raised concern over the patrols, and Tomas Ek shared the stage",
            "Alpha shared Beta's grief over the raid",  # grief: no view taken up
            "Ravi Menon raised concern over the patrols",
            "The article's writer shared that concern",  # nobody's view to take up
        ],
    )
    def test_nothing_else_is_taken_up(self, sentence: str) -> None:
        assert " and " not in self.read(sentence).attribution


DOERS = EntityMatcher(
    [
        Entity("alpha", "Alpha", "country"),
        Entity("beta", "Beta", "country"),
        Entity("ravi-menon", "Ravi Menon", "person"),
        Entity("kenji-ono", "Kenji Ono", "person"),
        Entity("beta-delegation", "Beta delegation", "organization", ("Beta side",)),
    ]
)


class TestASecondDoerInAJoinedClause:
    """A clause joined by ", and" that names another party of the fact base doing an act of
    its own makes the sentence both parties'; a clause whose subject is no party, a pronoun,
    a generic source or a new name leaves it the first doer's."""

    def read(self, sentence: str) -> str:
        who = Speakers(DOERS, frozenset({"ravi-menon", "kenji-ono"}))
        for name in ("Ravi Menon", "Kenji Ono"):
            who.mentioned(name, True)
        return taken_up(sentence, reading(sentence, who), who).attribution

    @pytest.mark.parametrize(
        ("sentence", "pair"),
        [
            (
                "Menon briefed his guest on the raid, and Ono conveyed Beta's sympathy.",
                "Ravi Menon and Kenji Ono",
            ),
            (
                "The Beta side condemned the raid, and Menon warned of more attacks.",
                "Beta delegation and Ravi Menon",
            ),
            (
                "Menon urged Beta's shipyards to build in Alpha, and Ono said Beta would "
                "study the offer.",
                "Ravi Menon and Kenji Ono",
            ),
            (
                "Beta condemned the raid, and Minister Ono conveyed his sympathy.",
                "Beta and Kenji Ono",
            ),
            (
                "Ono flagged the need for a hotline, a point Menon acknowledged.",
                "Kenji Ono and Ravi Menon",
            ),
        ],
    )
    def test_both_doers(self, sentence: str, pair: str) -> None:
        assert self.read(sentence) == pair

    def test_the_second_act_the_pair_s_by_a_plural_title(self) -> None:
        sentence = (
            "Menon urged Beta's yards to build in Alpha, and the two Ministers agreed to study it."
        )
        assert self.read(sentence) == "Ravi Menon and Kenji Ono"
        # the near case: a courtesy of the two in reply leaves it the first doer's
        near = (
            "Menon urged Beta's yards to build in Alpha, and the two Ministers thanked the hosts."
        )
        assert self.read(near) == "Ravi Menon"

    def test_the_claim_stays_the_first_doers(self) -> None:
        who = Speakers(DOERS, frozenset({"ravi-menon", "kenji-ono"}))
        sentence = "Menon briefed his guest on the raid, and Ono conveyed Beta's sympathy."
        r = taken_up(sentence, reading(sentence, who), who)
        assert (r.said_as, r.stance) == ("Ravi Menon", "briefed")

    @pytest.mark.parametrize(
        ("sentence", "one"),
        [
            # a wire story: the second clause's subject is the talks, no party
            (
                "Menon briefed his guest on the raid, and the talks then turned to the sea.",
                "Ravi Menon",
            ),
            # a readout: a pronoun carries the same doer
            ("Ono conveyed Beta's sympathy, and he stressed the need for calm.", "Kenji Ono"),
            # a paper's copy: a generic source reports, it does no act of a party
            ("Menon welcomed the visit, and officials said the talks ran long.", "Ravi Menon"),
            # a new name, no party of the fact base
            ("Ono praised the drills, and Sara Lind wrote that they had grown.", "Kenji Ono"),
            # a possessive: the doer's staff, not the doer
            ("Menon briefed Ono on the raid, and Ono's aides noted the details.", "Ravi Menon"),
            # a courtesy in reply, no act of the talks (a readout's closing line)
            ("Ono invited Menon to visit Beta, and Menon expressed his appreciation.", "Kenji Ono"),
            ("The Beta side condemned the raid, and Menon thanked his visitor.", "Beta delegation"),
            # a quotation's words are its speaker's
            ('Ono condemned the raid, and "Menon stressed calm," an aide said.', "Kenji Ono"),
        ],
    )
    def test_one_doer(self, sentence: str, one: str) -> None:
        assert self.read(sentence) == one

    @pytest.mark.parametrize(
        ("sentence", "one"),
        [
            # a rebuttal answers the first act, it does not join it (issue 24, draft-c 5)
            (
                "Menon welcomed Beta's offer of sonar, and Ono later denied that any offer "
                "had been made.",
                "Ravi Menon",
            ),
            ("Alpha proposed joint work on drones, and Beta rejected the proposal.", "Alpha"),
            ("Menon said Beta should share more designs, a point Ono disputed.", "Ravi Menon"),
            ("Menon urged a joint patrol, and Ono dismissed the idea.", "Ravi Menon"),
        ],
    )
    def test_a_rebuttal_leaves_the_first_doer(self, sentence: str, one: str) -> None:
        assert self.read(sentence) == one


class TestTitlesAndUnnamedChannels:
    """A title of a country standing for the person it was given to, an abbreviation, "the
    two" after a group, and an impersonal "It was informed that …"."""

    def test_a_title_of_a_country_given_before_is_that_person(self) -> None:
        who = _two_ministers()
        reading("The Defence Minister of Chile, Mr. Tomas Ek, met Kenji Ode.", who)
        r = reading("The Defence Minister of Chile condemned the raid", who)
        assert (r.stance, r.attribution, r.person) == ("condemned", "Tomas Ek", True)

    def test_a_title_of_something_of_a_country_after_the_name_is_that_person(self) -> None:
        # a record's "Mr. X, Minister of Defense of Japan, …": two "of"s in apposition
        who = _two_ministers()
        who.heard(reading("Kenji Ode welcomed Mr. Tomas Ek, Minister of Defense of Chile.", who))
        r = reading("The Minister of Defense of Chile condemned the raid", who)
        assert (r.stance, r.attribution, r.person) == ("condemned", "Tomas Ek", True)
        # and "He" in the sentence after it is the one who condemned, not the host
        who.heard(r)
        assert reading("He stated that Chile stands with Australia", who).attribution == (
            "Tomas Ek"
        )

    @pytest.mark.parametrize(
        ("sentence", "who"),
        [  # ordinary news: a body's initials (read as without them, R9's definite source),
            # a bracket that is no initials, a name's
            (
                "The Ministry of Defence (MoD) said the drill would go ahead",
                "the ministry of defence",
            ),
            ("The Defence Minister (pictured) condemned the raid", THE_SOURCE),
            ("Tomas Ek (left) condemned the raid", "Tomas Ek"),
            ("Officials (two of them) said the ferry would sail", "unnamed officials"),
        ],
    )
    def test_brackets_that_are_no_titles_initials_change_nothing(
        self, sentence: str, who: str
    ) -> None:
        assert reading(sentence, _two_ministers()).attribution == who

    def test_an_abbreviation_given_before_a_name_is_that_person(self) -> None:
        who = _two_ministers()
        reading("AM Kenji Ode held talks with Tomas Ek in Canberra.", who)  # no verb of its own
        r = reading("The AM apprised his guest about the storm", who)
        assert (r.stance, r.attribution) == ("briefed", "Kenji Ode")

    def test_the_two_with_no_noun_are_the_two_people_even_after_a_group(self) -> None:
        who = _two_ministers()
        who.heard(reading("Both sides reaffirmed their ties", who))
        assert reading("The two also agreed to sail together", who).attribution == (
            "Kenji Ode and Tomas Ek"
        )
        assert reading("They also agreed to sail together", who).attribution == (
            "Australia and Chile"
        )

    def test_an_impersonal_passive_of_telling_reports_the_clause_it_tells(self) -> None:
        r = reading(
            "It was informed that both sides also exchanged views on the reef", _two_ministers()
        )
        assert (r.stance, r.attribution) == ("discussed", "Australia and Chile")
        r = reading("It was learnt that Tomas Ek condemned the raid", _two_ministers())
        assert (r.stance, r.attribution) == ("condemned", "Tomas Ek")
        # the talks' own act stays the talks' parties'
        r = reading("It was agreed that officials would meet in June", _two_ministers())
        assert r.attribution == "Kenji Ode and Tomas Ek"

    def test_the_two_after_an_opening_phrase_are_the_two_people(self) -> None:
        who = _two_ministers()
        who.heard(reading("Both sides reaffirmed their ties", who))
        r = reading("On the reef, the two voiced concern about the dredging", who)
        assert (r.stance, r.attribution) == ("raised concern", "Kenji Ode and Tomas Ek")

    def test_a_channel_reporting_a_groups_act_is_the_groups(self) -> None:
        r = reading("Officials in Perth said the two sides would keep in touch", _two_ministers())
        assert r.attribution == "Australia and Chile"
        r = reading("Sources say the ministers discussed the reef at length", _two_ministers())
        assert (r.stance, r.attribution) == ("discussed", "Kenji Ode and Tomas Ek")
        # what a channel reports of no group stays the channel's
        assert reading("Officials said the ferry would sail", _two_ministers()).attribution == (
            "unnamed officials"
        )

    def test_a_title_alone_is_the_person_just_spoken_of_who_holds_it(self) -> None:
        matcher = EntityMatcher(
            [
                Entity(
                    "ode", "Kenji Ode", "person", roles=(Role("Ostra’s Defence Minister", "a"),)
                ),
                Entity("ek", "Tomas Ek", "person", roles=(Role("Velan Defense Minister", "b"),)),
                Entity("rao", "Meera Rao", "person"),
            ]
        )
        who = Speakers(matcher, frozenset({"ode", "ek", "rao"}))
        who.heard(reading("Defence Minister Tomas Ek hosted Kenji Ode on Monday", who))
        who.heard(reading("Kenji Ode gave Tomas Ek a full account of the raid", who))
        r = reading("The defence minister also invited Velan firms to invest", who)
        assert (r.attribution, r.person) == ("Kenji Ode", True)  # not Ek, given the title
        # the person spoken of before holds no such title: the one it was given to
        who.heard(reading("Meera Rao told reporters the drill went well", who))
        assert reading("The Defence Minister also invited Velan firms", who).attribution == (
            "Tomas Ek"
        )


class TestANarratorsTurnAndAChannelsView:
    def test_a_narrators_turn_is_read_as_the_article(self) -> None:
        who = speakers()
        r = reading("Alpha condemned the raid", who)
        assert in_turn(Turn(0, "", False, False), "Alpha condemned the raid", r, who) == r

    def test_a_channel_giving_its_own_view_keeps_it(self) -> None:
        # the passive carries no doer: the officials' view is theirs, not the last party's
        who = speakers()
        who.heard(reading("Alpha condemned the raid", who))  # a party named before
        sentence = "Officials on both sides say the test is whether a pact is signed this year"
        assert said(sentence, who)[2] == "officials on both sides"


class TestDocumentsAndQuotations:
    @pytest.mark.parametrize(
        ("sentence", "who"),
        [
            # a document's maker speaks through it
            ("According to a statement from Alpha's defence ministry, the drill ended.", "Alpha"),
            ("The drill ended, according to the joint readout issued by Beta.", "Beta"),
            ("The drill ended, according to a note from people who saw it.", THE_SOURCE),
            # no doer in the clause after the channel: the channel's
            ("According to Beta, the harbour talks took place in calm weather.", "Beta"),
        ],
    )
    def test_according_to_a_document(self, sentence: str, who: str) -> None:
        assert said(sentence)[2] == who

    def test_any_verb_after_a_quotation_has_its_speaker_after_it(self) -> None:
        r = reading('"Alpha and Beta trust each other now," explained Dr. Ines Varga', speakers())
        assert (r.attribution, r.stance, r.person) == ("Ines Varga", "highlighted", True)

    @pytest.mark.parametrize("told", ["Harbour Post", "Dara Quill", "the Harbour Post desk"])
    def test_a_channel_telling_someone_reports_the_doer(self, told: str) -> None:
        sentence = f"An official told {told} that Ravi Menon walked his guest through the raid."
        assert said(sentence) == ("event", "briefed", "Ravi Menon")


def test_a_minister_of_a_portfolio_alone_is_the_person_just_spoken_of_who_holds_it() -> None:
    # "Minister of Defence", a title and what it is of (speakers.title_run), read in any case
    ode = Entity("ode", "Kenji Ode", "person", roles=(Role("Ostra’s Minister of Defence", "a"),))
    who = Speakers(
        EntityMatcher([ode, Entity("ek", "Tomas Ek", "person")]), frozenset({"ode", "ek"})
    )
    who.heard(reading("Kenji Ode gave Tomas Ek a full account of the raid", who))
    for subject in ("The Minister of Defence", "The minister of defence"):
        r = reading(f"{subject} also invited Velan firms to invest", who)
        assert (r.attribution, r.person) == ("Kenji Ode", True), subject


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        ("No agreement was signed on Monday, one official said.", "reported"),
        ("Alpha and Beta have not yet agreed on the exercise.", "reported"),
        ("Neither side condemned the strike.", "reported"),
        ("The ministry said Alpha had not yet agreed to the drill.", "reported"),  # a channel's
        ("A statement said Alpha and Beta did not agree on the drill.", "reported"),
        ("Alpha and Beta not only agreed on the exercise but set its date.", "agreed"),
        ("Alpha and Beta agreed on the exercise.", "agreed"),
        # a denial in the verb's own clause, after a colon or in what is said
        ("The summit's yield was thin: no treaty was signed.", "reported"),
        ("Ravi Menon told reporters that neither navy had agreed to the drill.", "reported"),
    ],
)
def test_an_act_denied_is_reported(sentence: str, stance: str) -> None:
    """A negation before the verb, or a subject that names none, denies the act."""
    assert said(sentence)[1] == stance


class TestTitlesAloneAndCommentators:
    def test_a_title_the_fact_base_gives_one_person_named_is_theirs(self) -> None:
        ode = Entity("ode", "Kenji Ode", "person", roles=(Role("Ostra’s Defence Envoy", "a"),))
        ek = Entity("ek", "Tomas Ek", "person", roles=(Role("Velan Defence Minister", "b"),))
        who = Speakers(EntityMatcher([ode, ek]), frozenset({"ode", "ek"}))
        who.heard(reading("Meera Rao told reporters the drill went well", who))
        # not named yet: nobody's
        assert reading("Defence Envoy briefed Velan", who).attribution != "Kenji Ode"
        who.mentioned("Kenji Ode", True)
        r = reading("Defence Envoy briefed Velan on the raid", who)
        assert (r.attribution, r.person) == ("Kenji Ode", True)

    def test_raksha_mantri_alone_is_indias_defence_minister(self) -> None:
        singh = Entity("singh", "Arun Singh", "person", ("Indian defence minister",))
        other = Entity("ek", "Tomas Ek", "person", ("Velan defence minister",))
        who = Speakers(EntityMatcher([singh, other]), frozenset({"singh", "ek"}))
        r = reading("Raksha Mantri briefed the Velan side on the raid", who)
        assert (r.stance, r.attribution, r.person) == ("briefed", "Arun Singh", True)
        r = reading("RM briefed the Velan side on the raid", who)  # its initials (R2)
        assert (r.stance, r.attribution, r.person) == ("briefed", "Arun Singh", True)
        # a title both hold is neither's
        assert reading("Defence Minister briefed the press", who).attribution == THE_SOURCE

    @pytest.mark.parametrize(
        "sentence",
        [  # a record's title with its initials in brackets after it, as it defines them
            "Raksha Mantri (RM) welcomed the Velan side to the capital",
            "Raksha Mantri (RM) has welcomed the Velan side to the capital",
        ],
    )
    def test_raksha_mantri_with_its_initials_in_brackets_is_his(self, sentence: str) -> None:
        singh = Entity("singh", "Arun Singh", "person", ("Indian defence minister",))
        other = Entity("ek", "Tomas Ek", "person", ("Velan defence minister",))
        who = Speakers(EntityMatcher([singh, other]), frozenset({"singh", "ek"}))
        r = reading(sentence, who)
        assert (r.stance, r.attribution, r.person) == ("reported", "Arun Singh", True)

    @pytest.mark.parametrize(
        ("sentence", "who"),
        [
            (
                "Critics in the strategic community argue that the pact is thin",
                "critics in the strategic community",
            ),
            (
                "Analysts in the capital see the visit as a signal of trust",
                "analysts in the capital",
            ),
            ("Analysts saw the drill, the first in years, as a boost for ties", "unnamed analysts"),
            ("Tracker analysts assess the meeting as a steady step", "tracker analysts"),
            ("Harbour analysts regard the patrol as a test of trust", "harbour analysts"),
        ],
    )
    def test_commentators_judging_in_their_own_words(self, sentence: str, who: str) -> None:
        who_read = speakers()
        who_read.read("The Harbour Tracker keeps a record of every patrol in the strait.")
        r = reading(sentence, who_read)  # a proper word before the group names no one
        assert (r.stance, r.attribution) == ("reported", who)
        assert r.view or "argue" in sentence  # seeing something as something: a view


class TestBothPartiesToActThroughAChannel:
    @pytest.mark.parametrize(
        "sentence",
        [
            "Officials said the two countries would expand cooperation in space",
            "According to the spokesperson, the two sides will study joint projects",
        ],
    )
    def test_both_parties_act_to_come_is_agreed(self, sentence: str) -> None:
        r = reading(sentence, _two_ministers())
        assert (r.stance, r.attribution) == ("agreed", "Australia and Chile")

    @pytest.mark.parametrize(
        ("sentence", "stance", "who"),
        [
            # one party's act to come: what the channel reports
            ("Officials said Chile would send observers", "reported", None),
            # no act: "would be"
            ("Officials said the two countries would be in touch", "reported", None),
            # an unnamed person's word on what is to be stays theirs
            ("An Australian official said the two sides would meet again", "reported", None),
        ],
    )
    def test_no_joint_act_to_come_stays_reported(
        self, sentence: str, stance: str, who: str | None
    ) -> None:
        r = reading(sentence, _two_ministers())
        assert r.stance == stance and (who is None or r.attribution == who)


def test_one_sides_channel_on_both_parties_act_to_come_stays_reported() -> None:
    r = reading("Chilean officials said the two sides would meet in June", _two_ministers())
    assert r.stance == "reported"


def test_it_said_with_a_named_doer_is_the_doers() -> None:
    who = _two_ministers()
    who.heard(reading("Chile condemned the raid", who))  # "it": the last body named
    r = reading("It said Kenji Ode and Tomas Ek discussed the port", who)
    assert (r.stance, r.attribution) == ("discussed", "Kenji Ode and Tomas Ek")


def test_an_unnamed_persons_word_on_how_close_both_are_stays_theirs() -> None:
    sentence = "A senior Chilean official said the two countries were close to a deal"
    assert reading(sentence, _two_ministers()).attribution == "senior chilean official"


def test_a_department_by_its_portfolio_as_a_definite_subject_is_a_definite_source() -> None:
    r = reading(
        "The Ministry of Defence informed the committee that the talks ran late", speakers()
    )
    assert (r.stance, r.attribution) == ("reported", "the ministry of defence")


@pytest.mark.parametrize(
    ("sentence", "who"),
    [  # a plural unnamed source with its own restrictive clause keeps its words (R9)
        (
            "Fishermen who work the strait say the patrols have thinned",
            "fishermen who work the strait",
        ),
        (
            "Several engineers who built the radar told reporters it was late",
            "several engineers who built the radar",
        ),
        ("Pilots I spoke to said the patrols have thinned", "pilots i spoke to"),
        ("Officials said the patrols have thinned", "unnamed officials"),  # a bare plural
    ],
)
def test_a_qualified_plural_source_in_its_words(sentence: str, who: str) -> None:
    assert reading(sentence, speakers()).attribution == who


def test_a_definite_noun_points_back_to_the_unnamed_source_before() -> None:
    who = speakers()
    who.heard(Reading("position", "reported", "betan coast guard spokesperson", "r", False))
    r = reading("The spokesperson characterised the drill as routine", who)
    assert r.attribution == "betan coast guard spokesperson"
    r = reading("The official characterised the drill as routine", who)  # another noun
    assert r.attribution != "betan coast guard spokesperson"


def test_a_denied_joint_act_with_no_source_is_the_articles() -> None:
    r = reading("The talks were short on substance: no accord was reached.", _two_ministers())
    assert (r.stance, r.attribution) == ("reported", THE_SOURCE)


def test_a_denial_a_speaker_tells_is_the_speakers_word() -> None:
    r = reading("Ravi Menon said no accord was reached in Gamma City.", speakers())
    assert (r.stance, r.attribution) == ("reported", "Ravi Menon")


def test_a_denied_joint_act_is_the_source_after_it() -> None:
    r = reading("No agreement was signed on Monday, one official said.", _two_ministers())
    assert (r.stance, r.attribution) == ("reported", "unnamed official")
    # an act done: the parties' (the talks' act, agentless)
    r = reading("An agreement was signed on Monday, one official said.", _two_ministers())
    assert r.stance == "agreed"


def test_a_denied_passive_s_next_clause_gives_its_sayer() -> None:
    r = reading("No accord was signed, and officials played down a deal.", _two_ministers())
    assert (r.stance, r.attribution) == ("reported", "unnamed officials")
    r = reading("No accord was signed, and the talks ended early.", _two_ministers())
    assert r.attribution == THE_SOURCE
    # a party's own act in the next clause is no sayer of the denial: the article's
    r = reading("No accord was signed, and Kenji Ode welcomed the visit.", _two_ministers())
    assert (r.stance, r.attribution) == ("reported", THE_SOURCE)
    r = reading("No accord was signed, and Kenji Ode said talks would go on.", _two_ministers())
    assert r.attribution == "Kenji Ode"


def test_a_passive_denied_with_a_verb_of_telling_is_no_partys_act() -> None:
    who = _two_ministers()
    who.heard(reading("Kenji Ode invited Chilean firms to invest.", who))  # named before
    r = reading("No contract or order was announced.", who)
    assert (r.stance, r.attribution) == ("reported", THE_SOURCE)


def test_a_party_s_act_told_by_someone_no_party_is_the_doers() -> None:
    who = _two_ministers()
    who.heard(reading("Kenji Ode met Tomas Ek.", who))
    who.heard(reading("The Chairman, Ruth Alves, said the yard hoped to bid.", who))
    r = reading("She added that Kenji Ode had also stressed the need for more drills.", who)
    assert (r.stance, r.attribution) == ("stressed", "Kenji Ode")
    # what she tells with no party's stance stays hers
    r = reading("Ruth Alves said that Chile still avoids naming the rival.", who)
    assert r.attribution == "Ruth Alves"


class TestHedges:
    """ "X was reported (is understood, is said) to have …": X's act, no passive's."""

    def test_the_hedged_subject_does_the_act(self) -> None:
        who = speakers()
        who.mentioned("Ravi Menon", True)
        r = reading("Menon was reported to have voiced concern over the buoys", who)
        assert (r.stance, r.attribution) == ("raised concern", "Ravi Menon")
        r = reading("Menon is said to have briefed Alpha on the raid", who)
        assert (r.stance, r.attribution) == ("briefed", "Ravi Menon")

    def test_the_duo_is_the_two_people_named_first(self) -> None:
        who = speakers()
        who.mentioned("Ravi Menon", True)
        who.mentioned("Tomas Ek", True)
        r = reading("The duo discussed the buoys", who)
        assert r.attribution == "Ravi Menon and Tomas Ek"


class TestPer:
    """ "per" a source is "according to" it; "per cent" is no source."""

    def test_per_a_source_names_it(self) -> None:
        r = reading("The talks ran for an hour, per an Alpha official", speakers())
        assert r.attribution == "alpha official"
        assert reading("The budget rose 5 per cent", speakers()).attribution == THE_SOURCE

    def test_a_source_opening_the_sentence_leaves_its_clauses_to_their_subject(self) -> None:
        text = "Per the readout, both sides discussed ports and agreed to meet again"
        assert [text[a:b] for a, b in verb_spans(text)] == ["discussed", "agreed"]


def test_a_wish_to_act_is_its_subjects_position() -> None:
    who = speakers()
    who.mentioned("Ravi Menon", True)
    r = reading("Menon was keen to expand exchanges between the academies", who)
    assert (r.kind, r.stance, r.attribution) == ("position", "reported", "Ravi Menon")
    assert reading("The weather was keen to turn", who).attribution == THE_SOURCE


@pytest.mark.parametrize(
    "tail", [", an aide said", ", according to an official travelling with him"]
)
def test_a_wish_told_by_a_channel_after_it_is_the_wishers(tail: str) -> None:
    who = speakers()
    who.mentioned("Ravi Menon", True)
    r = reading(f"He was keen to see joint work on drones move faster{tail}", who)
    assert (r.stance, r.attribution) == ("reported", "Ravi Menon")


def test_a_wish_with_a_stance_verb_of_its_own_keeps_the_verb() -> None:
    who = speakers()
    who.mentioned("Ravi Menon", True)
    r = reading("Menon was keen to see Beta firms invest and invited them to Gamma City", who)
    assert (r.stance, r.attribution) == ("invited", "Ravi Menon")


class TestACountrysActToldByItsOwnPerson:
    """ "Alpha condemned the attack, he said": Alpha's person speaks for it (dev-s9, dev-s10)."""

    @staticmethod
    def _speakers() -> Speakers:
        menon = Entity("ravi-menon", "Ravi Menon", "person", roles=(Role("Alpha's minister", "a"),))
        lee = Entity("kim-lee", "Kim Lee", "person", roles=(Role("Beta's minister", "a"),))
        matcher = EntityMatcher([*MATCHER.entities.values(), menon, lee])
        return Speakers(matcher, frozenset({"ravi-menon", "kim-lee"}))

    @pytest.mark.parametrize(
        "sentence",
        [
            "Alpha strongly condemns the attack, stands with Beta, says Menon",
            "Alpha condemned the attack, Ravi Menon said.",
        ],
    )
    def test_its_own_person_after_the_act(self, sentence: str) -> None:
        assert said(sentence, self._speakers()) == ("position", "condemned", "Ravi Menon")

    def test_he_said_after_the_act_is_the_person_before(self) -> None:
        who = self._speakers()
        who.read("Ravi Menon replied through an interpreter.")
        who.heard(reading("Ravi Menon replied through an interpreter.", who))
        r = reading("Alpha firmly condemned the attack, he said, and would stand by Beta.", who)
        assert r.attribution == "Ravi Menon"

    @pytest.mark.parametrize(
        "sentence",
        [
            "Alpha condemned the attack, Kim Lee said.",  # another country's person: Alpha's act
            "Alpha condemned the attack, the ministry said.",  # a channel
        ],
    )
    def test_another_speaker_leaves_the_act_the_countrys(self, sentence: str) -> None:
        assert said(sentence, self._speakers())[2] == "Alpha"


@pytest.mark.parametrize("firm", ["Velan Marine Works", "Lys Heavy Industries", "Ek Systems Ltd"])
def test_a_firm_named_first_is_no_minister_of_the_two(firm: str) -> None:
    """A firm's name is a body's ("Works", "Industries", "Ltd": name_words.tsv's body
    words): "the ministers" are the two people named after it, not the firm and one of them."""
    from defcoop_cli.curation.drafting import assembly
    from defcoop_cli.factbase.records import Doc

    people = [
        Entity("ravi-menon", "Ravi Menon", "person"),
        Entity("kenji-ode", "Kenji Ode", "person"),
    ]
    text = (
        f"{firm} welcomed the talks between Ravi Menon and Kenji Ode in Gamma City.\n"
        "The ministers also agreed to build two patrol boats.\n"
    )
    made = assembly.draft(text, "s", Doc([], [], people, [], []), {}, "s.txt", "0")
    said = {f["quote"]: f["attribution"] for f in made["facts"]}
    assert said["The ministers also agreed to build two patrol boats"] == "Ravi Menon and Kenji Ode"


# A readers' editor's column (issue 24, dev-s33): what the paper's own report printed,
# quoted, is the column's word, reported; a newsroom asked to do its work is invited to
# nothing; readers who "wrote to say that no pact had been signed" deny the act. Beside
# each, ordinary news copy the rule must leave alone.
OWN_REPORTS = [
    'Our front-page story told readers that Alpha and Beta had "signed a pact".',
    'Our report of Monday said the two sides had "agreed" to a joint drill.',
    'Our caption said Ravi Menon had "welcomed" the drill in Beta.',
    'This newspaper\'s report said Alpha had "condemned" the vote.',
]
CHANNELLED = [
    "Our report on Monday said Alpha and Beta had agreed to a joint drill.",
    'The ministry\'s report said Alpha and Beta had "agreed in principle" to a joint drill.',
    '"Our report to parliament says the drill will grow," Ravi Menon said.',
    'Alpha\'s report said Ravi Menon "condemned" the attack.',
]


def _column(sentence: str) -> Speakers:
    """The readers of a readers' editor's column holding the sentence."""
    who = speakers()
    who.read(f"FROM THE READERS' EDITOR\n\n{sentence}\n")
    return who


@pytest.mark.parametrize(("own", "news"), list(zip(OWN_REPORTS, CHANNELLED, strict=True)))
def test_the_papers_own_report_quoted_is_its_word_and_a_channel_is_not(own: str, news: str) -> None:
    assert said(own, _column(own))[1:] == ("reported", THE_SOURCE)
    assert said(news, _column(news))[2] != THE_SOURCE


# The same form in a wire's or a paper's news copy, no text correcting the paper (review14a
# item 8): its report quoted tells the parties' act or the speaker's word, as before.
WIRES_OWN_REPORTS = [
    'Our story from Gamma City said the two sides "agreed to build" patrol boats.',
    'Our report on Monday quoted Ravi Menon as saying Alpha and Beta "will train together".',
    'Our dispatch from the port said Alpha and Beta had "agreed" to a joint drill.',
]


@pytest.mark.parametrize("news", WIRES_OWN_REPORTS)
def test_a_papers_report_quoted_outside_a_corrections_text_is_no_word_of_its_own(
    news: str,
) -> None:
    who = speakers()
    who.read(f"GAMMA CITY, May 6 (Kestrel Wire) - The talks went well.\n{news}\n")
    assert said(news, who)[2] != THE_SOURCE
    assert said(news, _column(news))[2] == THE_SOURCE


NEWSROOM_ASKED = [
    "I have asked the night desk to check every title against a current source.",
    "The editor asked our reporters to verify the figures.",
    "We have asked our correspondents to name their sources.",
    "The paper asked its sub-editors to read every caption twice.",
]
PARTIES_ASKED = [
    "Ravi Menon asked Alpha's firms to build ships in Beta.",
    "Ravi Menon asked the Beta side to consider co-production.",
    "Alpha asked Beta's companies to join the supply chain.",
    "Ravi Menon asked investors from Beta to put money into the yards.",
]


@pytest.mark.parametrize(("desk", "party"), list(zip(NEWSROOM_ASKED, PARTIES_ASKED, strict=True)))
def test_a_newsroom_asked_is_no_party_invited(desk: str, party: str) -> None:
    assert said(desk)[1] == "reported"
    assert said(party)[1] == "invited"


DENIED_IN_WRITING = [
    "Several readers wrote to say that no pact had been signed.",
    "Two retired officers wrote to say that no deal had been signed in Gamma City.",
    "A reader in Gamma City wrote in to say that no pact was signed at the talks.",
]
DONE_IN_WRITING = [
    "Officials wrote to say that the two sides had signed a pact.",
    "Ravi Menon wrote to say that Alpha had condemned the attack.",
    "Officials said they had been told the two sides agreed to a joint drill.",
]


@pytest.mark.parametrize(
    ("denied", "done"), list(zip(DENIED_IN_WRITING, DONE_IN_WRITING, strict=True))
)
def test_an_act_denied_past_two_verbs_of_saying_is_reported(denied: str, done: str) -> None:
    assert said(denied)[1] == "reported"
    assert said(done)[1] != "reported"


# A member's or a columnist's feeling at what they see, opening the sentence, is their own
# view (dev-s33: "Good to see space on the list at last."); one told by someone else stays
# theirs.
FEELINGS = [
    "Good to see space on the list at last.",
    "Nice to read that the drill will grow next year.",
    "Sad to see the talks end without a pact.",
    "Encouraging to see both navies at sea together.",
]
FEELINGS_TOLD = [
    "Nice to see the two navies training together, a Ravi Menon aide told reporters.",
    '"Good to see you again," Ravi Menon told Alpha\'s envoy as the talks opened.',
    "Officials said it was good to see progress on the drill.",
    "Glad to host his counterpart, Ravi Menon said the talks would go well.",
]


@pytest.mark.parametrize(("own", "told"), list(zip(FEELINGS, FEELINGS_TOLD, strict=True)))
def test_a_feeling_at_what_the_writer_sees_is_their_view(own: str, told: str) -> None:
    assert said(own) == ("assessment", "reported", THE_SOURCE)
    assert said(told)[2] != THE_SOURCE


# A denied act, then the parties' own act after a semicolon (heldout50's readers' editor:
# "No agreement was signed; the two sides agreed to explore …"): the sentence's act is theirs;
# after ", and" (as before) and with no party after the semicolon, the article's.
SEMICOLON_ACTS = [
    "No pact was signed; Alpha and Beta agreed to study a joint drill.",
    "No deal was signed; the two sides agreed to keep talking.",
]
NO_ACT_AFTER = [
    "No pact was signed, and Alpha and Beta agreed to study a joint drill.",
    "No pact was signed; the meeting ended early.",
]


@pytest.mark.parametrize(("act", "none"), list(zip(SEMICOLON_ACTS, NO_ACT_AFTER, strict=True)))
def test_the_parties_act_after_a_denial_and_a_semicolon_is_theirs(act: str, none: str) -> None:
    assert said(act)[1] == "agreed" and said(act)[2] != THE_SOURCE
    assert said(none)[1:] == ("reported", THE_SOURCE)


@pytest.mark.parametrize(
    "sentence",
    [
        "Alpha and Beta will hold their next dialogue in Gamma City, a ministry spokesman said",
        "Beta and Alpha would sail together again in May, an official said",
        "Officials said Alpha and Beta were close to a deal on the buoys",
    ],
)
def test_two_parties_opening_a_channels_clause_are_no_one_partys_act(sentence: str) -> None:
    who = said(sentence)[2]
    assert who not in ("Alpha", "Beta")  # the channel's word (R4), never the first named's


# A feeling at what one sees told by someone after it, by any verb of saying or "according
# to" (review14a item 9): no view of the writer's.
FEELINGS_SAID_AFTER = [
    "Encouraging to see progress on the patrol boats, according to an official.",
    "Odd to see no word of the drill in the Betan readout, one envoy remarked.",
    "Good to see the two navies at sea together, tweeted a former Alphan admiral.",
]


@pytest.mark.parametrize("told", FEELINGS_SAID_AFTER)
def test_a_feeling_told_by_a_sayer_after_it_is_no_writers_view(told: str) -> None:
    assert said(told)[0] != "assessment"


def test_a_feeling_told_according_to_someone_is_theirs() -> None:
    assert said(FEELINGS_SAID_AFTER[0])[2] != THE_SOURCE
