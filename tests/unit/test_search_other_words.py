"""Words the fact base holds under other words, and things it holds nowhere (issue 25): a
noun of working together beside the parties naming the meeting (lookup/search/leads.py's
TIES: "collaboration", clipped "collab"), an abbreviation and a place's other name in the
thesaurus ("ToT", "West Philippine Sea"), a body's noun held by a guess after a word the
match misses ("working group": reading/refusing/asked.py), and whom a thing is for, held
nowhere, after a thing held by a related word alone ("funding for startups":
reading/refusing/heads.py), a yes-no question's verb of effect ("does it affect …":
reading/held.py), and an alternative of an OR the base lacks (lookup/either.py). Each
beside a near query keeping its answer or its refusal, on the shipped fact base. The
queries are invented for the tests."""

from __future__ import annotations

import pytest

from defcoop_cli.errors import UsageError
from defcoop_cli.lookup.search.memory import SearchIndex
from defcoop_cli.lookup.search.text import parse_query
from defcoop_cli.lookup.service import SearchRequest, search


def found(index: SearchIndex, query: str) -> list[str]:
    try:
        parsed = parse_query([query])
    except UsageError:
        return []
    return list(search(index, parsed, SearchRequest((query,))).shown_ids)


@pytest.mark.parametrize(
    ("query", "fact"),
    [
        ("india japan cyber collab defence", "emerging-tech-cooperation"),
        ("india japan cybersecurity collaboration defence", "emerging-tech-cooperation"),
    ],
)
def test_collaboration_beside_the_parties_names_their_ties_as_cooperation_does(
    index: SearchIndex, query: str, fact: str
) -> None:
    shown = found(index, query)
    assert shown[:1] == ["tech-cybersecurity"] and fact in shown[:3]


def test_the_parties_collaboration_alone_keeps_its_answer(index: SearchIndex) -> None:
    assert found(index, "india japan collaboration")[:1] == ["meeting-aim-new-avenues"]


@pytest.mark.parametrize("query", ["ToT india japan", "transfer of technology"])
def test_tot_and_its_spelled_out_form_find_the_know_how_exchange(
    index: SearchIndex, query: str
) -> None:
    assert found(index, query)[:1] == ["industry-know-how-exchange"]


def test_another_name_of_a_held_sea_finds_the_sea(index: SearchIndex) -> None:
    shown = found(index, "West Philippine Sea disputes")
    assert "south-china-sea-instability-discussed" in shown[:2]


def test_the_name_of_another_sea_and_the_navy_of_its_coast_stay_refused(
    index: SearchIndex,
) -> None:
    assert found(index, "philippine sea japan") == []
    assert found(index, "philippine navy") == []


@pytest.mark.parametrize(
    "query",
    [
        "quad emerging technology working group",  # a full match by wider words
        "cyber working group of the quad",
    ],
)
def test_a_working_group_held_by_a_guess_alone_finds_nothing(
    index: SearchIndex, query: str
) -> None:
    assert found(index, query) == []


def test_a_group_after_a_word_the_match_holds_keeps_its_answer(index: SearchIndex) -> None:
    assert found(index, "india japan emerging tech group")[:1] == ["emerging-tech-cooperation"]
    assert found(index, "defence department japan")[:1] == ["cooperation-intensified"]


@pytest.mark.parametrize(
    "query",
    [
        "india japan defence funding for startups",
        "india japan defence tie-up for veterans funding",
    ],
)
def test_whom_a_thing_held_by_a_related_word_is_for_held_nowhere_finds_nothing(
    index: SearchIndex, query: str
) -> None:
    assert found(index, query) == []


def test_whom_a_thing_held_by_its_own_word_is_for_keeps_its_answer(index: SearchIndex) -> None:
    assert found(index, "india japan cooperation for relief missions")[:1] == [
        "wider-disaster-response"
    ]
    assert found(index, "funding for indian industry") == ["japanese-industry-invited"]


@pytest.mark.parametrize("query", ["india japan industrial cooperation", "industrial cooperation"])
def test_industrial_cooperation_finds_the_co_development_facts(
    index: SearchIndex, query: str
) -> None:
    assert "industry-co-development" in found(index, query)[:3]


