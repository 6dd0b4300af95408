"""Conflicts a drafted fact proposes: another date, place or number than an existing fact
of the same claim, or than a curator note gives for the same thing; another office than a
person's role in the fact base.

- **Value conflicts.** A drafted fact making the same claim as an existing one (its
  `claim_of`, or the best candidate near the threshold: drafting.claims' `Match.same`) but
  giving another date, place or number is proposed as `conflict` with both sides
  (`Conflicts.values`). Only values of one kind are compared, each side naming exactly
  one: a day ("6 May" against "5 May"; years only when both give one), a place after "in"
  or "at" (a capital against a capital, a country against a country: places.tsv's, with
  the fact base's aliases of them), a whole number before the same noun ("26 people"
  against "28 people"). Values that agree, or a side without one, give none. Another
  place than the meeting's where a fact says the meeting was held is one whatever claim
  it makes ("The meeting was held in Mumbai": `Conflicts.venue`).
- **Conflicts with curator notes.** A curator note from outside the article (it cites the
  reports its values come from) is about what its facts report and what its entities are
  (people and countries aside: they are named by nearly everything). A drafted fact about
  the same thing (making the claim of one of the note's facts, or naming one of its
  entities) that gives another day than a `date` note's date, or another number before the
  same noun than the note's text, is proposed as `conflict` whose other side is the note
  (`{"note": ID, "text": …}`: `Conflicts.with_notes`). A drafted fact about two `date`
  notes' things compares no day (which day is whose cannot be told).
- **Office conflicts.** An office given to a person is compared with the person's roles
  in the fact base; an office that differs from one of them is proposed as `conflict`,
  with both sides. An office is given to the name it stands before ("Japanese Defence
  Minister Gen Nakatani", "the Minister of Defense of Japan, Mr Gen Nakatani"), the name
  it is in apposition to ("Gen Nakatani, Japan's national security adviser"), or the
  person named last before "as" it or its portfolio; a counterpart ("… and his Japanese
  counterpart Gen Nakatani") holds the office given to the other, or, when the quote gives
  the other none ("RM Rajnath met his Japanese counterpart Gen Nakatani"), the one office
  the other holds in the fact base (without whose: "India's Defence Minister" is "Defence
  Minister"); a minister's plural is
  each party's; "X, who heads Japan's Ministry of Defense" gives X that ministry's
  minister; a title standing for a name gives none. Names in another order or case
  ("NAKATANI Gen") are found (`PersonNames`). Nationality words do not count ("Japanese
  Defence Minister" is "Defence Minister"), and "Raksha Mantri" is the Defence Minister.
  A note about an event named for its place ("Pahalgam terrorist attack") is about a
  fact naming the place with a word of violence ("the massacre near Pahalgam").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from defcoop_cli.curation.drafting.entities import gazetteer
from defcoop_cli.factbase.records import CuratorNote, Doc, Entity, Fact

# A note's things: not people and countries (named by nearly every fact and note).
# What an event named for its place is, when a fact names the place and one of these.
_VIOLENCE = re.compile(
    r"\b(?:attack|massacre|assault|strike|bombing|killing|ambush|shooting)s?\b", re.I
)
_BROAD = ("person", "country")
_CLAUSE = re.compile(r"[,;]\s+|\s+(?:and|but|while|as)\s+")


class Conflicts:
    """The fact base's places and curator notes, ready to be compared with drafted facts."""

    def __init__(self, doc: Doc) -> None:
        self.places = _places(doc)  # a place's name -> (kind, which place)
        names = "|".join(re.escape(n) for n in sorted(self.places, key=len, reverse=True))
        self.at_place = re.compile(rf"\b(?:in|at) (?:the )?({names})\b")
        # each meeting event's place, as the facts that say where it was held say it
        held: dict[str, list[str]] = {}
        for f in doc.facts:
            if m := _HELD_IN.search(f.quote):
                held.setdefault(m[1], []).append(f.id)
        self.venues = [
            (e.id, e.place, held[e.place])
            for e in doc.events
            if e.kind == "meeting" and e.place and e.place in held
        ]
        broad = {e.id for e in doc.entities if e.type in _BROAD}
        # an event named for its place ("Pahalgam terrorist attack"): (event, place)
        places = [e for e in doc.entities if e.type == "place"]
        self.events = [
            (e.id, p.id)
            for e in doc.entities
            if e.type == "event"
            for p in places
            if re.search(rf"\b{re.escape(p.name)}\b", e.name)
        ]
        self.entities_of = {f.id: f.entities for f in doc.facts}
        # how a thing is named: an entity's names; an event named for its place also its
        # place's, or a word of violence ("the massacre")
        self.naming: dict[str, list[str]] = {e.id: [e.name, *e.aliases] for e in doc.entities}
        for event, place in self.events:
            self.naming[event] += self.naming[place]
        # ("fact" or "entity", its id) -> the notes about it
        self.notes: dict[tuple[str, str], list[CuratorNote]] = {}
        for n in doc.curator_notes:
            if n.basis == "outside the article" and n.type != "conflict":
                things = [("entity", e) for e in n.entities if e not in broad]
                for key in [*(("fact", f) for f in n.facts), *things]:
                    self.notes.setdefault(key, []).append(n)

    def values(self, quote: str, same: Fact) -> list[dict[str, Any]]:
        """The dates, places and numbers the quote gives otherwise than `same` does."""
        out = []
        for field, mine, theirs in (
            ("date", _days(quote), _days(same.quote)),
            ("place", self._places_in(quote), self._places_in(same.quote)),
            ("number", _numbers(quote), _numbers(same.quote)),
        ):
            out += _differing(field, mine, theirs, {"fact": same.id})
        return out

    def venue(self, quote: str) -> list[dict[str, Any]]:
        """Another place than the meeting's where the quote says the meeting was held ("The
        meeting was held in Mumbai" against the fact "The meeting took place in New
        Delhi"), when the fact base has one meeting with a place and the quote's is a place
        of places.tsv (a country, a capital, a region or city), not the meeting's nor its
        country. A region that holds the meeting's city would be proposed too (places.tsv
        does not say what lies in what): the curator rejects it."""
        said = _HELD_IN.search(quote)
        if said is None or len(self.venues) != 1:
            return []
        _, place, facts = self.venues[0]
        g = gazetteer()
        known = said[1] in g.countries or said[1] in g.capitals or said[1] in g.places
        same = self.places.get(said[1], said[1]) == self.places.get(place, place)
        if not known or same or g.capitals.get(place) == said[1]:
            return []
        others = [{"fact": fact, "text": place} for fact in facts]
        return [{"field": "place", "this": said[1], "others": others}]

    def with_notes(
        self, quote: str, entities: Iterable[str], claims: Iterable[str]
    ) -> list[dict[str, Any]]:
        """The days and numbers the quote gives otherwise than a curator note about the same
        thing: the notes whose facts include one of claims (the existing facts whose claim
        the drafted fact makes) or whose entities include one of entities or of the claims'
        facts' (the claim says what the sentence is about: "the April 22 attack" is the
        Pahalgam attack when the claim's fact names it)."""
        claimed = list(claims)
        named = [*entities, *(e for c in claimed for e in self.entities_of.get(c, ()))]
        if _VIOLENCE.search(quote):  # "the massacre near Pahalgam" is the Pahalgam attack
            named += [event for event, place in self.events if place in named]
        keys = [*(("fact", c) for c in claimed), *(("entity", e) for e in named)]
        found = (n for key in keys for n in self.notes.get(key, ()))
        about = list({n.id: n for n in found}.values())
        dated = [n for n in about if n.date is not None]
        out = []
        mine = _days(quote)
        if len(dated) == 1 and "day" in mine and self._dates(dated[0], quote, claimed):
            note = dated[0]
            assert note.date is not None
            written = f"{note.date.day} {note.date:%B %Y}"
            theirs: dict[str, tuple[Any, str]] = {
                "day": ((note.date.month, note.date.day), written)
            }
            if "year" in mine:
                theirs["year"] = (note.date.year, written)
            out += _differing("date", mine, theirs, {"note": note.id})
        numbers = _numbers(quote)
        for note in about if numbers else ():
            out += _differing("number", numbers, _numbers(note.text), {"note": note.id})
        return _one_each(out)

    def _dates(self, note: CuratorNote, quote: str, claims: list[str]) -> bool:
        """Whether the quote's day is the day of the note's thing: the quote makes the claim
        of one of the note's facts, or the clause that gives the day names the note's thing
        ("… met in New Delhi on 5 May, the Pahalgam massacre barely two weeks old": the
        day is the meeting's, not the attack's)."""
        if set(note.facts) & set(claims):
            return True
        clause = next(c for c in _CLAUSE.split(quote) if _days(c) or c == quote)
        names = [n for e in note.entities for n in self.naming.get(e, ())]
        named = any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", clause, re.I) for n in names)
        return named or bool(_VIOLENCE.search(clause))

    def _places_in(self, text: str) -> dict[str, tuple[Any, str]]:
        """The one place of each kind a text names after "in" or "at" (none when several)."""
        found: dict[str, set[tuple[str, str]]] = {}
        for m in self.at_place.finditer(text):
            kind, which = self.places[m.group(1)]
            found.setdefault(kind, set()).add((which, m.group(1)))
        return _single(found)


