"""lookup/search/reading/clippings.py: a query's clipped words and country codes in full."""

import pytest

from defcoop_cli.lookup.search.reading.clippings import clippings, unclipped
from defcoop_cli.lookup.search.reading.held import read_as_held
from defcoop_cli.lookup.search.text import parse_query
from defcoop_cli.lookup.search.words import STOPWORDS


def test_clipped_words_and_country_codes_are_read_in_full() -> None:
    terms = parse_query(["ind jpn def min mtg"]).terms
    assert terms == ("india", "japan", "defence", "minister", "meeting")


def test_a_code_of_two_words_gives_both() -> None:
    assert parse_query(["USA in malabar"]).terms == ("united", "states", "malabar")


def test_a_code_that_is_an_english_word_counts_only_in_capitals() -> None:
    assert unclipped(["arm", "sales"], "arm sales") == ["arm", "sales"]
    assert unclipped(["arm", "sales"], "ARM sales") == ["armenia", "sales"]
    assert unclipped(["arm", "sales"], "ARM SALES") == ["arm", "sales"]  # all capitals


def test_words_that_are_no_clipping_are_left_alone() -> None:
    words = ["defence", "ministers", "meeting"]
    assert unclipped(words, "defence ministers meeting") is words


def test_the_table_holds_no_function_word() -> None:
    assert not clippings().keys() & STOPWORDS
    assert all(full and all(w.isalpha() for w in full) for full, _ in clippings().values())


def test_a_clipped_word_the_fact_base_holds_is_read_as_it_is() -> None:
    held = {"usa"}.__contains__  # an alias of the United States
    assert parse_query(["usa malabar"], held).terms == ("usa", "malabar")
    assert read_as_held(parse_query(["usa jpn"]), held).terms == ("usa", "japan")


def test_a_text_messages_shorthand_is_read_in_full() -> None:
    query = parse_query(["wat did jp say abt the attack"])
    assert query.terms == ("japan", "attack") and query.questions == ("what",)


def test_an_office_written_clipped_is_another_nations_all_the_same() -> None:
    from defcoop_cli.factbase.loader import default_factbase_path, load
    from defcoop_cli.lookup.search.unheld.elsewhere import offices_elsewhere

    entities = load(default_factbase_path()).doc.entities
    said = offices_elsewhere("rajnath singh talks with chinese def min", lambda: entities)
    assert said == ["chinese defence minister"]
    assert offices_elsewhere("jpn def min", lambda: entities) == []  # Nakatani's


def test_a_cables_abbreviations_are_read_in_full() -> None:
    terms = parse_query(["JPN DEL CONDEMNS ATK, GOI PRODN"]).terms
    assert terms == ("japan", "delegation", "condemns", "attack", "india", "production")


def test_two_clippings_run_together_are_read_by_their_parts() -> None:
    assert parse_query(["DEFMIN visit"]).terms == ("defence", "minister", "visit")
    assert parse_query(["milmil talks"]).terms == ("military", "talks")  # once
    assert unclipped(["infract"], "infract") == ["infract"]  # an English word the parts spell


def test_a_cable_abbreviation_that_is_a_word_counts_only_in_capitals() -> None:
    assert unclipped(["pm", "visit"], "PM visit") == ["prime", "minister", "visit"]
    assert unclipped(["pm", "visit"], "pm visit") == ["pm", "visit"]
    assert unclipped(["pm", "visit"], "PM VISIT") == ["pm", "visit"]  # all capitals


def test_a_cable_abbreviation_in_a_cables_capitals_counts_beside_another_clipped_word() -> None:
    # A clipped word beside it says the capitals are a cable's; alone, "PM" may be the hour
    assert unclipped(["io", "marsec"], "IO MARSEC") == ["indian", "ocean", "maritime", "security"]
    assert unclipped(["goj", "cds"], "GOJ CDS") == ["japan", "chief", "of", "defence", "staff"]
    assert unclipped(["meeting", "pm"], "MEETING PM") == ["meeting", "pm"]
    assert unclipped(["arm", "mil"], "ARM MIL") == ["arm", "military"]  # a code that is a word


def test_a_staff_officers_signals_shorthand_is_read_in_full() -> None:
    assert parse_query(["MALABAR NAV EX ADDL NATIONS"]).terms == (
        "malabar",
        "naval",
        "exercise",
        "additional",
        "nations",
    )
    assert parse_query(["interop and coord betw def estbs"]).terms == (
        "interoperability",
        "coordination",
        "between",
        "defence",
        "establishments",
    )
    assert parse_query(["NAKATANI APPT SPL ADVSR"]).terms == (
        "nakatani",
        "appointment",
        "special",
        "advisor",
    )
    assert parse_query(["LOC AND DTG OF THE MTG"]).terms == ("location", "date", "meeting")


