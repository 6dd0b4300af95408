"""A paper written for a course or a degree (issue 24, dev-s32): its footnote markers after
the stop, its reader's bracketed remarks, its declaration of own work and its marker's
closing comments are no report's words; the paper naming itself speaks as the source. Each
rule beside ordinary news it must leave alone."""

from __future__ import annotations

import pytest

from defcoop_cli.curation.drafting.attribution import reading
from defcoop_cli.curation.drafting.entities import EntityMatcher
from defcoop_cli.curation.drafting.segments import candidates
from defcoop_cli.curation.drafting.speakers import Speakers
from defcoop_cli.factbase.records import Entity
from defcoop_cli.factbase.vocab import THE_SOURCE


def _quotes(text: str) -> list[str]:
    found, _ = candidates(text)
    return [text[c.start : c.end] for c in found if c.parent is None]


class TestMarkers:
    @pytest.mark.parametrize(
        "text",
        [
            "Alpha hosted Beta's envoy in Gamma on 3 May.(1) The talks lasted an hour.(2)(3)",
            "Alpha hosted Beta's envoy in Gamma on 3 May.[^4] The talks lasted an hour.[^5]",
        ],
    )
    def test_a_papers_note_marker_after_the_stop_ends_the_sentence(self, text: str) -> None:
        assert _quotes(text) == [
            "Alpha hosted Beta's envoy in Gamma on 3 May",
            "The talks lasted an hour",
        ]

    @pytest.mark.parametrize(
        ("text", "quotes"),
        [
            (
                "The treaty's clause (3) was dropped at Beta's request. The envoys signed it.",
                ["The treaty's clause (3) was dropped at Beta's request", "The envoys signed it"],
            ),
            (
                "Under article 5(2)(a), Alpha may refuse the transfer, the minister said.",
                ["Under article 5(2)(a), Alpha may refuse the transfer, the minister said"],
            ),
            (
                "The navy listed three aims: (1) patrols, (2) drills and (3) port calls.",
                ["The navy listed three aims: (1) patrols, (2) drills and (3) port calls"],
            ),
            (
                "Talks resumed at noon. (2) A second round is due in June.",
                ["Talks resumed at noon", "(2) A second round is due in June"],
            ),
        ],
    )
    def test_numbers_in_brackets_elsewhere_stay_in_the_news(
        self, text: str, quotes: list[str]
    ) -> None:
        assert _quotes(text) == quotes


class TestRemarks:
    @pytest.mark.parametrize(
        "text",
        [
            "Alpha condemned the raid.[1] [FQ: check this figure] Beta thanked Alpha for it.",
            "Alpha condemned the raid. [Comment OA1: where? Cite it.] Beta thanked Alpha for it.",
            "Alpha condemned the raid.(2) [Tutor: which raid? Name it] Beta thanked Alpha for it.",
        ],
    )
    def test_a_readers_remark_after_a_stop_is_cut_off_and_no_sentence(self, text: str) -> None:
        assert _quotes(text) == ["Alpha condemned the raid", "Beta thanked Alpha for it"]

    def test_a_remark_ending_the_paragraph_is_no_sentence(self) -> None:
        text = "Alpha's envoy flew to Beta.\n\nThe envoys met in Gamma. [TK: which day? Say so.]"
        assert _quotes(text) == ["Alpha's envoy flew to Beta", "The envoys met in Gamma"]

    @pytest.mark.parametrize(
        ("text", "quotes"),
        [
            (
                '"We [Alpha] will not be intimidated," the minister said. The talks went on.',
                ['"We [Alpha] will not be intimidated," the minister said', "The talks went on"],
            ),
            (
                "The envoys [who met in Gamma] agreed on a hotline. Beta welcomed it.",
                ["The envoys [who met in Gamma] agreed on a hotline", "Beta welcomed it"],
            ),
            (
                "The frigates docked at noon. [Photo: Beta Navy] Crews went ashore in Gamma.",
                ["The frigates docked at noon. [Photo: Beta Navy] Crews went ashore in Gamma"],
            ),
            (
                "The navies sailed together. UPDATE: Beta's chief of staff joined them on Monday.",
                [
                    "The navies sailed together",
                    "UPDATE: Beta's chief of staff joined them on Monday",
                ],
            ),
        ],
    )
    def test_brackets_and_labels_of_the_news_stay_in_it(self, text: str, quotes: list[str]) -> None:
        assert _quotes(text) == quotes


PAPER = """Course: Security in Asia
Student: K. Lind
Submitted: 9 May 2025

Declaration: I declare that this essay is my own work and that my sources are cited.

Alpha's defence minister received Beta's envoy in Gamma on 3 May. The two agreed on a hotline.

Examiner's comments (RL, 20 May 2025)
A careful essay with a clear argument.
The conclusion could be sharper.
Mark: 64
"""


