"""Misfires of the twenty-eighth session's search merge (review 23b, s47-fixsearchq), each
with a query of our own that answers again and a near one that keeps its reading: a voice's
or an agreement's missed head, the ties' or a meeting's word beside a party, a short word's
own synonyms, what "besides Y" sets apart, a display's text as the query's subject. On the
shipped fact base."""

from __future__ import annotations

from defcoop_cli.lookup.search.memory import SearchIndex
from defcoop_cli.lookup.search.reading.held import read_beyond
from defcoop_cli.lookup.search.reading.refusing.heads import its_own_head
from defcoop_cli.lookup.search.reading.written.writers import past_writers_frames
from defcoop_cli.lookup.search.related import thesaurus
from defcoop_cli.lookup.search.text import parse_query
from defcoop_cli.lookup.service import SearchRequest, search


def ids(index: SearchIndex, query: str) -> list[str]:
    return search(index, parse_query([query]), SearchRequest((query,))).shown_ids


def test_a_voices_missed_head_asks_what_was_said(index: SearchIndex) -> None:
    assert its_own_head("position") and its_own_head("solidarity") and its_own_head("stand")
    assert not its_own_head("shares") and not its_own_head("blast")
    for query in ("japan's position on the killings", "japan's stand over the massacre"):
        assert "pahalgam-condemned" in ids(index, query)[:3], query
    assert ids(index, "japan's stand on tariffs") == []
    assert ids(index, "ordnance factory blast") == []
    assert ids(index, "defence psu shares") == []


def test_an_agreements_word_as_head_asks_what_was_agreed(index: SearchIndex) -> None:
    assert its_own_head("pact") and its_own_head("treaties")
    assert "tech-autonomous-weapons" in ids(index, "india japan drone treaty")[:2]
    assert "tech-autonomous-weapons" in ids(index, "killer robots accord")[:2]
    assert ids(index, "drone tariffs") == []


def test_the_ties_or_a_meetings_word_beside_a_party_is_their_head(index: SearchIndex) -> None:
    assert ids(index, "alliance with japan")
    assert ids(index, "parley with nakatani")
    assert ids(index, "jobs in japan for indians") == []
    assert ids(index, "tourism with japan") == []
    assert ids(index, "self-guided tour of new delhi") == []


def test_a_short_words_own_group_stays() -> None:
    assert "purpose" in thesaurus.synonyms("aim")
    assert thesaurus.synonyms("jobs") == ()  # another form of a short word: none


def test_what_is_set_apart_ends_at_a_preposition_opening_the_rest() -> None:
    terms = read_beyond(parse_query(["navies besides india and japan in the malabar drill"]))
    assert "malabar" in terms.terms and "india" not in terms.terms
    kept = read_beyond(parse_query(["cooperation beyond the law of the sea with japan"]))
    assert "sea" not in kept.terms or "law" in kept.terms


def test_one_word_asked_besides_what_is_set_apart_is_asked_alone() -> None:
    assert read_beyond(parse_query(["apart from china what else came up"])).terms == ("came",)
    assert "drills" not in read_beyond(parse_query(["other than drills what came up"])).terms
    assert "malabar" in read_beyond(parse_query(["other than malabar"])).terms
    kept = read_beyond(parse_query(["how the friendship goes beyond troops"])).terms
    assert "troops" in kept  # one word before the marker: Y may be its field


def test_a_display_saying_something_is_the_querys_subject() -> None:
    assert past_writers_frames(["caption", "calls", "nakatani", "a", "minister"])[0] == "caption"
    assert past_writers_frames(["label", "of", "the", "exhibit"])[0] == "label"
    assert past_writers_frames(["caption", "for", "malabar"]) == ["malabar"]
    assert past_writers_frames(["label", "text", "on", "malabar"]) == ["malabar"]
