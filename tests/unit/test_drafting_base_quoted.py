"""A big base's quotes' stems tallied by topic when a sentence first asks for them
(base.quoted): each stem asked read from its own facts, found through the search index,
the same tallies and counts as the pass over every quote; that pass where the index
cannot be read (issue 26)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from defcoop_cli.curation.drafting.about.framing import word_stems
from defcoop_cli.curation.drafting.about.topics import topic_votes
from defcoop_cli.curation.drafting.base import indexed
from defcoop_cli.curation.drafting.base.facts import base_of
from defcoop_cli.curation.drafting.base.quoted import QuotedLater
from defcoop_cli.factbase.vocab import is_editorial_group
from defcoop_cli.index import engine
from defcoop_cli.index.cache import open_index

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from generate import realistic, write_realistic

pytestmark = pytest.mark.skipif(not engine.available(), reason="tantivy needs Python 3.11+")


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """A realistic base of 1,200 facts over its index on disk."""
    folder = tmp_path_factory.mktemp("quoted")
    path = write_realistic(*realistic(1200, seed=7), folder / "base")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(folder / "cache"))
        patch.delenv("DEFCOOP_NO_CACHE", raising=False)
        found = open_index([path])
    yield found
    found.close()


def by_word(index: Any) -> indexed.Stemmed:
    """Each stem's statement and quote terms, read through the index (as `base.candidates`
    reads them)."""
    stemmed = indexed.Stemmed(indexed.counts(index, {}).stemmed, {}, ())
    stemmed.index = index
    return stemmed


def later(index: Any, drafted: dict[str, tuple[str, ...]] | None = None) -> tuple[Any, list[Any]]:
    """The votes of a base read by position from the index, their quotes' stems tallied
    later (each asked through the index), and what is handed to be kept."""
    handed: list[Any] = []
    votes = topic_votes(base_of(index), quotes_later=handed.append)
    if drafted is not None:
        votes.quoted.votes = votes.quoted.votes._replace(drafted=drafted)
    votes.quoted.by_word = by_word(index).quoted
    return votes, handed


def quoting(doc: Any, stem: str, drafted: Any = ()) -> tuple[dict[str, int], int]:
    """The topics of the facts whose quote has a word of stem, counted fact by fact."""
    editorial = {t.id for t in doc.topics if is_editorial_group(t.group)}
    counts: dict[str, int] = {}
    n = 0
    for f in doc.facts:
        if f.id in drafted or stem not in word_stems(f.quote):
            continue
        n += 1
        for t in (t for t in f.topics if t not in editorial):
            counts[t] = counts.get(t, 0) + 1
    return counts, n


def test_each_stem_asked_is_tallied_from_its_own_facts(index: Any) -> None:
    """The same tallies, topics in the same order, and counts as the pass over every
    quote, and none of those quotes stemmed: nothing handed to be kept."""
    now = topic_votes(base_of(index))
    votes, handed = later(index)
    stems = sorted(now.quoted)[::7]
    assert len(stems) > 100
    for stem in stems:
        assert list(votes.quoted.get(stem).items()) == list(now.quoted[stem].items()), stem
        assert votes.facts.get(f"quote:{stem}") == now.facts[f"quote:{stem}"], stem
    assert votes.quoted.get("zzqx") is None and votes.facts.get("quote:zzqx") is None
    assert votes.quoted.table is None and not handed


def test_a_stem_of_few_facts_is_counted_as_fact_by_fact(index: Any) -> None:
    """A stem read from its own facts (the base's facts by position, not read whole) is
    what reading the facts one by one finds; a drafted report's facts count in none."""
    doc = base_of(index)
    whole = doc._replace(facts=list(doc.facts))
    now = topic_votes(whole)
    rare = [s for s in sorted(now.quoted) if now.facts[f"quote:{s}"] <= 3][:20]
    drafted = {f.id: () for f in whole.facts[::2]}
    votes, _ = later(index, drafted)
    for stem in rare:
        counts, n = quoting(whole, stem, drafted)
        assert votes.facts.get(f"quote:{stem}") == (n or None), stem
        assert votes.quoted.get(stem) == (counts if n else None), stem


def test_an_unreadable_index_tallies_every_quote(
    index: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where the index cannot be read, every quote is read as before: the same values,
    handed whole once to be kept."""
    now = topic_votes(base_of(index))
    votes, handed = later(index)

    def broken(*_: Any) -> Any:
        raise indexed.Unreadable

    monkeypatch.setattr(indexed, "positions", broken)
    stem = sorted(now.quoted)[0]
    assert votes.quoted.get(stem) == now.quoted[stem] and len(handed) == 1
    assert isinstance(votes.quoted, QuotedLater) and votes.quoted.table == now.quoted
    assert dict(votes.facts) == dict(now.facts)


def test_stems_whose_terms_were_dropped_are_not_read_through_the_index(index: Any) -> None:
    """After the stems' facts were read from the facts (their terms dropped), or with no
    index, no stem's quotes are read through it."""
    stemmed = by_word(index)
    stem = sorted(stemmed.terms)[0]
    assert stemmed.quoted(stem) is not None
    stemmed.terms = {}
    assert stemmed.quoted(stem) is None
    assert indexed.Stemmed({stem: [("quote", stem)]}, {}, ()).quoted(stem) is None
