"""Registers people really search in, read as what they are (issue 25): a sentence pasted
from another report, read as one passage; a machine translation's stacked nouns, read
without their framing nouns; a search box's tail; a term of address after a name,
"Nakatani-san", "rajnath ji" (reading/typed/honorifics.py); "between the two sides". Hindi
typed in Latin letters is read before the query is parsed (reading/typed/hinglish.py).

A passage: for a query of PASSAGE_FROM content terms or more that finds nothing else, the
facts that hold the largest share of its weight. A sentence pasted from another report
("Defence Minister Rajnath Singh on Monday held wide-ranging talks with his Japanese
counterpart … amid shifting regional dynamics, officials said.") is no conjunction of words
a fact must hold: one word the fact base lacks ("Monday", "dynamics") would leave it with
nothing, and the closest matches (search/partial.py) let off at most one term in four. Read
as a passage, each of its content terms weighs by its rarity, log((facts + 1) / facts
reached); a name (a word written with a capital past the first) NAME_WEIGHT times that; a
term no fact holds UNHELD_WEIGHT (its subject, or its phrasing: either way no fact holds
it); and its reporting frame and time words (FRAMES: "officials", "according to a
statement", "Monday", "evening") nothing at all. A fact scores the share of that weight it
holds by its own words (a synonym, a related word or a typo counting RELATED_CREDIT of its
weight; a word a term only starts, none), in the fields search reads, the names of its
entities counting ENTITY_CREDIT: a fact that names the two men in its statement ("Rajnath
Singh met General Nakatani") retells a sentence about their meeting better than one linked
to them that says "the leaders".

The bar, measured on the development sets (tests/fixtures/judged_queries_devs17.json and
twelve unjudged near misses of its writer's, benchmarks/RESULTS.md, fourteenth session): the
first fact holds PASSAGE_SHARE of the passage's weight and PASSAGE_HELD of its content terms
or more, PASSAGE_OWN of them by its own words (not by its entities' names: "Indian and
Japanese officials discussed disaster relief … after the floods" holds "indian" and
"japanese" only as the countries a fact is linked to). A pasted sentence about the meeting
that it answers holds six to twelve of one fact's terms; one about another event shares with
the best fact a topic's two to four words ("cyber security", "artificial intelligence",
"disaster relief") and holds its own subject elsewhere ("ransomware", "scholarship",
"floods"). A sentence naming a place or a person the fact base lacks is refused before this
(search/unheld/elsewhere.py).

Where a query becomes a passage: PASSAGE_FROM content terms. Of the 2,363 typed queries of
the judged sets, 2,312 have eight terms or fewer and ten have ten or more; the pasted
sentences of the devs17 set have nine to twenty-seven.

A noun stack (read_stack): four terms or more and no function word but a question word
("defence minister meeting Japan country India nation talk result", "Nakatani position
post true what issue"), as a machine translation from Hindi or Japanese writes a question.
Its framing nouns (FRAMING: "country", "nation", "side", "result", "matter", "incident",
"happening", "issue"), and "two" or "both" before one, say what kind of thing is asked
about, not which: they are no terms. A place word after a word for the meeting ("meeting
place city") asks where, as "where" does. A verb made a noun ("condemnation", "sorrow
expression", "invitation") is its verb's by the stemmer, the synonym list or the
thesaurus, and stays a term: "expression" is the stemmer's "expressed".

"Between the two sides" (read_sides), in any query: whom a gathering is between, its two
parties, every fact of the meeting's; no terms ("purpose of meeting between two defence
side": the purpose of the meeting, a word between kept). Only after "between": "good for
both sides" asks for whom, and a fact may say it ("beneficial for both countries").

A search box's tail (read_tail): a keyword string ends on words that say what kind of answer
is wanted, in what form or for whom, not what it is about: "… top 5 highlights", "…
explained", "… pdf", "… current affairs upsc", "… summary in short" (TAILS,
TAIL_PAIRS; a number or "top" among them: "top 10 facts", "2025 explained"). A fact holds
none of them ("pdf", "upsc" and "wiki" are no bodies the query is about: search/unheld/elsewhere.py
refused them), and one it does hold ("highlights": highlighted) asks for the main points
there, not for what was highlighted; the tail is no term. A tail asking what its words mean
("meaning", "full form" or "ful form", "expansion") is one only after a name given in full
("unclos full form", "UNCLOS meaning in hindi"): after a word of a name ("dharma meaning in
english": Dharma Guardian's first word) it asks what the word means, which no fact says, and
the query is read as it is (its closest matches may still pass their bar). An exam
aspirant's revision words are such a tail: the paper ("gs2"), the exam ("mains",
"prelims") and the answer's form ("notes", "imp pts", "one liner", "relevance"). The same
words heading the query before "of", "on" or "about" ask the same ("summary of the
meeting", "key highlights of the talks", "notes on malabar"): they are no terms either.
"""

