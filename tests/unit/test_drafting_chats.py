"""drafting.body.chats: a chat exported from a messaging app, its stamps and senders'
labels furniture, the app's notices furniture whole, a label message giving the sender's
next messages to the person it names, the chat's day from its stamps. Texts of my own."""

from __future__ import annotations

from datetime import date

import pytest

from defcoop_cli.curation.drafting.body.chats import (
    chat_day,
    chat_stamp,
    label_person,
    label_posts,
)

CHAT = [
    "18/11/24, 09:58 - Messages in this group are end-to-end encrypted.",
    "18/11/24, 10:02 - Press Desk (Navy): Admiral Holm met his guest in Oslo today.",
    "18/11/24, 10:05 - Press Desk (Navy): Remarks by Minister Ek after the talks:",
    "18/11/24, 10:05 - Press Desk (Navy): We agreed to sail together.",
    "18/11/24, 10:06 - Press Desk (Navy): I thanked my hosts.",
    "18/11/24, 10:07 - Per Lund (Fjord Wire): Any pictures?",
    "18/11/24, 10:08 - Press Desk (Navy): The guests leave tomorrow.",
    "[18/11/24, 10:09:12] Per Lund: Thanks",
    "18/11/24, 10:10 - This message was deleted",
    "18/11/24, 10:11 - Press Desk (Navy) added Per Lund",
]


def test_a_messages_stamp_and_sender_are_furniture_a_notice_whole() -> None:
    m = chat_stamp(CHAT[1])
    assert m is not None and CHAT[1][m.end() :] == "Admiral Holm met his guest in Oslo today."
    for notice in (CHAT[0], CHAT[8], CHAT[9]):
        m = chat_stamp(notice)
        assert m is not None and m.end() == len(notice)
    m = chat_stamp(CHAT[7])  # thanks: the chat's own traffic, the line whole (dev-s25)
    assert m is not None and m.end() == len(CHAT[7])
    assert chat_stamp("18/11/2024 - Holm met Ek.") is None  # a date and a dash: no chat
    assert chat_stamp("18 November 2024, 10:02 - The talks began.") is None


def test_a_label_message_gives_the_senders_next_messages_to_its_person() -> None:
    assert label_posts(CHAT) == [("Minister Ek", (3, 4))]  # another sender ends them
    own = ["18/11/24, 10:05 - Desk: Ek's remarks to the media:", "18/11/24, 10:06 - Desk: We met."]
    assert label_posts(own) == [("Ek", (1,))]


def test_a_messages_lines_after_its_first_are_the_same_message() -> None:
    lines = [*CHAT[2:4], "Beta is a trusted partner.", *CHAT[4:6]]  # no stamp: the line after
    assert label_posts(lines) == [("Minister Ek", (1, 2, 3))]


def test_a_label_persons_name_title_or_initials() -> None:
    people = {"Ek": ("Lars Ek", True), "Rune Dahl": ("Rune Dahl", True)}
    assert label_person("Minister Ek", "", people.get) == ("Lars Ek", True)
    text = "Forsvars Minister Rune Dahl met his guest."
    assert label_person("FM", text, people.get) == ("Rune Dahl", True)
    assert label_person("FM", "No title here.", people.get) is None


def test_a_chats_day_is_its_first_messages() -> None:
    assert chat_day(CHAT) == "2024-11-18"
    assert chat_day(["05/06/25, 09:00 - A: x", "05/06/25, 09:01 - A: y"]) == "2025-06-05"
    near = [date(2025, 5, 6)]  # read either way: the reading nearer the known dates
    assert chat_day(["05/06/25, 09:00 - A: x", "05/06/25, 09:01 - A: y"], near) == "2025-05-06"
    assert chat_day(CHAT[:1]) is None  # one stamp is no chat


@pytest.mark.parametrize(
    "message",
    [
        "Good morning, all!",  # a greeting
        "Hello everyone",
        "Noted, thanks.",  # thanks
        "Many thanks, most helpful!",
        "That's it from the desk for today.",  # a sign-off
        "Signing off for now.",
        "Full readout to follow.",  # a thing to be sent, and when
        "Pictures shortly.",
        "Statement after the talks.",
        "Video in about ten minutes.",
        "MEDIA ADVISORY: Minister Ek, naval base, 0900 hrs. Cameras only.",  # a notice
        "REMINDER: passes at the gate by 8.30.",
    ],
)
def test_a_message_that_is_the_chats_own_traffic_is_furniture_whole(message: str) -> None:
    line = f"18/11/24, 10:02 - Press Desk (Navy): {message}"
    m = chat_stamp(line)
    assert m is not None and m.end() == len(line)


@pytest.mark.parametrize(
    "message",
    [
        "Admiral Holm thanked his guest for the visit.",  # the news, in a chat
        "Photos show the two ministers at the dock.",
        "The readout says both sides agreed to sail together.",
        "Thanks to the new pact, the two navies will share fuel depots.",
        "Good relations with Beta matter more than ever, Ek said.",
        "Statement by Minister Ek after the talks:",  # a label message: the next are his
        "Media advisers from both sides met on Sunday.",
    ],
)
def test_a_message_that_tells_the_news_keeps_its_words(message: str) -> None:
    line = f"18/11/24, 10:02 - Press Desk (Navy): {message}"
    m = chat_stamp(line)
    assert m is not None and line[m.end() :] == message
