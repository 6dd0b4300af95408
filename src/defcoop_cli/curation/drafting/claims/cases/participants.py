"""Who takes part in a named exercise (conventions R22): a fact telling of an exercise (an
entity of type "military exercise") and of the parties it is held between or includes
(its other entities, a country of one of them aside: "Dharma Guardian (between Indian and
Japanese armies)", "Malabar (which includes the US and Australia)") is the claim of a
sentence naming the exercise (no other) and every one of those parties, besides its own:
where the sentence makes no other claim, or only the claim of the participants fact's
list, that is the one it makes. A party is named by its own name, or by its country's with
a word of armed forces ("soldiers from Beta and Gamma", "the army exercise the two
countries hold"), or, all of them forces, together by their kind ("between the two
armies"); not in an aside on a person ("Quist, a former Betan Army colonel, knows …": his
past). An adjective of kind with no party ("the joint army drill"), or one party alone,
names none. A sentence naming two or more exercises makes the participants claim of the
first whose parties it names by their names, or by their kind in its own part of the
sentence, not its list's (R22 over R21: "Dharma Guardian between the two armies, and
Malabar with the US and Australia"); a country and a word of forces may there be another
drill's.

Likewise a list's item that is one standing mechanism (its one thing an entity of type
"programme": "2+2 ministerial dialogues") is the claim of a sentence naming the mechanism
as standing or held ("hold a 2+2 dialogue", "remains an important framework"), not its
next session ("the next 2+2", "the next Harbour Council") nor one to come ("later this
year", "is next due to be held"): R28, even beside another item's words (a summary "through
the annual dialogue, the 2+2 and staff talks"). Two of a list's items named are the list's
(R21) but for these: what `first` names is not made the list's claim after.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from defcoop_cli.curation.drafting.claims.cases.times import without_next_sessions
from defcoop_cli.factbase.records import Fact

EXERCISE = "military exercise"
# a word telling of armed forces: with a country, that country's forces
_FORCES = re.compile(
    r"\b(?:soldiers?|troops?|armies|army|armed\s+forces|forces|navies|navy|"
    r"personnel|contingents?|units?)\b",
    re.IGNORECASE,
)

# the parties, when all are forces, named together by their kind (R22: "the exercise
# between the two armies", "the army-to-army drill")
_BOTH_FORCES = re.compile(
    r"\b(?:(?:the\s+)?two|both|their)\s+(?:countries'\s+)?(?:armies|armed\s+forces|"
    r"forces|militaries|navies)\b|\barmy-to-army\b",
    re.IGNORECASE,
)
# an aside on a person after the name, describing him ("Quist, a former army colonel,"):
# a party it names is his past, not the exercise's
_ABOUT_HIM = re.compile(r"(?<=[a-z]),\s+(?:a|an)\s+(?:former|retired|serving|ex-)[^,]{1,80},")

# a session to come ("the 2+2 dialogue later this year", "is next due to be held"): a
# plan, no claim of a mechanism
_LATER = re.compile(
    r"\b(?:later\s+this|next|the\s+coming)\s+(?:year|month|week|spring|summer|autumn|"
    r"winter)\b|\bnext\s+(?:due|scheduled|expected|planned|set)\b|"
    r"\bdue\s+to\s+(?:be\s+held|meet|take\s+place|convene)\b",
    re.IGNORECASE,
)
_NEXT_BEFORE = re.compile(
    r"\b(?:next|coming|upcoming|forthcoming)\s+(?:[\w+\"'’-]+\s+){0,3}$", re.IGNORECASE
)
MECHANISM = "programme"  # a standing mechanism ("2+2 ministerial dialogue", "annual summits")
Taking = tuple[int, frozenset[str], frozenset[str]]  # a fact's place, its exercise, its parties


class Participants:
    """The fact base's facts of who takes part in an exercise, each with its exercises and
    the parties it names."""

    def __init__(
        self,
        find: Callable[[str], list[tuple[str, int, int]]],
        facts: Sequence[Fact],
        types: dict[str, str],
        countries: dict[str, frozenset[str]],
        kept: tuple[list[Taking], dict[str, int]] | None = None,
    ) -> None:
        """kept: (`facts`, `mechanisms`) as another held them for the same facts
        (`claims.whole`): the facts not read again."""
        self.countries = countries
        self.find = find
        self.forces = {e for e, t in types.items() if t == "organisation"}
        self.exercises = frozenset(e for e, t in types.items() if t == EXERCISE)
        self.facts, self.mechanisms = kept if kept is not None else ([], {})
        if kept is not None:
            return
        for i, f in enumerate(facts):
            exercises = frozenset(e for e in f.entities if types.get(e) == EXERCISE)
            if len(exercises) != 1:  # one exercise's parties, not a list of exercises
                continue
            others = [e for e in f.entities if e not in exercises]
            # a country of another party is that party's, not one more party
            theirs = {c for e in others for c in countries.get(e, ()) if c != e}
            parties = frozenset(e for e in others if e not in theirs)
            if len(parties) >= 2:
                self.facts.append((i, exercises, parties))
        # a list's item that is one standing mechanism (R28): its place by the mechanism
        for i, f in enumerate(facts):
            things = [e for e in f.entities if types.get(e) not in ("country", "person")]
            if f.part_of and len(things) == 1 and types.get(things[0]) == MECHANISM:
                self.mechanisms[things[0]] = i

    def first(
        self,
        scored: list[tuple[float, int]],
        text: str,
        entities: Sequence[str],
        least: float,
        lists: dict[int, int],
    ) -> tuple[list[tuple[float, int]], bool]:
        """A sentence's candidates (score, fact's place), the participants fact it names
        first at `least` (the threshold) when it makes no other claim but its list's, and
        whether it is first so (its own claim then, not its list's: R22)."""
        p = self.named(text, entities)
        if p is None or (
            scored
            and scored[0][0] >= least
            and lists.get(scored[0][1], scored[0][1]) != lists.get(p, p)
        ):
            return scored, False
        own = max((s for s, k in scored if k == p), default=0.0)
        return [(max(own, least), p), *((s, k) for s, k in scored if k != p)], True

    def named(self, text: str, entities: Sequence[str]) -> int | None:
        """The place of the participants fact a sentence names all the parties of (and its
        exercise), if any."""
        if not self.facts:
            return None
        named = set(entities)
        mechanism = self._standing(text, named)
        if mechanism is not None:
            return mechanism
        aside = _ABOUT_HIM.search(text)
        if aside:  # what only the aside on a person names is not named of the exercise
            outside = {e for e, _, _ in self.find(text[: aside.start()] + text[aside.end() :])}
            named -= {e for e, _, _ in self.find(aside.group())} - outside
        exercises = named & self.exercises
        if len(exercises) == 1:
            return self._taking(text, named, frozenset(exercises))
        # two or more named (R22 over R21): the participants fact of the first, in the
        # sentence's order, whose parties it names by their names, or together by their kind
        # in its own part of the sentence (from its name to the next drill's: "Dharma
        # Guardian, the exercise between their armies, and Malabar"; not "exercises between
        # their forces, including Dharma Guardian and Malabar"); a country and a word of
        # forces may be another drill's ("the annual army drill, and Malabar, which Japan
        # joined"): not there; none named, their list's claim
        at = sorted((a, e) for e, a, _ in self.find(text) if e in exercises)
        for n, (a, exercise) in enumerate(at):
            if any(e == exercise for _, e in at[:n]):
                continue
            own = text[a : next((b for b, e in at[n + 1 :] if e != exercise), len(text))]
            i = self._taking(own, named, frozenset({exercise}), by_nation=False)
            if i is not None:
                return i
        return None

    def _taking(
        self, text: str, named: set[str], exercises: frozenset[str], by_nation: bool = True
    ) -> int | None:
        """The place of the participants fact of the exercises named whose parties the
        sentence names too (by_nation: or by their country and a word of forces), if any:
        text, the part of the sentence telling of them."""
        forces = None
        for i, theirs, parties in self.facts:
            if theirs != exercises:
                continue
            if parties <= named:
                return i
            if parties <= self.forces and _BOTH_FORCES.search(text):
                return i
            if forces is None:
                forces = by_nation and bool(_FORCES.search(text))
            if forces and all(p in named or self._nation_named(p, named) for p in parties):
                return i
        return None

    def _standing(self, text: str, named: set[str]) -> int | None:
        """The place of the one mechanism item a sentence names as standing or held, not
        its next session nor one to come (R28)."""
        if not named & self.mechanisms.keys() or _LATER.search(text):
            return None
        standing = {e for e, _, _ in self.find(without_next_sessions(text))} - {
            e  # nor the next session by the mechanism's own name ("the next Harbour Council")
            for e, a, _ in self.find(text)
            if _NEXT_BEFORE.search(text, max(0, a - 40), a)
        }
        items = [self.mechanisms[e] for e in standing & named if e in self.mechanisms]
        return items[0] if len(items) == 1 else None

    def _nation_named(self, party: str, named: set[str]) -> bool:
        nations = self.countries.get(party, frozenset())
        return bool(nations) and nations <= named
