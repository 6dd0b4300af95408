"""Editorial: paragraphs that read as the publisher's promotion, where no party speaks."""

from __future__ import annotations

from defcoop_cli.curation.drafting.editorial import editorial_topics, possibly_editorial
from defcoop_cli.curation.drafting.entities import EntityMatcher
from defcoop_cli.curation.drafting.segments import candidates
from defcoop_cli.factbase.records import Doc, Entity, Topic

MATCHER = EntityMatcher([Entity("alpha", "Alpha", "country"), Entity("beta", "Beta", "country")])
NEWS = "Headline\nAlpha met Beta in Gamma City.\n"


def flagged(text: str) -> dict[int, str]:
    """Each flagged paragraph's line number, and its text from where the promotion starts."""
    found = candidates(text)[0]
    starts = possibly_editorial(text, found, MATCHER, frozenset())
    return {n: text[at:].split("\n")[0] for n, at in starts.items()}


def test_news_is_not_editorial() -> None:
    assert flagged(NEWS + "Beta sent two ships.\n") == {}


def test_a_paragraph_that_speaks_to_the_reader() -> None:
    text = NEWS + "Find inner calm at the Lotus retreat. Book your stay today.\n"
    assert flagged(text) == {2: "Find inner calm at the Lotus retreat. Book your stay today."}


def test_an_offer_or_a_call_to_action_from_where_it_starts() -> None:
    text = NEWS + "The drill ends on Friday. Subscribe now for more news.\n"
    assert flagged(text) == {2: "Subscribe now for more news."}


def test_a_party_speaking_is_news_even_to_you() -> None:
    text = NEWS + "Both countries stressed that you cannot ignore the threat.\n"
    assert flagged(text) == {}


def test_a_quoted_you_with_a_verb_of_speech_is_news() -> None:
    text = NEWS + '"You cannot ignore the threat," the minister said at the port.\n'
    assert flagged(text) == {}


def test_someone_quoted_is_news_even_with_no_party_named() -> None:
    text = NEWS + '"The sea is calm," the captain said, asking you to stay ashore.\n'
    assert flagged(text) == {}


def test_a_name_only_this_paragraph_uses_again_and_again() -> None:
    promo = "Maya Rao teaches breathing at dawn. Maya Rao has taught for years.\n"
    assert flagged(NEWS + promo) == {2: promo.rstrip("\n")}
    assert flagged(NEWS + "Alpha met Maya Rao too.\n" + promo) == {}  # the article uses it


def test_editorial_candidates_go_to_the_first_editorial_topic() -> None:
    topics = [
        Topic("talks", "Talks", "", "meeting"),
        Topic("promo", "Promotion", "", "editorial"),
        Topic("ads", "Adverts", "", "editorial"),
    ]
    assert editorial_topics(Doc([], topics, [], [], [])) == ["promo"]
    assert editorial_topics(Doc([], topics[:1], [], [], [])) == []


def test_a_promotion_that_points_back_takes_the_sentence_it_builds_on() -> None:
    promo = (
        "The talks reflect a wish for calm. In a deeper sense, this echoes the teaching of "
        "Maya Rao. Maya Rao teaches breathing at dawn."
    )
    assert flagged(NEWS + "Beta sent two ships.\n" + promo + "\n") == {3: promo}


def test_a_promotion_that_does_not_point_back_starts_where_it_starts() -> None:
    text = NEWS + "The drill ends on Friday. Such drills are routine. Subscribe now.\n"
    assert flagged(text) == {2: "Subscribe now."}
