"""A question of what was NOT done ("what was not agreed at the meeting", "what did Japan
not commit to", "which issues did they fail to agree on"). The fact base records what its
sources say was done; none records what was left out, and search matches words, so such a
query finds the facts of the act itself, as if the "not" were absent. Search still shows
them (they are what the sources say about the act asked after), and the result says, in
one line, that it finds what facts say, not what they leave out.

Only a question is read so: a question word ("what", "which"…) and a negated verb (not,
never, a contraction in n't, fail to). A yes-no question in the negative ("wasn't Nakatani
the minister?") asks what its positive asks; a phrase that negates no act asked about
("peace, not weapons", "settling disputes without force") is no question of what was not.

A question of when something was founded ("founded in which year", "the year X was
established", "set up when") asks the date of a founding. The fact base dates its events
(factbase records' events: a meeting, an attack) and records no founding of anything, so
such a query is about another event, whatever words of the article it shares ("Japan's
Self-Defense Forces", "the Quad"): search refuses it (elsewhere.query_elsewhere), unless the
fact base holds an event of that kind.

The weather on the day and the other everyday circumstances of a visit ("did it rain in
Delhi on the day of the meeting", "was it raining or sunny", "the menu at the lunch") are
recorded by no fact, nor is the logistics of a journey ("how long is the flight from Tokyo
to Delhi", "hotels near the venue", "visa rules for the delegation"): the sources report
the talks, not the sky over them, the table or the traveller's flight and bed. A
query that asks about them is about what the base does not cover, whatever words of the
meeting it shares: search refuses it (elsewhere.query_elsewhere), unless the fact base
holds the word (EVERYDAY, read only where no fact holds it: "climate security" is held).

A question of what a word means ("tatvgyan meaning", "the meaning of X", "what does X
mean") asks for a definition, which no fact gives: the base can answer it only by the
name it gives in full ("UNCLOS meaning": the Convention's full name) or by the facts that
use the word ("interoperability meaning in the exercises"). A word a fact holds only
inside a longer name ("dharma" of Dharma Guardian, no name of its own), or that only the
editorial's facts hold (an opinion's own word), has neither: its meaning is nowhere in
the base, and search refuses the query (elsewhere.query_elsewhere) whatever else it
shares with the article ("… in the rajnath nakatani article").

A year that no fact, note or thesaurus entry holds, and that the fact base dates nothing in
(its sources' dates, its notes' and their references'), names another time: "the HADR
exercise in 2023", "the 2023 revision of the transfer rules" ask about another edition or
event, whatever words of the base they share. Search refuses such a query
(elsewhere.query_elsewhere); not a year that bounds a span ("ties since 2014", "before
2030"), which asks about what the base holds in it.

A query whose head noun the fact base has no word for (none of its own, its forms, the
thesaurus's or WordNet's related words, alone or run together with its neighbours) asks
about what the base does not cover ("budget" of "japan's defence budget for next year",
"market" of "the job market for defence engineers"). The retry with wider words may still
match it by a guess, a word GloVe finds near in use (its "agenda" for budget), and the
rest by the base's own subject (japan, defence) or more guesses ("recent" for year): such
matches name nothing asked, and search shows none (guessed_head), unless another term
names something specific by its own or related words ("japan's defence chief in new
delhi": delhi). A word WordNet relates by sense is no guess ("meeting city": Delhi, an
instance of a city). The closest matches' bar reads a head held by any wider word alone
as missed (search/partial.py).

A nation the closest match does not hold, and that is no party of the fact base's events
("australia" of "australia invites japanese firms to build submarines", where India invited
them), names who acts in the query: another party's act, not the one the match reports.
The closest matches' bar lets no such word go unmatched (another_party); a party's name
("japan" of "Nakatani, current defence minister of Japan or former") may go, as may any
other word held elsewhere. Nor may such a nation, by its own name (no possessive: "china's
navy" names whose navy), stand first in the query or after its question's auxiliary and
right before a verb's form the first full match holds ("australia invites japanese firms
to invest", "china reaffirmed …"; not "china assertive behaviour"): it acts, in the query,
what the match reports a party of the base acting (another_actor).

A noun phrase's head that the fact base has no word for, no form nor related word ("gift"
of "nakatani gift to rajnath", "resigns", "tariffs"), or that a match holds only by a
related word after a noun held nowhere ("tourist arrivals": the thesaurus's engagement),
names the thing asked; when the first full match holds nothing else past who is named (a
person's or a country's names) and the base's common words (past RARE_SHARE of the
facts), it holds none of it, and search shows none (unheld_head). Not a head of "of" ("the
surname of the general": what the named one has), a number, a figure of speech ("defence
ties forecast": FIGURATIVE), a report's noun ("rajnath singh statement", "talks transcript":
formal.REPORTED, what it says), or one noun, no plural, after a word for a relationship or
two persons' names ("defence ties depth", "rajnath nakatani chemistry": its quality).

Two neighbouring words, written apart, that the closest match misses, the first held
nowhere and a noun (no adjective, no verb's form: "cyclone response", "ninja special
forces"), name a thing of their own the match does not hold: the closest matches' bar lets
no such pair go (missed_phrase), where one word held nowhere may be phrasing ("hosts",
"latest news", "binding pledge"). A word matched by a related sense is no missed word
("contested Asian waters": Asian is Indian's wider sense).

A word right before a view or a stance ("spiritual view: …", "the pacifist stance on …")
that only the editorial's facts hold, by its own words, names whose view is asked: the
editorial's, which search leaves out unless asked. The shown facts that hold the query's
other words are not that view: search shows none (editorial_voice), as for an entity only
the editorial names (registers._past_the_editorial). A word the editorial holds alone
elsewhere in the query ("global peace and harmony") names no voice. A word names a voice
when it names who speaks or what the editorial's facts are about (one of their entities'
names, their keywords, their topics' titles), alone or before another such word of the
editorial's ("kabir sahib views"); not a word their statements only use in passing, which
says what kind the view is, not whose ("japan's true stance on X": the editorial's "true
knowledge" is no voice).
"""

