"""search/elsewhere.py: the places a query names that the fact base does not hold."""

from defcoop_cli.lookup.search.elsewhere import places_elsewhere
from defcoop_cli.lookup.search.text import tokens

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