def test_a_papers_declaration_and_its_markers_comments_are_no_sentences() -> None:
    assert _quotes(PAPER) == [
        "Alpha's defence minister received Beta's envoy in Gamma on 3 May",
        "The two agreed on a hotline",
    ]


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        (
            "I confirm that the decision was my own, the minister told reporters in Gamma.",
            ["I confirm that the decision was my own, the minister told reporters in Gamma"],
        ),
        *[
            (line, [line.rstrip(".")])  # review14a item 10: a spokesman's words are news
            for line in (
                "I confirm that this report is our own assessment and not a joint one, the"
                " ministry's spokesperson told reporters.",
                "I certify that this report is entirely our own work, Beta's envoy said on Friday.",
                "I affirm that this project is our own initiative, Alpha's minister told the"
                " assembly.",
            )
        ],
        (
            "The reviewer's report said the navy needs more ships. Alpha's cabinet approved it.",
            ["The reviewer's report said the navy needs more ships", "Alpha's cabinet approved it"],
        ),
        (
            "Declaration of intent: Alpha and Beta will hold drills every year.",
            ["Declaration of intent: Alpha and Beta will hold drills every year"],
        ),
        (
            "Alpha's envoy flew to Beta.\n\nReviewer's report\nThe navy needs more ships.",
            ["Alpha's envoy flew to Beta", "The navy needs more ships"],
        ),
    ],
)
def test_news_of_declarations_and_reviewers_stays_news(text: str, quotes: list[str]) -> None:
    assert _quotes(text) == quotes


def test_a_supervisors_signed_notes_on_a_chapter_draft_are_no_sentences() -> None:
    draft = (
        "Candidate: K. Lind\nSupervisor: Dr R. Sen\n\nAlpha's envoy flew to Beta on 3 May.\n\n"
        "SUPERVISOR'S NOTES (RS, 30 May 2025)\nA promising draft.\nTrim the second section.\n"
    )
    assert _quotes(draft) == ["Alpha's envoy flew to Beta on 3 May"]


SEMINAR = """Seminar report: Alpha and Beta after the Gamma talks

The Harbour Institute held a panel on Friday on the ministers' meeting.

Moderator's remarks{by}

Lena Ortiz opened the panel by noting that the two ministers had agreed to more drills.
Admiral Ravi Menon said Alpha and Beta would build a patrol boat together.

Result: the panel called for a standing office for the shipyards.
"""


@pytest.mark.parametrize(
    ("text", "news"),
    [
        (SEMINAR.format(by=" (Dr Lena Ortiz)"), "Admiral Ravi Menon said Alpha and Beta would"),
        (SEMINAR.format(by=""), "Result: the panel called for a standing office"),
        (
            "The board published its referee's report on the bid.\n\nReferee's report (Audit"
            " Board)\nThe bid met every condition, the board said.\nScore: 82/100\n",
            "The bid met every condition",
        ),
    ],
)
def test_a_heading_of_remarks_outside_a_paper_heads_news(text: str, news: str) -> None:
    # review14a item 3: a seminar's moderator, a board's referee, is no paper's marker
    assert any(q.startswith(news) for q in _quotes(text))


MATCHER = EntityMatcher([Entity("alpha", "Alpha", "country"), Entity("beta", "Beta", "country")])


def _who(sentence: str) -> str:
    return reading(sentence, Speakers(MATCHER, frozenset())).attribution


@pytest.mark.parametrize(
    "sentence",
    [
        "This paper argues that the talks mattered less for what they produced than for when.",
        "This essay contends that each side's account shows what it wanted the other to hear.",
        "This chapter shows that the visit was a gesture of reassurance.",
    ],
)
def test_the_paper_naming_itself_speaks_as_the_source(sentence: str) -> None:
    assert _who(sentence) == THE_SOURCE


@pytest.mark.parametrize(
    ("sentence", "sayer"),
    [
        ("A leaked paper claimed that the frigate had sunk.", "leaked paper"),
        ("The paper said the harbour was quiet.", "the paper"),
        ("This report said the harbour was quiet.", "this report"),
        ("A study published last week claimed that the straits were safer.", "study published"),
    ],
)
def test_a_document_that_is_not_the_piece_still_says_its_own_word(
    sentence: str, sayer: str
) -> None:
    assert _who(sentence) == sayer


@pytest.mark.parametrize(
    ("sentence", "sayer"),
    [
        (
            "This analysis says the two navies must coordinate more closely in the strait.",
            "this analysis",
        ),
        ("This section says Alpha will lease two frigates to Beta.", "this section"),
        ("This commentary claims that the straits were safer than a year ago.", "this commentary"),
    ],
)
def test_a_document_a_paper_never_calls_itself_says_its_own_word(sentence: str, sayer: str) -> None:
    assert _who(sentence).lower() == sayer  # review14a item 11


