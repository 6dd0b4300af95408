"""drafting.body.elements.entries: a listing whose items each hold a heading and other blocks
(a festival's programme of sessions) is read a block a line: the heading its own line, each
paragraph its own line, the short blocks of time, badges and buttons no longer run into the
heading and the first sentence. And what the rule must leave alone: a live blog's timed
entries (a list of paragraphs with no heading), a list of short items, a news story's
"Updated 09:00 IST" line. Every page is my own."""

from __future__ import annotations

from defcoop_cli.curation.drafting.body.elements.entries import entries_apart
from defcoop_cli.curation.drafting.pages import is_furniture, read_page

_HEAD = "<!DOCTYPE html><html><head><title>Programme | Harbour Radio</title></head><body>"
_PROGRAMME = (
    _HEAD
    + """<article><h1>Today's programme</h1><ul class="sessions">
<li><div class="when">10:30 | 45 min | TALK | LIVE</div><h3>Coastal Notes</h3>
<p>Minister Lio Brant opened the new fish market in Salt Harbour on Friday morning.</p>
<p>The market will sell the catch of forty boats from the northern coast every day.</p>
<div class="buttons">Remind me | Share</div></li>
<li><div class="when">12:00 | 30 min | NEWS | REPEAT</div><h3>Noon Desk</h3>
<p>Trade ministers of Ostmark and Veloria signed a customs accord at the river port.</p>
<p>Officials said the two customs services would share one desk at the border.</p>
<div class="buttons">Remind me | Share</div></li>
</ul></article></body></html>"""
)


def _lines(html: str) -> list[str]:
    page = read_page(html)
    assert page is not None
    return page.text.splitlines()


def test_a_listing_entry_is_read_a_block_a_line() -> None:
    lines = _lines(_PROGRAMME)
    assert "Coastal Notes" in lines and "Noon Desk" in lines
    assert (
        "Minister Lio Brant opened the new fish market in Salt Harbour on Friday morning." in lines
    )
    assert "Officials said the two customs services would share one desk at the border." in lines
    assert not any("LIVE Coastal" in line or "ShareRemind" in line for line in lines)
    assert not any(line.endswith("Remind me | Share") and len(line) > 20 for line in lines)
    assert is_furniture("Coastal Notes")  # the show's name alone: a short line, no stop


def test_a_live_blogs_timed_entries_keep_their_reading() -> None:
    html = (
        _HEAD
        + """<article><h1>Live: port talks</h1><p>Updated 09:00 IST</p><ul class="feed">
<li><p>09:12 The minister said the port would reopen to cargo ships next week.</p></li>
<li><p>09:40 Customs officers began checking the first trucks at the northern gate.</p></li>
<li><p>10:05 The mayor said the harbour's night market would open again on Saturday.</p></li>
</ul><p>Talks between the two trade ministers resumed after a short break in the morning.</p>
</article></body></html>"""
    )
    assert entries_apart(html) == html  # no item holds a heading: the page as given
    lines = _lines(html)
    assert any(
        line.endswith("09:12 The minister said the port would reopen to cargo ships next week.")
        for line in lines
    )


def test_a_list_of_short_items_and_a_page_without_lists_are_left_alone() -> None:
    tabs = _HEAD + "<ul><li>Mon 5</li><li>Tue 6</li></ul><p>Updated 09:00 IST</p></body></html>"
    assert entries_apart(tabs) == tabs
    plain = _HEAD + "<article><p>Updated 09:00 IST</p></article></body></html>"
    assert entries_apart(plain) == plain


def test_an_item_with_a_heading_alone_is_no_entry() -> None:
    html = (
        _HEAD + "<ul><li><h3>Coastal Notes</h3></li><li><h3>Noon Desk</h3></li></ul></body></html>"
    )
    assert entries_apart(html) == html
