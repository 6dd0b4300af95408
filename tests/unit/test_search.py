"""The search core: pure functions, tested on the real fact base and on small inputs.

Each example the search issue names has a test here or, through the command line, in
cli/test_search.py; the judged query set has its own (`test_search_quality.py`).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from defcoop_cli.errors import UsageError
from defcoop_cli.factbase.loader import FactBase, load
from defcoop_cli.lookup.search import memory
from defcoop_cli.lookup.search.curator_notes import order_notes, rank_notes
from defcoop_cli.lookup.search.fields import FIELD_WEIGHTS, fact_pairs
from defcoop_cli.lookup.search.hits import read_once
from defcoop_cli.lookup.search.matching import (
    OWN_WORDS,
    VECTOR_HIGH,
    VECTOR_LOW,
    WIDER,
    WORDNET_BROADER,
    word_scores,
)
from defcoop_cli.lookup.search.memory import SearchIndex, SortedVocabulary
from defcoop_cli.lookup.search.questions import (
    asks_happened,
    asks_how_it_went,
    asks_outcome_of,
    asks_reaction,
)
from defcoop_cli.lookup.search.ranking import (
    RETRY_ANCHOR,
    Filters,
    enough,
    fact_score,
    rank_facts,
)
from defcoop_cli.lookup.search.reading.wider import vector_words
from defcoop_cli.lookup.search.text import parse_query
from defcoop_cli.lookup.search.words import normalise, osa_distance, tokens
from defcoop_cli.lookup.service import SearchRequest, search

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def fb() -> FactBase:
    return load(ROOT / "data" / "facts.json")


@pytest.fixture(scope="module")
def index(fb: FactBase) -> SearchIndex:
    return SearchIndex(fb)


def ids(index: SearchIndex, query: str, limit: int = 10, **filters: object) -> list[str]:
    found = rank_facts(index, parse_query([query]), Filters(**filters), limit)  # type: ignore[arg-type]
    return [m.fact.id for m in found.matches]


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

    def test_function_and_question_words_are_dropped(self) -> None:
        assert parse_query(["law of the sea"]).terms == ("law", "sea")
        assert parse_query(["what did they agree on"]).terms == ("agree",)
        assert parse_query(["who is nakatani"]).terms == ("nakatani",)
        assert parse_query(["US exercises"]).terms == ("us", "exercises")  # not the pronoun
        assert parse_query(["details of the meeting"]).terms == ("meeting",)
        assert parse_query(["tell us something about exercises"]).terms == ("exercises",)
        # a reflexive pronoun only stresses: "was the minister himself there"
        assert parse_query(["was the minister himself there"]).terms == ("minister",)
        assert parse_query(["the talks themselves"]).terms == ("talks",)

    @pytest.mark.parametrize("query", ["who", "what did they", "of the", "when was it"])
    def test_a_query_of_function_words_only_is_a_usage_error(self, query: str) -> None:
        with pytest.raises(UsageError, match="only question and function words"):
            parse_query([query])

    def test_an_overlong_query_is_a_usage_error(self) -> None:
        with pytest.raises(UsageError):
            parse_query(["x" * 501])


class TestWordMatching:
    VOCABULARY = SortedVocabulary(
        sorted(["warm", "war", "shared", "training", "exercise", "cooperation", "india"])
    )

    def test_short_words_match_only_whole(self) -> None:
        assert word_scores("war", self.VOCABULARY) == {"war": 100.0}
        assert word_scores("wa", self.VOCABULARY) == {}

    def test_other_forms_typos_and_prefixes(self) -> None:
        assert word_scores("exercises", self.VOCABULARY) == {"exercise": 95.0}
        assert word_scores("cooperate", self.VOCABULARY) == {"cooperation": 95.0}
        assert 80 <= word_scores("indai", self.VOCABULARY)["india"] < 90  # a swap is one typo
        assert word_scores("train", self.VOCABULARY) == {"training": 95.0}

    def test_an_adjectives_comparative_is_another_form_of_it(self) -> None:
        """The stemmer leaves "-er" and "-est" on: a comparative or superlative finds the
        adjective's forms the vocabulary holds, its adverb or another degree."""
        held = SortedVocabulary(sorted(["tightly", "knit", "narrower", "lean", "banker"]))
        assert word_scores("tighter", held) == {"tightly": 95.0}
        assert word_scores("tightest", held) == {"tightly": 95.0}
        assert word_scores("narrowest", held) == {"narrower": 95.0}
        assert word_scores("knitter", held) == {}  # a doer's noun: knit holds no degree
        assert word_scores("leaner", held) == {}  # lean is held, but as no adjective of WordNet's
        assert "banker" in word_scores("banker", held)  # a word held is read as before

    def test_synonyms_score_below_the_word_itself(self) -> None:
        assert word_scores("drills", SortedVocabulary(sorted(["exercise", "drill"]))) == {
            "drill": 95.0,
            "exercise": 85.0,
        }

    @given(
        a=st.text(alphabet="abcdé", max_size=9),
        b=st.text(alphabet="abcdé", max_size=9),
        limit=st.sampled_from([None, 0, 1, 2, 3]),
    )
    def test_the_typo_distance_is_rapidfuzzs_osa(self, a: str, b: str, limit: int | None) -> None:
        """words.osa_distance, which spares a typo search rapidfuzz's import, measures
        as rapidfuzz's OSA does, its cut-off too (a distance above it is the limit + 1)."""
        from rapidfuzz.distance import OSA

        assert osa_distance(a, b, limit) == OSA.distance(a, b, score_cutoff=limit)

    def test_a_short_and_a_long_word_list_find_the_same_typos(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Up to memory.NEAR_IN_PYTHON words, typos are looked for in Python; past it, by
        rapidfuzz: the same words, in the same order."""
        words = SortedVocabulary(["exercise", "exercises", "exorcise", "excise", "energize", "xi"])
        short = [words.near(t, e) for t in ("exercize", "exrcise", "xe") for e in (1, 2)]
        monkeypatch.setattr(memory, "NEAR_IN_PYTHON", 0)
        assert [words.near(t, e) for t in ("exercize", "exrcise", "xe") for e in (1, 2)] == short
        assert short[1] == ["energize", "exercise", "exercises", "exorcise"]

    def test_enough_of_the_query_must_match(self) -> None:
        one = {"price": 1.0, "war": 1.0}
        assert not enough(["war"], one)  # one of two is not enough
        three = {"which": 1.0, "include": 1.0, "australia": 1.0}
        assert enough(["include", "australia"], three) and not enough(["include"], three)
        common = {"indian": 0.5, "navy": 1.0, "recruitment": 1.0}  # india is everywhere
        assert not enough(["indian", "navy"], common)


def test_a_comparative_finds_the_adverb_the_fact_holds(index: SearchIndex) -> None:
    """ "closer" is no word of the base, "closely" is (working closely); "fighter" is
    no comparative, and a query of it beside "closer" still finds nothing."""
    assert ids(index, "working ever closer", 3)[0] == "working-closely-important"
    assert ids(index, "closer to the fighter jets") == []


def test_a_misspelled_thesaurus_phrase_finds_what_the_phrase_does(index: SearchIndex) -> None:
    """ "machnes" and "robbots" are no words of the base: run with their neighbour they
    misspell the thesaurus's "thinking machines" and "killer robots" (one edit each); a
    word held nowhere beside a word no phrase holds still finds nothing."""
    assert ids(index, "thinking machnes", 1) == ["tech-artificial-intelligence"]
    assert ids(index, "killer robbots", 1) == ["tech-autonomous-weapons"]
    assert ids(index, "moon lerning") == []


class TestTheIssuesExamples:
    def test_question_words_do_not_count_as_content(self, index: SearchIndex, fb: FactBase) -> None:
        found = rank_facts(index, parse_query(["what did they agree on"]), Filters(), 20).matches
        assert found and "unclos-adherence" not in [m.fact.id for m in found]
        assert all(m.fact.kind == "commitment" for m in found[:5])

    def test_perfect_hits_score_100(self, index: SearchIndex) -> None:
        found = rank_facts(index, parse_query(["who is nakatani"]), Filters(), 5).matches
        assert found[0].score == 100 and found[0].fact.id.startswith("nakatani-office")

    @pytest.mark.parametrize(
        "query",
        ["price war", "share market", "train timetable", "civil war", "stock prices", "war"],
    )
    def test_one_weak_match_of_one_word_finds_nothing(self, index: SearchIndex, query: str) -> None:
        assert ids(index, query) == []

    def test_weak_matches_do_not_pad_good_queries(self, index: SearchIndex) -> None:
        assert ids(index, "malabar exercise") == [
            "exercise-malabar-participants",
            "exercises-importance-discussed",
        ]
        found = ids(index, "which exercises include australia")
        assert set(found) == {"exercise-malabar-participants", "exercises-importance-discussed"}

    def test_the_specific_fact_comes_before_the_general_one(self, index: SearchIndex) -> None:
        assert ids(index, "malabar")[0] == "exercise-malabar-participants"
        assert ids(index, "dharma guardian")[0] == "exercise-dharma-guardian-participants"

    def test_a_question_word_the_curators_use_as_a_keyword_counts(self, index: SearchIndex) -> None:
        assert ids(index, "where did they meet")[0] == "meeting-location"
        assert ids(index, "when did they meet")[0] == "meeting-held"


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
            ("interoperabilty", "drills-improve-interoperability"),
            ("make in indai", "japan-supports-make-in-india"),
            ("war games", "exercises-importance-discussed"),
            ("terror strike in kashmir", "pahalgam-briefing"),
            ("home-grown arms manufacturing", "self-reliance-highlighted"),
        ],
    )
    def test_typos_abbreviations_and_aliases_find_their_fact(
        self, index: SearchIndex, query: str, expected: str
    ) -> None:
        assert expected in ids(index, query, limit=3)

    def test_facts_matching_more_words_rank_first(self, index: SearchIndex) -> None:
        found = rank_facts(index, parse_query(["india japan exercises"]), Filters(), 50).matches
        matched = [len(m.details) for m in found]
        assert matched == sorted(matched, reverse=True) and matched[0] == 3

    def test_a_run_together_query_must_be_close(self, index: SearchIndex) -> None:
        found = rank_facts(index, parse_query(["malabr exercise"]), Filters(), 20).matches
        words = {d.word for m in found for d in m.details if d.term == "malabr"}
        assert words and "militaryexercise" not in words and "militaryexercises" not in words

    def test_exact_and_alias_matches_outrank_fuzzy_ones(self, index: SearchIndex) -> None:
        def best(query: str) -> float:
            return rank_facts(index, parse_query([query]), Filters(), 1).matches[0].score

        assert best("malabar") == best("UNCLOS") == 100
        assert best("malabr") < best("malabar")

    def test_scores_are_sorted_and_deterministic(self, index: SearchIndex) -> None:
        first = rank_facts(index, parse_query(["india japan"]), Filters(), 100).matches
        again = rank_facts(index, parse_query(["india japan"]), Filters(), 100).matches
        assert first == again
        scores = [m.score for m in first]
        assert scores == sorted(scores, reverse=True)

    def test_a_result_far_below_the_best_is_dropped(self, index: SearchIndex) -> None:
        found = rank_facts(index, parse_query(["pahalgam briefing condemned"]), Filters(), 50)
        best = found.matches[0].score
        assert all(m.score >= 0.7 * best for m in found.matches)

    def test_limit_caps_the_results(self, index: SearchIndex) -> None:
        assert len(ids(index, "india", limit=3)) == 3


class TestFilters:
    def test_editorial_content_is_left_out_unless_asked_for(self, index: SearchIndex) -> None:
        assert ids(index, "spiritual") == []
        asked = ids(index, "spiritual", include_editorial=True)
        assert asked and all(i.startswith("editorial-") for i in asked)
        assert ids(index, "spiritual", kinds=frozenset({"editorial"}))

    def test_topic_entity_and_kind_filters(self, fb: FactBase, index: SearchIndex) -> None:
        unfiltered = ids(index, "india", limit=100)
        by_topic = ids(index, "india", limit=100, topics=frozenset({"joint-exercises"}))
        assert 0 < len(by_topic) < len(unfiltered)
        for fid in by_topic:
            assert "joint-exercises" in fb.facts[fid].topics
        by_entity = ids(index, "india", limit=100, entities=frozenset({"malabar"}))
        assert 0 < len(by_entity) < len(unfiltered)
        for fid in by_entity:
            assert "malabar" in fb.facts[fid].entities
        by_kind = ids(index, "india", limit=100, kinds=frozenset({"commitment"}))
        assert 0 < len(by_kind) < len(unfiltered)
        for fid in by_kind:
            assert fb.facts[fid].kind == "commitment"

    def test_an_entity_filter_finds_the_discussion(self, index: SearchIndex) -> None:
        found = ids(index, "south china sea", entities=frozenset({"india"}))
        assert "south-china-sea-instability-discussed" in found


@given(st.lists(st.floats(min_value=72, max_value=100), min_size=1, max_size=6), st.integers(0, 5))
def test_a_fact_matching_more_words_always_scores_higher(scores: list[float], extra: int) -> None:
    n = len(scores) + extra
    fewer = [100.0] * (len(scores) - 1)
    more = scores
    if fewer:
        assert fact_score(n, more) >= fact_score(n, fewer)
    assert 0 < fact_score(n, more) <= 100


class TestQuestions:
    def test_who_is_finds_the_facts_giving_the_roles(self, index: SearchIndex) -> None:
        assert set(ids(index, "who is nakatani")) == {
            "nakatani-office-in-body",
            "nakatani-office-former-minister",
            "nakatani-office-in-heading",
        }
        assert ids(index, "what is dharma guardian")[0] == "exercise-dharma-guardian-participants"

    def test_whether_a_person_held_an_office_then_asks_the_office(self, index: SearchIndex) -> None:
        """ "Was X the sitting minister when they met": the words of tenure and the "when"
        clause say when the office is asked of (reading/held.read_tenure); X's office
        answers, not the meeting's date."""

        def shown(query: str) -> list[str]:
            return search(index, parse_query([query]), SearchRequest((query,))).shown_ids

        assert shown("was singh the sitting defence minister when they met")[0] == (
            "rajnath-singh-office"
        )
        found = shown("did nakatani still hold the defence portfolio when he came to delhi")
        assert "nakatani-office-inconsistent" in found[:3]

    @pytest.mark.parametrize(
        ("question", "answer"),
        [
            # "india" starts "Indian defence minister" (an alias of Rajnath Singh's): that is
            # no "who is" about him, and roles never raise what a fact must match
            ("what is india's position on the south china sea", "unilateral-actions-concern"),
            ("what is japan's view on terrorism", "pahalgam-condemned"),
            ("what was india's view on unclos", "unclos-adherence"),
        ],
    )
    def test_what_is_a_partys_view_finds_the_view(
        self, index: SearchIndex, question: str, answer: str
    ) -> None:
        assert answer in ids(index, question)[:3]

    def test_a_short_word_finds_its_other_forms(self, index: SearchIndex) -> None:
        assert ids(index, "aim of the meeting")[:2] == [
            "meeting-aim-review",
            "meeting-aim-new-avenues",
        ]

    def test_a_word_in_the_claim_beats_one_in_an_alias(self, index: SearchIndex) -> None:
        # Every fact naming Rajnath Singh matches "defence minister" through his aliases.
        first = ids(index, "is Nakatani Japan's defence minister")[0]
        assert first.startswith("nakatani-office")


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=60))
def test_ascii_text_gives_the_tokens_of_the_unicode_path(sample: str) -> None:
    """The ASCII fast path (no NFKD, ASCII regexes, lower for casefold) changes nothing."""
    from defcoop_cli.lookup.search import words

    assert words.tokens(sample) == words._unicode_tokens(sample)