def test_industry_without_cooperation_keeps_its_reading(index: SearchIndex) -> None:
    assert found(index, "industrial policy japan") == []
    assert found(index, "japanese industry")[:1] == ["japanese-industry-invited"]


@pytest.mark.parametrize(
    ("query", "fact"),
    [
        ("did the talks impact maritime security", "common-challenge-maritime-security"),
        ("does it affect stability", "framework-regional-stability"),
    ],
)
def test_a_yes_no_questions_verb_of_effect_is_no_word_to_look_for(
    index: SearchIndex, query: str, fact: str
) -> None:
    assert fact in found(index, query)[:3]


def test_a_verb_of_effect_told_not_asked_keeps_its_reading(index: SearchIndex) -> None:
    assert found(index, "the attack affected ties") == []


# The sixty-fifth set's classes (s51-search60): an abbreviation its thesaurus entry spells
# out, held by another of the entry's words; two abbreviations joined by a slash; "between"
# before the two named. The queries are invented for the tests.


def test_an_abbreviation_its_entry_spells_out_is_held_by_the_entrys_words(
    index: SearchIndex,
) -> None:
    assert found(index, "ToT to india")[:1] == ["industry-know-how-exchange"]


def test_an_abbreviation_held_only_by_another_form_of_an_entry_word_stays_refused(
    index: SearchIndex,
) -> None:
    assert found(index, "MRO from japan") == []  # "service" is no form of servicing's MRO


def test_two_abbreviations_joined_by_a_slash_are_either(index: SearchIndex) -> None:
    from defcoop_cli.lookup.search.reading.notation.syntax import slashed_either

    assert slashed_either("AI/DL work") == "AI OR DL work"
    assert slashed_either("india and/or japan b/w them") == "india and/or japan b/w them"
    shown = found(index, "AI/DL partnership in defence with india and japan")
    assert "tech-artificial-intelligence" in shown[:2]


def test_an_alternative_the_base_lacks_leaves_the_one_it_holds_to_answer(
    index: SearchIndex,
) -> None:
    # "CSAR": a body the base does not know, refused alone; "HADR" is held
    assert found(index, "HADR/CSAR drills") == found(index, "HADR drills") != []


def test_alternatives_the_base_all_lack_stay_refused(index: SearchIndex) -> None:
    assert found(index, "CSAR/SAR drills") == []


def test_between_the_two_named_is_asked_only_of_a_fact_holding_it(index: SearchIndex) -> None:
    from defcoop_cli.lookup.search.text import between_named

    said = ("space", "link", "between", "india", "japan")
    assert between_named("space link between india and japan", said) == (
        frozenset(["between"]),
        frozenset(["space"]),
    )
    assert between_named("a gap between the two", ("gap", "between")) == (frozenset(),) * 2
    assert "tech-space" in found(index, "space cooperation in defence between india and japan")[:3]


@pytest.mark.parametrize(
    "query",
    ["robotics cooperation between india and japan", "space work between tokyo and delhi"],
)
def test_a_thing_asked_between_the_two_named_is_held_by_each_result(
    index: SearchIndex, query: str
) -> None:
    # "between" left out, the thing before it is still asked: not every fact of the parties
    shown = found(index, query)
    assert shown and len(shown) <= 3 and "tech-cybersecurity" not in shown


def test_a_drill_between_the_two_named_keeps_the_facts_holding_between(
    index: SearchIndex,
) -> None:
    shown = found(index, "which naval drill between india and japan was named")
    assert {"exercise-dharma-guardian-participants", "exercise-malabar-participants"} <= set(
        shown[:3]
    )


def test_a_word_of_tenure_before_a_word_for_an_office_asks_the_office(
    index: SearchIndex,
) -> None:
    assert found(index, "rajnath singh current post")[:1] == ["rajnath-singh-office"]


def test_a_current_position_on_a_matter_is_a_view_not_the_office(index: SearchIndex) -> None:
    assert "rajnath-singh-office" not in found(index, "rajnath singh current position on china")


