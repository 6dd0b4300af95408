"""Topics: proposed by the votes of the facts that share a candidate's names or keywords."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from defcoop_cli.curation.drafting.about.topics import (
    claimed_first,
    proposed_topics,
    topic_votes,
)
from defcoop_cli.curation.drafting.body.wrapped import Line
from defcoop_cli.curation.drafting.verbs.voices.views import under_views
from defcoop_cli.factbase.records import Doc, Entity, Fact, Role, Topic

TOPICS = [
    Topic("talks", "Talks", "", "meeting"),
    Topic("drills", "Drills", "", "cooperation"),
    Topic("law", "Law of the sea", "", "regional"),
    Topic("promo", "Promotion", "", "editorial"),
]


def fact(
    n: int, topics: tuple[str, ...], entities: tuple[str, ...], keywords: tuple[str, ...] = ()
) -> Fact:
    return Fact(
        f"f{n}", "S.", "position", "x", "reported", topics, entities, keywords, "q", "s", (0, 1)
    )


def doc(*facts: Fact) -> Doc:
    return Doc([], TOPICS, [], list(facts), [])


def test_votes_count_the_topics_of_the_facts_naming_each_entity_and_keyword() -> None:
    votes = topic_votes(
        doc(
            fact(1, ("talks", "drills"), ("india",), ("Joint Exercise",)),
            fact(2, ("drills", "promo"), ("india", "japan"), ("exercise",)),
        )
    )
    assert votes.entities == {
        "india": Counter({"drills": 2, "talks": 1}),  # the editorial topic left out
        "japan": Counter({"drills": 1}),
    }
    assert set(votes.words) == {"exercise"} and set(votes.phrases) == {"joint exercise"}
    assert votes.facts["entity:india"] == 2 and votes.total == 2


def test_a_shared_entity_proposes_its_facts_topic() -> None:
    votes = topic_votes(doc(fact(1, ("drills",), ("delta-drill",)), fact(2, ("talks",), ("gc",))))
    assert proposed_topics(["delta-drill"], "It grew.", votes) == ["drills"]


def test_a_rare_name_outweighs_a_common_one() -> None:
    votes = topic_votes(
        doc(
            fact(1, ("talks",), ("india",)),
            fact(2, ("talks",), ("india",)),
            fact(3, ("talks",), ("india",)),
            fact(4, ("law",), ("india", "unclos")),
        )
    )
    assert proposed_topics(["india", "unclos"], "q", votes)[0] == "law"


def test_keywords_in_the_quote_vote_words_and_phrases() -> None:
    votes = topic_votes(
        doc(
            fact(1, ("law",), (), ("freedom of navigation",)), fact(2, ("drills",), (), ("Drills",))
        )
    )
    assert proposed_topics([], "They upheld freedom of navigation.", votes) == ["law"]
    assert proposed_topics([], "The drills grew.", votes) == ["drills"]
    assert proposed_topics([], "Nothing shared.", votes) == []


def test_without_a_shared_name_or_keyword_the_words_of_quotes_vote() -> None:
    quoted = fact(1, ("talks",), ("x",))._replace(quote="They offered condolences to the crews.")
    votes = topic_votes(doc(quoted, fact(2, ("drills",), ("x",), ("drills",))))
    assert proposed_topics([], "Beta also offered its condolences", votes) == ["talks"]
    assert proposed_topics([], "Beta offered condolences at the drills", votes) == ["drills"]


def test_a_claims_topics_come_first_in_the_sentences_own_order() -> None:
    assert claimed_first(["talks", "law"], ["law", "drills"]) == ["law", "talks"]
    assert claimed_first(["talks"], ["law", "drills"]) == ["talks", "law"]


def test_a_second_topic_only_when_nearly_as_well_supported() -> None:
    close = topic_votes(doc(fact(1, ("drills", "talks"), ("x",))))
    assert proposed_topics(["x"], "q", close) == ["drills", "talks"]
    far = topic_votes(
        doc(
            fact(1, ("drills",), ("x",)),
            fact(2, ("drills",), ("x",)),
            fact(3, ("drills", "talks"), ("x",)),
            fact(4, ("law",), ("y",)),
        )
    )
    assert proposed_topics(["x"], "q", far) == ["drills"]


def test_never_more_than_two() -> None:
    votes = topic_votes(doc(fact(1, ("drills", "talks", "law"), ("x",)), fact(2, ("law",), ("y",))))
    assert len(proposed_topics(["x"], "q", votes)) == 2


class TestWhatTheSentenceIsAbout:
    TOPICS = (
        Topic("meeting", "The meeting", "", "meeting", ("talks",), "the meeting"),
        Topic("drills", "Joint exercises", "", "cooperation", ("drills", "exercises")),
        Topic("view", "The article's view", "", "assessment", ("assessment",)),
    )
    PEOPLE = (Entity("ilse", "Ilse Varga", "person"), Entity("beta", "Beta", "country"))

    def votes(self, *facts: Fact) -> Any:
        return topic_votes(Doc([], list(self.TOPICS), list(self.PEOPLE), list(facts), []))

    def test_a_topics_own_name_in_the_sentence_votes_for_it(self) -> None:
        votes = self.votes(fact(1, ("meeting",), ("beta",)), fact(2, ("drills",), ("gamma",)))
        found = proposed_topics(["beta"], "Beta will enlarge the drills next year", votes)
        assert found[0] == "drills"  # not the meeting, which Beta's only fact is filed under

    def test_the_people_named_say_less_than_what_they_speak_of(self) -> None:
        votes = self.votes(
            fact(1, ("meeting",), ("ilse",)),
            fact(2, ("meeting",), ("ilse",)),
            fact(3, ("drills",), ("delta-drill",)),
        )
        found = proposed_topics(
            ["ilse", "delta-drill"], "Ilse Varga praised the Delta Drill", votes
        )
        assert found[0] == "drills"

    def test_a_partys_claim_is_never_the_articles_assessment(self) -> None:
        votes = self.votes(
            fact(1, ("view",), ("beta",)),
            fact(2, ("view",), ("beta",)),
            fact(3, ("meeting",), ("beta", "x")),
        )
        quote = "Beta welcomed the port"
        assert proposed_topics(["beta"], quote, votes)[0] == "view"
        assert proposed_topics(["beta"], quote, votes, party=True) == ["meeting"]

    def test_a_country_named_says_who_and_not_of_what(self) -> None:
        # Beta is named only by a drills fact; the ministers' meeting is what this is about
        votes = self.votes(
            fact(1, ("drills",), ("beta",)),
            fact(2, ("meeting",), ("summit",)),
            fact(3, ("meeting",), ("gamma",)),
        )
        found = proposed_topics(["beta", "summit"], "They will hold the summit in Beta", votes)
        assert found[0] == "meeting"

    def test_a_phrase_of_time_is_not_what_the_sentence_is_about(self) -> None:
        votes = self.votes(fact(1, ("drills",), ("delta-drill",)), fact(2, ("meeting",), ("x",)))
        quote = "Speaking after the talks, Ilse Varga said the Delta Drill would grow"
        assert proposed_topics(["ilse", "delta-drill"], quote, votes) == ["drills"]
        # the talks themselves are what "The talks ended early" is about
        assert proposed_topics([], "The talks ended early", votes) == ["meeting"]

    def test_a_phrase_of_time_opening_the_sentence_is_not_what_it_is_about(self) -> None:
        votes = self.votes(fact(1, ("drills",), ("delta-drill",)), fact(2, ("meeting",), ("x",)))
        quote = "During the talks, the two wardens agreed to enlarge the Delta Drill"
        assert proposed_topics(["delta-drill"], quote, votes) == ["drills"]
        quote = "After Monday's talks, the two wardens agreed to enlarge the Delta Drill"
        assert proposed_topics(["delta-drill"], quote, votes) == ["drills"]  # a day: no name

    def test_a_named_event_opening_the_sentence_is_what_it_is_about(self) -> None:
        votes = self.votes(fact(1, ("drills",), ("x",)), fact(2, ("meeting",), ("y",)))
        quote = "During the Harbour Shield exercise, the wardens held talks on piracy"
        assert "drills" in proposed_topics([], quote, votes)  # review 17a

    @pytest.mark.parametrize(
        "quote",
        [
            "The talks ran past midnight, the official said",  # a wire's
            "Talks on the harbour deal ended without a date for the next round",  # a paper's
            "The two wardens held talks at the port and toured the Delta Drill",  # a readout's
            "After two hours the talks broke up over the Delta Drill",  # no determiner: kept
        ],
    )
    def test_a_sentence_about_the_talks_keeps_them(self, quote: str) -> None:
        votes = self.votes(fact(1, ("drills",), ("delta-drill",)), fact(2, ("meeting",), ("x",)))
        assert "meeting" in proposed_topics(["delta-drill"], quote, votes)

    def test_in_a_partys_claim_what_is_said_votes_before_who_says_it(self) -> None:
        condoled = fact(1, ("drills",), ("x",))._replace(quote="Beta mourned the lost crews.")
        votes = self.votes(condoled, *(fact(n, ("meeting",), ("ilse",)) for n in (2, 3)))
        quote = "We mourn the crews with you, Ilse Varga said"
        assert proposed_topics(["ilse"], quote, votes, party=True)[0] == "drills"
        # in the article's own voice ("Ilse Varga met…") who is named votes with the rest
        assert proposed_topics(["ilse"], "Ilse Varga met the crews", votes)[0] == "meeting"

    def test_a_title_says_who_speaks_as_a_name_does(self) -> None:
        office = fact(1, ("meeting",), ("ilse",), ("First Warden",))
        ilse = Entity("ilse", "Ilse Varga", "person", roles=(Role("First Warden", "f1"),))
        votes = topic_votes(
            Doc([], list(self.TOPICS), [ilse], [office, fact(2, ("drills",), (), ("ports",))], [])
        )
        assert votes.titles == {"first warden"}
        quote = "The First Warden thanked Beta for the ports"
        assert proposed_topics(["ilse"], quote, votes, party=True)[0] == "drills"

    def test_a_view_is_filed_first_under_the_assessment_topic(self) -> None:
        votes = self.votes(fact(1, ("drills",), ("delta-drill",)), fact(2, ("view",), ("x",)))
        found = proposed_topics(["delta-drill"], "The Delta Drill is overrated", votes, view=True)
        assert found == ["view", "drills"]


def test_a_keyword_every_quote_says_is_no_rare_keyword() -> None:
    common = [fact(n, ("drills",), ())._replace(quote="Cooperation grew.") for n in range(1, 5)]
    votes = topic_votes(doc(fact(5, ("talks",), (), ("cooperation",)), *common))
    assert votes.facts["cooperation"] == 5  # the fact that has it, and the four that say it


def test_the_articles_dated_happening_is_no_assessment() -> None:
    votes = topic_votes(
        Doc(
            [],
            [*TOPICS, Topic("view", "View", "", "assessment")],
            [],
            [
                fact(1, ("view",), ("ilse",)),
                fact(2, ("view",), ("ilse",)),
                fact(3, ("talks",), ("ilse",)),
            ],
            [],
        )
    )
    assert proposed_topics(["ilse"], "Ilse is a steady partner", votes)[0] == "view"
    assert proposed_topics(["ilse"], "Ilse flew home on Tuesday", votes) == ["talks"]
    # a trend up to now judges, whenever it began
    assert proposed_topics(["ilse"], "Ilse has grown closer since 2014", votes)[0] == "view"


def _under_views(lines: list[str], drafted: set[int], between: str = "\n") -> frozenset[int]:
    """under_views of the lines joined by between ("\n\n": paragraphs)."""
    text, spans = "", []
    for line in lines:
        spans.append(Line(len(text), len(text) + len(line), line))
        text += line + between
    return under_views(text, spans, drafted)


class TestUnderViews:
    def test_a_section_of_views_after_the_news_up_to_the_next_heading(self) -> None:
        lines = [
            "Alpha and Beta ministers meet",  # 0 a headline
            "Alpha and Beta held a drill on Monday. [Coast Daily]",  # 1
            "OPINION",  # 2
            "* Why the drill matters [Harbour Wire, editorial]",  # 3 the item's head
            "The ties have outgrown the summit. Visits now settle detail.",  # 4
            "Analysis: the ties deepen",  # 5 another heading
            "Beta's navy will survey the straits in June.",  # 6
        ]
        assert _under_views(lines, {1, 4, 6}) == {4}

    def test_ordinary_pieces_have_no_section_of_views(self) -> None:
        kicker = ["Opinion", "Why the drill matters", "The ties have outgrown the summit."]
        assert _under_views(kicker, {2}) == frozenset()  # the page's own label, above it all
        subheads = [
            "Alpha and Beta held a drill on Monday.",
            "Analysis of the drill's results will take weeks, officials said.",
            "Reaction",
            "Opposition lawmakers called the drill a waste of money.",
        ]
        assert _under_views(subheads, {0, 1, 3}) == frozenset()

    def test_a_subheads_views_end_at_the_paragraph_break(self) -> None:
        """In a story of paragraphs, a views label's section is its first paragraph: the
        paragraphs after it are the story's again (review15a's 6)."""
        column = [
            "Alpha's minister met Beta's minister in Port Vale on Monday.",  # 0
            "Analysis",  # 1
            "Beta said it would send a frigate to the next drill.",  # 2
            "Alpha and Beta have held annual defence talks since 2019.",  # 3
        ]
        assert _under_views(column, {0, 2, 3}, "\n\n") == {2}
        story = [
            "Alpha and Beta signed a harbour accord on Friday.",  # 0
            "Beta's navy will use Alpha's port twice a year.",  # 1
            "Opinion",  # 2
            "The accord shows how far the two navies have come.",  # 3
            "The ministers will meet again in Gamma City in October.",  # 4
            "Beta's parliament must still approve the accord.",  # 5
        ]
        assert _under_views(story, {0, 1, 3, 4, 5}, "\n\n") == {3}
        wire = [
            "PORT VALE (Harbour Wire) - Alpha and Beta held a drill on Monday.",  # 0
            "Comment",  # 1
            "Officials called the drill a success.",  # 2
            "The drill involved four ships and two aircraft.",  # 3
        ]
        assert _under_views(wire, {0, 2, 3}, "\n\n") == {2}
        assert _under_views(wire, {0, 2, 3}) == {2, 3}  # no break: the section runs on

    def test_a_desks_comment_set_off_by_rules_is_a_section_of_views(self) -> None:
        """An alert's or a bulletin's section of its analyst's comment ("== ANALYST
        COMMENT ==", "Our assessment:") is what its writer concludes (R5, R35); the
        sections telling what happened, and a name line of the analyst, are not."""
        alert = [
            "HARBOUR WATCH | PORT ALERT",  # 0
            "== WHAT HAPPENED ==",  # 1
            "Alpha's minister toured the Port Vale docks on Monday.",  # 2
            "== ANALYST COMMENT ==",  # 3
            "Such tours have long been routine, and the port's drills are well practised.",  # 4
            "We see no sign that the tour raised the risk to shipping.",  # 5
            "Analyst: Ilse Brandt, harbour desk",  # 6
        ]
        assert _under_views(alert, {2, 4, 5}) == {4, 5}
        for label in ("Our assessment:", "Analyst's view", "-- Desk comment --"):
            assert _under_views([alert[2], label, alert[5]], {0, 2}) == {2}, label
        for label in ("== WHAT HAPPENED ==", "Analyst: Ilse Brandt, harbour desk"):
            assert _under_views([alert[2], label, alert[5]], {0, 2}) == frozenset(), label


def quoting_facts() -> list[Fact]:
    """Three facts whose quotes say keywords, their own and others'."""
    quotes = ["Drills grew, the navy said.", "The naval drills and the Law of the Sea.", "Ab 2+2!"]
    return [
        fact(n, topic, ("x", "y")[: n % 2 + 1], keywords)._replace(quote=quote)
        for n, (topic, keywords, quote) in enumerate(
            zip(
                [("drills",), ("law", "talks"), ("promo", "talks")],
                [("naval drills",), ("law of the sea", "drills"), ("2+2",)],
                quotes,
                strict=True,
            )
        )
    ]


