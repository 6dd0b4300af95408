"""GloVe's nearest words: lookup/search/related_vectors.tsv, built by scripts/build_vectors.py.

For a word a person may type, the shipped fact base's words that GloVe's word vectors put
near it, with their cosine similarity ("beijing" -> china 0.84). Precomputed at build time:
search reads the table as text, only for a query that finds nothing with its own words,
and looks one line up (no parse, no numpy, no model).
"""

from __future__ import annotations

from functools import lru_cache

from defcoop_cli.factbase.vocab import beside, shipped_text
from defcoop_cli.lookup.search.reading.wider import lemmas, table_line

RELATED_VECTORS = beside(__file__, "related_vectors.tsv")


@lru_cache(maxsize=1)
def _text() -> str:
    return "\n" + shipped_text(RELATED_VECTORS)


@lru_cache(maxsize=1024)
def vector_words(term: str) -> dict[str, float]:
    """The fact base's words near the term in GloVe, each with its similarity (0.6-1): the
    term's own line, and those of its lemmas (wider.lemmas: floods, flood), as WordNet's
    table is read; a word on both keeps the term's own similarity. The table holds a fact
    word's nearest words, among which a plural is often missing where its singular is."""
    found: dict[str, float] = {}
    for lemma in reversed(lemmas(term)):  # the term's own line last: it wins
        found.update((w, float(s)) for w, s in table_line(_text(), lemma))
    return found
