"""Names: the fact base's entities found in a sentence (the new names an article uses are
new_entities.py's).

- **Entities.** Names and aliases with a capital, as whole words (short ones and those in
  capitals as written), longest first; "NAKATANI Gen"; a country by its demonym, an event
  named for its place told with it, and that place (places/events.py: "the attack in X");
  a capital not placed ("Tokyo wanted…") as its country, not after a capital ("South Delhi").
- **Words and places.** name_words.tsv and the gazetteer (places.tsv, read in pages.py).
- **Namesakes.** A person's family name alone ("Singh") names them, but not at the end of
  given names no known name took ("Rajesh Kumar Singh"; "Mr Singh", "Later Singh" do)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

from defcoop_cli.curation.drafting.names import by_portfolio, name_variants
from defcoop_cli.curation.drafting.names.several import (
    title_after,
)
from defcoop_cli.curation.drafting.pages import gazetteer as gazetteer
from defcoop_cli.curation.drafting.pages import name_words
from defcoop_cli.curation.drafting.places.before import governs, in_quoted_title, named_before
from defcoop_cli.curation.drafting.places.events import PlaceEvents
from defcoop_cli.curation.drafting.places.services import ServiceCountries
from defcoop_cli.factbase.records import Entity
from defcoop_cli.factbase.sentences import ABBREVIATIONS, FoldedNames, whole_word_spans
from defcoop_cli.factbase.vocab import word_list

# Titles ("Commodore Rhea Castell" is Rhea Castell, a person) and the words that make a
# title of the title after them, and of nothing else ("Defence Minister", "Defence Ministry").
TITLES = name_words()["title"]
TITLE_MODIFIERS = name_words()["title modifier"]
# Words that make a name an organisation's or a place's, not a person's.
NOT_A_PERSON = re.compile(r"\b(?:" + "|".join(sorted(name_words()["body word"])) + r")\b")
# A capitalised name: capitalised words joined by "of", "the", "and", "for"…, "on" after a
# body taking it ("Commission on Security"); one way to read spaces (else quadratic).
_ON = "|".join(f"(?<={w})" for w in sorted(name_words()["joins on"]))
_DAYS = "|".join(w.title() for w in sorted(name_words()["not a name"]) if len(w) > 2)
_LINK = r"(?:on|concerning|regarding)"  # "Agreement concerning the Transfer of …"
# ("in the Field of": "Memorandum of Cooperation in the Field of Defence")
_JOINED = (
    rf"\s+(?:(?:of|the|and|for|de|al|&)\s+)?|(?:{_ON})\s+{_LINK}\s+(?!(?:{_DAYS})\b)(?:the\s+)?"
    r"|\s+in\s+the\s+(?=Field\s+of\s)"
    r"|(?<![\w’'.-][A-Z])(?<=[A-Z])\.\s(?=[A-Z][a-z]|[A-Z]\.\s+[A-Z])"  # "V. K. Rao", no "U.S."
)
NAME = re.compile(rf"\b[A-Z][\w’'-]*(?:(?:{_JOINED})[A-Z][\w’'-]*)*")
STOP_WORDS = name_words()["stop word"]

_TITLED = ("programme", "law or agreement")  # a mechanism's, a document's: "2+2", "UNCLOS"


class EntityMatcher:
    """Whole-word matches of every entity's name, aliases and their other forms (longest
    first; names/variants.py). Aliases in lower case ("terrorist attack", "space") help a
    search, but in a new article name something else as often as not: not matched."""

    def __init__(self, entities: Iterable[Entity]) -> None:
        self.entities = {e.id: e for e in entities}
        self._titled = {i for i, e in self.entities.items() if e.type in _TITLED}
        names: list[tuple[str, str]] = []
        for e in self.entities.values():
            for name in {e.name, *e.aliases}:
                if name.strip() and not re.fullmatch(r"[a-z][a-z ’'-]*", name):
                    names.append((name, e.id))
            if e.type == "person" and len(given := e.name.split()) >= 2:
                # the family name first, in capitals, as Japanese officialdom writes it
                names.append((" ".join([given[-1].upper(), *given[:-1]]), e.id))
        places = gazetteer()
        names += name_variants(names, list(self.entities.values()), places.demonyms)
        names.sort(key=lambda n: (-len(n[0]), n[0]))
        kin = {i: e.name.split()[1:] for i, e in self.entities.items() if e.type == "person"}
        self._family = {(n.lower(), i) for n, i in names if n in kin.get(i, ())}
        self._patterns = [  # and what a text must hold: the name in case-folded letters, a
            (n, not _exact_case(n), eid, n.casefold())  # quick test before the search
            for n, eid in names
        ]
        self._folded = FoldedNames([p[3] for p in self._patterns])  # looked up, not each tried
        # one-word names, for compounds: "India-Japan" names India and Japan; "Indo-" India
        self._words = {n: eid for n, eid in names if re.fullmatch(r"[A-Z][\w’']*", n)}
        by_name = self._by_name = dict(names)
        for form, country in places.combining.items():
            if country in by_name:
                self._words.setdefault(form, by_name[country])
        # a capital as its country ("Tokyo wanted…"), when the fact base has the country
        self._capital_of = {c: by_name[k] for c, k in places.capitals.items() if k in by_name}
        self._city = {by_name[c]: self._capital_of[c] for c in self._capital_of if c in by_name}
        said = "|".join(re.escape(n) for n, i in names if i in self._city)  # "New Delhi", "Delhi"
        self._city_said = re.compile(rf"(?<![\w-])(?:{said})(?![\w-])") if said else None
        cities = "|".join(re.escape(c) for c in sorted(self._capital_of, key=len, reverse=True))
        self._capitals = re.compile(rf"(?<![\w-])(?:{cities})(?![\w-])") if cities else None
        self._events = PlaceEvents(self.entities.values())  # "the attack in Pahalgam"
        self._services = ServiceCountries(self.entities.values())  # "Japan Coast Guard"

    def find(self, text: str) -> list[tuple[str, int, int]]:
        """(entity id, start, end) of each match, overlaps resolved longest first."""
        taken = bytearray(len(text))  # the characters a longer name has matched already
        found: list[tuple[str, int, int]] = []
        lowered = text.lower() if text.isascii() else None
        for name, folds, eid, _ in [self._patterns[k] for k in self._folded.places(text)]:
            for start, said in whole_word_spans(text, name, folds, lowered):
                end = said
                if any(taken[start:end]):
                    continue
                if _LONGER_NAME.match(text, end):  # "Indian Ocean" is not India; "2+2 Foreign
                    title = title_after(text, end) if eid in self._titled else None  # and …
                    if title is None or any(taken[start:title]):  # Dialogue" is the 2+2's
                        continue
                    end = title
                if (text[start:said].lower(), eid) in self._family and _given(text, start, taken):
                    continue  # "Rajesh Kumar Singh" is not Rajnath Singh
                if eid in self._city and named_before(text, start):
                    continue  # "South Delhi" is not the capital
                taken[start:end] = b"\x01" * (end - start)
                if eid in self._city and governs(text, start):  # "New Delhi wants…"
                    eid = self._city[eid]
                found.append((eid, start, end))
        for m in _COMPOUND.finditer(text):
            parts = [(p.group(), m.start() + p.start()) for p in re.finditer(r"[^-–]+", m.group())]
            if all(w in self._words for w, _ in parts) and not any(taken[m.start() : m.end()]):
                found += [(self._words[w], a, a + len(w)) for w, a in parts]
        for m in self._capitals.finditer(text) if self._capitals else ():
            if named_before(text, m.start()):
                continue
            if not any(taken[m.start() : m.end()]) and governs(text, m.start()):
                found.append((self._capital_of[m.group()], m.start(), m.end()))
        return sorted(found, key=lambda f: f[1])

    def ids(self, text: str) -> list[str]:
        return list(dict.fromkeys(eid for eid, _, _ in self.find(text)))

    def implied(self, text: str) -> list[str]:
        """The countries whose demonym heads a longer name or joins a word ("the Indian Army",
        "Japanese-designed"; not "Indian Ocean") or whose name heads a service's (R65), events
        told with their place and those places (places/events.py), and a capital standing for
        its government (which `find` links as its country)."""
        said = (m for m in _WORD_AFTER.finditer(text) if m[1] in gazetteer().demonyms)
        kept = (m[1] for m in said if not PLACE_WORDS.fullmatch(m[2] or "-"))
        found = [*(self._words[w] for w in kept if w in self._words), *self._events.told(text)]
        found += self._services.countries(text)  # "Japan Ground Self-Defense Force"
        return list(dict.fromkeys([*found, *self._governing(text)]))

    def _governing(self, text: str) -> Iterator[str]:
        """A capital city of the fact base standing for its government ("New Delhi wants…"):
        `find` links the country, and the city is linked as well (R51, as R41's "Tokyo");
        not in a quoted title, which is that title's (places/before.py)."""
        for m in self._city_said.finditer(text) if self._city_said else ():
            named = _LONGER_NAME.match(text, m.end()) or named_before(text, m.start())
            if not named and governs(text, m.start()) and not in_quoted_title(text, m.start()):
                yield self._by_name[m[0]]


PLACE_WORDS = re.compile(  # or a name that is one alone: an ocean by its short name
    rf"\b(?:{'|'.join(sorted(name_words()['place word']))})\b|^(?:Pacific|Atlantic|Arctic)$"
)

# Names joined by hyphens or dashes: "India-Japan", "Japan–India", "India-Japan-US".
_COMPOUND = re.compile(r"(?<![\w-])[A-Z][\w’']*(?:[-–][A-Z][\w’']*)+(?![\w-])")

_LONGER_NAME = re.compile(r" (?!(?:And|Or|Of|The|In|On)\b)[A-Z][a-z]")
_WORD_AFTER = re.compile(r"(?<![\w-])([A-Z][\w’']*)(?![\w’']|-(?![a-z]))(?:(?= ([A-Z][\w’'-]*)))?")


def _exact_case(name: str) -> bool:
    """Short names and names in capitals match only as written: "US" is not "us"."""
    return len(name) <= 3 or name.isupper()


NOT_NAMES = name_words()["not a name"] | ABBREVIATIONS  # weekdays, months, pronouns: no name
# No name alone: a foreign noun capitalised ("Aatmanirbharta"), a faith's or language's word.
FOREIGN = name_words()["foreign word"] | name_words()["faith or language"]
# Before a person's family name alone, a given name no known name took makes it another
# person's: "Rajesh Kumar Singh", not "Mr Singh", "Minister Singh", "Later Singh", nor a
# possessive ("Japan's Nakatani": his country's, no given name).
_GIVEN = re.compile(r"(?<![\w’'-])[A-Z][a-z’'-]*(?<![’']s)\.? $")
_OPENING = {w.lower() for w in name_words()["opening word"]}
_NOT_GIVEN = TITLES | TITLE_MODIFIERS | NOT_NAMES | STOP_WORDS | _OPENING


def _given(text: str, at: int, taken: bytearray) -> bool:
    m = _GIVEN.search(text, max(0, at - 30), at)
    return m is not None and not taken[m.start()] and m[0].rstrip(". ").lower() not in _NOT_GIVEN


@lru_cache(maxsize=2)  # asked per sentence: no path made each time
def wordnet_nouns(kind: str) -> frozenset[str]:
    """WordNet's nouns of persons or of bodies ({kind}_nouns.tsv, by build_person_nouns.py)."""
    return word_list(Path(__file__).with_name(f"{kind}_nouns.tsv"))


def a_body(subject: str) -> str | None:
    """A body in common nouns, the whole subject ("The ruling party"): it, lower case."""
    subject = re.sub(r"(?<!\s)\s+(?:in|at) [A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)*\s?$", "", subject)
    words = subject.lower().split()
    if words[:1] not in (["the"], ["a"], ["an"]) or not subject[1:].islower():
        return None
    heads = (" ".join(words[i:]) for i in range(1, min(len(words), 5)) if "of" not in words[:i])
    return " ".join(words) if by_portfolio(words[1:]) or wordnet_nouns("body") & {*heads} else None
