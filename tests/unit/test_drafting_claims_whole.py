"""What a draft reads of every fact, kept whole by the fact base's content (claims.whole):
the same claim finder and topic votes, from the file or not; and a text's names looked up
by their first letters (sentences.FoldedNames), the same as tried one by one."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from defcoop_cli.curation.drafting.about.topics import topic_votes
from defcoop_cli.curation.drafting.claims import ClaimFinder
from defcoop_cli.curation.drafting.claims import whole as whole_module
from defcoop_cli.curation.drafting.claims.whole import Kept, kept_under
from defcoop_cli.curation.drafting.entities import EntityMatcher
from defcoop_cli.factbase.records import Doc, Entity, Event, Fact, Role
from defcoop_cli.factbase.sentences import FoldedNames, casefolds_held

ENTITIES = [
    Entity("alpha", "Alpha Tern", "person"),
    Entity("beta", "Beta", "country"),
    Entity("wharf", "Wharf Accord", "treaty", ("the accord",)),
]
CONTENT = "ab" * 32


def fact(fid: str, quote: str, part_of: str | None = None, attribution: str = "Beta") -> Fact:
    return Fact(
        id=fid,
        statement=f"The article says {quote}.",
        kind="position",
        attribution=attribution,
        stance="agreed",
        topics=("t",),
        entities=("alpha", "beta", "wharf"),
        keywords=("harbour drill",),
        quote=quote,
        source="old",
        span=(0, len(quote)),
        part_of=part_of,
    )


DOC = Doc(
    sources=[],
    topics=[],
    entities=ENTITIES,
    facts=[
        fact("drill", "Alpha Tern agreed to enlarge the harbour drill with Beta under the accord"),
        fact("ports", "Beta opened two ports to the coastguard's cutters", "drill"),
        fact("own", "The drill grew from two ships to nine", attribution="the source"),
    ],
    curator_notes=[],
)
SENTENCES = [
    ("Beta and Alpha Tern agreed to expand the harbour drill", ["alpha"], "Beta", "agreed"),
    ("Beta opened its ports to cutters under the Wharf Accord", ["beta", "wharf"], "Beta", ""),
]


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("DEFCOOP_NO_CACHE", raising=False)
    monkeypatch.setattr(whole_module, "KEEP_FROM", 0)
    return tmp_path / "defcoop"


def matches(finder: ClaimFinder) -> list[object]:
    return [finder.match(*s) for s in SENTENCES]


def kept_finder(doc: Doc = DOC) -> tuple[Kept, ClaimFinder]:
    kept = Kept(doc)
    votes = kept.topic_votes(doc)
    return kept, kept.claim_finder(doc, EntityMatcher(doc.entities).find, votes)


def test_the_tables_kept_are_read_back_and_match_the_same(cache: Path) -> None:
    plain = matches(ClaimFinder(DOC, EntityMatcher(ENTITIES).find))
    with kept_under(CONTENT):
        first, made = kept_finder()
        assert first.tables is None and first.path is not None and matches(made) == plain
        assert Path(first.path).stat().st_mode & 0o777 == 0o600
        again, restored = kept_finder()
    assert again.tables is not None and again.path == first.path
    assert matches(restored) == plain
    assert again.votes == topic_votes(DOC)  # the topics' votes too
    assert restored.having.get("nothing such", ()) == ()


def test_no_content_another_content_or_a_small_base_keeps_nothing(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert Kept(DOC).path is None  # no content hash given: a draft in process
    with kept_under(CONTENT):
        path = Kept(DOC).path
        monkeypatch.setattr(whole_module, "KEEP_FROM", 500)
        assert Kept(DOC).path is None
    with kept_under("cd" * 32):
        monkeypatch.setattr(whole_module, "KEEP_FROM", 0)
        assert Kept(DOC).path not in (None, path)


def test_a_damaged_or_foreign_file_is_read_again(cache: Path) -> None:
    with kept_under(CONTENT):
        first, _ = kept_finder()
        assert first.path is not None
        raw = Path(first.path).read_bytes()
        assert b"coastguard" in raw
        Path(first.path).write_bytes(raw.replace(b"coastguard", b"coastguarD"))
        assert Kept(DOC).tables is None  # its CRC does not hold
        os.remove(first.path)
        kept_finder()  # written again
        fewer = DOC._replace(facts=DOC.facts[:2])
        kept = Kept(DOC)
        finder = kept.claim_finder(fewer, EntityMatcher(ENTITIES).find, topic_votes(fewer))
    assert len(finder.facts) == 2 and isinstance(finder.parties, list)  # not these facts'


def test_the_dates_countries_and_participants_kept_are_those_made(cache: Path) -> None:
    shield = Entity("shield", "Harbour Shield", "military exercise")
    gamma = Entity("gamma", "Gamma", "country")
    talks = Entity("talks", "Harbour Talks", "programme")
    envoy = Entity("envoy", "Beta Envoy", "person", roles=(Role("Beta's envoy", "office"),))
    facts = [
        *DOC.facts,
        fact("held", "Harbour Shield is held between Beta and Gamma")._replace(
            entities=("shield", "beta", "gamma")
        ),
        fact("item", "the Harbour Talks", "drill")._replace(entities=("talks",), event="met"),
    ]
    doc = DOC._replace(
        entities=[*ENTITIES, shield, gamma, talks, envoy],
        facts=facts,
        events=[Event("met", "meeting", "Met", date(2024, 8, 20))],
    )
    plain = ClaimFinder(doc, EntityMatcher(doc.entities).find)
    with kept_under(CONTENT):
        kept_finder(doc)
        _, restored = kept_finder(doc)
    assert not isinstance(restored.parties, list)  # read from the file
    assert restored.countries == plain.countries and plain.countries["envoy"] == {"beta"}
    assert restored.when == plain.when and restored.of_event == plain.of_event
    assert plain.of_event == [False, False, False, False, True]
    assert plain.when[4] == {date(2024, 8, 20)} and plain.when[0] == set()
    assert (
        restored.taking_part.facts
        == plain.taking_part.facts
        == [(3, {"shield"}, {"beta", "gamma"})]
    )
    assert restored.taking_part.mechanisms == plain.taking_part.mechanisms == {"talks": 4}


def test_folded_names_hold_what_casefolds_held_holds() -> None:
    names = ["ab", "x", "alpha tern", "beta", "straße", "tern", "ter", "éclair", "a"]
    index = FoldedNames(names)
    for text in ["Alpha Tern met BETA", "STRASSE and Éclair", "", "ab", "tern" * 1200 + " Beta"]:
        assert index.held(text) == casefolds_held(text, names)
    assert index.places("the beta of Alpha Tern") == [2, 3, 5, 6, 8]


def test_a_later_draft_reads_the_facts_it_needs_by_position(cache: Path) -> None:
    """base.facts and base.passes: over the index's facts read by position, a later draft
    reads its tables and what else it reads of every fact from the file, not the facts
    themselves, and is the same draft as one over the base held whole."""
    from defcoop_cli.curation.drafting.assembly import draft
    from defcoop_cli.curation.drafting.base.facts import BaseFacts, base_of
    from defcoop_cli.factbase.loader import FactBase
    from defcoop_cli.lookup.search.memory import SearchIndex

    held = fact("venue", "The harbour talks were held in Kelp Town")._replace(claim="drill")
    doc = DOC._replace(facts=[*DOC.facts, held])
    index = SearchIndex(FactBase("facts.json", doc))
    text = "Harbour talks\n\n" + "\n".join(f"{s}, officials said." for s, *_ in SENTENCES)
    with kept_under(CONTENT):
        first = base_of(index)
        drafted = draft(text, "new", first, {}, "a.txt", "0")  # the tables made, and kept
        later = base_of(index)
        assert draft(text, "new", later, {}, "a.txt", "0") == drafted
    assert isinstance(first.facts, BaseFacts) and first.facts.made_whole
    assert isinstance(later.facts, BaseFacts) and not later.facts.made_whole
    assert any(f.get("claim_of") for f in drafted["facts"])  # a claim's fact read by position
    assert later.facts[-1] == held and later.facts.by_id("venue") == held


def scores(doc: Doc, sentence: tuple[str, list[str], str, str]) -> dict[str, float]:
    """Each fact the sentence's candidates hold, by id, with its score."""
    finder = ClaimFinder(doc, EntityMatcher(doc.entities).find)
    return {finder.facts[i].id: s for s, i in finder.ranked(*sentence).scored}


