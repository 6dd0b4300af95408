"""drafting.posts: a social post embedded in a page is its author's."""

from __future__ import annotations

from defcoop_cli.curation.drafting.posts import Post, embedded_posts, post_turns

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
