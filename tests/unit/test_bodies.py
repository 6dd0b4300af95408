"""search/reading/bodies.py: a gathering or an officer of a body the fact base does not know."""

from conftest import MINI

from defcoop_cli.factbase.loader import load
from defcoop_cli.lookup.search.memory import SearchIndex
from defcoop_cli.lookup.search.reading.bodies import (
    bodies_elsewhere,
    names_elsewhere,
    political_voices,
    voices_on_the_event,
)
from defcoop_cli.lookup.search.text import parse_query
from defcoop_cli.lookup.search.unheld.elsewhere import PORTFOLIOS

VOCABULARY = SearchIndex(load(MINI)).vocabulary()  # Alpha met Beta in Gamma City…


def bodies(query: str) -> list[str]:
    return bodies_elsewhere(parse_query([query]), VOCABULARY, VOCABULARY.has, PORTFOLIOS)


def test_an_unknown_word_before_a_gathering_or_an_officer_is_another_body() -> None:
    assert bodies("alpha zorbex summit") == ["zorbex"]
    assert bodies("alpha at the zorbex defence ministers meeting") == ["zorbex"]
    assert bodies("zorbex secretary meets beta") == ["zorbex"]


def test_a_participle_before_a_gathering_says_what_it_is_like_not_whose() -> None:
    assert bodies("alpha institutionalised zorbexed dialogue") == []
    assert bodies("alpha zorbexted summit") == [] and bodies("alpha zorbex summit") == ["zorbex"]


def test_the_parties_between_a_word_and_the_gathering_make_it_theirs() -> None:
    assert bodies("zorbex alpha beta talks") == []  # not only portfolios between


def test_a_held_word_a_typo_of_one_or_a_number_is_no_body() -> None:
    assert bodies("alpha delta summit") == []
    assert bodies("alpha deltta summit") == []  # a typo of delta
    assert bodies("alpha 2025 summit") == []
    assert bodies("zorbex alpha") == []  # no gathering after it


def test_an_unknown_word_after_an_exercises_or_an_operations_noun_is_another_one() -> None:
    assert bodies("exercise zorbex alpha beta") == ["zorbex"]
    assert bodies("alpha operation zorbex") == ["zorbex"]
    assert bodies("exercise delta alpha") == []  # a held name
    assert bodies("exercise deltta") == []  # a typo of one


def test_an_unknown_name_before_an_exercises_noun_is_another_exercise() -> None:
    """Set apart as a name, with only the exercise's kind between ("ZORBEX naval exercise")."""
    assert bodies("ZORBEX naval exercise") == ["zorbex"]
    assert bodies("alpha Zorbex joint air exercise") == ["zorbex"]
    assert bodies("DELTA naval exercise") == []  # a held name
    assert bodies("zorbex naval exercise") == []  # not set apart as a name
    assert bodies("ZORBEX beta exercise") == []  # no kind of exercise between


def test_an_unknown_word_before_a_reaction_is_another_bodys_voice() -> None:
    assert bodies("the Zorbex response to the alpha beta talks") == ["zorbex"]
    assert bodies("zorbex's statement on delta") == ["zorbex"]  # a possessive
    assert bodies("the ZRB statement on delta") == ["zrb"]  # in capitals
    assert bodies("zorbex party reaction to delta") == ["zorbex"]  # a party's
    assert bodies("alpha reaction to delta") == []  # a held name's reaction


def test_a_bare_word_before_a_reaction_says_what_it_is_like_not_whose() -> None:
    assert bodies("alpha's formal response to delta") == []
    assert bodies("lukewarm reaction to the delta talks") == []
    assert bodies("a rapid statement on delta") == []
    assert bodies("lukewarm summit on delta") == ["lukewarm"]  # a gathering's stays


def on_the_event(query: str) -> list[str]:
    return voices_on_the_event(parse_query([query]), VOCABULARY, VOCABULARY.has)


