"""A catalogue heading read by its facets (lookup/search/reading/notation/syntax.py reads it,
lookup/search/reading/notation/headings.py ranks by it): the reading alone; what the shipped base
finds for headings is measured in tests/test_search_quality.py."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from defcoop_cli.lookup.search.memory import SearchIndex
from defcoop_cli.lookup.search.reading.notation import syntax as headings
from defcoop_cli.lookup.search.reading.notation.headings import SCALE
from defcoop_cli.lookup.search.text import parse_query
from defcoop_cli.lookup.service import SearchRequest, search


@pytest.mark.parametrize(
    "text",
    [
        "India -- Foreign relations -- Japan",
        "Japan--Military relations--India",
        "Jammu and Kashmir - Terrorism - 2025",
        "Nakatani, Gen, 1957-",
        "Singh, Manmohan, 1932-2024",
        "Nakatani, Gen",
    ],
)
def test_subdivisions_and_inverted_names_are_headings(text: str) -> None:
    assert headings.is_heading(text)


@pytest.mark.parametrize(
    "text",
    [
        "co-development of defence technologies",
        "malabar -australia",
        "floods, climate and skills in the partnership",
        "Rajnath Singh, Nakatani and the Pahalgam attack",
        "2+2 dialogue",
    ],
)
def test_a_query_in_words_is_no_heading(text: str) -> None:
    assert not headings.is_heading(text)


def test_forms_go_and_framing_counts_for_little() -> None:
    _, facets = headings.read_heading("Military exercises -- India -- Case studies")
    assert facets == (("topic", "Military exercises"), ("place", "India"))
    _, facets = headings.read_heading("Computer security -- International cooperation")
    assert facets[1] == ("frame", "International cooperation")
    _, facets = headings.read_heading("India -- Military relations -- Japan -- Periodicals")
    assert [k for k, _ in facets] == ["topic", "relation", "place"]


@pytest.mark.parametrize(
    "heading",
    [
        "Kazakh Sprint - which arms of service take part",
        "Yudh Abhyas -- what forces are involved",
        "Pacific Vanguard - which navies participate",
        "Cope India - which countries joined",
        "Cope India - which forces take part in it",  # the particle, "it": the heading's
        "Cope India - which countries joined the exercise",
    ],
)
def test_a_question_of_which_kind_of_party_takes_part_is_a_frame(heading: str) -> None:
    _, facets = headings.read_heading(heading)
    assert facets[1][0] == "frame"


@pytest.mark.parametrize(
    "heading",
    [
        "Cope India - which aircraft took part",  # a thing, no kind of party
        "Cope India - which ministers met and where",
        "Cope India - which arms",  # no taking part asked
        "Cope India - arms of service take part",  # no question
        "Kargil war - which countries joined the ceasefire talks",  # an object of its own
        "Uri attack - which nations attended the memorial",
    ],
)
def test_another_question_of_a_noun_stays_a_topic(heading: str) -> None:
    _, facets = headings.read_heading(heading)
    assert facets[1][0] == "topic"


def test_an_inverted_name_reads_in_its_order_without_life_dates() -> None:
    words, facets = headings.read_heading("Nakatani, Gen, 1957- -- Meetings")
    assert facets[0] == ("name", "Gen Nakatani") and words.startswith("Gen Nakatani")
    _, facets = headings.read_heading("Defense industries -- Foreign investments, Japanese")
    assert facets[1] == ("topic", "Japanese Foreign investments")


def test_qualifiers_and_corporate_full_stops_are_dropped() -> None:
    _, facets = headings.read_heading("Malabar (Naval exercise) -- Participants")
    assert facets[0] == ("topic", "Malabar")
    _, facets = headings.read_heading("Japan. Ministry of Defense -- Officials and employees")
    assert facets[0] == ("name", "Japan Ministry of Defense")


@pytest.mark.parametrize(
    ("date", "said"),
    [
        ("2025", "2025"),
        ("2025-05", "may 2025"),
        ("2025-05-05", "5 may 2025"),
        ("2025-04/2025-05", "april may 2025"),
        ("2024-11/2025-05", "november 2024 2025"),
        ("1900-2025", "1900 2025"),
    ],
)
def test_a_date_or_range_is_the_dates_it_covers(date: str, said: str) -> None:
    assert headings.dated(date) == said


def test_a_date_after_a_comma_is_a_date_facet() -> None:
    _, facets = headings.read_heading("Pahalgam (India) -- Terrorist attacks, 2025")
    assert facets == (("topic", "Pahalgam"), ("topic", "Terrorist attacks"), ("date", "2025"))


@pytest.mark.parametrize(
    "text",
    [
        "rajnath, nakatani, drones",
        "india japan; cyber; space",
        "malabar | us navy | australia",
        "pahalgam / japan / solidarity",
        "supply chains, co-production, japan india",
    ],
)
def test_an_alert_list_is_read_by_its_items(text: str) -> None:
    query = parse_query([text])
    assert query.listed and len(query.facets) >= 2 and not headings.is_heading(text)
    # A cable's capitals read the list as its lower case does (not "-- NAKATANI" a place)
    assert parse_query([text.upper()]).facets == query.facets


@pytest.mark.parametrize(
    "text",
    [
        "I'm writing a briefing for tomorrow, what did the Japanese side say",
        "Mumbai 26/11 attacks anniversary",
        "Nakatani, Gen",
        "The two defence chiefs agreed on the need for timely and effective communication"
        " between their establishments, officials said",
    ],
)
def test_a_sentence_a_date_or_a_name_is_no_list(text: str) -> None:
    assert not parse_query([text]).listed


def test_a_signals_capitals_say_nothing_of_names_or_places() -> None:
    # "SCS - CONCERN RE UNILATERAL ACTS" is a subject and a subdivision, not a place
    query = parse_query(["SCS - CONCERN RE UNILATERAL ACTS"])
    assert [kind for kind, _ in query.facets] == ["topic", "topic"]
    assert query.terms == ("scs", "concern", "unilateral", "acts")  # RE read as regarding
    assert parse_query(["MALABAR NAV EX - ADDL NATIONS"]).terms[:3] == (
        "malabar",
        "naval",
        "exercise",
    )
    assert parse_query(["India -- Japan"]).facets[1] == ("place", "Japan")  # in mixed case


def test_the_query_keeps_its_facets_and_searches_the_words() -> None:
    query = parse_query(["Space technology--International cooperation--Japan"])
    assert query.facets[0] == ("topic", "Space technology")
    assert set(query.terms) >= {"space", "technology", "japan"}
    assert parse_query(["space technology japan"]).facets == ()


@given(st.text(alphabet="AaBb -,.()0123456789/—", max_size=40))
def test_any_text_reads_without_error(text: str) -> None:
    if headings.is_heading(text):
        _, facets = headings.read_heading(text)
        assert all(kind in SCALE for kind, _ in facets)


def shown(index: SearchIndex, typed: str) -> list[str]:
    """The ids `defcoop search` shows for the query, on the shipped base."""
    return search(index, parse_query([typed]), SearchRequest((typed,))).shown_ids


@pytest.mark.parametrize(
    ("heading", "answer"),
    [
        ("Dharma Guardian - which services took part", "exercise-dharma-guardian-participants"),
        ("Malabar -- which countries are involved", "exercise-malabar-participants"),
    ],
)
def test_a_headings_question_of_which_kind_of_party_finds_the_participants(
    index: SearchIndex, heading: str, answer: str
) -> None:
    assert answer in shown(index, heading)[:3]


def test_a_headings_participants_question_of_another_exercise_finds_nothing(
    index: SearchIndex,
) -> None:
    assert shown(index, "Talisman Sabre - which forces take part") == []


def test_a_headings_question_with_an_object_of_its_own_asks_it(index: SearchIndex) -> None:
    # "the condemnation" is asked, not dropped with the frame: only the fact holding it
    assert shown(index, "Terror attack - which countries joined the condemnation") == [
        "pahalgam-condemned"
    ]
    # the near case: the heading's subject said again keeps the frame
    assert (
        "exercise-malabar-participants"
        in shown(index, "Malabar -- which navies took part in the exercise")[:3]
    )