import itertools
import math
from collections.abc import Callable, Iterable, Iterator

from defcoop_cli.lookup.protocol import Best, Index, Vocabulary
from defcoop_cli.lookup.search.hits import ENTITY, Reading, Readings, read_once
from defcoop_cli.lookup.search.leads import (
    WEIGHTS,
    Found,
    fact_positions,
    found_at,
    name_words,
    terms_at,
)
from defcoop_cli.lookup.search.matching import INFLECTED, PREFIX, own_forms
from defcoop_cli.lookup.search.partial import (
    Partial,
    Ranked,
    closest_matches,
    shares_as_matches,
)
from defcoop_cli.lookup.search.ranking import Filters, Ranking, rank_facts
from defcoop_cli.lookup.search.reading.bodies import ASKED_OF
from defcoop_cli.lookup.search.reading.held import read_promotion
from defcoop_cli.lookup.search.reading.refusing.asked import unanswered
from defcoop_cli.lookup.search.reading.typed.honorifics import read_full_name, read_honorific
from defcoop_cli.lookup.search.reading.written.formal import signed
from defcoop_cli.lookup.search.words import STOPWORDS, Query, tokens

PASSAGE_FROM = 9  # content terms
PASSAGE_SHARE = 0.3
PASSAGE_HELD = 5
PASSAGE_OWN = 4  # of them by the fact's own words, not its entities' names
NAME_WEIGHT = 2.0
UNHELD_WEIGHT = 2.5
RELATED_CREDIT = 0.7
ENTITY_CREDIT = 0.5
# A report's frame: who said it, where it was said, and when (weekdays, parts of a day);
# the fact base records what was said and done, never these.
_FRAMES = """according added afternoon announced anonymity condition day days earlier evening
including includes included
familiar friday issued later monday morning night noted official officials press quoted
readout released report reported reporters reports said source sources spokesman
spokesperson stated statement statements sunday saturday thursday today told tuesday
wednesday week weekend yesterday"""
FRAMES = frozenset(_FRAMES.split())


STACK_FROM = 4  # terms
_FRAMING = """country countries nation nations side sides result results matter matters incident
incidents happening happenings issue issues"""
FRAMING = frozenset(_FRAMING.split())
PARTIES = frozenset(["two", "both"])  # "two country": the two countries, framing too
MEETING = frozenset(["meeting", "meet", "talk", "talks", "visit", "discussion", "discussions"])
PLACES = frozenset(["place", "venue", "location", "city"])
WHERE = "where"


def is_stack(query: Query) -> bool:
    """Whether the query is a noun stack: STACK_FROM terms or more, and no function word
    but a question word."""
    said = tokens(query.text)
    asked = set(query.questions)
    return len(query.terms) >= STACK_FROM and all(w not in STOPWORDS or w in asked for w in said)


SIDES = frozenset(["side", "sides"])
BETWEEN = "between"


def read_sides(query: Query) -> Query:
    """Any query without "between the two sides" ("between two defence side", "between
    both sides"): whom a gathering is between, its two parties, which every fact of the
    meeting is of, named as a frame, no term; a word between stays ("defence"). Not the
    sides elsewhere: "good for both sides" asks for whom ("beneficial for both
    countries")."""
    said = tokens(query.text)
    framing: set[str] = set()
    for k in (k for k, w in enumerate(said) if w == BETWEEN):
        after = [w for w in said[k + 1 : k + 5] if w != "the"][:3]
        if after[:1] and after[0] in PARTIES:
            sides = [w for w in after[1:] if w in SIDES][:1]
            framing |= {BETWEEN, after[0], *sides} if sides else set()
    terms = tuple(t for t in query.terms if t not in framing)
    return query._replace(terms=terms) if framing and terms else query


