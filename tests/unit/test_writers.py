"""Five registers of people who write from the article or audit it
(lookup/search/reading/written/writers.py): a speechwriter's frame and a delegate's paper, read as
no words to look for, a planner's purpose, no part of what to find, an advertorial
auditor's question what the text promotes, read as asking for its advertorial, and a
researcher's check of what a statement mentions, read as the statement; a curator's display
texts and a line's audience, read as no words to look for. The queries are the test's
own."""

from __future__ import annotations

import pytest
from conftest import REAL

from defcoop_cli.factbase.loader import load
from defcoop_cli.lookup.search.memory import SearchIndex
from defcoop_cli.lookup.search.reading.written.writers import ADVERTORIAL, statement_checked
from defcoop_cli.lookup.search.text import parse_query
from defcoop_cli.lookup.service import SearchRequest, search


def shown(index: SearchIndex, text: str, include_editorial: bool = False) -> list[str]:
    request = SearchRequest((text,), include_editorial=include_editorial)
    return list(search(index, parse_query([text]), request).shown_ids)


@pytest.mark.parametrize(
    ("framed", "subject"),
    [
        ("opening sentence welcoming japan as a trusted partner", "japan trusted partner"),
        ("paragraph thanking tokyo for its condemnation", "tokyo its condemnation"),
        ("recall the friendly atmosphere in the toast", "friendly atmosphere"),
        ("words to thank japan for its solidarity", "japan its solidarity"),
        ("cyber cooperation for the minister's remarks", "cyber cooperation minister"),
        ("a warm closing line about the dialogue mechanism", "dialogue mechanism"),
        ("supply chains passage for the keynote", "supply chains"),
        ("in his address, can he mention the malabar drills", "malabar drills"),
    ],
)
def test_a_speechwriters_frame_is_no_part_of_what_to_find(framed: str, subject: str) -> None:
    """The speech, the piece of it being written and what it will do (thank, welcome,
    recall) are the drafting's words, held by no fact."""
    assert parse_query([framed]).terms == parse_query([subject]).terms


@pytest.mark.parametrize(
    ("plain", "kept"),
    [
        ("how did the two sides address the south china sea", "address"),  # a verb
        ("opening of the bullet train line", "opening"),  # "of": a piece of something
        ("line of actual control", "line"),
        ("the exercise's name for the speech", "name"),  # a noun, not the speech's act
        ("did japan welcome the invitation", "welcome"),  # no speech: the parties' act
    ],
)
def test_words_of_drafting_without_a_speech_stay(plain: str, kept: str) -> None:
    assert kept in parse_query([plain]).terms


def test_a_speechwriters_line_finds_what_it_is_to_be_about(index: SearchIndex) -> None:
    assert "meeting-atmosphere" in shown(index, "recall the friendly atmosphere in the toast")[:3]
    thanks = shown(index, "paragraph thanking tokyo for condemning the pahalgam attack")
    assert "pahalgam-condemned" in thanks[:3]
    assert shown(index, "a line on the bullet train for the speech") == []


@pytest.mark.parametrize(
    "asked",
    [
        "does the article promote a guru",
        "which religious leader does the piece plug",
        "whom is the story endorsing",
        "the sect advertised at the end of the article",
    ],
)
def test_what_the_text_promotes_asks_for_its_advertorial(index: SearchIndex, asked: str) -> None:
    """The text's own promotion is its editorial, kept out by default: nothing is found,
    and the editorial facts with --include-editorial."""
    terms = parse_query([asked]).terms
    assert ADVERTORIAL in terms and not {"article", "piece", "story"} & set(terms)
    assert shown(index, asked) == []
    editorial = {i for i, f in load(REAL).facts.items() if f.kind == "editorial"}
    assert set(shown(index, asked, include_editorial=True)) <= editorial


def test_the_texts_promotion_is_shown_with_the_editorial(index: SearchIndex) -> None:
    found = shown(index, "whom is the story endorsing", include_editorial=True)
    assert "editorial-spiritual-link" in found