# Where a meeting was held, said of it: "The meeting was held in Mumbai", "the talks took
# place in Tokyo" (not a plan: "to hold the next meeting in Japan").
_HELD_IN = re.compile(
    r"\b(?:meeting|talks|dialogue|summit|consultations)\b[^.;:]{0,40}?"
    r"\b(?:(?:was|were) held|took place)\s+(?:in|at)\s+(?:the\s+)?([A-Z][\w-]*(?: [A-Z][\w-]*)*)"
)


def _places(doc: Doc) -> dict[str, tuple[str, str]]:
    """The countries and capitals of places.tsv, by their names and (when the fact base
    has them) its aliases: each one's kind ("country" or "capital") and which it is. A
    region or town is not compared (a town lies in a region: no conflict)."""
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
    from defcoop_cli.curation.drafting.pages import dates

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
    from defcoop_cli.curation.drafting.pages import MONTHS, dates
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


def _differing(
    field: str,
    mine: dict[str, tuple[Any, str]],
    theirs: dict[str, tuple[Any, str]],
    side: dict[str, str],
) -> list[dict[str, Any]]:
    """A conflict for each key both give a value of, the values differing: this side's
    value as written, the other side (side: its fact or note) with its own."""
    out = []
    for key in sorted(mine.keys() & theirs.keys()):
        (said, written), (other, text) = mine[key], theirs[key]
        if said != other:
            out.append({"field": field, "this": written, "others": [{**side, "text": text}]})
    return out


