"""Two registers by their form: an official paper's furniture (nil returns, placeholders, its
addressees and distribution list; body/official.py) and its minister named by office alone
(R2); a markets report's collective unnamed speakers and market sentences
(unnamed/markets.py; R5, R9, R27 of tests/fixtures/CONVENTIONS.md)."""

from __future__ import annotations

from typing import Any

import pytest

from defcoop_cli.curation.drafting.about.topics import proposed_topics, topic_votes
from defcoop_cli.curation.drafting.assembly import draft
from defcoop_cli.curation.drafting.attribution import reading
from defcoop_cli.curation.drafting.body.official import (
    capitals_heading,
    official_lines,
    own_word,
)
from defcoop_cli.curation.drafting.entities import EntityMatcher
from defcoop_cli.curation.drafting.furniture.apparatus.credits import about_itself
from defcoop_cli.curation.drafting.speakers import Speakers
from defcoop_cli.curation.drafting.unnamed.markets import market_sentence
from defcoop_cli.factbase.records import Doc, Entity, Fact, Topic
from defcoop_cli.factbase.sentences import sentence_spans

ENTITIES = [
    Entity("alpha", "Alpha", "country"),
    Entity("ravi-menon", "Ravi Menon", "person", aliases=("Indian defence minister",)),
]
MATCHER = EntityMatcher(ENTITIES)


def _fact(fid: str, quote: str, topic: str, keywords: tuple[str, ...] = ()) -> Fact:
    return Fact(
        fid, quote, "event", "the article", "reported", (topic,), (), keywords, quote, "s", (0, 1)
    )


DOC = Doc(
    sources=[],
    topics=[
        Topic("industry", "Industry", "Co-production and investment.", "cooperation"),
        Topic("talks", "The talks", "Who met whom.", "meeting", aliases=("talks",)),
        Topic("view", "The article's view", "Its assessment.", "assessment"),
    ],
    entities=ENTITIES,
    facts=[
        _fact("invited", "invited firms to invest", "industry", ("investment",)),
        _fact("held", "the talks were held", "talks"),
        _fact("ties", "ties have grown", "view"),
    ],
    curator_notes=[],
)


@pytest.mark.parametrize(
    "line",
    [
        "Nil.",
        "No change.",
        "To follow.",
        "N/A",
        "Nothing to report.",
        "No change since the last summary.",
        "2. PARLIAMENT MATTERS: Nil.",
        "Visits abroad - No change",
        "Figures for April are being compiled and will be circulated separately.",
        "Inputs from the Services are awaited.",
        "Coal exports for the month are being compiled and will be reported in the next summary.",
        "Procurement figures are yet to be finalised and will be included in the next return.",
        "For the information of the Raksha Mantri and the Raksha Rajya Mantri.",
        "For information and necessary action.",
        "Copy to: Cabinet Secretariat; PS to RM",
    ],
)
def test_a_nil_return_a_placeholder_or_an_addressee_line_is_furniture(line: str) -> None:
    paper = ["UNCLASSIFIED", "1. BILATERAL ENGAGEMENTS", "The talks were held in Delhi."]
    assert official_lines([*paper, line]) == {3}
    numbered = ["1. Visits", "The minister flew to Alpha.", "2. Exports", line]
    assert official_lines(numbered) == {3}


@pytest.mark.parametrize(
    "line",
    [
        "None.",
        "Spokesperson: None.",
        "The text of the joint statement will be issued separately.",
        "Figures for April are being compiled and will be circulated separately.",
    ],
)
def test_a_return_needs_an_official_papers_form(line: str) -> None:
    story = ["Talks held in Delhi", "The two ministers met on Monday.", "Q: Was a pact signed?"]
    assert official_lines([*story, line]) == set()


@pytest.mark.parametrize(
    "line",
    [
        "There were none.",
        "None of the agreements was signed.",
        "No change in the status of the talks was announced.",
        "The joint statement will be issued later.",
        "The two sides will follow up on the proposal.",
        "Joint proposals are being prepared and will be presented at the next meeting.",
    ],
)
def test_a_sentence_of_the_report_is_no_return(line: str) -> None:
    assert official_lines([line]) == set()


def test_a_distribution_list_runs_from_its_label_to_the_next_sentence() -> None:
    lines = [
        "The visit went well.",
        "Distribution:",
        "Cabinet Secretariat (for the information of the Council of Ministers)",
        "PS to RM",
        "The Minister will travel to Alpha in June, which was agreed at the talks.",
    ]
    assert official_lines(lines) == {1, 2, 3}