def read_stack(query: Query) -> Query:
    """A noun stack without its framing nouns, asking where when a place word follows a
    word for the meeting (the module's docstring); any other query as it is."""
    if not is_stack(query):
        return query
    terms = query.terms
    framing = {i for i, t in enumerate(terms) if t in FRAMING}
    framing |= {i - 1 for i in framing if i > 0 and terms[i - 1] in PARTIES}
    kept = [t for i, t in enumerate(terms) if i not in framing]
    if not kept:
        return query
    questions = query.questions
    if WHERE not in questions and any(
        a in MEETING and b in PLACES for a, b in itertools.pairwise(kept)
    ):
        questions = (*questions, WHERE)
    return query._replace(terms=tuple(kept), questions=questions)


# A search box's tails (the module's docstring): the answer's form, audience and language.
# Not its freshness ("latest", "today"): search lets one off; "weather … today" is the day's.
_TAILS = """analysis brief details essay explained explainer facts gk highlights notes overview
pdf ppt short summary takeaways upsc wiki wikipedia
gs gs1 gs2 gs3 gs4 mains prelims imp pts points liner oneliner relevance
revision mcq mcqs
bengali english gujarati hindi kannada malayalam marathi punjabi tamil telugu urdu"""
TAILS = frozenset(_TAILS.split())
TAIL_PAIRS = frozenset(
    [
        ("current", "affairs"),
        ("one", "liner"),
        *(("key", w) for w in ("points", "highlights", "takeaways")),
        # "answer" beside a tail's word, not what was said back ("japan's answer")
        *(("answer", w) for w in ("pts", "points", "notes", "writing")),
        *((w, "answer") for w in ("gs", "gs1", "gs2", "gs3", "gs4", "mains", "upsc", "short")),
    ]
)
_MEANINGS = "meaning|definition|full form|ful form|expansion"  # a tail asking what a name means
MEANING = frozenset(tuple(words.split()) for words in _MEANINGS.split("|"))
TOP = "top"


def _tail_start(terms: tuple[str, ...]) -> tuple[int, bool]:
    """Where the terms' tail starts (len(terms): none), and whether it asks for a meaning."""
    i, start, meaning = len(terms), len(terms), False
    while i:
        pair = terms[max(i - 2, 0) : i]
        if pair in MEANING or pair[-1:] in MEANING:
            i, meaning = i - (len(pair) if pair in MEANING else 1), True
        elif pair in TAIL_PAIRS or terms[i - 1] in TAILS:
            i -= 2 if pair in TAIL_PAIRS else 1
        elif terms[i - 1] == TOP and start < len(terms) and terms[i].isdigit():
            i -= 1  # "top 5 highlights", not "top 5" alone
        elif terms[i - 1].isdigit():  # "10 facts", "current affairs 2025": with a tail's word
            i -= 1
            continue
        else:
            break
        start = i
    return start, meaning


def _head_end(query: Query) -> int:
    """How many of the query's first terms are a tail's words written before "of", "on" or
    "about" ("summary of the meeting": one); 0 where none is."""
    said, i = tokens(query.text), 0
    while i < len(said) and (tuple(said[i : i + 2]) in TAIL_PAIRS or said[i] in TAILS):
        i += 2 if tuple(said[i : i + 2]) in TAIL_PAIRS else 1
    head = said[:i]
    if not i or i == len(said) or said[i] not in ASKED_OF:  # "summary of the meeting"
        return 0
    return len(head) if query.terms[: len(head)] == tuple(head) else 0


