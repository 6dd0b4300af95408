"""What a query reads from an index (lookup/search/hits.py): read once per query and
wideness, and ranked again at other shares with the same results as a fresh reading."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from conftest import REAL

from defcoop_cli.factbase.loader import load
from defcoop_cli.lookup.protocol import Best
from defcoop_cli.lookup.search.hits import Readings, compounded, compounds, read, read_once
from defcoop_cli.lookup.search.memory import SearchIndex
from defcoop_cli.lookup.search.partial import closest_matches
from defcoop_cli.lookup.search.ranking import Filters, rank_facts
from defcoop_cli.lookup.search.text import parse_query


@pytest.fixture(scope="module")
def base() -> SearchIndex:
    return SearchIndex(load(REAL))


@pytest.fixture
def index(base: SearchIndex, monkeypatch: pytest.MonkeyPatch) -> Iterator[SearchIndex]:
    """The shipped base, counting its reads of hits in `index.reads`."""
    reads: list[dict[str, float]] = []
    hits = base.hits

    def counted(scores: dict[str, float]) -> dict[int, Best]:
        reads.append(scores)
        return hits(scores)

    monkeypatch.setattr(base, "hits", counted)
    monkeypatch.setattr(base, "reads", reads, raising=False)
    yield base


def test_a_reading_is_kept_by_query_and_wideness(index: SearchIndex) -> None:
    query, readings = parse_query(["coercion in disputed waters"]), Readings()
    own = read_once(index, query, False, readings)
    done = len(index.reads)  # type: ignore[attr-defined]
    assert done and read_once(index, query, False, readings) is own
    assert len(index.reads) == done  # type: ignore[attr-defined]
    wide = read_once(index, query, True, readings)
    assert wide is not own and len(index.reads) > done  # type: ignore[attr-defined]
    other = read_once(index, parse_query(["disputed waters"]), False, readings)
    assert other.terms != own.terms and len(readings) == 3


def test_wider_words_reach_more_words_and_facts(index: SearchIndex) -> None:
    query = parse_query(["coercion in disputed waters"])
    own, wide = read(index, query), read(index, query, wide=True)
    assert own.terms == wide.terms
    for t in query.terms:
        assert own.candidates[t][0].keys() <= wide.candidates[t][0].keys()
        assert own.hits[t].keys() <= wide.hits[t].keys()
    assert any(wide.hits[t].keys() - own.hits[t].keys() for t in query.terms)


@pytest.mark.parametrize(
    "text",
    ["AI in the navy", "weather in new delhi today", "kashmir tourism"],
)
def test_a_search_that_finds_nothing_reads_its_wider_words_once(
    index: SearchIndex, text: str
) -> None:
    query, readings = parse_query([text]), Readings()
    assert not rank_facts(index, query, Filters(), 10, readings=readings).total
    before = len(index.reads)  # type: ignore[attr-defined]
    kept = closest_matches(index, query, Filters(), 10, readings=readings)
    again = len(index.reads) - before  # type: ignore[attr-defined]
    # at most the rare-word check of the closest matches: no term's hits read again
    assert again <= len(query.terms)
    assert kept == closest_matches(index, query, Filters(), 10)
    topic = rank_facts(index, query, Filters(), 1, share=0.5, readings=readings)
    assert topic == rank_facts(index, query, Filters(), 1, share=0.5)


def test_a_run_of_terms_is_no_other_form_of_one_of_them(index: SearchIndex) -> None:
    """The stemmer takes "allies" for an ending: "japanallies" stems to "japan", which
    says nothing of "allies"; nor is a run a word one of its terms finds itself: "qxsupport"
    is near 'support', the word of "support", which says nothing of "qx" (an initialism no
    table reads: "ct" is counterterrorism's clipping)."""
    found = read(index, parse_query(["are india and japan allies"]))
    assert all("japan" not in scores for scores in found.candidates["allies"][1:])
    runs = read(index, parse_query(["japan qx support"])).candidates["qx"][1:]
    assert all("support" not in scores for scores in runs)


def test_the_second_word_of_a_compound_of_another_thing_is_not_looked_for(
    base: SearchIndex,
) -> None:
    """A bullet train is no training, a prime minister no defence minister: WordNet's
    nouns of two words whose first word the fact base holds nowhere (compounds.tsv)."""
    assert "train" in compounds("bullet") and "trains" in compounds("bullet")
    query = parse_query(["bullet train project"])
    assert compounded(query, read(base, query).candidates) == ["train"]
    reading = read(base, parse_query(["japan india bullet train project"]))
    assert reading.hits["train"] == {} and reading.hits["japan"]
    assert read(base, parse_query(["prime minister"])).hits["minister"] == {}
    # the first word held: the fact base's own compound ("defence minister"), kept
    assert read(base, parse_query(["defence minister"])).hits["minister"]
    assert read(base, parse_query(["training"])).hits["training"]