def test_only_a_fact_sharing_a_sense_with_a_sentence_is_scored() -> None:
    """`_ranked` scores the facts `reached` gives, those having a sense the sentence says:
    a fact sharing none is no candidate, whatever it says (what a first draft reading only
    the candidates' texts would rely on)."""
    unrelated = fact("unrelated", "Gamma built a library in the hills", attribution="Beta")
    doc = DOC._replace(facts=[*DOC.facts, unrelated._replace(entities=(), keywords=())])
    finder = ClaimFinder(doc, EntityMatcher(doc.entities).find)
    ranked = finder.ranked(*SENTENCES[0])
    assert not finder.vocab[-1] & ranked.said  # it shares no sense: it is never scored
    assert ranked.scored and all(finder.vocab[i] & ranked.said for _, i in ranked.scored)
    assert len(finder.facts) - 1 not in {i for _, i in ranked.scored}


def test_a_fact_sharing_no_sense_still_weighs_in_a_candidates_score() -> None:
    """But the score weighs each meaning by its rarity over every fact (IDF): a fact that is
    no candidate, sharing a meaning with one (not with the sentence), moves its score. So a
    first draft that reads only the candidates' texts would not give the same drafts
    (benchmarks/RESULTS.md, issue 26, sixteenth session)."""
    sentence = SENTENCES[0]
    bystander = fact("bystander", "Gamma will enlarge its library", attribution="Beta")
    doc = DOC._replace(facts=[*DOC.facts, bystander._replace(entities=(), keywords=())])
    finder = ClaimFinder(doc, EntityMatcher(doc.entities).find)
    assert not finder.vocab[-1] & finder.ranked(*sentence).said  # no candidate
    before, after = scores(DOC, sentence), scores(doc, sentence)
    assert "bystander" not in after and before.keys() == after.keys()
    assert any(before[k] != after[k] for k in before)