import itertools
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache

from defcoop_cli.factbase.records import Doc, Entity, Event
from defcoop_cli.factbase.vocab import EDITORIAL, shipped_text, table_rows
from defcoop_cli.lookup.protocol import Index
from defcoop_cli.lookup.search.matching import RELATED, VECTOR_HIGH, own_forms
from defcoop_cli.lookup.search.places import GAZETTEER
from defcoop_cli.lookup.search.ranking import Ranking
from defcoop_cli.lookup.search.reading.bodies import STANCES
from defcoop_cli.lookup.search.reading.clippings import CENTURIES
from defcoop_cli.lookup.search.reading.formal import REPORTED
from defcoop_cli.lookup.search.reading.syntax import head_term, noun, plural, verb
from defcoop_cli.lookup.search.text import QUESTION_WORDS, SYNONYM_GROUPS, Query, related, tokens

NEGATIONS = frozenset(["not", "never", "neither", "nor"])
FAILING = frozenset(["fail", "fails", "failed", "failing"])
# Contractions in n't, as tokens() writes them (its apostrophe dropped): "wasn't" is wasnt.
AUXILIARIES = "is are was were do does did has have had can could wo would should must might need"
CONTRACTED = frozenset(a + "nt" for a in AUXILIARIES.split()) | frozenset(["cant", "aint"])
ABSENCE_NOTE = (
    "search finds what the facts say was done, not what they leave out: these results "
    "are about the act asked after, not its absence"
)


def asks_what_was_not(text: str) -> bool:
    """Whether the query asks what was not done: a question with a negated verb."""
    words = tokens(text)
    if not QUESTION_WORDS.intersection(words):
        return False
    for i, word in enumerate(words):
        if word in NEGATIONS or word in CONTRACTED:
            return True
        if word in FAILING and words[i + 1 : i + 2] == ["to"]:
            return True
    return False


FOUNDED = frozenset(
    """founded founding foundation established establishment formed formation created
    creation instituted inaugurated inception constituted""".split()  # noqa: SIM905
)
SET_UP = ("set", "up")  # "set up", a founding in two words
WHEN = frozenset(["when", "year", "years", "date"])
FOUNDING_KINDS = frozenset(["founding", "establishment", "formation", "inauguration"])