PLAIN = ["defense", "Program", "navy", "2", " ", "  ", ".", "a.b", "\t", "x_y"]


@given(st.lists(st.sampled_from(PLAIN), max_size=12).map("".join))
def test_plain_words_and_a_full_stop_give_the_tokens_of_the_unicode_path(sample: str) -> None:
    """Words, spaces and a last full stop skip the patterns; respellings still apply."""
    from defcoop_cli.lookup.search import words

    assert words.tokens(sample) == words._unicode_tokens(sample)


@given(st.text(alphabet=st.sampled_from("ab1 _&+é.'-"), max_size=30))
def test_the_fast_path_for_plain_words_splits_as_the_general_one(sample: str) -> None:
    from defcoop_cli.lookup.search import words

    cleaned = words._NON_WORD.sub(" ", sample)
    general = []
    for raw in cleaned.split():
        word = raw.strip("&+")
        if word.isalnum() or words._HAS_ALNUM.search(word):
            general.append(words.SPELLINGS.get(word, word))
    assert words.words(cleaned) == general


class TestNamesNumbersAndFraming:
    """Issue 25: the run-together and "article" rules, names as phrases, asking words."""

    def test_a_number_is_not_a_typo_of_a_word(self, index: SearchIndex) -> None:
        assert ids(index, "japan constitution article 9") == []

    def test_the_articles_framing_is_not_what_a_fact_says(self, index: SearchIndex) -> None:
        found = rank_facts(index, parse_query(["article"]), Filters(), 100).matches
        framed = [m for m in found if m.fact.statement.startswith("The article ")]
        assert all(d.field != "statement" for m in framed for d in m.details)
        assert all(m.score < found[0].score for m in framed)  # a topic's name starts with it

    def test_know_how_is_asked_about_not_refused(self, index: SearchIndex) -> None:
        assert ids(index, "know how")[0] == "industry-know-how-exchange"

    def test_a_name_of_several_words_matches_as_a_whole(self, index: SearchIndex) -> None:
        assert ids(index, "law of the sea")[0] == "unclos-adherence"
        found = rank_facts(index, parse_query(["sea of japan"]), Filters(), 50).matches
        # "sea" is not a word of the South China Sea's name on its own (nor of the topic's)
        assert all(d.field not in ("entity", "topic") for m in found for d in m.details[:1])

    def test_a_name_a_fact_lacks_is_one_term_missed(self, index: SearchIndex) -> None:
        # "new delhi" is one thing asked about: the solidarity fact misses it once, not twice
        assert "pahalgam-solidarity" in ids(index, "tokyo stands with new delhi against terrorism")
        # a fact that holds the name keeps both its words ("rajnath", "singh"): 2 of 3 terms
        assert ids(index, "what is rajnath singh's job")[0] == "rajnath-singh-office"

    def test_terms_joined_by_of_like_a_name_must_be_neighbours(self, index: SearchIndex) -> None:
        # "sea" is a word of the names South China Sea and Law of the Sea: "sea of japan"
        # reads as a name, which no fact holds ("sea" and "japan" are never neighbours)
        assert ids(index, "sea of japan") == []
        assert ids(index, "UN law of sea")[0] == "unclos-adherence"  # the name holds them
        law = rank_facts(index, parse_query(["law of the sea"]), Filters(), 50).matches
        # the South China Sea's "sea" is not the Law of the Sea's
        assert all(
            "law|sea" in fact_pairs(m.fact) for m in law for d in m.details if d.word == "sea"
        )
        assert any(d.word == "sea" for m in law for d in m.details)

    def test_other_terms_joined_by_of_are_words_like_any_others(self, index: SearchIndex) -> None:
        # "mood" is no word of a name: the talks' atmosphere answers, words apart
        assert ids(index, "what was the mood of the talks")[0] == "meeting-atmosphere"
        assert ids(index, "importance of exercises")[0] == "exercises-importance-discussed"

    def test_how_did_it_go_asks_about_it(self, index: SearchIndex) -> None:
        assert ids(index, "how did the talks go")

    @pytest.mark.parametrize(
        "query",
        [
            "how did the talks go",
            "how did the meeting go?",
            "how are the talks going",
            "how did the talks get on",  # a function phrase (reading/phrases.py)
        ],
    )
    def test_how_it_went_is_told_by_its_tone_first(self, index: SearchIndex, query: str) -> None:
        """ "how did X go" asks how it went: the words of its tone ("atmosphere", the
        thesaurus's friendly, cordial…) add a term, as a purpose's words do for "why"."""
        assert ids(index, query)[0] == "meeting-atmosphere"
        assert asks_how_it_went(parse_query([query]))
        # "go beyond" is no asking how it went
        assert not asks_how_it_went(parse_query(["how the ties go beyond soldiers"]))
        assert not asks_how_it_went(parse_query(["how did they get along with the drills"]))

    @pytest.mark.parametrize(
        "query",
        [
            "how did japan respond to the terror attack in kashmir",
            "what did tokyo make of the kashmir attack",
            "japan's reaction to the kashmir attack",
        ],
    )
    def test_a_reaction_is_told_by_a_stand_first(self, index: SearchIndex, query: str) -> None:
        """Asking how a party reacted asks for its stand: the facts of the position kind
        add a term ("(reacted)"), so Japan's condemnation comes before Singh's briefing,
        which names Kashmir itself."""
        assert asks_reaction(parse_query([query]))
        assert ids(index, query)[0] == "pahalgam-condemned"
        assert not asks_reaction(parse_query(["what did singh tell nakatani about kashmir"]))
        assert not asks_reaction(parse_query(["make of the drills"]))  # no "what" before
        # a response as a thing done is no party's reaction
        assert not asks_reaction(parse_query(["humanitarian assistance and disaster response"]))
        assert not asks_reaction(parse_query(["a rapid response force"]))
        assert asks_reaction(parse_query(["the response to the attack"]))


