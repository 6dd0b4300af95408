"""What each command answers, as plain result objects: the core between the CLI and the
renderers. Counts, filters, source context and the rules about editorial content live
here; the renderers only draw what these objects hold.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Any, NamedTuple

from defcoop_cli.errors import UnknownId, UsageError
from defcoop_cli.factbase.limits import shortened
from defcoop_cli.factbase.loader import FactBase
from defcoop_cli.factbase.records import CuratorNote, Entity, Fact, Topic
from defcoop_cli.factbase.sentences import context_span
from defcoop_cli.factbase.vocab import ENTITY_TYPES, KINDS, is_editorial_group
from defcoop_cli.lookup import names
from defcoop_cli.lookup.claims import Standing, Standings
from defcoop_cli.lookup.protocol import Index
from defcoop_cli.lookup.ranking import Filters, Match, rank_facts, word_scores
from defcoop_cli.lookup.text import Query, parse_query, tokens
from defcoop_cli.output.wording import plural

# ---- search


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


class SearchResult(NamedTuple):
    query: Query
    matches: tuple[Match, ...]
    explain: bool
    total: int = 0  # results before --limit cut them
    hidden_editorial: int = 0
    hidden_by_filters: int = 0
    filters: str = ""  # the filter options as typed, for messages
    suggestions: tuple[str, ...] = ()
    highlights: tuple[frozenset[str], ...] = ()  # the words to mark in each statement
    standings: tuple[Standing, ...] = ()  # each match's source, claim and conflicts

    @property
    def found(self) -> bool:
        return bool(self.matches)

    @property
    def messages(self) -> tuple[str, ...]:
        """What stderr says, in one line: that nothing was found, and what was hidden and how
        to see it."""
        said = []
        hidden = self.hidden_editorial or self.hidden_by_filters
        if not self.matches:
            quoted = [repr(s) for s in self.suggestions]
            hint = "" if hidden else names.did_you_mean(quoted)
            said.append(f"nothing found for {shortened(self.query.text)!r}{hint}")
        if self.hidden_by_filters:
            matches = plural(self.hidden_by_filters, "match", "matches")
            said.append(f"{matches} hidden by {self.filters}")
        if self.hidden_editorial:
            matches = plural(self.hidden_editorial, "editorial match", "editorial matches")
            said.append(f"{matches} hidden; add --include-editorial")
        return ("; ".join(said),) if said else ()


def choose(value: str, choices: Sequence[str], option: str) -> str:
    if value not in choices:
        raise UsageError(f"{option} {shortened(value)!r} is not one of: {', '.join(choices)}")
    return value


def filters(index: Index, request: SearchRequest) -> Filters:
    """The request's filters, each name resolved (a usage error when it names nothing)."""
    topics = [names.find_topic(index.topics, t, UsageError) for t in request.topics]
    return Filters(
        topics=frozenset(t.id for t in topics),
        entities=frozenset(
            names.find_entity(index.entities, e, UsageError).id for e in request.entities
        ),
        kinds=frozenset(choose(k, KINDS, "--kind") for k in request.kinds),
        include_editorial=request.include_editorial,
        editorial_topics=frozenset(t.id for t in topics if is_editorial_group(t.group)),
        sources=source_ids(index, request.sources),
    )


def source_ids(index: Index, wanted: Sequence[str]) -> frozenset[str]:
    """The --source options, each resolved to a source's id (a usage error when unknown)."""
    if not wanted:
        return frozenset()
    sources = index.catalogue().sources
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


def _count(index: Index, sources: frozenset[str], facet: str) -> int:
    return len(_positions(index, sources, facet)) if sources else index.facet_count(facet)


def search(index: Index, query: Query, request: SearchRequest) -> SearchResult:
    """The query's best matches under the request's filters, with "did you mean" when it
    finds nothing. The caller parses the query (parse_query) before it opens the index, so
    that a query with nothing to search for is refused before any work."""
    ranking = rank_facts(index, query, filters(index, request), request.limit or index.size())
    suggestions: list[str] = []
    if not ranking.total and not ranking.hidden_editorial and not ranking.hidden_by_filters:
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
        request.filter_options(),
        tuple(suggestions),
        tuple(highlights(index, m) for m in ranking.matches),
        standings(index).all(m.fact for m in ranking.matches),
    )


def _finds_something(index: Index, suggestion: str, request: SearchRequest) -> bool:
    """Whether a corrected query finds a fact ("these" alone is no query: nothing)."""
    try:
        query = parse_query(suggestion.split())
    except UsageError:
        return False
    return bool(rank_facts(index, query, filters(index, request), 1).total)


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


