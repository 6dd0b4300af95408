"""How the claim finder reads a text (drafting.claims' texts): what it says meaning by meaning
(each entity it names one meaning, each content word another, with its readings: `readings`),
each meaning weighed by its rarity in the fact base, and whose it is: a fact's parties, their
countries and the relations it is about (`finder.ClaimFinder` reads with them)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from defcoop_cli.curation.drafting.claims.glosses import classed, classes, glossed
from defcoop_cli.curation.drafting.claims.kept import KeptReadings
from defcoop_cli.curation.drafting.claims.readings import Meant, said_by, word_units
from defcoop_cli.curation.drafting.conflicts.office_phrases import office_spans, without_offices
from defcoop_cli.curation.drafting.conflicts.person_names import PersonNames
from defcoop_cli.factbase.records import Fact
from defcoop_cli.factbase.vocab import THE_SOURCE

PAIRS = {"both ministers": ("person",), "both countries": ("country",)}


class TextReader:
    """A claim finder's reading of texts and parties (the tables it reads with: `ClaimFinder`
    sets them up)."""

    kept: KeptReadings | None
    read: dict[str, list[tuple[str, ...]]]
    found: Any
    names: PersonNames
    types: dict[str, str]
    meant: Meant
    countries: dict[str, frozenset[str]]
    nationals: dict[str, str]
    wordings: list[Any]
    idf: dict[str, float]
    default_idf: float

    def scopes_of(self, facts: Sequence[Fact]) -> list[frozenset[str]]:
        """The relations each fact is about (`_scope`); a fact naming no country is about
        the countries its source's facts mostly name. Each list of entities is read once
        (a big base's facts share few: some 0.2 s of a first draft at 100,000 facts), the
        sources' countries counted by hand, in the order a Counter would count them."""
        of_entities: dict[tuple[str, ...], frozenset[str]] = {}
        scopes = []
        named: dict[str, dict[str, int]] = {}
        for f in facts:
            entities = tuple(f.entities)
            scope = of_entities.get(entities)
            if scope is None:
                scope = of_entities[entities] = self._scope(entities)
            scopes.append(scope)
            n = named.get(f.source)
            if n is None:
                n = named[f.source] = {"*": 0}
            n["*"] += 1
            for c in scope:
                n[c] = n.get(c, 0) + 1
        usual = {
            source: frozenset(c for c, k in n.items() if c != "*" and 2 * k >= n["*"])
            for source, n in named.items()
        }
        return [s or usual[f.source] for f, s in zip(facts, scopes, strict=True)]

    def parties_of(self, attribution: str, entities: Sequence[str]) -> frozenset[str]:
        """The parties of a fact: its attribution's entities (or its named people, or
        countries, for "both ministers", "both countries"); a name the fact base does not
        know as written; THE_SOURCE for the article's own voice."""
        if attribution in PAIRS:  # the named people (or countries) of the fact
            kind = PAIRS[attribution][0]
            return frozenset(e for e in entities if self.types.get(e) == kind)
        if attribution == THE_SOURCE:
            return frozenset({THE_SOURCE})
        out: set[str] = set()  # each of "X and Y": an entity, or a new name as written
        for part in re.split(r",? and |, ", attribution):
            # a new name as written; an unnamed party ("officials on both sides") lower case
            new = part if part[:1].isupper() else part.casefold()
            out |= {eid for eid, _, _ in self.find(part)} or {new}
        return frozenset(out)

    def find(self, text: str) -> list[tuple[str, int, int]]:
        """The entities a text names (and people named in another order or case)."""
        return self.names.add_to(text, self.found(text))

    def _said(self, units: Sequence[tuple[str, ...]], senses: frozenset[str]) -> float:
        """How much of some meanings (by weight) senses say."""
        return self._share([u for u in units if said_by(u, senses)]) / (self._share(units) or 1)

    def _told(self, i: int, said: frozenset[str]) -> list[float]:
        """How much of the i-th fact the sentence says, in each of the fact's wordings."""
        return [self._said(w, said) for w in self.wordings[i] if w]

    def _share(self, units: Sequence[tuple[str, ...]]) -> float:
        """The weight of some meanings: each its rarity in the fact base (its IDF)."""
        return sum(self.idf.get(u[0], self.default_idf) for u in units)

    def _units(self, text: str) -> list[tuple[str, ...]]:
        """What a text says, meaning by meaning: each entity it names as one ("Indian Defence
        Minister" is Rajnath Singh) and each content word with its related words' meanings."""
        if text in self.read:  # a sentence's texts, read again by each of its passes
            return self.read[text]
        out = self.kept.word_units(text, self._read_units) if self.kept else self._read_units(text)
        self.read[text] = out
        if len(self.read) > 8:  # the last few only
            self.read = {text: out}
        return out

    def _read_units(self, text: str) -> list[tuple[str, ...]]:
        """`_units`' reading of a text, not kept."""
        kept, at, named = [], 0, []
        offices = office_spans(text)
        for eid, a, b in self.find(text):
            if self.types.get(eid) == "country" and any(x <= a and b <= y for x, y in offices):
                continue  # "India's Defence Minister": whose office, not what is said
            kept.append(text[at:a])
            at = max(at, b)
            named.append((f"@{eid}", *sorted(self.meant.get(eid, ()))))
        kept.append(text[at:])
        said = glossed(classed(without_offices(" ; ".join(kept))))
        units = word_units(said, self.nationals)
        if named:  # a class its verb names, read with the names in ("keen to see Japanese firms")
            known = {u[0] for u in units}
            whole = word_units(" ".join(classes(without_offices(text))), self.nationals)
            units += [u for u in whole if u[0] not in known]
        return list(dict.fromkeys([*units, *named]))

    def _agree(self, mine: frozenset[str], theirs: frozenset[str]) -> bool:
        """Whether two facts' parties can make one claim: the same; the article's voice and a
        party (scored lower); or, both parties' countries known, one's within the other's."""
        if mine == theirs:
            return True
        if THE_SOURCE in mine or THE_SOURCE in theirs:  # scored lower, not ruled out
            return True
        if any(p[:1].isupper() for p in mine | theirs):  # a name the fact base does not know
            return False
        a, b = self._nations(mine), self._nations(theirs)
        return a is not None and b is not None and (a <= b or b <= a)

    def _scope(self, entities: Sequence[str]) -> frozenset[str]:
        """The countries a fact's entities belong to: the relations it is about."""
        return frozenset(n for e in entities for n in self.countries.get(e, ()))

    def _nations(self, parties: frozenset[str]) -> frozenset[str] | None:
        """The countries parties belong to; None when one of them is not known."""
        out: set[str] = set()
        for p in parties:
            nations = self.countries.get(p)
            if not nations:
                return None
            out |= nations
        return frozenset(out)
