"""search/reading/mentions.py: a question about how the text frames X ("framing of X",
"how does the article frame X", "does the piece frame X") asks about X, which is what to
find; the frame is no search term. A frame of another kind ("time frame") stays a word
(issue 25). Every query here is invented."""

from __future__ import annotations

import pytest

from defcoop_cli.lookup.search.text import parse_query


@pytest.mark.parametrize(
    ("framed", "subject"),
    [
        ("framing of maritime security in the talks", "maritime security in the talks"),
        ("how does the article frame the joint drills", "the joint drills"),
        ("does the piece frame industry ties as strategic", "industry ties as strategic"),
        ("how is the attack framed in the report", "the attack"),
        ("how the writer frames japan's role", "japan's role"),
    ],
)
def test_how_the_text_frames_x_asks_about_x(framed: str, subject: str) -> None:
    assert parse_query([framed]).terms == parse_query([subject]).terms


@pytest.mark.parametrize(
    ("plain", "kept"),
    [
        ("time frame for the co-production plan", "frame"),
        ("time frame of the article's plan", "frame"),
        ("a framed photo of the two ministers", "framed"),
        ("framework of defence cooperation", "framework"),
    ],
)
def test_a_frame_of_another_kind_stays_a_word(plain: str, kept: str) -> None:
    assert kept in parse_query([plain]).terms
