"""What each command answers, as plain result objects: the core between the CLI and the
renderers. Counts, filters, source context and the rules about editorial content live
here; the renderers only draw what these objects hold.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from defcoop_cli import names
from defcoop_cli.errors import UnknownId, UsageError
from defcoop_cli.factbase import FactBase
from defcoop_cli.limits import shortened
from defcoop_cli.records import CuratorNote, Entity, Fact, Topic
from defcoop_cli.search import (
    Filters,
    Index,
    Match,
    Query,
    parse_query,
    rank_facts,
    tokens,
    word_scores,
)
from defcoop_cli.sentences import context_span
from defcoop_cli.vocab import ENTITY_TYPES, KINDS, is_editorial_group
from defcoop_cli.wording import plural

# ---- search


@dataclass(frozen=True)
class SearchRequest:
    words: tuple[str, ...]
    topics: tuple[str, ...] = ()
    entities: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    limit: int | None = 10
    include_editorial: bool = False
    explain: bool = False

    def filter_options(self) -> str:
        """The filters as typed: '--kind commitment --topic drills'."""
        options = [("--topic", self.topics), ("--entity", self.entities), ("--kind", self.kinds)]
        return " ".join(f"{o} {shortened(v, 30)}" for o, values in options for v in values)


@dataclass(frozen=True)
class SearchResult:
    query: Query
    matches: tuple[Match, ...]
    explain: bool
    total: int = 0  # results before --limit cut them
    hidden_editorial: int = 0
    hidden_by_filters: int = 0
    filters: str = ""  # the filter options as typed, for messages
    suggestions: tuple[str, ...] = ()
    highlights: tuple[frozenset[str], ...] = ()  # the words to mark in each statement

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
    )


def search(open_index: Callable[[], Index], request: SearchRequest) -> SearchResult:
    """The request's query checked first, then the index opened and searched."""
    query = parse_query(request.words)
    index = open_index()
    ranking = rank_facts(index, query, filters(index, request), request.limit or index.size())
    suggestions: list[str] = []
    if not ranking.total and not ranking.hidden_editorial and not ranking.hidden_by_filters:
        vocabulary = index.vocabulary()
        suggestions = names.suggest(
            vocabulary.words(), query.terms, lambda t: bool(word_scores(t, vocabulary))
        )
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
    )


def highlights(index: Index, match: Match) -> frozenset[str]:
    """The words to mark in a result's statement: the words the query matched and, when it
    matched an entity's name or alias, every name of that entity (`usa` marks "US")."""
    words = set(match.words)
    matched = {d.word for d in match.details if d.field == "entity"}
    if matched:
        for e in index.entities:
            if e.id in match.fact.entities:
                names = {w for n in (e.name, *e.aliases) for w in tokens(n)}
                if names & matched:
                    words |= names
    return frozenset(words)


# ---- facts without a query


@dataclass(frozen=True)
class FactList:
    """Facts in fact-base order, as the filters narrow them."""

    facts: tuple[Fact, ...]
    total: int  # before --limit
    hidden_editorial: int = 0

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


def fact_list(open_index: Callable[[], Index], request: SearchRequest) -> FactList:
    """The facts the request's filters admit (its words are not used)."""
    index = open_index()
    allowed, editorial = filters(index, request).admitted(index)
    admitted = sorted(allowed if allowed is not None else range(index.size()))
    listed = [p for p in admitted if p not in editorial]
    shown = listed if request.limit is None else listed[: request.limit]
    return FactList(tuple(index.facts_at(shown)), len(listed), len(admitted) - len(listed))


# ---- topics and entities


@dataclass(frozen=True)
class TopicRow:
    topic: Topic
    fact_count: int


@dataclass(frozen=True)
class TopicList:
    rows: tuple[TopicRow, ...]
    found: bool = True
    messages: tuple[str, ...] = ()


@dataclass(frozen=True)
class TopicView:
    topic: TopicRow
    facts: tuple[Fact, ...]
    found: bool = True
    messages: tuple[str, ...] = ()