def test_promoting_by_another_than_the_text_is_looked_for() -> None:
    assert "promote" in parse_query(["the two countries promote peace"]).terms
    assert ADVERTORIAL not in parse_query(["does japan promote co-production"]).terms


def test_the_text_named_as_the_source_is_no_word_to_find(index: SearchIndex) -> None:
    asked = "according to the piece, who briefed whom on the attack"
    assert parse_query([asked]).terms == parse_query(["who briefed whom on the attack"]).terms
    assert "pahalgam-briefing" in shown(index, asked)[:3]
    assert "officials" in parse_query(["according to officials"]).terms  # no text: a source


@pytest.mark.parametrize(
    ("asked", "wanted"),
    [
        ("does the article promote peace", "shared-desire-for-peace"),
        ("does the article endorse unclos", "unclos-adherence"),
        ("which exercises does the piece promote", "exercises-importance-discussed"),
        ("which partnership does the article promote", "partnership-being-built"),
    ],
)
def test_what_the_text_promotes_is_looked_for_where_its_facts_hold_it(
    index: SearchIndex, asked: str, wanted: str
) -> None:
    """What the text is asked to promote is held outside the editorial: the frame is no
    word to find, and the facts holding the rest are shown (review14b, 1)."""
    assert wanted in shown(index, asked)[:3]


@pytest.mark.parametrize(
    ("alone", "word"),
    [("the address", "address"), ("the toast", "toast"), ("his remarks", "remarks")],
)
def test_a_speech_word_alone_is_the_word_asked_about(alone: str, word: str) -> None:
    """A frame that would leave only function words is no frame (review14b, 3)."""
    assert word in parse_query([alone]).terms


def test_the_address_alone_finds_the_issues_addressed(index: SearchIndex) -> None:
    assert "regional-issues-addressed" in shown(index, "the address")[:3]


@pytest.mark.parametrize(
    ("checked", "statement"),
    [
        ("does Tokyo's condemnation name the militants' sponsors?", "Tokyo's condemnation"),
        ("did the UNCLOS statement cite the tribunal ruling", "UNCLOS"),
        (
            "has India's briefing of the Japanese side mentioned casualties",
            "India's briefing of the Japanese side",
        ),
        ("did the solidarity line reference Balochistan", "solidarity"),
    ],
)
def test_a_statement_checked_for_a_mention_is_read_as_the_statement(
    index: SearchIndex, checked: str, statement: str
) -> None:
    """What the statement is asked to mention, held or not (a place elsewhere, a ruling), is
    no word to look for: the statement answers, as a reader weighs what it does say."""
    assert parse_query([checked]).terms == parse_query([statement]).terms
    assert shown(index, checked)[:1] == shown(index, statement)[:1] != []


@pytest.mark.parametrize(
    "asked",
    [
        "did the talks mention Taiwan",  # a gathering, no statement: the whole meeting's words
        "does the statement name Balochistan",  # no word of whose statement it is
        "did the Quad statement mention the attack",  # a statement the base does not hold
    ],
)
def test_a_mention_asked_of_no_statement_the_base_holds_finds_nothing(
    index: SearchIndex, asked: str
) -> None:
    assert shown(index, asked) == []


@pytest.mark.parametrize(
    "asked",
    [
        "did japan's statement mention bollywood",
        "did the joint statement mention bitcoin",
        "did India's statement cite cricket",
        "has the ministers' statement mentioned an opera singer",
    ],
)
def test_a_statement_named_only_by_whose_it_is_is_read_as_typed(
    index: SearchIndex, asked: str
) -> None:
    """Whose statement it is and no word of what it is about ("Japan's statement", "the
    joint statement"): no statement to read, as typed; what it holds off-topic, nothing."""
    assert statement_checked(asked) == asked
    assert shown(index, asked) == []


def test_a_mention_asked_of_whose_statement_finds_what_it_asks(index: SearchIndex) -> None:
    assert "pahalgam-condemned" in shown(index, "did japan's statement mention terrorism")[:3]
    assert "pahalgam-condemned" in shown(index, "did India's statement cite terrorism?")[:3]


