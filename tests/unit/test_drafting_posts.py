"""drafting.posts: a social post embedded in a page is its author's; a forum thread's posts are
their members'."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from defcoop_cli.curation.drafting.files import draft_file
from defcoop_cli.curation.drafting.posts import (
    Post,
    embedded_posts,
    housekeeping,
    post_turns,
    read_thread,
)
from defcoop_cli.curation.drafting.segments import candidates

PAGE = [
    "Ola Brandt posts after the talks",
    "The minister has just posted:",
    "Ola Brandt",
    "Post on X",
    "Had a long talk with Beta's sea minister today. We agreed to chart the straits.",
    "4:10 PM · May 2, 2025",
    "View on X",
    "The talks ended at noon.",
]


def test_a_post_under_its_authors_name_and_platform_line_is_the_authors() -> None:
    assert embedded_posts(PAGE) == [Post("Ola Brandt", (4,))]


def test_a_post_closed_by_its_sign_off_is_the_authors() -> None:
    lines = [
        "Alpha and Beta met.",
        "We charted the straits together.",
        "— Ola Brandt (@olab) May 2",
    ]
    assert embedded_posts(lines) == [Post("Ola Brandt", (1,))]


def test_a_name_over_a_link_that_never_closes_is_no_post() -> None:
    lines = ["Ola Brandt", "Read on X", "Alpha and Beta met.", "They agreed.", "More.", "End."]
    assert embedded_posts(lines) == []


def test_the_posts_turns_end_with_the_post() -> None:
    spans, at = [], 0
    for line in PAGE:
        spans.append((at, at + len(line), line))
        at += len(line) + 1
    turns, posted = post_turns(spans, lambda name: (name.upper(), True))
    assert [(t.start, t.speaker) for t in turns] == [(spans[4][0], "OLA BRANDT"), (spans[4][1], "")]
    assert posted == {4}


# A forum thread saved as a page (issue 24, dev-s33): each post an <article> naming its
# member, a story pasted in a quote block under its "Source:" line, a member's word on the
# thread; and pages of several <article> elements that are no thread.
def _post(member: str, body: str, kind: str = "post") -> str:
    return (
        f'<article class="{kind}"><div class="meta"><span class="username">{member}</span>'
        f'<span>Joined 2019</span></div><div class="content">{body}</div></article>'
    )


THREAD = (
    "<html><head><title>Alpha in Gamma City - Harbour Board</title></head><body>"
    "<nav>Forums | Log in</nav><h1>Alpha in Gamma City</h1><div class='stream'>"
    + _post(
        "Tern Watcher",
        "<p>Alpha and Beta sat down in Gamma City this afternoon, a long meeting by all"
        " accounts.</p><blockquote><p>GAMMA CITY, June 2 (Kestrel Wire) - Both sides agreed to"
        " expand the Delta Drill, a spokesman said after the talks.</p><p>It was the third"
        " round of talks between the two ministers this year.</p><p>Source: Kestrel Wire</p>"
        "</blockquote><p>Wire story above, the ministry's own note to follow.</p>",
    )
    + _post(
        "Gull Nine",
        "<p>I doubt the drill will grow much before the rains come next year.</p>"
        "<p>Merged two threads on the visit, please keep it on topic.</p>",
    )
    + "</div><footer>Powered by a forum</footer></body></html>"
)


def test_a_threads_posts_are_its_members_and_a_pasted_story_its_sources() -> None:
    thread = read_thread(THREAD)
    assert thread is not None
    assert [who for who, _ in thread.said] == ["Kestrel Wire", "Tern Watcher", "Gull Nine"]
    assert "Both sides agreed to expand the Delta Drill" in thread.said[0][1]
    assert "Both sides agreed" not in thread.said[1][1]  # the quote is no words of his own


def test_every_post_of_a_thread_is_drafted_by_its_member(tmp_path: Path) -> None:
    from conftest import MINI

    from defcoop_cli.factbase.loader import load

    page = tmp_path / "thread.html"
    page.write_text(THREAD, encoding="utf-8")
    made = json.loads("".join(draft_file(page, "t", {}, load(MINI).doc, "1.0").text))
    said = {f["quote"].split(",")[0]: f["attribution"] for f in made["facts"]}
    assert said["I doubt the drill will grow much before the rains come next year"] == "Gull Nine"
    assert said["Alpha and Beta sat down in Gamma City this afternoon"] == "Tern Watcher"
    assert said["It was the third round of talks between the two ministers this year"] == (
        "Kestrel Wire"
    )
    assert not any(q.startswith(("Wire story above", "Merged two threads")) for q in said)


NOT_THREADS = {
    # a story and its teasers, each with its author: articles of two classes
    "teasers": "<main><article class='story'><h1>Alpha meets Beta</h1><span class='author'>"
    "Rhea Sen</span><p>Alpha met Beta in Gamma City on Monday and the two agreed to expand"
    " the Delta Drill.</p></article><article class='teaser'><span class='author'>Ian Cole"
    "</span><p>Rains flood the old port.</p></article></main>",
    # a blog's list of its own posts: one author
    "blog list": "<main><article class='post'><span class='author'>Rhea Sen</span><p>Alpha"
    " met Beta in Gamma City on Monday.</p></article><article class='post'><span"
    " class='author'>Rhea Sen</span><p>The Delta Drill will be larger next year.</p>"
    "</article></main>",
    # a report with one <article>
    "one story": "<article><span class='author'>Rhea Sen</span><p>Alpha met Beta in Gamma"
    " City on Monday, and officials said the talks went well.</p></article>",
    # two stories side by side that name no member
    "no members": "<main><article class='card'><p>Alpha met Beta in Gamma City.</p></article>"
    "<article class='card'><p>Beta flew home on Tuesday.</p></article></main>",
}


def test_only_posts_by_several_named_members_make_a_thread() -> None:
    assert read_thread(THREAD) is not None
    for kind, html in NOT_THREADS.items():
        assert read_thread(f"<html><body>{html}</body></html>") is None, kind


# A news page's story beside teaser cards, each card with its author (issue 24, review14a
# item 1): the cards are no thread, whatever their markup; the story is the page's text.
def _card(n: int, author: str, words: str) -> str:
    return (
        f"<article class='card'><a href='/s{n}'><h3>Story {n}</h3></a>"
        f"<span class='author'>{author}</span><p>{words}</p></article>"
    )


STORY = (
    "<div class='story'><h1>Alpha and Beta widen the Delta Drill</h1><p class='byline'>By Rhea"
    " Sen</p><p>GAMMA CITY: Alpha and Beta agreed on Monday to widen the Delta Drill and to"
    " build patrol boats together, officials said after the two ministers met.</p><p>Beta will"
    " send a survey ship to the Gamma Strait next spring, a Betan official told reporters.</p>"
    "<p>The two sides also discussed a joint school for divers, according to the statement."
    "</p></div>"
)
CARDS = (
    _card(1, "Ian Cole", "The port authority said the new quay would open before the rains.")
    + _card(2, "Mira Das", "Growers said the late frost had cut the apple crop by a third.")
    + _card(3, "Omar Hale", "The city council said the tram fares would stay the same.")
)
STORIES_WITH_CARDS = {
    "cards in an aside": f"<main>{STORY}<aside><h2>More from World</h2>{CARDS}</aside></main>",
    "cards in a section": f"<main>{STORY}<section class='more'><h2>Read next</h2>{CARDS}"
    "</section></main>",
    "cards in the footer": f"<main>{STORY}</main><footer><h2>Most read</h2>{CARDS}</footer>",
}


@pytest.mark.parametrize("kind", list(STORIES_WITH_CARDS))
def test_a_stories_teaser_cards_with_their_authors_are_no_thread(kind: str) -> None:
    assert read_thread(f"<html><body>{STORIES_WITH_CARDS[kind]}</body></html>") is None


def test_a_news_pages_story_is_drafted_and_not_its_cards(tmp_path: Path) -> None:
    from conftest import MINI

    from defcoop_cli.factbase.loader import load

    page = tmp_path / "news.html"
    page.write_text(
        f"<html><body>{STORIES_WITH_CARDS['cards in an aside']}</body></html>", encoding="utf-8"
    )
    made = json.loads("".join(draft_file(page, "t", {}, load(MINI).doc, "1.0").text))
    quotes = " ".join(f["quote"] for f in made["facts"])
    assert "Alpha and Beta agreed on Monday to widen the Delta Drill" in quotes
    assert "Beta will send a survey ship" in quotes
    assert not any(f["attribution"] in ("Ian Cole", "Mira Das") for f in made["facts"])


# A member's word on the thread or on what the post pastes, beside ordinary news sentences
# that name a paper, a thread or a posting and say something of the talks: those stay.
CHORES = [
    "Pasting the ministry's statement, the rest tomorrow.",
    "Transcript below for those who missed the briefing.",
    "Moved this to the Indo-Pacific subforum, please keep the thread on topic.",
    "The Japanese readout is now up on their site.",
    "Link to the full release in my profile.",
    "The joint statement, summarised.",
    "Mods, please pin this one.",
    "Tokyo's text to follow when it is out.",
]
NEWS_IN_POSTS = [
    "The two sides will merge their cyber working groups, the ministry said.",
    "The readout released by Tokyo said the ministers discussed the East China Sea.",
    "Officials said the full text of the agreement would be made public next month.",
    "The common thread in both statements was maritime security.",
    "Singh said the mast deal was up for review next year.",
    "The statement issued after the meeting summarised the talks as productive.",
    "Nakatani posted a photograph of the guard of honour on his official account.",
    "The report said the two navies would hold a passing exercise in June.",
]


@pytest.mark.parametrize(("news", "chore"), list(zip(NEWS_IN_POSTS, CHORES, strict=True)))
def test_a_posts_word_on_the_thread_is_furniture_and_its_news_is_not(news: str, chore: str) -> None:
    text = f"Talks in Delhi\n{news}\n{chore}\n"
    posts = [("Tern Watcher", news), ("Tern Watcher", chore)]
    found, furniture = housekeeping(text, *candidates(text), posts)
    drafted = " ".join(text[c.start : c.end] for c in found)
    assert news.rstrip(".") in drafted
    assert chore.split(",")[0].rstrip(".") not in drafted
    at = text.index(chore)
    assert any(a <= at < b for a, b in furniture), chore


def test_a_reports_own_lines_are_never_read_as_a_posts() -> None:
    text = "Talks in Delhi\nThe ministry's statement is now up on its website.\n"
    found, furniture = housekeeping(text, *candidates(text), [])
    assert [text[c.start : c.end] for c in found] == [
        "The ministry's statement is now up on its website"
    ]
    assert furniture == list(candidates(text)[1])


# A post's news said with a chore's words (review14a item 7): a paper's word introducing, after
# a colon, what the paper tells; the thread named as what shows or tells something. They stay.
NEWS_AS_CHORES = [
    "Pasting the wire copy: Alpha and Beta agreed to build patrol boats together.",
    "The readout is out: Beta will send a survey ship to the Gamma Strait.",
    "Transcript below: Beta said the Delta Drill would grow next year.",
    "This thread shows how far the two navies have come since the first Delta Drill.",
    "As I said earlier in this thread, the patrol boat deal is years away.",
    "The two MoDs agreed to hold the Delta Drill every year.",  # ministries, no moderators
]


@pytest.mark.parametrize("news", NEWS_AS_CHORES)
def test_a_posts_news_said_with_a_chores_words_is_drafted(news: str) -> None:
    text = f"Talks in Delhi\n{news}\n"
    found, furniture = housekeeping(text, *candidates(text), [("Tern Watcher", news)])
    drafted = " ".join(text[c.start : c.end] for c in found)
    assert news.rstrip(".") in drafted
    assert furniture == list(candidates(text)[1])


@pytest.mark.parametrize(
    "chore",
    [
        "Merged two threads on the visit.",
        "Locking this thread until the ministers meet again.",
        "Mods, please merge this with the other one.",
    ],
)
def test_a_moderators_act_on_the_thread_is_a_chore(chore: str) -> None:
    text = f"Talks in Delhi\n{chore}\n"
    found, _ = housekeeping(text, *candidates(text), [("Tern Watcher", chore)])
    assert not found