def test_the_votes_read_here_are_those_read_through_the_quotes_stems() -> None:
    """topic_votes reads each quote's words once, for its stems and the keywords it says
    (issue 26); through a reader of stems (the readings kept, `word_stems`) the quote is
    read apart for each: the same tallies, keys in the same order."""
    from defcoop_cli.curation.drafting.about.topics import word_stems

    facts = quoting_facts()
    here, through = topic_votes(doc(*facts)), topic_votes(doc(*facts), word_stems)
    assert here == through and here.quoted and "naval drills" in here.facts
    for table in ("entities", "words", "phrases", "quoted", "facts"):
        mine, theirs = getattr(here, table), getattr(through, table)
        assert list(mine) == list(theirs), table


def test_the_quotes_stems_tallied_when_asked_are_those_tallied_at_once() -> None:
    """Over a big base the quotes' stems are tallied only when a sentence first asks for
    them (`QuotedLater`, issue 26): until then no quote is stemmed; then the same tallies
    and counts as `topic_votes` makes at once, handed whole (to be kept) once."""
    from defcoop_cli.curation.drafting.about.topics import QuotedLater

    facts = quoting_facts()
    handed: list[Any] = []
    now, later = topic_votes(doc(*facts)), topic_votes(doc(*facts), quotes_later=handed.append)
    assert isinstance(later.quoted, QuotedLater) and later.quoted.table is None
    for table in ("entities", "words", "phrases"):
        assert getattr(later, table) == getattr(now, table), table
    assert later.titles == now.titles and later.quoted.table is None  # no quote read yet
    assert later.facts.get("entity:x") == now.facts["entity:x"] and not handed
    for key, n in now.facts.items():
        assert later.facts.get(key) == n, key
    assert later.facts.get("quote:navi") == now.facts["quote:navi"] == 1
    assert later.facts.get("quote:nowher") is None and later.quoted.get("nowher") is None
    assert dict(later.quoted) == dict(now.quoted) and list(later.quoted) == list(now.quoted)
    assert len(handed) == 1 and handed[0] == now and dict(handed[0].facts) == dict(now.facts)
    assert proposed_topics([], "The navy grew.", later) == proposed_topics(
        [], "The navy grew.", now
    )


def test_the_votes_without_the_quotes_words_held_are_those_with_them() -> None:
    """A big base's votes with no later pass wanting the quotes' words (the terms read
    through a search index, issue 26) read each quote once, after the keywords, holding
    none: the same tallies and counts, keys in the same order, as with them held."""
    facts = quoting_facts()
    heard: list[list[str]] = []
    held = topic_votes(doc(*facts), quotes_later=lambda _: None, heard=heard)
    alone = topic_votes(doc(*facts), quotes_later=lambda _: None)
    assert len(heard) == len(facts) and alone == held
    for table in ("entities", "words", "phrases", "facts"):
        mine, theirs = getattr(alone, table), getattr(held, table)
        assert list(mine.items()) == list(theirs.items()), table
    assert alone.facts["naval drills"] == 2  # a keyword of one fact, said by another
    assert alone.facts["drills"] == 2 and alone.titles == held.titles
