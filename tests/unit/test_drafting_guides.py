"""Reference and guidance pages that summarise news between instructions to the reader (a research
guide, a course's week page, a style desk's entry; issue 24, dev-s24; their tips and entries:
test_drafting_furniture_apparatus_instructions.py): a document that "has" a person doing
something tells his act (verbs/finding.py); "In her view, …" is the view of the one named before
(attribution.py); a course's code and its title are no names (entities.py). Each rule beside
ordinary news sentences it must leave alone. Texts written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from defcoop_cli.curation.drafting import assembly
from defcoop_cli.curation.drafting.attribution import reading
from defcoop_cli.curation.drafting.entities import EntityMatcher
from defcoop_cli.curation.drafting.speakers import Speakers
from defcoop_cli.factbase.records import Doc, Entity
from defcoop_cli.factbase.vocab import THE_SOURCE

ENTITIES = [
    Entity("alpha", "Alpha", "country"),
    Entity("beta", "Beta", "country"),
    Entity("port-lys", "Port Lys", "place"),
    Entity("ravi-menon", "Ravi Menon", "person"),
    Entity("kenji-ode", "Kenji Ode", "person", ("Ode",)),
]
MATCHER = EntityMatcher(ENTITIES)


def _speakers() -> Speakers:
    return Speakers(MATCHER, frozenset({"ravi-menon", "kenji-ode"}))


def _draft(text: str) -> dict[str, Any]:
    return assembly.draft(text, "s", Doc([], [], ENTITIES, [], []), {}, "s.txt", "0")


def _facts(text: str) -> dict[str, dict[str, Any]]:
    return {f["quote"]: f for f in _draft(text)["facts"]}


class TestADocumentThatHasAPersonDoingIt:
    @pytest.mark.parametrize(
        ("sentence", "stance", "who"),
        [
            (
                "The same release has Ravi Menon briefing his guest on the storm",
                "briefed",
                "Ravi Menon",
            ),
            ("Our report of the talks had Ode condemning the raid", "condemned", "Kenji Ode"),
            ("It also had Ode urging Alphan firms to build ships in Beta", "invited", "Kenji Ode"),
            # the person by a title or an adjective after "the" (heldout50's "It has the RM
            # inviting Japanese shipyards to build …")
            ("The readout has the visiting Ode condemning the raid", "condemned", "Kenji Ode"),
            (
                "It has the Minister Ravi Menon briefing his guest on the storm",
                "briefed",
                "Ravi Menon",
            ),
        ],
    )
    def test_the_act_is_the_persons(self, sentence: str, stance: str, who: str) -> None:
        r = reading(sentence, _speakers())
        assert (r.stance, r.attribution) == (stance, who)

    @pytest.mark.parametrize(
        ("sentence", "stance", "who", "news"),
        [
            (
                "The readout has the visiting Ode condemning the raid",
                "condemned",
                "Kenji Ode",
                "The report has the Alpha navy training in Port Lys",
            ),
            (
                "It has the Minister Ravi Menon briefing his guest on the storm",
                "briefed",
                "Ravi Menon",
                "The release had the visiting Menon arriving on Monday",
            ),
            (
                "The release had the Admiral Ravi Menon urging Alphan firms to build ships in Beta",
                "invited",
                "Ravi Menon",
                "The statement has the Betan officers sailing home",
            ),
            (
                "It also had the visiting Kenji Ode condemning the raid again",
                "condemned",
                "Kenji Ode",
                "The account had the old Port Lys yard closing in May",
            ),
        ],
    )
    def test_the_person_after_the_is_his_and_news_is_left_alone(
        self, sentence: str, stance: str, who: str, news: str
    ) -> None:
        """The person by a title or an adjective after "the" (heldout50's "It has the RM
        inviting Japanese shipyards to build …"); with "the" before a name of no person, no
        act of a person."""
        r = reading(sentence, _speakers())
        assert (r.stance, r.attribution) == (stance, who)
        r = reading(news, _speakers())
        assert (r.stance, r.attribution) == ("reported", THE_SOURCE)

    @pytest.mark.parametrize(
        "sentence",
        [
            "Alpha has Northyard building the new frigates",  # no verb of saying
            "The itinerary has Menon arriving on Monday",
            "The navy has Betan officers training in Port Lys",  # no name before the verb
            "The schedule had Menon landing in Port Lys at noon",
        ],
    )
    def test_news_sentences_are_left_alone(self, sentence: str) -> None:
        r = reading(sentence, _speakers())
        assert (r.stance, r.attribution) == ("reported", THE_SOURCE)

    @pytest.mark.parametrize(
        "sentence",
        [
            "The original plan had Ode signing the pact in Port Lys in March",  # review, r8
            "Few in Port Lys had Menon agreeing to a price cut",
            "Speculation in Beta had Ode conceding on the price",
            "The old timetable had Menon opening the talks alone",
        ],
    )
    def test_a_plan_or_a_guess_that_has_a_person_doing_it_tells_no_act(self, sentence: str) -> None:
        r = reading(sentence, _speakers())
        assert (r.stance, r.attribution) == ("reported", THE_SOURCE)


class TestAViewOfTheOneNamedBefore:
    def test_in_her_view_is_the_commentators(self) -> None:
        facts = _facts(
            "Guide\nProfessor Lena Berg, who teaches naval history, suggests reading both"
            " readouts.\nIn her view, each readout leads with its own news.\n"
        )
        fact = facts["In her view, each readout leads with its own news"]
        assert fact["attribution"] == "Lena Berg"

    def test_a_speaker_who_teaches_gives_a_commentators_view(self) -> None:
        r = reading("The drill matters, said Lena Berg, who teaches naval history", _speakers())
        assert (r.attribution, r.view) == ("Lena Berg", True)

    def test_on_his_reading_is_the_partys(self) -> None:
        facts = _facts(
            "Talks\nRavi Menon spoke to reporters.\nOn his reading, the talks went well.\n"
        )
        assert facts["On his reading, the talks went well"]["attribution"] == "Ravi Menon"

    @pytest.mark.parametrize(
        "said",
        [
            "A retired Alphan admiral said the pact mattered less than drones",  # review, r10
            "A former Betan diplomat told reporters the talks were cordial",
            "One veteran analyst said the drill was overdue",
        ],
    )
    def test_in_his_view_is_the_unnamed_speaker_s_before_it(self, said: str) -> None:
        view = "In his view, Beta is still wary of selling warships"
        facts = _facts(f"Talks\nRavi Menon met Kenji Ode in Port Lys.\n{said}. {view}.\n")
        assert facts[view]["attribution"] == facts[said]["attribution"] != "Kenji Ode"

    def test_in_her_view_after_her_word_on_a_country_s_act_is_hers(self) -> None:
        view = "In her assessment, the statement was a signal to others"
        said = "Dr Lena Berg noted that Beta had condemned the raid"
        facts = _facts(f"Seminar\nRavi Menon met Kenji Ode.\n{said}.\n{view}.\n")
        assert facts[view]["attribution"] == "Lena Berg"

    def test_in_his_view_after_a_group_is_no_one_s(self) -> None:
        view = "In his view, the drill went well"
        facts = _facts(f"Talks\nRavi Menon met Kenji Ode.\nOfficials said it rained. {view}.\n")
        assert facts[view]["attribution"] == THE_SOURCE

    @pytest.mark.parametrize(
        "sentence",
        [
            "In the view of officials, the drill went well",
            "In his first visit to Beta, the talks went well",
            "On his return, the drill went ahead",
            "In their view, the drill went well",
        ],
    )
    def test_news_sentences_are_left_alone(self, sentence: str) -> None:
        facts = _facts(f"Talks\nRavi Menon spoke to reporters.\n{sentence}.\n")
        assert facts[sentence]["attribution"] == THE_SOURCE


class TestACoursesCode:
    def test_a_code_and_its_title_in_brackets_are_no_names(self) -> None:
        draft = _draft(
            "Guide\nDr Lena Berg, who teaches HIST 215 (Navies of the Pacific), said the drill"
            " mattered.\n"
        )
        assert [e["name"] for e in draft["entities"]] == ["Lena Berg"]

    @pytest.mark.parametrize(
        ("sentence", "name"),
        [
            ("The RIMPAC 2024 drill included ships from Alpha.", "RIMPAC"),  # a year
            ("Beta bought the NASAMS air defence system in 2019.", "NASAMS"),
            ("The Northyard 500 (Coastal Lines) sailed to Port Lys.", "Coastal Lines"),
            ("Alpha's navy joined the CORPAT exercise off Port Lys.", "CORPAT"),
            # initials and their words spelt out in the brackets: a programme, not a course
            ("Alpha's MRFA 114 (Multi-Role Fighter Aircraft) tender closes in June.", "MRFA"),
            (
                "Alpha's MRFA 114 (Multi-Role Fighter Aircraft) tender closes.",
                "Multi-Role Fighter Aircraft",
            ),
            ("Beta will buy LUH 187 (Light Utility Helicopters) for its army.", "LUH"),
            (
                "The NUH 111 (Naval Utility Helicopter) order is stalled.",
                "Naval Utility Helicopter",
            ),
        ],
    )
    def test_news_names_are_left_alone(self, sentence: str, name: str) -> None:
        draft = _draft(f"News\n{sentence}\n")
        assert name in [e["name"] for e in draft["entities"]]
