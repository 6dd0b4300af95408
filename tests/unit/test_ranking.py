"""Ranking's small rules (lookup/ranking.py): typos allowed, common terms, and how the
filters combine. The ranking itself is tested on the real fact base in test_search.py."""

from __future__ import annotations

import pytest
from conftest import MINI, REAL

from defcoop_cli.factbase.loader import load
from defcoop_cli.factbase.records import Fact
from defcoop_cli.lookup.search.events.naming import qualifiers
from defcoop_cli.lookup.search.matching import (
    CONTRACTION,
    PREFIX,
    allowed_edits,
    contracted,
    is_contraction,
    word_scores,
)
from defcoop_cli.lookup.search.memory import SearchIndex, SortedVocabulary
from defcoop_cli.lookup.search.ranking import Filters, Row, _leads_first, rank_facts, term_weight
from defcoop_cli.lookup.search.reading.grammar import counts_parts
from defcoop_cli.lookup.search.text import parse_query
from defcoop_cli.lookup.service import SearchRequest, search


@pytest.mark.parametrize(
    ("term", "edits"),
    [("war", 0), ("wars", 1), ("defence", 1), ("training", 2), ("cooperation", 2)],
)
def test_longer_terms_may_carry_more_typos(term: str, edits: int) -> None:
    assert allowed_edits(term) == edits


def test_a_term_reaching_over_half_the_facts_counts_half() -> None:
    assert term_weight(51, 100) == 0.5
    assert term_weight(50, 100) == 1.0
    assert term_weight(0, 0) == 1.0  # an empty fact base


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex(load(MINI))  # facts 0-5; promo-book (5) is editorial


def test_editorial_facts_are_left_out_unless_asked_for(index: SearchIndex) -> None:
    assert Filters().admitted(index) == (None, {5})
    assert Filters(include_editorial=True).admitted(index) == (None, set())
    assert Filters(kinds=frozenset({"editorial"})).admitted(index) == ({5}, set())


def test_values_of_one_filter_add_up_and_filters_narrow_each_other(index: SearchIndex) -> None:
    either = Filters(topics=frozenset({"talks", "drills"}))
    assert either.admitted(index)[0] == {0, 1, 2, 3}
    both = Filters(topics=frozenset({"drills"}), entities=frozenset({"epsilon"}))
    assert both.admitted(index)[0] == {3}


@pytest.mark.parametrize("term", ["2025", "article9", "2+2", "g20summit"])
def test_a_term_with_a_digit_is_never_a_typo(term: str) -> None:
    assert allowed_edits(term) == 0


def test_a_number_is_never_a_typo_of_a_word_nor_a_word_of_a_number() -> None:
    vocabulary = SortedVocabulary(["article", "article9", "2025", "malabar"])
    assert word_scores("article9", vocabulary) == {"article9": 100.0}
    assert word_scores("articel", vocabulary).keys() == {"article"}  # not article9
    assert word_scores("2024", vocabulary) == {}


def test_another_tense_of_a_recorded_act_scores_as_found_as_it_is() -> None:
    # a fact's stance is its act in the past tense: "condemns" asks for "condemned"
    vocabulary = SortedVocabulary(["attack", "attacked", "condemned", "agreed", "reported"])
    assert word_scores("condemns", vocabulary)["condemned"] == 100.0
    assert word_scores("agree", vocabulary)["agreed"] == 100.0
    assert word_scores("attacks", vocabulary)["attack"] == 95.0  # no act: another form
    assert word_scores("reports", vocabulary).get("reported", 0.0) < 100.0  # the default


def test_an_abbreviation_finds_the_words_it_is_short_for_as_its_own() -> None:
    # the thesaurus spells HADR out: its words are another way of writing it, not related
    vocabulary = SortedVocabulary(["disaster", "relief", "calamities", "response"])
    scores = word_scores("hadr", vocabulary)
    assert scores["disaster"] == scores["relief"] == 95.0
    assert scores["calamities"] < 95.0  # a related word of the entry, not its full form
    assert "response" not in word_scores("dr", vocabulary)  # no entry spells it out


