"""A big base's terms read through its search index (base.indexed): the same counts and
the same facts as `Terms.of` reads from the facts, the index holding each fact's words as
the drafter reads them (numbers in words among them); kept for a later draft; read from
the facts again should the index fail."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import pytest

from defcoop_cli.curation.drafting.base import indexed
from defcoop_cli.curation.drafting.base.candidates import Terms, keep_whole, whole_in
from defcoop_cli.curation.drafting.base.facts import base_of
from defcoop_cli.curation.drafting.base.matchers import countries_of
from defcoop_cli.curation.drafting.claims import ClaimFinder
from defcoop_cli.factbase.records import Doc, Fact
from defcoop_cli.index import engine
from defcoop_cli.index.cache import open_index
from defcoop_cli.index.writing.documents import spaced_texts
from defcoop_cli.lookup.search import words
from defcoop_cli.lookup.search.fields import quote_text, statement_text
from defcoop_cli.lookup.search.reading.clippings import NUMBER_WORDS
from defcoop_cli.lookup.search.words import STOPWORDS, tokens

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from generate import realistic, write_realistic

pytestmark = pytest.mark.skipif(not engine.available(), reason="tantivy needs Python 3.11+")


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """A realistic base of 1,500 facts (some numbers in words) over its index on disk, the
    finder's facts and nationals, and the terms read from the facts."""
    folder = tmp_path_factory.mktemp("indexed")
    path = write_realistic(*realistic(1500), folder / "base")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(folder / "cache"))
        patch.delenv("DEFCOOP_NO_CACHE", raising=False)
        index = open_index([path])
    doc = base_of(index)
    finder = ClaimFinder.__new__(ClaimFinder)
    finder.set_up(doc, lambda text: [], countries_of(doc))
    yield doc, finder.facts, finder.nationals, Terms.of(doc, finder.facts, finder.nationals)
    index.close()


def drafted_words(f: Fact) -> set[str]:
    """The words of a fact's statement and quote as the drafter reads them (`Terms.of`)."""
    found = set(statement_text(f.statement, tokens(f.statement)).split())
    found.update(quote_text(tokens(f.quote)).split())
    return found


def indexed_words(f: Fact) -> set[str]:
    """The words of a fact's statement and quote fields as the index build writes them
    (`index.writing.documents.FactDocuments.of`; held to the built index below)."""
    (words,), (spaced,), (split,) = spaced_texts([f.statement])
    plain = split and STOPWORDS.isdisjoint(words)
    found = set((spaced if plain else statement_text(f.statement, words, spaced)).split())
    (words,), (spaced,), _ = spaced_texts([f.quote])
    found.update((spaced if STOPWORDS.isdisjoint(words) else quote_text(words, spaced)).split())
    return found


def spelling_numbers(facts: Any) -> list[Fact]:
    """The facts whose statement or quote spells a number in words ("fifteen")."""
    return [
        f
        for f in facts
        if not NUMBER_WORDS.isdisjoint(f"{f.statement} {f.quote}".lower().replace(".", " ").split())
    ]


def by_stem(terms: Terms, stems: set[str]) -> dict[str, list[int]]:
    return {s: terms.by_stem.get(s, []) for s in stems}


def all_stems(*terms: Terms) -> set[str]:
    found: set[str] = set()
    for t in terms:
        held = t.by_stem
        found |= (
            set(held.terms) | set(held.keyworded)
            if isinstance(held, indexed.Stemmed)
            else set(held)
        )
    return found


def test_the_counts_and_facts_are_those_read_from_the_facts(base: Any) -> None:
    doc, facts, nationals, read = base
    # every fact's words in the index are the drafter's, a number in words too ("fifteen":
    # the drafter's "15", and the index's since its FORMAT 34): none is read again
    spelt = spelling_numbers(doc.facts)
    assert spelt and any(w.isdigit() for f in spelt for w in drafted_words(f))
    assert [f for f in doc.facts if indexed_words(f) != drafted_words(f)] == []
    terms = Terms.through_index(doc, facts, nationals)
    assert isinstance(terms.by_stem, indexed.Stemmed)
    assert isinstance(terms.df, indexed.Frequencies) and terms.df.unions  # none counted yet
    assert set(terms.df) | set(terms.df.unions) == set(read.df)
    assert terms.df.whole() == read.df and not terms.df.unions
    rarity, default = Terms.through_index(doc, facts, nationals).idf()
    assert {m: rarity.get(m, default) for m in read.df} == read.idf()[0]
    assert rarity.get("@no-such-entity", default) == default == read.idf()[1]
    assert terms.by_entity == read.by_entity and (terms.n, terms.size) == (read.n, read.size)
    stems = all_stems(read, terms)
    assert by_stem(terms, stems) == by_stem(read, stems)
    text = " ".join(f.quote for f in spelt[:3])
    assert terms.found(text, {"india"}) == read.found(text, {"india"})