@dataclass(frozen=True)
class EntityRow:
    entity: Entity
    fact_count: int


@dataclass(frozen=True)
class EntityList:
    rows: tuple[EntityRow, ...]
    messages: tuple[str, ...] = ()

    @property
    def found(self) -> bool:
        return bool(self.rows)


@dataclass(frozen=True)
class Participant:
    name: str
    fact: str


@dataclass(frozen=True)
class EntityView:
    entity: EntityRow
    participants: tuple[Participant, ...]
    facts: tuple[Fact, ...]
    found: bool = True
    messages: tuple[str, ...] = ()


def topic_list(fb: FactBase) -> TopicList:
    return TopicList(tuple(_topic_row(fb, t) for t in fb.doc.topics))


def _topic_row(fb: FactBase, topic: Topic) -> TopicRow:
    return TopicRow(topic, sum(topic.id in f.topics for f in fb.doc.facts))


def topic_view(fb: FactBase, wanted: str) -> TopicView:
    topic = names.find_topic(fb.doc.topics, wanted)
    facts = tuple(f for f in fb.doc.facts if topic.id in f.topics)
    return TopicView(TopicRow(topic, len(facts)), facts)


def _entity_row(fb: FactBase, entity: Entity) -> EntityRow:
    return EntityRow(entity, sum(entity.id in f.entities for f in fb.doc.facts))


def entity_list(fb: FactBase, entity_type: str | None) -> EntityList:
    wanted = None
    if entity_type is not None:
        wanted = names.resolve_type(ENTITY_TYPES, entity_type)
        if wanted is None:
            types = ", ".join(ENTITY_TYPES)
            raise UsageError(f"--type {shortened(entity_type)!r} is not one of: {types}")
    listed = [e for e in fb.doc.entities if wanted is None or e.type == wanted]
    return EntityList(tuple(_entity_row(fb, e) for e in listed))


def entity_view(fb: FactBase, wanted: str) -> EntityView:
    entity = names.find_entity(fb.doc.entities, wanted)
    facts = tuple(f for f in fb.doc.facts if entity.id in f.entities)
    participants = tuple(
        Participant(fb.entities[p.entity].name if p.entity in fb.entities else p.entity, p.fact)
        for p in entity.participants
    )
    return EntityView(EntityRow(entity, len(facts)), participants, facts)


# ---- one fact


@dataclass(frozen=True)
class FactView:
    """A fact whole, with the stretch of its source around the quote."""

    fact: Fact
    context: tuple[int, int]
    context_text: str
    quote_at: tuple[int, int]  # the quote's place inside context_text
    notes: tuple[CuratorNote, ...]
    found: bool = True
    messages: tuple[str, ...] = ()


@dataclass(frozen=True)
class NoteView:
    """A curator note whole (the brief cites notes by id), with the facts it is about."""

    note: CuratorNote
    facts: tuple[Fact, ...]
    found: bool = True
    messages: tuple[str, ...] = ()


def fact_view(fb: FactBase, fact_id: str, around: int) -> FactView | NoteView:
    """The fact with this id, or the curator note with it."""
    fact = fb.facts.get(fact_id)
    if fact is None:
        note = next((n for n in fb.doc.curator_notes if n.id == fact_id), None)
        if note is not None:
            return NoteView(note, tuple(fb.facts[f] for f in note.facts if f in fb.facts))
        known = [*fb.facts, *(n.id for n in fb.doc.curator_notes)]
        hint = names.did_you_mean(names.closest_ids(fact_id, known))
        raise UnknownId(f"no fact {shortened(fact_id)!r}{hint}")
    text = fb.source_text(fact.source)
    start, end = context_span(text, fact.span, around)
    quote_at = (fact.span[0] - start, fact.span[1] - start)
    return FactView(fact, (start, end), text[start:end], quote_at, tuple(fb.notes_for(fact)))


# ---- the brief


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
