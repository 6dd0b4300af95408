"""drafting.discussions: a page of comments (a link aggregator's discussion, a questions-and-
answers site's answer) gives each comment to its author and a quoted story to its outlet;
a bot's comments and a user's chat are furniture (issue 24, heldout56, dev-s44). And the
ordinary pages and news sentences the rules must leave alone. Every text is my own."""

from __future__ import annotations

import pytest

from defcoop_cli.curation.drafting.discussions.chatter import chatter
from defcoop_cli.curation.drafting.discussions.comments import (
    comment_lines,
    comment_words,
    display_name,
)
from defcoop_cli.curation.drafting.segments import candidates


def _comment(who: str, *paragraphs: str, inner: str = "") -> str:
    said = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f'<div class="c"><p class="who">{who}</p>{said}{inner}</div>'


THREAD = f"""<html><body><article>
<h1><a href="https://www.harbourpost.example/story">Navies to widen their drill</a></h1>
<p class="domain">harbourpost.com</p>
{_comment("tide_watcher · OP · 3 hr. ago · 52 points", "The Harbour Post has the story.")}
{
    _comment(
        "recap_helper_bot · 3 hr. ago · 12 points",
        "Here is a short summary. (I'm a bot)",
        inner="<blockquote><p>Minister Alves met Minister Berg in Porto on Monday.</p>"
        "<p>The two agreed to widen their naval drill next year.</p></blockquote>",
    )
}
{
    _comment(
        "GreyHullSailor · 2 hr. ago · 40 points",
        "Alves served on a frigate for ten years before politics.",
        "Reply · Share",
        inner=_comment("tide_watcher · 1 hr. ago · 9 points", "Fair enough, I stand corrected."),
    )
}
</article></body></html>"""


def test_each_comment_is_its_authors_and_a_quoted_story_its_outlets() -> None:
    said = comment_words(THREAD)
    assert ("tide watcher", "The Harbour Post has the story.") in said
    assert ("Harbour Post", "The two agreed to widen their naval drill next year.") in said
    assert ("Grey Hull Sailor", "Alves served on a frigate for ten years before politics.") in said
    assert ("tide watcher", "Fair enough, I stand corrected.") in said  # a reply: its replier's
    assert not any(w.startswith("tide_watcher") for _, w in said)  # an author's line: no one's


def test_a_quote_introduced_by_a_line_naming_its_outlet_is_that_outlets() -> None:
    page = (
        "<html><body><article>"
        + _comment(
            "Asha Rao · Answered May 6, 2025",
            "The Coastal Courier added a detail:",
            inner="<blockquote><p>Alves will visit the dockyard on Tuesday.</p></blockquote>",
        )
        + _comment("Tom Berg · May 6, 2025", "Alves never said so.")
        + "<p>Upvote · 14</p></article></body></html>"
    )
    said = comment_words(page)
    assert ("Coastal Courier", "Alves will visit the dockyard on Tuesday.") in said
    assert ("Asha Rao", "The Coastal Courier added a detail:") in said
    assert ("Tom Berg", "Alves never said so.") in said


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("monsoon_mapper", "monsoon mapper"),
        ("ShinkansenSapper", "Shinkansen Sapper"),
        ("BayOfBengalBuoy", "Bay Of Bengal Buoy"),
        ("Devika Rao", "Devika Rao"),
    ],
)
def test_a_display_name_is_read_as_words(name: str, words: str) -> None:
    assert display_name(name) == words


