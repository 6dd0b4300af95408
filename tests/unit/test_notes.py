"""A television newsroom's and a production desk's notes (lookup/search/reading/written/notes.py):
the labels of the programme's or the page's pieces heading, ending or standing as the subject
of what is asked are no words to find, and the newsroom's "tie-up" is the cooperation asked
about. A coder's record (past_coding): an event dataset's field names, its scheme's words
and the act's class asked ("material … or statement only") are no words to find; what is
asked stays. A media monitor's shorthand (past_monitor): a "y/n" mark is no word to find,
"w/" is "with"; where in the coverage she looks ("… named in the story", "… in the
wrap-up") and the wording's noun ("… framing") are no words to find. The queries are the
test's own."""

from __future__ import annotations

import pytest
from conftest import shown

from defcoop_cli.lookup.search.memory import SearchIndex
from defcoop_cli.lookup.search.reading.written.notes import (
    past_coding,
    past_desk,
    past_form,
    past_monitor,
    past_newsroom,
    past_trailing,
)
from defcoop_cli.lookup.search.text import parse_query


@pytest.mark.parametrize(
    ("labelled", "asked"),
    [
        ("anchor Q: did japan back india on terror", "did japan back india on terror"),
        ("SOT - singh on self-reliance", "singh on self-reliance"),
        ("vo: malabar drill partners", "malabar drill partners"),
        ("lower third - nakatani's office", "nakatani's office"),
        ("strap for the package: cyber cooperation", "cyber cooperation"),
        ("what's the big picture - the dialogue mechanism", "the dialogue mechanism"),
        ("VO over harbour footage: freedom of navigation", "freedom of navigation"),
        ("supply chains - line for anchor", "supply chains"),
        ("the 2+2 dialogue, anchor question", "the 2+2 dialogue"),
        ("the space tie-up", "the space cooperation"),
        ("drones: what's the tieup", "drones: what's the cooperation"),
    ],
)
def test_a_newsrooms_labels_are_no_words_to_find(labelled: str, asked: str) -> None:
    assert past_newsroom(labelled) == asked
    assert parse_query([labelled]).terms == parse_query([asked]).terms


@pytest.mark.parametrize(
    ("plain", "kept"),
    [
        ("malabar line: who takes part", "malabar"),  # a subject in the head: no label
        ("what line did japan take on unclos", "line"),  # no head, no tail: a word asked
        ("the package of technologies agreed", "package"),
        ("did they tie up the deal on drones", "tie"),  # the verb, apart
        ("third round of the 2+2 - dates", "third"),
    ],
)
def test_a_newsrooms_words_outside_a_label_stay(plain: str, kept: str) -> None:
    assert kept in parse_query([plain]).terms


def test_a_newsrooms_questions_find_what_they_ask(index: SearchIndex) -> None:
    assert "pahalgam-solidarity" in shown(index, "SOT - tokyo stands with delhi on terror")[:3]
    assert shown(index, "lower third: where the ministers met")[:1] == ["meeting-location"]
    assert "tech-space" in shown(index, "space tie-up - line for anchor")[:3]
    assert "exercise-malabar-participants" in shown(index, "VO: malabar drill partners")[:3]


@pytest.mark.parametrize(
    "off_topic",
    [
        "anchor Q: who won the state election in bihar",
        "SOT - monsoon floods in assam",
        "the india-france rafale tie-up - line for anchor",
    ],
)
def test_an_off_topic_newsroom_question_finds_nothing(index: SearchIndex, off_topic: str) -> None:
    assert shown(index, off_topic) == []


@pytest.mark.parametrize(
    ("labelled", "asked"),
    [
        ("map caption: who hosted the talks", "who hosted the talks"),
        ("infographic - the drills' partners", "the drills' partners"),
        ("web hed: japan backs india on terror", "japan backs india on terror"),
        ("the venue, cutline", "the venue"),
    ],
)
def test_a_desks_label_heading_or_ending_is_no_word_to_find(labelled: str, asked: str) -> None:
    assert past_newsroom(labelled) == asked