PAPER = ["RESTRICTED", "1. The two ministers met in Delhi.", "2. They discussed the sea."]


@pytest.mark.parametrize(
    "line",
    [
        "No. 14(7)/2025/D(IC-III)",
        "F. No. 1/2/2025-IC",
        "Ref: MoD/IC/112/2025",
        "(iii)  Review of the coastal radar plan   Navy HQ (Ops)   30.06.2025",
        "S.No.   Action   Action by   Timeline",
    ],
)
def test_an_official_papers_file_number_and_table_rows_are_its_own(line: str) -> None:
    assert official_lines([*PAPER, line]) == {3}


def test_a_subject_field_is_furniture_with_the_lines_it_wraps_onto() -> None:
    lines = [
        *PAPER,
        "Subject: Talks between the Defence Minister and the Minister of",
        "Defence of Alpha held on 05.05.2025 in the Conference",
        "Room, South Block - reg.",
        "Participants: see the list below.",
        "3. The ministers also discussed trade.",
    ]
    assert official_lines(lines) == {3, 4, 5}


@pytest.mark.parametrize(
    "line",
    [  # a news report's lines of the same words: its news, not its own make
        "No. 10 Downing Street said the talks went well.",
        "Subject to approval, the drill will begin in June.",
        "Re-elected in 2024, the minister held talks in Delhi.",
        "The two navies   will sail together   next year, officials said.",
    ],
)
def test_news_lines_of_the_same_words_are_no_papers_own_make(line: str) -> None:
    assert official_lines([*PAPER, line]) == set()
    assert official_lines(["Talks held in Delhi", line]) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "Participants: As per Annexure 'A'.",
        "The lists of the two delegations are at Annex I.",
        "The list of participants is annexed.",
        "See Appendix B.",
        "This issues with the approval of Defence Secretary.",
        "These minutes were signed at Delhi on 5 May 2025 in two originals in English.",
        "Done at Delhi on 5 May 2025 in duplicate.",
    ],
)
def test_an_annex_pointer_or_a_colophon_is_an_official_papers_own_word(sentence: str) -> None:
    assert own_word(sentence)


@pytest.mark.parametrize(
    "sentence",
    [  # ordinary news: a wire's, a readout's, a paper's copy
        "It has not been approved by the cabinet yet, the official said.",
        "The minutes of the meeting were approved by the board on Tuesday, the company said.",
        "Details of the deal are in an annex to the agreement, officials said.",
        "The full list is given in the annexure of the report released on Tuesday.",
        "The agreement was signed in New Delhi on Monday in the presence of both ministers.",
        "This note was handed to reporters after the talks.",
        "The record was set in 1998 and has stood since.",
    ],
)
def test_news_sentences_are_no_papers_own_word(sentence: str) -> None:
    assert not own_word(sentence)


@pytest.mark.parametrize(
    ("sentence", "line"),
    [
        ("TERRORIST ATTACK AT PAHALGAM.", "TERRORIST ATTACK AT PAHALGAM. RM briefed the side."),
        (
            "EXERCISES AND SERVICE-TO-SERVICE COOPERATION.",
            "EXERCISES AND SERVICE-TO-SERVICE COOPERATION. Both Ministers met.",
        ),
    ],
)
def test_a_heading_in_capitals_run_into_its_paragraph_is_furniture(
    sentence: str, line: str
) -> None:
    assert capitals_heading(sentence, line)


@pytest.mark.parametrize(
    ("sentence", "line"),
    [  # a sentence with small letters, one word, the whole line, or not at its start
        ("NATO said the drill would go ahead.", "NATO said the drill would go ahead. It did."),
        ("NASA.", "NASA. The agency said the launch went well."),
        ("INDIA AND JAPAN AGREE TO SAIL TOGETHER", "INDIA AND JAPAN AGREE TO SAIL TOGETHER"),
        ("BOTH SIDES AGREED.", "The talks ended. BOTH SIDES AGREED. Nothing more."),
    ],
)
def test_news_sentences_are_no_run_in_heading(sentence: str, line: str) -> None:
    assert not capitals_heading(sentence, line)


def test_a_newsletters_disclaimer_is_its_word_on_itself() -> None:
    assert about_itself("This newsletter is for information only and is not investment advice.")
    assert not about_itself("The newsletter said the talks went well.")