@pytest.mark.parametrize(
    ("filled", "asked"),
    [
        ("venue of the talks - for my tracker", "venue of the talks"),
        ("Singh's office: entry for the reaction spreadsheet", "Singh's office"),
        ("exercises with the US navy, row for the drills matrix", "exercises with the US navy"),
        ("condemnation wording for the country memo", "condemnation wording"),
        ("maritime concerns - ref for my staff paper", "maritime concerns"),
        ("Malabar navies - source for conclusion para", "Malabar navies"),
        ("supply chains, references for the paper", "supply chains"),
    ],
)
def test_what_the_answer_is_for_is_no_word_to_look_for(filled: str, asked: str) -> None:
    """The document being filled and the piece of it are what the answer is wanted for."""
    assert parse_query([filled]).terms == parse_query([asked]).terms


def test_a_service_papers_reference_is_found_past_it(index: SearchIndex) -> None:
    """A staff officer's "- ref for service paper": the reference wanted, not a word of it."""
    query = "respect for international law - source for conclusion para"
    assert "indo-pacific-international-law" in shown(index, query)[:3]
    assert "exercise-malabar-participants" in shown(index, "Malabar navies - ref for paper")[:3]


def test_a_tracker_rows_answer_is_found_past_it(index: SearchIndex) -> None:
    assert (
        shown(index, "Gen Nakatani's role - field for country tracker")[:1]
        == shown(index, "Gen Nakatani's role")[:1]
        != []
    )


@pytest.mark.parametrize(
    ("framed", "subject"),
    [
        ("sitrep: japan's condemnation of the attack", "japan's condemnation of the attack"),
        ("background guide: which countries join malabar", "which countries join malabar"),
        ("operative clause idea: co-production of defence kit", "co-production of defence kit"),
        ("preambulatory clause: recalling the commitment to unclos", "the commitment to unclos"),
        ("tokyo on supply chains - a quote for my position paper", "tokyo on supply chains"),
        ("where did they meet - names for the sitrep", "where did they meet"),
        ("draft resolution wording on freedom of navigation", "freedom of navigation"),
    ],
)
def test_a_delegates_paper_is_no_part_of_what_to_find(framed: str, subject: str) -> None:
    """The paper a delegate writes, the piece of it wanted and a clause's opening verb are
    hers, held by no fact."""
    assert parse_query([framed]).terms == parse_query([subject]).terms


@pytest.mark.parametrize(
    ("plain", "kept"),
    [
        ("japan's support for the make in india programme", "programme"),  # no document last
        ("for the tracker", "tracker"),  # nothing before it: the words asked about
    ],
)
def test_for_without_a_document_after_it_stays(plain: str, kept: str) -> None:
    assert kept in parse_query([plain]).terms


@pytest.mark.parametrize("frame", ["names for sitrep", "the quote for my memo", "field for log"])
def test_a_query_that_is_only_the_frame_finds_nothing(index: SearchIndex, frame: str) -> None:
    """A piece and the document it goes in, nothing asked: read as typed, no fact holds it
    (the piece alone found a curator note)."""
    found = search(index, parse_query([frame]), SearchRequest((frame,)))
    assert (list(found.shown_ids), found.notes) == ([], ())


@pytest.mark.parametrize(
    ("plain", "kept"),
    [
        ("peaceful dispute resolution", "resolution"),  # no draft resolution: the disputes'
        ("nakatani's position", "position"),  # no paper: his office
        ("sitrep", "sitrep"),  # the paper alone is the word asked about
    ],
)
def test_a_papers_words_without_a_paper_stay(plain: str, kept: str) -> None:
    assert kept in parse_query([plain]).terms


@pytest.mark.parametrize(
    "given",
    ["singh keynote", "keynote speech by singh", "the remarks of singh at the summit"],
)
def test_a_speech_given_is_the_thing_asked_about(given: str) -> None:
    """A speech whose giver is named is no speechwriter's frame: the article reports none."""
    assert {"singh"} < set(parse_query([given]).terms)
    assert set(parse_query([given]).terms) & {"keynote", "speech", "remarks"}