class TestRelatedWords:
    """Issue 25: the thesaurus's related words count less than the query's own words."""

    def test_a_related_word_finds_what_the_query_names_otherwise(self, index: SearchIndex) -> None:
        found = rank_facts(index, parse_query(["drones"]), Filters(), 5).matches
        assert found[0].fact.id == "tech-autonomous-weapons"
        (why,) = found[0].details
        assert (why.term, why.word, why.score) == ("drones", "autonomous", 80.0) and why.related

    def test_a_related_word_never_outranks_the_word_itself(self, index: SearchIndex) -> None:
        found = rank_facts(index, parse_query(["autonomous"]), Filters(), 5).matches
        assert found[0].score == 100 and not found[0].details[0].related
        assert ids(index, "HADR") == ["wider-disaster-response"]

    def test_a_ministry_of_defence_is_its_minister_as_a_related_word(
        self, index: SearchIndex
    ) -> None:
        """ "MoD" is no unknown body before "talks" (reading/bodies.py): the thesaurus
        relates it to the defence ministers, who hold the talks, counted as related."""
        found = rank_facts(index, parse_query(["MoD talks"]), Filters(), 3).matches
        assert found and found[0].fact.id == "meeting-held"
        why = {d.term: d for d in found[0].details}
        assert why["mod"].related and why["mod"].score < why["talks"].score

    def test_a_ministrys_national_acronym_is_the_ministry_as_a_related_word(
        self, index: SearchIndex
    ) -> None:
        """ "JMOD" (Japan's Ministry of Defense, its own English acronym) was an unknown
        body, so the query found nothing; the thesaurus now relates it as it does "MoD".
        What the base does not hold of the ministry still finds nothing."""
        found = rank_facts(index, parse_query(["nakatani ex-JMOD minister"]), Filters(), 3)
        assert found.matches and found.matches[0].fact.id == "nakatani-office-former-minister"
        why = {d.term: d for d in found.matches[0].details}
        assert why["jmod"].related
        assert ids(index, "JMOD budget request") == []

    def test_service_shorthand_for_ministries_and_their_links_is_related(
        self, index: SearchIndex
    ) -> None:
        """ "MoDs" are the two defence establishments, "C2" (command and control) is held
        through communication: the thesaurus relates them, counted as related."""
        for query in ("C2 links between the two MoDs", "C2 and comms between the MoDs"):
            found = rank_facts(index, parse_query([query]), Filters(), 3).matches
            assert found and found[0].fact.id == "strategic-communication-stressed", query
            why = {d.term: d for d in found[0].details}
            assert why["c2"].related, query

    def test_a_query_that_finds_nothing_tries_wordnet_neighbourhoods(
        self, index: SearchIndex
    ) -> None:
        """ "city" is not a word of the fact base; New Delhi is an instance of a city."""
        (found,) = rank_facts(index, parse_query(["meeting city"]), Filters(), 5).matches
        assert found.fact.id == "meeting-location"
        why = {d.term: d for d in found.details}
        assert why["city"].word == "delhi" and why["city"].related == "WordNet: an instance"
        assert why["city"].score < why["meeting"].score

    def test_a_term_is_common_on_the_retry_by_its_own_words(self, index: SearchIndex) -> None:
        """ "countries" reaches India and Japan on the retry (instances of a country), in
        nearly every fact; it still weighs as one term: little countries are smaller
        nations, protecting is ensuring (GloVe), three terms in four."""
        query = parse_query(["protecting little countries from bullying"])
        wide = read_once(index, query, True, {})
        assert len(wide.hits["countries"]) > index.size() / 2
        found = rank_facts(index, query, Filters(), 3).matches
        assert found[0].fact.id == "sovereignty-of-smaller-nations"

    def test_wider_words_never_reach_a_query_found_by_its_own(self, index: SearchIndex) -> None:
        found = rank_facts(index, parse_query(["meeting"]), Filters(), 50).matches
        assert all(d.score > OWN_WORDS for m in found for d in m.details)

    @pytest.mark.parametrize(
        "query",
        ["football", "china taiwan war", "weather in tokyo", "kashmir tourism", "defence budget"],
    )
    def test_wider_words_find_nothing_off_topic(self, index: SearchIndex, query: str) -> None:
        """Not alone (one term, or a fact no own word of the query finds), and not as a
        second word for another term's word (Taiwan: China)."""
        assert ids(index, query) == []

    @pytest.mark.parametrize(
        ("query", "answer"),
        [
            ("SCS disputes", "south-china-sea-instability-discussed"),
            ("settling quarrels peacefully", "indo-pacific-peaceful-dispute-resolution"),
            ("forces working together seamlessly", "drills-improve-interoperability"),
            ("resilient procurement chains", "industry-supply-chains"),
            ("relief after natural calamities", "wider-disaster-response"),
            ("shared geopolitical outlook", "strategic-convergence"),
        ],
    )
    def test_a_term_s_descriptions_find_it(
        self, index: SearchIndex, query: str, answer: str
    ) -> None:
        """The thesaurus widened by class (an abbreviation with a word after it, a term's
        usual descriptions): the answer is first."""
        assert ids(index, query)[:1] == [answer]

    @pytest.mark.parametrize(
        "query",
        [
            "armed groups in africa",
            "family feud",
            "gunmen rob bank",
            "acting alone on stage",
            "open channels on tv",
            "evaluating stock performance",
            "settle differences with my landlord",
            "seamless checkout experience",
            "earthquake calamities in turkey",
            "what comes next for bitcoin",
            "weather in new delhi today",
        ],
    )
    def test_the_descriptions_find_nothing_off_topic(self, index: SearchIndex, query: str) -> None:
        """Words of the widening that are common in other senses (stock, differences,
        channels, armed groups) are left out, and alone a description finds nothing."""
        assert ids(index, query) == []

    def test_a_run_of_words_in_the_thesaurus_finds_its_entry_s_words(
        self, index: SearchIndex
    ) -> None:
        """ "killer robots" is a common name for autonomous weapons; "killer" is in no
        fact, and the run is found as a whole, as names are."""
        found = rank_facts(index, parse_query(["killer robots"]), Filters(), 5).matches
        assert found[0].fact.id == "tech-autonomous-weapons"
        assert {(d.term, d.word) for d in found[0].details} == {
            ("killer", "autonomous"),
            ("robots", "autonomous"),
        }

    def test_a_capital_stands_for_its_country_as_a_related_word(self, index: SearchIndex) -> None:
        found = rank_facts(index, parse_query(["tokyo"]), Filters(), 5).matches
        why = found[0].details[0]
        assert (why.word, why.score) == ("japan", 80.0) and "by its capital" in why.related

    def test_the_retry_keeps_only_facts_holding_one_term_s_own_word(
        self, index: SearchIndex
    ) -> None:
        """A related word beside a wider one is two guesses: "weather in tokyo" (Japan ←
        tokyo, atmosphere ← weather) finds nothing, "meeting metropolis" its venue."""
        assert ids(index, "weather in tokyo") == []
        (found,) = rank_facts(index, parse_query(["meeting metropolis"]), Filters(), 5).matches
        assert found.fact.id == "meeting-location"
        assert max(d.score for d in found.details) > RETRY_ANCHOR

    def test_the_retry_s_own_word_is_not_a_common_term(self, index: SearchIndex) -> None:
        """ "japan" is in most facts: beside three GloVe neighbours (disaster ← earthquake,
        tsunami; response ← warning) it anchored the disaster response; it no longer does."""
        assert ids(index, "japan earthquake tsunami warning") == []
        assert ids(index, "meeting metropolis") == ["meeting-location"]  # meeting: not common

    def test_every_own_match_scores_above_every_wider_one(self) -> None:
        assert WORDNET_BROADER * min(FIELD_WEIGHTS) > OWN_WORDS
        assert 100.0 * (1 - 2 / 8) * min(FIELD_WEIGHTS) > OWN_WORDS  # the weakest typo

    def test_a_longer_query_that_finds_nothing_tries_glove_near_words(
        self, index: SearchIndex
    ) -> None:
        """ "protecting": GloVe puts "ensuring" near it (0.71); scored below WordNet's."""
        query = parse_query(["protecting the independence of small countries in Asia"])
        (found,) = rank_facts(index, query, Filters(), 5).matches
        assert found.fact.id == "sovereignty-of-smaller-nations"
        why = {d.term: d for d in found.details}["protecting"]
        assert why.word == "ensuring" and why.related == "GloVe: near in use (0.71)"
        assert VECTOR_LOW <= why.score < VECTOR_HIGH <= min(WIDER.values())

    @pytest.mark.parametrize(
        "query", ["civil war", "defence budget", "india russia indra naval exercise"]
    )
    def test_glove_near_words_find_nothing_off_topic(self, index: SearchIndex, query: str) -> None:
        """Not in a query of two terms (war: military, budget: agenda), nor another
        country's name for a name (russia: china 0.67, kept for names from 0.8 only)."""
        assert ids(index, query) == []
        assert vector_words("beijing") == {"china": 0.84}

    def test_how_often_asks_for_a_frequency(self, index: SearchIndex) -> None:
        """ "often" is a word of the thesaurus's entry for how often things happen."""
        found = rank_facts(index, parse_query(["how often are summits held"]), Filters(), 3)
        why = {d.term: d for d in found.matches[0].details}["often"]
        assert found.matches[0].fact.id == "dialogue-annual-summits"
        assert why.word == "annual" and why.related.startswith("how often something happens")

    def test_related_words_find_nothing_off_topic(self, index: SearchIndex) -> None:
        assert ids(index, "drone delivery of pizza") == []

    def test_a_related_word_in_a_topic_name_alone_finds_nothing(self, index: SearchIndex) -> None:
        """ "hacking" is related to cyber: the facts that say cyber, not every fact of the
        topic "Cyber and emerging technology" (whose alias is cyber)."""
        assert "tech-space" not in ids(index, "hacking")
        assert ids(index, "hacking")[0] == "cyber-threats-increasing"

    def test_a_related_word_of_two_words_is_found_as_neighbours_in_a_statement(
        self, index: SearchIndex
    ) -> None:
        found = rank_facts(index, parse_query(["FOIP"]), Filters(), 5).matches
        assert found[0].fact.id == "indo-pacific-commitment"  # "a free, open, inclusive…"
        (why,) = found[0].details
        assert (why.word, why.field, why.score) == ("freeopen", "statement", 80.0)
        assert why.related

    def test_a_wordnet_synonym_finds_the_fact_base_word_below_the_thesaurus(
        self, index: SearchIndex
    ) -> None:
        found = rank_facts(index, parse_query(["menace"]), Filters(), 5).matches
        assert found[0].fact.id == "cyber-threats-increasing"
        (why,) = found[0].details
        assert (why.word, why.score) == ("threats", 75.0)  # below the thesaurus's 80
        assert why.related.startswith("WordNet: ")

    def test_a_wordnet_synonym_never_outranks_the_word_itself(self, index: SearchIndex) -> None:
        own = rank_facts(index, parse_query(["threats"]), Filters(), 5).matches
        assert own[0].score == 100 and not own[0].details[0].related


