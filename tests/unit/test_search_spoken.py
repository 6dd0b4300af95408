"""Loose spoken questions (issue 25): an intensifier or a quantifier, a word judging
"anything" or how likely, "cover" and a stranded "talk about" asked of the talks, a
question put as a sentence after a dash, a visit whose purpose is asked, what a query sets
apart from what it asks ("X beyond Y", "besides Y, what else …"). Queries invented
for these tests, on the shipped fact base."""

from __future__ import annotations

import pytest

from defcoop_cli.lookup.search.memory import SearchIndex
from defcoop_cli.lookup.search.reading.held import read_beyond, read_covered, read_qualified
from defcoop_cli.lookup.search.reading.notation.syntax import is_heading
from defcoop_cli.lookup.search.text import parse_query
from defcoop_cli.lookup.service import SearchRequest, search

AGREED = {"emerging-tech-cooperation", "industry-co-development", "indo-pacific-commitment"}
DISCUSSED = {"meeting-focus-military", "meeting-strategic-objectives", "regional-issues-addressed"}


def ids(index: SearchIndex, query: str) -> list[str]:
    return search(index, parse_query([query]), SearchRequest((query,))).shown_ids


def terms(query: str) -> tuple[str, ...]:
    return parse_query([query]).terms


# ---- an intensifier or a quantifier is no word to find


def test_a_spoken_intensifier_or_a_quantifier_is_no_term() -> None:
    assert terms("what did they honestly agree on") == ("agree",)
    assert terms("basically what did japan literally promise") == ("japan", "promise")
    assert "entire" not in terms("is the partnership good for the entire region")
    assert "whole" not in terms("good for the whole indo-pacific")


def test_a_quantified_region_finds_the_regions_facts(index: SearchIndex) -> None:
    found = ids(index, "is the partnership good for the entire region")
    assert "relations-essential-for-region" in found[:3]


# ---- a word judging "anything", or how likely


def test_a_word_judging_anything_is_no_term(index: SearchIndex) -> None:
    held = index.vocabulary().has
    read = read_qualified(parse_query(["was anything tangible agreed"]), held)
    assert read.terms == ("agreed",)
    read = read_qualified(parse_query(["did they settle anything substantive"]), held)
    assert "substantive" not in read.terms
    assert AGREED & set(ids(index, "did the ministers agree on anything meaningful")[:3])


def test_an_unheld_word_ending_the_clause_after_anything_is_no_term(index: SearchIndex) -> None:
    held = index.vocabulary().has
    read = read_qualified(parse_query(["did they agree on anything groundbreaking"]), held)
    assert read.terms == ("agree",)
    assert AGREED & set(ids(index, "did the two agree on anything groundbreaking?")[:3])


def test_a_held_word_or_one_with_its_clause_after_it_is_kept(index: SearchIndex) -> None:
    held = index.vocabulary().has
    maritime = parse_query(["did they discuss anything maritime"])
    assert read_qualified(maritime, held) == maritime  # the facts hold "maritime"
    offered = parse_query(["did they accept anything tokyo offered"])
    assert "tokyo" in read_qualified(offered, held).terms  # its clause goes on
    assert "matter" in read_qualified(parse_query(["why does anything matter"]), held).terms


def test_a_subjects_word_after_anything_is_kept(index: SearchIndex) -> None:
    # an unheld word ending the clause is dropped only when evaluative ("groundbreaking"):
    # a subject's word the facts hold nowhere finds nothing, as nothing of it was said
    held = index.vocabulary().has
    for query in ("did they discuss anything nuclear", "did they agree on anything nuclear"):
        assert "nuclear" in read_qualified(parse_query([query]), held).terms
        assert ids(index, query) == []
    assert ids(index, "did they discuss anything chemical or biological") == []
    read = read_qualified(parse_query(["did they discuss anything remarkable"]), held)
    assert read.terms == ("discuss",)


def test_a_judging_word_the_facts_hold_is_kept_when_anything_is_its_subject(
    index: SearchIndex,
) -> None:
    # "is there anything significant about X": the facts that call it significant answer
    held = index.vocabulary().has
    read = read_qualified(parse_query(["is there anything significant about the meeting"]), held)
    assert "significant" in read.terms
    assert ids(index, "is there anything significant about the meeting")[0] == "meeting-milestone"
    assert "meeting-milestone" in ids(index, "was anything significant achieved")[:3]
    # after a verb it is the asker's bar: dropped, held or not
    read = read_qualified(parse_query(["did singh and nakatani agree anything real"]), held)
    assert "real" not in read.terms


def test_how_likely_the_asker_judges_it_is_no_term(index: SearchIndex) -> None:
    held = index.vocabulary().has
    read = read_qualified(parse_query(["plausible issues a minister raises on the sea"]), held)
    assert "plausible" not in read.terms and "issues" in read.terms
    assert "important" in read_qualified(parse_query(["why is the meeting important"]), held).terms


# ---- "cover" and a stranded "talk about" asked of the talks


def test_cover_asked_of_the_talks_is_discuss(index: SearchIndex) -> None:
    assert read_covered(parse_query(["what did they cover"])).terms == ("discuss",)
    assert read_covered(parse_query(["what was covered in the talks"])).terms == (
        "discuss",
        "talks",
    )
    scope = parse_query(["what does the cooperation cover"])
    assert read_covered(scope) == scope  # the cooperation's scope, not a discussion


