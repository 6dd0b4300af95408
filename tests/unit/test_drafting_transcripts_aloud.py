"""drafting.transcripts.aloud: a script read aloud to an audience, its apparatus no fact."""

from __future__ import annotations

import pytest

from defcoop_cli.curation.drafting.segments import candidates
from defcoop_cli.curation.drafting.transcripts.aloud import read_aloud, salutation, sign_off

# An invented club's notices, read in turn (heldout72's class: a school assembly's script).
NOTICES = """HARBOUR ROWING CLUB: SUNDAY NOTICES
Read out at the boathouse, 9 a.m.

== 1. NEWS OF THE WEEK (Reader: Mira Soll) ==
Good morning, respected Commodore, dear members and our guests.
Here are today's headlines.
Alpha and Beta signed a charting pact for the northern straits on Friday.
The two navies will share their charts of the straits each spring, Beta's ministry said.
Beta's next survey of the straits will start in Gamma City on 3 June.

== 2. CLUB NEWS (Reader: Otto Brenn) ==
Our junior four beat Westmere Rowing Club by two lengths at the Lakeside Regatta.
Congratulations to the crew and to their coach, Mr Piet Lande.
The boathouse will stay shut on Monday for the Spring Fair.

Thank you. Have a nice day.
"""


def _drafted(text: str) -> list[str]:
    found, _ = candidates(text)
    return [text[c.start : c.end] for c in found]


@pytest.mark.parametrize(
    "sentence",
    [
        "Good morning, respected Principal Ma'am, respected teachers and my dear friends.",
        "Good evening, ladies and gentlemen.",
        "Namaste, dear members.",
        "Good morning, everyone!",
        "A very good morning to all.",
    ],
)
def test_a_greeting_of_the_audience_alone_is_a_salutation(sentence: str) -> None:
    assert salutation(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Good news for the harbour: the two navies will dredge it together.",
        "Good morning, Mr Lande said as he stepped ashore at Gamma City.",
        "Good morning, the minister told the teachers of Gamma City.",
        "Good evening, ladies and gentlemen, the navies signed the pact today.",
    ],
)
def test_a_sentence_that_tells_something_is_no_salutation(sentence: str) -> None:
    assert not salutation(sentence)


def test_the_last_lines_of_closing_formulas_are_a_sign_off() -> None:
    assert sign_off(["The navies met.", "Thank you. Jai Hind."]) == {1}
    assert sign_off(["The navies met.", "Thank you all.", "Have a nice day!"]) == {1, 2}
    # thanks told inside a fact, or a fact after the thanks, are no sign-off
    assert sign_off(["The navies met.", 'Alpha\'s minister said "Thank you" to Beta.']) == set()
    assert sign_off(["Thank you.", "Beta's minister flew home on Friday."]) == set()


def test_a_piece_with_two_readers_labels_is_read_aloud() -> None:
    lines = NOTICES.splitlines()
    assert read_aloud(lines)
    assert not read_aloud([line for line in lines if "Otto" not in line])  # one reader
    # readers' letters or questions under "Reader:" are no readers' labels
    assert not read_aloud(["Reader: Why did the talks stall?", "Reader: Alpha paid, I think."])
    assert read_aloud(["Read by: A. Rao", "The navies met.", "Read by: Otto Brenn"])


def test_a_script_read_aloud_keeps_its_news_and_drops_its_apparatus_and_other_items() -> None:
    drafted = _drafted(NOTICES)
    assert drafted == [
        "Alpha and Beta signed a charting pact for the northern straits on Friday",
        "The two navies will share their charts of the straits each spring, Beta's ministry said",
        # a dated announcement that is news of the pact's parties keeps its reading
        "Beta's next survey of the straits will start in Gamma City on 3 June",
    ]
