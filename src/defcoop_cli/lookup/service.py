"""What each reader's command answers: the core between the CLI and the renderers. Counts,
filters, source context and the rules about editorial content live here; the answers are
the plain result objects of lookup.results, which the renderers only draw."""

from __future__ import annotations

import itertools
from abc import abstractmethod
from collections.abc import Sequence

from defcoop_cli.errors import UnknownId, UsageError
from defcoop_cli.factbase.limits import shortened
from defcoop_cli.factbase.loader import FactBase
from defcoop_cli.factbase.records import CuratorNote, Entity, Fact, Topic
from defcoop_cli.factbase.vocab import ENTITY_TYPES, KINDS, is_editorial_group
from defcoop_cli.lookup import names
from defcoop_cli.lookup.claims import Standings
from defcoop_cli.lookup.protocol import Index
from defcoop_cli.lookup.results import (
    EntityList,
    EntityRow,
    EntityView,
    FactList,
    FactView,
    NoteView,
    Participant,
    SearchResult,
    SourceInfo,
    SourceList,
    SourceRef,
    SourceRow,
    Standing,
    TopicList,
    TopicRow,
    TopicView,
)
from defcoop_cli.lookup.search.curator_notes import order_notes
from defcoop_cli.lookup.search.hits import Readings
from defcoop_cli.lookup.search.matching import word_scores
from defcoop_cli.lookup.search.partial import Partial, a_list, by_parts
from defcoop_cli.lookup.search.ranking import Filters, Match, Ranking, rank_facts
from defcoop_cli.lookup.search.reading.held import past_label_search, read_held, read_tenure
from defcoop_cli.lookup.search.reading.refusing.asked import count_refused, shown_notes
from defcoop_cli.lookup.search.reading.registers import closest_or_passage, rank_read, read_typed
from defcoop_cli.lookup.search.text import parse_query
from defcoop_cli.lookup.search.unheld.elsewhere import query_elsewhere
from defcoop_cli.lookup.search.words import Query, tokens
from defcoop_cli.tuples import NamedTuple

# ---- search

TYPE_CHECKING = False  # typing is imported by mypy alone: a search loads no typing
if TYPE_CHECKING:
    from typing import Any, TypeVar

    T = TypeVar("T")


class SearchRequest(NamedTuple):
    words: tuple[str, ...]
    topics: tuple[str, ...] = ()
    entities: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    limit: int | None = 10
    include_editorial: bool = False
    explain: bool = False
    sources: tuple[str, ...] = ()

    def filter_options(self) -> str:
        """The filters as typed: '--kind commitment --topic drills'."""
        options = [
            ("--topic", self.topics),
            ("--entity", self.entities),
            ("--kind", self.kinds),
            ("--source", self.sources),
        ]
        return " ".join(f"{o} {shortened(v, 30)}" for o, values in options for v in values)


def choose(value: str, choices: Sequence[str], option: str) -> str:
    if value not in choices:
        raise UsageError(f"{option} {shortened(value)!r} is not one of: {', '.join(choices)}")
    return value


def filters(index: Index, request: SearchRequest) -> Filters:
    """The request's filters, each name resolved (not found when it names nothing)."""
    topics = [names.find_topic(index.topics, t) for t in request.topics]
    return Filters(
        topics=frozenset(t.id for t in topics),
        entities=frozenset(names.find_entity(index.entities, e).id for e in request.entities),
        kinds=frozenset(choose(k, KINDS, "--kind") for k in request.kinds),
        include_editorial=request.include_editorial,
        editorial_topics=frozenset(t.id for t in topics if is_editorial_group(t.group)),
        sources=source_ids(index, request.sources),
    )


def source_ids(index: Index, wanted: Sequence[str]) -> frozenset[str]:
    """The --source options, each resolved to a source's id (not found when unknown)."""
    sources = index.catalogue().sources if wanted else []
    return frozenset(names.find_source(sources, w).id for w in wanted)


