"""drafting.body.elements.bylines: a page's dateline set apart in its byline block (which the
extraction drops) is read from the page and set on its own line before the body's first
sentence, when the extracted text has none. Pages of my own."""

from __future__ import annotations

from defcoop_cli.curation.drafting.body.elements.bylines import page_dateline, with_dateline

BYLINE = (
    '<article><h1>Harbour talks</h1><div class="byline"><span class="author">Ila Rao'
    '</span> <span class="dateline">TOKYO</span></div><p>The ministers met on Monday and '
    "agreed to hold drills next year.</p></article>"
)
TEXT = "Harbour talks\nThe ministers met on Monday and agreed to hold drills next year.\n"


def test_the_byline_blocks_dateline_is_read() -> None:
    assert page_dateline(BYLINE) == "TOKYO"
    assert page_dateline(BYLINE.replace("TOKYO", "SPORTS DESK")) is None  # no place known
    assert page_dateline('<p class="byline">By KENJI ITO</p>') is None
    assert page_dateline('<div class="dateline-meta"><time>May 7, 2025</time></div>') is None


def test_it_stands_before_the_first_sentence_once() -> None:
    placed = with_dateline(TEXT, BYLINE)
    assert placed.split("\n")[:3] == ["Harbour talks", "TOKYO", TEXT.split("\n")[1]]
    assert with_dateline(placed, BYLINE) == placed  # a line opens with it already
    assert with_dateline(TEXT, "<p>No byline here.</p>") == TEXT


def test_a_dateline_element_in_a_meta_block_gives_its_place_and_day() -> None:
    meta = (
        '<div class="story-meta"><span class="byline">By Oren Halvik</span>'
        '<span class="dateline-text">Osaka, June 3, 2025, 09:15 JST</span>'
        '<span class="updated">Updated 10:02 JST</span></div>'
    )
    assert page_dateline(meta) == "Osaka, June 3, 2025, 09:15 JST"
    assert page_dateline(meta.replace("Osaka", "Sports Desk")) is None  # no place known
    assert page_dateline('<span class="dateline">Osaka, where the ships wait</span>') is None


def test_a_sidebar_cards_byline_date_is_no_dateline() -> None:
    card = (
        '<div class="sidebar-card"><a href="/r">Ports in the north</a>'
        '<span class="byline-date">Osaka, June 2, 2025</span></div>'
    )
    page = '<div class="story-meta"><span class="byline">By Oren Halvik</span></div>' + card
    assert page_dateline(page) is None
    assert page_dateline(f"<aside>{card}</aside>") is None
    # the story's own meta block still gives its dateline element
    meta = '<div class="story-meta"><span class="dateline">Osaka, June 3, 2025</span></div>'
    assert page_dateline(meta + card) == "Osaka, June 3, 2025"
