"""A pass over every fact reads each distinct word once (base.distinct): the same readings,
each word read once within the pass, the dicts gone after it."""

from __future__ import annotations

from defcoop_cli.curation.drafting.base.distinct import once_each, reader
from defcoop_cli.curation.drafting.claims import ClaimFinder
from defcoop_cli.curation.drafting.claims.readings import word_units
from defcoop_cli.curation.drafting.claims.whole import Kept
from defcoop_cli.curation.drafting.entities import EntityMatcher
from defcoop_cli.factbase.records import Doc, Entity, Fact

TEXTS = [
    "The navies agreed to expand the joint naval exercise near the strait",
    "Both navies held a joint exercise and agreed on maritime security",
    "Maritime security talks opened with the joint exercise",
]


def test_each_key_is_read_once_within_a_pass_and_by_the_function_outside() -> None:
    asked: list[str] = []

    def read(word: str) -> str:
        asked.append(word)
        return word.upper()

    assert reader(read) is read  # no pass: the function itself
    with once_each():
        once = reader(read)
        assert [once(w) for w in ["drill", "port", "drill", "port"]] == ["DRILL", "PORT"] * 2
        assert reader(read)("drill") == "DRILL"  # the same dict for the whole pass
    assert asked == ["drill", "port"]
    assert reader(read) is read  # the pass's dicts are let go


def test_a_pass_reads_the_same_units_as_the_caches() -> None:
    plain = [word_units(t, {}) for t in TEXTS]
    with once_each():
        assert [word_units(t, {}) for t in TEXTS] == plain


def fact(fid: str, quote: str) -> Fact:
    return Fact(
        id=fid,
        statement=f"The article says {quote}.",
        kind="position",
        attribution="Beta",
        stance="agreed",
        topics=("t",),
        entities=("beta",),
        keywords=("joint exercise",),
        quote=quote,
        source="old",
        span=(0, len(quote)),
    )


def test_the_finders_tables_are_those_made_without_a_pass() -> None:
    doc = Doc([], [], [Entity("beta", "Beta", "country")], [], [])
    doc = doc._replace(facts=[fact(f"f{n}", t) for n, t in enumerate(TEXTS)])
    find = EntityMatcher(doc.entities).find
    plain = ClaimFinder(doc, find)  # no pass
    kept = Kept(doc)  # a draft's: its pass reads each word once
    made = kept.claim_finder(doc, find, kept.topic_votes(doc))
    for table in ("wordings", "vocab", "idf", "having", "people"):
        assert getattr(made, table) == getattr(plain, table), table