# Pages that are no discussion: a news story under its byline; a news page's teaser cards,
# each under its writer's line; a live blog's entries under their reporters' lines and ages;
# a photo page's captions with credits. None lets one answer or vote, or has two authors.
STORY = (
    "<html><body><article><p class='by'>By Asha Rao · May 5, 2025</p>"
    "<p>Minister Alves met Minister Berg in Porto on Monday.</p>"
    "<p>The two agreed to widen their naval drill.</p></article></body></html>"
)
TEASERS = (
    "<html><body><article><p>Minister Alves met Minister Berg in Porto on Monday.</p>"
    + _comment("Asha Rao · May 4, 2025", "Porto's new harbour opens to cruise ships.")
    + _comment("Tom Berg · May 3, 2025", "Fishermen protest a quota cut in the north.")
    + "</article></body></html>"
)
LIVE = (
    "<html><body><article>"
    + _comment("Asha Rao · 10 min ago", "I am at the ministry, where the talks have begun.")
    + _comment("Tom Berg · 25 min ago", "Minister Berg arrived in Porto this morning.")
    + "</article></body></html>"
)
CAPTIONS = (
    "<html><body><article>"
    + _comment("Photo: Kenji Mori · Harbour Agency", "Minister Alves greets Minister Berg.")
    + _comment("Photo: Lena Park · Harbour Agency", "The two ministers at the harbour.")
    + "<p>Share</p></article></body></html>"
)


# A reader poll's votes answer no comment (review 17a): a story and its teaser cards, a live
# blog's entries, with a poll on the page, are still no discussion.
POLL = "<div class='poll'><p>Should the drill grow?</p><p>Vote</p><p>512 votes</p></div>"
POLLED_STORY = (
    "<html><body><main>"
    + _comment("Asha Rao · 2 hr ago", "Minister Alves met Minister Berg in Porto on Monday.")
    + "<div class='related'>"
    + _comment("Tom Berg · 4 hr ago", "Porto's new harbour opens to cruise ships.")
    + _comment("Lena Park · 1 day ago", "Fishermen protest a quota cut.")
    + "</div>"
    + POLL
    + "</main></body></html>"
)
POLLED_LIVE = LIVE.replace("<article>", "<article>" + POLL)


@pytest.mark.parametrize("page", [STORY, TEASERS, LIVE, CAPTIONS, POLLED_STORY, POLLED_LIVE])
def test_a_page_that_is_no_discussion_gives_no_line_to_anyone(page: str) -> None:
    assert comment_words(page) == []
    assert comment_lines(page, "Minister Alves met Minister Berg in Porto on Monday.\n") == []


def _furniture(text: str, posts: list[tuple[str, str]]) -> list[str]:
    found, furniture = candidates(text)
    _, furniture = chatter(text, found, furniture, posts)
    return [text[a:b] for a, b in furniture]


BOT = "Reminder: links need a statement. I am a bot, and this action was performed automatically."
CHAT = [
    "Fair enough, I stand corrected.",
    "Thanks, that clears it up.",
    "Been away since I retired.",
    "Never thought I'd see this forum agree on something.",  # the thread's own stance
    "The Harbour Post has the best write-up I could find, the summary is below.",  # a pointer
    "Full text in the comments.",
]


def test_a_bots_comments_and_a_users_chat_are_furniture() -> None:
    story = "Minister Alves met Minister Berg in Porto on Monday."
    text = "\n".join([BOT, story, *CHAT]) + "\n"
    posts = [("Auto Mod", BOT), ("Harbour Post", story), *(("tide watcher", c) for c in CHAT)]
    furniture = _furniture(text, posts)
    assert "Reminder: links need a statement." in furniture
    assert all(c in furniture for c in CHAT)
    assert story not in furniture and not any(story in f for f in furniture)


# A comment's sentences that say something: a stance's verb, a name, a number, more words
# than chat; and a wire's, a readout's and a paper's sentences in the first person or with
# thanks, outside any comment: none is furniture.
SAYS = [
    "I think they agreed to co-develop the radar.",
    "I think this thread agrees that Alves signed nothing.",  # a clause of the talks
    "The Harbour Post has the fullest account, and Alves said more on Monday.",
    "I was at the harbour in Porto on Monday.",
    "I counted 40 reporters at the briefing.",
    "I have covered this ministry for years and the talks ran longer than anyone expected.",
]
NEWS = [
    '"I stand by what I said in Porto," the minister told reporters.',
    "Thanks to the new port, exports rose last year, the ministry said.",
    "It has not been approved by the cabinet yet, the official said.",
    '"I am grateful to my host," Alves said after the talks.',
]