def _one_each(conflicts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One conflict for each value said and the side it differs from (a day and its year
    written as one are one difference)."""
    seen: set[tuple[str, str]] = set()
    out = []
    for c in conflicts:
        key = (c["this"], str(c["others"][0]))
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out


# An office: a minister's, an adviser's, and the Hindi title of India's Defence Minister (a
# minister's plural: the office of each person the fact is about). The words after "of" or
# "for" are the office's only in lower case or capitalised ("Minister of Defense NAKATANI
# Gen": "NAKATANI" is a name).
_OFFICE = re.compile(
    r"(?:(?:former|deputy|state) )?(?:(?:defen[cs]e|foreign|prime|home|finance|external affairs)"
    r" ministers?|ministers? of state(?: for (?-i:[A-Za-z][a-z]+))?"
    r"|ministers? (?:of|for) (?!(?:the|a|an|his|her|their|its|this|that)\b)(?-i:[A-Za-z][a-z]+)"
    r"(?: (?!of\b|for\b|the\b|and\b)(?-i:[A-Za-z][a-z]+))?"
    r"|(?:special|national security) advis[eo]rs?(?: for [a-z]+(?: [a-z]+)?)?"
    r"|raksha mantri|defen[cs]e portfolio"
    # a post by its head noun, with what it heads up to a comma ("chairman of the ruling
    # party's Research Commission on Security", "Defence Secretary", "ambassador to India")
    r"|(?:vice[- ])?(?:chair(?:man|woman|person)?|president|secretary|director|ambassador"
    r"|governor|spokes(?:man|woman|person))(?:[- ]general)?"
    r"(?:\s+(?:of|to|for|on)\s+(?!(?:his|her|their|its|this|that)\b)[^,;.()]{2,80}?(?=[,;.()]|$))?"
    r")(?!\w)",
    re.I,
)
_NATIONAL = re.compile(r"\b(?:indian|japanese|(?:india|japan)(?:['’]s)?)(?!\w)\s*")
_SAME = {"raksha mantri": "defence minister", "defence portfolio": "defence minister"}
# Where an office stands to the name it is given to: before it ("Defence Minister Gen
# Nakatani", "the Minister of Defense of Japan, Mr Gen Nakatani"), after it in apposition
# ("Gen Nakatani, Japan's national security adviser,"), or held ("served as defence
# minister", "returned to the defence portfolio": the person named last before it).
_TITLES = r"(?:(?:Mr|Mrs|Ms|Dr|Shri|Smt|H\.?E)\.?\s+)*"
_BEFORE_NAME = re.compile(
    rf"(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+of\s+[A-Z][\w-]*)?)?,?\s*{_TITLES}"
)
_APPOSITION = re.compile(r",\s*(?:(?:a|an|the)\s+)?(?:[A-Z][\w-]*['’]s\s+|[A-Z][a-z]+\s+)?")
_HELD = re.compile(r"\bas\s+(?:(?:the|a|an)\s+)?(?:[A-Z]\w*['’]s\s+)?$")
# "Nakatani is the first Japanese defence minister to visit …": the name it is said of
_PREDICATE = re.compile(
    r"\s+(?:is|was|has been|had been|became|becomes|remains|remained)\s+"
    r"(?:(?:the|a|an)\s+)?(?:(?:first|new|current|then|incumbent|sitting|only|last)\s+)?"
    r"(?:[A-Z][a-z]+\s+)?"
)
# "Nakatani, who heads Japan's Ministry of Defense,": the ministry's minister
_HEADS = re.compile(
    r",\s*who\s+((?:heads|leads)\s+(?:the\s+)?(?:[A-Z]\w*['’]s\s+)?Ministry\s+of\s+[A-Z]\w+)(?!\w|\s+and\b)"
)
# "X and his Japanese counterpart Y": Y holds the office given to X
_COUNTERPART = re.compile(r"\bcounterpart,?\s*")
_PLURAL = re.compile(r"\b(?:ministers|advis[eo]rs)\b", re.I)
# "As Japan's Minister of Defense, I attach…", "As defence minister he said": the speaker's
_AS_SPEAKER = re.compile(
    rf"(?:^|[\"“‘(]|[.;:]\s)\s*(?-i:As)\s+(?:(?:the|a|an)\s+)?(?:[A-Z]\w*['’]s\s+)?"
    rf"((?:{_OFFICE.pattern}))(?:\s+of\s+[A-Z]\w*)?,?\s+(?:I|(?-i:he|she))\b",
    re.I,
)


def office(text: str) -> str:
    """An office's core: lower-case, without nationality words, one spelling, singular."""
    core = _NATIONAL.sub("", text.casefold().replace("defense", "defence")).strip()
    core = re.sub(r"\b(minister|advis[eo]r)s\b", r"\1", core)
    core = re.sub(r"^(?:heads|leads|head of) (?:the )?ministry of (\w+)$", r"minister of \1", core)
    return _SAME.get(core, re.sub(r"^minister (?:of|for) (\w+)$", r"\1 minister", core))


def office_spans(text: str) -> list[tuple[int, int]]:
    """Where a text names an office, or a counterpart, with the word before it that says
    whose ("India's Defence Minister", "his Japanese counterpart"): a person's office is
    no claim's meaning (conflicts compare it)."""
    return [m.span() for m in _OFFICE_PHRASE.finditer(text)]


def without_offices(text: str) -> str:
    """The text without the offices office_spans finds."""
    return _OFFICE_PHRASE.sub(" ; ", text)


_OFFICE_PHRASE = re.compile(
    rf"(?:(?-i:\b(?:[A-Z][a-z]+(?:['’]s)?|his|her|their)\s+))?(?:{_OFFICE.pattern}|counterparts?\b)",
    re.I,
)


def office_conflicts(
    quote: str,
    people: dict[str, Entity],
    found: Sequence[tuple[str, int, int]],
    parties: Iterable[str] = (),
    nations: dict[str, frozenset[str]] | None = None,
    speaker: str | None = None,
) -> list[dict[str, Any]]:
    """Each person the quote gives an office that differs from one of their roles in the
    fact base: the person, this office, and the roles it differs from (with their facts).
    An office is given to the name it stands before, the name it is in apposition to, or
    the person named last before "as" it (or its portfolio); a minister's plural to each
    of parties (the people the fact is about); a counterpart the office of the person
    whose counterpart they are. A title standing for a name ("the Japanese Defence
    Minister condemned …", "Raksha Mantri apprised …") gives no office. A country among
    parties stands for its people (nations: each person's countries) who hold, in one of
    their roles, the office given ("the two countries' defence ministers said"). An office
    in an opening "As" phrase before "I" or "he"/"she" ("As Japan's Minister of Defense, I
    attach…") is the speaker's (by name: the person the fact is attributed to, a transcript
    turn's or the quotation's)."""
    named = [(eid, a, b) for eid, a, b in found if eid in people]
    given = _given(quote, named, list(parties))
    given += _counterpart(quote, named, given, people)
    speaking = [i for i, e in people.items() if speaker in (e.name, *e.aliases)]
    given += [(speaking[0], m[1]) for m in _AS_SPEAKER.finditer(quote) if len(speaking) == 1]
    held = {  # a country's people, by the offices their roles give them
        (country, office(r.text)): eid
        for eid, e in people.items()
        for r in e.roles
        for country in (nations or {}).get(eid, ())
    }
    given += [(held[p, office(said)], said) for p, said in given if (p, office(said)) in held]
    out: dict[str, dict[str, Any]] = {}
    for eid, said in given:
        if eid not in people or eid in out:
            continue
        others = [
            {"text": r.text, "fact": r.fact}
            for r in people[eid].roles
            if r.fact and office(r.text) != office(said)
        ]
        if others:
            out[eid] = {"entity": eid, "field": "office", "this": said, "others": others}
    return list(out.values())


def _given(
    quote: str, names: Sequence[tuple[str, int, int]], parties: list[str]
) -> list[tuple[str, str]]:
    """(person, office as written) for each office the quote gives someone; names: the
    people named in it."""
    # a name that is a title ("Japanese Defence Minister") stands for the person: no name
    spans = sorted((a, b, eid) for eid, a, b in names if not _OFFICE.search(quote[a:b]))
    given: list[tuple[str, str]] = []
    for m in _OFFICE.finditer(quote):
        if any(a < m.end() and m.start() < b for a, b, _ in spans):
            continue
        said = m.group()
        after = [n for n in spans if n[0] >= m.end()]
        before = [n for n in spans if n[1] <= m.start()]
        if after and _BEFORE_NAME.fullmatch(quote[m.end() : after[0][0]]):
            given.append((after[0][2], said))
        elif before and (
            _APPOSITION.fullmatch(quote[before[-1][1] : m.start()])
            or _PREDICATE.fullmatch(quote[before[-1][1] : m.start()])
            or _HELD.search(quote[: m.start()])
            or "portfolio" in said.casefold()
        ):
            given.append((before[-1][2], said))
        elif _PLURAL.search(said) and quote[m.end() : m.end() + 1] not in "'’":
            given += [(p, said) for p in parties]
    for _, b, eid in spans:  # "Nakatani, who heads Japan's Ministry of Defense": a minister
        given += [(eid, m[1]) for m in [_HEADS.match(quote, b)] if m]
    counterparts = {m.end() for m in _COUNTERPART.finditer(quote)}  # once: not before each name
    for a, _, eid in spans:  # a counterpart holds the office given to the other person
        if eid not in {e for e, _ in given} and a in counterparts:
            given += [(eid, said) for other, said in given[:1] if other != eid]
    return given


def _counterpart(
    quote: str,
    names: Sequence[tuple[str, int, int]],
    given: list[tuple[str, str]],
    people: dict[str, Entity],
) -> list[tuple[str, str]]:
    """A counterpart of a person the quote gives no office ("Rajnath and his Japanese
    counterpart Gen Nakatani"): the office that person holds in the fact base, when they
    hold one, without whose it is ("India's Defence Minister" is "Defence Minister")."""
    offices = {eid for eid, _ in given}
    counterparts = {m.end() for m in _COUNTERPART.finditer(quote)}  # where a name after starts
    out = []
    for i, (eid, a, _) in enumerate(names):
        if eid in offices or a not in counterparts:
            continue
        other = next((o for o, _, b in reversed(names[:i]) if b <= a and o != eid), None)
        if other is None or other in offices:
            continue
        roles = [r.text for r in people[other].roles if r.fact]
        if len(roles) == 1:
            whose, _, rest = roles[0].partition(" ")  # "India's", "Japanese": not the office
            mine = rest and (whose.endswith(("'s", "’s")) or whose in gazetteer().demonyms)
            out.append((eid, rest if mine else roles[0]))
    return out


class PersonNames:
    """People's names written in another order or case than the fact base's: "NAKATANI
    Gen" (a Japanese readout's family name first, in capitals) is Gen Nakatani."""

    def __init__(self, entities: Iterable[Entity]) -> None:
        self.by_words: dict[frozenset[str], str] = {}
        for e in entities:
            if e.type != "person":
                continue
            for name in (e.name, *e.aliases):
                words = name.casefold().split()
                if len(words) >= 2 and all(w.isalpha() for w in words):
                    self.by_words.setdefault(frozenset(words), e.id)
        # no run longer than the longest name can be one (and runs stay linear in length)
        self.longest = max((len(w) for w in self.by_words), default=0)

    def add_to(
        self, text: str, found: Sequence[tuple[str, int, int]]
    ) -> list[tuple[str, int, int]]:
        """found, and the people it misses whose name's words a run of capitalised words
        of the text has, in any order and case."""
        extra: list[tuple[str, int, int]] = []
        for run in _CAPITALISED.finditer(text):
            words = list(re.finditer(r"\S+", run.group()))
            runs = [
                (i, j)
                for i in range(len(words))
                for j in range(i + 2, min(len(words), i + self.longest) + 1)
            ]
            for i, j in runs:
                a, b = run.start() + words[i].start(), run.start() + words[j - 1].end()
                eid = self.by_words.get(frozenset(w.group().casefold() for w in words[i:j]))
                if eid and not any(x < b and a < y for _, x, y in [*found, *extra]):
                    extra.append((eid, a, b))
        return sorted([*found, *extra], key=lambda x: x[1])


_CAPITALISED = re.compile(r"[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+)+")
