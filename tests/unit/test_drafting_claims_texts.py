"""The claim finder's reading of the facts' scopes (claims/texts.py: `TextReader.scopes_of`)."""

from __future__ import annotations

from collections import Counter

from defcoop_cli.curation.drafting.claims.texts import TextReader
from defcoop_cli.factbase.records import Fact

COUNTRIES = {
    "india": frozenset({"india"}),
    "japan": frozenset({"japan"}),
    "rajnath-singh": frozenset({"india"}),
    "gen-nakatani": frozenset({"japan"}),
    "quad": frozenset({"india", "japan", "australia", "usa"}),
}


def _fact(n: int, source: str, *entities: str) -> Fact:
    return Fact(
        f"f{n}", "s", "statement", "the source", "neutral", (), entities, (), "q", source, (0, 1)
    )


def _reader() -> TextReader:
    reader = TextReader()
    reader.countries = COUNTRIES
    return reader


def _scopes_one_by_one(reader: TextReader, facts: list[Fact]) -> list[frozenset[str]]:
    """scopes_of as it read before: each fact's entities read on their own, Counters."""
    scopes = [reader._scope(f.entities) for f in facts]
    named: dict[str, Counter[str]] = {}
    for f, scope in zip(facts, scopes, strict=True):
        named.setdefault(f.source, Counter())["*"] += 1
        named[f.source].update(scope)
    usual = {
        source: frozenset(c for c, k in n.items() if c != "*" and 2 * k >= n["*"])
        for source, n in named.items()
    }
    return [s or usual[f.source] for f, s in zip(facts, scopes, strict=True)]


def test_facts_sharing_entities_are_read_as_each_alone() -> None:
    """Entities read once for the facts that share them: the same scopes, in the same
    order of their members, as each fact read alone; a fact naming no country takes the
    countries most of its source's facts name (half of them is enough), another source's
    its own."""
    facts = [
        _fact(1, "a", "rajnath-singh", "gen-nakatani"),
        _fact(2, "a", "india"),
        _fact(3, "a", "rajnath-singh", "gen-nakatani"),
        _fact(4, "a", "malabar"),  # no country: its source's usual ones
        _fact(5, "b", "quad"),
        _fact(6, "b", "malabar"),
        _fact(7, "b", "gen-nakatani", "rajnath-singh"),  # the same entities, another order
    ]
    reader = _reader()
    scopes = reader.scopes_of(facts)
    expected = _scopes_one_by_one(reader, facts)
    assert scopes == expected
    assert [list(s) for s in scopes] == [list(s) for s in expected]
    assert scopes[0] == scopes[2] == frozenset({"india", "japan"})
    assert scopes[3] == frozenset({"india", "japan"})  # india in 3 of 4, japan in 2 of 4
    assert scopes[5] == frozenset({"india", "japan"})  # b: each in 2 of 3, australia in 1


def test_a_source_of_no_country_gives_none() -> None:
    """A source whose facts name no country leaves its facts' scopes empty (near case)."""
    facts = [_fact(1, "c", "malabar"), _fact(2, "c", "malabar")]
    assert _reader().scopes_of(facts) == [frozenset(), frozenset()]