def standings(index: Index) -> Standings:
    """Each fact's source, claim and conflicts, reading a claim's facts from the index."""
    doc = index.catalogue()

    def claim_facts(claim: str) -> list[Fact]:
        return index.facts_at(sorted(index.facet(f"claim:{claim}")))

    return Standings(doc.sources, doc.curator_notes, claim_facts)


def _positions(index: Index, sources: frozenset[str], facet: str | None = None) -> list[int]:
    """The positions of a facet's facts (None: every fact), from the sources (empty: all)."""
    found = set(range(index.size())) if facet is None else index.facet(facet)
    if sources:  # a new set: an index may hand out its own
        found = found & set().union(*(index.facet(f"source:{s}") for s in sources))
    return sorted(found)


def _counts(index: Index, sources: frozenset[str], facets: Sequence[str]) -> list[int]:
    """How many facts each facet holds (from the sources, when given)."""
    if sources:
        return [len(_positions(index, sources, facet)) for facet in facets]
    return index.facet_counts(facets)


def search(index: Index, query: Query, request: SearchRequest) -> SearchResult:
    """The query's best matches under the request's filters; when it finds nothing, its
    closest matches past their bar (search/partial.py), else "did you mean". The caller
    parses the query before it opens the index: one with nothing to look for is refused."""
    if query.alternatives or " or " in query.text:  # "a OR b", "x or y?": lookup/either.py
        from defcoop_cli.lookup.either import search_either

        if (either := search_either(index, query, request, search)) is not None:
            return either
    # Notes are not facts of a topic, kind or source: a filtered search leaves them out.
    narrowed = request.filter_options()
    query = read_tenure(index, read_typed(index, read_held(index, query)))
    if refused := query_elsewhere(index, query):  # a place or office the base lacks
        return SearchResult(query, (), request.explain, filters=narrowed, refused=refused)
    notes = [] if narrowed else shown_notes(index, query)
    limit = request.limit or index.size()
    # What is read from the index for the query, kept for the closest matches and topic;
    # wider words are a retry for a query that finds nothing: neither a fact nor a note.
    readings: Readings = {}
    chosen = filters(index, request)
    if query.excluded:  # "-word" (reading/notation/exclusion.py)
        from defcoop_cli.lookup.search.reading.notation.exclusion import left_in

        chosen, notes = left_in(index, query, chosen, notes)
    ranking = rank_read(index, query, chosen, limit, not notes, readings)
    notes, notes_first = order_notes(query, ranking.matches, notes)
    suggestions: list[str] = []
    nothing = not (ranking.total or notes or ranking.hidden_editorial or ranking.hidden_by_filters)
    closest = _closest(index, query, chosen, limit, ranking, readings)
    partial: Partial | None = None
    if closest:
        ranking, partial = closest
        notes_first = notes_first or bool(notes)
    elif nothing:
        if labelled := past_label_search(index, query, request, search):  # "- ref"
            return labelled
        if refused := count_refused(query):  # a count of persons no fact or note gives
            return SearchResult(query, (), request.explain, filters=narrowed, refused=refused)
        vocabulary = index.vocabulary()
        suggestions = [  # never a suggestion that would find nothing either
            s
            for s in names.suggest(
                vocabulary.words(), query.terms, lambda t: bool(word_scores(t, vocabulary))
            )
            if _finds_something(index, s, request)
        ]
    return SearchResult(
        query,
        tuple(ranking.matches),
        request.explain,
        ranking.total,
        ranking.hidden_editorial,
        ranking.hidden_by_filters,
        " ".join(filter(None, [request.filter_options(), query.exclusions])),
        tuple(suggestions),
        tuple(highlights(index, m) for m in ranking.matches),
        standings(index).all(m.fact for m in ranking.matches),
        tuple(notes[: request.limit] if request.limit else notes),
        closest_topic(index, query, chosen, readings) if not ranking.total and not notes else None,
        notes_first,
        partial,
    )