def test_an_unknown_bare_word_before_a_reaction_to_the_bases_event_is_whose_it_is() -> None:
    assert on_the_event("zorbex response to the alpha beta talks") == ["zorbex response"]
    assert on_the_event("zorbex reaction to alpha meeting beta") == ["zorbex reaction"]
    assert on_the_event("zorbex response to the attack") == []  # not the base's event
    assert on_the_event("zorbex response") == []  # to nothing


def test_a_reaction_to_the_event_like_an_adjective_or_by_a_held_name_is_no_voice() -> None:
    assert on_the_event("lukewarm reaction to the delta talks") == []  # an adjective
    assert on_the_event("alpha's formal response to the talks") == []
    assert on_the_event("zorbexed reaction to the talks") == []  # a participle
    assert on_the_event("alpha reaction to the delta talks") == []  # a held name
    assert on_the_event("the reaction to the talks") == []  # a word of function


def test_a_political_partys_or_the_oppositions_reaction_is_none_the_base_holds() -> None:
    assert voices("left parties objections to the delta talks") == ["left parties"]
    assert voices("the ruling party's statement on delta") == ["ruling party"]
    assert voices("the opposition leader's criticism of alpha") == ["opposition"]
    assert voices("both parties statement on delta") == []  # the talks' sides
    assert voices("the two parties' response") == []
    assert voices("is there any opposition to delta") == []  # no reaction asked


def test_a_party_the_query_does_not_call_political_is_a_delegation() -> None:
    for query in (
        "the beta party's reaction to delta",
        "the visiting party's response to the attack",
        "each party's statement on delta",
        "the other party's response",
    ):
        assert bodies(query) == [] and voices(query) == [], query


def voices(query: str) -> list[str]:
    return political_voices(parse_query([query]), PORTFOLIOS)


def names(query: str) -> list[str]:
    return names_elsewhere(query, VOCABULARY, VOCABULARY.has)


def test_an_unknown_word_written_as_a_name_is_a_thing_the_base_does_not_know() -> None:
    assert names("alpha zx81 supply") == ["zx81"]  # letters and digits together
    assert names("alpha Zorbex games supply") == ["zorbex"]  # a capital among lower case
    assert names("Zorbex alpha supply") == []  # the first word: any query may start so
    assert names("Alpha Zorbex Supply") == []  # a headline's capitals set none apart
    assert names("alpha ZRB talks") == [] and names("alpha ZoB talks") == []  # clippings


def test_a_name_is_written_whole_not_as_the_start_of_a_held_word() -> None:
    # "Epsil" begins "epsilon": a name so written is another thing, not the held word
    assert names("alpha Epsil talks") == ["epsil"]
    assert names("alpha epsil talks") == []  # in lower case it is no name: a clipped word
    assert names("alpha Advert talks") == []  # the held word itself, whatever it begins


def test_a_capital_in_a_run_of_capitals_may_be_a_shortened_word_s() -> None:
    # after another capitalised word the capital may be the run's, as a heading writes a
    # shortened word: "Epsil" is read as it is in lower case, the start of "epsilon"
    assert names("Alpha Beta Epsil talks") == [] and names("alpha Beta Epsil talks") == []
    assert names("alpha beta Epsil talks") == ["epsil"]  # set apart by lower case before it
    assert names("Alpha Beta Zorbex talks") == ["zorbex"]  # unknown however it stands


def test_a_clipped_word_is_known_as_its_full_word_is() -> None:
    assert names("alpha Mtg beta") == []  # "mtg": meeting, a word the base holds
    assert names("alpha Phl beta") == ["phl"]  # "phl": the Philippines, which it does not


def test_a_held_word_a_typo_of_one_or_a_number_is_no_name() -> None:
    assert names("alpha Delta summit") == []
    assert names("alpha Deltta summit") == []
    assert names("alpha 2025 summit") == []


def test_a_word_before_of_on_or_about_a_gathering_is_what_it_asks_not_its_name() -> None:
    assert bodies("zorbex of the summit") == []
    assert bodies("zorbex on the talks") == []
    assert bodies("zorbex of the quixa summit") == ["quixa"]  # a name between still is one