@pytest.mark.parametrize(
    ("query", "office"),
    [
        ("nakatani current office address", False),  # the office's address: held nowhere
        ("singh current role in the meeting", False),  # what he did in it
        ("singh current role", True),
        ("nakatani current designation", True),
        ("singh current political post", True),  # a kind of office between them
        ("nakatani current ministerial role", True),
        ("nakatani current public office address", False),  # still the office's address
        ("singh current public remarks", False),  # no office after the kind
    ],
)
def test_tenure_before_an_office_asks_the_office_unless_another_thing_follows(
    index: SearchIndex, query: str, office: bool
) -> None:
    from defcoop_cli.lookup.search.reading.held import read_tenure

    assert read_tenure(index, parse_query([query])).identity is office


@pytest.mark.parametrize(
    "query", ["which month were the talks held", "what day were the talks held"]
)
def test_a_date_asked_by_its_part_asks_when(index: SearchIndex, query: str) -> None:
    assert found(index, query)[:1] == ["meeting-held"]


@pytest.mark.parametrize(
    "query", ["what month year were the talks held", "which day and month talks held"]
)
def test_a_date_asked_by_several_parts_asks_when(index: SearchIndex, query: str) -> None:
    assert found(index, query)[:1] == ["meeting-held"]


@pytest.mark.parametrize(
    "query", ["month and year of the talks", "which talks held this year and month"]
)
def test_date_parts_not_after_which_are_no_question_of_when(index: SearchIndex, query: str) -> None:
    from defcoop_cli.lookup.search.reading.typed.frames import read_when

    assert "when" not in read_when(index, parse_query([query])).questions


def test_a_date_part_asked_of_a_dated_event_keeps_its_date(index: SearchIndex) -> None:
    assert found(index, "which year was the attack in pahalgam")[:1] == ["pahalgam-attack-date"]


@pytest.mark.parametrize(
    "query", ["which year did nakatani graduate", "what day was singh knighted"]
)
def test_a_date_part_asked_of_an_act_no_fact_holds_is_not_the_meetings_date(
    index: SearchIndex, query: str
) -> None:
    # another event of the person named: the meeting's date does not answer it
    assert "meeting-held" not in found(index, query)


def test_a_date_part_asked_of_the_meeting_by_its_verb_keeps_when(index: SearchIndex) -> None:
    assert found(index, "which day did the two ministers meet")[:1] == ["meeting-held"]


@pytest.mark.parametrize("query", ["joint R&D with japan", "any joint R&D agreed"])
def test_an_ampersand_abbreviation_finds_what_its_entry_spells_out(
    index: SearchIndex, query: str
) -> None:
    assert found(index, query)[:1] == ["industry-co-development"]


def test_research_alone_is_no_joint_development(index: SearchIndex) -> None:
    assert found(index, "research") == []  # the entry lists its phrases, not the word


@pytest.mark.parametrize(
    "query",
    ["hypersonic missile cooperation india japan", "quantum sensing partnership with japan"],
)
def test_a_field_the_base_never_names_before_cooperation_finds_nothing(
    index: SearchIndex, query: str
) -> None:
    assert found(index, query) == []  # missile, sensing: a weapon's, a technology's relation


def test_a_field_the_base_names_before_cooperation_keeps_its_answer(index: SearchIndex) -> None:
    assert "tech-artificial-intelligence" in found(index, "AI computing cooperation india japan")
    assert "tech-space" in found(index, "space technology cooperation india japan")


def test_a_missed_act_after_a_noun_held_nowhere_finds_nothing(index: SearchIndex) -> None:
    # whose debate: a body the base never names; the agreement's words alone are no answer
    assert found(index, "parliament debate on Japan India defense equipment agreement") == []


def test_a_missed_act_after_a_word_the_base_holds_keeps_its_answer(index: SearchIndex) -> None:
    shown = found(index, "ministerial discussion on india japan cyber cooperation")
    assert "tech-cybersecurity" in shown[:3]


def test_an_abbreviation_beside_its_full_form_is_a_name_given_twice() -> None:
    from defcoop_cli.lookup.search.reading.absence import spelled_beside

    def nowhere(word: str) -> bool:
        return False

    assert spelled_beside("Japan ODA official development assistance", nowhere) == (
        "official development assistance"
    )
    assert spelled_beside("civil space programme (CSP) for india", nowhere) == (
        "civil space programme"
    )
    assert spelled_beside("ODA to india", nowhere) == ""  # no full form beside it
    assert spelled_beside("HADR humanitarian aid disaster relief", nowhere) == ""  # thesaurus