@pytest.mark.parametrize(
    ("labelled", "asked"),
    [
        ("2+2 meaning for the glossary page", "2+2 meaning"),
        (
            "who takes part in dharma guardian? for the pie chart",
            "who takes part in dharma guardian?",
        ),
        ("space cooperation, need the list for the sidebar", "space cooperation"),
        ("what were the drills for? we need the three items", "what were the drills for?"),
        ("kicker text for the malabar drill", "the malabar drill"),
        ("photo label for Gen Nakatani", "Gen Nakatani"),
    ],
)
def test_a_desks_purpose_request_and_subject_are_no_words_to_find(
    labelled: str, asked: str
) -> None:
    assert past_desk(labelled) == asked
    assert parse_query([labelled]).terms == parse_query([asked]).terms


@pytest.mark.parametrize(
    ("labelled", "asked"),
    [
        ("New Delhi locator map - who met there", "New Delhi, who met there"),
        ("supply chains callout box: what was agreed", "supply chains, what was agreed"),
        ("UNCLOS flags to show - which countries", "UNCLOS, which countries"),
    ],
)
def test_a_desks_words_ending_a_head_leave_its_subject(labelled: str, asked: str) -> None:
    assert past_trailing(labelled) == asked


@pytest.mark.parametrize(
    ("plain", "kept"),
    [
        ("support for the timeline of the talks", "timeline"),  # no purpose: a subject after it
        ("a date for the timeline strip", "date"),
        ("exercises for the chart", "chart"),  # an ordinary noun alone after "for"
        ("nakatani name - is gen a rank", "name"),  # a name the base holds
        ("caption label for", "caption"),  # nothing left but the label
        ("which box did the ministers tick", "box"),
    ],
)
def test_a_desks_words_outside_a_label_stay(plain: str, kept: str) -> None:
    assert kept in parse_query([plain]).terms


def test_a_desks_questions_find_what_they_ask(index: SearchIndex) -> None:
    assert shown(index, "web card: where were the ministers")[:1] == ["meeting-location"]
    assert "japan-supports-make-in-india" in shown(index, "MII expansion for the glossary")[:3]
    assert shown(index, "lower-third label for rajnath singh")[:1] == ["rajnath-singh-office"]
    assert (
        "exercise-malabar-participants"
        in shown(index, "malabar flags to show - which navies take part")[:3]
    )
    assert "tech-space" in shown(index, "which technologies? need the list for the chart")[:5]


@pytest.mark.parametrize(
    "off_topic",
    [
        "locator map: where did the earthquake hit in nepal",
        "kerala boat race winners for the listicle",
        "pull quote text for the coach after the derby",
        "stock index chart box - what closed higher",
    ],
)
def test_an_off_topic_desk_question_finds_nothing(index: SearchIndex, off_topic: str) -> None:
    assert shown(index, off_topic) == []


@pytest.mark.parametrize(
    ("coded", "asked"),
    [
        ("target actor = japan's solidarity went to whom", "japan's solidarity went to whom"),
        ("stance variable: did japan condemn the attack", "did japan condemn the attack"),
        ("actor attribute for Nakatani: rank", "for Nakatani: rank"),
        ("which navies in malabar, as actors", "which navies in malabar, as"),
        ("dyad india-japan: cyber cooperation", "india-japan: cyber cooperation"),
        ("item: unclos adherence", "unclos adherence"),
        ("event type = reaffirm: indo-pacific vision", "reaffirm: indo-pacific vision"),
        ("venue variable: host city", "venue : host city"),  # a noun after it: the field stays
        ("space cooperation - material cooperation or verbal only", "space cooperation"),
        ("joint drills, code as material or statement?", "joint drills"),
    ],
)
def test_a_coders_fields_are_no_words_to_find(coded: str, asked: str) -> None:
    assert past_coding(coded) == asked
    assert parse_query([coded]).terms == parse_query([asked]).terms


