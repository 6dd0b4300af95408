"""Curator notes searched apart from the facts (lookup/search/curator_notes.py): a note's
words, which notes match a query, and where they are shown. The notes, references and
queries are invented for the tests; no fact base is read."""

from __future__ import annotations

from datetime import date

from defcoop_cli.factbase.records import CuratorNote, Fact, Reference
from defcoop_cli.lookup.search.curator_notes import (
    NoteMatch,
    dated_first,
    note_words,
    order_notes,
    rank_notes,
)
from defcoop_cli.lookup.search.memory import SortedVocabulary
from defcoop_cli.lookup.search.ranking import Match, TermMatch
from defcoop_cli.lookup.search.text import parse_query

HARBOUR = CuratorNote(
    id="harbour-call-date",
    text="The frigate's harbour call at Kochi is dated by a wire report, not by the article.",
    basis="outside the article",
    date=date(2026, 3, 14),
    references=(
        Reference(
            "Coastal Ledger", "Frigate ends port visit", "https://example.org/a", date(2026, 3, 15)
        ),
    ),
    short="Harbour call: 14 March 2026",
)
ENVOY = CuratorNote(
    id="envoy-title",
    text="Reports call the envoy an ambassador; the article calls her a special representative.",
    basis="outside the article",
    references=(
        Reference(
            "Harbour Times",
            "Envoy named",
            "https://example.org/b",
            date(2026, 2, 2),
            via="Wire Service",
        ),
    ),
)
DRILL = CuratorNote(
    id="drill-name",
    text="The drill's name is spelt two ways in reports.",
    basis="outside the article",
)
NOTES = (HARBOUR, ENVOY, DRILL)


def ranked(typed: str, known: list[str] | None = None) -> list[str]:
    vocabulary = None if known is None else SortedVocabulary(frozenset(known))
    return [m.note.id for m in rank_notes(NOTES, parse_query([typed]), vocabulary)]


def test_a_notes_words_are_its_text_short_form_references_and_dates() -> None:
    words = note_words(HARBOUR)
    assert {"frigate", "kochi", "harbour"} <= words  # its text and short form
    assert {"coastal", "ledger", "port"} <= words  # a reference's publisher and title
    assert {"2026", "14", "march", "15"} <= words  # its date's and its reference's
    assert {"wire", "service"} <= note_words(ENVOY)  # a reference's wire
    assert not {"2026", "march"} & note_words(DRILL)  # no date, no reference


def test_a_note_matches_a_query_by_its_words_as_a_fact_does() -> None:
    assert ranked("harbour call kochi") == ["harbour-call-date"]
    assert ranked("envoy ambassador")[:1] == ["envoy-title"]
    assert ranked("submarine tender") == []  # no note's word


def test_a_reference_alone_finds_its_note() -> None:
    assert ranked("coastal ledger") == ["harbour-call-date"]
    assert ranked("march 2026 port visit") == ["harbour-call-date"]


def test_a_word_the_facts_hold_is_no_typo_of_a_notes_word() -> None:
    """ "frigete" reads as a typo of the notes' "frigate" unless the facts' vocabulary
    holds it exactly: then it is a word of its own, which no note holds, and a note
    holding half the query is not enough."""
    assert ranked("frigete kochi") == ["harbour-call-date"]
    assert ranked("frigete kochi", known=["frigete"]) == []


def held_as(typed: str, term: str) -> set[str]:
    """The notes' words a query's term is matched to."""
    matches = rank_notes(NOTES, parse_query([typed]))
    return {d.word for m in matches for d in m.details if d.term == term}


def test_an_english_word_is_no_typo_of_a_notes_inflected_verb() -> None:
    """ "rated" is a word of its own, no typo of the note's "dated" (a verb's past); a
    word of no language is ("dsted"), as it is of a word that is no verb's form ("habour"
    of harbour)."""
    assert held_as("rated harbour call", "rated") == set()
    assert held_as("dsted harbour call", "dsted") == {"dated"}
    assert held_as("habour call", "habour") == {"harbour"}


def fact(score: float, *terms: str) -> Match:
    plain = Fact("f", "s", "statement", "a", "", (), (), (), "", "src", (0, 1))
    return Match(plain, score, tuple(TermMatch(t, "statement", t, 1.0) for t in terms))


def matched(note: CuratorNote, score: float, *terms: str) -> NoteMatch:
    return NoteMatch(note, score, tuple(TermMatch(t, "note", t, 1.0) for t in terms))


def test_a_dated_note_comes_first_for_a_date_asked_the_best_fact_does_not_give() -> None:
    notes = [matched(DRILL, 2.0, "drill"), matched(HARBOUR, 1.0, "harbour")]
    shown, above = order_notes(parse_query(["date of the harbour call"]), [fact(3.0)], notes)
    assert [m.note.id for m in shown] == ["harbour-call-date", "drill-name"] and above
    assert dated_first([fact(3.0)], notes)
    assert not dated_first([fact(3.0, "when")], notes)  # the fact answers "when" itself


def test_notes_stay_below_facts_for_an_ordinary_query() -> None:
    notes = [matched(ENVOY, 5.0, "envoy")]
    assert order_notes(parse_query(["envoy title"]), [fact(1.0, "envoy")], notes) == (notes, False)


def test_a_yes_no_querys_note_above_every_fact_comes_first() -> None:
    notes = [matched(ENVOY, 5.0, "envoy", "ambassador")]
    asked = parse_query(["is the envoy an ambassador"])
    assert asked.yes_no
    assert order_notes(asked, [fact(1.0, "envoy")], notes)[1]
    assert not order_notes(asked, [fact(6.0, "envoy")], notes)[1]
