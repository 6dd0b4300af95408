"""Curator notes: few, searched apart from the facts, shown under them (or above them, for
a date asked or a question of whether), by pure functions over an index, no I/O. A note
matches a query as a fact does (ranking.enough, ranking.fact_score), by its words (its
text, short form and date, and its references' publishers, titles, wires and dates)."""

from collections.abc import Sequence

from defcoop_cli.factbase.records import CuratorNote
from defcoop_cli.factbase.vocab import base_verbs
from defcoop_cli.lookup.protocol import Vocabulary
from defcoop_cli.lookup.search.matching import meaning, word_scores
from defcoop_cli.lookup.search.questions import OUTCOME_TERM
from defcoop_cli.lookup.search.ranking import (
    RELATIVE_FLOOR,
    Match,
    TermMatch,
    enough,
    fact_score,
    term_weight,
)
from defcoop_cli.lookup.search.words import Query, tokens
from defcoop_cli.tuples import NamedTuple


class NoteMatch(NamedTuple):
    note: CuratorNote
    score: float
    details: tuple[TermMatch, ...]


def note_words(note: CuratorNote) -> frozenset[str]:
    """A note's words: its text, short form and date, and its references' publishers,
    titles, wires and dates (a date's numbers and month: 2025-05-05 is 2025, 5, may)."""
    dates = [note.date, *(r.published for r in note.references)]
    said = [note.text, note.short or ""]
    said += [f"{r.publisher} {r.title} {r.via or ''}" for r in note.references]
    said += [f"{d.year} {d.day} {d.strftime('%B')} {d.isoformat()}" for d in dates if d]
    return frozenset(tokens(" ".join(said)))


def rank_notes(
    notes: Sequence[CuratorNote], query: Query, known: Vocabulary | None = None
) -> list[NoteMatch]:
    """The notes that match enough of the query's terms, as facts must (a term in more
    than half the notes counting half), best first; those below RELATIVE_FLOOR of the
    best are left out. A term the facts' vocabulary (known) has exactly is a word, not a
    typo of a note's word."""
    from defcoop_cli.lookup.search.memory import notes_read

    held, vocabulary = notes_read(tuple(notes), note_words)
    scores = {
        t: _unlike(
            t, vocabulary, word_scores(t, vocabulary, typos=known is None or not known.has(t))
        )
        for t in query.terms
    }
    # A term in most notes ("2025" in dated notes) counts half, as a common term of facts.
    weights = {
        t: term_weight(sum(bool(scores[t].keys() & words) for words in held), len(notes))
        for t in query.terms
    }
    found = []
    for note, words in zip(notes, held, strict=True):
        details = []
        for t in query.terms:
            best = max(((s, w) for w, s in scores[t].items() if w in words), default=None)
            if best is not None:
                meant = meaning(t, best[0], best[1], {})
                details.append(TermMatch(t, "note", best[1], best[0], meant))
        if details and enough([d.term for d in details], weights):
            score = fact_score(len(query.terms), [d.score for d in details])
            found.append(NoteMatch(note, score, tuple(details)))
    top = max((m.score for m in found), default=0.0)
    return sorted((m for m in found if m.score >= RELATIVE_FLOOR * top), key=lambda m: -m.score)


def _unlike(term: str, vocabulary: Vocabulary, scores: dict[str, float]) -> dict[str, float]:
    """The term's scores less its typos that are an inflected verb's form (a past, an -ing,
    an -s form) where the term is an English word in its own right: "diet" is no "died" of
    a note's dead, a word of its own the user meant; "nakatni" is still Nakatani."""
    from defcoop_cli.lookup.search.reading.grammar import verb
    from defcoop_cli.lookup.search.reading.held import english

    typos = scores.keys() - word_scores(term, vocabulary, typos=False).keys()
    bare = base_verbs()
    unlike = {w for w in typos if verb(w) and w not in bare}
    if not unlike or not english(term):
        return scores
    return {w: s for w, s in scores.items() if w not in unlike}


# Words that ask for a date. A date note answers them better than facts that give none,
# unless a fact matches "when" itself (the curators' keyword on the meeting's fact).
DATE_WORDS = frozenset(["date", "day", "month", "year"])
WHEN = "when"


def dated_first(facts: Sequence[Match], notes: list[NoteMatch]) -> bool:
    """Whether a matching note gives a date (asked for) that the best fact does not."""
    answered = any(d.term == WHEN for m in facts[:1] for d in m.details)
    return not answered and any(m.note.date for m in notes)


def order_notes(
    query: Query, facts: Sequence[Match], notes: list[NoteMatch]
) -> tuple[list[NoteMatch], bool]:
    """The notes in the order shown (dated first when a date is asked), and whether they
    come above the facts: when they give a date asked for that the facts do not
    (dated_first), when a yes-no query's note scores above every fact ("is general a
    military rank for nakatani"), or a query of what held then's ("his office at the
    time", Query.then) scores above the best fact or holds every term it holds."""
    if WHEN in query.questions or not DATE_WORDS.isdisjoint(query.terms):  # a date asked
        notes = sorted(notes, key=lambda m: m.note.date is None)
        if dated_first(facts, notes):
            return notes, True
    best = max((m.score for m in facts[:1]), default=0.0)
    if query.then:  # a note that holds every term the best fact holds settles what held then
        held = {d.term for m in facts[:1] for d in m.details}
        holds = [bool(held) and held <= {d.term for d in m.details} for m in notes]
        return notes, any(m.score > best for m in notes) or any(holds)
    # what came of the talks, asked yes or no ("did the meeting achieve anything"), is what
    # was agreed: the best fact holds it by its kind, and no note leads it
    agreed = any(d.term == OUTCOME_TERM for m in facts[:1] for d in m.details)
    return notes, query.yes_no and not agreed and any(m.score > best for m in notes)
