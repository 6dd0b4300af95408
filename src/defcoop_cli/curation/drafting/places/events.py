"""Events named for their place ("the Pahalgam attack"; R48, R52): the place and the event
each link the other where the sentence tells of both.

- **The event by its name** links its place too: "the Pahalgam attack" names Pahalgam.
- **The event turned round** ("the attack in Pahalgam") or **told in other words** with its
  place ("the massacre at Pahalgam", "gunmen killed 26 near Pahalgam": a word of violence,
  name_words.tsv, for an event whose name has one) links the event.
- **The place standing for the event**: after a word of time ("after Pahalgam", "since
  Pahalgam") or as what is condemned ("condemning Pahalgam") it links the event too.

Only an event the fact base holds is linked: a place with no event of its own ("after
Kargil", the base holding no Kargil war) links itself alone, as a place named without its
event does ("Pahalgam's hotels reopened")."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from defcoop_cli.curation.drafting.pages import name_words
from defcoop_cli.factbase.records import Entity

_VIOLENCE = name_words()["violence word"]
_VIOLENT = re.compile(rf"\b(?i:{'|'.join(sorted(_VIOLENCE))})\b")
# A word of time or of condemning just before the place, and nothing of the place's own after
# it (no possessive, no noun of its own: "after Pahalgam's hotels reopened" is the town)
_AFTER = r"\b(?i:after|since|following)\s+"
_ENDS = r"(?=\s*(?:[,.;:!?)\"”’]|$)|\s+(?:and|or|but|as|in|to|when)\b)"
_CONDEMNED = r"\b(?i:condemn(?:s|ed|ing)?|deplor(?:es|ed|ing))\s+"


@dataclass(frozen=True, slots=True)
class _Pair:
    """A place and the event the fact base names for it, and how a sentence tells each."""

    place: str
    event: str
    named: re.Pattern[str]  # the place's name
    told: re.Pattern[str]  # the event by its name, turned round, or the place standing for it
    violent: bool  # the event's name has a word of violence: one in the sentence tells it


class PlaceEvents:
    """The fact base's events named for a place or country ("Pahalgam attack": Pahalgam)."""

    def __init__(self, entities: Iterable[Entity]) -> None:
        entities = list(entities)
        where = {e.name: e.id for e in entities if e.type in ("place", "country")}
        self._pairs: list[_Pair] = []
        for e in entities:
            names = {e.name, *e.aliases} if e.type == "event" else set()
            for place in {p for p, _, rest in (n.partition(" ") for n in names) if rest}:
                if place in where:
                    self._pairs.append(_pair(where[place], e.id, place, names))

    def told(self, text: str) -> Iterator[str]:
        """The events the text tells of with their place, and those places."""
        for p in self._pairs:
            if p.named.search(text) and (
                p.told.search(text) or (p.violent and _VIOLENT.search(text))
            ):
                yield from (p.event, p.place)


def _pair(place_id: str, event_id: str, place: str, names: set[str]) -> _Pair:
    own = [n for n in names if n.startswith(f"{place} ")]
    rests = sorted((n.partition(" ")[2] for n in own), key=len, reverse=True)
    at = re.escape(place)
    told = [
        *(rf"\b{at}\s+{re.escape(r)}\b" for r in rests),  # "the Pahalgam attack"
        *(rf"\b{re.escape(r)}\s+(?:in|at|near)\s+{at}\b" for r in rests),  # "attack in …"
        rf"{_AFTER}{at}(?![\w’'-]){_ENDS}",  # "after Pahalgam"
        rf"{_CONDEMNED}{at}(?![\w’'-])",  # "condemning Pahalgam"
    ]
    violent = any(w.lower() in _VIOLENCE for n in own for w in n.split())
    return _Pair(
        place=place_id,
        event=event_id,
        named=re.compile(rf"(?<![\w-]){at}(?![\w-])", 0 if len(place) <= 3 else re.I),
        told=re.compile("|".join(told), re.I),
        violent=violent,
    )
