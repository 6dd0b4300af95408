"""Names a user types for topics, entities and ids: resolved to what they name, or answered
with a "did you mean" when they name nothing."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from defcoop_cli.errors import UnknownId
from defcoop_cli.factbase.limits import shortened
from defcoop_cli.factbase.records import Entity, Event, Source, Topic
from defcoop_cli.lookup.search.words import normalise
from defcoop_cli.patterns import Lazy

TYPE_CHECKING = False  # typing is imported by mypy alone: a search loads no typing
if TYPE_CHECKING:
    from typing import TypeVar

    T = TypeVar("T", Topic, Entity, Source, Event)
# A close spelling must score this high (rapidfuzz WRatio), and beat every other name.
RESOLVE_FLOOR = 88


def _resolve(wanted: str, names: dict[str, list[str]]) -> str | None:
    """The one id whose id or names match wanted exactly, else closely and unambiguously."""
    if wanted in names:
        return wanted
    key = normalise(wanted)
    exact = {i for i, ns in names.items() if key in {normalise(n) for n in (i, *ns)}}
    if len(exact) == 1:
        return exact.pop()
    from rapidfuzz import fuzz  # loaded only when a name is not found exactly

    choices = {(i, normalise(n)) for i, ns in names.items() for n in (i, *ns)}
    scored = [(fuzz.WRatio(key, n), i) for i, n in choices if key and n]
    top = max((score for score, _ in scored), default=0.0)
    best = {i for score, i in scored if score == top}
    return best.pop() if top >= RESOLVE_FLOOR and len(best) == 1 else None


def resolve_type(types: Sequence[str], wanted: str) -> str | None:
    """An entity type by its name, its slug (military-exercise) or a close spelling
    (exercise, Person); None if nothing or more than one is that close."""
    return _resolve(wanted, {t: [t.replace(" ", "-")] for t in types})


def topic_names(topic: Topic) -> list[str]:
    return [topic.title, *topic.aliases]


def entity_names(entity: Entity) -> list[str]:
    return [entity.name, *entity.aliases]


def resolve_topic(topics: Sequence[Topic], wanted: str) -> Topic | None:
    found = _resolve(wanted, {t.id: topic_names(t) for t in topics})
    return next(t for t in topics if t.id == found) if found else None


def resolve_entity(entities: Sequence[Entity], wanted: str) -> Entity | None:
    found = _resolve(wanted, {e.id: entity_names(e) for e in entities})
    return next(e for e in entities if e.id == found) if found else None


# "Did you mean" for an id: the whole id must be this close (rapidfuzz ratio), or, for
# what is at least PARTIAL_MIN_CHARS long, a stretch of the id this close (partial_ratio):
# `show malabar` suggests exercise-malabar-participants, `show war` suggests nothing.
ID_FLOOR = 80.0
PARTIAL_FLOOR = 90.0
PARTIAL_MIN_CHARS = 5


def closest_ids(wanted: str, ids: Iterable[str], limit: int = 3) -> list[str]:
    """Up to `limit` ids close to wanted, best first; never wanted itself. Two passes of
    rapidfuzz over the ids: milliseconds even for 100,000 of them."""
    from rapidfuzz import fuzz, process

    choices = [i for i in ids if i != wanted]
    best: dict[int, float] = {}
    passes = [(fuzz.ratio, ID_FLOOR)]
    if len(wanted) >= PARTIAL_MIN_CHARS:
        passes.append((fuzz.partial_ratio, PARTIAL_FLOOR))
    for scorer, floor in passes:
        for _, score, at in process.extract(  # case aside: "MEETING-HELD" is meeting-held
            wanted,
            choices,
            scorer=scorer,
            processor=str.casefold,
            score_cutoff=floor,
            limit=limit * 4,
        ):
            best[at] = max(best.get(at, 0.0), score)
    ranked = sorted(best, key=lambda at: (-best[at], len(choices[at]), at))
    return [choices[at] for at in ranked[:limit]]


def did_you_mean(near: Sequence[str], otherwise: str = "") -> str:
    """The hint that ends a 'no such …' message: '; did you mean a, b?', or otherwise."""
    return f"; did you mean {', '.join(near)}?" if near else otherwise


def _found(what: str, item: T | None, wanted: str, ids: list[str]) -> T:
    """item, or the error that names what was wanted and the closest ids: a name the fact
    base does not have is 'not found' (exit 1) wherever it is given, as the thing to look
    up or as a filter."""
    if item is None:
        listing = {"entity": "entities"}.get(what, what + "s")
        hint = did_you_mean(closest_ids(wanted, ids), f"; see 'defcoop {listing}'")
        raise UnknownId(f"no {what} {shortened(wanted)!r}{hint}")
    return item


def find_topic(topics: list[Topic], wanted: str) -> Topic:
    found = resolve_topic(topics, wanted)
    return _found("topic", found, wanted, [t.id for t in topics])


def find_entity(entities: list[Entity], wanted: str) -> Entity:
    found = resolve_entity(entities, wanted)
    return _found("entity", found, wanted, [e.id for e in entities])


def source_names(source: Source) -> list[str]:
    return [n for n in (source.publisher, source.title) if n]


def find_source(sources: list[Source], wanted: str) -> Source:
    """A source by its id, publisher or title (or a close spelling of one)."""
    found = _resolve(wanted, {s.id: source_names(s) for s in sources})
    item = next((s for s in sources if s.id == found), None) if found else None
    return _found("source", item, wanted, [s.id for s in sources])


def find_event(events: list[Event], wanted: str) -> Event:
    """An event by its id or title (or a close spelling of one)."""
    found = _resolve(wanted, {e.id: [e.title] for e in events})
    item = next((e for e in events if e.id == found), None) if found else None
    return _found("event", item, wanted, [e.id for e in events])


# "Did you mean" for a query: each term that matches no word of the fact base, replaced by
# the closest word that does, if one is this close (rapidfuzz ratio) and the term has at
# least SUGGEST_MIN_CHARS letters. Nothing is suggested rather than a distant word.
SUGGEST_FLOOR = 70.0
SUGGEST_MIN_CHARS = 5
SUGGEST_LOOK = 5  # the closest words looked at
SUGGEST_OTHER_START = 90.0  # a word with another first letter must be this close
# A correction is a typo's: at most a third of the term's letters edited, and two for a
# short one (the ratio lets "daura", a Hindi word for a tour, pass as "dharma": three of
# five letters, another word); a key held down ("epsilonnnnn") is one letter typed
SUGGEST_EDITS_SHARE, SUGGEST_FEWEST_EDITS = 3, 2
_HELD_KEY = Lazy(r"(.)\1+")
# A chat spelling drops a word's vowels but keeps its first letter and every consonant in
# order ("nktni", "intrprblty"): too many letters gone for a typo, yet one word only. One of
# four letters is read so only with no vowel left ("cybr", "mlbr"): English words of four
# letters that spell a longer word of the base's with vowels dropped all keep a vowel
# ("pace": peace, "arms": armies, "case": cause; 10 of /usr/share/dict's 2,442).
VOWELS = "aeiou"
SKELETON_MIN_CHARS = 4


def _skeleton_of(term: str, vocabulary: Sequence[str]) -> str | None:
    """The one word that term spells with some vowels dropped, or None: the term's letters
    in the word's order, only vowels between them, its first letter the word's; a term with
    no consonant, or two words so spelled, is no one word's skeleton."""
    if not term.isalpha() or not term.strip(VOWELS):
        return None
    gap = f"[{VOWELS}]*"
    pattern = re.compile(gap.join(term) + gap)
    found = {w for w in vocabulary if len(w) > len(term) and pattern.fullmatch(w)}
    return found.pop() if len(found) == 1 else None


