"""A fact read with the names of the event the query names (lookup/search/events/naming.py):
a "where" or "what for" question, or the query's other words, lend the event's names to
the fact that holds the rest, on the real fact base (conftest's index)."""

from __future__ import annotations

import pytest

from defcoop_cli.lookup.search.events.naming import a_participle
from defcoop_cli.lookup.search.memory import SearchIndex
from defcoop_cli.lookup.search.ranking import Filters, rank_facts
from defcoop_cli.lookup.search.text import parse_query


def fields(index: SearchIndex, query: str) -> dict[str, dict[str, str]]:
    found = rank_facts(index, parse_query([query]), Filters(), 5).matches
    return {m.fact.id: {d.term: d.field for d in m.details} for m in found}


def test_where_lends_the_events_names_to_the_fact_giving_its_place(index: SearchIndex) -> None:
    found = fields(index, "where did the Rajnath Singh and Nakatani talks take place?")
    assert next(iter(found)) == "meeting-location"
    assert {t for t, f in found["meeting-location"].items() if f == "event"} == {
        "rajnath",
        "singh",
        "nakatani",
    }


def test_a_word_of_a_partys_name_names_the_event_though_no_fact_holds_it_alone(
    index: SearchIndex,
) -> None:
    """ "Gen" of "Gen Nakatani": the name is held as a phrase, not the word alone."""
    found = fields(index, "where did Rajnath Singh and Gen Nakatani meet")
    assert next(iter(found)) == "meeting-location"
    assert found["meeting-location"]["gen"] == "event"


def test_which_with_a_place_word_asks_where_and_the_place_fact_gives_it(
    index: SearchIndex,
) -> None:
    found = fields(index, "in which city did the defence leaders meet")
    assert next(iter(found)) == "meeting-location"
    assert found["meeting-location"]["city"] == "event"


def test_a_noun_that_asks_where_alone_reads_as_where(index: SearchIndex) -> None:
    found = fields(index, "venue of the Singh-Nakatani talks")
    assert next(iter(found)) == "meeting-location"
    assert {t for t, f in found["meeting-location"].items() if f == "event"} >= {"nakatani"}


def test_where_names_the_event_by_a_related_word_too(index: SearchIndex) -> None:
    """ "talks" is the thesaurus's word for a meeting, not the event's own word; a
    question of what for still needs the event's own words."""
    found = fields(index, "which city were the talks in")
    assert next(iter(found)) == "meeting-location"
    assert found["meeting-location"]["city"] == "event"


def test_a_purpose_asked_lends_the_events_names_to_the_facts_saying_its_aim(
    index: SearchIndex,
) -> None:
    for query in ("what was the purpose of the Rajnath Nakatani meeting", "why did rajnath meet"):
        found = fields(index, query)
        assert set(list(found)[:2]) == {"meeting-aim-review", "meeting-aim-new-avenues"}
        assert found["meeting-aim-review"]["rajnath"] == "event"


def test_no_event_lends_its_names_when_the_place_asked_about_is_named(
    index: SearchIndex,
) -> None:
    found = fields(index, "where did the ministers meet before Delhi")
    assert all("event" not in f.values() for f in found.values())


def test_a_fact_holding_every_other_word_takes_the_events_names(index: SearchIndex) -> None:
    """The rare word decides among the meeting's facts: the ones about the meeting in
    general hold more of the words, the cybersecurity fact the one asked about."""
    found = fields(index, "cybersecurity india japan defence ministers meeting")
    assert next(iter(found)) == "tech-cybersecurity"
    assert found["tech-cybersecurity"]["meeting"] == "event"


def test_a_fact_holding_some_of_the_other_words_takes_no_names(index: SearchIndex) -> None:
    """ "increase" is a fact's word, "budget" none's: the event's names would let in a fact
    that says nothing of a budget."""
    assert fields(index, "japanese defence budget increase") == {}


def test_a_word_for_talks_beside_the_parties_names_names_the_meeting(index: SearchIndex) -> None:
    """ "rajnath nakatani talks" is the meeting, as "meeting" is: the fact asked about
    takes the talks' word with the parties' names."""
    found = fields(index, "unclos rajnath nakatani talks")
    assert found["unclos-adherence"]["talks"] == "event"
    assert "unclos-adherence" in list(found)[:2]


@pytest.mark.parametrize(
    ("query", "fact"),
    [
        ("the condemnation in the rajnath nakatani dialogue", "pahalgam-condemned"),
        ("unclos in the india japan defence dialogue", "unclos-adherence"),
        ("cyber threats at the japan india dialogue", "cyber-threats-increasing"),
    ],
)
def test_the_parties_dialogue_is_the_setting_of_what_is_asked(
    index: SearchIndex, query: str, fact: str
) -> None:
    """The dialogue beside the parties' names is their meeting, a round of it: the fact of
    what is asked takes its word, as it takes "talks"."""
    found = fields(index, query)
    assert found[fact]["dialogue"] == "event"
    assert fact in list(found)[:2]


def test_the_parties_dialogue_asked_alone_keeps_the_dialogue_facts(index: SearchIndex) -> None:
    """Nothing else asked: the dialogue mechanism's facts hold the word by their own."""
    found = fields(index, "india japan defence dialogue")
    assert next(iter(found)) == "dialogues-enhance-defence-cooperation"
    assert all(f.get("dialogue") != "event" for f in found.values())