class TestCuratorNotes:
    """Issue 25: curator notes are searched, dates and numbers too, apart from the facts."""

    def notes(self, index: SearchIndex, query: str) -> list[str]:
        found = rank_notes(index.catalogue().curator_notes, parse_query([query]))
        return [m.note.id for m in found]

    @pytest.mark.parametrize(
        ("query", "note"),
        [
            ("26 killed", "pahalgam-attack-date"),
            ("22 april", "pahalgam-attack-date"),
            ("5 May", "meeting-date"),
            ("vientiane", "meeting-date"),
        ],
    )
    def test_dates_numbers_and_words_of_notes_are_found(
        self, index: SearchIndex, query: str, note: str
    ) -> None:
        assert note in self.notes(index, query)

    def test_a_word_in_most_notes_does_not_make_an_off_topic_query_match(
        self, index: SearchIndex
    ) -> None:
        assert self.notes(index, "Japan defence budget 2025") == []
        assert self.notes(index, "2025")  # alone it is what is asked

    def test_a_date_of_a_reference_is_found_by_its_month(self, index: SearchIndex) -> None:
        assert "nakatani-given-name" in self.notes(index, "may 2025")


class TestRunsAndRelatedNames:
    def test_a_run_together_pair_is_no_typo_of_one_of_its_own_terms(
        self, index: SearchIndex
    ) -> None:
        """'aimilitary' is two edits from "military": it does not count for 'ai' too."""
        found = rank_facts(index, parse_query(["AI in the military"]), Filters(), 10).matches
        assert not [d for m in found for d in m.details if d.term == "ai" and d.word == "military"]

    def test_a_runs_word_that_one_of_its_terms_finds_stands_for_no_other_term(
        self, index: SearchIndex
    ) -> None:
        """A related word must not stand for a word the query holds: 'discussed' is the
        word of "discuss", not of "sea"; 'support' the word of "support", not of "qx" (an
        initialism no table reads; "CT" is counterterrorism's clipping now)."""
        query = parse_query(["what did the two ministers discuss about the sea"])
        found = rank_facts(index, query, Filters(), 10).matches
        assert found[0].fact.id == "south-china-sea-instability-discussed"
        held = {(d.term, d.word) for m in found for d in m.details}
        assert not any(t == "sea" and w.startswith("discuss") for t, w in held)
        assert ids(index, "japan QX support") == []

    def test_a_capital_stands_for_its_country(self, index: SearchIndex) -> None:
        found = rank_facts(index, parse_query(["washington canberra navy"]), Filters(), 5)
        first = found.matches[0]
        assert first.fact.id == "exercise-malabar-participants"
        why = {d.term: d for d in first.details}
        assert why["washington"].word == "unitedstates" and why["canberra"].word == "australia"
        assert why["washington"].score == 80.0 and "capital" in why["washington"].related

    def test_a_contraction_finds_its_word(self, index: SearchIndex) -> None:
        assert ids(index, "def mfg self reliance")[0] == "self-reliance-highlighted"

    def test_training_together_is_an_exercise(self, index: SearchIndex) -> None:
        found = rank_facts(index, parse_query(["forces training together"]), Filters(), 1)
        why = {d.term: d.word for d in found.matches[0].details}
        assert why == {"forces": "forces", "training": "drills", "together": "drills"}

    def test_asking_another_to_act_is_one_thing_however_said(self, index: SearchIndex) -> None:
        """The thesaurus's entry for invite, urge, encourage, appeal."""
        assert ids(index, "urged japanese companies")[0] == "japanese-industry-invited"


