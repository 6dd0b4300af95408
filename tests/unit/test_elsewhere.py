"""search/elsewhere.py: the places a query names that the fact base does not hold."""

from datetime import date

from defcoop_cli.factbase.records import Doc, Entity, Event, Role, Source
from defcoop_cli.lookup.search.elsewhere import nation_table, offices_elsewhere, pairs_elsewhere
from defcoop_cli.lookup.search.places import pronoun_us_dropped, wider_region
from defcoop_cli.lookup.search.reading.absence import dated_years, founding_dated, year_elsewhere
from defcoop_cli.lookup.search.text import STOPWORDS, tokens
from defcoop_cli.lookup.search.unheld.gazetteer import (
    initials_elsewhere,
    places_elsewhere,
    read_words,
)

HELD = {"india", "japan", "delhi", "new", "china"}


def elsewhere(query: str) -> list[str]:
    return places_elsewhere(tokens(query), HELD.__contains__)


def test_a_place_not_held_is_elsewhere_and_a_held_one_is_not() -> None:
    assert elsewhere("defence minister visit to hanoi") == ["hanoi"]
    assert elsewhere("defence minister in new delhi") == []
    assert elsewhere("north korea missile test") == ["north korea"]


def test_a_country_counts_as_held_by_its_demonym_or_its_name() -> None:
    assert elsewhere("chinese assertiveness at sea") == []
    assert elsewhere("peruvian navy drills") == ["peruvian"]


def test_a_capital_stands_for_its_held_country_unless_one_is_in_it_or_goes_there() -> None:
    assert elsewhere("tokyo backs delhi") == []
    assert elsewhere("minister's trip to tokyo") == ["tokyo"]
    assert elsewhere("talks in tokyo") == ["tokyo"]
    assert elsewhere("minister visits tokyo") == ["tokyo"]
    assert elsewhere("a message from tokyo") == []


def test_a_capital_described_where_one_is_is_a_place_as_its_name_is() -> None:
    assert elsewhere("talks in the chinese capital") == ["chinese capital"]
    assert elsewhere("a visit to the capital of china") == ["capital of china"]
    assert elsewhere("talks in the indian capital") == []  # new delhi: held
    assert elsewhere("the chinese capital backs delhi") == []  # its government, not a place


def test_a_place_wordnet_knows_is_elsewhere_only_where_a_place_goes() -> None:
    assert elsewhere("rajnath meets nakatani in munich") == ["munich"]
    assert elsewhere("nakatani in sao paulo for talks") == ["sao paulo"]
    assert elsewhere("minister's trip to okinawa") == ["okinawa"]
    assert elsewhere("the munich agreement") == []  # not where a place goes


def test_a_name_that_is_a_common_word_is_a_place_only_if_no_other_reading_fits() -> None:
    assert elsewhere("can we polish the partnership") == []  # a verb
    assert elsewhere("talks in nice weather") == []  # an adjective, where a place goes
    capitals = frozenset(["polish"])
    assert places_elsewhere(tokens("Polish defence ties"), HELD.__contains__, capitals) == [
        "polish"
    ]
    assert elsewhere("talks in poland") == ["poland"]
    assert elsewhere("turkey defence ties") == ["turkey"]  # a noun the facts lack


def test_a_country_by_its_initials_only_in_capitals() -> None:
    assert initials_elsewhere("UK defence spending", HELD.__contains__) == ["UK"]
    assert initials_elsewhere("uk defence spending", HELD.__contains__) == []
    assert initials_elsewhere("the car industry", HELD.__contains__) == []


def test_a_continent_that_holds_a_held_country_is_its_wider_region() -> None:
    assert wider_region("asia", HELD.__contains__)
    assert not wider_region("europe", HELD.__contains__)
    assert not wider_region("munich", HELD.__contains__)


def test_us_after_a_verb_of_asking_is_the_pronoun() -> None:
    assert read_words("show us india's minister")[0] == ["show", "", "india", "minister"]
    assert read_words("show US defence posture")[0] == ["show", "us", "defence", "posture"]
    assert read_words("what did the us say")[0] == ["what", "did", "the", "us", "say"]


def us_read(query: str) -> list[str]:
    return pronoun_us_dropped(tokens(query), query, STOPWORDS)


def test_us_is_the_pronoun_unless_written_us_or_beside_a_country_or_a_noun() -> None:
    assert us_read("does japan trust us") == ["does", "japan", "trust", ""]
    assert us_read("tell us where the ministers met")[1] == ""
    assert us_read("what the partnership means for us")[-1] == ""
    assert us_read("does japan trust US") == ["does", "japan", "trust", "us"]
    assert us_read("india us ties") == ["india", "us", "ties"]
    assert us_read("japan and us")[-1] == "us"
    assert us_read("us and australia in malabar")[0] == "us"
    assert us_read("us defense secretary")[0] == "us"  # before a noun
    assert us_read("nakatani to meet us commanders")[-2] == "us"


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


def test_a_capital_in_a_pair_written_as_one_word_is_no_place_one_is_in() -> None:
    # "a milestone in Tokyo-Delhi ties": the pair names the relation's sides
    words = tokens("a milestone in Tokyo-Delhi ties")
    assert places_elsewhere(words, HELD.__contains__) == ["tokyo"]
    assert places_elsewhere(words, HELD.__contains__, paired=frozenset(["tokyo"])) == []
    assert elsewhere("talks in tokyo") == ["tokyo"]  # where one is, still


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
