"""drafting.discussions.held: a page whose main content is a discussion held in the elements
a comment filter drops (a wiki's talk page, a questions-and-answers site on a blog's comment
list, a mailing list's archive of a thread) is read with its discussion, each comment its
signer's, the page's apparatus left out; a news page's readers' comments under its story
stay out; an editor's notes on the page's own text are furniture (issue 24, heldout58,
dev-s45). Every text is my own."""

from __future__ import annotations

import pytest

from defcoop_cli.curation.drafting.discussions.chatter import chatter
from defcoop_cli.curation.drafting.discussions.held import held_discussion, held_lines
from defcoop_cli.curation.drafting.pages import read_page
from defcoop_cli.curation.drafting.segments import candidates

TALK = """<!DOCTYPE html><html><head><title>Talk:Porto naval drill</title></head><body>
<nav><a href="/">Main page</a></nav>
<article>
<h1>Talk:Porto naval drill</h1>
<div class="tmbox talkheader"><p>This is the talk page for improving the Porto naval drill
article. Please keep to the article's sources.</p></div>
<h2>Who hosted the drill</h2>
<div class="comment"><p>The article says Minister Alves hosted Minister Berg in Porto, but the
ministry's note says the talks were held at sea aboard the frigate Tagus and lasted three
hours. <span class="sig">Grey Gannet (talk) 09:10, 6 May 2025 (UTC)</span></p></div>
<div class="comment reply1"><p>The two ministers also agreed to widen the drill next year,
according to the joint statement issued after the talks. <span class="sig">Salt Ledger (talk)
11:42, 6 May 2025 (UTC)</span></p></div>
<div class="comment reply2"><p>I have cut the paragraph on the budget back to what the
statement supports, and added the joint statement as its source. <span class="sig">Grey Gannet
(talk) 12:05, 6 May 2025 (UTC)</span></p></div>
</article></body></html>"""

ANSWERS = """<!DOCTYPE html><html><body><article>
<h1>Did the two navies agree on a larger drill?</h1>
<p>I keep reading different things about this and would like a clear answer.</p>
<ol class="comment-list">
<li class="comment">
<div class="comment-author"><span>Asha Rao</span> answered 6 May 2025 at 10:15</div>
<div>12 votes</div>
<p>Yes. Minister Alves and Minister Berg agreed in Porto on Monday to widen the drill next
year, and the navies will add a second phase off the Azores in the autumn of next year.</p>
<div><a href="#r1">Reply</a> <a href="#s1">Share</a></div></li>
<li class="comment">
<div class="comment-author"><span>tide_watcher</span> answered 6 May 2025 at 16:40</div>
<div>-1 votes</div>
<p>They only talked about it.</p>
<div><a href="#r2">Reply</a> <a href="#s2">Share</a></div></li>
</ol>
</article></body></html>"""

THREAD = """<!DOCTYPE html><html><body><article>
<h1>Porto talks: notes</h1>
<section id="comments-thread">
<div id="comment-11"><p>From: Lena Ortiz<br>Date: Tue, 6 May 2025 09:00:00 +0100</p>
<p>Minister Alves told reporters in Porto that the drill would be held every year from now on,
and that the navies would share a training centre on the coast.</p></div>
<div id="comment-12"><p>From: Piet Vos<br>Date: Tue, 6 May 2025 10:30:00 +0200</p>
<p>Minister Berg said the same in Oslo the next morning, adding that the centre would open in
the spring of next year with a staff of forty officers from both navies.</p></div>
</section>
</article></body></html>"""


def _text(html: str) -> str:
    held = held_discussion(html)
    assert held is not None
    page = read_page(held.html)
    assert page is not None
    return page.text


def test_a_talk_pages_comments_are_read_each_its_signers() -> None:
    held = held_discussion(TALK)
    assert held is not None
    text = _text(TALK)
    lines = dict((line, who) for who, line in held_lines(held, text))
    alves = next(line for line in lines if line.startswith("The article says Minister Alves"))
    assert lines[alves] == "Grey Gannet" and alves.endswith("three hours.")
    statement = next(line for line in lines if line.startswith("The two ministers also agreed"))
    assert lines[statement] == "Salt Ledger"
    assert "Grey Gannet (talk) 09:10, 6 May 2025 (UTC)" in text.splitlines()  # its own line