class TestNotesAnsweringWhether:
    def order(self, index: SearchIndex, query: str) -> tuple[str, bool]:
        parsed = parse_query([query])
        notes = rank_notes(index.catalogue().curator_notes, parsed, index.vocabulary())
        facts = rank_facts(index, parsed, Filters(), 10, widen=not notes).matches
        shown, first = order_notes(parsed, facts, notes)
        return shown[0].note.id, first

    def test_a_yes_no_question_a_note_answers_better_puts_the_notes_first(
        self, index: SearchIndex
    ) -> None:
        assert parse_query(["is general a rank"]).yes_no
        assert not parse_query(["general rank"]).yes_no
        assert self.order(index, "is general a military rank for nakatani") == (
            "nakatani-given-name",
            True,
        )

    def test_notes_that_match_only_as_well_stay_below_the_facts(self, index: SearchIndex) -> None:
        # the office note matches as well as the facts on his offices: below them
        assert self.order(index, "is nakatani japan's defence minister")[1] is False
        # not a question of whether: the facts answer it, however well a note matches
        assert self.order(index, "general military rank nakatani")[1] is False

    def test_a_date_asked_under_a_fact_that_answers_when_lists_the_dated_notes_first(
        self, index: SearchIndex
    ) -> None:
        # the meeting's fact holds the curators' "when": it stays first, and of the notes
        # that match "meeting" the one that dates it comes before the offices' notes
        assert self.order(index, "when was the meeting") == ("meeting-date", False)
        assert self.order(index, "meeting date")[0] == "meeting-date"


