"""What an index holds of each fact, whatever engine holds it: the words of its search
fields, and the facet keys it is found under (for the filters, claims and roles).

Both indexes, in memory (memory.py) and on disk (index/writing/building.py), are built from these,
so that they find the same facts with the same words.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from itertools import chain, compress, filterfalse, repeat
from operator import not_
from weakref import WeakMethod

from defcoop_cli.factbase.events import event_of
from defcoop_cli.factbase.records import Entity, Fact, Source, Topic
from defcoop_cli.factbase.vocab import is_editorial_kind
from defcoop_cli.lookup.search.reading.clippings import REWRITTEN
from defcoop_cli.lookup.search.text import compounds, unframed
from defcoop_cli.lookup.search.words import PAIR, STOPWORDS, neighbour_pairs, tokens
from defcoop_cli.tuples import NamedTuple

# Earlier fields win when a word matches equally well in several.
FIELDS = ("statement", "entity", "keyword", "topic", "quote")
# A topic title is shared by every fact in the topic, so it says less about any one of them;
# a quote is the article's whole sentence, which often says more than the fact drawn from
# it (a parenthesis that another fact states: "which includes the US and Australia").
FIELD_WEIGHTS = (1.0, 1.0, 1.0, 0.9, 0.9)
# The fields whose words' neighbours are pairs (fact_pairs): FieldWords.texts orders them.
PAIRED = ("statement", "keyword", "quote")


def _compact_forms(phrases: Iterable[list[str]]) -> list[str]:
    """'Dharma Guardian' also as 'dharmaguardian', so a run-together query finds it
    (phrases: each one's tokens)."""
    return ["".join(ws) for ws in phrases if len(ws) > 1]


def name_parts(name: str) -> list[str]:
    """The words of a name of several words (function words aside): South China Sea has
    south, china and sea; a name of one word has none."""
    content = [w for w in tokens(name) if w not in STOPWORDS]
    return content if len(content) > 1 else []


def name_words(name: str) -> list[str]:
    """What a name (of an entity or a topic) is found by: a name of one word (function
    words aside) by that word; a name of several only as a whole, by its words run
    together without the function words, as the query's neighbouring terms are tried
    ('Law of the Sea': 'lawsea'; 'South China Sea': 'southchinasea', not 'sea')."""
    content = [w for w in tokens(name) if w not in STOPWORDS] or tokens(name)
    return content if len(content) <= 1 else ["".join(content)]


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
        self._tokens: dict[str, list[str]] = {}
        self._groups: dict[tuple[str, ...], frozenset[str]] = {}
        self._name_groups: dict[tuple[str, ...], frozenset[str]] = {}
        self._name_parts: dict[tuple[str, ...], frozenset[str]] = {}
        self._topic_names = {t.id: (t.title, *t.aliases) for t in topics}
        if callable(entities):
            self._entity = entities
        else:
            known = {e.id: e for e in entities}
            self._entity = known.get
        self._entity_names: dict[str, tuple[str, ...] | None] = {}
        # Each id's or keyword's text, made once: texts() maps their look-ups in C.
        self._text_of_entity = _Remembered(self._entity_text)
        self._text_of_topic = _Remembered(self._topic_text)
        self._text_of_keyword = _Remembered(self._keyword_text)

    def _names_of_entity(self, entity_id: str) -> tuple[str, ...] | None:
        if entity_id not in self._entity_names:
            e = self._entity(entity_id)
            self._entity_names[entity_id] = (e.name, *e.aliases) if e else None
        return self._entity_names[entity_id]

    def _names(self, names: Iterable[tuple[str, ...] | None]) -> frozenset[str]:
        empty: frozenset[str] = frozenset()
        return empty.union(*(self.names(n) for n in names if n is not None))

    def names(self, texts: tuple[str, ...]) -> frozenset[str]:
        """The words an entity or topic is found by: each of its names as a phrase."""
        found = self._name_groups.get(texts)
        if found is None:
            found = frozenset(w for t in texts for w in name_words(t))
            self._name_groups[texts] = found
        return found

    def parts(self, fact: Fact) -> frozenset[str]:
        """The words of the names of several words of the fact's entities and topics."""
        return self.named_parts(fact.entities, fact.topics)

    def named_parts(self, entities: Iterable[str], topics: Iterable[str]) -> frozenset[str]:
        """The words of the names of several words of these entities and topics (by id):
        those of every fact's are those of all the entities and topics the facts name."""
        names = [
            *(self._names_of_entity(e) for e in entities),
            *(self._topic_names.get(t) for t in topics),
        ]
        empty: frozenset[str] = frozenset()
        return empty.union(*(self._parts_of(n) for n in names if n is not None))

    def _parts_of(self, texts: tuple[str, ...]) -> frozenset[str]:
        found = self._name_parts.get(texts)
        if found is None:
            found = self._name_parts[texts] = frozenset(w for t in texts for w in name_parts(t))
        return found

    def tokens(self, text: str) -> list[str]:
        """words.tokens(text), remembered (keywords recur; the caller must not change it)."""
        found = self._tokens.get(text)
        if found is None:
            found = self._tokens[text] = tokens(text)
        return found

    def text(self, text: str) -> frozenset[str]:
        found = self._texts.get(text)
        if found is None:
            found = self._texts[text] = frozenset(self.tokens(text))
        return found

    def group(self, texts: tuple[str, ...]) -> frozenset[str]:
        """The words of several names or keywords, and each one's run-together form."""
        found = self._groups.get(texts)
        if found is None:
            words = {w for t in texts for w in self.text(t)}
            compact = _compact_forms(map(self.tokens, texts))
            found = self._groups[texts] = frozenset(words | set(compact))
        return found

    def texts(
        self,
        fact: Fact,
        statement: list[str],
        quote: list[str],
        spaced: tuple[str | None, str | None] = (None, None),
    ) -> list[str]:
        """The words of `of`'s fields, each field's as one text, words apart by a space, a
        word perhaps more than once (statement, quote: their tokens), for an index that
        keeps each word's position. In the statement, the quote and the keywords, the
        content words come first and in order, and breaks (PAIR, never a token) part them
        from the function words and from each other keyword and run-together form: two
        words of the same text are neighbours there exactly when fact_pairs holds their
        pair key, so such an index finds a pair as a phrase, either way round. spaced: the
        statement's and the quote's tokens apart by white space, if already known
        (index.writing.documents.spaced_tokens), for an index that splits at white space."""
        return [
            statement_text(fact.statement, statement, spaced[0]),
            " ".join(filter(None, map(self._text_of_entity.__getitem__, fact.entities))),
            _BREAK.join(map(self._text_of_keyword.__getitem__, fact.keywords)),
            self.topic_text(fact.topics),
            quote_text(quote, spaced[1]),
        ]

    def entity_texts(self, entities: Iterable[Iterable[str]]) -> Iterator[str]:
        """The entity field's text (`texts`) of each fact's entities, mapped in C."""
        texts = map(map, repeat(self._text_of_entity.__getitem__), entities)
        return map(" ".join, map(filter, repeat(None), texts))

    def keyword_texts(self, keywords: Sequence[Sequence[str]]) -> Iterator[str]:
        """The keyword field's text (`texts`) of each fact's keywords, mapped in C; the
        keywords of one plain word that are new here made first, together (_plain_words)."""
        known = self._text_of_keyword
        # not set.difference: with a dict's subclass it walks the whole dict, not the set
        new = list(filterfalse(known.__contains__, set(chain.from_iterable(keywords))))
        if new:
            known.update(_plain_words(new))
        return map(_BREAK.join, map(map, repeat(known.__getitem__), keywords))

    def topic_text(self, topics: Iterable[str]) -> str:
        """The topic field's text (`texts`) of a fact's topics."""
        return " ".join(filter(None, map(self._text_of_topic.__getitem__, topics)))

    def texts_words(self) -> set[str]:
        """Every word of the entity, keyword and topic texts made so far (`texts`,
        entity_texts, keyword_texts, topic_text), PAIR among them if a keyword's text has it."""
        made = chain(
            self._text_of_entity.values(),
            self._text_of_keyword.values(),
            self._text_of_topic.values(),
        )
        return set(chain.from_iterable(map(str.split, made)))

    def _entity_text(self, entity_id: str) -> str:
        names = self._names_of_entity(entity_id)
        return " ".join(self.names(names) if names else ())

    def _topic_text(self, topic_id: str) -> str:
        names = self._topic_names.get(topic_id)
        return " ".join(self.names(names) if names else ())

    def _keyword_text(self, keyword: str) -> str:
        """A keyword's words as `texts` orders them, and its run-together form (as `group`
        holds them), each after a break."""
        words = self.tokens(keyword)
        return _positioned(words, ["".join(words)] if len(words) > 1 else [])

    def of(
        self, fact: Fact, statement: list[str] | None = None, quote: list[str] | None = None
    ) -> list[frozenset[str]]:
        """The fact's words by field; statement, quote: their tokens, if already known.
        The statement's framing ("The article says") is left out, and its hyphenated words
        are also held run together (know-how: knowhow)."""
        said = tokens(fact.statement) if statement is None else statement
        return [
            frozenset([*unframed(said), *compounds(fact.statement)]),
            self._names(self._names_of_entity(e) for e in fact.entities),
            self.group(fact.keywords),
            self._names(self._topic_names.get(t) for t in fact.topics),
            # quotes seldom repeat: not remembered
            frozenset(tokens(fact.quote) if quote is None else quote),
        ]


class _Remembered(dict[str, str]):
    """Each key's text, made by `make` (a method of the dict's owner) the first time it is
    asked for. The method is held weakly: a strong one would make a cycle with its owner,
    which only the cycle collector frees, and that is off while a fact base is indexed."""

    def __init__(self, make: Callable[[str], str]) -> None:
        super().__init__()
        self._make = WeakMethod(make)

    def __missing__(self, key: str) -> str:
        make = self._make()
        if make is None:  # its owner is gone: nothing asks it any more
            raise KeyError(key)
        found = self[key] = make(key)
        return found


_BREAK = f" {PAIR} "
_FUNCTION_WORD = STOPWORDS.__contains__
# Function words and the words tokens rewrites: a keyword of none of them is plain
# (_plain_words), and so are a text's words (index/writing/documents.py).
NOT_PLAIN = STOPWORDS | REWRITTEN


def _plain_words(texts: Iterable[str]) -> Iterator[tuple[str, str]]:
    """(text, its own word) of each text that is one plain word: ASCII letters and digits
    alone, lowered neither a word respelt nor a number's (words.tokens gives [the word
    lowered]) nor a function word (_positioned gives the word alone); each step mapped over
    the texts, in C, where a keyword's text was a few Python calls (_keyword_text)."""
    texts = list(texts)
    lowered = list(map(str.lower, texts))
    plain = map(
        all,
        zip(
            map(str.isascii, texts),
            map(str.isalnum, texts),
            map(not_, map(NOT_PLAIN.__contains__, lowered)),
            strict=True,
        ),
    )
    return compress(zip(texts, lowered, strict=True), plain)


def statement_text(statement: str, words: list[str], spaced: str | None = None) -> str:
    """The statement field's text (FieldWords.texts) of a statement and its tokens: its
    framing left out, its hyphenated words also run together after a break. spaced: the
    tokens apart by white space, if already known."""
    said = unframed(words)
    return _positioned(said, compounds(statement), spaced if said is words else None)


def quote_text(words: list[str], spaced: str | None = None) -> str:
    """The quote field's text (FieldWords.texts) of a quote's tokens."""
    return _positioned(words, (), spaced)


def _positioned(words: list[str], apart: Sequence[str], spaced: str | None = None) -> str:
    """The content words in order, then the function words, then each of apart, with a
    break (PAIR) between these: only content words are neighbours (FieldWords.texts).
    spaced: the words apart by white space, if already known."""
    if STOPWORDS.isdisjoint(words):  # one look, in C
        joined = " ".join(words) if spaced is None else spaced
        return _BREAK.join([joined, "", *apart]) if apart else joined
    content = " ".join(filterfalse(_FUNCTION_WORD, words))  # each word's test in C
    return _BREAK.join([content, " ".join(filter(_FUNCTION_WORD, words)), *apart])


def fact_pairs(
    fact: Fact,
    statement: list[str] | None = None,
    quote: list[str] | None = None,
    words: Callable[[str], list[str]] = tokens,
) -> frozenset[str]:
    """The neighbouring words of a fact's statement (its framing aside), of each of its
    keywords and of its quote, as pair keys (words.neighbour_pairs): what a query's terms
    joined by "of" must be found as, when no name holds them. statement, quote: their
    tokens, if already known; words: how a keyword is tokenised (FieldWords.tokens
    remembers them)."""
    said = tokens(fact.statement) if statement is None else statement
    found = set(neighbour_pairs(unframed(said)))
    found.update(neighbour_pairs(tokens(fact.quote) if quote is None else quote))
    for keyword in fact.keywords:
        found.update(neighbour_pairs(words(keyword)))
    return frozenset(found)


def facet_keys(
    fact: Fact, roles: dict[str, list[str]], types: dict[str, str], event: str | None
) -> list[str]:
    """The names under which a fact is found: its kind, topics, entities and source (for
    the filters), its claim (the facts of other sources that make it), the entities it
    gives a role of (for "who is …" questions), and, for the brief's reading of a few facts
    rather than all: who it is attributed to, the list it is an item of, the types of
    the entities it names (`types`: each entity's type, by id) and the event it belongs to
    (`event`: factbase.events.event_of's, or None)."""
    return [
        f"kind:{fact.kind}",
        *(f"topic:{t}" for t in fact.topics),
        *(f"entity:{e}" for e in fact.entities),
        f"source:{fact.source}",
        *((f"claim:{fact.claim}",) if fact.claim else ()),
        *(f"role:{e}" for e in roles.get(fact.id, [])),
        f"by:{fact.attribution}",
        *((f"part_of:{fact.part_of}",) if fact.part_of else ()),
        *dict.fromkeys(f"names:{types[e]}" for e in fact.entities if e in types),
        *((f"event:{event}",) if event else ()),
    ]


def role_facts(entities: Iterable[Entity]) -> dict[str, list[str]]:
    """For each fact that gives an entity's role, those entities' ids."""
    found: dict[str, list[str]] = {}
    for e in entities:
        for role in e.roles:
            found.setdefault(role.fact, []).append(e.id)
    return found


def regional_places(entities: Iterable[Entity]) -> list[Entity]:
    """The places with an alias that names, after a comma, the region they lie in
    ("Pahalgam, Jammu & Kashmir"): the only entities a region's name reaches others by
    (hits._with_places_within). An index keeps them, so a search reads no other place."""
    return [e for e in entities if e.type == "place" and any("," in a for a in e.aliases)]


def entity_types(entities: Iterable[Entity]) -> dict[str, str]:
    """Each entity's type, by id (for the facets `names:…`)."""
    return {e.id: e.type for e in entities}


class SourceTally(NamedTuple):
    """What the brief says of a source without reading its facts: how many it tells (not
    editorial), how many are editorial, and the topics of the ones it tells."""

    told: int
    editorial: int
    topics: tuple[str, ...]


class Tallies:
    """Sources' tallies kept as facts go by (a build sees each fact once, then lets it go)."""

    def __init__(self) -> None:
        self._told: dict[str, int] = {}
        self._editorial: dict[str, int] = {}
        self._topics: dict[str, dict[str, None]] = {}

    def add(self, fact: Fact) -> None:
        self.count(fact.source, fact.kind, fact.topics)

    def count(self, source: str, kind: str, topics: tuple[str, ...], facts: int = 1) -> None:
        """Count `facts` facts alike in source, kind and topics (a build counts each such
        group once: the same tallies as adding its facts one by one, in the order first met)."""
        if is_editorial_kind(kind):
            self._editorial[source] = self._editorial.get(source, 0) + facts
        else:
            self._told[source] = self._told.get(source, 0) + facts
            self._topics.setdefault(source, {}).update(dict.fromkeys(topics))

    def done(self) -> dict[str, SourceTally]:
        """Each source's tally, by id (a source with no fact has none)."""
        told, editorial, topics = self._told, self._editorial, self._topics
        return {
            s: SourceTally(told.get(s, 0), editorial.get(s, 0), tuple(topics.get(s, ())))
            for s in dict.fromkeys([*told, *editorial])
        }


# The key under which EventTallies keeps the facts of no event (an event's id is never empty).
NO_EVENT = ""


class EventTallies:
    """Each event's sources' tallies of its facts (factbase.events.event_of's), and those
    of the facts of no event under NO_EVENT, kept as facts go by: an event's brief counts
    its own facts, and the facts it leaves out, without reading them."""

    def __init__(self, sources: Mapping[str, Source]) -> None:
        self._sources = sources
        self._events: dict[str, Tallies] = {}

    def add(self, fact: Fact) -> str | None:
        """Count the fact under its event; that event's id (None: no event)."""
        event = event_of(fact, self._sources)
        self._events.setdefault(event or NO_EVENT, Tallies()).add(fact)
        return event

    def count(
        self, event: str | None, source: str, kind: str, topics: tuple[str, ...], facts: int
    ) -> None:
        """Count `facts` facts of the event (event_of's) alike in source, kind and topics."""
        self._events.setdefault(event or NO_EVENT, Tallies()).count(source, kind, topics, facts)

    def done(self) -> dict[str, dict[str, SourceTally]]:
        return {event: tallies.done() for event, tallies in self._events.items()}


def tally_sources(facts: Iterable[Fact]) -> dict[str, SourceTally]:
    """Each source's tally, in one pass over the facts: an index keeps them, so that a
    brief need not read every fact to count them."""
    tallies = Tallies()
    for fact in facts:
        tallies.add(fact)
    return tallies.done()