def test_an_abbreviation_beside_the_context_finds_what_its_full_form_finds() -> None:
    real = SearchIndex(load(REAL))

    def first(text: str) -> str:
        return search(real, parse_query([text]), SearchRequest((text,))).shown_ids[0]

    typed = first("disaster relief cooperation in the defence talks")
    assert first("HADR cooperation in the defence talks") == typed == "wider-disaster-response"


def _rows_of(facts: list[Fact], scores: list[float]) -> list[Row]:
    return [Row((-s, 0.0, 0, -1, 0, 5, i), []) for i, s in enumerate(scores)]


def test_another_term_of_the_query_is_never_a_terms_typo_nor_its_prefix() -> None:
    vocabulary = SortedVocabulary(["india", "indian", "japan", "naval"])
    assert word_scores("indra", vocabulary).keys() == {"india"}
    assert word_scores("indra", vocabulary, others=frozenset({"india"})) == {}
    assert word_scores("india", vocabulary, others=frozenset({"india"}))["india"] == 100.0


def test_a_lead_comes_before_two_or_more_of_its_items_that_match_as_well() -> None:
    base = load(MINI).doc.facts[0]
    lead = base._replace(id="lead")
    items = [base._replace(id=f"item-{n}", part_of="lead") for n in range(2)]
    other = base._replace(id="other")
    facts = [items[0], other, items[1], lead]
    _, ordered = _leads_first(_rows_of(facts, [100, 100, 100, 100]), facts, 3, lists=True)
    assert [f.id for f in ordered] == ["lead", "item-0", "other"]
    # One item, or a lead that matches worse, keeps its place: the item is the answer.
    facts = [items[0], other, lead]
    _, ordered = _leads_first(_rows_of(facts, [100, 100, 100]), facts, 3, lists=True)
    assert [f.id for f in ordered] == ["item-0", "other", "lead"]
    facts = [items[0], items[1], lead]
    _, ordered = _leads_first(_rows_of(facts, [100, 100, 90]), facts, 3, lists=True)
    assert [f.id for f in ordered] == ["item-0", "item-1", "lead"]
    # One item that matches as well as a lead ranked before it comes just before the lead
    facts = [lead, other, items[0]]
    _, ordered = _leads_first(_rows_of(facts, [100, 100, 100]), facts, 3, lists=True)
    assert [f.id for f in ordered] == ["item-0", "lead", "other"]


def _found(*terms: str, field: int = 0) -> list[tuple[str, tuple[float, int, str]]]:
    return [(t, (100.0, field, t)) for t in terms]


def test_a_lead_comes_before_its_items_when_the_query_names_two_or_the_list() -> None:
    base = load(MINI).doc.facts[0]
    lead = base._replace(id="lead")
    items = [base._replace(id=f"item-{n}", part_of="lead") for n in range(2)]
    facts = [items[0], items[1], lead]

    def ordered(*found: list[tuple[str, tuple[float, int, str]]], lists: bool = True) -> list[str]:
        rows = [
            r._replace(found=f) for r, f in zip(_rows_of(facts, [100, 90, 60]), found, strict=True)
        ]
        return [f.id for f in _leads_first(rows, facts, 3, lists=lists)[1]]

    # two items named, each by a word the other lacks ("know-how and supply chains")
    named = (_found("knowhow", "india"), _found("supply", "india"), _found("india"))
    assert ordered(*named) == ["lead", "item-0", "item-1"]
    # the list named by a word only its lead holds ("FOIP vision": the items hold "vision")
    assert ordered(_found("vision"), _found("vision"), _found("foip")) == [
        "lead",
        "item-0",
        "item-1",
    ]
    # one item holding more of the same words is the specific answer ("drills improve
    # coordination"); a term found only in the lead (field past FIELDS) names nothing
    specific = (_found("drills", "coordination"), _found("drills"), _found("drills"))
    assert ordered(*specific) == ["item-0", "item-1", "lead"]
    lent = (
        _found("india") + _found("defence", field=99),
        _found("india", "supply"),
        _found("india"),
    )
    assert ordered(*lent) == ["item-0", "item-1", "lead"]
    # not among closest matches, which their bar orders
    assert ordered(*named, lists=False) == ["item-0", "item-1", "lead"]


