"""drafting.furniture.readers: lines that speak to the reader or only ask, never a fact."""

from __future__ import annotations

import pytest

from defcoop_cli.curation.drafting.furniture import (
    asks,
    calls_to_channels,
    gives_contact,
    question_parts,
    to_the_audience,
)
from defcoop_cli.curation.drafting.furniture.readers import thread_replies
from defcoop_cli.curation.drafting.pages import is_furniture


class TestAsks:
    @pytest.mark.parametrize(
        "line",
        [
            "Q: Which drills did the two armies hold?",
            "Q (a reporter): Was a supply deal signed in Harbour City?",
            "Question: How long did the talks last?",
            "Will the admiral also visit the shipyard on this trip?",
            "Did the two sides set a date?",
            "POLL: Should Alpha and Beta build ships together?",
            "Quick poll: Will the drill grow next year?",
        ],
    )
    def test_a_line_that_only_asks_is_furniture(self, line: str) -> None:
        assert asks(line)
        assert is_furniture(line)

    @pytest.mark.parametrize(
        "line",
        [
            # a speaker's turn in a transcript is that speaker's words
            "Reporter: Was there progress on the radar for the coast guard?",
            # a line that also states is read sentence by sentence
            "Q: The talks ran long. Why?",
            "Have a tip? Write to the desk.",
            # a poll's result is a statement
            "Poll: Most readers back the drill.",
            # a question's part in a statement's form
            "(c) the steps taken to widen the drills?",
            "The ministers asked whether the drills would grow?",
            "Q: The ministers met in Harbour City.",
        ],
    )
    def test_a_line_that_states_is_not_a_question_line(self, line: str) -> None:
        assert not asks(line)


class TestCallsToChannels:
    def test_a_call_to_the_outlets_channels(self) -> None:
        assert calls_to_channels("Follow us on WhatsApp for the latest updates")
        assert is_furniture("Follow us on WhatsApp for the latest updates")

    def test_a_video_channels_call_to_tap_the_bell(self) -> None:
        assert is_furniture("Follow Harbour TV and tap the bell for every naval story.")
        assert is_furniture("Subscribe and hit the bell icon for more from the fleet.")

    @pytest.mark.parametrize(
        "line",
        [
            "Watch officers rang the ship's bell as the minister came aboard.",
            "Follow-up talks on the bell-shaped dock will be held in May.",
            "Get-togethers of the two navies end when the bell is struck, officials said.",
            "The bell tolled for the sailors lost in the storm, the navy said.",
        ],
    )
    def test_a_bell_in_the_news_is_no_call(self, line: str) -> None:
        assert not calls_to_channels(line) and not is_furniture(line)

    def test_an_imperative_without_a_channel_is_not_one(self) -> None:
        assert not calls_to_channels("Read the joint statement in full before the talks resume.")


class TestToTheAudience:
    @pytest.mark.parametrize(
        "sentence",
        [
            "Stay tuned for more updates",
            "Thank you for watching",
            "Our harbour correspondent Ravi Sen has this report",
            "This is Lina Ode with the news at nine",
        ],
    )
    def test_the_newsroom_speaking_to_its_audience(self, sentence: str) -> None:
        assert to_the_audience(sentence)

    @pytest.mark.parametrize(
        "sentence",
        [
            # what a correspondent reports is news
            "Our correspondent Ravi Sen reports that the admirals spoke about the drill",
            "This is the second meeting between the two admirals this year",
            '"Stay with us," the admiral told the crews',
        ],
    )
    def test_news_is_not_the_newsrooms_word(self, sentence: str) -> None:
        assert not to_the_audience(sentence)

    def test_a_hand_over_in_an_anchors_turn_is_furniture(self) -> None:
        from defcoop_cli.curation.drafting.segments import candidates

        text = (
            "ANCHOR: Good evening. Alpha met Beta today. "
            "Our defence correspondent Ravi Sen has this report.\n"
            "REPORTER: Alpha and Beta agreed to hold a drill.\n"
        )
        found, furniture = candidates(text)
        hand_over = "Our defence correspondent Ravi Sen has this report"
        assert hand_over not in [text[c.start : c.end] for c in found]
        assert any(text[a:b].startswith(hand_over) for a, b in furniture)


