"""Two registers' furniture: a figures feature's other news and sources line
(furniture/roundups.py, furniture/listings.py), an accessible version's apparatus and its
word list (furniture/credits.py, furniture/listings.py), its own date (body/dating.py) and
a figure's phrase opening its line (names/several.py); and the ordinary news each rule
leaves alone."""

from __future__ import annotations

import pytest

from defcoop_cli.curation.drafting.body.dating import labelled_date
from defcoop_cli.curation.drafting.furniture.apparatus.notes import accessible_lines
from defcoop_cli.curation.drafting.furniture.listings import glossary, listing
from defcoop_cli.curation.drafting.furniture.roundups import figure_items
from defcoop_cli.curation.drafting.new_entities import capitalised_names
from defcoop_cli.curation.drafting.segments import candidates

FIGURES_ON_LINES = [
    "HARBOUR GAZETTE",
    "The week in numbers",
    "45",
    "Minutes of talks between Alpha's defence minister Ora Venn and her Beta counterpart.",
    "12",
    "Ships Venn and her guest agreed to send to next spring's joint drill.",
    "31.5",
    "Degrees at Kellport airfield on Tuesday, the warmest reading of the week.",
    "2",
    "Tram routes closed near Marlow Square after a burst water main.",
    "Sources: defence ministry, Kellport weather station, city transport board",
]

FIGURES_INLINE = [
    "By the numbers",
    "2 - Ministers at the table in Gamma City on Monday: Ora Venn and Tal Brisk.",
    "4 - Areas of technology the two ministers agreed to share: radar, cyber, space, sonar.",
    "600 - Runners in Sunday's harbour half-marathon, won by Ines Quill of Dunmore.",
]


def test_a_figures_features_items_of_other_news_are_furniture() -> None:
    assert figure_items(FIGURES_ON_LINES) == {6, 7, 8, 9}
    assert figure_items(FIGURES_INLINE) == {3}


def test_its_other_items_and_sources_line_are_no_candidates() -> None:
    text = "\n".join(FIGURES_ON_LINES)
    found, furniture = candidates(text)
    quotes = [text[c.start : c.end] for c in found]
    assert any("Ships Venn and her guest agreed" in quote for quote in quotes)
    assert not any("Kellport" in quote or "Marlow" in quote for quote in quotes)
    assert FIGURES_ON_LINES[-1] in [text[a:b] for a, b in furniture]


@pytest.mark.parametrize(
    "lines",
    [
        # a wire report quoting figures, no feature's heading
        [
            "GAMMA CITY, May 5 (Harbour Wire) - Alpha and Beta agreed on Monday to hold a drill.",
            "12",
            "Ships will take part, officials said, as will aircraft from Kellport.",
            "3",
            "Days of exercises are planned near Marlow Island, the navy said.",
            "40",
            "Officers from Dunmore will observe.",
        ],
        # a readout's numbered outcomes, each its own name, no feature's heading
        [
            "Outcomes of the talks",
            "1 - Alpha and Beta will hold a joint harbour drill next spring.",
            "2 - Gamma will be invited to observe the drill as a guest.",
            "3 - Delta's coast guard will brief both navies on the straits.",
        ],
        # a trade story's figures box: no item of the talks, so nothing is set aside
        [
            "By the numbers",
            "9.4 - Billion in trade between Alpha and Beta last year.",
            "31 - Per cent of it carried through Kellport.",
            "7 - Shipping lines that call at Marlow every week.",
        ],
        # a figures box whose every item is the talks', naming their parties
        [
            "Key figures",
            "45 - Minutes Ora Venn and Tal Brisk spent together on Monday.",
            "12 - Ships Ora Venn offered for the drill.",
            "3 - Days Tal Brisk will spend in Kellport after the talks.",
        ],
    ],
)
def test_news_quoting_figures_keeps_its_lines(lines: list[str]) -> None:
    assert figure_items(lines) == set()


def test_a_figures_phrase_opens_its_line_and_names_no_entity() -> None:
    text = "4 - Areas of technology the two ministers agreed to share."
    assert [text[a:b] for a, b in capitalised_names(text, [])] == []
    text = "1,240 - Crates of fish landed at Kellport on Friday."
    assert [text[a:b] for a, b in capitalised_names(text, [])] == ["Kellport"]


@pytest.mark.parametrize(
    "text",
    [
        "The drill ended 2 - Kastania won the final round.",  # a score inside a sentence
        "Officials met in Room 12 - Kastania sent two.",
        "Venn said the vote was 5 - Kastania abstained.",
        "Route 9 - Marlow Street is closed.",
    ],
)
def test_a_name_after_a_figure_inside_a_line_stays_a_name(text: str) -> None:
    assert any(text[a:b] in ("Kastania", "Marlow Street") for a, b in capitalised_names(text, []))