def test_a_lead_comes_before_its_items_when_the_query_counts_them() -> None:
    """ "the four adjectives of the vision": the items hold "vision", the lead does not."""
    base = load(MINI).doc.facts[0]
    lead = base._replace(id="lead")
    items = [base._replace(id=f"item-{n}", part_of="lead") for n in range(2)]
    facts = [items[0], items[1], lead]
    rows = [
        r._replace(found=f)
        for r, f in zip(
            _rows_of(facts, [100, 100, 90]),
            (_found("vision", "pacific"), _found("vision", "pacific"), _found("pacific")),
            strict=True,
        )
    ]
    assert [f.id for f in _leads_first(rows, facts, 3, lists=True)[1]] == [
        "item-0",
        "item-1",
        "lead",
    ]
    assert [f.id for f in _leads_first(rows, facts, 3, lists=True, counted=True)[1]] == [
        "lead",
        "item-0",
        "item-1",
    ]


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("the four adjectives of the vision", True),
        ("list all 3 wider areas", True),
        ("Three areas of tech cooperation?", True),
        ("the two countries' shared desire", False),  # "two": the parties, no count
        ("the 2+2 dialogue", False),
        ("met on 5 May 2025", False),
        ("the third round of talks", False),
        ("the 5 May meeting", False),  # a day's number after a counting word (review 18b)
        ("three decades of ties", False),  # a span of time
        ("what changed four years ago", False),
    ],
)
def test_a_count_of_parts_is_read_as_a_list_asked(text: str, counted: bool) -> None:
    assert counts_parts(text) is counted


def test_a_word_the_thesaurus_or_wordnet_knows_is_never_a_typo() -> None:
    """ "joins" is join (take part), not a typo of "joint"; "jiont" is."""
    vocabulary = SortedVocabulary(["joint", "participants"])
    assert word_scores("joins", vocabulary) == {"participants": 80.0}
    assert word_scores("jiont", vocabulary).keys() == {"joint"}


def test_a_function_word_is_never_a_typo_s_word() -> None:
    """ "four" is one edit from "for", and "look" from "took": a function word says
    nothing of what a fact is about, so no term matches it as a typo."""
    vocabulary = SortedVocabulary(["for", "took", "fourth"])
    assert word_scores("four", vocabulary) == {"fourth": PREFIX}
    assert word_scores("look", vocabulary) == {}
    assert word_scores("tok", vocabulary) == {}  # too short for a typo anyway


def test_a_word_the_thesaurus_knows_starts_only_words_run_together_with_another() -> None:
    """ "join" is a word in its own right (take part): it starts no other word ("joint")
    unless the rest is a word too, as in a name run together ("defenceminister": defence
    and minister); "exer", which no list knows, starts "exercises"."""
    vocabulary = SortedVocabulary(["exercises", "joint", "participants"])
    assert word_scores("join", vocabulary) == {"participants": 80.0}
    vocabulary = SortedVocabulary(["defence", "defenceminister", "minister"])
    assert word_scores("defence", vocabulary)["defenceminister"] == PREFIX
    assert word_scores("exer", SortedVocabulary(["exercises"])) == {"exercises": PREFIX}


@pytest.mark.parametrize(
    ("term", "words"),
    [("mfg", {"manufacturing"}), ("mgmt", {"management"}), ("bldg", {"building"})],
)
def test_a_contraction_finds_the_words_it_is_written_for(term: str, words: set[str]) -> None:
    vocabulary = SortedVocabulary(sorted(["manufacturing", "magic", "management", "building"]))
    assert word_scores(term, vocabulary) == dict.fromkeys(words, CONTRACTION)


