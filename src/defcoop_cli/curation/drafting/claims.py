"""Claims across sources: for a drafted fact, the existing fact (any layer) that makes the
same claim, and a conflict when it gives a person another office than the fact base does.

- **Same claim.** Each existing fact is read as a bag of meanings: the stems of its
  statement's, quote's and keywords' content words, each synonym group one meaning
  (lookup.search.text's groups: "talks" and "meeting" are one), each entity it names one meaning
  (not its words: "Indian Defence Minister" is Rajnath Singh). A candidate's bag is
  matched against each by weighted overlap (rarer meanings weigh more: their inverse
  document frequency), plus the entities they share, the same stance and the same parties
  (by their countries: "both ministers" are India and Japan). A list's fact is read with
  its items ("cooperation in cyber, AI and space" is the list's claim, not its AI item's).
  Only facts whose parties agree are candidates: parties whose countries one of them holds
  all of (Nakatani, Japan's, within "India and Japan"; not "Japan and Australia"; a new
  name only with itself); the article's own voice against a party's is scored
  VOICE_PENALTY lower. A person's office, which conflicts compare, is no claim; thanks,
  praise, welcome and hope are claims only of facts that thank, praise, welcome or hope
  (`verbs.speech_act`). The best above CLAIM_THRESHOLD is proposed as `claim_of`, with its
  evidence (its source, its quote, the meanings shared and the score).
- **Value conflicts.** A drafted fact making the same claim as an existing one (its
  `claim_of`, or the best candidate within NEAR of the threshold whose parties are the same
  and that shares at least two of its words) but giving another date, place or number is
  proposed as `conflict` with both sides (`value_conflicts`). Only values of one kind are
  compared, each side naming exactly one: a day ("6 May" against "5 May"; years only when
  both give one), a place after "in" or "at" (a capital against a capital, a country
  against a country: places.tsv's, with the fact base's aliases of them), a whole
  number before the same noun ("26 people" against "28 people"). Values that agree, or a
  side without one, give none.
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
from typing import Any, NamedTuple

from defcoop_cli.curation.drafting.verbs import speech_act
from defcoop_cli.factbase.records import Doc, Entity, Fact
from defcoop_cli.factbase.vocab import THE_SOURCE

# The score a proposed claim needs: its meanings' weighted overlap (0-1) plus 0.25 x the
# share of entities in common, 0.1 for the same stance and 0.1 for the same parties, less
# VOICE_PENALTY when one is the article's own voice and the other a party's. Both set on
# the four tuned-on reports (benchmarks/RESULTS.md), and checked on the held-out two.
CLAIM_THRESHOLD = 0.36
VOICE_PENALTY = 0.1
NEAR = 0.1  # how far under the threshold a candidate may give a value conflict
PAIRS = {"both ministers": ("person",), "both countries": ("country",)}


class ClaimFinder:
    """The fact base's facts, ready to be matched with drafted ones."""

    def __init__(self, doc: Doc, find: Any) -> None:
        # a person's office is no claim: conflicts compare offices
        offices = {r.fact for e in doc.entities if e.type == "person" for r in e.roles}
        self.facts = [f for f in doc.facts if f.id not in offices]
        self.find = find  # text -> [(entity id, start, end)]
        self.types = {e.id: e.type for e in doc.entities}
        self.countries = _countries_of(doc)
        self.bags = [
            self._meaning(f"{f.statement} {f.quote} {' '.join(f.keywords)}") for f in self.facts
        ]
        self.acts = [speech_act(f"{f.statement} {f.quote}") for f in self.facts]
        index = {f.id: i for i, f in enumerate(self.facts)}
        for f in self.facts:  # a list's fact reads with its items
            if f.part_of in index:
                self.bags[index[f.part_of]] = self.bags[index[f.part_of]] | self.bags[index[f.id]]
        df = Counter(m for bag in self.bags for m in bag)
        n = len(self.facts)
        self.idf = {m: math.log((1 + n) / c) for m, c in df.items()}
        self.default_idf = math.log(1 + n)
        self.parties = [self._parties(f.attribution, f.entities) for f in self.facts]
        self.nations = [self._nations(p) for p in self.parties]
        self.places = _places(doc)  # a place's name -> (kind, which place)
        names = "|".join(re.escape(n) for n in sorted(self.places, key=len, reverse=True))
        self.at_place = re.compile(rf"\b(?:in|at) (?:the )?({names})\b")

    def value_conflicts(self, quote: str, same: Fact) -> list[dict[str, Any]]:
        """The dates, places and numbers the quote gives otherwise than `same` does."""
        out = []
        for field, mine, theirs in (
            ("date", _days(quote), _days(same.quote)),
            ("place", self._places_in(quote), self._places_in(same.quote)),
            ("number", _numbers(quote), _numbers(same.quote)),
        ):
            for key in mine.keys() & theirs.keys():
                (said, written), (other, text) = mine[key], theirs[key]
                if said != other:
                    others = [{"fact": same.id, "text": text}]
                    out.append({"field": field, "this": written, "others": others})
        return out

    def _places_in(self, text: str) -> dict[str, tuple[Any, str]]:
        """The one place of each kind a text names after "in" or "at" (none when several)."""
        found: dict[str, set[tuple[str, str]]] = {}
        for m in self.at_place.finditer(text):
            kind, which = self.places[m.group(1)]
            found.setdefault(kind, set()).add((which, m.group(1)))
        return _single(found)

    def _parties(self, attribution: str, entities: Sequence[str]) -> frozenset[str]:
        if attribution in PAIRS:  # the named people (or countries) of the fact
            kind = PAIRS[attribution][0]
            return frozenset(e for e in entities if self.types.get(e) == kind)
        if attribution == THE_SOURCE:
            return frozenset({THE_SOURCE})
        out: set[str] = set()  # each of "X and Y": an entity, or a new name as written
        for part in re.split(r",? and |, ", attribution):
            out |= {eid for eid, _, _ in self.find(part)} or {part.casefold()}
        return frozenset(out)

    def claim(
        self, quote: str, entities: Sequence[str], attribution: str, stance: str
    ) -> dict[str, Any] | None:
        """The existing fact making the same claim, with the evidence; None if none does."""
        return self.match(quote, entities, attribution, stance).claim

    def match(self, quote: str, entities: Sequence[str], attribution: str, stance: str) -> Match:
        """The claim (as `claim` gives it) and the existing fact whose values a conflict
        compares: the claim's, or a candidate within NEAR of the threshold with the same
        parties and two words in common."""
        bag = self._meaning(quote)
        if not bag:
            return Match(None, None)
        act = speech_act(quote)
        parties = self._parties(attribution, entities)
        nations = self._nations(parties) if THE_SOURCE not in parties else None
        mine = set(entities)
        best: tuple[float, int, set[str]] | None = None
        for i, fact in enumerate(self.facts):
            shared = bag & self.bags[i]
            if not shared or not self._agree(parties, self.parties[i]) or act != self.acts[i]:
                continue
            common = sum(self._weight(m) for m in shared)
            score = 0.5 * common / sum(self._weight(m) for m in bag | self.bags[i])
            score += 0.5 * common / sum(self._weight(m) for m in bag)  # how much of it
            union = mine | set(fact.entities)
            score += 0.25 * (len(mine & set(fact.entities)) / len(union) if union else 0)
            same = self.parties[i] == parties or self.nations[i] == nations
            score += 0.1 * (fact.stance == stance) + 0.1 * (same and nations is not None)
            score -= VOICE_PENALTY * ((THE_SOURCE in parties) != (THE_SOURCE in self.parties[i]))
            if best is None or score > best[0]:
                best = (score, i, shared)
        if best is None or best[0] < CLAIM_THRESHOLD - NEAR:
            return Match(None, None)
        score, i, shared = best
        fact = self.facts[i]
        if score < CLAIM_THRESHOLD:
            words = [m for m in shared if not m.startswith("@")]
            near = self.parties[i] == parties and len(words) >= 2
            return Match(None, fact if near else None)
        evidence = {
            "fact": fact.id,
            "source": fact.source,
            "quote": fact.quote,
            "shared": sorted(shared),
            "score": round(score, 2),
        }
        return Match(evidence, fact)

    def _meaning(self, text: str) -> set[str]:
        """What a text says: its content words' meanings, the entities it names as one
        meaning each (not as their words: "Indian Defence Minister" is Rajnath Singh)."""
        kept, at, named = [], 0, set()
        for eid, a, b in self.find(text):
            kept.append(text[at:a])
            at = max(at, b)
            named.add(f"@{eid}")
        kept.append(text[at:])
        return _bag(" ".join(kept)) | named

    def _agree(self, mine: frozenset[str], theirs: frozenset[str]) -> bool:
        """Whether two facts' parties can make one claim: the same; the article's voice and
        a party (scored lower); or, both parties' countries known, the countries of one
        within the other's."""
        if mine == theirs:
            return True
        if THE_SOURCE in mine or THE_SOURCE in theirs:  # scored lower, not ruled out
            return True
        a, b = self._nations(mine), self._nations(theirs)
        return a is not None and b is not None and (a <= b or b <= a)

    def _nations(self, parties: frozenset[str]) -> frozenset[str] | None:
        """The countries parties belong to; None when one of them is not known."""
        out: set[str] = set()
        for p in parties:
            nations = self.countries.get(p)
            if not nations:
                return None
            out |= nations
        return frozenset(out)

    def _weight(self, meaning: str) -> float:
        return self.idf.get(meaning, self.default_idf)


