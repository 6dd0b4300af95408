"""factbase.vocab: a title is whole when it ends in a noun, not in a word a clause goes on
with or an adjective (a drafted title cut short)."""

from __future__ import annotations

import pytest

from defcoop_cli.factbase.vocab import (
    office_core,
    office_groups,
    office_whose,
    plural_office,
    same_office,
    table_rows,
    well_formed_title,
)


@pytest.mark.parametrize(
    "title",
    [
        "Defence Minister",
        "Minister of Defense",
        "Japan’s Special Advisor for National Security",
        "Minister of External Affairs",
        "Minister of State for Defence",
        "chairwoman of the Blue Party's Panel on Ports",
        "Prime Minister of Japan",
        "Ambassador designate",
        "Secretary General",
        "General Officer Commanding",  # an army's title, "commanding" no noun in WordNet
    ],
)
def test_a_title_ending_in_a_noun_is_whole(title: str) -> None:
    assert well_formed_title(title)


@pytest.mark.parametrize(
    "title",
    [
        "Minister of State for Economic",  # "… Economic Security", cut after the adjective
        "Minister of Defense since",  # "… since October 2024"
        "State Minister of Defence under",  # "… under Prime Minister X"
        "Minister for Strategic",
        "adviser to the",
        "",
    ],
)
def test_a_title_cut_short_is_not(title: str) -> None:
    assert not well_formed_title(title)


def test_a_tables_rows_leave_out_comments_and_blanks_and_pad_to_their_width() -> None:
    text = "# provenance\nJapan\tTokyo\tJapanese\n\n   \nLaos\tVientiane\n"
    assert table_rows(text, 3) == [["Japan", "Tokyo", "Japanese"], ["Laos", "Vientiane", ""]]
    assert table_rows("a\tb\tc\td\n", 2) == [["a", "b"]]


class TestOneReadingOfAnOffice:
    """Issue 24: the drafter's conflicts, the brief's titles and a conflict note's sides
    read an office one way (they read it three ways, each a little different)."""

    @pytest.mark.parametrize(
        "said",
        [
            "Japan's defence chief",  # the press's word: the drafter's, now the key's too
            "defense chief",
            "heads Japan's Defense Ministry",
            "returns to head Japan's defence ministry",
            "Japanese Defense Minister",
            "Raksha Mantri",
            "India’s Defence Minister",
            "Minister of Defense",
            "Minister for Defence",
            "Defence Ministers",  # the plural: one office to the key too
        ],
    )
    def test_the_defence_minister_in_any_words(self, said: str) -> None:
        assert office_core(said) == "defence minister"
        assert same_office(said, "Defence Minister")
        assert office_groups([said, "Defence Minister"]) == [0, 0]

    def test_an_adviser_spelt_advisor_is_one_office(self) -> None:
        # the shipped article's "Special Advisor" and a British-style report's "Special
        # Adviser" were two titles of one man, as "defense" and "defence" were not
        one, other = (
            "Special Advisor for National Security",
            "special adviser for national security",
        )
        assert same_office(one, other) and office_groups([one, other]) == [0, 0]
        assert not same_office(one, "Special Adviser to the Prime Minister")
        # the plural too: the spelling is read after the plural's singular
        assert office_core("National Security Advisors") == "national security adviser"

    def test_a_former_minister_is_another_office(self) -> None:
        assert not same_office("former Defence Minister", "Defence Minister")

    def test_two_countries_ministers_are_two_offices(self) -> None:
        # the key joined "Chinese" and "Japanese" (it dropped any nation's adjective)
        assert same_office("Japanese Defence Minister", "Japan's Defence Minister")
        assert same_office("Prime Minister of Japan", "Japanese Prime Minister")
        assert not same_office("Chinese Defence Minister", "Japanese Defence Minister")
        assert not same_office("India’s Defence Minister", "Japanese Defence Minister")
        # an office that names no country is either's; the first that fits joins it
        texts = ["Defence Minister", "Japanese Defence Minister", "Chinese Defence Minister"]
        assert office_groups(texts) == [0, 0, 1]
        assert office_groups([*texts[1:], texts[0], "Japan's Defence Minister"]) == [0, 1, 0, 0]

    def test_a_country_inside_an_office_is_its_own(self) -> None:
        # the drafter dropped "India" and "Japan" anywhere: both were "ambassador of to"
        assert not same_office("Ambassador of India to Japan", "Ambassador of Japan to India")
        assert not same_office("spokesperson for the Japanese embassy", "spokesperson")

    def test_whose_an_office_is_as_written(self) -> None:
        assert office_whose("Japan’s Special Advisor") == ("Japan’s", "Special Advisor")
        assert office_whose("South Korean Defence Minister") == ("South Korean", "Defence Minister")
        assert office_whose("Prime Minister of Japan") == ("Japan", "Prime Minister")
        assert office_whose("Minister of Defense") == ("", "Minister of Defense")

    def test_an_office_that_is_a_plural(self) -> None:
        assert plural_office("defence ministers") and plural_office("Defence-Secretaries")
        assert not plural_office("Defence Minister") and not plural_office("28 people")