def read_tail(query: Query, names: Callable[[], Iterable[tuple[str, ...]]]) -> Query:
    """The query without a search box's tail (the module's docstring), written last or
    first; as it is where the tail is all of it, or asks for a meaning after words that are
    no name in full (names: the fact base's names and aliases, as terms)."""
    head = _head_end(query)
    if head and len(query.terms) > head:
        query = query._replace(terms=query.terms[head:])
    start, meaning = _tail_start(query.terms)
    kept = query.terms[:start]
    if not kept or start == len(query.terms) or (meaning and kept not in set(names())):
        return query
    return query._replace(terms=kept)


def read_typed(index: Index, query: Query) -> Query:
    """The query read in its register: a name without its term of address ("Nakatani-san"),
    a noun stack without its framing nouns, a keyword string without its search box's
    tail, a question whether they signed one that asks what came of the talks, a person's
    full name as their given name."""
    read = read_honorific(index, read_promotion(index, query))
    read = read_full_name(index, read)
    read = read_signing(read_stack(read_sides(read)))
    return read_tail(read, lambda: _names(index))


def read_signing(query: Query) -> Query:
    """A yes-no question whether an instrument was signed ("did they sign an MoU at the
    meeting?") as asking what came of the talks (reading/written/formal.py, CONVENTIONS.md Q7):
    what they agreed answers it, and no curator note settles it, as one settles "is general
    a military rank for nakatani" (curator_notes.order_notes puts such a note first)."""
    if query.yes_no and signed(tokens(query.text)):
        return query._replace(yes_no=False)
    return query


def _names(index: Index) -> Iterator[tuple[str, ...]]:
    """The entities' names and aliases as a query's terms ("law of the sea": law, sea)."""
    for entity in index.entities:
        for name in (entity.name, *entity.aliases):
            yield tuple(w for w in tokens(name) if w not in STOPWORDS)


def content_terms(query: Query) -> list[str]:
    """The query's terms but its frame's words (FRAMES)."""
    return [t for t in query.terms if t not in FRAMES]


def is_passage(query: Query) -> bool:
    """Whether the query is long enough to read as a passage (PASSAGE_FROM)."""
    return len(set(content_terms(query))) >= PASSAGE_FROM


def _weights(index: Index, query: Query, reading: Reading) -> dict[str, float]:
    """Each content term's weight: its rarity among the facts, a name's NAME_WEIGHT times
    it, UNHELD_WEIGHT for a term no fact holds."""
    size = index.size()
    names = {t for word in query.text.split()[1:] if word[:1].isupper() for t in tokens(word)}
    weights = {}
    for t in content_terms(query):
        reached = len(reading.hits.get(t, ()))
        rarity = math.log((size + 1) / reached) if reached else UNHELD_WEIGHT
        weights[t] = rarity * (NAME_WEIGHT if t in names else 1.0)
    return weights


def _credit(score: float, field: int) -> float:
    """A term's credit for one word: whole for its own word or another form of it;
    RELATED_CREDIT for a synonym, a related word or a typo; none for a word it starts (a
    pasted word is whole: "south" of "South Block" is no start of "South China Sea").
    ENTITY_CREDIT of that in the names of the fact's entities (their roles too: "Indian
    Defence Minister"): whom the fact is linked to, where a sentence retells what it says."""
    own = score / WEIGHTS[field]
    if abs(own - PREFIX) < 1e-6:
        return 0.0
    credit = 1.0 if own >= INFLECTED - 1e-6 else RELATED_CREDIT
    return credit * ENTITY_CREDIT if field == ENTITY else credit


def passage_matches(
    index: Index, query: Query, filters: Filters, limit: int, readings: Readings | None = None
) -> tuple[Ranking, Partial] | None:
    """The facts holding the largest share of the passage's weight, when the first passes
    the bar (the module's docstring); None for a shorter query or one that does not."""
    if not is_passage(query):
        return None
    reading = read_once(index, query, False, {} if readings is None else readings)
    weights = _weights(index, query, reading)
    order = fact_positions(index, reading, weights, filters)
    ranked = _first_rows(index, reading, weights, order, max(limit, 1))
    if not ranked or -ranked[0][0] < PASSAGE_SHARE or len(ranked[0][3]) < PASSAGE_HELD:
        return None
    if _own(ranked[0][3]) < PASSAGE_OWN:  # its words, not only the countries it is linked to
        return None
    matches = shares_as_matches(index, ranked[:limit])
    first = ranked[0][3]
    matched = tuple(dict.fromkeys(t for t in query.terms if t in first))
    unmatched = tuple(dict.fromkeys(t for t in content_terms(query) if t not in first))
    return Ranking(matches, len(order)), Partial(matched, unmatched, by_passage=True)


