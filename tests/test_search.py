"""The search core: pure functions, tested on the real fact base and on small inputs."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from defcoop_cli.errors import UsageError
from defcoop_cli.factbase import FactBase, load
from defcoop_cli.names import resolve_entity, resolve_topic, suggest
from defcoop_cli.search import (
    Filters,
    SearchIndex,
    fact_score,
    normalise,
    parse_query,
    rank_facts,
)

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def fb() -> FactBase:
    return load(ROOT / "data" / "facts.json")


@pytest.fixture(scope="module")
def index(fb: FactBase) -> SearchIndex:
    return SearchIndex(fb)


def ids(index: SearchIndex, query: str, limit: int = 10, **filters: object) -> list[str]:
    found = rank_facts(index, parse_query([query]), Filters(**filters), limit)  # type: ignore[arg-type]
    return [m.fact.id for m in found]


class TestNormalise:
    def test_case_accents_and_punctuation_are_folded(self) -> None:
        assert normalise("Malabár, NAVAL—Exercise!") == "malabar naval exercise"

    def test_ampersand_and_plus_stay_inside_words(self) -> None:
        assert normalise("J&K and 2+2") == "j&k and 2+2"

    def test_dotted_abbreviations_and_possessives(self) -> None:
        assert normalise("the U.S. and India’s") == "the us and india"

    def test_american_spelling_reads_as_british(self) -> None:
        assert normalise("Defense program") == "defence programme"

    def test_control_characters_and_surrogates_vanish(self) -> None:
        assert normalise("mal\x1b[31mabar\udcff") == "mal 31mabar"


class TestQuery:
    @pytest.mark.parametrize("query", ["", " ", "a", "!", "?!", "\x1b"])
    def test_empty_or_one_character_query_is_a_usage_error(self, query: str) -> None:
        with pytest.raises(UsageError):
            parse_query([query])

    def test_stopwords_are_dropped_unless_nothing_else_is_left(self) -> None:
        assert parse_query(["law of the sea"]).terms == ("law", "sea")
        assert parse_query(["of the"]).terms == ("of", "the")

    def test_an_overlong_query_is_a_usage_error(self) -> None:
        with pytest.raises(UsageError):
            parse_query(["x" * 501])


class TestMatching:
    @pytest.mark.parametrize(
        ("query", "expected"),
        [
            ("malabar", "exercise-malabar-participants"),
            ("malabr", "exercise-malabar-participants"),
            ("MALABAR", "exercise-malabar-participants"),
            ("pahalgham", "pahalgam-briefing"),
            ("dharma gaurdian", "exercise-dharma-guardian-participants"),
            ("dharmaguardian", "exercise-dharma-guardian-participants"),
            ("AI", "tech-artificial-intelligence"),
            ("US", "exercise-malabar-participants"),
            ("law of the sea", "unclos-adherence"),
            ("UNCLOS", "unclos-adherence"),
            ("J&K", "pahalgam-briefing"),
            ("2+2", "dialogue-two-plus-two"),
            ("south china see", "south-china-sea-instability-discussed"),
            ("interoperabilty", "exercises-improve-interoperability"),
        ],
    )
    def test_typos_abbreviations_and_aliases_find_their_fact(
        self, index: SearchIndex, query: str, expected: str
    ) -> None:
        assert expected in ids(index, query, limit=3)

    @pytest.mark.parametrize("query", ["bitcoin", "brexit", "football", "vaccine", "tariff"])
    def test_a_query_the_article_says_nothing_about_finds_nothing(
        self, index: SearchIndex, query: str
    ) -> None:
        assert ids(index, query) == []

    def test_two_letter_queries_match_whole_words_only(self, index: SearchIndex) -> None:
        # "ai" is inside "maintaining" and "Japan" holds "ap": neither may match.
        found = rank_facts(index, parse_query(["AI"]), Filters(), 50)
        assert found
        assert all(d.word == "ai" for m in found for d in m.details)

    def test_facts_matching_more_words_rank_first(self, index: SearchIndex) -> None:
        found = rank_facts(index, parse_query(["malabr exercise"]), Filters(), 20)
        matched = [len(m.details) for m in found]
        assert matched == sorted(matched, reverse=True)
        assert matched[0] == 2 and matched[-1] == 1

    def test_a_run_together_query_must_be_close(self, index: SearchIndex) -> None:
        found = rank_facts(index, parse_query(["malabr exercise"]), Filters(), 20)
        words = {d.word for m in found for d in m.details if d.term == "malabr"}
        assert words == {"malabar"}

    def test_exact_and_alias_matches_outrank_fuzzy_ones(self, index: SearchIndex) -> None:
        exact = rank_facts(index, parse_query(["malabar"]), Filters(), 1)[0]
        fuzzy = rank_facts(index, parse_query(["malabr"]), Filters(), 1)[0]
        alias = rank_facts(index, parse_query(["UNCLOS"]), Filters(), 1)[0]
        assert exact.score == 100 and alias.score == 100
        assert fuzzy.score < exact.score

    def test_scores_are_sorted_and_ties_keep_fact_base_order(
        self, fb: FactBase, index: SearchIndex
    ) -> None:
        found = rank_facts(index, parse_query(["india japan"]), Filters(), 100)
        order = {f.id: i for i, f in enumerate(fb.doc.facts)}
        keys = [(-m.score, order[m.fact.id]) for m in found]
        assert keys == sorted(keys)

    def test_limit_caps_the_results(self, index: SearchIndex) -> None:
        assert len(ids(index, "india", limit=3)) == 3


class TestFilters:
    def test_editorial_content_is_left_out_unless_asked_for(self, index: SearchIndex) -> None:
        assert ids(index, "spiritual") == []
        asked = ids(index, "spiritual", include_editorial=True)
        assert asked and all(i.startswith("editorial-") for i in asked)
        assert ids(index, "spiritual", kinds=frozenset({"editorial"}))

    def test_topic_entity_and_kind_filters(self, fb: FactBase, index: SearchIndex) -> None:
        for fid in ids(index, "india", limit=100, topics=frozenset({"joint-exercises"})):
            assert "joint-exercises" in fb.facts[fid].topics
        for fid in ids(index, "india", limit=100, entities=frozenset({"malabar"})):
            assert "malabar" in fb.facts[fid].entities
        for fid in ids(index, "india", limit=100, kinds=frozenset({"commitment"})):
            assert fb.facts[fid].kind == "commitment"


class TestResolve:
    def test_topics_resolve_by_id_title_or_close_name(self, fb: FactBase) -> None:
        for wanted in ("joint-exercises", "Joint exercises", "exercises", "joint exercize"):
            topic = resolve_topic(fb.doc.topics, wanted)
            assert topic is not None and topic.id == "joint-exercises", wanted
        assert resolve_topic(fb.doc.topics, "bitcoin") is None

    def test_entities_resolve_by_alias(self, fb: FactBase) -> None:
        for wanted, expected in [
            ("US", "united-states"),
            ("law of the sea", "unclos"),
            ("Rajnath", "rajnath-singh"),
            ("J&K", "jammu-kashmir"),
        ]:
            entity = resolve_entity(fb.doc.entities, wanted)
            assert entity is not None and entity.id == expected, wanted

    def test_did_you_mean_offers_close_names(self, fb: FactBase) -> None:
        words = " ".join(parse_query(["malabaar drils"]).terms)
        assert "Malabar" in suggest(fb.doc.topics, fb.doc.entities, words)


@given(st.lists(st.floats(min_value=72, max_value=100), min_size=1, max_size=6), st.integers(0, 5))
def test_a_fact_matching_more_words_always_scores_higher(scores: list[float], extra: int) -> None:
    n = len(scores) + extra
    fewer = [100.0] * (len(scores) - 1)
    more = scores
    if fewer:
        assert fact_score(n, more) >= fact_score(n, fewer)
    assert 0 < fact_score(n, more) <= 100
