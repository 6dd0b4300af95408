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

A question whether it is safe ("is it safe for Japanese staff in India after the attack",
"is it still safe to travel to Kashmir", "safe to visit Delhi now?") asks advice on the
present risk to a traveller or a resident, which no fact gives: the sources report what was
said and done, not a travel advisory. Search refuses it (elsewhere.query_elsewhere,
kind "safety") whatever words of the attack or the meeting it shares, unless a fact holds
the word. Only "it" said safe ("is it safe", "it's safe"), with no verb after a "to" but
one of going or staying, or "safe … to" before such a verb: "is it safe to say the ties improved"
asks no advice, and "are the sea lanes safe" asks what the base may hold of the sea. Only
a person's safety, travelling or staying, is such advice: "safe for" persons ("our staff",
"us", "tourists") or for no one named ("is it safe in Kashmir now"); working or moving
only somewhere ("safe to work in Delhi", not "safe to work with Japan on cyber", nor
"safe to go ahead with the drills"). A thing or a nation said at risk ("is it safe for
ships in the South China Sea", "why is it dangerous for smaller nations") or a fact said
dangerous ("is it dangerous that China is assertive") asks what the base holds of it.

A question of what a word means ("tatvgyan meaning", "the meaning of X", "what does X
mean") asks for a definition, which no fact gives: the base can answer it only by the
name it gives in full ("UNCLOS meaning": the Convention's full name) or by the facts that
use the word ("interoperability meaning in the exercises"). A word a fact holds only
inside a longer name ("dharma" of Dharma Guardian, no name of its own), or that only the
editorial's facts hold (an opinion's own word), has neither: its meaning is nowhere in
the base, and search refuses the query (elsewhere.query_elsewhere) whatever else it
shares with the article ("… in the rajnath nakatani article").

A question how a phrase is said in a language ("how to say freedom of navigation in
japanese", "translate peace into hindi", "what is the Japanese word for trust") asks for a
translation, and the base holds its sources' English and no rendering of it: search refuses
it (elsewhere.query_elsewhere, kind "translation") whatever words of the article it shares.
Only a language's name (LANGUAGES) after "in", "into" or "to" that ends the query (past
function words and "language" or "script"), with a verb of rendering before it that governs
a phrase (RENDERING: "say" but not "said", which asks what was said; "translate"; RENDERED:
"called", "written") and has no speaker its subject, or one before a word for a word
("japanese word for", "hindi term for", "japanese name for", "japanese translation of").
"What did japan say about the attack" names no language; "what did rajnath say to
japanese" and "what did nakatani say in japanese" have a speaker and ask what he said; "the
japanese terms of the agreement" are conditions; "is gen called general in japanese" and
"the japanese name for gen" ask about a person's name, which is not rendered; "the talks
explained in hindi" (a search box's tail: reading/registers.py) asks for the answer in one,
not a rendering.

A year that no fact, note or thesaurus entry holds, and that the fact base dates nothing in
(its sources' dates, its notes' and their references'), names another time: "the HADR
exercise in 2023", "the 2023 revision of the transfer rules" ask about another edition or
event, whatever words of the base they share. Search refuses such a query
(elsewhere.query_elsewhere); not a year that bounds a span ("ties since 2014", "before
2030"), which asks about what the base holds in it.

A head the first match does not hold: refusing/heads.py; a nation or a voice: others.py.
"""

import itertools
from collections.abc import Callable, Iterable, Sequence

from defcoop_cli.factbase.records import Doc, Event
from defcoop_cli.factbase.vocab import EDITORIAL
from defcoop_cli.lookup.protocol import Index
from defcoop_cli.lookup.search.reading.clippings import CENTURIES
from defcoop_cli.lookup.search.reading.grammar import head_term, verb
from defcoop_cli.lookup.search.related.thesaurus import related
from defcoop_cli.lookup.search.words import QUESTION_WORDS, tokens

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


# Whether it is safe: a traveller's or a resident's question of the present risk
SAFETY = frozenset("safe unsafe safer safest dangerous risky".split())  # noqa: SIM905
# Going or staying somewhere: "safe to travel", not "safe to say"
STAYING = frozenset(
    """go going travel travelling traveling visit visiting stay staying live living fly
    flying come coming return returning""".split()  # noqa: SIM905
)
# Working or moving is staying only somewhere: "safe to work in delhi", not "… with japan"
PLACED = frozenset(["work", "working", "move", "moving"])
SOMEWHERE = frozenset(["in", "at", "there", "here", "near", "to"])
ON = frozenset(["ahead", "forward", "on"])  # "go ahead with …": to proceed, not to go
DUMMY = frozenset(["it", "its"])  # "is it safe", "it's safe": no thing is said safe
SAFETY_BETWEEN = frozenset(["is", "be", "still", "now", "really", "very", "quite", "not"])
# Whose safety is asked after "for": persons (a thing or a nation asks what a fact holds)
PERSONAL = frozenset(
    """us me you one our my your families family children kids women men people persons
    staff workers employees engineers students tourists travellers travelers visitors
    pilgrims foreigners foreign expats citizens nationals indians""".split()  # noqa: SIM905
)


def safety_asked(words: Sequence[str], held: Callable[[str], bool]) -> str:
    """The query's word of safety when it asks whether it is safe (above): "is it safe"
    with no verb after its "to" but one of going or staying ("is it safe for our staff in
    delhi", "it's safe to travel?"; not "is it safe to say…", "safe for the speech to
    call him…"), or "safe … to" before such a verb ("safe to visit kashmir now", "to work
    in delhi"; not "to go ahead"); a person's safety alone (_personal: not "safe for
    ships", "dangerous that …"); and no fact holds the word; ""."""
    for k, word in enumerate(words):
        if word not in SAFETY or held(word):
            continue
        to = next((j for j in range(k + 1, len(words) - 1) if words[j] == "to"), -1)
        act, then = [*words[to + 1 : to + 3], "", ""][:2] if to > 0 else ("", "")
        going = act in STAYING and then not in ON
        if going or (act in PLACED and then in SOMEWHERE):
            return word  # "safe to travel", "safe for us to visit", "safe to work in delhi"
        before = list(itertools.takewhile(SAFETY_BETWEEN.__contains__, reversed(words[:k])))
        dummy = k > len(before) and words[k - len(before) - 1] in DUMMY
        if dummy and not (act and verb(act)) and _personal(words[k + 1 :]):
            return word  # not "safe for the speech to call him …", "safe for ships"
    return ""


def _personal(after: Sequence[str]) -> bool:
    """Whether what is said safe or not is a person's safety: "for" persons within three
    words ("for japanese staff"), or no one named, nor a clause ("dangerous that …")."""
    if after[:1] == ["that"]:
        return False
    if "for" not in after:
        return True
    at = after.index("for")
    return not PERSONAL.isdisjoint(after[at + 1 : at + 4])


def everyday_kind(word: str) -> str:
    """The refusal's kind for a word everyday_subject, safety_asked or translation_asked
    found."""
    if word in LANGUAGES:
        return "translation"
    return "journey" if word in JOURNEY else "safety" if word in SAFETY else "everyday"


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


LANGUAGES = frozenset(
    """japanese hindi english tamil telugu marathi bengali gujarati kannada malayalam
    punjabi urdu sanskrit chinese mandarin korean french german spanish russian arabic
    kanji hiragana katakana romaji""".split()  # noqa: SIM905
)
# A verb of rendering whose object follows it ("say peace in hindi") and one whose
# phrase may stand before it ("what is peace called in hindi", "is X called Y in hindi")
RENDERING = frozenset(
    """say call write spell pronounce translate translates translating translation""".split()  # noqa: SIM905
)
RENDERED = frozenset(
    """called written spelt spelled pronounced translated""".split()  # noqa: SIM905
)
INTO = frozenset(["in", "into", "to"])
A_WORD_FOR = frozenset(
    ["word", "words", "term", "terms", "name", "names", "translation", "translations"]
)
NAMES_FOR = frozenset(["name", "names"])  # a person's own name is not rendered: not of one
WORD_FOR_WHAT = frozenset(["for"])  # "the japanese term for X", not "japanese terms of a deal"
TRANSLATION_OF = frozenset(["for", "of"])  # "the japanese translation of X"
LANGUAGE_AFTER = frozenset(["language", "script"])
# Before a verb of rendering, a helping verb and its subject: "how do you say …" asks a
# rendering; a named subject, a speaker ("what did rajnath say to japanese …"), does not
HELPING = frozenset("did does do will would can could should shall may might".split())  # noqa: SIM905
ANYONE = frozenset("you i we one u they someone people".split())  # noqa: SIM905


def _a_word_for(words: Sequence[str], k: int, named: Callable[[str], bool]) -> bool:
    """Whether the language at k stands before a word for a word: "the japanese word for
    trust", "the hindi translation of peace", "the japanese name for the exercise"; not
    "the japanese terms of the agreement" or "the japanese terms at the talks", a nation's
    conditions, nor "the japanese name for gen", a person's name the base holds."""
    noun, after = words[k + 1 : k + 2], words[k + 2 : k + 3]
    if not noun or noun[0] not in A_WORD_FOR:
        return False
    if noun[0].startswith("translation"):
        return not after or after[0] in TRANSLATION_OF
    if noun[0] in NAMES_FOR and any(named(w) for w in words[k + 3 :]):
        return False
    return bool(after) and after[0] in WORD_FOR_WHAT


def _rendering(
    words: Sequence[str], into: int, function_words: frozenset[str], named: Callable[[str], bool]
) -> bool:
    """Whether a verb of rendering before words[into] ("in", "into", "to") governs a phrase
    asked rendered: its object after it ("how to say peace in japanese") or, for one in
    the passive, the phrase before or after it ("what is peace called in japanese"). Not
    with a speaker its subject ("what did nakatani say in japanese" asks what he said),
    nor with nothing it governs, nor when the phrase is a person's name the base holds
    ("is gen called general in japanese" asks about the name)."""
    for j in range(into - 1, -1, -1):
        verb = words[j]
        if verb not in RENDERING and verb not in RENDERED:
            continue
        span = words[j + 1 : into] if verb in RENDERING else [*words[:j], *words[j + 1 : into]]
        phrase = [w for w in span if w not in function_words and w not in ANYONE]
        if not phrase or any(named(w) for w in phrase):
            return False
        if verb in RENDERED:
            return True
        helping = max((h for h in range(j) if words[h] in HELPING), default=-1)
        subject = words[helping + 1 : j] if helping >= 0 else []
        return all(w in ANYONE for w in subject)  # "how do you say", "how to say"
    return False


def translation_asked(
    words: Sequence[str], function_words: frozenset[str], named: Callable[[str], bool]
) -> str:
    """The language a query asks a phrase rendered in (above); "" for any other query.
    named: whether a word is of a person's name in the base."""
    for k, word in enumerate(words):
        if word not in LANGUAGES:
            continue
        if _a_word_for(words, k, named):
            return word  # "the japanese word for trust"
        rest = [w for w in words[k + 1 :] if w not in function_words and w not in LANGUAGE_AFTER]
        rendered = k and words[k - 1] in INTO and not rest
        if rendered and _rendering(words, k - 1, function_words, named):
            return word  # "how to say … in japanese"
    return ""


def rendering_asked(words: Sequence[str], function_words: frozenset[str], index: Index) -> str:
    """translation_asked with the base's people's names: their words ("gen",
    "nakatani") read only when the query names a language."""
    if LANGUAGES.isdisjoint(words):
        return ""
    people = index.entities_at(index.entity_listing("person")[0])
    named = frozenset(w for p in people for name in (p.name, *p.aliases) for w in tokens(name))
    return translation_asked(words, function_words, named.__contains__)


def spelled_beside(text: str, held: Callable[[str], bool]) -> str:
    """An abbreviation in capitals written beside its own full form, whose words' initials
    are its letters ("OSA official security assistance", "official development assistance
    (ODA)"): a programme's or a body's name, given twice. Where neither the abbreviation
    nor the full form run together is held (the thesaurus's are: HADR, FOIP), the base does
    not name it, and the words of its full form held apart ("security") are not it: the
    full form; "" for any other query."""
    said = [w.strip("(),.;:?!") for w in text.split()]
    for k, short in enumerate(said):
        if not (2 <= len(short) <= 6 and short.isalpha() and short.isupper()):
            continue
        n = len(short)
        for run in (said[k + 1 : k + 1 + n], said[max(0, k - n) : k]):
            words = [w.lower() for w in run]
            if len(words) < n or "".join(w[:1] for w in words) != short.lower():
                continue
            if not (held(short.lower()) or related(short.lower()) or held("".join(words))):
                return " ".join(run)
    return ""
