"""Would the claim finder draft as well with IDF read from the search index? (issue 26)
python benchmarks/draft_idf.py [--compare] [--only entities|words] [--whole] [--names]
                               [draft_quality.py's options]

A first draft over a big fact base reads every fact because the claim finder weighs each
meaning by its rarity, `idf = log((1 + n) / df)`, where df counts every fact whose quote or
statement reads as the meaning (`ClaimFinder.__init__`). The design proposed to spare that
pass: take df from what the search index already holds, so that a draft reads only its
candidates. The index holds no meanings, only terms: the tokens of each fact's statement
and quote fields (`fields.statement_text`, `quote_text`: the framing left out, nothing
else read) and each fact's entities (the facet `entity:<id>`). Read from it, a meaning's
df is the number of facts holding, in either field, any term whose own reading is that
meaning (`readings.word_units` of the one word: its synonym group's stem; a nation's
word, "Indian", is the country's), and an entity's df its facet's document frequency;
n the facts the finder reads (the people's offices left out, as it leaves them: their ids
are the entities' roles), or, with --whole, the index's size. That is what tantivy's
searcher counts (`doc_freq`, or a query's count over the terms); this counts the same over
the same tokens in Python, so that the report sets, drafted in process over bases of their
own, can be drafted with it. With --names, an entity's df is instead the facts whose
statement or quote holds one of its names (its content words in order: a phrase query's
count over the fields' positions), closer to what the finder counts (the entities its
texts name, not those a fact is about).

This runs draft_quality.py (with the options given) with every `ClaimFinder`'s IDF so
read (with --only, the entities' or the words' alone: which of the two moves the drafts):
compare its output with draft_quality.py's own (`sumsets.py`, `alldiff.py`). With
--compare, for the shipped base, how far the two IDFs differ, meaning by meaning.
"""

from __future__ import annotations

import math
import runpy
import statistics
import sys
from collections import Counter
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from defcoop_cli.curation.drafting.claims import finder
from defcoop_cli.curation.drafting.claims.readings import word_units
from defcoop_cli.factbase.records import Doc, Fact
from defcoop_cli.lookup.search.fields import quote_text, statement_text
from defcoop_cli.lookup.search.words import STOPWORDS, tokens

HERE = Path(__file__).resolve().parent
Names = dict[str, list[tuple[str, ...]]]  # "@entity" -> its names' content words


@cache
def meaning(term: str, nationals: tuple[tuple[str, str], ...]) -> str | None:
    """The drafter's own reading of one index term (None: no content word)."""
    units = word_units(term, dict(nationals))
    return units[0][0] if units else None


def index_idf(
    facts: Sequence[Fact], nationals: dict[str, str], names: Names | None = None
) -> tuple[dict[str, float], float]:
    """Each meaning's IDF, and the default, as the search index's frequencies of facts give
    them; an entity's by its facet, or (names given) by the facts whose fields hold one of
    its names (a phrase query's count: its content words in order)."""
    spelled = tuple(sorted(nationals.items()))
    df: Counter[str] = Counter()
    for f in facts:
        terms = statement_text(f.statement, tokens(f.statement)).split()
        terms += quote_text(tokens(f.quote)).split()
        held = {meaning(t, spelled) for t in set(terms)}
        if names is None:
            held |= {f"@{e}" for e in f.entities}
        else:
            said = [_content(f.statement), _content(f.quote)]
            held |= {
                e for e, forms in names.items() if any(_holds(w, n) for w in said for n in forms)
            }
        df.update(held - {None})
    n = len(facts)
    return {m: math.log((1 + n) / c) for m, c in df.items()}, math.log(1 + n)


def names_of(doc: Doc) -> Names:
    """Each entity's names (its name and aliases), as the content words a phrase matches."""
    return {f"@{e.id}": [n for n in map(_content, (e.name, *e.aliases)) if n] for e in doc.entities}


def _content(text: str) -> tuple[str, ...]:
    return tuple(w for w in tokens(text) if w not in STOPWORDS)


def _holds(words: tuple[str, ...], name: tuple[str, ...]) -> bool:
    k = len(name)
    return any(words[i : i + k] == name for i in range(len(words) - k + 1))


def patch(only: str | None, whole: bool, named: bool) -> None:
    """Every ClaimFinder made from now on weighs by the index's IDF: of every meaning, or
    (only) of the entities' ("@…") or the words' alone, the rest as exact as before; over
    the finder's facts (not the people's offices: their ids are the entities' roles), or
    (whole) over every fact of the index."""
    made = finder.ClaimFinder.__init__

    def init(self: finder.ClaimFinder, doc: Doc, *args: object, **kwargs: object) -> None:
        made(self, doc, *args, **kwargs)  # type: ignore[arg-type]
        names = names_of(doc) if named else None
        read, default = index_idf(doc.facts if whole else self.facts, self.nationals, names)
        if only is None:
            self.idf, self.default_idf = read, default
            return
        entity = only == "entities"
        exact = {m: v for m, v in self.idf.items() if m.startswith("@") != entity}
        self.idf = {**{m: v for m, v in read.items() if m.startswith("@") == entity}, **exact}

    finder.ClaimFinder.__init__ = init  # type: ignore[method-assign]


def compare() -> None:
    """The two IDFs of the shipped base's meanings, side by side."""
    from defcoop_cli.curation.drafting.entities import EntityMatcher
    from defcoop_cli.factbase.loader import default_factbase_path, load

    doc = load(default_factbase_path()).doc
    exact = finder.ClaimFinder(doc, EntityMatcher(doc.entities).find)
    names = names_of(doc) if "--names" in sys.argv else None
    facts = doc.facts if "--whole" in sys.argv else exact.facts
    read, _ = index_idf(facts, exact.nationals, names)
    both = sorted(set(exact.idf) & set(read))
    gaps = [abs(exact.idf[m] - read[m]) for m in both]
    n, big = len(exact.facts), len(doc.facts if "--whole" in sys.argv else exact.facts)

    def count(idf: float, size: int) -> int:
        return round((1 + size) / math.exp(idf))

    same = sum(count(exact.idf[m], n) == count(read[m], big) for m in both)
    more = sum(count(exact.idf[m], n) < count(read[m], big) for m in both)
    print(f"facts: the finder's {n}, the index's {big}")
    print(f"meanings: exact {len(exact.idf)}, index {len(read)}, both {len(both)}")
    print(f"IDF |gap| median {statistics.median(gaps):.3f}, max {max(gaps):.3f}")
    print(f"df the same {same}, more facts in the index {more}, fewer {len(both) - same - more}")


if __name__ == "__main__":
    if "--compare" in sys.argv:
        compare()
        raise SystemExit
    only = sys.argv[sys.argv.index("--only") + 1] if "--only" in sys.argv else None
    patch(only, "--whole" in sys.argv, "--names" in sys.argv)
    runpy.run_path(str(HERE / "draft_quality.py"), run_name="__main__")