def test_an_abbreviation_beside_its_full_form_the_thesaurus_holds_keeps_its_answer(
    index: SearchIndex,
) -> None:
    assert found(index, "FOIP free open indo pacific")[:1] == ["indo-pacific-commitment"]
    assert found(index, "Japan ODA official development assistance to india") == []


def test_a_thing_asked_as_a_shared_goal_finds_the_facts_holding_the_thing(
    index: SearchIndex,
) -> None:
    shown = found(index, "regional stability as their common aim")
    assert shown[:1] == ["framework-regional-stability"]


def test_a_shared_goal_asked_alone_keeps_its_words(index: SearchIndex) -> None:
    assert found(index, "what is the shared goal")[:1] == ["meeting-aim-review"]


@pytest.mark.parametrize(
    "query",
    [
        "Lobby deliberation on Japan India defense equipment agreement",
        "Court ruling on Japan India defence equipment agreement",
    ],
)
def test_a_bodys_act_missed_after_its_name_held_nowhere_has_no_closest_matches(
    index: SearchIndex, query: str
) -> None:
    """The closest matches miss the head (the act asked) after a noun or a verb's form held
    nowhere (whose act), and hold the rest by related words alone: the field, not the act
    (partial._passes, heads.whose_field), as the ranking already refused it."""
    assert found(index, query) == []


def test_the_agreements_field_without_a_bodys_act_keeps_its_closest_matches(
    index: SearchIndex,
) -> None:
    assert found(index, "Japan India defense equipment agreement")[:1] == [
        "tech-autonomous-weapons"
    ]


def test_a_goal_asked_after_only_the_parties_and_a_verb_keeps_its_words(
    index: SearchIndex,
) -> None:
    # no thing named before "as": the goal is what is asked, not every fact of the parties
    shown = found(index, "what do japan and india view as their shared objective")
    assert shown[:1] == ["strategic-interests-aligned"] and "tech-cybersecurity" not in shown


@pytest.mark.parametrize(
    "query", ["how do the militaries talk during a crisis", "do they talk in an emergency"]
)
def test_talking_in_a_crisis_is_communication_to_handle_it(index: SearchIndex, query: str) -> None:
    """A plain paraphrase of crisis communication (the thesaurus's plain register)."""
    assert "strategic-communication-stressed" in found(index, query)[:3]


def test_talks_somewhere_are_still_the_meeting(index: SearchIndex) -> None:
    assert found(index, "talks in delhi")[:1] == ["meeting-location"]


@pytest.mark.parametrize(
    "query",
    ["japanese self defence force exercise with india", "self defence force exercise japan india"],
)
def test_the_self_defence_force_in_the_singular_is_japans_armed_forces(
    index: SearchIndex, query: str
) -> None:
    """Japan's Self-Defense Forces named with a singular head, as often written."""
    assert "exercise-dharma-guardian-participants" in found(index, query)[:3]


def test_self_defence_without_its_force_is_no_armed_service(index: SearchIndex) -> None:
    assert "exercise-dharma-guardian-participants" not in found(index, "self defence and drills")


@pytest.mark.parametrize(
    ("typed", "answer"),
    [
        ("which navies were involved in malabar", "exercise-malabar-participants"),
        (
            "how many armies are involved in dharma guardian",
            "exercise-dharma-guardian-participants",
        ),
        ("what two services will be involved in malabar", "exercise-malabar-participants"),
    ],
)
def test_parties_of_a_kind_asked_as_involved_in_a_thing_ask_which_take_part(
    index: SearchIndex, typed: str, answer: str
) -> None:
    assert found(index, typed)[:1] == [answer]


def test_involved_without_a_question_of_parties_still_finds_nothing(index: SearchIndex) -> None:
    assert found(index, "who was involved in malabar") == []


@pytest.mark.parametrize(
    "typed",
    [
        "is japan involved in the attack",  # no parties of a kind asked: a yes-no question
        "who was involved in malabar",  # no kind of party
        "which services are involved",  # involved in nothing named
    ],
)
def test_involved_out_of_a_question_of_parties_of_a_kind_stays_a_word(typed: str) -> None:
    from defcoop_cli.lookup.search.reading.typed.frames import read_involved

    query = parse_query([typed])
    assert read_involved(query) == query
