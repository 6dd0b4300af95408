"""Claims across sources: for a drafted fact, the existing fact (any layer) that makes the
same claim, and a conflict when it gives a person another office than the fact base does.

- **Same claim.** Each existing fact is read as a bag of meanings: the stems of its
  statement's, quote's and keywords' content words, each synonym group one meaning
  (lookup.search.text's groups: "talks" and "meeting" are one). A candidate's bag is matched
  against each by weighted overlap (rarer meanings weigh more: their inverse document
  frequency), plus the entities they share, the same stance and the same parties. The best
  above CLAIM_THRESHOLD is proposed as `claim_of`, with its evidence (its source, its quote,
  the meanings shared and the score).
- **Office conflicts.** An office named next to a person ("Japanese Defence Minister Gen
  Nakatani", "Nakatani … as defence minister") is compared with the person's roles in the
  fact base; an office that differs from one of them is proposed as `conflict`, with both
  sides. Nationality words do not count ("Japanese Defence Minister" is "Defence
  Minister"), and "Raksha Mantri" is the Defence Minister.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from typing import Any

from defcoop_cli.factbase.records import Doc, Entity
from defcoop_cli.factbase.vocab import THE_SOURCE

# The score a proposed claim needs: its meanings' weighted overlap (0-1) plus 0.25 x the
# share of entities in common, 0.1 for the same stance and 0.1 for the same parties.
CLAIM_THRESHOLD = 0.42
PAIRS = {"both ministers": ("person",), "both countries": ("country",)}


class ClaimFinder:
    """The fact base's facts, ready to be matched with drafted ones."""

    def __init__(self, doc: Doc, find: Any) -> None:
        self.facts = list(doc.facts)
        self.find = find  # text -> [(entity id, start, end)]
        self.types = {e.id: e.type for e in doc.entities}
        self.bags = [_bag(f"{f.statement} {f.quote} {' '.join(f.keywords)}") for f in self.facts]
        df = Counter(m for bag in self.bags for m in bag)
        n = len(self.facts)
        self.idf = {m: math.log((1 + n) / c) for m, c in df.items()}
        self.default_idf = math.log(1 + n)
        self.parties = [self._parties(f.attribution, f.entities) for f in self.facts]

    def _parties(self, attribution: str, entities: Sequence[str]) -> frozenset[str]:
        if attribution in PAIRS:  # the named people (or countries) of the fact
            kind = PAIRS[attribution][0]
            return frozenset(e for e in entities if self.types.get(e) == kind)
        if attribution == THE_SOURCE:
            return frozenset({THE_SOURCE})
        return frozenset(eid for eid, _, _ in self.find(attribution)) or frozenset(
            {attribution.casefold()}
        )

    def claim(
        self, quote: str, entities: Sequence[str], attribution: str, stance: str
    ) -> dict[str, Any] | None:
        """The existing fact making the same claim, with the evidence; None if none does."""
        bag = _bag(quote)
        if not bag:
            return None
        parties = self._parties(attribution, entities)
        mine = set(entities)
        best: tuple[float, int, set[str]] | None = None
        for i, fact in enumerate(self.facts):
            shared = bag & self.bags[i]
            if not shared:
                continue
            common = sum(self._weight(m) for m in shared)
            score = 0.5 * common / sum(self._weight(m) for m in bag | self.bags[i])
            score += 0.5 * common / sum(self._weight(m) for m in bag)  # how much of it
            union = mine | set(fact.entities)
            score += 0.25 * (len(mine & set(fact.entities)) / len(union) if union else 0)
            score += 0.1 * (fact.stance == stance) + 0.1 * (self.parties[i] == parties)
            if best is None or score > best[0]:
                best = (score, i, shared)
        if best is None or best[0] < CLAIM_THRESHOLD:
            return None
        score, i, shared = best
        fact = self.facts[i]
        return {
            "fact": fact.id,
            "source": fact.source,
            "quote": fact.quote,
            "shared": sorted(shared),
            "score": round(score, 2),
        }

    def _weight(self, meaning: str) -> float:
        return self.idf.get(meaning, self.default_idf)


def _bag(text: str) -> set[str]:
    """The meanings of a text's content words: stems, a synonym group one meaning."""
    from defcoop_cli.lookup.search.text import STOPWORDS, stem, synonyms, tokens

    out = set()
    for word in tokens(text):
        if len(word) < 3 or word in STOPWORDS or word in _MUTE or word.isdigit():
            continue
        out.add(min([stem(word), *(stem(w) for w in synonyms(word))]))
    return out


# Words of a statement's framing ("The article says …"), not of its claim.
_MUTE = frozenset(
    ["article", "articles", "says", "say", "said", "describes", "described", "gives", "report"]
)


# An office: a minister's, an adviser's, and the Hindi title of India's Defence Minister.
_OFFICE = re.compile(
    r"(?:(?:former|deputy|state) )?"
    r"(?:(?:defen[cs]e|foreign|prime|home|finance|external affairs) minister"
    r"|minister (?:of|for) [a-z]+(?: [a-z]+)?|special advis[eo]r(?: for [a-z]+(?: [a-z]+)?)?"
    r"|raksha mantri|defen[cs]e portfolio)",
    re.I,
)
_NATIONAL = re.compile(r"\b(?:indian|japanese|(?:india|japan)(?:['’]s)?)(?!\w)\s*")
_SAME = {"raksha mantri": "defence minister", "defence portfolio": "defence minister"}


def office(text: str) -> str:
    """An office's core: lower-case, without nationality words, one spelling."""
    core = _NATIONAL.sub("", text.casefold().replace("defense", "defence")).strip()
    return _SAME.get(core, core)


def office_conflicts(
    quote: str, people: dict[str, Entity], found: Sequence[tuple[str, int, int]]
) -> list[dict[str, Any]]:
    """Each person the quote gives an office that differs from one of their roles in the
    fact base: the person, this office, and the roles it differs from (with their facts)."""
    mentions = [(eid, a, b) for eid, a, b in found if eid in people]
    out: dict[str, dict[str, Any]] = {}
    for m in _OFFICE.finditer(quote):
        if not mentions:
            break
        eid = min(mentions, key=lambda x: min(abs(x[1] - m.end()), abs(m.start() - x[2])))[0]
        said = office(m.group())
        others = [
            {"text": r.text, "fact": r.fact}
            for r in people[eid].roles
            if r.fact and office(r.text) != said
        ]
        if others and eid not in out:
            out[eid] = {"entity": eid, "field": "office", "this": m.group(), "others": others}
    return list(out.values())