def test_cover_in_the_present_or_with_a_particle_is_kept(index: SearchIndex) -> None:
    # the simple present asks what something includes (the regular dialogue's scope)
    for query in ("what does the dialogue cover", "what is covered in the dialogue"):
        assert read_covered(parse_query([query])) == parse_query([query])
    assert not DISCUSSED & set(ids(index, "what does the dialogue cover"))
    hid = parse_query(["what did they cover up"])  # a phrasal verb: what they hid
    assert read_covered(hid) == hid
    assert read_covered(parse_query(["what did the dialogue cover"])).terms == (
        "dialogue",
        "discuss",
    )
    assert DISCUSSED & set(ids(index, "so what did the talks actually cover")[:3])


def test_talk_about_before_a_place_or_time_asks_what_was_said(index: SearchIndex) -> None:
    assert "talk" in terms("what did india and japan talk about in delhi")
    assert DISCUSSED & set(ids(index, "what did india and japan talk about in delhi")[:3])
    assert "talk" not in terms("what did they talk about cyber at the meeting")  # of cyber
    assert "tech-cybersecurity" in ids(index, "what did they talk about cyber at the meeting")[:3]
    assert "talk" in terms("what did they talk about at the defence meeting")
    assert "talk" in terms("what did they talk about on monday in new delhi")


def test_talk_about_before_its_subject_asks_of_the_subject(index: SearchIndex) -> None:
    # "on X", "in the context of X", a region, an occasion with its subject after it
    assert terms("what did they talk about on drones") == ("drones",)
    assert "tech-autonomous-weapons" in ids(index, "what did they talk about on drones")[:2]
    assert "talk" not in terms("what did they talk about in the context of maritime security")
    found = ids(index, "what did they talk about in the indo-pacific")
    assert found[0] == "indo-pacific-commitment"
    assert "talk" not in terms("what did they talk about during the meeting on cyber threats")
    assert "pahalgam-condemned" in ids(index, "what did they talk about on terrorism")[:3]


# ---- a question put as a sentence after a dash is no heading's subdivision


def test_a_question_put_as_a_sentence_after_a_dash_is_no_heading() -> None:
    assert not is_heading("space cooperation - did they agree on it")
    assert not is_heading("the drills - what did the ministers say")
    assert is_heading("VIP movement delhi - which officials met")  # a question of a noun
    assert is_heading("India -- Military relations -- Japan")


def test_the_topic_before_a_dashed_question_is_found(index: SearchIndex) -> None:
    assert "tech-space" in ids(index, "space cooperation - did they agree on it")[:3]


# ---- a visit whose purpose is asked names the meeting


def test_a_visits_purpose_is_the_meetings_aim(index: SearchIndex) -> None:
    aims = {"meeting-aim-review", "meeting-aim-new-avenues"}
    assert aims & set(ids(index, "purpose of general nakatani's trip to india")[:2])
    assert aims & set(ids(index, "gen nakatani india visit goal")[:2])


def test_a_visit_names_only_the_facts_that_speak_of_the_gathering(index: SearchIndex) -> None:
    # the drills' purpose shares the meeting's source and parties, not the visit
    found = ids(index, "why did nakatani visit india")
    assert "exercises-improve-interoperability" not in found[:5]
    assert found[0] in {"meeting-aim-review", "meeting-aim-new-avenues"}


# ---- a historian's framing and a reporter's euphemism (s44-search45)


def test_an_aspect_or_a_dimension_of_a_topic_is_no_term() -> None:
    assert terms("the space dimension of the ties") == terms("the space ties")
    assert terms("naval aspects of the relationship") == terms("naval relationship")
    assert terms("drills over the recent years") == terms("drills")
    assert terms("drills in recent years") == terms("drills")


def test_an_incident_is_an_attack_and_cross_border_terrorism_terrorism(
    index: SearchIndex,
) -> None:
    briefing = {"pahalgam-briefing", "pahalgam-condemned", "pahalgam-solidarity"}
    assert briefing & set(ids(index, "what did the minister say of the terror incident")[:3])
    assert briefing & set(ids(index, "japan's response to cross-border terror")[:3])


# ---- what a query sets apart from what it asks ("X beyond Y", "besides Y, what else")


@pytest.mark.parametrize(
    ("query", "left_out"),
    [
        ("wider aims of the talks besides military cooperation", {"military", "cooperation"}),
        ("apart from the drills, what technologies did they discuss", {"drills", "apart"}),
        ("workforce training other than the battlefield", {"battlefield"}),
    ],
)
def test_what_a_query_sets_apart_is_no_word_to_find(query: str, left_out: set[str]) -> None:
    left = read_beyond(parse_query([query])).terms
    assert left_out.isdisjoint(left)
    assert left


@pytest.mark.parametrize(
    "query",
    [
        "india japan cooperation beyond defence",  # the thesaurus's non-military cooperation
        "beyond the military: climate and disasters",  # nothing asked before it
        "ties beyond the military",
    ],
)
def test_cooperation_beyond_the_military_stays_what_is_asked(query: str) -> None:
    assert read_beyond(parse_query([query])).terms == parse_query([query]).terms


def test_what_is_set_apart_finds_what_is_asked(index: SearchIndex) -> None:
    assert (
        "meeting-strategic-objectives"
        in ids(index, "wider aims of the talks besides military cooperation")[:3]
    )
    assert "wider-human-resources" in ids(index, "workforce training other than the battlefield")
    first = ids(index, "india japan cooperation beyond defence")[0]
    assert first == "cooperation-beyond-military"


@pytest.mark.parametrize(
    "off_topic",
    [
        "nuclear energy deals beyond military cooperation",
        "apart from the drills, which cricket matches were played",
    ],
)
def test_an_off_topic_question_setting_something_apart_finds_nothing(
    index: SearchIndex, off_topic: str
) -> None:
    assert ids(index, off_topic) == []