def test_only_a_vowelless_term_the_fact_base_lacks_is_a_contraction() -> None:
    assert not is_contraction("mod") and not is_contraction("g20") and not is_contraction("mf")
    vocabulary = SortedVocabulary(["mfg", "manufacturing"])
    assert word_scores("mfg", vocabulary) == {"mfg": 100.0}
    assert contracted("mfg", SortedVocabulary(["mfgs", "mugs"])) == []  # too short; no f
    # first and last letters kept: "psc" is not pahalgamterroristattack, nor "npt" nonmilitary
    vocabulary = SortedVocabulary(["nonmilitary", "pahalgamterroristattack"])
    assert contracted("psc", vocabulary) == contracted("npt", vocabulary) == []


def test_with_no_fact_found_a_note_settles_what_held_then_only_by_its_score() -> None:
    """ "at the time" (Query.then): a note holding every term the best fact holds comes
    first; with no fact there is no such term, and a note scoring no more than 0 does not."""
    from types import SimpleNamespace

    from defcoop_cli.lookup.search.curator_notes import NoteMatch, order_notes
    from defcoop_cli.lookup.search.ranking import Match, TermMatch
    from defcoop_cli.lookup.search.text import parse_query

    query = parse_query(["his office at the time"])
    note = SimpleNamespace(date=None)
    office = (TermMatch("office", "note", "office", 1.0),)
    fact = Match(None, 2.0, office)  # type: ignore[arg-type]
    assert query.then
    assert order_notes(query, [fact], [NoteMatch(note, 1.0, office)])[1]  # type: ignore[arg-type]
    assert not order_notes(query, [fact], [NoteMatch(note, 1.0, ())])[1]  # type: ignore[arg-type]
    assert not order_notes(query, [], [NoteMatch(note, 0.0, office)])[1]  # type: ignore[arg-type]
    assert order_notes(query, [], [NoteMatch(note, 0.5, office)])[1]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("query", "first", "kept"),
    [
        # "global peace" is one of two things asked, as "indo pacific" is: the fact that
        # holds it is two of three things, as the Indo-Pacific one holding "peace" is
        ("global peace indo pacific", "shared-desire-for-peace", "common-challenge-global-peace"),
        (
            "maritime security in the indo-pacific",
            "indo-pacific-freedom-of-navigation",
            "common-challenge-maritime-security",
        ),
    ],
)
def test_a_name_of_several_words_is_one_thing_asked_at_the_floor(
    query: str, first: str, kept: str
) -> None:
    """A fact is dropped below 0.7 of the best by its terms, unless it scores so with a
    name of several words one term; the order stays the terms' (the first stays first)."""
    shown = rank_facts(SearchIndex(load(REAL)), parse_query([query]), Filters(), 10).matches
    ids = [m.fact.id for m in shown]
    assert ids[0] == first and kept in ids


def test_a_kind_of_relation_ranks_its_facts_above_the_relation_in_general() -> None:
    """An adjective before a relation's noun says which relation is asked ("strategic
    partnership"): of facts matching as many terms, those holding it come first; before the
    noun of the relation's work ("maritime cooperation") it is a field, no kind."""
    assert qualifiers(("india", "japan", "strategic", "partnership")) == {"strategic"}
    assert qualifiers(("naval", "cooperation")) == frozenset()
    assert qualifiers(("defence", "ties")) == frozenset()  # a noun, no adjective

    real = SearchIndex(load(REAL))

    def ranked(text: str) -> list[str]:
        return [m.fact.id for m in rank_facts(real, parse_query([text]), Filters(), 20).matches]

    ids = ranked("japan india strategic partnership")
    kinds = [i for i in ids if i.startswith("strategic-")]
    assert kinds and ids.index(kinds[0]) < ids.index("partnership-being-built")