def rank_read(
    index: Index, query: Query, chosen: Filters, limit: int, widen: bool, readings: Readings
) -> Ranking:
    """The facts matching every term (search/ranking.py), none where the query asks about
    the editorial left out or a head the base has no word for (refusing/heads.unanswered); for
    a catalogue heading, with no wider words, those holding its facets (headings.py)."""
    ranking = rank_facts(
        index, query, chosen, limit, widen=widen and not query.facets, readings=readings
    )
    if not query.facets:
        return _past_the_editorial(index, query, chosen, unanswered(index, query, ranking))
    from defcoop_cli.lookup.search.reading.notation.headings import held_by_facets

    return held_by_facets(index, query, ranking, readings)


# Words of degree or of genuineness that modify any noun in any register ("real peace",
# "true partners", "complete trust"): the editorial's using one makes it no phrase of its own
INTENSIFIERS = frozenset(
    """real true genuine actual authentic sincere proper complete total full whole utter
    absolute entire very truly really genuinely""".split()  # noqa: SIM905
)


def _past_the_editorial(index: Index, query: Query, chosen: Filters, ranking: Ranking) -> Ranking:
    """Nothing shown where a term the shown facts miss names, by its own words, an entity
    only the editorial left out names ("Sant Rampal Ji Maharaj's view on the India Japan
    meeting"): the query asks about the editorial, not about the meeting's facts that hold
    its other words (as the closest matches' bar reads it, search/partial.py). So does such
    a word right before a word the shown facts hold that an editorial fact holding it holds
    too, as its modifier ("what does the article say about spiritual peace"): the phrase
    only the editorial speaks of. A common word the editorial alone holds elsewhere ("global
    peace and harmony", "fearless defence cooperation") names no one: it stays a word the
    closest matches may miss, and so does an everyday intensifier (INTENSIFIERS) before a
    word the facts hold ("real peace in the region", "a genuine partnership"): a modifier
    any writer uses, not one the editorial's phrase alone gives."""
    if not ranking.hidden_editorial or not ranking.matches:
        return ranking
    editorial = chosen.admitted(index)[1]
    names = _editorial_names(index, editorial)
    shown = {d.term for m in ranking.matches for d in m.details}
    vocabulary = index.vocabulary()
    before = {a: b for a, b in itertools.pairwise(tokens(query.text)) if b in shown}
    for t in dict.fromkeys(query.terms):
        own = own_forms(t, vocabulary)
        named = bool(own.keys() & names)
        if t in shown or not (named or (t in before and t not in INTENSIFIERS)):
            continue
        held = set(index.hits(own))
        if held and held <= editorial and (named or _holds(index, held, before[t], vocabulary)):
            return ranking._replace(matches=[], total=0)  # the editorial's own word
    return ranking


def _holds(index: Index, held: set[int], word: str, vocabulary: Vocabulary) -> bool:
    """Whether one of the editorial's facts `held` holds the word after its modifier."""
    return bool(held & set(index.hits(own_forms(word, vocabulary))))


def _editorial_names(index: Index, editorial: set[int]) -> set[str]:
    """The words of the names of the entities that only the editorial facts name."""
    only = [e for e in index.entities if editorial >= index.facet(f"entity:{e.id}") != set()]
    return {w for e in only for name in (e.name, *e.aliases) for w in tokens(name)}