def test_the_index_words_are_the_built_index_own(base: Any) -> None:
    """indexed_words: the statement and quote fields' terms as the build wrote them, the
    facts spelling numbers among them."""
    doc, *_ = base
    index = indexed.disk_index(doc)
    spelt = {id(f) for f in spelling_numbers(doc.facts)}
    for p, f in enumerate(doc.facts):
        if p >= 300 and id(f) not in spelt:
            continue
        for word in indexed_words(f):
            held = [("statement", word), ("quote", word)]
            assert p in indexed.positions(index, held)


def test_the_terms_are_kept_and_read_through_the_index_again(base: Any, tmp_path: Path) -> None:
    doc, facts, nationals, read = base
    terms = Terms.through_index(doc, facts, nationals)
    finder = ClaimFinder.__new__(ClaimFinder)
    finder.terms, finder.lists, finder.scopes = terms, {}, []  # type: ignore[attr-defined]
    keep_whole(str(tmp_path / "draft-terms-x.bin"), finder, {})  # type: ignore[arg-type]
    whole = whole_in(str(tmp_path / "draft-terms-x.bin"))
    assert whole is not None and isinstance(whole.terms.by_stem, indexed.Stemmed)
    with pytest.raises(ValueError):  # facts that are no index's
        whole.terms.over(doc._replace(facts=list(doc.facts)), range(len(facts)), nationals)
    places = [p for p, f in enumerate(doc.facts) if f in set(facts)]
    whole.terms.over(doc, places, nationals)
    stems = all_stems(read, whole.terms)
    assert by_stem(whole.terms, stems) == by_stem(read, stems)
    df = whole.terms.df
    assert isinstance(df, indexed.Frequencies) and df.whole() == read.df


def test_the_unions_are_counted_when_asked_and_kept_uncounted(base: Any, tmp_path: Path) -> None:
    """A meaning of more terms or fields is counted only when asked for; the kept file
    holds the counted ones' counts and the others' terms, no count for them."""
    doc, facts, nationals, read = base
    terms = Terms.through_index(doc, facts, nationals)
    df = terms.df
    assert isinstance(df, indexed.Frequencies)
    asked, untouched = sorted(df.unions)[:2]
    rarity, default = terms.idf()
    assert asked not in df and rarity.get(asked, default) == read.idf()[0][asked]
    assert df[asked] == read.df[asked] and asked not in df.unions and untouched in df.unions
    finder = ClaimFinder.__new__(ClaimFinder)
    finder.terms, finder.lists, finder.scopes = terms, {}, []  # type: ignore[attr-defined]
    keep_whole(str(tmp_path / "draft-terms-x.bin"), finder, {})  # type: ignore[arg-type]
    whole = whole_in(str(tmp_path / "draft-terms-x.bin"))
    assert whole is not None and isinstance(whole.terms.df, indexed.Frequencies)
    kept = whole.terms.df
    assert kept[asked] == read.df[asked] and untouched not in kept and untouched in kept.unions
    places = [p for p, f in enumerate(doc.facts) if f in set(facts)]
    whole.terms.over(doc, places, nationals)
    assert kept.count(untouched) == read.df[untouched] and untouched not in kept.unions