def test_a_sources_label_over_a_list_between_commas_is_a_listing() -> None:
    assert listing("Sources: defence ministry readout, weather office, transit board")
    assert listing("Figures: the ministry, the port authority")


@pytest.mark.parametrize(
    "line",
    [
        "Sources: officials said the talks went well, and more would follow.",
        "Sources said the ministers would meet again, perhaps in Kellport.",
        "Data: the ministry's figures show trade has doubled, officials noted.",
        "Sources: the defence ministry.",  # one source, no list
        "The sources of the figures were the ministry, the port and the weather office.",
    ],
)
def test_a_sentence_about_sources_is_no_listing(line: str) -> None:
    assert not listing(line)


EASY_READ = [
    "Ministry of Defence of Alpha",
    "EASY READ",
    "Alpha and Beta talk about the sea",
    "This is an Easy Read version of a news release.",
    "The news release came out on 5 May 2025.",
    "This Easy Read version came out on 12 May 2025.",
    "Some words are in bold. We explain them in the list at the end.",
    "Who we are",
    "We are the Ministry of Defence of Alpha.",
    "We keep Alpha safe.",
    "The meeting",
    "[Picture: two people shaking hands]",
    "Ora Venn met Tal Brisk in Gamma City.",
    "They talked about the **coast guard**.",
    "We want to work more with Beta.",
    "Hard words",
    "Coast guard",
    "People who keep the sea near a country safe.",
    "More information",
    "If you need this in another format, please write to us.",
    "This Easy Read version was made by our information team.",
]


def test_an_easy_read_versions_apparatus_and_word_list_are_furniture() -> None:
    apparatus = accessible_lines(EASY_READ)
    assert apparatus == {1, 3, 4, 5, 6, 7, 8, 9, 18, 19, 20}
    assert glossary(EASY_READ) == {15, 16, 17}


def test_its_sentences_of_the_talks_and_of_the_issuers_wishes_stay() -> None:
    text = "\n".join(EASY_READ)
    quotes = [text[c.start : c.end] for c in candidates(text)[0]]
    assert "Ora Venn met Tal Brisk in Gamma City" in quotes
    assert "We want to work more with Beta" in quotes
    assert not any("Easy Read" in quote or "came out" in quote for quote in quotes)


@pytest.mark.parametrize(
    "lines",
    [
        # a wire report that tells of a release's day and of a body's "we"
        [
            "GAMMA CITY, May 6 (Harbour Wire) - Alpha's defence ministry set out the talks.",
            "The press release came out on 5 May, a day after the two ministers met.",
            "We are the largest navy in the region, Venn told reporters.",
            "If you need this in another format, the ministry said, it can send one.",
        ],
        # a story about an Easy Read guide, not one itself
        [
            "Ministry publishes Easy Read guide to the talks",
            "The ministry published an Easy Read version of its release on Friday.",
            "Who we are",
            "The guide opens with a page on the ministry itself.",
            "This version was written by the ministry's information team, officials said.",
        ],
        # a readout whose heading is "About us" on a page
        [
            "Readout of the meeting",
            "Ora Venn and Tal Brisk met in Gamma City on Monday.",
            "About us",
            "We are the press office of the Ministry of Defence of Alpha.",
        ],
        # a paper's story with a date of its own and a version of a pact
        [
            "Talks yield a draft pact",
            "This version of the pact was written by officials from both ministries.",
            "Our report was published on 5 May, before the talks ended.",
        ],
    ],
)
def test_ordinary_news_keeps_the_lines_an_easy_read_version_sets_aside(lines: list[str]) -> None:
    assert accessible_lines(lines) == set()


@pytest.mark.parametrize(
    "lines",
    [
        # a news story's glossary of one-line entries and a subheading over a paragraph
        ["Glossary", "What happens next", "The ministers will meet again in Kellport next year."],
        # a term no sentence of the piece uses
        ["Alpha and Beta met.", "Word list", "Sonar", "Sound used to find things under water."],
        # a subheading that is a word the story uses, with no glossary's heading
        ["Venn spoke of terrorism.", "Terrorism", "Both sides condemned the attack."],
        # a glossary heading over a long paragraph
        [
            "Beta's navy uses sonar.",
            "Key words",
            "Sonar",
            "Venn and Brisk agreed that their navies would share sonar data from next spring, "
            "and that officers from both sides would train together at Kellport for a month "
            "before the drill begins in the straits.",
        ],
    ],
)
def test_lines_that_only_look_like_a_word_list_stay(lines: list[str]) -> None:
    assert glossary(lines) == set()


def test_the_versions_own_date_dates_it_and_the_releases_does_not() -> None:
    assert labelled_date(["This Easy Read version came out on 12 May 2025."]) == "2025-05-12"
    assert labelled_date(["This plain English version was published on 13 May 2025."]) == (
        "2025-05-13"
    )
    assert labelled_date(["The news release came out on 5 May 2025."]) is None
    assert labelled_date(["This pact was signed on 5 May 2025."]) is None