class TestGivesContact:
    @pytest.mark.parametrize(
        "line",
        [
            "Have a tip? Write to desk@harbour-news.example.",
            "The Harbour Digest appears every Friday. Write to the editor at hd@digest.example.",
            "((desk.ostra@wire.example; +12 34 5550 0100))",
        ],
    )
    def test_a_short_line_with_an_email_address_is_furniture(self, line: str) -> None:
        assert gives_contact(line)
        assert is_furniture(line)

    def test_a_report_without_an_address_or_a_long_line_is_not(self) -> None:
        assert not gives_contact("Write to the admiral, the minister told the crews.")
        long = " ".join(["The admirals met in Ostra and agreed to hold drills."] * 3)
        assert not gives_contact(long + " Contact: desk@wire.example")

    def test_a_long_run_of_an_addresss_characters_is_read_once(self) -> None:
        """Tried from each of its characters, 60,000 took some 7 s (quadratic); once, 1 ms."""
        import time

        run = "x" * 60_000
        start = time.process_time()
        assert not gives_contact(run) and not gives_contact(f"{run}@ {run}")
        assert gives_contact(f"{run}@wire.example")
        assert time.process_time() - start < 0.5


def test_the_parts_under_a_line_that_asks_are_the_question() -> None:
    lines = [
        "Will the Minister of HARBOURS be pleased to state:",
        "(a) whether the Minister held talks with Beta in May;",
        "(b) if so, the details thereof; and",
        "(c) the steps taken to widen the drills?",
        "ANSWER",
        "(a) to (c): Yes. The Minister met Beta's envoy on 5 May.",
    ]
    assert question_parts(lines) == {1, 2, 3}


def test_points_under_a_statement_are_no_question() -> None:
    lines = ["The ministers agreed on these points:", "(a) a joint drill;", "(b) a port call."]
    assert question_parts(lines) == set()


def test_an_instruction_to_the_reader_is_no_statement() -> None:
    """A verb's base form and its object opening the sentence; not a noun, a question, an
    auxiliary, "Let" or words in quotes."""
    for said in ("Circulate this note to the desk by Thursday.", "- Request the readout."):
        assert to_the_audience(said), said
    for said in (
        "Work on the new frigates began in March.",
        "Exercise Dharma Guardian ended today.",
        "Will the Minister be pleased to state this?",
        "Let us hope the talks go well.",
        '"Build the ships here," Singh said.',
        "Japan agreed to the plan.",
    ):
        assert not to_the_audience(said), said


def test_a_pointer_to_a_page_of_the_site_is_no_statement() -> None:
    said = "Full texts of the releases in Hindi and Urdu are on the All releases page."
    assert to_the_audience(said)
    assert to_the_audience("Photos of the visit are available on our website.")
    for said in (
        "The statement is available on the ministry's website.",  # whose: news
        "The talks are on the agenda for June.",
        "The drill is at the heart of the partnership.",
        "The Indian contingent is at the exercise site.",  # a place, no page
        "Two frigates are on the northern section.",
        "The memorial is at the crash site.",
    ):
        assert not to_the_audience(said), said


@pytest.mark.parametrize(
    "line",
    [
        "For media queries: Directorate of Public Relations (tel. 011-2301 0000)",
        "Press enquiries: the desk officer",
        "Phone: +81 3 5550 0100",
    ],
)
def test_a_contact_line_by_telephone_or_label_is_furniture(line: str) -> None:
    assert gives_contact(line) and is_furniture(line)


@pytest.mark.parametrize(
    "line",
    ["The ministers spoke by phone on 12 May.", "Alpha bought 20000 telephones for the fleet."],
)
def test_a_telephone_in_a_sentence_is_no_contact_line(line: str) -> None:
    assert not gives_contact(line)


