"""Editorial: paragraphs that read as the publisher's promotion, where no party speaks."""

from __future__ import annotations

from defcoop_cli.curation.drafting.about.editorial import (
    editorial_topics,
    off_story,
    possibly_editorial,
)
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
    text = NEWS + "The drill ends on Friday. Save 20% on a yearly plan today.\n"
    assert flagged(text) == {2: "Save 20% on a yearly plan today."}
    # a call to the channels is furniture wherever it stands (furniture/asides.py)
    assert flagged(NEWS + "The drill ends on Friday. Subscribe now for more news.\n") == {}


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
    text = NEWS + "The drill ends on Friday. Such drills are routine. Subscribe for the digest.\n"
    assert flagged(text) == {2: "Subscribe for the digest."}  # (two words: a formula, furniture)


class TestOtherNews:
    """Other news on the page: a paragraph set apart that names only what the story never
    named, and no topic of the fact base, is furniture, whole lines."""

    doc = Doc(
        [],
        [Topic("drills", "Drills", "", "exercises", ("drills",), "joint drills")],
        [Entity("alpha", "Alpha", "country"), Entity("beta", "Beta", "country")],
        [],
        [],
    )
    story = "ALPHA DAILY\nAlpha met Beta in Gamma City on Monday. Beta praised Alpha.\n"

    def kept(self, text: str) -> tuple[list[str], list[str]]:
        found, furniture = off_story(text, *candidates(text), self.doc)
        return [text[c.start : c.end] for c in found], [text[a:b] for a, b in furniture]

    def test_a_labelled_item_of_other_news_is_furniture(self) -> None:
        brief = "TOWN BRIEF: The Rivertown Water Board will cut supply on Friday, officials said."
        quotes, furniture = self.kept(self.story + brief + "\nBeta left on Tuesday.\n")
        assert brief in furniture
        assert quotes[-1] == "Beta left on Tuesday"
        assert not any("Water Board" in q for q in quotes)

    def test_the_paragraphs_under_a_label_of_other_news(self) -> None:
        other = "Tram line opens: The Rivertown Tramway starts a new route next week."
        more = "The Hill Park Zoo welcomed two pandas."
        text = f"{self.story}In other news\n{other}\n{more}\n"
        quotes, furniture = self.kept(text)
        assert furniture[-3:] == ["In other news", other, more]
        assert quotes == ["Alpha met Beta in Gamma City on Monday", "Beta praised Alpha"]

    def test_what_shares_a_name_or_a_topic_with_the_story_stays(self) -> None:
        labelled = "NAVAL NOTE: Beta will host the Omega Cup regatta."
        topical = "SEA NOTES: The Omega Fleet plans joint drills in June."
        plain = "The Rivertown Water Board will cut supply on Friday."  # not set apart
        text = f"{self.story}{labelled}\n{topical}\n{plain}\n"
        quotes, _ = self.kept(text)
        assert (
            quotes[2:]
            == [  # the labels in capitals read as datelines: furniture
                "Beta will host the Omega Cup regatta",
                "The Omega Fleet plans joint drills in June",
                plain[:-1],
            ]
        )

    def test_a_section_under_a_heading_of_its_own(self) -> None:
        item = "A fleet review off Rivertown was put off by a day, the Omega Command said."
        named = "Beta will host the next round in Gamma City."  # shares a name: the story's
        text = f"{self.story}RAIN STOPS PLAY\n{item}\nNEXT ROUND\n{named}\n"
        quotes, furniture = self.kept(text)
        assert furniture[-3:] == ["RAIN STOPS PLAY", item, "NEXT ROUND"]
        assert quotes[-1] == named[:-1]

    def test_a_section_read_whole_is_the_storys_when_it_names_the_story(self) -> None:
        """An alert's "== WHAT HAPPENED ==": its first paragraph the road closures, names
        the story never gave, its next the talks: the section is the story's own."""
        closures = "The Rivertown Police shut the Harbour Road from about nine."
        talks = "Alpha received Beta with a guard of honour before the talks."
        text = f"{self.story}== WHAT HAPPENED ==\n{closures}\n{talks}\n"
        quotes, furniture = self.kept(text)
        assert closures[:-1] in quotes and closures not in furniture
        # a section of one paragraph of other news under its heading stays furniture
        alone = f"{self.story}== WHAT HAPPENED ==\n{closures}\n== NEXT ==\n{talks}\n"
        assert closures in self.kept(alone)[1]
        # nor is a list of other news under its label read whole ("CORRECTIONS")
        fixed = "A report on the Rivertown tram (May 4) gave the wrong cost."
        listed = f"{self.story}CORRECTIONS\n{fixed}\n{talks}\n"
        assert fixed in self.kept(listed)[1]

    def test_a_corrections_list_keeps_only_the_storys_items(self) -> None:
        """A readers' editor's or a paper's corrections list (dev-s33, heldout50): an item
        correcting another page is furniture; one correcting the story's names stays."""
        own = "A caption on 6 May misspelt the name of Beta's minister. He is Rao of Beta."
        other = "A photograph of the Rivertown flower show was credited to the wrong studio."
        later = "The Hill Park Zoo reopens on 16 May, not 15 May as stated in Metro."
        for heading in ("CORRECTIONS", "Corrections and clarifications", "For the record"):
            text = f"{self.story}{heading}\n{own}\n{other}\n{later}\n"
            quotes, furniture = self.kept(text)
            assert furniture[-2:] == [other, later], heading
            assert quotes[-2:] == [
                "A caption on 6 May misspelt the name of Beta's minister",
                "He is Rao of Beta",
            ]
        # ordinary news lines after the list's heading that name the story stay its own
        for news in (
            "Beta's navy will join the drill next year, officials said.",
            "Rao of Beta said the talks in Gamma City had gone well.",
            "Alpha and Beta will hold joint drills in June.",
            "The ministry in Alpha said the figures had been corrected.",
        ):
            text = f"{self.story}CORRECTIONS\n{news}\n{other}\n"
            quotes, furniture = self.kept(text)
            assert quotes[-1] == news[:-1] and furniture[-1] == other, news

    def test_a_subject_label_of_a_readout_is_no_other_news(self) -> None:
        text = self.story + "Cyber: The Omega Institute will train staff.\n"
        assert self.kept(text)[0][-1] == "Cyber: The Omega Institute will train staff"

    def test_a_transcript_and_a_story_without_apart_paragraphs_are_kept(self) -> None:
        text = "Q: Did Alpha meet Beta?\nMINISTER: The Omega Board met us.\n"
        found, furniture = candidates(text)
        assert off_story(text, found, furniture, self.doc)[0] is found
        plain = self.story + "The Rivertown Water Board will cut supply on Friday.\n"
        found, furniture = candidates(plain)
        assert off_story(plain, found, furniture, self.doc) == (found, list(furniture))


def test_a_profile_naming_a_party_of_the_fact_base_twice_promotes_no_one() -> None:
    # a "who is" box: the man's country twice, by its possessive, and nowhere else in the
    # article's sentences (its other lines say "Alpha"): no advertorial's own name
    news = "Headline\nThe envoy met port officials in Gamma City.\n"
    profile = "Ines Vell runs Beta's navy board. She sits in Beta's upper house for Kell.\n"
    assert flagged(news + profile) == {}
    # a name the fact base does not know, twice in one paragraph only, still is promotion
    promo = "Kell Tides sells sea views. Kell Tides has rooms by the harbour.\n"
    assert flagged(news + profile + promo) == {3: promo.rstrip("\n")}


def test_a_person_the_fact_base_knows_may_still_be_promoted() -> None:
    # the base knows the guru (its shipped article promoted him): only a country is exempt
    guru = Entity("guru-dev", "Guru Dev", "person")
    matcher = EntityMatcher([Entity("beta", "Beta", "country"), guru])
    text = "Headline\nAlpha met Beta.\nGuru Dev teaches calm. Guru Dev heals the tired.\n"
    found = candidates(text)[0]
    assert list(possibly_editorial(text, found, matcher, frozenset())) == [2]
