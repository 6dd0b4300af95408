"""A draft over a big fact base reads only each sentence's candidates (base.candidates):
the facts the index's terms find for it, each read as the exact pass reads it; below the
size, the exact pass."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

import defcoop_cli.curation.drafting.base.candidates as candidates_module
import defcoop_cli.curation.drafting.claims.cases.times as times
from defcoop_cli.curation.drafting.about.topics import topic_votes
from defcoop_cli.curation.drafting.base.candidates import CandidateFinder, Terms
from defcoop_cli.curation.drafting.base.facts import Picked
from defcoop_cli.curation.drafting.base.passes import passes_of
from defcoop_cli.curation.drafting.claims import ClaimFinder
from defcoop_cli.curation.drafting.claims import whole as whole_module
from defcoop_cli.curation.drafting.claims.whole import Kept, kept_under
from defcoop_cli.curation.drafting.entities import EntityMatcher
from defcoop_cli.factbase.records import Doc, Entity, Fact

ENTITIES = [
    Entity("alpha", "Alpha Tern", "person"),
    Entity("beta", "Beta", "country"),
    Entity("gamma", "Gamma", "country"),
    Entity("wharf", "Wharf Accord", "treaty", ("the accord",)),
]


def fact(
    fid: str,
    quote: str,
    part_of: str | None = None,
    entities: tuple[str, ...] = ("alpha", "beta", "wharf"),
    attribution: str = "Beta",
    keywords: tuple[str, ...] = ("harbour drill",),
) -> Fact:
    return Fact(
        id=fid,
        statement=f"The article says {quote}.",
        kind="position",
        attribution=attribution,
        stance="agreed",
        topics=("t",),
        entities=entities,
        keywords=keywords,
        quote=quote,
        source="old",
        span=(0, len(quote)),
        part_of=part_of,
    )


FILLER = [  # facts sharing no stem and no entity with the sentence below
    fact(f"grain{k}", f"Gamma weighed {k} sacks of rye at the silo", None, ("gamma",), "Gamma", ())
    for k in range(30)
]
DOC = Doc(
    sources=[],
    topics=[],
    entities=ENTITIES,
    facts=[
        fact("drill", "Alpha Tern agreed to enlarge the harbour drill with Beta under the accord"),
        fact("ports", "Beta opened two ports to the coastguard's cutters", "drill"),
        fact("own", "The drill grew from two ships to nine", attribution="the source"),
        *FILLER,
    ],
    curator_notes=[],
)
SENTENCE = ("Beta and Alpha Tern agreed to expand the harbour drill", ["alpha"], "Beta", "agreed")
COLUMNS = ("parties", "nations", "people", "acts", "voice", "wordings", "own", "vocab", "scopes")


def finder_of(doc: Doc = DOC) -> ClaimFinder:
    kept = Kept(doc)
    return kept.claim_finder(doc, EntityMatcher(doc.entities).find, kept.topic_votes(doc))


@pytest.fixture
def big(monkeypatch: pytest.MonkeyPatch) -> None:
    """DOC counts as a big base."""
    monkeypatch.setattr(whole_module, "CANDIDATES_FROM", 10)


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A cache folder in tmp_path, where a base of any size keeps what a draft reads."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("DEFCOOP_NO_CACHE", raising=False)
    monkeypatch.setattr(whole_module, "KEEP_FROM", 0)


def test_a_base_below_the_size_is_read_whole() -> None:
    assert type(finder_of()) is ClaimFinder


def test_a_big_base_finds_the_claim_reading_only_the_candidates(big: None) -> None:
    finder = finder_of()
    assert isinstance(finder, CandidateFinder)
    claim = finder.claim(*SENTENCE)
    assert claim is not None and claim["fact"] == "drill"
    read = {finder.facts[i].id for i in finder.tables}
    assert "drill" in read and not read & {f.id for f in FILLER}


def test_the_terms_are_kept_by_the_bases_content(
    big: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cache: None
) -> None:
    with kept_under("cd" * 32):
        first = finder_of().claim(*SENTENCE)
        kept = list((tmp_path / "defcoop").rglob("draft-terms-*.bin"))
        monkeypatch.setattr(Terms, "of", None)  # a later draft reads them from the file
        assert len(kept) == 1 and finder_of().claim(*SENTENCE) == first
        kept[0].write_bytes(kept[0].read_bytes()[:-3])  # a damaged file is read again
        monkeypatch.undo()
        monkeypatch.setattr(whole_module, "CANDIDATES_FROM", 10)
        monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
        monkeypatch.setattr(whole_module, "KEEP_FROM", 0)
        assert finder_of().claim(*SENTENCE) == first


def test_the_votes_are_kept_by_the_bases_content(
    big: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cache: None
) -> None:
    with kept_under("ef" * 32):
        counting = Kept(DOC)
        counted = counting.topic_votes(DOC)
        assert len(list((tmp_path / "defcoop").rglob("draft-votes-*.bin"))) == 1
        assert not counting.readings.stems  # the quotes' stems: not rewritten with the readings
        monkeypatch.setattr(whole_module, "topic_votes", None)  # read from the file
        assert Kept(DOC).topic_votes(DOC) == counted


def test_the_votes_are_kept_without_the_quotes_stems_until_asked(
    big: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cache: None
) -> None:
    """A big base's votes are kept before its quotes' stems are tallied (`QuotedLater`);
    a later draft reads them so, and tallies them when asked, the same as counted at
    once; then they are kept with the rest, and the next draft reads them whole."""
    from defcoop_cli.curation.drafting.about.topics import QuotedLater

    now = topic_votes(DOC)
    with kept_under("a1" * 32):
        first = Kept(DOC).topic_votes(DOC)
        assert isinstance(first.quoted, QuotedLater) and first.quoted.table is None
        monkeypatch.setattr(whole_module, "topic_votes", None)  # read from the file
        later = Kept(DOC).topic_votes(DOC)
        assert isinstance(later.quoted, QuotedLater) and later.quoted.table is None
        assert later.entities == now.entities and later.facts.get("quote:cutter") == 1
        assert dict(later.quoted) == dict(now.quoted) and dict(later.facts) == dict(now.facts)
        whole = Kept(DOC).topic_votes(DOC)  # kept with them once tallied
        assert type(whole.quoted) is dict and whole.quoted == now.quoted
        assert dict(whole.facts) == dict(now.facts)


def test_each_fact_read_as_the_exact_pass_reads_it(big: None) -> None:
    lazy, exact = finder_of(), ClaimFinder(DOC, EntityMatcher(DOC.entities).find)
    for name in COLUMNS:  # an item read with its lead, a lead with its items
        assert [getattr(lazy, name)[i] for i in range(len(DOC.facts))] == getattr(exact, name)
    assert lazy.lists == exact.lists


def test_the_top_candidates_hold_the_rarest_of_the_sentence() -> None:
    terms = Terms.of(DOC, DOC.facts, {})
    found = terms.found("drill at the silo", set(), top=2)
    assert len(found) == 2 and {DOC.facts[i].id for i in found} <= {"drill", "ports", "own"}
    assert len(terms.found("drill at the silo", set(), top=100)) == len(DOC.facts)


def test_a_meanings_rarity_is_what_the_index_counts_over_every_fact() -> None:
    idf, default = Terms.of(DOC, DOC.facts, {}).idf()
    n = len(DOC.facts)
    assert idf["@gamma"] == pytest.approx(math.log((1 + n) / len(FILLER)))
    assert idf["@wharf"] == pytest.approx(math.log((1 + n) / 3))
    assert default == pytest.approx(math.log(1 + n))


def test_what_a_draft_reads_of_every_fact_is_kept_with_the_terms(
    big: None, monkeypatch: pytest.MonkeyPatch, cache: None
) -> None:
    with kept_under("ab" * 32):
        first = finder_of()
        claim, passes = first.claim(*SENTENCE), passes_of(DOC)
        # a later draft makes none of it again (base.facts: it reads only the candidates)
        monkeypatch.setattr(whole_module, "passes_of", None)
        monkeypatch.setattr(candidates_module, "countries_of", None)
        monkeypatch.setattr(times, "event_times", None)
        monkeypatch.setattr(ClaimFinder, "scopes_of", None)
        kept = Kept(DOC)
        later = kept.claim_finder(DOC, EntityMatcher(DOC.entities).find, kept.topic_votes(DOC))
        assert isinstance(later, CandidateFinder) and isinstance(later.facts, Picked)
        assert kept.passes(DOC) == passes and later.claim(*SENTENCE) == claim
        for name in ("scopes", "when", "of_event", "lists", "countries"):
            assert getattr(later, name) == getattr(first, name)
        assert later.taking_part.facts == first.taking_part.facts
        assert later.taking_part.mechanisms == first.taking_part.mechanisms
        assert [f.id for f in later.facts] == [f.id for f in first.facts]


def test_the_quotes_words_read_for_the_votes_are_the_terms_own() -> None:
    """The votes' pass hands each quote's words to the terms' (`topic_votes`' heard):
    the same terms, the same order of keys, as read by the terms' pass alone."""
    from defcoop_cli.lookup.search.words import tokens

    heard: list[list[str]] = []
    topic_votes(DOC, quotes_later=lambda _: None, heard=heard)
    assert heard == [tokens(f.quote) for f in DOC.facts]
    alone, shared = Terms.of(DOC, DOC.facts, {}), Terms.of(DOC, DOC.facts, {}, heard)
    for name in ("by_stem", "by_entity", "df"):
        assert list(getattr(shared, name).items()) == list(getattr(alone, name).items())
    # words that are not the quotes' are read as given (so a short list is not taken)
    other = Terms.of(DOC, DOC.facts, {}, [["rye"]] * len(DOC.facts))
    assert len(other.by_stem["rye"]) == len(DOC.facts) > len(alone.by_stem["rye"])
    assert Terms.of(DOC, DOC.facts, {}, heard[:1]).by_stem == alone.by_stem