def test_other_accounts_replies_under_a_threads_replies_heading_are_furniture() -> None:
    thread = [
        "Harbour Office @harbour_office · Nov 18",
        "The ministers met in Oslo today. (1/2)",
        "Ana Holm @anaholm · Nov 18",  # an account quoted in the thread: its own post
        "We agreed to sail together.",
        "Most relevant replies",
        "Per Lund @perlund · Nov 18",
        "Good to see them talk at last.",
        "Harbour Office @harbour_office · Nov 18",
        "Thank you for reading.",
    ]
    assert thread_replies(thread) == {5, 6}
    assert thread_replies(thread[:4]) == set()  # no replies heading: every post stands


@pytest.mark.parametrize(
    "line",
    [
        "Comments are closed for this story.",
        "Comments have been disabled for this article.",
        "Commenting is currently turned off.",
        "This post is closed to new comments.",
        "Be the first to comment.",
        "No comments yet.",
        "There are no comments on this story.",
        "312 comments",
        "View all 42 comments",
        "Leave a comment",
        "Sign in to comment.",
        "Comments are moderated and will appear after review. Please keep the discussion civil.",
        # near cases of the news's: a counter, a label with no stop (review 27a, 7)
        "No comments",
        "One comment",
    ],
)
def test_a_comment_sections_state_is_furniture(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "Comments from the harbour authority are expected later this week.",
        "Comments by the admiral were closed to the press, his office said.",
        "The minister's comments have been welcomed in Beta.",
        # what happened, in the past; a count written as a sentence (review 27a, 7)
        "Replies were suspended.",
        "Comments were not allowed.",
        "One comment.",
        "No comments.",
    ],
)
def test_comments_in_the_news_stay_statements(line: str) -> None:
    assert not is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "Orrery can make mistakes. Check important information.",
        "Lumen Chat may make mistakes, so double-check its responses.",
        "AI-generated answers may be inaccurate.",
        "Responses from the assistant may contain errors.",
        "Always verify important information.",
        # near cases: AI with the call to check after it; the product's answers checked
        "AI can make mistakes. Check important information.",
        "Check its responses.",
    ],
)
def test_a_chat_products_disclaimer_is_furniture(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "Sailors can make mistakes when the radar fails, the admiral said.",
        "Pilots may make mistakes under strain.",
        "Inspectors will check important information before the ships sail.",
        # AI or a model in general, a bare call to check: the news's (review 27a, 7)
        "AI may get things wrong.",
        "The model could contain errors.",
        "Verify important information.",
        "Check key facts.",
    ],
)
def test_mistakes_in_the_news_stay_statements(line: str) -> None:
    assert not is_furniture(line)


@pytest.mark.parametrize(
    "sentence",
    [
        "Good catch, on both counts.",
        "Great question!",
        "You're right.",
        "Thanks for flagging that.",
        "Sorry for the confusion, I mixed up the two days.",
        "I would use the ministry's title in your note and leave the old one out.",
        "I'd suggest dropping the figure from your briefing.",
        'My advice would be to keep "Admiral" in your draft.',
        # near cases of the ones that stay: nothing else said (review 27a, 3)
        "Fair point, on the second date.",
        "My apologies.",
        "I'd leave the old title out of your note.",
    ],
)
def test_an_assistants_word_to_its_user_on_the_exchange_is_furniture(sentence: str) -> None:
    assert to_the_audience(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "You are right that no deal was signed in Harbour City.",
        "Good catch, Admiral Ferro told the crew after the drill.",
        "I would expect the two navies to sail together again next year.",
        "I gave the wrong date: the talks were held on Tuesday, 19 November.",
        '"I would use every channel we have," the minister said of your report.',
        # said in any document: told as someone's, or with a clause of what is so, it is
        # a statement (review 27a, 3)
        "Fair point, the harbour master said.",
        "Good catch, he told the crew.",
        "Sorry for the mix-up, a Gamma spokesman said.",
        "Good point, and the Beta navy agrees.",
        "I'd say in answer to your report that the ferry deal is on track.",
        "I would add, for your readers and your report, that Beta will send two ships.",
        "I suggest you look at the figures in your report, Quill told the reporter.",
        "I would use your report's figure, because the ministry has confirmed it.",
        "I would like to thank our hosts in Kell for the welcome, as your report says.",
    ],
)
def test_an_assistants_statements_of_the_events_stay(sentence: str) -> None:
    assert not to_the_audience(sentence)