def test_a_talk_pages_apparatus_is_left_out_and_its_headings_kept() -> None:
    text = _text(TALK)
    assert "This is the talk page" not in text
    assert "Who hosted the drill" in text


def test_answers_held_in_a_comment_list_are_each_their_authors() -> None:
    held = held_discussion(ANSWERS)
    assert held is not None
    text = _text(ANSWERS)
    lines = {line: who for who, line in held_lines(held, text)}
    yes = next(line for line in lines if line.startswith("Yes. Minister Alves"))
    assert lines[yes] == "Asha Rao"
    assert lines["They only talked about it."] == "tide watcher"  # a short answer kept
    assert "Reply Share" not in text and "I keep reading" not in text


def test_a_mailing_lists_messages_are_each_their_senders() -> None:
    held = held_discussion(THREAD)
    assert held is not None
    text = _text(THREAD)
    lines = {line: who for who, line in held_lines(held, text)}
    berg = next(line for line in lines if line.startswith("Minister Berg said the same"))
    assert lines[berg] == "Piet Vos"
    assert next(w for line, w in lines.items() if line.startswith("Minister Alves")) == "Lena Ortiz"


STORY = (
    "<p>Minister Alves hosted Minister Berg in Porto on Monday for talks on naval cooperation, "
    "the first such visit in six years. The two ministers agreed to widen their annual drill "
    "and to open a joint training centre on the coast next spring, officials said.</p>"
    "<p>Berg said his navy would send two frigates to the drill in September. Alves said the "
    "centre would train officers from both navies in search and rescue at sea.</p>"
    "<p>The talks also covered the protection of undersea cables, which both countries see as "
    "a growing concern after a string of breaks in the Atlantic last winter.</p>"
)
COMMENTS = [
    '<section class="comments"><div class="comment"><p class="comment-author">rio_reader</p>'
    '<p>About time.</p></div><div class="comment"><p>Two frigates is not much.</p></div>'
    "</section>",
    '<ol class="comment-list"><li class="comment"><div>Ana · May 6, 2025</div><p>Good news for '
    'the coast.</p></li><li class="comment"><div>Joao · May 6, 2025</div><p>Who pays for the '
    "centre?</p></li></ol>",
    '<div id="comments"><div class="comment-body"><p>Porto deserves this. Lena Ortiz (talk) '
    "09:10, 6 May 2025 (UTC)</p></div></div>",
    '<div class="article-comments"><p>Readers\' comments (2)</p><div><p>Well done, ministers.'
    "</p></div><div><p>Cables matter more than drills.</p></div></div>",
]


@pytest.mark.parametrize("comments", COMMENTS)
def test_readers_comments_under_a_story_stay_out(comments: str) -> None:
    head = "<html><body><article><h1>Navies to widen drill</h1>"
    page = f"{head}{STORY}{comments}</article></body></html>"
    assert held_discussion(page) is None


def test_a_page_without_comments_is_no_held_discussion() -> None:
    assert held_discussion(f"<html><body><article>{STORY}</article></body></html>") is None


def _furniture(text: str, posts: list[tuple[str, str]]) -> list[str]:
    found = candidates(text)
    return [text[a:b] for a, b in chatter(text, found[0], found[1], posts)[1]]


NOTES = [
    "I have cut the Porto paragraph back to what the joint statement supports.",
    "The 2019 budget figure had no source, so I took it out.",
    "Done, with the statement cited.",
    "Needs a source before it goes in.",
]


@pytest.mark.parametrize("note", NOTES)
def test_an_editors_note_on_the_pages_own_text_is_furniture(note: str) -> None:
    other = "The two ministers agreed to widen the drill next year."
    text = f"{note}\n{other}\n"
    furniture = _furniture(text, [("grey gannet", note), ("grey gannet", other)])
    assert note in furniture and other not in furniture