class Match(NamedTuple):
    """A drafted fact's claim (its evidence), and the existing fact a conflict compares."""

    claim: dict[str, Any] | None
    same: Fact | None


def _places(doc: Doc) -> dict[str, tuple[str, str]]:
    """The countries and capitals of places.tsv, by their names and (when the fact base
    has them) its aliases: each one's kind ("country" or "capital") and which it is. A
    region or town is not compared (a town lies in a region: no conflict)."""
    from defcoop_cli.curation.drafting.entities import gazetteer

    g = gazetteer()
    kinds = {**{c: "country" for c in g.countries}, **{c: "capital" for c in g.capitals}}
    out = {name: (kind, name.casefold()) for name, kind in kinds.items()}
    for e in doc.entities:
        if e.type in ("country", "place") and e.name in kinds:
            for name in e.aliases:
                out.setdefault(name, out[e.name])
    return out


def _single(found: dict[str, set[tuple[Any, str]]]) -> dict[str, tuple[Any, str]]:
    """Of each key's values (a value, as written), the one value when there is one."""
    out = {}
    for key, values in found.items():
        if len({v for v, _ in values}) == 1:
            out[key] = min(values, key=lambda v: v[1])
    return out


def _days(text: str) -> dict[str, tuple[Any, str]]:
    """The one day a text names, and its one year when it gives one."""
    from defcoop_cli.curation.drafting.datelines import dates

    found: dict[str, set[tuple[Any, str]]] = {}
    for written, month, day, year in dates(text):
        found.setdefault("day", set()).add(((month, day), written))
        if year is not None:
            found.setdefault("year", set()).add((year, written))
    return _single(found)