def _closest(
    index: Index, query: Query, chosen: Filters, limit: int, ranking: Ranking, readings: Readings
) -> tuple[Ranking, Partial] | None:
    """For a query no fact matches, the closest matches (search/partial.py) or, for a long
    one, a passage's (reading/registers.py), led by a note that matches; where editorial
    content matches, only parts joined by "and" that each find facts."""
    if ranking.total or ranking.hidden_by_filters:
        return None
    if not ranking.hidden_editorial:  # a list's items asked together, else the closest
        listed = a_list(index, query, chosen, limit, readings)
        return listed or closest_or_passage(index, query, chosen, limit, readings)
    if found := by_parts(index, query, chosen, limit, readings):
        return found[0]._replace(hidden_editorial=ranking.hidden_editorial), found[1]
    return None


# The share of a query's terms the facts of the closest topic must match: half.
CLOSEST_SHARE = 0.5


def closest_topic(
    index: Index, query: Query, chosen: Filters, readings: Readings | None = None
) -> Topic | None:
    """For a search that finds nothing: the topic of the best fact matching half of the
    query's terms, to look at instead, when no closest matches pass their bar: only
    named, never shown as results. readings: what the search read before (hits.py)."""
    partial = rank_facts(index, query, chosen, 1, share=CLOSEST_SHARE, readings=readings)
    wanted = partial.matches[0].fact.topics[:1] if partial.matches else []
    return next((t for t in index.topics if t.id in wanted), None)


def _finds_something(index: Index, suggestion: str, request: SearchRequest) -> bool:
    """Whether a corrected query finds a fact ("these" alone is no query: nothing)."""
    try:
        query = parse_query(suggestion.split())
    except UsageError:
        return False
    # A correction is offered for the query's own words: not one found only by wider ones.
    return bool(rank_facts(index, query, filters(index, request), 1, widen=False).total)


def highlights(index: Index, match: Match) -> frozenset[str]:
    """The words to mark in a result's statement: the words the query matched and, when it
    matched an entity's name or alias, every name of that entity (`usa` marks "US")."""
    words = set(match.words)
    matched = {d.word for d in match.details if d.field == "entity"}
    if matched:
        for e in filter(None, map(index.entity, match.fact.entities)):
            names = {w for n in (e.name, *e.aliases) for w in tokens(n)}
            if names & matched:
                words |= names
    return frozenset(words)


# ---- facts without a query


def fact_list(index: Index, request: SearchRequest) -> FactList:
    """The facts the request's filters admit (its words are not used). Without filters it
    walks the positions lazily: a listing holds the facts it prints, not every position."""
    allowed, editorial = filters(index, request).admitted(index)
    if allowed is None:
        size = index.size()
        listed_count = size - len(editorial)
        walk = (p for p in range(size) if p not in editorial)
        hidden = len(editorial)
    else:
        ordered = sorted(allowed)
        walk = (p for p in ordered if p not in editorial)
        listed_count = sum(p not in editorial for p in ordered)
        hidden = len(ordered) - listed_count
    shown = list(itertools.islice(walk, request.limit)) if request.limit else list(walk)
    facts = Listed(index, shown)
    return FactList(facts, listed_count, hidden, ListedStandings(facts, standings(index)))


class _Batched(Sequence["T"]):  # T is mypy's: a string at run time
    """The items at positions, read from the index a batch at a time as they are drawn: a
    listing of a million into `head` reads one batch, and one into a file holds one batch
    at a time, not all of them. A subclass says how a batch of positions is read."""

    BATCH = 1000

    def __init__(self, index: Index, positions: Sequence[int]) -> None:
        self._index, self._positions = index, positions
        self._start = 0
        self._batch: list[T] = []

    @abstractmethod
    def _read(self, positions: Sequence[int]) -> list[T]: ...

    def __len__(self) -> int:
        return len(self._positions)

    def __getitem__(self, at: int | slice) -> Any:  # Sequence's overloads: an item, or a list
        if isinstance(at, slice):
            return [self[i] for i in range(*at.indices(len(self)))]
        if at < 0:
            at += len(self)
        if not 0 <= at < len(self):
            raise IndexError(at)
        if not self._start <= at < self._start + len(self._batch):
            start = self._start = at - at % self.BATCH
            self._batch = self._read(self._positions[start : start + self.BATCH])
        return self._batch[at - self._start]


