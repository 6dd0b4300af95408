"""Query normalising and ranking: pure functions over an index, no I/O.

A query is split into words; question and function words ("who", "what", "did", "they",
"the", "of"…) are dropped, and the rest are its terms. Each term is scored against the words
of each fact: its statement, keywords, the names and aliases of its entities, its topic
titles and aliases, and its quote.

- A word found as it is scores 100; a word the term starts (terms of four letters or more)
  90; a typo (terms of four letters or more, rapidfuzz's ratio at 85 or more for terms of up
  to five letters, 80 or more for longer ones) at most 89. Terms of three letters or fewer
  count only when found whole.
- A fact's score is `(100 × (matched terms − 1) + their mean score) / terms`: a fact that
  matches more terms always scores above one that matches fewer.
- A fact is a result only if it matches enough of the terms (`required`): all of one or
  two, and two thirds (rounded up) of three or more. It is dropped when it scores below
  RELATIVE_FLOOR of the best result.
- Equal scores go to the more specific fact first: more terms matched in the names of the
  fact's own entities, then the shorter statement, then the fact base's order.
"""

from __future__ import annotations

import heapq
import itertools
import math
import re
import unicodedata
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from functools import cached_property, lru_cache
from typing import Any, NamedTuple, Protocol

from rapidfuzz import process
from rapidfuzz.distance import OSA

from defcoop_cli.errors import UsageError
from defcoop_cli.factbase.limits import MAX_QUERY_CHARS, shortened
from defcoop_cli.factbase.loader import FactBase
from defcoop_cli.factbase.records import Doc, Entity, Fact, Topic
from defcoop_cli.factbase.vocab import EDITORIAL

EXACT = 100.0
INFLECTED = 95.0  # another form of the same word: exercise / exercises, attack / attacked
PREFIX = 90.0
FUZZY_CAP = 89.0
SYNONYM = 85.0
MIN_PREFIX_LEN = 4
MIN_FUZZY_LEN = 4
MIN_STEM_LEN = 3  # "aim" finds "aimed"; a stem is a whole word, not a typo
# How many of a query's terms a fact must match, and how close to the best result a result
# must score; chosen on the judged query set (benchmarks/quality.py, benchmarks/RESULTS.md).
REQUIRED_SHARE = 2 / 3
RELATIVE_FLOOR = 0.7
# A term that reaches more than this share of the facts ("india" in an India–Japan fact
# base) says little about any of them: it counts half towards the required share.
COMMON_SHARE = 0.5
MAX_STEM_RUN = 2000  # vocabulary words looked at for one term's other forms
MAX_PREFIX_RUN = 100_000  # words a prefix may reach: every one, in practice

# Function and question words, and the verbs of asking: they say how a person asks, not
# what about.
STOPWORDS = frozenset(
    """
    a about after again all also am an and any are as at be been before being both but by
    can could did do does doing done for from give had has have having he her here hers him
    his how i if in into is it its just let list me more most my no nor not of on once only
    or other our ours out over own please said say says she should show so some such tell
    than that the their theirs them then there these they this those through to too under
    until up upon us very was we were what when where which while who whom whose why will
    with would you your yours
    happen happened know mean means react reacted respond responded take takes taking took
    think want view views stance stances opinion opinions feel feels felt
    """.split()  # noqa: SIM905 - a paragraph of words reads better than 130 strings
) - {"us"}  # "US" is the United States far more often than the pronoun in a search box
# Earlier fields win when a word matches equally well in several.
FIELDS = ("statement", "entity", "keyword", "topic", "quote")
# A term found in the statement (the claim itself), or else in the names of the fact's own
# entities, is what the fact is about; found only in its keywords, topics or quote, it is a
# passing mention.
STATEMENT, ENTITY = FIELDS.index("statement"), FIELDS.index("entity")
# A topic title is shared by every fact in the topic, so it says less about any one of them.
FIELD_WEIGHTS = (1.0, 1.0, 1.0, 0.9, 1.0)
# Words a person types for the same thing in defence and diplomacy news. A term also finds
# the other words of its group (and their other forms), at SYNONYM. Groups name common
# concepts, not this fact base's facts; keep them to true synonyms.
SYNONYM_GROUPS = (
    ("talks", "discussions", "negotiations"),
    ("drill", "exercise", "wargame", "manoeuvre", "maneuver"),
    ("navy", "naval"),
    ("army", "armies"),
    ("military", "defence", "armed"),
    ("terror", "terrorism", "terrorist"),
    ("attack", "strike", "assault"),
    ("weapon", "arms", "weaponry"),
    ("production", "produce", "manufacturing", "manufacture"),
    ("indigenous", "homegrown", "domestic"),
    ("investment", "invest"),
    ("ties", "relations", "relationship", "partnership"),
    ("agree", "pledge"),
    ("aim", "purpose", "goal", "objective"),
    ("support", "backing", "backs", "solidarity"),
    ("condemn", "denounce", "deplore"),
    ("importance", "significance", "matter"),
    ("venue", "location"),
    ("office", "post", "position", "role", "title", "job"),
    ("mood", "atmosphere", "tone"),
    ("future", "forward"),
)
# American spellings are read as the British ones the article uses.
SPELLINGS = {
    "defense": "defence",
    "behavior": "behaviour",
    "program": "programme",
    "programs": "programmes",
    "organization": "organisation",
    "organizations": "organisations",
    "center": "centre",
}