def founding_dated(text: str, events: Iterable[Event]) -> str:
    """The query's word for a founding when it asks when something was founded and the
    fact base holds no founding among its events (above); "" for any other query."""
    words = tokens(text)
    if WHEN.isdisjoint(words) or any(e.kind in FOUNDING_KINDS for e in events):
        return ""
    pairs = itertools.pairwise(words)
    said = [w for w in words if w in FOUNDED] or [" ".join(p) for p in pairs if p == SET_UP]
    return said[0] if said else ""


JOURNEY = frozenset(  # a journey's logistics: refused kind "journey"
    "flight flights airfare airfares airline airlines layover hotel hotels visa visas".split()  # noqa: SIM905
)
# A journey's framing: the trip's booking, cost, stay, rules or route ("visa rules for",
# "hotels near the venue", "book a flight"); "how long", "W to X", "W from X" and "from X
# to Y" frame it whatever stands beside the logistics word.
TRAVEL = frozenset(
    """book booked booking ticket tickets fare fares cost costs price prices cheap cheapest
    near nearby venue rules fly flew flying flown stay stayed staying arrive arrived arrival
    depart departed departure airport""".split()  # noqa: SIM905
)
ROUTE = frozenset(["to", "from", "near"])
EVERYDAY = JOURNEY | frozenset(
    """weather rain rained raining rainy rainfall drizzle sunny sunshine cloudy overcast
    snow snowing snowfall fog foggy smog humid humidity heatwave thunderstorm thunderstorms
    menu menus lunch luncheon dinner breakfast cuisine dessert""".split()  # noqa: SIM905
)
# Words of the weather that are also figures of speech ("the forecast for defence ties",
# "the temperature of the relationship", "maritime security in the monsoon"): the
# weather only beside another word of it ("monsoon forecast", "monsoon rainfall onset")
# or with nothing else a fact holds to find ("temperature in delhi today").
FIGURATIVE = frozenset(
    "forecast forecasts temperature temperatures monsoon monsoons".split()  # noqa: SIM905
)
_BESIDE = EVERYDAY | FIGURATIVE | frozenset("onset flood floods flooding rains".split())  # noqa: SIM905


def everyday_subject(
    words: Iterable[str], held: Callable[[str], bool], stopwords: frozenset[str] = frozenset()
) -> str:
    """The query's word for the weather, a meal or a journey's logistics when no fact holds
    it (above); ""."""
    said = [w for w in words if w and w not in stopwords]
    idiom = {w for w, after in itertools.pairwise(said) if after == "permitting"}
    if found := next((w for w in said if w in EVERYDAY - JOURNEY - idiom and not held(w)), ""):
        return found  # not "weather permitting": an idiom of the plan, no weather asked
    if found := _journey(list(words), said, held, stopwords):
        return found
    for word in (w for w in said if w in FIGURATIVE and not held(w)):
        rest = [w for w in said if w != word]
        if _BESIDE.intersection(rest) or not any(held(w) for w in rest):
            return word
    return ""


def _journey(
    words: list[str], said: list[str], held: Callable[[str], bool], stopwords: frozenset[str]
) -> str:
    """The logistics word no fact holds when the query asks a journey's logistics (above):
    framed as travel or the query's head, the word beside no held content but the framing
    ("space flight", "flight exercises", "supply chains airlines" ask the base's subject);
    or its other content words find nothing by themselves ("flight of drones"); ""."""
    routed = ("how", "long") in itertools.pairwise(words) or (
        "from" in words and "to" in words[words.index("from") :]
    )
    for k, word in enumerate(words):
        if word not in JOURNEY or held(word):
            continue
        others = [w for w in said if w != word and w not in TRAVEL]
        if not any(held(w) for w in others):
            return word
        if routed or set(words[k + 1 : k + 2]) & ROUTE:  # "flight to X", "hotels near"
            return word
        near = words[max(k - 1, 0) : k] + words[k + 1 : k + 2]
        beside = [w for w in near if w not in TRAVEL | stopwords | JOURNEY and held(w)]
        if (TRAVEL.intersection(said) or word == head_term(words, said)) and not beside:
            return word  # framed as travel, or the query's head ("… trekking hotels")
    return ""


MEANINGS = frozenset(["meaning", "meanings", "definition"])
# Words that may stand before the word asked the meaning of: "the tatvgyan meaning"
ASKING = frozenset(["the", "a", "what", "whats", "does", "do", "is", "of"])


