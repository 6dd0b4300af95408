"""An organisation's own update to its investors, members or staff (s47-fixdrafts): what
it says of its own business (its month, its figures, its product, its asks, its notice) is
furniture; its section telling the talks is the report. Text of my own (an invented
ferry-parts maker's investor email)."""

from __future__ import annotations

from defcoop_cli.curation.drafting.furniture.notes import own_update
from defcoop_cli.curation.drafting.segments import candidates

UPDATE = [
    "From: Oda Lind <oda@lemparts.example>",  # 0
    "To: Lem Parts investors <investors@lemparts.example>",  # 1
    "Subject: Lem Parts - June update",  # 2
    "",  # 3
    "Hello all,",  # 4
    "June update below. We shipped our first hull sensors and hired two welders.",  # 5
    "",  # 6
    "1. THE HARBOUR TALKS",  # 7
    "Ministers of the two port states met in Port Lem on Monday for talks on ferry safety.",  # 8
    "Both ministers agreed to share tide data from next spring.",  # 9
    "2. PRODUCT",  # 10
    "- The Mark-3 sensor passed its salt-spray tests in the north yard.",  # 11
    "3. ASKS",  # 12
    "- Introductions to buyers at the coastal ferry lines.",  # 13
    "Just reply to this email with questions.",  # 14
    "This update is confidential and meant only for the investors of Lem Parts.",  # 15
]


def test_an_updates_own_business_is_furniture() -> None:
    assert own_update(UPDATE) == {0, 1, 2, 4, 5, 10, 11, 12, 13, 14, 15}


def test_a_piece_that_is_no_update_to_its_audience_keeps_its_sections() -> None:
    # no audience addressed: a trade paper's sections are its own news
    other = [line.replace("investors", "readers") for line in UPDATE]
    assert own_update(other) == set()
    # an update whose sections never tell the talks is left to the other readers
    assert own_update([line for line in UPDATE if "talks" not in line.lower()]) == set()


def test_the_drafter_keeps_the_talks_of_an_update() -> None:
    text = "\n".join(UPDATE) + "\n"
    found, _ = candidates(text)
    drafted = {text[c.start : c.end] for c in found}
    assert any(d.startswith("Ministers of the two port states met") for d in drafted)
    assert any(d.startswith("Both ministers agreed") for d in drafted)
    assert not any("Mark-3" in d or "June update" in d or "buyers" in d for d in drafted)