FACTS = EntityMatcher(
    [
        Entity("alpha", "Alpha", "country", aliases=("Alphan",)),
        Entity("beta", "Beta", "country", aliases=("Betan",)),
        Entity("ravi-menon", "Ravi Menon", "person"),
        Entity("lena-ortiz", "Lena Ortiz", "person"),
    ]
)


def _read(sentence: str) -> tuple[str, str]:
    sp = Speakers(FACTS, frozenset({"ravi-menon", "lena-ortiz"}))
    sp.heard(reading("Ravi Menon met Lena Ortiz in the capital.", sp))
    r = reading(sentence, sp)
    return r.attribution, r.stance


@pytest.mark.parametrize(
    "sentence",
    [
        "The Alphan readout, by contrast, says nothing of the shipyard deal.",
        "Beta's statement said little about the strait.",
    ],
)
def test_a_document_said_to_leave_something_out_is_the_writers_observation(sentence: str) -> None:
    assert _read(sentence)[0] == THE_SOURCE


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("Lena Ortiz said nothing of the shipyard deal.", ("Lena Ortiz", "reported")),
        ("Beta's statement said Alpha would send a frigate.", ("beta's statement", "reported")),
        (
            "The Alphan readout said the two ministers agreed on a hotline.",
            ("both ministers", "agreed"),
        ),
        ("Ravi Menon told reporters that the talks were useful.", ("Ravi Menon", "reported")),
        (
            "I am told both sides voiced concern about the strait.",
            ("both countries", "raised concern"),
        ),
    ],
)
def test_a_party_saying_nothing_and_a_channel_telling_an_act_stay_as_they_were(
    sentence: str, said: tuple[str, str]
) -> None:
    assert _read(sentence) == said


@pytest.mark.parametrize(
    "sentence",
    [
        "According to Beta's readout, Ravi Menon told Lena Ortiz about the raid on the port.",
        "Ravi Menon told his guest of the steps Alpha had taken since the raid.",
        "Ravi Menon told her about the bombing of the depot.",
    ],
)
def test_telling_the_counterpart_about_an_event_is_a_briefing(sentence: str) -> None:
    assert _read(sentence) == ("Ravi Menon", "briefed")


@pytest.mark.parametrize(
    "sentence",
    [
        "Ravi Menon told the Senate about the raid on the port.",
        "Lena Ortiz told the press of her hope that a frigate deal could be concluded soon.",
        "Lena Ortiz told us about Alpha's plans to buy more transport aircraft from Beta.",
        "Ravi Menon told Lena Ortiz of his resolve to reopen the shipyard.",
    ],
)
def test_telling_a_house_the_press_or_of_ones_hopes_is_no_briefing(sentence: str) -> None:
    assert _read(sentence)[1] == "reported"  # review14a item 4


@pytest.mark.parametrize(
    "sentence",
    [
        "In this chapter I argue that the talks in Gamma were a gesture of reassurance.",
        "This paper argues that the talks mattered less for what they produced than for when.",
        "This essay contends that each side's account shows what it wanted the other to hear.",
    ],
)
def test_a_paper_stating_its_argument_is_the_writers_own_view(sentence: str) -> None:
    sp = Speakers(FACTS, frozenset({"ravi-menon", "lena-ortiz"}))
    r = reading(sentence, sp)
    assert (r.kind, r.attribution) == ("assessment", THE_SOURCE)


@pytest.mark.parametrize(
    ("sentence", "kind", "who"),
    [
        ("In Gamma, we agreed to set up a hotline, Ravi Menon said.", "commitment", "Ravi Menon"),
        (
            "In a speech, Lena Ortiz argued that the strait must stay open.",
            "position",
            "Lena Ortiz",
        ),
        ("This study shows that raids on the port have doubled.", "background", THE_SOURCE),
    ],
)
def test_a_partys_we_and_an_argument_told_of_stay_as_they_were(
    sentence: str, kind: str, who: str
) -> None:
    sp = Speakers(FACTS, frozenset({"ravi-menon", "lena-ortiz"}))
    r = reading(sentence, sp)
    assert (r.kind, r.attribution) == (kind, who)


def test_a_saying_verb_in_a_clause_of_concession_reports_nothing() -> None:
    sentence = (
        "Alphan investment in Beta's shipyards remains small, whatever the two governments say."
    )
    assert _read(sentence) == (THE_SOURCE, "reported")


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        (
            "Whatever the outcome, Ravi Menon and Lena Ortiz agreed to meet again.",
            "Ravi Menon and Lena Ortiz",
        ),
        ("Alpha will send observers whatever Beta says, Ravi Menon said.", "Ravi Menon"),
        ("Lena Ortiz said the talks went well because Alpha had listened.", "Lena Ortiz"),
    ],
)
def test_a_report_around_a_clause_of_concession_stays_its_speakers(
    sentence: str, said: str
) -> None:
    assert _read(sentence)[0] == said