def suggest(
    vocabulary: Sequence[str], terms: Sequence[str], known: Callable[[str], bool]
) -> list[str]:
    """The query with its unknown terms corrected, where every unknown word could be; []
    otherwise: a half-corrected query ("cybr security") is no spelling to offer."""
    corrected = [_fixed(term, vocabulary, known) for term in terms]
    unknown = [t for t, c in zip(terms, corrected, strict=True) if c is None and t.isalpha()]
    if unknown or corrected == list(terms):
        return []
    return [" ".join(c or t for t, c in zip(terms, corrected, strict=True))]


def _fixed(term: str, vocabulary: Sequence[str], known: Callable[[str], bool]) -> str | None:
    """The term corrected: a known one as it is, but a bare chat spelling, known only as
    a typo ("cybr" of cyber), spelled in full; None where an unknown one cannot be."""
    if not known(term):
        return _corrected(term, vocabulary)
    return (_skeleton_of(term, vocabulary) if _bare(term) else None) or term


def _bare(term: str) -> bool:
    """Whether a term is a chat spelling of four letters or more with no vowel left."""
    return len(term) >= SKELETON_MIN_CHARS and term.isalpha() and not set(term) & set(VOWELS)


def _corrected(term: str, vocabulary: Sequence[str]) -> str | None:
    """The word of the fact base an unknown term misspells (a typo's, or a chat spelling's
    skeleton), None when none is close enough or the term is too short to tell."""
    from rapidfuzz import fuzz, process
    from rapidfuzz.distance import OSA

    if len(term) < SUGGEST_MIN_CHARS:
        return _skeleton_of(term, vocabulary) if _bare(term) else None
    hits = process.extract(
        term, vocabulary, scorer=fuzz.ratio, score_cutoff=SUGGEST_FLOOR, limit=SUGGEST_LOOK
    )
    # Few typos change a word's first letter: "drones" is not a typo of "ones".
    edits = max(SUGGEST_FEWEST_EDITS, len(term) // SUGGEST_EDITS_SHARE)
    pick = next(
        (
            w
            for w, score, _ in hits
            if (w[:1] == term[:1] or score >= SUGGEST_OTHER_START)
            and OSA.distance(_HELD_KEY.sub(r"\1", term), _HELD_KEY.sub(r"\1", w)) <= edits
        ),
        None,
    )
    return pick or _skeleton_of(term, vocabulary)
