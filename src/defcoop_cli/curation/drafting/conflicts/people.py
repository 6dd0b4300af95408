"""The offices one document gives its people, sentence by sentence: what a title standing
for a person may give (the first office a report gives him, R2, R10), and whom a bare
"Minister" may stand for (the people the text gives an office in full, but in no sentence
a fact is drafted from)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence, Set
from typing import TYPE_CHECKING, Any

from defcoop_cli.curation.drafting.base.facts import fact_of
from defcoop_cli.curation.drafting.conflicts.asserted import office_claim
from defcoop_cli.curation.drafting.conflicts.forms import named_ministers
from defcoop_cli.curation.drafting.conflicts.given_offices import OFFICE, given_offices
from defcoop_cli.curation.drafting.conflicts.offices import office_conflicts
from defcoop_cli.curation.drafting.conflicts.person_names import PersonNames
from defcoop_cli.curation.drafting.entities import (
    NOT_A_PERSON,
    EntityMatcher,
    gazetteer,
    wordnet_nouns,
)
from defcoop_cli.curation.drafting.names.titles import title_run
from defcoop_cli.curation.drafting.new_entities import capitalised_names, titled_before, untitled
from defcoop_cli.curation.drafting.places.before import placed_before
from defcoop_cli.factbase.records import Doc, Entity, Fact
from defcoop_cli.factbase.vocab import bare_minister, same_office

if TYPE_CHECKING:
    from defcoop_cli.curation.drafting.speakers import Reading
    from defcoop_cli.curation.drafting.transcripts import Turn

__all__ = ["DocumentOffices", "PersonNames", "styled_people"]

Found = Sequence[tuple[str, int, int]]
_HE = re.compile(r"(?:He|She)\b")
_BACK = (
    r"(?:(?:was|has\s+been|is)\s+(?:re)?appointed|(?:returned|went\s+back|came\s+back|is\s+back)"
    r"\s+to)\b"
)
_APPOINTED = re.compile(rf"\b{_BACK}")
# ... or a "he" inside the sentence whose clause tells him appointed: "The visit was his first
# to India since he returned to the defence portfolio" (R11: the present office outright)
_HE_APPOINTED = re.compile(rf"\b(?:he|she)(?=\s+{_BACK})")
# One person told by a noun ("his guest", "the visiting secretary", "a Japanese admiral"): a
# singular determiner, up to two words, the noun
_ONE_BY_NOUN = re.compile(r"\b(?i:the|his|her|a|an|its)\s+((?:[a-z-]+\s+){0,2}[a-z]+)\b")
# ... not one the sentence makes its subject ("is the defence minister", "serves as an
# adviser", "Reyes, the envoy,") nor the one his office is of ("adviser to the prime minister")
_PREDICATE = re.compile(
    r"(?:\b(?:is|was|are|were|be|been|being|as|became|becomes|remains)(?:\s+(?:not|never|no"
    r"\s+longer|still|now))?|\b(?:to|of|for)|,)\s*$",
    re.IGNORECASE,
)


class DocumentOffices:
    """office_conflicts for each fact of one document in order, with what the facts
    before it gave: the people given an office so far (a title standing for one of them
    gives none), and the people the whole text styles by an office and the countries it
    names another minister of (each read when first asked: only a quote with a bare
    "Minister" before a name, or a bare "the Japanese minister", asks). nations: each
    entity's countries (base.matchers.countries_of). found: the text's names, where its
    matcher found them before (Speakers.read)."""

    def __init__(
        self,
        text: str,
        doc: Doc,
        matcher: EntityMatcher,
        nations: dict[str, frozenset[str]],
        spans: Sequence[tuple[int, int]] = (),
        found: Found | None = None,
    ) -> None:
        self.text, self.matcher, self.nations = text, matcher, nations
        self.spans = spans  # where the facts drafted from the text are
        self.found = found  # the text's names (its matcher's find), if found before
        self.named: Found | None = None  # and the people's PersonNames adds: _named()
        self.people = {e.id: e for e in doc.entities if e.type == "person"}
        self.fact_of = fact_of(doc.facts)  # by id: a big base's facts are not all read
        self.names = PersonNames(doc.entities)
        self.offered: set[str] = set()
        self.countries = [(e.id, (e.name, *e.aliases)) for e in doc.entities if e.type == "country"]
        self.rivals: set[str] | None = None
        self.styled: set[str] | None = None
        self.last: set[str] = set()  # the people the quote before named
        self.crowded = False  # whether it also named someone the fact base doesn't know
        self.reports: Mapping[str, object] = {}  # the facts of reports added as drafted
        self.agreeing: dict[str, list[dict[str, str]]] | None = None  # their offices, by person
        self.curated: dict[str, list[str]] | None = None  # the curators' offices, by person

    def conflicts(
        self, quote: str, found: Found, parties: Iterable[str], r: Reading, turn: Turn | None
    ) -> list[dict[str, Any]]:
        """The quote's office conflicts (office_conflicts'), the people it gives an office
        remembered. Its speaker ("As …, I", "Singh welcomed me as …"): a person's turn's
        (not a questioner's), else the person the reading attributes it to. A body's own
        words in its turn (a note's sender, an annex's issuer: turns/letters.py) are no
        party's: a plural office in them ("the two Defence Ministers") is given no one."""
        speaker = r.attribution if r.person else None
        if turn is not None and turn.person and not turn.asks:
            speaker = turn.speaker
        if turn is not None and not turn.person and r.attribution == turn.speaker:
            parties = ()
        parties = tuple(parties)
        doers = {p for p in parties if p in self.people} if r.person else set()
        found = self._pronoun(quote, found, doers)
        conflicts = office_conflicts(
            quote,
            self.people,
            found,
            parties,
            self.nations,
            speaker,
            self.offered,
            self._styled,
            self._rivals,
        )
        for c in conflicts:  # the reports agreeing with the filed office: other sides too
            if not bare_minister(c["this"]):
                listed = {o["fact"] for o in c["others"]}
                c["others"] += [
                    o
                    for o in self._agreeing().get(c["entity"], [])
                    if o["fact"] not in listed and not same_office(o["text"], c["this"])
                ]
        return conflicts

    def _agreeing(self) -> dict[str, list[dict[str, str]]]:
        """Each person's offices that the facts of reports added before give by a name's
        reading (`agrees`), where one agrees with a role a curator filed: drafted over a
        report saying "Defence Minister Singh", a report saying "Home Minister Singh" sets
        that report against it as well as the filed fact, as the report drafted over it
        would, so that `add` notes the two reports' conflict in either order."""
        if self.agreeing is None:
            self.agreeing = {}
            for fact in filter(None, map(self.fact_of, self.reports)):
                found = self.names.add_to(fact.quote, self.matcher.find(fact.quote))
                for said in self.agrees(fact.quote, found, fact.entities):
                    self.agreeing.setdefault(said["entity"], []).append(
                        {"text": said["text"], "fact": fact.id}
                    )
        return self.agreeing

    def agrees(self, quote: str, found: Found, entities: Iterable[str]) -> list[dict[str, str]]:
        """The offices the quote gives its people by a name's reading (`given_offices`:
        "Defence Minister Rajnath Singh") that agree with a role a curator filed (not one
        a report added as drafted gave; it may differ from another he filed). A drafted
        fact carries them (`office_agrees`, draft-only): drafted before a report giving
        him another office was added, `add` sets them against that report's role, as
        `_agreeing` does for a report added before (either order of adds)."""
        if self.curated is None:
            self.curated = {
                eid: [r.text for r in e.roles if r.fact and r.fact not in self.reports]
                for eid, e in self.people.items()
            }
        named = [e for e in entities if self.curated.get(e)]
        return [
            {"entity": eid, "text": said}
            for eid, said in _named_offices(quote, named, lambda: found).items()
            if any(same_office(text, said) for text in self.curated[eid])
        ]

    def claim(self, quote: str, found: Found) -> dict[str, Any] | None:
        """The claim of the office the quote asserts of a person ("Rajnath Singh is the
        Defence Minister of India": `asserted.office_claim`), if any."""
        return office_claim(quote, found, self.people, self.fact_of)

    def filed(self, conflicts: Sequence[dict[str, Any]], by: Iterable[str]) -> Fact | None:
        """The fact whose office the first office conflict denies ("Nakatani, a former army
        officer, took charge of Japan's defence ministry": `nakatani-office-in-body`): a
        profile's line giving a party an office is about him as that fact is, whatever
        else it names (his old service's army), and is filed with it. Not the office
        holder's own act or words (by: the people it is attributed to): "Nakatani, who
        doubles as …, told Singh that firms were ready" is about what he told."""
        own = set(by)
        held = (
            o["fact"]
            for c in conflicts
            if c.get("field") == "office" and c.get("entity") not in own
            for o in c["others"]
        )
        return next((f for f in map(self.fact_of, (i for i in held if i)) if f), None)

    def meant(self, quote: str, entities: Sequence[str], party: bool = False) -> list[str]:
        """The entities a sentence is about, for its topics: its own, and the one person the
        quote before named where it opens with "He" or "She", names no person and is in the
        article's voice, no party's act or words (party): "He is a member of Japan's
        parliament", after a line on Nakatani, is a line on him ("He lauded …" is about
        what he lauded). Not linked (a pronoun links no one); asked before its conflicts."""
        if party or not _HE.match(quote) or len(self.last) != 1:
            return list(entities)
        if set(entities) & self.people.keys():
            return list(entities)
        return [*entities, *self.last]

    def _pronoun(self, quote: str, found: Found, doers: Set[str] = frozenset()) -> Found:
        """found, and an opening "He" or "She" of a quote that names no one of the fact base
        (or one inside it telling him appointed: "… since he returned to the portfolio") as
        the one person the quote before named, where no one else was named there or before
        the pronoun (a new name, "his guest": _others) ("Nakatani is no minister. He was
        reappointed to the defence portfolio": his office). A pronoun stands for him as a
        title does, only while no office was given him (R2, R10: "He is Japan's Minister of
        Defense" again), unless it tells him appointed (R11: a present office outright).
        doers: the people the quote's reading gives its act (a clause "conveyed Japan's
        solidarity" after "Nakatani condemned …" is his), named by it when it names none."""
        named = {eid for eid, _, _ in found if eid in self.people}
        before, self.last = self.last, named or set(doers)  # a clause's doer ("…, and conveyed …")
        others = _others(quote, found)
        crowded, self.crowded = self.crowded, bool(others)
        head = _HE.match(quote) or _HE_APPOINTED.search(quote)
        if named or head is None or len(before) != 1:
            return found
        if crowded or any(a < head.start() for a in others):
            return found  # "… met Gilberto Teodoro. … since he returned to …": either man
        if before <= self.offered and not _APPOINTED.search(quote):
            return found
        # "He has not held that post since he returned to head …": the clause's "he" too
        heads = {head.span(), *(m.span() for m in _HE_APPOINTED.finditer(quote))}
        him = next(iter(before))
        return sorted([*found, *((him, a, b) for a, b in heads)], key=lambda f: f[1])

    def _styled(self) -> set[str]:
        """The people a bare "Minister" stands for: those the text gives an office in full,
        but not in a sentence a fact is drafted from (that one carries the conflict, and a
        bare title before it is no other office: only a heading, a label or a chair's call
        giving it, the bare title is the office's first telling)."""
        if self.styled is None:
            self.styled = styled_people(self.text, self._named(), self.people)
            for a, b in self.spans if self.styled else ():
                said = self.text[a:b]
                found = self.names.add_to(said, self.matcher.find(said))
                self.styled -= styled_people(said, found, self.styled)
        return self.styled

    def _rivals(self) -> set[str]:
        """The countries the text names another minister of (`forms.named_ministers`):
        their bare "minister" stands for no fact-base person."""
        if self.rivals is None:
            starts = {a for eid, a, _ in self._named() if eid in self.people}
            self.rivals = named_ministers(self.text, self.countries, starts)
        return self.rivals

    def _named(self) -> Found:
        """The names in the whole text, the people's in another order or case too
        (PersonNames'), found once."""
        if self.named is None:
            found = self.matcher.find(self.text) if self.found is None else self.found
            self.named = self.names.add_to(self.text, found)
        return self.named


class GivenOffice:
    """The office a quote gives one person by a name's reading (`given_offices`: "Defence
    Minister Rajnath Singh"), his names found as a draft finds them (PersonNames too): what
    `add` reads of a report added before, whose draft kept the filed office it gives
    (`DocumentOffices.agrees`) but was stripped, when a report giving him another office,
    drafted before that add, is added after it. Made once per person, read per report."""

    def __init__(self, person: Entity) -> None:
        self.person = person
        self.matcher, self.names = EntityMatcher([person]), PersonNames([person])

    def __call__(self, quote: str) -> str | None:
        def found() -> Found:
            return self.names.add_to(quote, self.matcher.find(quote))

        return _named_offices(quote, [self.person.id], found).get(self.person.id)


def _named_offices(quote: str, named: Sequence[str], found: Callable[[], Found]) -> dict[str, str]:
    """The office the quote gives each of these people by a name's reading (`given_offices`;
    the last it reads for one); none where it names none of them or says no office (OFFICE:
    the one guard both readers, `agrees` and `GivenOffice`, keep), its names then found."""
    if not named or not OFFICE.search(quote):
        return {}
    return dict(given_offices(quote, found(), named))


def _others(quote: str, found: Found) -> list[int]:
    """Where the quote names a person the fact base doesn't know: a new capitalised name of
    two words or more, or one after a title ("Gilberto Teodoro", "Admiral Hale"), not a
    place's (the gazetteer's, or after "in", "at", "from") nor a body's nor a title alone;
    or one person told by a noun ("his guest", "the visiting secretary"), not his own
    office ("is the defence minister", "an adviser to the prime minister": `_PREDICATE`)."""
    at, places = [], gazetteer()
    for a, b in capitalised_names(quote, [(x, y) for _, x, y in found]):
        name, titled = untitled(quote[a:b])
        words = name.split()
        if title_run(words) == len(words) or NOT_A_PERSON.search(name):
            continue  # "Defence Minister", "Camp Aguinaldo Headquarters"
        if len(words) < 2 and not (titled or titled_before(quote[:a])):
            continue
        if placed_before(quote[:a]) or any(name in p for p in (places.countries, places.capitals)):
            continue
        if name in places.places:
            continue
        at.append(a)
    people = wordnet_nouns("person")
    at += [
        m.start()
        for m in _ONE_BY_NOUN.finditer(quote)
        if people & {*m[1].split()} and not _PREDICATE.search(quote, 0, m.start())
    ]
    return sorted(at)


def styled_people(text: str, found: Found, people: Iterable[str]) -> set[str]:
    """The people a whole text gives an office by a name's reading ("Minister of Defense
    NAKATANI Gen", "Gen Nakatani, Minister of Defense"), titles aside: those a bare
    "Minister" may stand for; and, where the text names two of them and no more, both, by a
    plural office it gives the two ("At the meeting of the two Defence Ministers, …": a
    note's own line before its annex's "Minister Nakatani visited …"). found: the names in
    the text, in order."""
    ids = set(people)
    styled = {eid for eid, _ in given_offices(text, found, ids)}
    named = {eid for eid, _, _ in found if eid in ids}
    if len(named) == 2 and _THE_TWO.search(text):
        styled |= named
    return styled


# A plural office of two ("the two Defence Ministers", "both defence ministers"); not a
# heading's "Defence Ministers' Meeting", whose office is no one's (a meeting's kind)
_THE_TWO = re.compile(rf"\b(?:the\s+two|both)\s+(?:{OFFICE.pattern})(?<=s)(?![\w'’])", re.I)