@pytest.mark.parametrize("sentence", SAYS)
def test_a_comment_that_says_something_is_no_chat(sentence: str) -> None:
    assert sentence not in _furniture(f"{sentence}\n", [("tide watcher", sentence)])


# Review 26a #9: only the thread itself ("this thread", "this sub", "the comments") is the
# chatter's subject; "the group" or "the forum" that agreed is a real body told of.
@pytest.mark.parametrize(
    ("sentence", "chat"),
    [
        ("I gather the group agreed to meet again in the spring.", False),
        ("As I understand it, the forum agreed to hold the drills annually.", False),
        ("Looks like the board condemned the raid, as I expected.", False),  # mine
        ("Never thought I'd see this sub agree on something.", True),
        ("I love how the comments agree on everything today.", True),
        ("Wow, this thread condemned it faster than I did.", True),
    ],
)
def test_only_the_thread_itself_is_the_chatters_subject(sentence: str, chat: bool) -> None:
    furniture = _furniture(f"{sentence}\n", [("tide watcher", sentence)])
    assert (sentence in furniture) is chat


@pytest.mark.parametrize("sentence", NEWS)
def test_news_in_the_first_person_outside_a_comment_is_no_chat(sentence: str) -> None:
    other = "Fair enough, I stand corrected."
    assert _furniture(f"{sentence}\n{other}\n", [("tide watcher", other)]) == [other]


@pytest.mark.parametrize(
    ("sentence", "note"),
    [
        ("Agree on the title, and done.", True),
        ("Support.", True),
        ("Needs a source before it goes back in.", True),
        # issue 24, review18a: readers' comments on the talks, no note on the page's text
        ("Agreed, the summit changed nothing.", False),
        ("Support for joint shipbuilding is broad.", False),
        ("Done deal, the radars are bought.", False),
        ("Need more sources of cobalt, the ministry says.", False),
        ("Needs a source of money too, as the budget is set.", False),
        # issue 24: a reply's verdict on another poster; a verdict on a party stays
        ("Agree with Tomas.", True),
        ("+1 to the OP.", True),
        ("Agree with Berg that the port deal is overdue.", False),
        ("Alves agreed with Berg on the port.", False),
    ],
)
def test_an_editors_note_is_on_the_pages_text_a_readers_comment_stays(
    sentence: str, note: bool
) -> None:
    other = "Minister Alves met Minister Berg in Porto on Monday."
    text = f"{sentence}\n{other}\n"
    furniture = _furniture(text, [("reader one", sentence), ("reader one", other)])
    assert (sentence in furniture) is note


# A repository's paper page (s53-draft99, heldout81): the paper's element opens with its kind
# and version ("Preprint · Draft 3"), which reads as no author's line (a comment's date names
# a month), so a page with one reader's comment under it is no discussion: the paper's own
# paragraphs are no one's comment. A comment dated by its month keeps its author (near case).
def _paper(kind_line: str) -> str:
    return (
        "<html><body><article>"
        f"<div class='kind'>{kind_line}</div>"
        "<h1>Harbours and Ships</h1><p>We find that the two navies now train each month.</p>"
        + _comment("Lena Park · Lecturer · 8 June 2025", "The authors overstate the drills.")
        + "<p>Reply</p></article></body></html>"
    )


@pytest.mark.parametrize("kind_line", ["Preprint · Draft 3", "Policy Brief · Version 2"])
def test_a_papers_kind_and_version_line_is_no_comments_author(kind_line: str) -> None:
    assert comment_words(_paper(kind_line)) == []


def test_a_comment_dated_by_its_month_keeps_its_author() -> None:
    said = comment_words(_paper("Mira Sen · Jun 3"))
    assert ("Lena Park", "The authors overstate the drills.") in said
    assert ("Mira Sen", "We find that the two navies now train each month.") in said