_APOSTROPHE_S = re.compile(r"['’‘`]s\b")
_APOSTROPHE = re.compile(r"['’‘`]")
_DOTTED = re.compile(r"(?<=\w)\.(?=\w)")
_NON_WORD = re.compile(r"[^\w&+]+")
_HAS_ALNUM = re.compile(r"[^\W_]")


class _Unprintable(dict[int, int | None]):
    """A str.translate table that drops accents and unprintable characters, learning each
    character once (str.translate then looks it up at C speed)."""

    def __missing__(self, code: int) -> int | None:
        ch = chr(code)
        kept = code if ch.isprintable() and not unicodedata.combining(ch) else None
        self[code] = kept
        return kept


_UNPRINTABLE = _Unprintable()


# ASCII text needs no decomposition: only its control characters go, and on ASCII the
# ASCII-only forms of the patterns match exactly what the Unicode ones do (and faster).
_ASCII_CONTROLS = dict.fromkeys([*range(32), 127])
_NON_WORD_ASCII = re.compile(r"[^\w&+]+", re.ASCII)
_DOTTED_ASCII = re.compile(r"(?<=\w)\.(?=\w)", re.ASCII)


def normalise(text: str) -> str:
    """Lower-case, accent-free, punctuation-free text; & and + stay inside words (J&K, 2+2)."""
    return " ".join(tokens(text))


def tokens(text: str) -> list[str]:
    """The words of normalise(text)."""
    if text.isascii():
        if not text.isprintable():
            text = text.translate(_ASCII_CONTROLS)
        text = text.lower()
        if "'" in text or "`" in text:
            text = _APOSTROPHE.sub("", _APOSTROPHE_S.sub("", text))
        if "." in text:
            text = _DOTTED_ASCII.sub("", text)
        return words(_NON_WORD_ASCII.sub(" ", text))
    return _unicode_tokens(text)


def _unicode_tokens(text: str) -> list[str]:
    text = unicodedata.normalize("NFKD", text).translate(_UNPRINTABLE)
    text = _APOSTROPHE.sub("", _APOSTROPHE_S.sub("", text.casefold()))
    if "." in text:
        text = _DOTTED.sub("", text)
    return words(_NON_WORD.sub(" ", text))


def words(text: str) -> list[str]:
    if "&" not in text and "+" not in text and "_" not in text:  # every word is alphanumeric
        return [SPELLINGS.get(w, w) for w in text.split()]
    out = []
    for raw in text.split():
        word = raw.strip("&+")
        if word.isalnum() or _HAS_ALNUM.search(word):
            out.append(SPELLINGS.get(word, word))
    return out


QUESTION_WORDS = frozenset(["who", "what", "when", "where", "which", "why", "how"])
IDENTITY = ("who", "what")  # "who is …", "what was …": asking what something is
COPULAS = frozenset(["is", "are", "was", "were"])
# The term that stands for a "who is" question, matched by the facts giving roles.
ROLE_TERM = "(who is)"