def test_a_unit_after_a_number_ends_its_sentence() -> None:
    text = "They met from 1100 to 1230 h. The talks were held in delegation format."
    assert len(sentence_spans(text)) == 2
    assert len(sentence_spans("J. R. Menon met them.")) == 1  # an initial stays


def said(sentence: str) -> Any:
    return reading(sentence, Speakers(MATCHER, frozenset({"ravi-menon"})))


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("Brokerages hailed the talks as a sign that orders could follow.", "unnamed brokerages"),
        ("Traders said the rally was driven by hopes of new deals.", "unnamed traders"),
        ("Fund managers were keen to see a first project named.", "unnamed fund managers"),
        ("One brokerage said the talks showed how far ties had come.", "unnamed brokerage"),
        ("Market participants said the talks changed little.", "unnamed market participants"),
        ("Investors cheered reports that the two sides had agreed.", "unnamed investors"),
        ("A trader said the talks changed little.", "unnamed trader"),
        ("A Mumbai-based fund manager said prices were high.", "mumbai-based fund manager"),
        (
            "Analysts at a domestic brokerage said orders could follow.",
            "analysts at a domestic brokerage",
        ),
        (
            "Market watchers were cautious, saying no deal had been signed.",
            "unnamed market watchers",
        ),
    ],
)
def test_the_markets_people_are_unnamed_commentators(sentence: str, who: str) -> None:
    r = said(sentence)
    assert (r.attribution, r.view) == (who, True)


def test_a_participle_after_a_quantifier_is_no_verb() -> None:
    r = said("Traders said the rally came from hopes rather than any signed agreement.")
    assert r.stance == "reported"


@pytest.mark.parametrize(
    "sentence",
    [
        "Shipbuilding stocks were among the day's best performers.",
        "The benchmark index closed 0.4% higher.",
        "Defence shares rallied on Monday.",
        "The index closed 0.4% higher.",
    ],
)
def test_a_market_sentence_is_about_investment(sentence: str) -> None:
    assert market_sentence(sentence)
    assert proposed_topics([], sentence, topic_votes(DOC))[:1] == ["industry"]


def test_shares_as_a_verb_is_no_market() -> None:
    assert not market_sentence("Alpha shares the concern and rallied support for the plan.")
    assert not market_sentence("The talks closed on a high note and ended early.")


def drafted(body: str) -> dict[str, dict[str, Any]]:
    d = draft(f"Headline\n{body}\n", "a", DOC, {}, "/articles/a.txt", "9.9")
    return {f["quote"]: f for f in d["facts"]}


def test_a_title_of_the_office_alone_links_its_holder() -> None:  # R2: "RM" is Menon's
    fact = drafted("RM held talks in Alpha on Monday.")["RM held talks in Alpha on Monday"]
    assert "ravi-menon" in fact["entities"]


def test_the_ringgit_is_no_title() -> None:
    from defcoop_cli.curation.drafting.names.titles import own_titles

    assert own_titles("Malaysia will spend RM 2.5 billion on two ships.") == []
    assert own_titles("a deal worth RM900 million, RM said") == ["indian defence minister"]


def test_an_official_notes_returns_and_distribution_are_no_facts() -> None:
    body = (
        "RM held talks in Alpha.\n2. PARLIAMENT\nNil.\nDistribution:\nCabinet Office (for record)"
    )
    quotes = set(drafted(body))
    assert quotes == {"RM held talks in Alpha"}


def test_a_ministers_instruction_is_his() -> None:
    said = drafted(
        "Ravi Menon held talks in Alpha. The Minister has directed that a report be put up."
    )
    assert said["The Minister has directed that a report be put up"]["attribution"] == "Ravi Menon"


def test_a_market_sentence_is_filed_under_the_market_before_the_talks_it_names() -> None:
    said = drafted("Defence shares rallied in Alpha as Ravi Menon held talks there.")
    assert said["Defence shares rallied in Alpha as Ravi Menon held talks there"]["topics"][0] == (
        "industry"
    )


def test_market_people_at_a_named_body_or_place_are_the_group() -> None:
    facts = drafted(
        "Traders in Port Beta said the talks lifted shipbuilding stocks.\n"
        "Dealers at the Harbour Exchange were cautious about the impact.\n"
        "Port Beta is a busy city."
    )
    said = {q.split()[0]: (f["attribution"], f["rule"]) for q, f in facts.items()}
    assert said["Traders"][0] == "traders in port beta", said
    assert said["Dealers"][0] == "dealers at the harbour exchange", said