def meaning_unheld(text: str, index: Index) -> str:
    """The word whose meaning the query asks when the base gives it nowhere (above): held
    only in a longer name that is not its own, or only by the editorial's facts; ""."""
    words = tokens(text)
    for k, word in enumerate(words):
        if word in MEANINGS or (word == "mean" and words[k - 2 : k - 1] in (["does"], ["do"])):
            before = k >= 1 and words[k - 1] not in ASKING and (k == 1 or words[k - 2] in ASKING)
            after = words[k + 1 : k + 2] == ["of"] and words[k + 3 : k + 4] in ([], ["in"])
            after = after and not _names_at(words[k + 2 :], index)  # "… of make in india"
            asked = words[k - 1] if before else words[k + 2] if after else ""
            if asked and _meaning_nowhere(asked, index):
                return asked
    return ""


def _names_at(words: Sequence[str], index: Index) -> bool:
    """Whether the words begin with a name of several words (an entity's or a topic's)."""
    names = [n for e in index.entities for n in (e.name, *e.aliases)]
    names += [n for t in index.topics for n in (t.title, *t.aliases)]
    return any(len(n) > 1 and list(words[: len(n)]) == n for n in map(tokens, names))


def _meaning_nowhere(word: str, index: Index) -> bool:
    """Whether the base gives the word no meaning: only the editorial's facts hold it, or
    every fact that holds it has it only inside an entity's name of several words, none of
    whose names or aliases it is alone (a topic's title is the base's own use of it)."""
    held = set(index.hits({word: 1.0}))
    if not held:
        return False  # held by no fact: a place's, a body's or a name's refusal reads it
    if held <= index.facet(f"kind:{EDITORIAL}"):
        return True
    names = [tokens(n) for e in index.entities for n in (e.name, *e.aliases)]
    names = [n for n in names if word in n]
    if not names or [word] in names:
        return False
    titles = {t.id: (t.title, *t.aliases) for t in index.topics}
    for fact in index.facts_at(sorted(held)):
        own = (n for t in fact.topics for n in titles.get(t, ()))
        texts = (fact.statement, fact.quote, *fact.keywords, *own)
        if any(word in _outside_names(tokens(text), names) for text in texts):
            return False  # "military", "cooperation": the facts' own word
    return True


def _outside_names(words: list[str], names: list[list[str]]) -> list[str]:
    """The words not inside any of the names."""
    kept: list[str] = []
    k = 0
    while k < len(words):
        size = next((len(n) for n in names if words[k : k + len(n)] == n), 0)
        kept += [] if size else [words[k]]
        k += size or 1
    return kept


# Words before a year that make it a span's bound, not the time asked about.
SPANS = frozenset("since before after until till by from pre post through".split())  # noqa: SIM905


def dated_years(doc: Doc) -> set[str]:
    """The years the fact base dates things in: its sources' dates, its notes' and their
    references' (not a year a note names in passing: "after their talks in 2024")."""
    dates = [s.published for s in doc.sources]
    dates += [d for n in doc.curator_notes for d in (n.date, *(r.published for r in n.references))]
    return {str(d.year) for d in dates if d}


def year_elsewhere(words: Sequence[str], held: Callable[[str], bool], doc: Doc) -> str:
    """The query's year when it names one (not a span's bound) that nothing in the fact
    base holds nor dates (above); ""."""
    for before, word in itertools.pairwise(["", *words]):
        year = len(word) == 4 and word.isdigit() and word[:2] in CENTURIES
        unheld = year and before not in SPANS and not held(word) and not related(word)
        if unheld and word not in dated_years(doc):  # the catalogue's dates read last
            return word
    return ""


def guessed_head(index: Index, query: Query, ranking: Ranking) -> Ranking:
    """The ranking, or none when its first match holds the query's head only by a wider
    guess, the head having no word of its own in the fact base, and holds no other term
    past the base's subject by its own or related words (above)."""
    first = ranking.matches[0] if ranking.matches and len(query.terms) > 1 else None
    near = {d.term for d in first.details if d.score < VECTOR_HIGH} if first else set()
    if first is None or not near:  # GloVe's near words score less than any sense's
        return ranking  # a word alone ("FOIP") is its own subject: its guess is all it asks
    from defcoop_cli.lookup.search import partial

    head = head_term(tokens(query.text), query.terms)
    if head not in near:
        return ranking
    words = partial.term_words(index, query)  # read only now: most queries never get here
    if head not in partial.guessed(first, index, words):
        return ranking
    subject = partial.MODIFIER_SHARE * index.size()
    own = (d for d in first.details if partial.own_score(words, d.term, d.word) >= RELATED)
    if any(words[d.term][0].reach(index) <= subject for d in own):  # a guess scores less
        return ranking
    return ranking._replace(matches=[], total=0)