def test_loc_is_a_location_only_as_a_signals_capitals_write_it() -> None:
    # India's Line of Control, written "LoC" or "loc" anywhere else: no location
    assert unclipped(["firing", "along", "the", "loc"], "firing along the LoC") == [
        "firing",
        "along",
        "the",
        "loc",
    ]
    assert unclipped(["ceasefire", "on", "loc"], "ceasefire on loc")[-1] == "loc"
    # beside another clipped word past "and": a signal's "LOC AND DTG"
    assert unclipped(["loc", "and", "dtg"], "LOC AND DTG") == ["location", "and", "date"]
    assert unclipped(["loc", "and", "ceasefire"], "LOC AND CEASEFIRE")[0] == "loc"


def test_ex_is_an_exercise_only_as_a_signals_capitals_write_it() -> None:
    assert unclipped(["ex", "minister"], "ex minister") == ["ex", "minister"]  # former
    assert unclipped(["nav", "ex"], "NAV EX") == ["naval", "exercise"]
    assert unclipped(["dharma", "ex"], "DHARMA EX") == ["dharma", "ex"]  # nothing clipped beside


def test_a_service_papers_navies_and_domains_are_read_in_full() -> None:
    navies = parse_query(["Malabar: USN and RAN"]).terms
    assert " ".join(navies) == "malabar us navy australian navy"
    assert parse_query(["AWS and AI"]).terms[:3] == ("autonomous", "weapon", "systems")
    assert parse_query(["indl cooperation"]).terms == ("industrial", "cooperation")
    hr = parse_query(["military HR development"]).terms  # beside a defence word
    assert hr == ("military", "human", "resource", "development")
    assert parse_query(["def indl cooperation"]).terms == ("defence", "industrial", "cooperation")


def test_a_service_papers_word_abbreviations_count_only_in_capitals() -> None:
    assert unclipped(["who", "ran", "it"], "who ran it") == ["who", "ran", "it"]
    assert unclipped(["aws", "outage"], "aws outage") == ["aws", "outage"]
    assert unclipped(["hr", "ago"], "an hr ago")[0] == "hr"


@pytest.mark.parametrize(
    "text",
    [
        "AWS Lambda",  # review16b's: another thing's names, in capitals
        "HR policy",
        "RAN out of fuel",
        "indl production index",
        "AWS re:Invent",
        "a new HR manager for the firm",  # the test's own
        "the car RAN a red light",
        "indl output in march",
    ],
)
def test_a_service_papers_abbreviation_alone_is_read_as_written(text: str) -> None:
    """AWS, HR, RAN and indl are a paper's only beside an abbreviation in capitals or a
    defence word: alone they are another thing's, or the English word."""
    full = {"autonomous", "resource", "australian", "industrial"}
    assert full.isdisjoint(parse_query([text]).terms)


def test_a_service_papers_abbreviation_alone_finds_nothing() -> None:
    """review16b's: "AWS cloud" found the base's autonomous weapons, "HR policy" its human
    resources; beside a defence word, the paper's words find what they stand for."""
    from conftest import REAL

    from defcoop_cli.factbase.loader import load
    from defcoop_cli.lookup.search.memory import SearchIndex
    from defcoop_cli.lookup.service import SearchRequest, search

    index = SearchIndex(load(REAL))

    def shown(text: str) -> list[str]:
        return list(search(index, parse_query([text]), SearchRequest((text,))).shown_ids)

    for off_topic in ("AWS cloud", "HR policy", "RAN out of fuel", "indl production index"):
        assert shown(off_topic) == [], off_topic
    assert "exercise-malabar-participants" in shown("MALABAR participation (USN, RAN)")[:3]
    assert "tech-autonomous-weapons" in shown("AWS and AI: scope of cooperation agreed")[:3]


@pytest.mark.parametrize(
    ("typed", "terms"),
    [
        ("Indo-Japan naval drills", ("india", "japan", "naval", "drills")),
        ("indo japanese ties", ("india", "japanese", "ties")),
        ("indo china border", ("india", "china", "border")),
        # a state's short name or code: the pair, not the region
        ("indo pak border talks", ("india", "pakistan", "border", "talks")),
        ("Indo-US naval drills", ("india", "us", "naval", "drills")),
        ("indo usa trade", ("india", "united", "states", "trade")),
    ],
)
def test_indo_before_a_states_name_is_india(typed: str, terms: tuple[str, ...]) -> None:
    assert parse_query([typed]).terms == terms


def test_indo_before_no_states_name_stays() -> None:
    assert parse_query(["indo pacific vision"]).terms == ("indo", "pacific", "vision")
    assert parse_query(["indo"]).terms == ("indo",)
    assert parse_query(["indo pacific us role"]).terms == ("indo", "pacific", "us", "role")


def test_indo_before_another_states_short_name_is_another_pair() -> None:
    """Indo-US is India and the US, a pair the fact base does not hold: not the
    Indo-Pacific facts that hold "Indo"."""
    from conftest import REAL

    from defcoop_cli.factbase.loader import load
    from defcoop_cli.lookup.search.memory import SearchIndex
    from defcoop_cli.lookup.service import SearchRequest, search

    index = SearchIndex(load(REAL))

    def shown(text: str) -> list[str]:
        return list(search(index, parse_query([text]), SearchRequest((text,))).shown_ids)

    assert shown("indo us naval ties") == shown("Indo-Pak ceasefire hopes") == []
    assert shown("indo japan naval ties")  # the base's own pair