def closest_or_passage(
    index: Index, query: Query, filters: Filters, limit: int, readings: Readings
) -> tuple[Ranking, Partial] | None:
    """A query's closest matches (search/partial.py), else, for a long one, a passage's; a
    catalogue heading's by its facets (reading/notation/headings.py)."""
    if query.facets:
        from defcoop_cli.lookup.search.reading.notation.headings import heading_matches

        by_facets = heading_matches(index, query, filters, limit, readings)
        if by_facets is not None or not query.listed:  # a list's items may be no facets
            return by_facets
    found = closest_matches(index, query, filters, limit, readings=readings)
    return found or passage_matches(index, query, filters, limit, readings)


# An upper bound's margin over the share it bounds, for sums added in another order.
_SLACK = 1 + 1e-9


def _first_rows(
    index: Index, reading: Reading, weights: dict[str, float], order: list[int], limit: int
) -> list[Ranked]:
    """The facts at `order` ranked by the share of the passage's weight they hold, then
    the terms they hold, then position: the first `limit` of them at least, in order.
    A fact's words are only read from the fact where the engine left them empty (tied
    words), and filling them can only part the terms sharing that empty word: each fact
    is first ranked by an upper bound, counting its empty words' terms apart (_bound),
    and only those whose bound can still reach the first `limit` are filled; the others
    cannot pass them, whatever their words."""
    terms = list(dict.fromkeys(t for t in reading.terms if t in weights))
    rows = terms_at(reading, order, terms)
    total = sum(weights.values())
    bounds = sorted((*_bound(rows[p], weights, total), p) for p in order)
    ranked: list[Ranked] = []
    start, step = 0, limit
    while start < len(bounds):
        if len(ranked) >= limit and ranked[limit - 1][:3] < bounds[start]:
            break
        ranked += _rows(index, reading, weights, [b[2] for b in bounds[start : start + step]])
        ranked.sort(key=lambda row: row[:3])
        start, step = start + step, step * 2
    return ranked


def _bound(row: dict[str, Best], weights: dict[str, float], total: float) -> tuple[float, int]:
    """The most a fact can rank by (minus its share's weight and minus its terms, as
    _rows ranks them) whatever its empty words are filled with: as _held keeps each of
    its named words once, the terms of empty words each on its own."""
    by_word: dict[str, float] = {}
    apart, alone = 0.0, 0
    for t, best in row.items():
        credit = weights[t] * _credit(-best[0], best[1])
        if not credit:
            continue
        if not best[2]:
            apart, alone = apart + credit, alone + 1
        elif credit > by_word.get(best[2], 0.0):
            by_word[best[2]] = credit
    share = (sum(by_word.values()) + apart) / total * _SLACK
    return -share, -(len(by_word) + alone)


def _rows(
    index: Index, reading: Reading, weights: dict[str, float], positions: list[int]
) -> list[Ranked]:
    """The facts at `positions` ranked as passages: each its share of the passage's
    weight, terms held, position, and the terms it holds by their best words, the words
    an engine left empty filled from the fact."""
    each = [found_at(reading, position) for position in positions]
    blank = [i for i, row in enumerate(each) if any(not best[2] for _, best in row)]
    if blank:  # an engine's ties leave a word empty: the fact's own word, as in memory
        facts = index.facts_at([positions[i] for i in blank])
        name_words(index, facts, [each[i] for i in blank], reading.candidates)
    total = sum(weights.values())
    ranked = []
    for position, row in zip(positions, each, strict=True):
        held = _held(row, weights)
        share = sum(weights[t] * _credit(-b[0], b[1]) for t, b in held.items()) / total
        ranked.append((-share, -len(held), position, held))
    return ranked


def _held(found: Found, weights: dict[str, float]) -> dict[str, Best]:
    """The content terms a fact holds, each of its words crediting one term, the one it
    credits most: "ransomware", related to cyber, is no second term where "cyber" is."""
    by_word: dict[str, tuple[float, str, Best]] = {}
    for t, best in found:
        credit = weights.get(t, 0.0) * _credit(-best[0], best[1])
        if credit and credit > by_word.get(best[2], (0.0,))[0]:
            by_word[best[2]] = (credit, t, best)
    return {t: best for _, t, best in by_word.values()}


def _own(held: dict[str, Best]) -> int:
    """How many terms a fact holds by its own words, not by its entities' names alone."""
    return sum(best[1] != ENTITY for best in held.values())