@pytest.mark.parametrize(
    ("plain", "kept"),
    [
        ("the event in new delhi", "event"),  # no scheme's mark: a word asked
        ("the source of the meeting's date", "source"),
        ("item on the south china sea", "item"),  # no colon after the field's word
        ("materials for the co-production", "materials"),
    ],
)
def test_words_of_a_scheme_outside_a_coders_record_stay(plain: str, kept: str) -> None:
    assert past_coding(plain) == plain
    assert kept in parse_query([plain]).terms


def test_a_coders_questions_find_what_they_ask(index: SearchIndex) -> None:
    assert shown(index, "target actor = japan's solidarity went to whom")[:1] == [
        "pahalgam-solidarity"
    ]
    assert "exercise-malabar-participants" in shown(index, "which navies in malabar, as actors")[:3]
    assert "tech-space" in shown(index, "space cooperation - material cooperation or verbal only")
    assert shown(index, "outcome variable: was anything co-produced")[:1] == [
        "industry-co-development"
    ]


@pytest.mark.parametrize(
    "off_topic",
    [
        "actor attribute: party of the japanese prime minister",
        "target actor of the houthi drone strikes",
        "event type = protest: farmers march on delhi",
    ],
)
def test_an_off_topic_coders_question_finds_nothing(index: SearchIndex, off_topic: str) -> None:
    assert shown(index, off_topic) == []


@pytest.mark.parametrize(
    ("plain", "asked"),
    [
        ("in simple words, when did the ministers talk", "when did the ministers talk"),
        ("where is pahalgam, explain it simply please", "where is pahalgam"),
        ("explain like I'm five: the malabar drills", "the malabar drills"),
        ("for children - what is unclos", "what is unclos"),
        ("who leads the japanese side? easy answer", "who leads the japanese side?"),
        ("what did singh say about drones; short and sweet", "what did singh say about drones"),
        ("dharma guardian for beginners", "dharma guardian"),
        ("simply put, why does japan back make in india", "why does japan back make in india"),
        # a parent's or a teacher's use of the answer, a clause of its own
        (
            "where did the two ministers meet, for my daughter's homework",
            "where did the two ministers meet",
        ),
        ("for our class project - what is dharma guardian", "what is dharma guardian"),
        ("who signed it - for my kids school project", "who signed it"),
    ],
)
def test_an_easy_read_editors_form_is_no_word_to_find(plain: str, asked: str) -> None:
    assert past_form(plain) == asked


@pytest.mark.parametrize(
    "kept",
    [
        "a simple question on basic training",  # "simple" and "basic" inside what is asked
        "plain language",  # nothing else to find: kept as it is
        "Nakatani, Gen, 1957-",  # a catalogue heading's dash is no form's
        "funding for my son's school project",  # no clause of its own: what is asked
    ],
)
def test_plain_words_inside_what_is_asked_stay(kept: str) -> None:
    assert past_form(kept) == kept


def test_an_easy_read_editors_questions_find_what_they_ask(index: SearchIndex) -> None:
    assert shown(index, "in plain words: who is rajnath singh")[:1] == ["rajnath-singh-office"]
    assert "meeting-held" in shown(index, "whom did rajnath singh meet, for my son's homework")[:3]
    met = shown(index, "where did singh and nakatani meet? simple answer")
    assert "meeting-location" in met[:2]


@pytest.mark.parametrize(
    "off_topic",
    [
        "who won the tennis final, in easy words",
        "why is bread so dear, simply put",
        "how do volcanoes erupt, for my daughter's school project",
    ],
)
def test_an_off_topic_easy_read_question_finds_nothing(index: SearchIndex, off_topic: str) -> None:
    assert shown(index, off_topic) == []