class Query(NamedTuple):
    text: str
    terms: tuple[str, ...]
    questions: tuple[str, ...] = ()  # question words, dropped from the terms
    identity: bool = False  # "who is X": the facts giving X's roles answer it


def parse_query(parts: Sequence[str]) -> Query:
    """The terms to look for; a usage error when there is nothing to search with."""
    text = " ".join(p.strip() for p in parts).strip()
    if len(text) > MAX_QUERY_CHARS:
        raise UsageError(f"query is {len(text)} characters long; the limit is {MAX_QUERY_CHARS}")
    all_words = tokens(text)
    if len("".join(all_words)) < 2:
        raise UsageError("query needs at least two letters or digits to search for")
    terms = tuple(t for t in all_words if t not in STOPWORDS)
    questions = tuple(dict.fromkeys(w for w in all_words if w in QUESTION_WORDS))
    identity = any(a in IDENTITY and b in COPULAS for a, b in itertools.pairwise(all_words))
    if not terms:
        raise UsageError(
            f"{shortened(text)!r} has only question and function words; add what you are "
            "asking about, as in 'who condemned the attack'"
        )
    return Query(text, terms, questions, identity)


def term_weight(reached: int, facts: int) -> float:
    """1, or 0.5 for a term that reaches more than COMMON_SHARE of the facts."""
    return 0.5 if facts and reached > COMMON_SHARE * facts else 1.0


def enough(matched: Iterable[str], weights: dict[str, float]) -> bool:
    """Whether the matched terms carry the required share of the query's terms: all of a
    query of one or two terms, two thirds of a longer one (common terms counting half)."""
    total = sum(weights.values())
    need = total if len(weights) <= 2 else REQUIRED_SHARE * total
    return sum(weights.get(t, 0.0) for t in set(matched)) >= need - 1e-9


class TermMatch(NamedTuple):
    """Why one query term matched one fact: where, on which word, how well."""

    term: str
    field: str
    word: str
    score: float


class Match(NamedTuple):
    fact: Fact
    score: float
    details: tuple[TermMatch, ...]

    @property
    def words(self) -> frozenset[str]:
        return frozenset(d.word for d in self.details)


class Ranking(NamedTuple):
    """The best matches, how many results there are in all, and how many matches the
    filters or the editorial rule left out."""

    matches: list[Match]
    total: int
    hidden_editorial: int = 0
    hidden_by_filters: int = 0


def _compact_forms(phrases: Iterable[str]) -> list[str]:
    """'Dharma Guardian' also as 'dharmaguardian', so a run-together query finds it."""
    return ["".join(ws) for ws in (tokens(p) for p in phrases) if len(ws) > 1]


class FieldWords:
    """The words of each fact by field (FIELDS order), remembering texts that repeat.

    Names, titles, keywords and quotes recur across facts; each distinct text is
    tokenised once.
    """

    def __init__(
        self,
        topics: Sequence[Topic],
        entities: Sequence[Entity] | Callable[[str], Entity | None],
    ) -> None:
        """entities: all of them, or a look-up by id (an index on disk reads only those
        of the facts it ranks: a base may name a hundred thousand)."""
        self._texts: dict[str, frozenset[str]] = {}
        self._groups: dict[tuple[str, ...], frozenset[str]] = {}
        self._topic_names = {t.id: (t.title, *t.aliases) for t in topics}
        if callable(entities):
            self._entity = entities
        else:
            known = {e.id: e for e in entities}
            self._entity = known.get
        self._entity_names: dict[str, tuple[str, ...] | None] = {}

    def _names_of_entity(self, entity_id: str) -> tuple[str, ...] | None:
        if entity_id not in self._entity_names:
            e = self._entity(entity_id)
            self._entity_names[entity_id] = (e.name, *e.aliases) if e else None
        return self._entity_names[entity_id]

    def _names(self, names: Iterable[tuple[str, ...] | None]) -> frozenset[str]:
        empty: frozenset[str] = frozenset()
        return empty.union(*(self.group(n) for n in names if n is not None))

    def text(self, text: str) -> frozenset[str]:
        found = self._texts.get(text)
        if found is None:
            found = self._texts[text] = frozenset(tokens(text))
        return found

    def group(self, texts: tuple[str, ...]) -> frozenset[str]:
        """The words of several names or keywords, and each one's run-together form."""
        found = self._groups.get(texts)
        if found is None:
            words = {w for t in texts for w in self.text(t)}
            found = self._groups[texts] = frozenset(words | set(_compact_forms(texts)))
        return found

    def of(self, fact: Fact, statement: list[str] | None = None) -> list[frozenset[str]]:
        """The fact's words by field; statement: its statement's tokens, if already known."""
        return [
            frozenset(tokens(fact.statement) if statement is None else statement),
            self._names(self._names_of_entity(e) for e in fact.entities),
            self.group(fact.keywords),
            self._names(self._topic_names.get(t) for t in fact.topics),
            frozenset(tokens(fact.quote)),  # quotes seldom repeat: not remembered
        ]