class Listed(_Batched[Fact]):
    """The listed facts, a batch at a time."""

    def _read(self, positions: Sequence[int]) -> list[Fact]:
        return self._index.facts_at(positions)


class ListedStandings(Sequence[Standing]):
    """Each listed fact's standing, made as it is drawn."""

    def __init__(self, facts: Sequence[Fact], of: Standings) -> None:
        self._facts, self._of = facts, of

    def __len__(self) -> int:
        return len(self._facts)

    def __getitem__(self, at: int | slice) -> Any:  # Sequence's overloads: an item, or a list
        if isinstance(at, slice):
            return [self[i] for i in range(*at.indices(len(self)))]
        return self._of.of(self._facts[at])


# ---- topics and entities


def topic_list(index: Index, sources: Sequence[str] = ()) -> TopicList:
    """Every topic with its count of facts (from the sources, when given)."""
    chosen = source_ids(index, sources)
    topics = index.topics
    counts = _counts(index, chosen, [f"topic:{t.id}" for t in topics])
    return TopicList(tuple(map(TopicRow, topics, counts)))


def topic_view(index: Index, wanted: str, sources: Sequence[str] = ()) -> TopicView:
    topic = names.find_topic(index.topics, wanted)
    facts = index.facts_at(_positions(index, source_ids(index, sources), f"topic:{topic.id}"))
    return TopicView(TopicRow(topic, len(facts)), tuple(facts), standings(index).all(facts))


def entity_list(index: Index, entity_type: str | None, sources: Sequence[str] = ()) -> EntityList:
    wanted = None
    if entity_type is not None:
        wanted = names.resolve_type(ENTITY_TYPES, entity_type)
        if wanted is None:
            types = ", ".join(ENTITY_TYPES)
            raise UsageError(f"--type {shortened(entity_type)!r} is not one of: {types}")
    positions, id_width = index.entity_listing(wanted)
    return EntityList(ListedEntities(index, positions, source_ids(index, sources)), id_width)


class ListedEntities(_Batched[EntityRow]):
    """The entities at positions with their counts of facts (from the sources, when given),
    a batch at a time: `entities | head` reads one batch."""

    def __init__(self, index: Index, positions: Sequence[int], sources: frozenset[str]) -> None:
        super().__init__(index, positions)
        self._sources = sources
        self._allowed: set[int] | None = None

    def _read(self, positions: Sequence[int]) -> list[EntityRow]:
        batch = self._index.entities_at(positions)
        return list(map(EntityRow, batch, self._counts(batch)))

    def _counts(self, entities: Sequence[Entity]) -> list[int]:
        facets = [f"entity:{e.id}" for e in entities]
        if not self._sources:
            return self._index.facet_counts(facets)
        if self._allowed is None:  # the sources' facts, found once for every batch
            found = (self._index.facet(f"source:{s}") for s in self._sources)
            self._allowed = set().union(*found)
        return [len(self._index.facet(f) & self._allowed) for f in facets]


def entity_view(index: Index, wanted: str, sources: Sequence[str] = ()) -> EntityView:
    entity = names.find_entity(index.entities, wanted)
    facts = index.facts_at(_positions(index, source_ids(index, sources), f"entity:{entity.id}"))
    participants = tuple(
        Participant(_entity_name(index, p.entity), p.fact) for p in entity.participants
    )
    return EntityView(
        EntityRow(entity, len(facts)), participants, tuple(facts), standings(index).all(facts)
    )


def _entity_name(index: Index, entity_id: str) -> str:
    found = index.entity(entity_id)
    return found.name if found else entity_id


# ---- sources