@pytest.mark.parametrize(
    ("plain", "wanted"),
    [
        ("were many people killed near pahalgam", "pahalgam-briefing"),
        ("does india count japan as a good friend", "japan-key-partner"),
        (
            "do the two ministries want to talk fast when a crisis comes",
            "strategic-communication-stressed",
        ),
    ],
)
def test_an_easy_read_editors_plain_words_find_the_formal_ones(
    index: SearchIndex, plain: str, wanted: str
) -> None:
    """The thesaurus's plain register: people killed an attack, a friend a partner,
    talking fast communication."""
    assert wanted in shown(index, plain)[:3]


@pytest.mark.parametrize(
    "off_topic",
    ["were many people killed in the car crash", "is canada a good friend of mexico"],
)
def test_plain_words_of_another_matter_find_nothing(index: SearchIndex, off_topic: str) -> None:
    assert shown(index, off_topic) == []


@pytest.mark.parametrize(
    ("marked", "asked"),
    [
        ("malabar mentioned y/n", "malabar mentioned"),
        ("y/n: the piece quotes singh on self-reliance", "the piece quotes singh on self-reliance"),
        ("cyber cooperation in the copy (Y/N)?", "cyber cooperation in the copy"),
        ("space tech listed - yes/no", "space tech listed"),
        ("japan's support w/ make in india", "japan's support with make in india"),
        ("talks ended w/o a deal", "talks ended w/o a deal"),
        ("y/n", "y/n"),
    ],
)
def test_a_monitors_yes_or_no_mark_is_no_word_to_find(marked: str, asked: str) -> None:
    assert past_monitor(marked) == asked


@pytest.mark.parametrize(
    ("query", "wanted"),
    [
        ("singh briefed nakatani y/n", "pahalgam-briefing"),
        ("japan expressed solidarity y/n", "pahalgam-solidarity"),
        ("friendly atmosphere y/n", "meeting-atmosphere"),
    ],
)
def test_a_monitors_yes_or_no_question_finds_what_it_asks(
    index: SearchIndex, query: str, wanted: str
) -> None:
    assert wanted in shown(index, query)[:3]


@pytest.mark.parametrize(
    ("placed", "asked"),
    [
        ("Quad formula used in the story", "Quad"),
        ("naval drill named in the copy", "naval drill"),
        ("partnership framing in the intro", "partnership"),
        ("trust in the headline", "trust"),
        ("supply chains flagged in this report?", "supply chains?"),
        ("terror solidarity phrasing Tokyo", "terror solidarity Tokyo"),
        ("drone framing, cyber wording", "drone, cyber"),
    ],
)
def test_where_in_the_coverage_a_monitor_looks_is_no_word_to_find(placed: str, asked: str) -> None:
    assert past_monitor(placed) == asked


@pytest.mark.parametrize(
    "kept",
    [
        "Nakatani's office in the reports",  # a text read, nothing said of it: the reports
        "what wording did the story use for the drills",  # the wording asked, a frame's
        "wording in the statement on terror",  # "wording in": a readout checker's frame
        "the formula used in the annual report",  # another text, named by its own word
        "named in the report",  # nothing else asked
    ],
)
def test_a_text_read_without_a_monitors_mark_stays(kept: str) -> None:
    assert past_monitor(kept) == kept


@pytest.mark.parametrize(
    ("query", "wanted"),
    [
        ("Dharma Guardian named in the copy", "exercise-dharma-guardian-participants"),
        ("self-reliance framing in the wrap-up", "self-reliance-highlighted"),
        ("interoperability wording Tokyo", "exercises-improve-interoperability"),
        ("does the coverage name Australia", "exercise-malabar-participants"),
        ("does the coverage mention cyber attacks", "cyber-threats-increasing"),
    ],
)
def test_a_monitors_question_of_the_coverage_finds_what_it_asks(
    index: SearchIndex, query: str, wanted: str
) -> None:
    assert wanted in shown(index, query)[:3]
