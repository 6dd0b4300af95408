"""drafting.claims.corpus: the fact base as a corpus, each claim's words in every wording."""

from __future__ import annotations

import pytest

from defcoop_cli.curation.drafting.claims.corpus import WordBags, stems
from defcoop_cli.factbase.records import Fact


def fact(fid: str, quote: str, claim: str | None = None, keywords: tuple[str, ...] = ()) -> Fact:
    return Fact(
        id=fid,
        statement=f"The article says {quote.lower()}.",
        kind="position",
        attribution="the article",
        stance="reported",
        topics=("t",),
        entities=(),
        keywords=keywords,
        quote=quote,
        source=fid.split("-")[0],
        span=(0, len(quote)),
        claim=claim,
    )


FERRY = fact("old-ferry", "Beta will build three ferries for the lake crossings")
HARBOUR = fact("old-harbour", "Gamma dredged the harbour at Kestrel Point")
# a later report's wording of the ferry claim, joined to it
FERRY_AGAIN = fact("new-ferry", "Shipyards in Beta are to construct vessels", claim="old-ferry")


def test_stems_leave_out_stopwords_numbers_and_the_frame() -> None:
    assert stems("The article says 3 ferries were built") == ["ferri", "built"]


def test_a_sentence_is_nearest_the_fact_sharing_its_rare_words() -> None:
    bags = WordBags([FERRY, HARBOUR], [FERRY, HARBOUR])
    words = bags.of("Three new ferries will serve the lake crossings")
    ferry, harbour = bags.similarity(words, 0), bags.similarity(words, 1)
    assert ferry > 0.3 and harbour == 0.0


def test_a_claims_wording_in_another_report_counts_for_it() -> None:
    # "construct vessels" is only the joined report's wording: it finds the old fact
    alone = WordBags([FERRY, HARBOUR], [FERRY, HARBOUR])
    joined = WordBags([FERRY, HARBOUR], [FERRY, HARBOUR, FERRY_AGAIN])
    words = "The shipyards will construct vessels"
    assert alone.similarity(alone.of(words), 0) == 0.0
    assert joined.similarity(joined.of(words), 0) > 0.3


def test_a_word_every_fact_has_weighs_less_than_a_rare_one() -> None:
    shared = fact("old-one", "Beta and Gamma held naval talks")
    other = fact("old-two", "Beta and Gamma signed a fisheries pact")
    bags = WordBags([shared, other], [shared, other])
    assert bags.idf[stems("Beta")[0]] < bags.idf[stems("fisheries")[0]]


def test_a_fact_with_no_word_in_common_scores_nothing() -> None:
    bags = WordBags([HARBOUR], [HARBOUR])
    assert bags.similarity(bags.of(""), 0) == pytest.approx(0.0)