def facet_keys(fact: Fact, roles: dict[str, list[str]]) -> list[str]:
    """The names under which a fact is found: its kind, topics, entities and source (for
    the filters), its claim (the facts of other sources that make it), and the entities it
    gives a role of (for "who is …" questions)."""
    return [
        f"kind:{fact.kind}",
        *(f"topic:{t}" for t in fact.topics),
        *(f"entity:{e}" for e in fact.entities),
        f"source:{fact.source}",
        *((f"claim:{fact.claim}",) if fact.claim else ()),
        *(f"role:{e}" for e in roles.get(fact.id, [])),
    ]


def role_facts(entities: Iterable[Entity]) -> dict[str, list[str]]:
    """For each fact that gives an entity's role, those entities' ids."""
    found: dict[str, list[str]] = {}
    for e in entities:
        for role in e.roles:
            found.setdefault(role.fact, []).append(e.id)
    return found


class Vocabulary(Protocol):
    """The words of a fact base, as ranking reads them."""

    def has(self, word: str) -> bool: ...

    def starting(self, prefix: str, limit: int) -> list[str]:
        """Up to limit words that start with prefix, in sorted order."""
        ...

    def near(self, term: str, edits: int) -> list[str]:
        """The words within `edits` edits of term (a swap of two letters is one edit)."""
        ...

    def words(self) -> Sequence[str]:
        """Every word, sorted (for suggestions, when a query found nothing)."""
        ...


class SortedVocabulary:
    """A vocabulary held as a sorted list: bisection and rapidfuzz."""

    def __init__(self, words: Iterable[str]) -> None:
        self._words = sorted(set(words))

    def has(self, word: str) -> bool:
        return in_sorted(self._words, word)

    def starting(self, prefix: str, limit: int) -> list[str]:
        start = bisect_left(self._words, prefix)
        found = []
        for word in self._words[start : start + limit]:
            if not word.startswith(prefix):
                break
            found.append(word)
        return found

    def near(self, term: str, edits: int) -> list[str]:
        matches = process.extract_iter(term, self._words, scorer=OSA.distance, score_cutoff=edits)
        return [word for word, _, _ in matches]

    def words(self) -> Sequence[str]:
        return self._words


class Index(Protocol):
    """What ranking and the commands read, whatever engine holds the fact base.

    A position is a fact's index in the (merged) fact base, which is also the last
    tie-break. `hits` gives, for a term's matched words and their scores, each position's
    best match as (-weighted score, field code, word); an engine that cannot tell which of
    several equal words matched may leave the word empty, and the scorer finds it in the
    facts it returns.
    """

    @property
    def topics(self) -> list[Topic]: ...

    @property
    def entities(self) -> list[Entity]:
        """Every entity (an index on disk reads them all: prefer `entity`)."""
        ...

    def entity(self, entity_id: str) -> Entity | None: ...

    def role_entities(self) -> list[Entity]:
        """The entities that have roles (those "who is …" questions can be about)."""
        ...

    def catalogue(self) -> Doc:
        """Sources, topics and curator notes; its facts and entities may be left out."""
        ...

    def vocabulary(self) -> Vocabulary: ...

    def hits(self, scores: dict[str, float]) -> dict[int, Best]: ...

    def in_field(self, word: str, field: str) -> bool:
        """Whether word occurs, as it is, in the field of any fact."""
        ...

    def facet(self, name: str) -> set[int]: ...

    def facet_count(self, name: str) -> int:
        """How many facts a facet holds (topic:…, entity:…, source:…)."""
        ...

    def facts_at(self, positions: Sequence[int]) -> list[Fact]: ...

    def fact(self, fact_id: str) -> Fact | None: ...

    def fact_ids(self) -> Sequence[str]:
        """Every fact's id (for "did you mean" on an unknown one), in no set order."""
        ...

    def factbase(self) -> FactBase: ...

    def source_text(self, source_id: str) -> str:
        """A source's text, read and checked as the loader reads it."""
        ...

    def lengths(self, positions: Sequence[int]) -> list[int]:
        """The number of words in the statement of the fact at each position."""
        ...

    def size(self) -> int:
        """How many facts the index holds."""
        ...