def test_a_union_over_a_failing_index_reads_every_count_from_the_facts(
    base: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc, facts, nationals, read = base
    terms = Terms.through_index(doc, facts, nationals)
    df = terms.df
    assert isinstance(df, indexed.Frequencies)
    asked = sorted(df.unions)[0]

    def broken(*_: Any) -> Any:
        raise indexed.Unreadable

    monkeypatch.setattr(indexed, "read_through", broken)
    assert df.count(asked) == read.df[asked] and not df.unions and df == read.df


def test_kept_terms_over_a_failing_index_read_the_facts_again(
    base: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A later draft's facts are read by position (`base.facts`): the terms read again
    from them are filed by the same places."""
    doc, facts, nationals, read = base
    later = base_of(indexed.disk_index(doc))
    terms = Terms.through_index(doc, facts, nationals)
    places = [p for p, f in enumerate(doc.facts) if f in set(facts)]
    terms.over(later, places, nationals)

    def broken(*_: Any) -> Any:
        raise indexed.Unreadable

    monkeypatch.setattr(indexed, "positions", broken)
    stems = all_stems(read)
    assert by_stem(terms, stems) == by_stem(read, stems)


def test_a_failing_index_reads_the_facts_again(base: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    doc, facts, nationals, read = base
    terms = Terms.through_index(doc, facts, nationals)
    stems = sorted(all_stems(read))
    before = terms.by_stem.get(stems[0], [])

    def broken(*_: Any) -> Any:
        raise indexed.Unreadable

    monkeypatch.setattr(indexed, "positions", broken)
    assert before == read.by_stem.get(stems[0], [])
    assert by_stem(terms, set(stems)) == by_stem(read, set(stems))  # read from the facts


def test_facts_of_no_index_on_disk_are_read_from_the_facts(base: Any) -> None:
    doc, facts, nationals, _ = base
    held: Doc = doc._replace(facts=list[Fact](doc.facts))
    with pytest.raises(ValueError):
        Terms.through_index(held, facts, nationals)


def test_a_stems_facts_are_the_finders_places(monkeypatch: pytest.MonkeyPatch) -> None:
    """The index's positions taken to the finder's places (an office's none), with the
    facts found by their keywords."""
    monkeypatch.setattr(indexed, "positions", lambda index, terms: [0, 1, 3, 4] if terms else [])
    terms = {"drill": [("statement", "drill")]}
    # position 1 an office; place 1 (position 2) found by its keywords
    held = indexed.Stemmed(terms, {"drill": [1]}, [0, 2, 3, 4])
    assert held.get("drill", []) == [0, 1, 2, 3] and held.get("none", []) == []
    every = indexed.Stemmed(terms, {}, [0, 1, 2, 3, 4])  # no office: places are positions
    assert every.get("drill", []) == [0, 1, 3, 4]


def test_the_votes_hold_the_quotes_words_only_where_no_index_holds_them(
    base: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A big base's votes hand each quote's words to the terms' pass (`Kept.heard`) only
    where the terms are read from the facts; read through the index, none are held (issue
    26): the same votes either way."""
    from defcoop_cli.curation.drafting.claims import whole
    from defcoop_cli.curation.drafting.claims.kept import KeptReadings

    doc, given = base[0], []
    real = whole.topic_votes
    monkeypatch.setattr(whole, "topic_votes", lambda d, **kw: given.append(kw) or real(d, **kw))

    def kept() -> whole.Kept:
        made = whole.Kept.__new__(whole.Kept)
        made.votes, made.heard, made.readings, made.key = None, [], KeptReadings(), "k"
        made.votes_path = str(tmp_path / "votes.bin")
        return made

    through, plain = kept(), kept()
    indexed_votes = through.topic_votes(doc)
    plain_votes = plain.topic_votes(doc._replace(facts=list(doc.facts)))  # no index on disk
    assert given[0]["heard"] is None and through.heard == []
    assert given[1]["heard"] is plain.heard and len(plain.heard) == len(doc.facts)
    assert dict(indexed_votes.facts) == dict(plain_votes.facts) and indexed_votes == plain_votes


def test_the_keywords_facts_are_filed_stem_by_stem_as_fact_by_fact() -> None:
    """Each keyword's facts gathered, then given to its stems: each stem's places the same
    as a fact's filed under each stem of each of its keywords in turn (a place twice where
    two of its keywords have the stem), stems and entities in the order first met."""
    from defcoop_cli.lookup.search.text import stem
    from defcoop_cli.lookup.search.words import PAIR

    rows = [
        (("naval drills", "drill"), ("beta",)),
        (("port call",), ("gamma", "beta")),
        ((), ()),
        (("drilling at port", "naval drills"), ("gamma",)),
    ]
    facts = [
        Fact(f"f{k}", "s", "position", "x", "agreed", (), ents, kws, "q", "old", (0, 1), None)
        for k, (kws, ents) in enumerate(rows)
    ]
    by_stem: dict[str, list[int]] = {}
    for i, (kws, _) in enumerate(rows):
        for k in kws:
            for s in sorted({stem(w) for w in set(tokens(k)) - STOPWORDS - {PAIR}}):
                by_stem.setdefault(s, []).append(i)
    stems, entities = indexed.keyword_facts(facts)
    assert list(stems.items()) == list(by_stem.items()) and stems["drill"] == [0, 0, 3, 3]
    assert list(entities.items()) == [("beta", [0, 1]), ("gamma", [1, 3])]


def test_the_index_keeps_each_quotes_words_as_tokens_reads_them(base: Any) -> None:
    """The build keeps each fact's quote's words (layout's quotes.txt), by position: the
    words `tokens` reads, numbers in words among them; none where no index is on disk,
    or for another number of facts."""
    doc = base[0]
    index = indexed.disk_index(doc)
    kept = indexed.quote_words(index, len(doc.facts))
    assert kept == [" ".join(tokens(f.quote)) for f in doc.facts]
    assert any(not NUMBER_WORDS.isdisjoint(f.quote.lower().split()) for f in doc.facts)
    assert indexed.quote_words(index, len(doc.facts) + 1) is None
    assert indexed.quote_words(None, len(doc.facts)) is None


def respelt_base(folder: Path, quote: str) -> Path:
    """A realistic base of 600 facts whose fifth fact's quote ends in quote, and whose
    300th has the keyword "behaviour"."""
    data, texts = realistic(600)
    data["facts"][4]["quote"] += quote
    data["facts"][299]["keywords"] = [*data["facts"][299].get("keywords", []), "behaviour"]
    return write_realistic(data, texts, folder)


def opened(path: Path, cache: Path) -> Doc:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(cache))
        patch.delenv("DEFCOOP_NO_CACHE", raising=False)
        return base_of(open_index([path]))


@pytest.mark.parametrize("spelt", [" defense behavior programs", " defence behaviour"])
def test_votes_from_the_kept_quotes_words_are_the_same_bytes(tmp_path: Path, spelt: str) -> None:
    """The topics' votes counted from the quotes' words the build kept are those counted
    from the quotes read again, the same bytes as a file keeps them: a keyword first
    said by a quote respelling it ("behavior") the same string as `tokens` gives."""
    import marshal

    from defcoop_cli.curation.drafting.about.topics import topic_votes
    from defcoop_cli.curation.drafting.claims.whole import _packed

    doc = opened(respelt_base(tmp_path / "base", spelt), tmp_path / "cache")
    spaced = indexed.quote_words(indexed.disk_index(doc), len(doc.facts))
    assert spaced is not None and "behaviour" in spaced[4].split()
    read = topic_votes(doc, quotes_later=lambda votes: None)
    quotes, again = {f.quote for f in doc.facts}, []
    with pytest.MonkeyPatch.context() as patch:
        real = words.tokens
        patch.setattr(words, "tokens", lambda t: (t in quotes and again.append(t)) or real(t))
        kept = topic_votes(doc, quotes_later=lambda votes: None, spaced=spaced)
    assert again == [doc.facts[4].quote]  # the one respelling, read again
    assert kept == read and marshal.dumps(_packed(kept)) == marshal.dumps(_packed(read))


def test_a_changed_layer_keeps_its_own_quotes_words(tmp_path: Path) -> None:
    """The quotes' words are kept in the index's folder, built for the layers' content:
    a layer changed is indexed again with its own; a damaged file is not read."""
    path = respelt_base(tmp_path / "base", " first words")
    before = opened(path, tmp_path / "cache")
    index = indexed.disk_index(before)
    assert indexed.quote_words(index, len(before.facts))[4].endswith("first words")  # type: ignore[index]
    index.close()
    path.write_text(path.read_text("utf-8").replace("first words", "second words"), "utf-8")
    after = opened(path, tmp_path / "cache")
    index = indexed.disk_index(after)
    kept = indexed.quote_words(index, len(after.facts))
    assert kept is not None and kept[4].endswith("second words")
    quotes = Path(index.use(lambda disk: disk.folder), "quotes.txt")
    held = quotes.stat()
    quotes.write_bytes(quotes.read_bytes().replace(b"second", b"sickly"))  # its size, its time
    os.utime(quotes, ns=(held.st_atime_ns, held.st_mtime_ns))
    assert indexed.quote_words(index, len(after.facts)) is None
    index.close()