def another_party(unmatched: Iterable[str], index: Index) -> str:
    """The first unmatched term that names, alone, a nation (a country of the gazetteer or
    of the fact base, or its demonym) none of whose names is a party's of the fact base's
    events (above)."""
    terms = [t for t in unmatched if t.isalpha()]
    if not terms:
        return ""
    ids = {p for event in index.catalogue().events for p in event.parties}
    named = [
        (e.id, frozenset(" ".join(tokens(n)) for n in (e.name, *e.aliases)))
        for e in _countries(index)
    ]
    held = frozenset().union(*(names for i, names in named if i in ids))
    nations = {n: names for _, names in named for n in names if " " not in n}
    nations.update({n: names | nations.get(n, frozenset()) for n, names in _nations().items()})
    return next((t for t in terms if t in nations and held.isdisjoint(nations[t])), "")


def _countries(index: Index) -> list[Entity]:
    return index.entities_at(index.entity_listing("country")[0])


@lru_cache(maxsize=1)
def _nations() -> dict[str, frozenset[str]]:
    """Each one-word name of a nation of the gazetteer (its country, its demonyms), with
    all that nation's names. Read from the file beside the package (places.GAZETTEER)."""
    found: dict[str, frozenset[str]] = {}
    for country, _capital, demonym, _form, _more in table_rows(shipped_text(GAZETTEER), 5):
        names = frozenset(" ".join(tokens(n)) for n in [country, *demonym.split(";")] if n)
        found.update({n: names for n in names if " " not in n})
    return found


def another_actor(index: Index, query: Query, ranking: Ranking) -> Ranking:
    """The ranking, or none when a nation no party of the base's events, which its first
    match does not hold, acts in the query (above)."""
    held = {d.term for d in ranking.matches[0].details} if ranking.matches else set()
    words, asking = tokens(query.text), QUESTION_WORDS.union(AUXILIARIES.split())
    acting = [  # a subject's word the match misses, before a word it holds
        w
        for k, w in enumerate(words[:-1])
        if (k == 0 or words[k - 1] in asking)
        and w not in held
        and words[k + 1] in held
        and verb(words[k + 1])  # acts: "china reaffirms …", not "china assertive behaviour"
    ]
    nation = another_party(acting, index) if acting and held else ""
    if not nation or f"{nation}'s" in query.text.lower():
        return ranking
    return ranking._replace(matches=[], total=0)


def who_is_named(index: Index) -> frozenset[str]:
    """The words of the names of the fact base's persons and countries: who is named."""
    people = [e for e in index.entities if e.type in ("person", "country")]
    return frozenset(w for e in people for n in (e.name, *e.aliases) for w in tokens(n))


def unheld_head(index: Index, query: Query, ranking: Ranking) -> Ranking:
    """The ranking, or none when its first match misses the head of the query's noun
    phrase, which the base has no word for, and holds nothing else past who is named and
    the base's common words (above)."""
    first = ranking.matches[0] if ranking.matches and len(query.terms) > 1 else None
    words = tokens(query.text)
    head = head_term(words, query.terms) if first else ""
    if not head or head.isdigit() or words[words.index(head) + 1 :][:1] == ["of"]:
        return ranking
    from defcoop_cli.lookup.search import partial

    by = {d.term: d.word for d in first.details} if first else {}
    before = words[words.index(head) - 1] if words.index(head) else ""
    if head in by and (before not in query.terms or before in by or not noun(before)):
        return ranking  # "tourist arrivals": the head held, after a noun no match holds
    if head in who_is_named(index) | FIGURATIVE | REPORTED or (head not in by and related(head)):
        return ranking  # a report's noun ("X statement", "talks transcript"): what it says
    if _of_a_relation(index, words[: words.index(head)]) and not plural(head):
        return ranking  # "defence ties depth", "rajnath nakatani chemistry": the ties' quality
    found = partial.term_words(index, query)
    if (
        any(f.held(index) for f in found[head])
        if head not in by
        else (
            partial.own_score(found, head, by[head]) >= partial.CLOSE
            or any(f.held(index) for f in found[before])
            or related(before)
        )
    ):
        return ranking
    rare, who = partial.RARE_SHARE * index.size(), who_is_named(index)
    for term, word in by.items():
        own = term in found and partial.own_score(found, term, word) >= RELATED
        if own and term != head and term not in who and found[term][0].reach(index) <= rare:
            return ranking
    return ranking._replace(matches=[], total=0)