def source_list(index: Index) -> SourceList:
    """Every source, bottom layer first, with its count of facts."""
    from defcoop_cli.lookup.claims import independence_key

    sources = index.catalogue().sources
    counts = index.facet_counts([f"source:{s.id}" for s in sources])
    rows = (SourceRow(s, n, independence_key(s)) for s, n in zip(sources, counts, strict=True))
    return SourceList(tuple(rows))


# ---- one fact


def notes_for(notes: Sequence[CuratorNote], fact: Fact) -> list[CuratorNote]:
    """The curator notes about the fact, and those about one of its entities as a whole
    (citing no fact): a note on a person's office, citing the facts that give it, is not
    about every fact that names them."""
    return [
        n
        for n in notes
        if fact.id in n.facts or (not n.facts and set(n.entities) & set(fact.entities))
    ]


def _source_info(doc_sources: Sequence[Any], source_id: str) -> SourceInfo | None:
    s = next((s for s in doc_sources if s.id == source_id), None)
    if s is None:
        return None
    published = s.published.isoformat() if s.published else None
    return SourceInfo(s.id, s.title, s.kind, s.publisher, published, s.date_note, s.url, s.via)


def fact_view(index: Index, fact_id: str, around: int) -> FactView | NoteView:
    """The fact with this id, or the curator note with it."""
    doc = index.catalogue()
    fact = index.fact(fact_id)
    ranks = standings(index)
    if fact is None:
        note = next((n for n in doc.curator_notes if n.id == fact_id), None)
        if note is not None:
            facts = [f for f in (index.fact(i) for i in note.facts) if f is not None]
            return NoteView(note, tuple(facts), ranks.all(facts))
        raise UnknownId(f"no fact {shortened(fact_id)!r}{_id_hint(index, fact_id)}")
    from defcoop_cli.factbase.sentences import context_span  # show's alone: not every run's

    text = index.source_text(fact.source)
    start, end = context_span(text, fact.span, around)
    quote_at = (fact.span[0] - start, fact.span[1] - start)
    standing = ranks.of(fact)
    others: list[tuple[Fact, SourceRef]] = []
    if standing.corroboration:
        for other in index.facts_at(sorted(index.facet(f"claim:{fact.claim}"))):
            if other.id != fact.id:
                others.append((other, ranks.of(other).source))
    return FactView(
        fact,
        (start, end),
        text[start:end],
        quote_at,
        tuple(notes_for(doc.curator_notes, fact)),
        _source_info(doc.sources, fact.source),
        standing,
        tuple(others),
    )


def _id_hint(index: Index, fact_id: str) -> str:
    """'; did you mean …?' from every fact and note id (read whole only on this path)."""
    doc = index.catalogue()
    known = [*index.fact_ids(), *(n.id for n in doc.curator_notes)]
    return names.did_you_mean(names.closest_ids(fact_id, known))


# ---- the brief


def from_sources(fb: FactBase, sources: frozenset[str]) -> FactBase:
    """The fact base as the chosen sources tell it (all of it when none are chosen): their
    facts, and the notes about those facts (or about no fact at all)."""
    if not sources:
        return fb
    facts = [f for f in fb.doc.facts if f.source in sources]
    kept = {f.id for f in facts}
    notes = [n for n in fb.doc.curator_notes if not n.facts or set(n.facts) & kept]
    doc = fb.doc._replace(
        facts=facts,
        sources=[s for s in fb.doc.sources if s.id in sources],
        curator_notes=notes,
    )
    restricted = FactBase(fb.path, doc)
    restricted.homes = {s: home for s, home in fb.homes.items() if s in sources}
    return restricted


def briefing_topic(topics: list[Topic], wanted: str | None) -> Topic | None:
    """The topic a brief is limited to; editorial content is never part of a brief."""
    if wanted is None:
        return None
    topic = names.find_topic(topics, wanted)
    if is_editorial_group(topic.group):
        raise UsageError(
            f"editorial content is never part of a brief; see 'defcoop topics {topic.id}'"
        )
    return topic
