"""What a query's exclusions leave out ("-word", '-"a phrase"', "NOT word": syntax.py).

A fact is left out when it holds an excluded word itself, or another form of it (the
stemmer's, and an act's other tenses: `-exercise` leaves out "exercises"), in any field
search reads: its statement, its entities' names and aliases, its keywords, its topic's
title and aliases, its quote. So `-japan` leaves out every fact about Japan, as `japan`
would find it. A note is left out when its words hold one. Only when the fact base holds
no form of the word does it stand for the words it is a typo of, as a searched word
would (`-nakatni` leaves out Nakatani). Never its synonyms, related words or prefixes: an
exclusion is as literal as `grep -v`, but for a typo. An excluded phrase leaves out the
facts that hold all its words, as neighbours when the fact base holds them so anywhere.

A fact of an event takes the names of its parties from the event when search reads it
("Rajnath Singh China talks" finds the South China Sea discussed at the meeting, whose
parties are Rajnath Singh and Gen Nakatani): so an exclusion that names a party whole (all
the words of one of its names or aliases, and no other) leaves out every fact of that
party's events ("rajnath singh -nakatani china talks" asks about talks without him: the
meeting's facts are his too, whether or not their statements name him). Only a person's:
a nation or a body is a side the facts speak for, the fact base's whole subject, not a
participant whose acts they are; excluding it leaves out what names it, as `grep -v` would
("malabar -japan" keeps the exercise's navies, which its statement names without Japan).
"""

from collections.abc import Sequence

from defcoop_cli.factbase.records import CuratorNote
from defcoop_cli.lookup.protocol import Index, Vocabulary
from defcoop_cli.lookup.search.curator_notes import NoteMatch, note_words
from defcoop_cli.lookup.search.matching import INFLECTED, word_scores
from defcoop_cli.lookup.search.memory import SortedVocabulary
from defcoop_cli.lookup.search.ranking import Filters
from defcoop_cli.lookup.search.words import STOPWORDS, Query, neighbour_pairs, tokens

PERSON = "person"  # the entity type of a party whose acts an event's facts are


def excluded_words(word: str, vocabulary: Vocabulary) -> list[str]:
    """The vocabulary's words an excluded word leaves out: itself and its other forms, or
    else the words it is a typo of."""
    scores = word_scores(word, vocabulary, typos=False)
    own = [w for w, s in scores.items() if s >= INFLECTED]
    if own:
        return own
    return [w for w in word_scores(word, vocabulary) if w not in scores]


def _content(words: Sequence[str]) -> list[str]:
    return [w for w in words if w not in STOPWORDS] or list(words)


def excluded_positions(index: Index, query: Query) -> frozenset[int]:
    """The positions of the facts the query's exclusions leave out."""
    vocabulary, out = index.vocabulary(), set()
    for excluded in query.excluded:
        held = [
            set(index.hits(dict.fromkeys(excluded_words(w, vocabulary), 100.0)))
            for w in _content(excluded)
        ]
        found = set.intersection(*held)
        together = index.pairs(neighbour_pairs(excluded)) if len(held) > 1 else set()
        out |= found & together if together else found
    return frozenset(out | _of_parties(index, query))


def _of_parties(index: Index, query: Query) -> set[int]:
    """The positions of the facts of the events of which an exclusion names a person, a
    party, whole."""
    excluded = [set(_content(words)) for words in query.excluded]
    out: set[int] = set()
    for event in index.catalogue().events:
        found = map(index.entity, event.parties)
        parties = [e for e in found if e is not None and e.type == PERSON]
        names = [set(tokens(n)) for e in parties for n in (e.name, *e.aliases)]
        if any(name in excluded for name in names):
            out |= index.facet(f"event:{event.id}")
    return out


def excluded_note(note: CuratorNote, query: Query, known: Vocabulary) -> bool:
    """Whether a note holds every word of one of the query's exclusions: a word the facts'
    vocabulary (known) reads it as, or another form of it."""
    words = note_words(note)
    vocabulary = SortedVocabulary(words)

    def held(word: str) -> bool:
        own = word_scores(word, vocabulary, typos=False)
        return any(s >= INFLECTED for s in own.values()) or bool(
            words.intersection(excluded_words(word, known))
        )

    return any(all(map(held, _content(excluded))) for excluded in query.excluded)


def left_in(
    index: Index, query: Query, filters: Filters, notes: list[NoteMatch]
) -> tuple[Filters, list[NoteMatch]]:
    """The filters with the facts the query's exclusions leave out, and the notes they
    leave in."""
    known = index.vocabulary()
    kept = [m for m in notes if not excluded_note(m.note, query, known)]
    return filters._replace(excluded=excluded_positions(index, query)), kept