class TestNext:
    def test_what_happens_next_ranks_the_facts_that_look_ahead_first(
        self, index: SearchIndex
    ) -> None:
        # "ties" matches four assessments exactly; what lies ahead is the dialogues' role
        query = "what happens next in india japan defence ties"
        found = rank_facts(index, parse_query([query]), Filters(), 5).matches
        assert found[0].fact.id.startswith("dialogues-")
        assert ("(next)", "future") in [(d.term, d.word) for d in found[0].details]

    def test_the_future_adds_to_the_score_and_never_to_what_must_match(
        self, index: SearchIndex
    ) -> None:
        assert ids(index, "next iphone") == []
        assert ids(index, "what comes next for bitcoin") == []


class TestHappened:
    def test_what_happened_ranks_the_events_first(self, index: SearchIndex) -> None:
        # four assessments of the meeting hold every word; what happened there is events
        query = "what happened at the india japan defence meeting"
        found = rank_facts(index, parse_query([query]), Filters(), 3).matches
        assert {m.fact.kind for m in found} == {"event"}
        assert ("(happened)", "event") in [(d.term, d.word) for d in found[0].details]

    def test_the_kind_adds_to_the_score_and_never_to_what_must_match(
        self, index: SearchIndex
    ) -> None:
        assert ids(index, "what happened at the olympics") == []
        # what happens next asks for what lies ahead, not for events
        assert not asks_happened(parse_query(["what happens next for the dialogue"]))
        assert not asks_happened(parse_query(["when did the attack happen"]))  # a date

    def test_how_the_talks_went_by_all_their_names_opens_with_their_tone(
        self, index: SearchIndex
    ) -> None:
        # every word names or describes the talks; the tone's facts take those words from
        # the meeting they are of (events.naming.from_subject), as a where question's place does
        for query in ("how did the India Japan defence talks go", "how did the talks go"):
            assert ids(index, query)[0] == "meeting-atmosphere", query
        assert ids(index, "how did the olympics go") == []

    def test_the_outcome_of_a_meeting_asks_what_was_agreed_there(self, index: SearchIndex) -> None:
        # a written question's "the details of the outcome of the talks", a cable's "VISIT
        # OUTCOMES": "outcome" is no word a fact holds, and asks what came of the talks:
        # what the parties agreed or committed to, not that the talks were held
        query = parse_query(["the outcome of the talks"])
        assert query.terms == ("talks",)
        assert asks_outcome_of(query) and not asks_happened(query)
        found = rank_facts(index, query, Filters(), 3).matches
        assert {m.fact.kind for m in found} == {"commitment"}
        assert ids(index, "the outcome of the olympics") == []
        assert ids(index, "what came out of the olympics") == []

    def test_the_outcome_of_talks_on_a_named_subject_is_what_they_said_of_it(
        self, index: SearchIndex
    ) -> None:
        # "the talks on Pahalgam": a name of the fact base past the meeting's own words
        # asks what came of the talks on it, not everything they agreed
        for query in ("the outcome of the talks on pahalgam", "what came of the talks on pahalgam"):
            found = ids(index, query)[:4]
            assert {"pahalgam-briefing", "pahalgam-condemned"} <= set(found), query

    @pytest.mark.parametrize(
        ("text", "terms", "asks"),
        [
            ("the talks outcome", ("talks",), True),  # it ends the query
            ("what were the outcomes of the talks?", ("talks",), True),
            ("the outcome document of the summit", ("outcome", "document", "summit"), False),
            ("outcomes framework for talks", ("outcomes", "framework", "talks"), False),
            ("the results of the talks", ("talks",), True),
            ("talks readout", ("talks",), True),
            ("TALKS RESULTS NEW DELHI", ("talks", "new", "delhi"), True),  # a cable's capitals
            ("results framework for talks", ("results", "framework", "talks"), False),
            # capitals add only an end position, a dateline's place, to what asks
            ("RESULTS FRAMEWORK FOR TALKS", ("results", "framework", "talks"), False),
            ("DEFMIN VISIT OUTCOMES TOKYO", ("defence", "minister", "visit", "tokyo"), True),
            # a staffer's "what came out of", "what came of", and a planner's deliverables
            ("what came out of the talks", ("talks",), True),
            ("what came of the talks", ("talks",), True),
            ("deliverables from the talks", ("talks",), True),
            ("the talks came as part of a dialogue", ("talks", "came", "dialogue"), False),
            # a pledge's noun made at a gathering, its makers named or not, asks so too
            ("promises made by tokyo and delhi at the talks", ("tokyo", "delhi", "talks"), True),
            ("what commitments were made at the talks", ("talks",), True),
            ("announcements made by the two ministers at the talks", ("ministers", "talks"), True),
            ("japan's commitment to the talks", ("japan", "commitment", "talks"), False),
            ("commitments made by japan", ("commitments", "made", "japan"), False),
        ],
    )
    def test_outcome_asks_only_before_of_at_the_end_or_in_capitals(
        self, text: str, terms: tuple[str, ...], asks: bool
    ) -> None:
        query = parse_query([text])
        assert query.terms == terms and asks_outcome_of(query) is asks

    @pytest.mark.parametrize(
        "text",
        [
            "did the two sides ink a pact in delhi?",
            "was a memorandum signed on the visit",
            "tokyo delhi talks: deals signed",
        ],
    )
    def test_whether_they_signed_asks_what_they_agreed(self, index: SearchIndex, text: str) -> None:
        # CONVENTIONS.md Q7: no signing is reported; what came of the talks answers it,
        # and no curator note settles it above the facts
        query = parse_query([text])
        assert asks_outcome_of(query)
        assert not {"pact", "memorandum", "deals", "signed", "ink"} & set(query.terms)
        result = search(index, query, SearchRequest((text,)))
        assert not result.notes_first and result.matches[0].fact.kind == "commitment"

    @pytest.mark.parametrize(
        "text",
        [
            "was a treaty concluded between india and japan in delhi",
            "any accord concluded at the talks?",
            "documents signed in new delhi",
            "signing ceremony during the visit",
        ],
    )
    def test_an_instrument_concluded_asks_what_they_agreed(
        self, index: SearchIndex, text: str
    ) -> None:
        # "concluded" is a treaty office's verb for signing; the ceremony and the documents
        # of a signing are no words to look for either (reading/written/formal.py)
        query = parse_query([text])
        assert asks_outcome_of(query)
        assert not {"treaty", "concluded", "accord", "documents", "ceremony"} & set(query.terms)
        result = search(index, query, SearchRequest((text,)))
        assert result.matches[0].fact.kind == "commitment"

    def test_concluded_without_an_instrument_is_a_word(self) -> None:
        query = parse_query(["what was concluded about maritime security"])
        assert "concluded" in query.terms and not asks_outcome_of(query)

    @pytest.mark.parametrize(
        "text", ["did they sign anything?", "was a pact inked", "did we sign a deal"]
    )
    def test_a_signing_of_no_subject_asks_what_they_agreed(
        self, index: SearchIndex, text: str
    ) -> None:
        # as "did they agree anything" does: not refused as an outcome of nothing named
        query = parse_query([text])
        assert query.terms == ("agree",) and asks_outcome_of(query)
        found = search(index, query, SearchRequest((text,))).shown_ids[:3]
        assert "emerging-tech-cooperation" in found

    def test_an_instrument_not_signed_is_looked_for(self) -> None:
        query = parse_query(["contract value of the defence deal"])
        assert "deal" in query.terms and not asks_outcome_of(query)

    @pytest.mark.parametrize("text", ["what was the outcome?", "readout", "results"])
    def test_an_outcome_alone_is_no_term_and_the_refusal_says_so(self, text: str) -> None:
        # "readout" is a content word: the refusal says it lacks what came of what, not
        # that the query has only question and function words
        with pytest.raises(UsageError, match="asks what came of something"):
            parse_query([text])