def test_a_word_for_talks_alone_names_no_meeting(index: SearchIndex) -> None:
    """Without a party's name "talks" is a word to hold: no fact of the meeting takes it."""
    found = fields(index, "unclos talks")
    assert all(f.get("talks") != "event" for f in found.values())


def test_a_partys_office_names_the_meeting_a_where_question_asks_of(index: SearchIndex) -> None:
    """ "the meeting with Japan's security adviser": the office says which meeting, the
    venue is asked; the facts of the office hold more of the words but give no place."""
    found = fields(index, "location of the talks with the national security advisor")
    assert next(iter(found)) == "meeting-location"
    assert found["meeting-location"]["security"] == "event"
    # no question of where: the office is what is asked, and lends the meeting nothing
    found = fields(index, "talks with the national security advisor")
    assert next(iter(found)) != "meeting-location"
    assert all(f.get("security") != "event" for f in found.values())


def test_a_synonym_of_the_events_word_names_it_below_the_word_itself(index: SearchIndex) -> None:
    """The meeting is the defence ministers': "military" (a synonym of their "defence")
    names it too, and the fact holding every other word takes it, below its own word."""
    found = fields(index, "military artificial intelligence")
    assert next(iter(found)) == "tech-artificial-intelligence"
    assert found["tech-artificial-intelligence"]["military"] == "event"
    # the event's own word is read as before
    assert (
        fields(index, "defence artificial intelligence")["tech-artificial-intelligence"]["defence"]
        == "event"
    )


def test_a_synonym_names_the_event_only_to_a_fact_holding_the_other_words_itself(
    index: SearchIndex,
) -> None:
    """ "matters" is held only as a synonym (of the importance of working closely): the
    synonym of the event's word lends it nothing."""
    found = fields(index, "military matters")
    assert found
    assert all(f.get("military") != "event" for f in found.values())


def test_the_parties_relation_beside_their_names_names_their_meeting(index: SearchIndex) -> None:
    """ "India Japan defence relationship" is the relation the meeting is part of: a fact of
    the meeting holding the rest (Dharma Guardian) takes the relation's noun, as it takes
    the parties' names."""
    found = fields(index, "dharma guardian india japan defence relationship")
    assert next(iter(found)) == "exercise-dharma-guardian-participants"
    assert found["exercise-dharma-guardian-participants"]["relationship"] == "event"


def test_the_relations_noun_without_the_parties_names_names_nothing(index: SearchIndex) -> None:
    assert fields(index, "malabar partnership") == {}


def test_a_participle_names_no_event_by_its_synonym(index: SearchIndex) -> None:
    """ "armed" shares a synonym group with the meeting's "defence" ("armed forces"), but
    before another word it says what that is: the militants are armed, no domain is named,
    and the facts of the attack each hold the rest themselves."""
    found = fields(index, "armed militants pahalgam")
    assert {"pahalgam-briefing", "pahalgam-condemned", "pahalgam-solidarity"} <= found.keys()
    assert all(f.get("armed") != "event" for f in found.values())
    # the group's noun still names the meeting (the near case)
    assert fields(index, "military pahalgam")["pahalgam-condemned"]["military"] == "event"


def test_a_participle_names_the_event_by_a_related_word(index: SearchIndex) -> None:
    """ "visited" is no synonym of the meeting's words, but the thesaurus relates a visit to
    talks: what came of the visit is what the meeting agreed."""
    found = fields(index, "what came of it when the minister visited delhi")
    assert found["emerging-tech-cooperation"]["visited"] == "event"


def test_the_relations_noun_alone_beside_the_parties_is_asked_of(index: SearchIndex) -> None:
    """With nothing else asked, the relation's noun is what the facts must hold themselves
    ("india japan ties" asks of the ties), not a name the meeting lends every fact."""
    found = fields(index, "india japan relationship")
    assert found
    assert all(f.get("relationship") != "event" for f in found.values())


def test_a_kind_of_relation_is_asked_not_the_meetings_relation(index: SearchIndex) -> None:
    """ "strategic partnership": an adjective before the relation's own noun asks a kind of
    relation, which a fact holds or not; the meeting's facts that hold "strategic" do not
    take "partnership" from the meeting."""
    found = fields(index, "the strategic partnership of japan and india")
    assert next(iter(found)) == "japan-key-partner"
    assert all(f.get("partnership") != "event" for f in found.values())
    # the relation at work in a field is still the meeting's ("naval cooperation")
    naval = fields(index, "naval cooperation india japan")
    assert naval["exercises-importance-discussed"]["cooperation"] == "event"
    # and a word naming the event before the noun leaves it the meeting's relation
    assert fields(index, "india japan defence partnership")["japan-key-partner"]["defence"] == (
        "event"
    )


@pytest.mark.parametrize(
    ("word", "participle"),
    [
        ("toured", True),
        ("guaranteed", True),
        ("patrolled", True),
        # "ed" a word's own letters, no ending: not named by no synonym for it
        ("greed", False),
        ("bleed", False),
        ("bed", False),
        ("shred", False),
    ],
)
def test_a_participle_is_an_ending_the_stemmer_takes_off(word: str, participle: bool) -> None:
    """events.naming._naming reads a participle by its own word or a related one only (review 26b,
    STYLE: "ed" alone took "need", "speed", "red" for participles)."""
    assert a_participle(word) is participle