class SearchIndex:
    """The in-memory index of a loaded fact base: postings of each word, by field."""

    def __init__(self, fb: FactBase) -> None:
        self.fb = fb
        self.topics = fb.doc.topics
        self.entities = fb.doc.entities
        self._postings: dict[str, list[int]] = {}
        self._facets: dict[str, set[int]] = {}
        field_words = FieldWords(fb.doc.topics, fb.doc.entities)
        roles = role_facts(fb.doc.entities)
        for position, fact in enumerate(fb.doc.facts):
            for code, found in enumerate(field_words.of(fact)):
                posting = position << 3 | code
                for word in found:
                    self._postings.setdefault(word, []).append(posting)
            for key in facet_keys(fact, roles):
                self._facets.setdefault(key, set()).add(position)

    @cached_property
    def _vocabulary(self) -> SortedVocabulary:
        return SortedVocabulary(self._postings)

    def vocabulary(self) -> Vocabulary:
        return self._vocabulary

    def hits(self, scores: dict[str, float]) -> dict[int, Best]:
        best: dict[int, Best] = {}
        for word, score in scores.items():
            for posting in self._postings.get(word, ()):
                position, code = posting >> 3, posting & 7
                key = (-score * FIELD_WEIGHTS[code], code, word)
                held = best.get(position)
                if held is None or key < held:
                    best[position] = key
        return best

    def in_field(self, word: str, field: str) -> bool:
        code = FIELDS.index(field)
        return any(p & 7 == code for p in self._postings.get(word, ()))

    def facet(self, name: str) -> set[int]:
        return self._facets.get(name, set())

    def catalogue(self) -> Doc:
        return self.fb.doc

    def entity(self, entity_id: str) -> Entity | None:
        return self.fb.entities.get(entity_id)

    def role_entities(self) -> list[Entity]:
        return [e for e in self.entities if e.roles]

    def facet_count(self, name: str) -> int:
        return len(self.facet(name))

    def facts_at(self, positions: Sequence[int]) -> list[Fact]:
        return [self.fb.doc.facts[p] for p in positions]

    def fact(self, fact_id: str) -> Fact | None:
        return self.fb.facts.get(fact_id)

    def fact_ids(self) -> Sequence[str]:
        return list(self.fb.facts)

    def factbase(self) -> FactBase:
        return self.fb

    def source_text(self, source_id: str) -> str:
        return self.fb.source_text(source_id)

    @cached_property
    def _lengths(self) -> list[int]:
        return [len(tokens(f.statement)) for f in self.fb.doc.facts]

    def lengths(self, positions: Sequence[int]) -> list[int]:
        return [self._lengths[p] for p in positions]

    def size(self) -> int:
        return len(self.fb.doc.facts)