class TestWhy:
    def test_why_ranks_the_fact_that_gives_a_purpose_first(self, index: SearchIndex) -> None:
        query = "why do india and japan hold joint exercises"
        found = rank_facts(index, parse_query([query]), Filters(), 5).matches
        assert found[0].fact.id == "exercises-improve-interoperability"
        assert ("(why)", "purpose") in [(d.term, d.word) for d in found[0].details]

    def test_why_it_matters_ranks_what_it_signifies_first(self, index: SearchIndex) -> None:
        query = "why is the meeting important"  # significance, not the meeting's aims
        found = rank_facts(index, parse_query([query]), Filters(), 5).matches
        assert ("(why)", "significance") in [(d.term, d.word) for d in found[0].details]
        assert "aim" not in found[0].fact.id

    def test_a_purpose_adds_to_the_score_and_never_to_what_must_match(
        self, index: SearchIndex
    ) -> None:
        assert ids(index, "why bitcoin") == []
        with_why = ids(index, "why malabar")
        assert with_why and set(with_why) == set(ids(index, "malabar"))

    def test_a_purpose_no_result_gives_leaves_the_scores_alone(self, index: SearchIndex) -> None:
        def best(query: str) -> float:
            return rank_facts(index, parse_query([query]), Filters(), 1).matches[0].score

        asked = "why did the ministers stress timely communication"
        assert best(asked) == best("ministers stress timely communication") > 99


