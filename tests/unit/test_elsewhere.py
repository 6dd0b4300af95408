"""search/unheld/elsewhere.py: the offices and pairs of nations a query names that the fact
base does not hold (the places it names are test_gazetteer.py's), and the other times it names."""

from datetime import date

from defcoop_cli.factbase.records import Doc, Entity, Event, Role, Source
from defcoop_cli.lookup.search.reading.absence import dated_years, founding_dated, year_elsewhere
from defcoop_cli.lookup.search.unheld.elsewhere import (
    nation_table,
    offices_elsewhere,
    pairs_elsewhere,
)
from defcoop_cli.lookup.search.words import tokens


def office(query: str) -> list[str]:
    people = [
        Entity("p", "Ann Roe", "person", ("Peruvian defence minister",)),
        Entity("q", "Bo Lee", "person", roles=(Role("Japan's Special Advisor", "f"),)),
        Entity("c", "United States", "country", ("US",)),
    ]
    return offices_elsewhere(query, lambda: people)


def test_an_office_no_person_holds_for_that_nation_is_elsewhere() -> None:
    assert office("chinese defence minister visits") == ["chinese defence minister"]
    assert office("us defense secretary in talks") == ["us defence secretary"]
    assert office("japanese prime minister resigns") == ["japanese prime minister"]


def test_an_office_held_by_a_person_of_that_nation_is_not() -> None:
    assert office("peruvian defence minister speaks") == []
    assert office("peru's defence secretary speaks") == []  # a secretary is a minister
    assert office("peruvian armed forces minister speaks") == []  # no portfolio word
    assert office("japanese prime minister's special advisor") == []  # another's office
    assert office("special advisor to japan's prime minister") == []  # an office served
    assert office("aide to the us defense secretary") == []
    assert office("us defense secretary visits japan") == ["us defence secretary"]
    assert office("defence minister speaks") == []  # no nation named


def test_a_possessed_office_is_known_by_its_place_not_its_word() -> None:
    assert office("prime minister's aide says chinese defence minister will visit") == [
        "chinese defence minister"
    ]
    assert office("give us defence minister quotes") == []
    assert office("show US defence secretary remarks") == ["us defence secretary"]


def test_a_possessed_offices_own_act_is_the_office_asked_about() -> None:
    # issue 25: "the australian defence minister's visit" asks after that minister's visit
    assert office("australian defence minister's visit to new delhi") == [
        "australian defence minister"
    ]
    assert office("when was the chinese defence minister's trip") == ["chinese defence minister"]
    assert office("peruvian defence minister's visit") == []  # an office held
    assert office("the australian defence minister's chief aide") == []  # a person asked


def test_an_office_is_the_nearest_nations_before_its_head() -> None:
    # "us" the pronoun, or any nation, before another's office does not hold it
    assert office("show us the peruvian defence minister") == []
    assert office("can you show us the japanese prime minister") == ["japanese prime minister"]
    assert office("peru us defence secretary") == ["us defence secretary"]


def pairs(query: str) -> list[str]:
    countries = (
        Entity("us", "United States", "country", ("US",)),
        Entity("in", "India", "country"),
        Entity("jp", "Japan", "country"),
    )
    return pairs_elsewhere(tokens(query), nation_table(countries, frozenset(["in", "jp"])))


def test_a_party_named_beside_a_nation_that_is_not_one_is_another_pair() -> None:
    assert pairs("India US cybersecurity agreement") == ["india us"]
    assert pairs("japan-australia defence talks") == ["japan australia"]
    assert pairs("us india naval drills") == ["us india"]


def test_a_pair_with_and_before_a_gathering_is_the_two_that_met() -> None:
    assert pairs("did japan and australia hold a summit") == ["japan and australia"]
    assert pairs("us and india talks on trade") == ["us and india"]
    assert pairs("india and japan held talks") == []  # the parties
    assert pairs("japan and us navies met") == []  # a list before no gathering's noun


def test_the_parties_together_or_a_list_with_and_are_no_other_pair() -> None:
    assert pairs("india japan cyber") == []
    assert pairs("indian and japanese armies") == []
    assert pairs("japan and us navies") == []  # a list: Malabar's nations
    assert pairs("us australia malabar") == []  # neither a party
    assert pairs("what did the us say") == []


MEETING = Event("m", "meeting", "Singh meets Nakatani", None)


def test_a_question_of_when_something_was_founded_asks_of_a_founding() -> None:
    assert founding_dated("Japan Self-Defense Forces founded in which year", [MEETING]) == "founded"
    assert founding_dated("the year the Quad was set up", [MEETING]) == "set up"
    assert founding_dated("when was the Coast Guard established", [MEETING]) == "established"


def test_a_founding_without_a_when_or_with_a_founding_held_is_no_refusal() -> None:
    assert founding_dated("the established dialogue mechanism", [MEETING]) == ""
    assert founding_dated("which year did Singh meet Nakatani", [MEETING]) == ""
    founded = Event("f", "founding", "The Quad is founded", None)
    assert founding_dated("the year the Quad was set up", [MEETING, founded]) == ""


SOURCE = Source("s", "t", "publisher", "article", "s.txt", "0", date(2025, 5, 5))
DATED = Doc([SOURCE], [], [], [], [])


def year_asked(query: str, held: frozenset[str] = frozenset()) -> str:
    return year_elsewhere(tokens(query), held.__contains__, DATED)


def test_a_year_the_base_neither_holds_nor_dates_anything_in_names_another_time() -> None:
    # issue 25: another edition of an exercise, another revision of a rule
    assert dated_years(DATED) == {"2025"}
    assert year_asked("naval relief exercise between the two navies in 2023") == "2023"
    assert year_asked("2019 revision of the export rules") == "2019"


def test_a_year_held_dated_related_or_bounding_a_span_is_no_other_time() -> None:
    assert year_asked("may 2025 talks in delhi") == ""  # the source's date
    assert year_asked("their first meeting in 2024", frozenset(["2024"])) == ""  # a note's
    assert year_asked("the maritime law treaty of 1982") == ""  # the thesaurus's UNCLOS
    assert year_asked("defence ties since 2014") == ""
    assert year_asked("co-production roadmap before 2030") == ""
    assert year_asked("top 10 facts of the meeting") == ""  # no year
    assert year_asked("a 3000 tonne patrol vessel") == ""  # no century of a year
