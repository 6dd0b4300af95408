"""search/atlas/places.py: a continent that holds a held country, and "us" read as the pronoun or
the country."""

from defcoop_cli.lookup.search.atlas.places import pronoun_us_dropped, wider_region
from defcoop_cli.lookup.search.words import STOPWORDS, tokens

HELD = {"india", "japan", "delhi", "new", "china"}


def test_a_continent_that_holds_a_held_country_is_its_wider_region() -> None:
    assert wider_region("asia", HELD.__contains__)
    assert not wider_region("europe", HELD.__contains__)
    assert not wider_region("munich", HELD.__contains__)


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
