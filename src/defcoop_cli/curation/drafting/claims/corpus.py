"""The fact base as a corpus: each existing claim's words, in every wording it has.

A fact's bag holds the stems of its quote, its statement (without its framing), its
keywords and the quotes of the facts that share its claim (its claim-mates in any layer:
a claim's wording in every report that has joined it counts). Each stem weighs its rarity
among the bags (inverse document frequency) and its count in a bag dampened (1 + log n).
A sentence is compared with a bag by the cosine of the two: no word table, no synonym, so
what it measures carries from one kind of report to another.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

from defcoop_cli.curation.drafting.claims.readings import FRAMING, MUTE
from defcoop_cli.factbase.records import Fact


class WordBags:
    """The weighted stems of each fact's claim, ready to be compared with a sentence's."""

    def __init__(self, facts: Sequence[Fact], everyone: Sequence[Fact]) -> None:
        # everyone: every fact of the base (offices included), for the claim-mates' quotes
        claim_of = {f.id: f.claim for f in everyone if f.claim}
        mates: dict[str, list[str]] = {}
        for f in everyone:
            mates.setdefault(_claim_end(f.id, claim_of), []).append(f.quote)
        bags = []
        for f in facts:
            own = [f.quote, FRAMING.sub("", f.statement), *f.keywords]
            others = [q for q in mates.get(_claim_end(f.id, claim_of), []) if q != f.quote]
            bags.append(Counter(stems(" ; ".join([*own, *others]))))
        df = Counter(stem for bag in bags for stem in bag)
        n = len(bags)
        self.idf = {stem: math.log((1 + n) / (k + 0.5)) for stem, k in df.items()}
        self.unseen = math.log((1 + n) / 0.5)
        self.vectors = [self.vector(bag) for bag in bags]

    def vector(self, bag: Counter[str]) -> dict[str, float]:
        """A bag's weights, of unit length."""
        weights = {s: (1 + math.log(k)) * self.idf.get(s, self.unseen) for s, k in bag.items()}
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        return {s: w / norm for s, w in weights.items()}

    def of(self, text: str) -> dict[str, float]:
        """A text's weights, of unit length."""
        return self.vector(Counter(stems(text)))

    def similarity(self, mine: dict[str, float], i: int) -> float:
        """The cosine of a text's weights (`of`) with the i-th fact's."""
        theirs = self.vectors[i]
        return sum(w * theirs.get(s, 0.0) for s, w in mine.items())


def stems(text: str) -> list[str]:
    """A text's content words, stemmed (the search index's tokens, stopwords, numbers and
    the report's frame left out)."""
    from defcoop_cli.lookup.search.text import STOPWORDS, stem, tokens

    return [
        stem(w)
        for w in tokens(text)
        if len(w) > 2 and w not in STOPWORDS and not w.isdigit() and w not in MUTE
    ]


def _claim_end(fact_id: str, claim_of: dict[str, str]) -> str:
    """The claim a fact makes: the end of its claim links."""
    seen = {fact_id}
    while claim_of.get(fact_id, fact_id) not in seen:
        fact_id = claim_of[fact_id]
        seen.add(fact_id)
    return fact_id
