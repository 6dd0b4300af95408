"""A community organisation's own news page reporting the talks among its own news (issue
24, dev-s26): its notices of its own events are furniture, a faith's or a language's word
alone is no new name, and a minister describing his country's progress towards making its
own arms highlights it; each rule leaves ordinary news copy alone."""

from __future__ import annotations

import pytest

from defcoop_cli.curation.drafting.furniture.readers import own_notice
from defcoop_cli.curation.drafting.new_entities import capitalised_names
from defcoop_cli.curation.drafting.segments import candidates
from defcoop_cli.curation.drafting.verbs import first_verb

NOTICES = [
    "Our spring picnic will be held on Sunday 6 April at Ueno Park; bring a mat.",
    "The calligraphy class meets every Tuesday at 19:00 in the Association's hall.",
    "- Booking for our Holi lunch at the community hall (22 March) is open to members.",
    "A film evening at the Sangam's library, 14 June, 18:00. Free for members.",
    "Families who wish to help at the Ganesh festival stall should write to us by 2 August.",
    "- The club room is closed during the New Year holidays.",
    "Our charity walk along the river starts at 9.30 on Saturday. Everyone is welcome.",
    "Our Diwali dinner is on Saturday 25 October at the Civic Hall.",
]
# A wire report's, a readout's and a paper's lines with a time and no organisation's notice,
# a minister's own words, an organisation's report of what it did: each stays a statement.
NEWS = [
    "The two ministers will meet again in Tokyo on 14 June at 10:00, officials said.",
    "Members of the Japanese delegation will attend a dinner at the embassy on 6 May.",
    "The Defence Acquisition Council meets on Thursday at 11:00 to clear the purchase.",
    "Our correspondent will report from the naval base at Yokosuka on Monday.",
    '"Our next round of talks will be held in Tokyo on 3 June," the minister said.',
    "The Society's members met the visiting consul on 27 April at 18:00.",
    "Our two navies will hold a passing exercise in the Bay of Bengal on 12 June.",
    "It has not been approved by the cabinet yet, the official said.",
]


@pytest.mark.parametrize(("news", "notice"), list(zip(NEWS, NOTICES, strict=True)))
def test_a_notice_of_the_organisations_own_event_is_furniture_and_news_is_not(
    news: str, notice: str
) -> None:
    text = f"Ministers meet in Delhi\n{news}\n{notice}\n"
    found, furniture = candidates(text)
    drafted = " ".join(text[c.start : c.end] for c in found if c.parent is None)
    assert news.strip('"').split(",")[0].rstrip(".") in drafted
    at = text.index(notice)
    assert any(a <= at < b for a, b in furniture), notice
    assert own_notice(notice) and not own_notice(news)


# Ordinary news lines with a time that an organisation's notice's signs once matched (issue
# 24's review): a nation's "our" and a saying verb, another body's members, anyone invited
# with no "we" of the organisation, a report's "our" with an article before the event.
NEWS_WITH_A_TIME = [
    "Our foreign office will brief reporters on the outcome on Tuesday at 11:00.",
    "Families are invited aboard the Japanese destroyer JS Izumo in Chennai on 14 June.",
    "The exhibition at Pragati Maidan will be open to members of industry bodies from 12 June,"
    " the ministry announced.",
    "All who wish to attend the joint seminar on 20 June must register with the Japanese Embassy.",
    "Our correspondent's full report from the Tokyo workshop on 12 June follows.",
    "Guests are invited to the state banquet at the presidential palace on Friday.",
    "The defence fair will be open to members of the diplomatic corps on 3 March, the army"
    " announced.",
    "Everyone who wishes to board the visiting frigate on Sunday must carry photo identity.",
    "Our editor's note on the seminar on 8 May is on page 4.",
]


@pytest.mark.parametrize("news", NEWS_WITH_A_TIME)
def test_a_news_line_with_a_time_is_no_organisations_notice(news: str) -> None:
    assert not own_notice(news)


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Members gathered at the Jain temple in Kitano to pray.", ["Kitano"]),
        ("She teaches Tamil and Hindi at a college in Nagoya.", ["Nagoya"]),
        ("The Buddhist monks of Nara sent a letter of sympathy.", ["Nara"]),
        # a two-word name keeps its word: a range, a state
        ("Patrols in the Hindu Kush were raised, Tamil Nadu's Sikh officials said.", None),
    ],
)
def test_a_faith_or_language_word_alone_is_no_name(sentence: str, names: list[str] | None) -> None:
    found = [sentence[a:b] for a, b in capitalised_names(sentence, [])]
    assert found == (names if names is not None else ["Hindu Kush", "Tamil Nadu"])


HIGHLIGHTS = [
    "He described India's progress towards self-reliance in defence production as a success",
    "Mr Singh described India's progress in building its own warships as a milestone",
    "The minister describes the country's drive towards indigenisation as irreversible",
    "She described Japan's efforts in domestic drone production as steady",
]
# Describing anything else reports (R33: praise and a view given are no stance of their own).
REPORTS = [
    "He described the talks as productive and forward-looking",
    "The official described the progress of the negotiations as slow",
    "Nakatani described the plan to build ships at home as costly",
    "A senior officer described the drill as the largest in a decade",
]


@pytest.mark.parametrize(("own", "other"), list(zip(HIGHLIGHTS, REPORTS, strict=True)))
def test_describing_ones_progress_towards_making_ones_own_arms_highlights(
    own: str, other: str
) -> None:
    verb, plain = first_verb(own), first_verb(other)
    assert verb is not None and verb.stance == "highlighted"
    assert plain is not None and plain.stance == "reported"