def test_a_first_drafts_passes_run_without_the_cycle_collector_and_make_no_cycles(
    big: None, monkeypatch: pytest.MonkeyPatch, cache: None
) -> None:
    """Over a big base the votes', the passes' and the terms' passes over every fact run
    with the cyclic collector off (it is on again after each), and so are the kept ones
    read back, the quotes' words read once for the votes and the terms; what they made is
    left out of its later passes (frozen), and holds no cycle for it to find."""
    import gc

    seen: list[bool] = []

    def watched(name: str, module: object) -> None:
        made = getattr(module, name)

        def run(*args: object, **kw: object) -> object:
            seen.append(gc.isenabled())
            return made(*args, **kw)

        monkeypatch.setattr(module, name, run)

    watched("topic_votes", whole_module)
    watched("passes_of", whole_module)
    watched("of", Terms)
    watched("whole_in", candidates_module)
    read_quotes: list[str] = []
    tokens = candidates_module.tokens
    monkeypatch.setattr(
        candidates_module, "tokens", lambda text: read_quotes.append(text) or tokens(text)
    )
    gc.unfreeze()  # what earlier tests' passes froze, looked at again
    gc.collect()
    with kept_under("9e" * 32):
        kept = Kept(DOC)
        votes = kept.topic_votes(DOC)
        passes = kept.passes(DOC)
        finder = kept.claim_finder(DOC, EntityMatcher(DOC.entities).find, votes)
        assert gc.isenabled() and seen == [False, False, False, False]  # whole_in: none
        assert gc.get_freeze_count() > 0  # left out of the collector's later passes
        gc.unfreeze()  # and looked at here
        assert gc.collect() == 0  # nothing made is garbage held in a cycle
        assert Kept(DOC).whole is not None and seen[-1] is False and gc.isenabled()
    assert isinstance(finder, CandidateFinder) and passes == passes_of(DOC)
    assert not {f.quote for f in DOC.facts} & set(read_quotes)  # the votes' words taken
    assert finder.claim(*SENTENCE) == finder_of().claim(*SENTENCE)


def test_a_candidate_that_cannot_make_the_claim_has_no_text_read(
    big: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A candidate whose parties, act, stance, kind or scope rule it out (what needs no
    text read: `ClaimFinder.fact_head`) is left before its texts are read; the sentence's
    candidates are ranked the same as without the narrowing."""
    rival = fact("rival", "Gamma agreed to enlarge the harbour drill", None, ("gamma",), "Gamma")
    doc = DOC._replace(facts=[*DOC.facts, rival])
    finder = finder_of(doc)
    at = [f.id for f in finder.facts].index("rival")
    ranked = finder.ranked(*SENTENCE)
    assert at in finder.terms.found(SENTENCE[0], {"alpha"})  # a candidate, but not read
    assert at in finder.heads and at not in finder.tables
    monkeypatch.setattr(candidates_module._Having, "narrow", lambda self, may: None)
    whole = finder_of(doc)
    assert whole.ranked(*SENTENCE) == ranked and ranked.scored and at in whole.tables