class TestOffices:
    def test_a_plural_office_reaches_the_facts_naming_its_holders_together(
        self, index: SearchIndex
    ) -> None:
        # no statement of the briefing says "minister": its parties are the two holders
        found = rank_facts(index, parse_query(["the two ministers on terror"]), Filters(), 3)
        first = found.matches[0]
        assert first.fact.id == "pahalgam-briefing"
        assert ("ministers", "minister") in [(d.term, d.word) for d in first.details]
        assert ids(index, "ministers atmosphere") == ["meeting-atmosphere"]

    def test_a_singular_office_or_one_no_one_holds_reaches_no_holder(
        self, index: SearchIndex
    ) -> None:
        assert ids(index, "minister atmosphere") == []  # one person's office, not both
        assert ids(index, "presidents atmosphere") == []  # an office no one holds


class TestNumbersInWords:
    """Numbers from eleven up written in words read as digits, in a query and a fact alike
    (reading/clippings.py); one to ten stay words, as news writes them."""

    @pytest.mark.parametrize(
        ("query", "terms"),
        [
            ("twenty six killed", ("26", "killed")),
            ("twenty-six killed", ("26", "killed")),
            ("fifteen ships", ("15", "ships")),
            ("the two sides", ("sides",)),  # "the two" is "both", a function word
            ("six months", ("six", "months")),
        ],
    )
    def test_numbers_in_words_are_digits_from_eleven_up(
        self, query: str, terms: tuple[str, ...]
    ) -> None:
        assert parse_query([query]).terms == terms

    @pytest.mark.parametrize(
        ("query", "terms"),
        [
            ("may twenty twenty five", ("may", "2025")),  # a year as it is spoken
            ("nineteen ninety eight", ("1998",)),
            ("two thousand and twenty five", ("2025",)),
            ("the fifth of may", ("5", "may")),  # a day of the month beside its month
            ("may fifth", ("may", "5")),
            ("the first meeting", ("first", "meeting")),  # an ordinal elsewhere is a word
            ("twenty ships twenty", ("20", "ships", "20")),  # apart, no year
            ("japan may first consult india", ("japan", "may", "first", "consult", "india")),
            ("two thousand and five hundred troops", ("2000", "five", "hundred", "troops")),
        ],
    )
    def test_a_year_and_a_day_spoken_are_digits(self, query: str, terms: tuple[str, ...]) -> None:
        assert parse_query([query]).terms == terms

    @pytest.mark.parametrize(
        ("query", "terms"),
        [
            ("I'm writing a briefing for tomorrow, what did Japan say", ("japan",)),
            ("what did japan say? I need it for a class", ("japan",)),
            ("my notes say Malabar, was it discussed", ("notes", "malabar", "discussed")),
            (
                "malabar exercise, we want to know about australia",
                ("malabar", "exercise", "australia"),
            ),
        ],
    )
    def test_the_askers_own_context_is_no_search_term(  # a name in it keeps it
        self, query: str, terms: tuple[str, ...]
    ) -> None:
        assert parse_query([query]).terms == terms

    def test_a_fact_written_in_words_is_found_by_digits_and_by_words(self) -> None:
        assert tokens("Twenty-six people were killed.") == ["26", "people", "were", "killed"]
        assert tokens("twenty six") == tokens("26")