def allowed_edits(term: str) -> int:
    """Typos a term may carry (insertions, deletions, substitutions, swaps of two letters):
    none up to three letters, one up to seven, two from eight."""
    if len(term) < MIN_FUZZY_LEN:
        return 0
    return 1 if len(term) <= 7 else 2


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Snowball (Porter2) English stem: cooperation and cooperate are both 'cooper'."""
    global _stemmer
    if _stemmer is None:
        _stemmer = _english_stemmer()
    return str(_stemmer.stemWord(word))


def _english_stemmer() -> Any:
    """snowballstemmer's English stemmer, without the thirty other languages its package
    imports (14 ms on every search): its folder is loaded as a private package of ours, so
    `import snowballstemmer` elsewhere still gets the real one."""
    import importlib
    import importlib.util
    import sys
    import types

    spec = importlib.util.find_spec("snowballstemmer")  # finds it; runs nothing
    name = "defcoop_cli._snowball"
    if spec is None or not spec.submodule_search_locations:
        import snowballstemmer  # type: ignore[import-untyped]

        return snowballstemmer.stemmer("english")
    if name not in sys.modules:
        package = types.ModuleType(name)
        package.__path__ = list(spec.submodule_search_locations)
        sys.modules[name] = package
    return importlib.import_module(f"{name}.english_stemmer").EnglishStemmer()


_stemmer: Any = None


@lru_cache(maxsize=1)
def _synonyms_by_stem() -> dict[str, tuple[str, ...]]:
    return {
        stem(word): tuple(other for other in group if other != word)
        for group in SYNONYM_GROUPS
        for word in group
    }


def synonyms(term: str) -> tuple[str, ...]:
    """The other words of the term's synonym group, whatever the term's form."""
    return _synonyms_by_stem().get(stem(term), ())


def other_forms(word: str, vocabulary: Vocabulary) -> list[str]:
    """The vocabulary's other words with word's stem: exercise -> exercises, exercised."""
    root = stem(word)
    # A stem is the start of its words, but for a final y turned i (happy -> happi).
    start = root[:-1] if root.endswith("i") else root
    return [
        candidate
        for candidate in vocabulary.starting(start, MAX_STEM_RUN)
        if candidate != word and stem(candidate) == root
    ]


def word_scores(term: str, vocabulary: Vocabulary) -> dict[str, float]:
    """How well term matches each vocabulary word it matches at all."""
    scores: dict[str, float] = {}

    def offer(word: str, score: float) -> None:
        if score > scores.get(word, 0.0):
            scores[word] = score

    if vocabulary.has(term):
        offer(term, EXACT)
    if len(term) >= MIN_STEM_LEN:
        for form in other_forms(term, vocabulary):
            offer(form, INFLECTED)
    edits = allowed_edits(term)
    if not edits:
        return scores
    for word in vocabulary.starting(term, MAX_PREFIX_RUN):
        if word != term:
            offer(word, PREFIX)
    if EXACT not in scores.values():  # a word the fact base has is not a typo of another
        for word in vocabulary.near(term, edits):
            distance = OSA.distance(term, word)
            offer(word, min(FUZZY_CAP, 100.0 * (1 - distance / max(len(term), len(word)))))
    for synonym in synonyms(term):
        for form in (synonym, *other_forms(synonym, vocabulary)):
            if vocabulary.has(form):
                offer(form, SYNONYM)
    return scores


def in_sorted(items: Sequence[str], value: str) -> bool:
    """Whether value is in a sorted list, by bisection."""
    i = bisect_left(items, value)
    return i < len(items) and items[i] == value


# The best match of one query term in a fact: (-weighted score, field, word); lower is
# better, so ties go to the earlier field, then the smaller word.
Best = tuple[float, int, str]


def _pick(own: Best | None, phrases: Iterable[Best | None]) -> Best | None:
    """A phrase match stands in for a term it covers when it scores strictly higher."""
    for phrase in phrases:
        if phrase is not None and (own is None or phrase[0] < own[0]):
            own = phrase
    return own


def fact_score(n_terms: int, scores: Sequence[float]) -> float:
    """(matched terms - 1) * 100 plus their mean score, over the number of query terms.

    A fact that matches k of n terms scores above 100*(k-1)/n and at most 100*k/n, so a
    fact matching more terms always scores higher than every fact matching fewer.
    """
    mean = sum(scores) / len(scores)
    return round((100.0 * (len(scores) - 1) + mean) / n_terms, 1)


class Filters(NamedTuple):
    """What the user narrowed a search or listing to. Editorial content stays out unless
    asked for: with include_editorial, the editorial kind, or an editorial topic (one whose
    group is editorial: `editorial_topics` holds those of `topics`)."""

    topics: frozenset[str] = frozenset()
    entities: frozenset[str] = frozenset()
    kinds: frozenset[str] = frozenset()
    include_editorial: bool = False
    editorial_topics: frozenset[str] = frozenset()
    sources: frozenset[str] = frozenset()

    def asks_for_editorial(self) -> bool:
        return self.include_editorial or EDITORIAL in self.kinds or bool(self.editorial_topics)

    def admitted(self, index: Index) -> tuple[set[int] | None, set[int]]:
        """The positions the filters allow (None: all), and the editorial ones left out."""
        allowed: set[int] | None = None
        for facet, wanted in (
            ("topic", self.topics),
            ("entity", self.entities),
            ("kind", self.kinds),
            ("source", self.sources),
        ):
            if wanted:
                found = set().union(*(index.facet(f"{facet}:{w}") for w in wanted))
                allowed = found if allowed is None else allowed & found
        editorial = set() if self.asks_for_editorial() else index.facet(f"kind:{EDITORIAL}")
        return allowed, editorial


class _Row(NamedTuple):
    # (-score, -terms in the statement, -terms in entity names, statement words, position)
    key: tuple[float, int, int, int, int]
    found: list[tuple[str, Best]]

    @property
    def score(self) -> float:
        return -self.key[0]

    @property
    def position(self) -> int:
        return self.key[-1]


def _phrases(terms: tuple[str, ...]) -> dict[str, frozenset[str]]:
    """Run-together forms of the query and of each pair of neighbouring terms, with the
    terms each one covers: 'south china see' is also 'southchinasee' (the name
    'southchinasea'), 'home grown' also 'homegrown'."""
    found: dict[str, frozenset[str]] = {}
    if len(terms) > 1:
        found["".join(terms)] = frozenset(terms)
        for a, b in itertools.pairwise(terms):
            found.setdefault(a + b, frozenset((a, b)))
    return found


def _asked(index: Index, query: Query) -> tuple[str, ...]:
    """The query's question words that the fact base uses as keywords ('where' on the
    venue): for this query they are terms like the others, matched as they are."""
    return tuple(w for w in query.questions if index.in_field(w, "keyword"))


def _role_hits(index: Index, query: Query, candidates: Candidates) -> dict[int, Best]:
    """For "who is X": the facts giving the roles of the entities the query names. A term
    names an entity by one of its words itself, another form of it, or a typo of it (a
    term the fact base knows is no typo): not as a prefix ("india" is not "Indian defence
    minister") nor a synonym."""
    hits: dict[int, Best] = {}
    entity = FIELDS.index("entity")
    named: set[str] = set()
    for t in query.terms:
        scores = candidates[t][0]
        known = EXACT in scores.values()
        named |= {
            w
            for w, s in scores.items()
            if s >= INFLECTED or (not known and s < PREFIX and s != SYNONYM)
        }
    for e in index.role_entities():
        names = {w for name in (e.name, *e.aliases) for w in tokens(name)}
        if names & named:
            for position in index.facet(f"role:{e.id}"):
                hits[position] = (-EXACT, entity, e.id)
    return hits


Candidates = dict[str, list[dict[str, float]]]


def _could_be_enough(
    weights: dict[str, float],
    hits: dict[str, dict[int, Best]],
    phrases: list[tuple[frozenset[str], dict[int, Best]]],
) -> list[int]:
    """The positions that reach enough terms to pass `enough`, found with set operations
    before any per-fact work (a common word reaches a fifth of a big base): all the terms
    of a one- or two-term query; for a longer one, at least as many terms as its required
    weight (each term weighs at most 1). `enough` then decides exactly."""
    cover = {t: set(hits[t]) for t in weights}
    for covered, found in phrases:
        for t in covered:
            cover[t] |= found.keys()
    if len(weights) <= 2:
        return sorted(set.intersection(*cover.values()))
    need = math.ceil(REQUIRED_SHARE * sum(weights.values()) - 1e-9)
    counts = Counter(itertools.chain.from_iterable(cover.values()))
    return sorted(p for p, n in counts.items() if n >= need)


def _rows(index: Index, query: Query) -> tuple[list[_Row], Candidates]:
    """Every fact that matches enough of the query, with its sort key; and for each term,
    the words it was matched with (its own, then those of the phrases that cover it)."""
    vocabulary = index.vocabulary()
    asked = _asked(index, query)
    candidates: Candidates = {t: [word_scores(t, vocabulary)] for t in query.terms}
    roles = _role_hits(index, query, candidates) if query.identity else {}
    terms = (*query.terms, *asked, *((ROLE_TERM,) if roles else ()))
    candidates.update({w: [{w: EXACT}] for w in asked})
    hits = {t: index.hits(found[0]) for t, found in candidates.items()}
    if roles:
        hits[ROLE_TERM] = roles
    # A run-together phrase must be close: 'malabrexercise' is not 'militaryexercise'.
    phrases = []
    for phrase, covered in _phrases(query.terms).items():
        scores = word_scores(phrase, vocabulary)
        phrases.append((covered, index.hits(scores)))
        for t in covered:
            candidates[t].append(scores)
    size = index.size()
    # The role term adds to a fact's score, never to what a fact must match: "what is
    # Japan's view on terrorism" asks for the view, whether or not roles come up.
    weights = {t: term_weight(len(hits[t]), size) for t in terms if t != ROLE_TERM}
    matched = []
    for position in _could_be_enough(weights, hits, phrases):
        found = []
        for t in terms:
            covering = (h.get(position) for covered, h in phrases if t in covered)
            best = _pick(hits[t].get(position), covering)
            if best is not None:
                found.append((t, best))
        if enough([t for t, _ in found], weights):
            matched.append((position, found))
    lengths = index.lengths([p for p, _ in matched])
    rows = []
    for (position, found), length in zip(matched, lengths, strict=True):
        score = fact_score(len(terms), [-b[0] for _, b in found])
        in_statement = sum(b[1] == STATEMENT for _, b in found)
        in_entity = sum(b[1] == ENTITY for _, b in found)
        rows.append(_Row((-score, -in_statement, -in_entity, length, position), found))
    return rows, candidates


def _named(
    index: Index, facts: Sequence[Fact], top: Sequence[_Row], candidates: Candidates
) -> None:
    """Fill in the words an engine left empty (it matched several of equal score at once):
    as in memory, the smallest of them that the fact's field holds."""
    field_words: FieldWords | None = None
    for fact, row in zip(facts, top, strict=True):
        for i, (term, best) in enumerate(row.found):
            if best[2] or term == ROLE_TERM:
                continue
            field_words = field_words or FieldWords(index.topics, index.entity)
            held = field_words.of(fact)[best[1]]
            weight = FIELD_WEIGHTS[best[1]]
            for scores in candidates.get(term, ()):
                found = sorted(w for w, s in scores.items() if -s * weight == best[0] and w in held)
                if found:
                    row.found[i] = (term, (best[0], best[1], found[0]))
                    break


def rank_facts(index: Index, query: Query, filters: Filters, limit: int) -> Ranking:
    """The best `limit` results for the query, how many there are, and what was hidden."""
    rows, candidates = _rows(index, query)
    allowed, editorial = filters.admitted(index)
    visible = [
        r
        for r in rows
        if r.position not in editorial and (allowed is None or r.position in allowed)
    ]
    best = max((r.score for r in visible), default=0.0)
    visible = [r for r in visible if r.score >= RELATIVE_FLOOR * best]
    top = heapq.nsmallest(limit, visible, key=lambda r: r.key)
    facts = index.facts_at([r.position for r in top])
    _named(index, facts, top, candidates)
    matches = [
        Match(fact, row.score, tuple(TermMatch(t, FIELDS[b[1]], b[2], -b[0]) for t, b in row.found))
        for fact, row in zip(facts, top, strict=True)
    ]
    return Ranking(
        matches,
        len(visible),
        hidden_editorial=sum(
            r.position in editorial and (allowed is None or r.position in allowed) for r in rows
        ),
        hidden_by_filters=sum(
            allowed is not None and r.position not in allowed and r.position not in editorial
            for r in rows
        ),
    )
