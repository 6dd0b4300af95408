"""WordNet's tables of a query's words, read line by line: a word's wider neighbourhood
(scripts/build_wider.py), for a query that finds nothing with its own words, and the lemmas
WordNet's endings give a word (its "morphy"), by which the tables are keyed.

GloVe's nearest words (related_vectors.tsv, built by scripts/build_vectors.py), read on the
same retry and keyed the same way: for a word a person may type, the shipped fact base's
words that GloVe's word vectors put near it, with their cosine similarity ("beijing" ->
china 0.84). Precomputed at build time: search reads the table as text and looks one line
up (no parse, no numpy, no model)."""

import os
from functools import lru_cache

from defcoop_cli.factbase.vocab import beside, shipped_text

# WordNet's wider neighbourhoods (scripts/build_wider.py): for a query that finds nothing.
RELATED_WIDER = beside(os.path.dirname(__file__), "related_wider.tsv")  # in search/


@lru_cache(maxsize=1)
def _wider_text() -> str:
    return "\n" + shipped_text(RELATED_WIDER)


# WordNet's rules for finding a word's lemma by detaching its ending (its "morphy"): a
# plural, a verb's -s, -ed and -ing, an adjective's -er and -est.
DETACH = (
    ("ies", "y"), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"),
    ("men", "man"), ("es", "e"), ("es", ""), ("s", ""), ("ed", "e"), ("ed", ""),
    ("ing", "e"), ("ing", ""), ("er", ""), ("est", ""), ("er", "e"), ("est", "e"),
)  # fmt: skip


def lemmas(term: str) -> list[str]:
    """The term and what it is with each of WordNet's endings detached: cities, city."""
    found = [term]
    for ending, base in DETACH:
        if term.endswith(ending) and len(term) > len(ending) + 1:
            found.append(term[: -len(ending)] + base)
    return list(dict.fromkeys(found))


def table_line(text: str, key: str) -> list[tuple[str, str]]:
    """The "word:value" items of key's line in a shipped word table (text: the table after
    a newline; its lines "key<TAB>word:value word:value…"), found without parsing it."""
    start = text.find("\n" + key + "\t")
    if start < 0:
        return []
    start += len(key) + 2
    end = text.find("\n", start)
    line = text[start : end if end >= 0 else None]
    return [(word, value) for word, _, value in (i.rpartition(":") for i in line.split())]


def _wider_line(lemma: str) -> dict[str, str]:
    return dict(table_line(_wider_text(), lemma))


@lru_cache(maxsize=1024)
def wider_words(term: str) -> dict[str, str]:
    """The fact base's words in the neighbourhood WordNet gives the term (its lemma, by
    WordNet's endings), each with how they are linked: s (the same sense), n (a
    narrower one), i (an instance): city finds newdelhi (i)."""
    found: dict[str, str] = {}
    for lemma in reversed(lemmas(term)):  # the term's own entry last: it wins
        found.update(_wider_line(lemma))
    return found


# GloVe's nearest words (scripts/build_vectors.py): on the same retry as the wider words.
RELATED_VECTORS = beside(os.path.dirname(__file__), "related_vectors.tsv")  # in search/


@lru_cache(maxsize=1)
def _vectors_text() -> str:
    return "\n" + shipped_text(RELATED_VECTORS)


@lru_cache(maxsize=1024)
def vector_words(term: str) -> dict[str, float]:
    """The fact base's words near the term in GloVe, each with its similarity (0.6-1): the
    term's own line, and those of its lemmas (lemmas: floods, flood), as WordNet's
    table is read; a word on both keeps the term's own similarity. The table holds a fact
    word's nearest words, among which a plural is often missing where its singular is."""
    found: dict[str, float] = {}
    for lemma in reversed(lemmas(term)):  # the term's own line last: it wins
        found.update((w, float(s)) for w, s in table_line(_vectors_text(), lemma))
    return found