def test_a_speech_given_that_the_article_does_not_report_finds_nothing(
    index: SearchIndex,
) -> None:
    assert shown(index, "singh keynote") == []
    assert shown(index, "nakatani keynote address") == []


@pytest.mark.parametrize(
    ("framed", "subject"),
    [
        ("dharma guardian drills useful for flood relief work", "dharma guardian drills"),
        ("crisis communication lessons for cyclone response", "crisis communication"),
        ("ai cooperation could help earthquake early warning", "ai cooperation"),
        ("the hotline, helpful in a relief emergency", "the hotline"),
    ],
)
def test_a_planners_purpose_is_no_part_of_what_to_find(framed: str, subject: str) -> None:
    """What the planner would use the facts for is her work, held by no fact."""
    assert parse_query([framed]).terms == parse_query([subject]).terms


@pytest.mark.parametrize(
    ("plain", "kept"),
    [
        ("what are the benefits for india", "benefits"),  # nothing asked before it
        ("how could japan help india", "help"),  # a modal before its subject: a question
    ],
)
def test_words_of_use_without_a_subject_before_them_stay(plain: str, kept: str) -> None:
    assert kept in parse_query([plain]).terms


def test_a_planners_question_finds_what_she_asks(index: SearchIndex) -> None:
    found = shown(index, "space cooperation could support flood monitoring")
    assert "tech-space" in found[:3]


@pytest.mark.parametrize(
    ("clause", "kept"),
    [
        ("japan would support make in india", "make"),  # review15b's
        ("tokyo could assist india's shipbuilding", "shipbuilding"),
        ("did they say japan may help the indian navy", "navy"),
        ("is japan helpful to india's make in india", "make"),  # review15b's
        ("are the drills useful for both navies", "navies"),
    ],
)
def test_a_partys_own_clause_is_no_planners_purpose(clause: str, kept: str) -> None:
    """A bare subject, a verb of saying or a question before the modal or the word of use:
    the sentence is what a fact holds, not what a planner would use it for."""
    assert kept in parse_query([clause]).terms


@pytest.mark.parametrize(
    ("query", "fact"),
    [
        ("japan would support make in india", "japan-supports-make-in-india"),
        (
            "did japan say it would support india's fight against terrorism",
            "pahalgam-solidarity",
        ),
        ("japan could help india counter terrorism", "pahalgam-solidarity"),
        (
            "did nakatani say japan may support india's self-reliance",
            "japan-supports-make-in-india",
        ),
        ("is japan helpful to india's make in india", "japan-supports-make-in-india"),
    ],
)
def test_what_a_party_would_support_is_found(index: SearchIndex, query: str, fact: str) -> None:
    """review15b's ordinary questions, whose answers the purpose reading had sunk."""
    assert fact in shown(index, query)[:3]


@pytest.mark.parametrize(
    "query",
    [
        "drills useful for olympic training",  # review15b's
        "satellites could support crop monitoring",  # review15b's
        "exercises useful for football coaching",
    ],
)
def test_an_off_topic_purpose_after_a_bare_word_finds_nothing(
    index: SearchIndex, query: str
) -> None:
    assert shown(index, query) == []


@pytest.mark.parametrize(
    "query",
    [
        "support for the table",  # review15b's
        "cooperation for the chart",
        "training for the log",
        "names for sitrep",  # review15b's: only the frame
        "quotes for the tracker",
    ],
)
def test_an_ordinary_noun_after_for_or_a_bare_frame_is_searched_as_typed(
    index: SearchIndex, query: str
) -> None:
    """Without a dash, a colon or a comma, "for the table" is no document being filled, and
    a frame with nothing asked before it leaves nothing to find."""
    assert shown(index, query) == []


def test_a_document_after_a_dash_is_still_what_the_answer_is_for(index: SearchIndex) -> None:
    assert "meeting-date" in shown(index, "date of the talks - entry for the log")[:3]


