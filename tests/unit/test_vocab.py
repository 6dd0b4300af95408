"""factbase.vocab: a title is whole when it ends in a noun, not in a word a clause goes on
with or an adjective (a drafted title cut short)."""

from __future__ import annotations

import pytest

from defcoop_cli.factbase.vocab import table_rows, well_formed_title


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