class FactList(NamedTuple):
    """Facts in fact-base order, as the filters narrow them."""

    facts: tuple[Fact, ...]
    total: int  # before --limit
    hidden_editorial: int = 0
    standings: tuple[Standing, ...] = ()

    @property
    def found(self) -> bool:
        return bool(self.facts)

    @property
    def messages(self) -> tuple[str, ...]:
        said = [] if self.facts else ["no facts match these filters"]
        if self.hidden_editorial:
            left_out = plural(self.hidden_editorial, "editorial fact")
            said.append(f"{left_out} left out; add --include-editorial")
        return ("; ".join(said),) if said else ()


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
    facts = index.facts_at(shown)
    return FactList(tuple(facts), listed_count, hidden, standings(index).all(facts))


# ---- topics and entities


class TopicRow(NamedTuple):
    topic: Topic
    fact_count: int


class TopicList(NamedTuple):
    rows: tuple[TopicRow, ...]
    found: bool = True
    messages: tuple[str, ...] = ()


class TopicView(NamedTuple):
    topic: TopicRow
    facts: tuple[Fact, ...]
    standings: tuple[Standing, ...] = ()
    found: bool = True
    messages: tuple[str, ...] = ()


class EntityRow(NamedTuple):
    entity: Entity
    fact_count: int


class EntityList(NamedTuple):
    rows: tuple[EntityRow, ...]
    messages: tuple[str, ...] = ()

    @property
    def found(self) -> bool:
        return bool(self.rows)


class Participant(NamedTuple):
    name: str
    fact: str


class EntityView(NamedTuple):
    entity: EntityRow
    participants: tuple[Participant, ...]
    facts: tuple[Fact, ...]
    standings: tuple[Standing, ...] = ()
    found: bool = True
    messages: tuple[str, ...] = ()


def topic_list(index: Index, sources: Sequence[str] = ()) -> TopicList:
    """Every topic with its count of facts (from the sources, when given)."""
    chosen = source_ids(index, sources)
    rows = (TopicRow(t, _count(index, chosen, f"topic:{t.id}")) for t in index.topics)
    return TopicList(tuple(rows))


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
    chosen = source_ids(index, sources)
    listed = [e for e in index.entities if wanted is None or e.type == wanted]
    return EntityList(tuple(EntityRow(e, _count(index, chosen, f"entity:{e.id}")) for e in listed))


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


class SourceRow(NamedTuple):
    source: Any  # records.Source
    fact_count: int
    independent_of: str  # the independence key: a wire and its copies share one


class SourceList(NamedTuple):
    rows: tuple[SourceRow, ...]
    found: bool = True
    messages: tuple[str, ...] = ()


def source_list(index: Index) -> SourceList:
    """Every source, bottom layer first, with its count of facts."""
    from defcoop_cli.lookup.claims import independence_key

    rows = (
        SourceRow(s, index.facet_count(f"source:{s.id}"), independence_key(s))
        for s in index.catalogue().sources
    )
    return SourceList(tuple(rows))


# ---- one fact


class SourceInfo(NamedTuple):
    """Where a fact comes from: the source's title, publisher, date, address."""

    id: str
    title: str
    kind: str
    publisher: str | None
    published: str | None
    date_note: str | None
    url: str | None
    via: str | None


class FactView(NamedTuple):
    """A fact whole, with the stretch of its source around the quote, the source, the other
    reports of its claim and the conflicts it is part of."""

    fact: Fact
    context: tuple[int, int]
    context_text: str
    quote_at: tuple[int, int]  # the quote's place inside context_text
    notes: tuple[CuratorNote, ...]
    source: SourceInfo | None = None
    standing: Standing | None = None
    same_claim: tuple[tuple[Fact, str], ...] = ()  # the claim's other facts, and their sources
    found: bool = True
    messages: tuple[str, ...] = ()


class NoteView(NamedTuple):
    """A curator note whole (the brief cites notes by id), with the facts it is about."""

    note: CuratorNote
    facts: tuple[Fact, ...]
    standings: tuple[Standing, ...] = ()
    found: bool = True
    messages: tuple[str, ...] = ()


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
    text = index.source_text(fact.source)
    start, end = context_span(text, fact.span, around)
    quote_at = (fact.span[0] - start, fact.span[1] - start)
    standing = ranks.of(fact)
    others: list[tuple[Fact, str]] = []
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


def briefing_topic(fb: FactBase, wanted: str | None) -> Topic | None:
    """The topic a brief is limited to; editorial content is never part of a brief."""
    if wanted is None:
        return None
    topic = names.find_topic(fb.doc.topics, wanted, UsageError)
    if is_editorial_group(topic.group):
        raise UsageError(
            f"editorial content is never part of a brief; see 'defcoop topics {topic.id}'"
        )
    return topic


def late_result_types() -> dict[str, type]:
    """The result types few runs make (the brief, the curator's commands), by name: the
    renderers register them on first need, so that a search never imports their modules."""
    from defcoop_cli.curation.adding import Added, Created
    from defcoop_cli.curation.anchoring import Reanchoring
    from defcoop_cli.curation.diffing import Diff
    from defcoop_cli.lookup.briefing import Briefing

    return {
        "briefing": Briefing,
        "created": Created,
        "added": Added,
        "diff": Diff,
        "reanchoring": Reanchoring,
    }