@pytest.mark.parametrize(
    ("query", "fact"),
    [
        ("singh's remarks on the attack", "pahalgam-condemned"),  # review15b's
        ("nakatani's remarks on the attack", "pahalgam-condemned"),  # review15b's
        ("singh speech on make in india", "japan-supports-make-in-india"),  # review15b's
        ("nakatani's speech about the south china sea", "south-china-sea-instability-discussed"),
        ("singh's remarks about japanese firms", "japanese-industry-invited"),
    ],
)
def test_a_speakers_remarks_on_a_subject_ask_what_he_said_on_it(
    index: SearchIndex, query: str, fact: str
) -> None:
    assert "remarks" not in parse_query([query]).terms
    assert fact in shown(index, query)[:3]


def test_a_speakers_remarks_on_an_off_topic_subject_find_nothing(index: SearchIndex) -> None:
    assert shown(index, "nakatani's remarks about bollywood") == []


@pytest.mark.parametrize(
    ("framed", "subject"),
    [
        ("warm-up q: how cordial was the meeting", "how cordial was the meeting"),
        ("ask the former diplomat: who briefed whom on kashmir", "who briefed whom on kashmir"),
        ("question from the floor likely: supply chains", "supply chains"),
        ("follow-up question - malabar partners", "malabar partners"),
        ("the unclos line - phrasing for our panel", "the unclos line"),
        ("japan on make in india - how to put it for the audience", "japan on make in india"),
    ],
)
def test_a_moderators_label_and_purpose_are_no_words_to_find(framed: str, subject: str) -> None:
    """A moderator's note's label and what the note is for are hers, held by no fact."""
    assert parse_query([framed]).terms == parse_query([subject]).terms


@pytest.mark.parametrize(
    ("framed", "subject"),
    [
        ("kashmir attack - guidance for travellers to srinagar", "kashmir attack"),
        ("unilateral moves at sea - note for the shipping team", "unilateral moves at sea"),
        ("japanese delegation trip - who headed it", "japanese delegation trip - who"),
        ("the minister's visit to delhi - which date", "when was the minister's visit to delhi"),
        ("jammu and kashmir, what state/territory", "jammu and kashmir"),
    ],
)
def test_an_advisors_purpose_and_bare_question_are_no_words_to_find(
    framed: str, subject: str
) -> None:
    """An advisor's purpose is hers; a bare question of a visit asks its question word; a
    place's state is no word of the facts, which name the place."""
    framed_query, subject_query = parse_query([framed]), parse_query([subject])
    assert (framed_query.terms, framed_query.questions) == (
        subject_query.terms,
        subject_query.questions,
    )


@pytest.mark.parametrize(
    ("plain", "kept"),
    [
        ("malabar line: who takes part", "malabar"),  # a subject in the label: no panel's
        ("freedom of navigation - view for japan's navy", "navy"),  # no one it is for
        ("delhi metro strike - who led it", "led"),  # no visit before the bare question
        ("which state is india's partner", "state"),  # the state asked is a party
        ("the talks covered which region?", "region"),  # review16b's: the facts hold one
        ("the ministers discussed security in which region", "region"),
        ("freedom of navigation applies in what region?", "region"),
        ("japan - support for the team", "support"),  # review16b's: no note's own word
        ("malabar - drills for the team", "drills"),
        ("cyber - training for staff", "training"),
    ],
)
def test_a_notes_words_without_its_frame_stay(plain: str, kept: str) -> None:
    assert kept in parse_query([plain]).terms


def test_a_moderators_and_an_advisors_notes_find_what_they_ask(index: SearchIndex) -> None:
    assert shown(index, "warm-up q: how cordial was the meeting")[:1] == ["meeting-atmosphere"]
    assert (
        "pahalgam-solidarity"
        in shown(index, "india's fight against terror - exact phrasing for the audience")[:3]
    )
    assert "pahalgam-briefing" in shown(index, "pahalgam, which district is it in")[:3]
    assert "meeting-held" in shown(index, "jpn official visit india - what day")[:3]
    assert "regional-issues-addressed" in shown(index, "the talks covered which region?")[:3]
    assert "japan-supports-make-in-india" in shown(index, "japan - support for the team")[:3]
    assert "meeting-held" in shown(index, "the japanese defence minister's trip - when")[:3]