_COUNT = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_NUMBER = re.compile(rf"(?<![\w.,$-])(\d{{1,3}}(?:,\d{{3}})+|\d+|{_COUNT})\s+([A-Za-z]+)\b", re.I)


def _numbers(text: str) -> dict[str, tuple[Any, str]]:
    """The one whole number a text gives before each noun ("26 people"), by the noun's
    stem; days and years are not numbers here."""
    from defcoop_cli.curation.drafting.datelines import MONTHS, dates
    from defcoop_cli.lookup.search.text import STOPWORDS, stem

    for written, *_ in dates(text):
        text = text.replace(written, " ; ")
    words = _COUNT.split("|")
    found: dict[str, set[tuple[Any, str]]] = {}
    for m in _NUMBER.finditer(text):
        number, noun = m.group(1).casefold(), m.group(2).casefold()
        if noun in STOPWORDS or noun in MONTHS or re.fullmatch(r"1[89]\d\d|20\d\d", number):
            continue
        value = words.index(number) + 2 if number in words else int(number.replace(",", ""))
        found.setdefault(stem(noun), set()).add((value, m.group()))
    return _single(found)


def _countries_of(doc: Doc) -> dict[str, frozenset[str]]:
    """Each entity's countries: a country its own; another entity's, the countries its
    name, aliases and roles name ("Japanese delegation", "India's Defence Minister")."""
    from defcoop_cli.curation.drafting.entities import EntityMatcher

    nations = EntityMatcher(e for e in doc.entities if e.type == "country")
    out = {}
    for e in doc.entities:
        if e.type == "country":
            out[e.id] = frozenset({e.id})
            continue
        words = " ; ".join([e.name, *e.aliases, *(r.text for r in e.roles)])
        named = set(nations.ids(words))
        if named:
            out[e.id] = frozenset(named)
    return out


def _bag(text: str) -> set[str]:
    """The meanings of a text's content words: stems, a synonym group one meaning."""
    from defcoop_cli.lookup.search.text import STOPWORDS, stem, synonyms, tokens

    out = set()
    for word in tokens(re.sub(r"\b([Cc]o)-(?=\w)", r"\1", text)):  # "co-develop" is one word
        word = _IRREGULAR.get(word, word)
        if len(word) < 3 or word in STOPWORDS or word in _MUTE or word.isdigit():
            continue
        out.add(min([stem(word), *(stem(w) for w in synonyms(word))]))
    return out


# Past forms the stemmer keeps apart from their verb: "met" is a meeting.
_IRREGULAR = {"met": "meet", "held": "hold", "spoke": "speak", "sought": "seek", "gave": "give"}

# Words of a statement's framing ("The article says …"), not of its claim.
_MUTE = frozenset(
    [
        *["article", "articles", "says", "say", "said", "describes", "described", "gives"],
        *["report", "including", "include", "includes", "two", "both", "also", "side", "sides"],
        *["official", "officials", "minister", "ministers", "leaders", "countries", "nations"],
        "added",
    ]
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