# The words for a relationship: a noun right after one may be its quality ("ties depth")
RELATION = next(frozenset(g) for g in SYNONYM_GROUPS if "ties" in g)


def _of_a_relation(index: Index, before: Sequence[str]) -> bool:
    """Whether the words before a head end in a relationship's word or in the names of two
    of the base's persons side by side ("rajnath nakatani"): a head no plural is a quality
    of the relationship, which the facts about it answer (above)."""
    people = [{w for n in (e.name, *e.aliases) for w in tokens(n)} for e in index.entities]
    people = [p for p, e in zip(people, index.entities, strict=True) if e.type == "person"]
    pair = [{k for k, p in enumerate(people) if w in p} for w in before[-2:]]
    named = len(pair) == 2 and all(pair) and not pair[0] & pair[1]
    return named or (bool(before) and before[-1] in RELATION)


def missed_phrase(query: Query, missed: Sequence[str], nowhere: Sequence[str]) -> str:
    """The first of two neighbouring words, written apart, that a closest match misses,
    the first held nowhere and a noun (above); ""."""
    written = (query.given or query.text).lower().split()  # "home / world": no neighbours
    for a, b in itertools.pairwise(w.rstrip(",.;:?!)") for w in written):
        if not (a.isalpha() and b.isalpha()):
            continue  # "know-how transfer;", "(day/month/year)": no phrase of two words
        if a in missed and b in missed and a in nowhere and noun(a):
            return a
    return ""


def unanswered(index: Index, query: Query, ranking: Ranking) -> Ranking:
    """The ranking, or none where what the query asks is not in it: a head held only by a
    guess (guessed_head) or by none (unheld_head), another nation's act (another_actor),
    or a voice only the left-out editorial holds (editorial_voice)."""
    ranking = another_actor(index, query, unheld_head(index, query, ranking))
    return editorial_voice(index, query, guessed_head(index, query, ranking))


def editorial_voice(index: Index, query: Query, ranking: Ranking) -> Ranking:
    """The ranking, or none when the query asks a view named by a word only the editorial's
    facts hold (above) and none of them is shown."""
    if not ranking.matches:
        return ranking
    editorial, vocabulary = index.facet(f"kind:{EDITORIAL}"), index.vocabulary()
    words = tokens(query.text)
    for k, after in enumerate(words):
        if after not in STANCES:
            continue
        held: set[int] = set()
        for word in reversed(words[:k]):  # the editorial's words right before the view
            own = own_forms(word, vocabulary) if word in query.terms else {}
            found = set(index.hits(own)) if own else set()
            if not found or not found <= editorial:
                break
            if _names_a_voice(index, own, found):
                held = found
                break
        if held:
            shown = index.positions([m.fact.id for m in ranking.matches])
            return ranking if shown & held else ranking._replace(matches=[], total=0)
    return ranking


def _names_a_voice(index: Index, own: Iterable[str], held: set[int]) -> bool:
    """Whether a fact that holds the word (by its own forms) has it in one of its entities'
    names, its keywords or its topics' titles: who speaks, or what it is about (above)."""
    forms, titles = set(own), {t.id: (t.title, *t.aliases) for t in index.topics}
    for fact in index.facts_at(sorted(held)):
        names = [n for e in map(index.entity, fact.entities) if e for n in (e.name, *e.aliases)]
        names += [*fact.keywords, *(n for t in fact.topics for n in titles.get(t, ()))]
        if any(forms.intersection(tokens(n)) for n in names):
            return True
    return False