@pytest.mark.parametrize(
    "off_topic",
    [
        "follow up q - who won the cricket test",
        "monsoon rains in delhi - advisory note for staff travel",
        "metro strike in delhi - who led it",
        "putin's trip to delhi - what day",  # review16b's: a visit of no party of the base
        "chinese delegation - who came",
        "a us navy ship visit to japan - when",  # each names a nation that is no party
        "australian defence minister's visit - what day",
        "the pm's visit to the us - what day",
    ],
)
def test_an_off_topic_note_finds_nothing(index: SearchIndex, off_topic: str) -> None:
    assert shown(index, off_topic) == []


@pytest.mark.parametrize(
    ("quoted", "asked"),
    [
        ("the 'free' element of the indo-pacific", "the free the indo-pacific"),
        ('"peaceful" aspect of the vision', "peaceful the vision"),
        ("‘open’ part of the indo-pacific", "open the indo-pacific"),
    ],
)
def test_a_quoted_words_element_is_the_word(quoted: str, asked: str) -> None:
    """The element's noun and its "of" after a quoted word are no words of the facts."""
    assert parse_query([quoted]).terms == parse_query([asked]).terms
    assert "element" in parse_query(["the naval element of the exercise"]).terms


# ---- a curator's display texts (the fifty-seventh set's class: reading/written/writers.py)


@pytest.mark.parametrize(
    ("framed", "subject"),
    [
        ("caption on the navy drill with the us", "the navy drill with the us"),
        ("wall text about japan condemning the attack", "japan condemning the attack"),
        ("reader-friendly line on the supply chains", "the supply chains"),
        ("a kid-friendly sentence about the two democracies", "the two democracies"),
        ("malabar participants label", "malabar participants"),
        ("label copy for the army exercise", "the army exercise"),
    ],
)
def test_a_curators_display_text_is_no_part_of_what_to_find(framed: str, subject: str) -> None:
    """The label, the caption, the wall text and the audience a line is friendly to are
    the curator's, held by no fact."""
    assert parse_query([framed]).terms == parse_query([subject]).terms


@pytest.mark.parametrize(
    ("plain", "kept"),
    [
        ("a friendly atmosphere at the talks", "friendly"),  # no line: the talks' own word
        ("label", "label"),  # the display text alone is the word asked about
    ],
)
def test_display_words_without_a_frame_stay(plain: str, kept: str) -> None:
    assert kept in parse_query([plain]).terms


def test_a_display_text_finds_what_it_is_about(index: SearchIndex) -> None:
    assert "industry-supply-chains" in shown(index, "reader-friendly line on the supply chains")
    assert "pahalgam-condemned" in shown(index, "wall text about japan condemning the attack")


@pytest.mark.parametrize(
    "off_topic",
    ["label text on the samurai sword collection", "visitor-friendly line on the tea ceremony"],
)
def test_an_off_topic_display_text_finds_nothing(index: SearchIndex, off_topic: str) -> None:
    assert shown(index, off_topic) == []


def test_a_grants_officers_or_a_recruiters_document_heading_the_query_is_no_term(
    index: SearchIndex,
) -> None:
    assert "tech-space" in shown(index, "case for support: space cooperation")[:3]
    assert shown(index, "impact statement: why the chess olympiad matters") == []


def test_whether_the_meeting_mentions_what_no_fact_holds_finds_nothing(
    index: SearchIndex,
) -> None:
    # "body" is WordNet's wider sense of "colleges" alone: no fact holds colleges
    assert shown(index, "does the meeting mention colleges") == []
    assert "wider-human-resources" in shown(index, "does the meeting mention training")[:3]
