"""A why-question of a relation's needing or mattering asks the relation's reasons
(questions.relation_reasons_asked, hits.read, issue 25): the predicate's term is matched by
the words the facts say them in (what the two share and gain). Every query here is
invented; a near query keeps its reading. Part on the shipped fact base."""

from __future__ import annotations

import pytest

from defcoop_cli.lookup.search.memory import SearchIndex
from defcoop_cli.lookup.search.questions import relation_reasons_asked
from defcoop_cli.lookup.search.text import parse_query
from defcoop_cli.lookup.service import SearchRequest, search

# The base's facts of why the two sides need one another: their common challenges, aligned
# interests, the key partner, relations beneficial to both and essential to the region.
REASONS = {
    "common-challenges",
    "common-challenge-regional-stability",
    "common-challenge-maritime-security",
    "strategic-interests-aligned",
    "japan-key-partner",
    "relations-beneficial-for-both",
    "relations-essential-for-region",
    "shared-desire-for-peace",
}


def shown(index: SearchIndex, typed: str) -> list[str]:
    return list(search(index, parse_query([typed]), SearchRequest((typed,))).shown_ids)


@pytest.mark.parametrize(
    ("typed", "needing"),
    [
        ("why do tokyo and delhi need one another", {"need"}),
        ("why is japan a vital partner of india", {"vital"}),
        ("why do the ties between the two matter so much", {"matter"}),
        ("why the partnership is crucial for both", {"crucial"}),
    ],
)
def test_a_why_question_of_a_relations_needing_asks_its_reasons(
    typed: str, needing: set[str]
) -> None:
    assert relation_reasons_asked(parse_query([typed])) == needing


COUNTRIES = {"india", "japan", "indian", "japanese"}.__contains__  # the sides' names


@pytest.mark.parametrize(
    ("typed", "needing"),
    [
        ("why does india really matter to japan", {"matter"}),
        ("why is japan so vital for india", {"vital"}),
        ("why does the sea matter to india", set()),  # a thing to a side, no relation
        ("why is the japan visit important for india", set()),  # an event of it
        ("why is india important", set()),  # one side alone
    ],
)
def test_two_sides_named_and_no_other_word_are_a_relation(typed: str, needing: set[str]) -> None:
    assert relation_reasons_asked(parse_query([typed]), COUNTRIES) == needing


@pytest.mark.parametrize(
    "typed",
    [
        "why is the meeting important",  # one event's significance, no relation
        "why do the two ministries need faster communication",  # no relation named
        "do india and japan need each other",  # no why
        "why did they help each other after floods",  # a relation, no needing
        "how important is the partnership",  # no why
    ],
)
def test_a_question_of_no_relations_reasons_keeps_its_reading(typed: str) -> None:
    assert relation_reasons_asked(parse_query([typed])) == frozenset()


def test_the_reasons_come_first(index: SearchIndex) -> None:
    for typed in [
        "why do japan and india need one another at sea",
        "why is japan a vital partner of india",
        "why do the ties matter for the wider region",
        "why does india really matter to japan",
    ]:
        assert REASONS & set(shown(index, typed)[:3]), typed


def test_a_meetings_significance_keeps_its_answer(index: SearchIndex) -> None:
    assert shown(index, "why was the meeting so important")[0] == "meeting-milestone"
    assert shown(index, "why was the japan india meeting so important")[0] == "meeting-milestone"