# A post's or a paper's sentences with an edit's verb or a verdict's word that tell the news:
# none is furniture.
POSTED_NEWS = [
    "Agreed with Minister Berg to widen our drill next year.",
    "Support for the drill grew in Porto on Monday.",
    "The navy has removed two frigates from the drill, officials said.",
    "Done deals are rare in naval talks, Alves told reporters.",
]


@pytest.mark.parametrize("sentence", POSTED_NEWS)
def test_news_with_an_edits_or_a_verdicts_word_is_no_editors_note(sentence: str) -> None:
    assert sentence not in _furniture(f"{sentence}\n", [("alves", sentence)])


# Review 18a: a story whose readers' comments outweigh it keeps its story, however many the
# comments; a reported-speech sentence opening a comment names no author; a post's body in a
# comment's class is read with the lead beside it. Every text is my own.
def _readers(count: int) -> str:
    return "".join(
        f'<li class="comment" id="li-comment-{n}"><div class="comment-author"><b>Reader{n}</b> '
        f'says:</div><div class="comment-content"><p>Reader {n} thinks the drill will be '
        "smaller than promised, as every drill in the last ten years has been, and that the "
        "training centre will open late if it opens at all.</p></div></li>"
        for n in range(count)
    )


STORIES = {
    "a dateline": "<p>PORTO, May 5 (Coast Wire) - Minister Alves and Minister Berg agreed on "
    "Monday to widen their annual drill.</p>",
    "a byline": "<p>By Lena Ortiz | 5 May 2025</p><p>The drill will grow next year.</p>",
    "a report's sentence": "<p>Minister Alves met Minister Berg in Porto on Monday to plan a "
    "larger drill, officials said.</p>",
    "prose paragraphs": STORY,
}


@pytest.mark.parametrize("count", [12, 1200])
@pytest.mark.parametrize("story", STORIES)
def test_a_storys_readers_comments_stay_out_however_many(story: str, count: int) -> None:
    readers = '<div id="comments" class="comments-area"><ol class="comment-list">'
    readers += f"{_readers(count)}</ol></div>"
    for page in (  # the comments beside the story's <article> in <main>, or in it
        f"<html><body><main><article><h1>Porto talks</h1>{STORIES[story]}"
        f"</article>{readers}</main></body></html>",
        f"<html><body><article><h1>Porto talks</h1>{STORIES[story]}{readers}"
        "</article></body></html>",
    ):
        assert held_discussion(page) is None  # trafilatura keeps the story, not the comments
        text = read_page(page)
        assert text is not None and "Reader 0 thinks" not in text.text
        assert "drill" in text.text


def test_a_comment_opening_with_reported_speech_is_its_signers() -> None:
    page = TALK.replace(
        "<p>The article says Minister Alves",
        "<p>Minister Berg said on 5 May 2025 that his navy would send two frigates.</p>"
        "<p>The article says Minister Alves",
    )
    held = held_discussion(page)
    assert held is not None
    lines = dict((line, who) for who, line in held_lines(held, _text(page)))
    assert lines["Minister Berg said on 5 May 2025 that his navy would send two frigates."] == (
        "Grey Gannet"
    )
    alves = next(line for line in lines if line.startswith("The article says Minister Alves"))
    assert lines[alves] == "Grey Gannet"
    assert "Minister Berg" not in lines.values()


def test_a_posts_body_in_a_comments_class_is_read_with_its_lead() -> None:
    page = (
        "<html><body><main><article><h1>What Porto meant for the yards</h1>"
        "<p>Posted 7 May 2025 by Lena Ortiz</p>"
        "<p>Minister Berg told reporters in Oslo that two yards would bid for the frigates.</p>"
        '<div class="comment-body entry-content"><p>The drill matters less to me than the '
        "yards. Alves and Berg spoke of frigates, and a frigate is built, not exercised.</p>"
        "<p>I will believe in the centre when its first class of officers has graduated.</p>"
        "</div></article></main></body></html>"
    )
    held = held_discussion(page)
    assert held is not None and held.said == ()
    text = read_page(held.html)
    assert text is not None
    assert "two yards would bid" in text.text and "a frigate is built" in text.text
