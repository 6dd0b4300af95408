"""Bodies and events the fact base does not know: "rajnath singh sco defence ministers
meeting", "nakatani g7 summit remarks".

A word before a gathering or an officer of a body ("summit", "meeting", "conclave",
"ministers", "secretary"), next to it or with only portfolios and gatherings between ("sco
defence ministers meeting"; not "MoD India Japan talks", the parties' talks), names whose
gathering or officer it is. When the fact base holds that word nowhere (its
facts' words, its notes), no table relates it to a held word (the thesaurus, WordNet's,
GloVe's) and it is no typo of one, the gathering is another body's: the query is about
another event, whatever else it shares with the article (its minister, "defence").
So does a word written apart inside a run of the query's terms that ends in a gathering,
between two words of the run the base holds ("india japan asean defence ministers plus
meeting": the parties' meeting of another body), when no table but GloVe's relates it to a
held word: GloVe's near words are near a body's name in use ("asean": "bilateral"), no
reading of it (a word of a hyphened compound, "one-off meeting", is no name; "japanese
prime minister": "prime" is next to the gathering, its kind).
A body's own noun ("Foundation", "Institute", "Society": BODY_NOUNS) after a word of its
name and right before a gathering names the gathering's body, whatever the name ("Sri
General Foundation summit", "Nakatani Foundation summit": a body named after an honorific
and a title, or a person the base holds): a body's noun the base holds nowhere is another
body's, as an unknown word is ("the foundation of the summit" names none).
A word right after an exercise's or an operation's noun ("Exercise Talisman Sabre",
"operation sindoor") names it the same way: unknown, another exercise; so does a word
set apart as a name before one, with only the exercise's kind between ("JIMEX naval
exercise").
A word the query writes right before "of", "on" or "about" a gathering is what it asks of
the gathering, not its name ("summary of the meeting", "remarks on the talks"): it names
no body, while a word between ("summary of the sco meeting") still does.
A voice's reaction is such a gathering too ("Trinamool's response", "congress party
reaction", "the BJP statement"): a word the fact base does not know before it is another
body's voice when the query sets it apart as one, written as a name or a possessive, or
with a party or the opposition between. A bare word right before the reaction is read as
what the reaction is like ("formal response", "tepid reaction", "rapid response"), not
whose. A political party or the opposition asked for its reaction ("left parties
objections", "the opposition leader's criticism") is one the fact base holds none of,
whatever its name: none of its facts is a party's or the opposition's word. A party is
political only when the query says so (opposition, left, ruling…: its register's signs);
else it is a delegation, the article's ("the Japanese party's reaction", "the visiting
party", "each party's statement", "both parties").
Such a reaction is refused as a political voice (refused kind "voice"), not as a body: the
base knows what a party is, it holds no party's reaction.
So is a reaction to the base's own event (its meeting, talks or visit) asked of a bare word
the base does not know and no adjective, first in the query or after a word of function
("trinamool response to the rajnath nakatani meeting", "aap reaction to the singh
meeting"): the word is whose reaction it is, for what a reaction is like is an adjective
("lukewarm reaction to the talks": WordNet's adjectives that are no noun, factbase/
adjectives.tsv) or follows whose it is ("alpha's formal response to the talks").
A nation's voice is asked the same way ("China's reaction to the talks", "chinese foreign
ministry response", "Beijing's statement": a capital stands for its nation): the word
before a voice or a stance (STANCES), with only a government's organs and portfolios
between (ORGANS), names whose it is. The fact base's voices are its events' parties and
their people; a nation (the drafting gazetteer's, or its capital) the base holds no entity
of said nothing the base holds, whatever else the query shares with the article ("Japan's
reaction", "Tokyo's response" are the parties'): search refuses it as a voice
(nations_voiced). A nation the base holds, though no party (an exercise's participant:
"Australia's stance on Malabar", "US reaction to the talks"), is searched: the facts that
name it are what the base holds of it. A position "in" a place is where it stands, no
stance ("China's position in the South China Sea"). An acronym first in the query is set
apart as a name too ("EU statement on the attack"): its capitals are no sentence's.
A word a table relates is no such name ("FOIP": the thesaurus's free and open
Indo-Pacific; "Ind", "Jpn": clipped words of held ones, clippings.py, where "PHL", the
Philippines, stays unknown); nor is a number, which may count
("26 killed").

A word written as a name is one wherever it stands: letters and digits together ("cop29",
"f35"), or a capital then lower case past the query's first word ("Tokyo Olympics supply
chains"), where the query writes its other words in lower case (in a headline's capitals
"Japan Backs Homemade Arms" no word is set apart). Unknown as above, it names a thing,
event or body the fact base does not know; a name is written whole, so a held word it
only begins is no reading of it ("the Indus waters": not industries). Only a word its
capital sets apart, after a word in lower case: after another capitalised word it may take
its capital from the run it stands in, as a heading's shortened word does ("India Japan
Strat dialogue", "Rajnath Singh Nakatani Strat talks": strategic), and is read as a word
in lower case is. Not a word in capitals ("RM", "CT", "MoD" are clipped words of the
article's things).
"""

import itertools
import re
from collections.abc import Callable, Iterable, Sequence

from defcoop_cli.factbase.records import Entity
from defcoop_cli.factbase.vocab import adjectives
from defcoop_cli.lookup.protocol import Vocabulary
from defcoop_cli.lookup.search.matching import PREFIX, wider_scores, word_scores
from defcoop_cli.lookup.search.reading.clippings import clippings
from defcoop_cli.lookup.search.related.thesaurus import related, related_pairs
from defcoop_cli.lookup.search.text import stem
from defcoop_cli.lookup.search.words import STOPWORDS, Query, tokens
from defcoop_cli.patterns import Lazy

GATHERINGS = frozenset(
    {
        *("summit", "summits", "meeting", "meetings", "conference", "conclave", "forum"),
        *("ministerial", "minister", "ministers", "secretary", "talks", "dialogue"),
    }
)
# A voice's reaction, after whose it is (the module's docstring), and the political voices
VOICES = frozenset(
    """reaction reactions response responses criticism criticisms critique objection
    objections statement statements comment comments""".split()  # noqa: SIM905
)
POLITICAL = frozenset(["party", "parties", "opposition"])
SPEAKERS = frozenset(["leader", "leaders", "spokesperson", "spokesman", "spokeswoman"])
# A determiner names no body ("each party's statement", "the other party's response"), nor
# does a party's sign (PARTISAN, read by the party's reaction)
DETERMINERS = frozenset(
    "each every any either neither both other another all".split()  # noqa: SIM905
)
# What makes a party a political one ("left parties"); else a delegation ("visiting party")
PARTISAN = frozenset(
    """opposition left leftist rightist ruling governing political communist
    nationalist""".split()  # noqa: SIM905
)
REACH = 3  # terms from the name to its gathering: "sco defence ministers meeting"
# A reaction to an event, and the event's nouns within EVENT_REACH words after "to" or "on"
REACTIONS = frozenset(
    """reaction reactions response responses criticism criticisms critique objection
    objections""".split()  # noqa: SIM905
)
EVENTS = GATHERINGS | {"visit", "visits", "trip"}
EVENT_REACH = 4  # "to the rajnath nakatani meeting"
# A voice or a stance asked of a nation, and a government's organs that may stand between
# the nation and it ("chinese foreign ministry response", "Beijing's official statement")
STANCES = VOICES | frozenset(
    "stance stances position positions view views remarks reply replies".split()  # noqa: SIM905
)
ORGANS = frozenset(
    """ministry ministries government govt official officials side embassy office
    initial formal first""".split()  # noqa: SIM905
)
# A position "in" or "at" a place is where one stands, no stance ("China's position in
# the South China Sea")
ASKED_OF = frozenset(["of", "on", "about"])  # "summary of the meeting": what is asked of it
PLACED = frozenset(["position", "positions"])
AT = (["in"], ["at"], ["within"], ["inside"], ["near"], ["off"])
NATION_WORDS = 3  # the longest nation's name read before a voice: "united arab emirates"
# A participle before a gathering says what it is like, not whose: "institutionalised
# dialogue", "postponed summit", "expanded talks" (a body's name is not a past participle).
_PARTICIPLE = Lazy(r"[a-z]{3,}(?:ed|ised|ized)")
# An exercise's or an operation's noun, before its name: "Exercise Talisman Sabre".
NAMED_AFTER = frozenset({"exercise", "exercises", "operation", "drill", "drills", "wargames"})
# A name set apart before an exercise's noun names it too ("JIMEX naval exercise", "Red
# Flag air exercise"), with only the kind of exercise between (EXERCISE_KINDS).
EXERCISE_KINDS = frozenset(
    """naval navy maritime army land air military joint bilateral trilateral multilateral
    annual combined field live fire war training sea""".split()  # noqa: SIM905
)


# A thesaurus entry relating a word of another language, as Indian English writes it, to
# the English one ("maitri": friendship). In a name's place the word is a name, which is
# often such a word ("Exercise Maitri"), and the entry does not make it known.
TRANSLATION = "Hindi register"


def unknown(
    term: str,
    vocabulary: Vocabulary,
    held: Callable[[str], bool],
    whole: bool = False,
    vectors: bool = True,
    named: bool = False,
) -> bool:
    """Whether no fact or note holds the term and no table relates it to a word held (whole:
    a held word it only begins is no reading of it; vectors: GloVe's near words count;
    named: the term stands in a name's place, where a translation does not count)."""
    if term.isdigit() or held(term):
        return False
    if term in clippings():  # "ind" is known as India is; "phl" unknown as the Philippines
        full = clippings()[term][0]
        return full != (term,) and all(unknown(word, vocabulary, held) for word in full)
    entries = related(term)
    translated = {r for r in entries if named and r.means.startswith(TRANSLATION)}
    if len(entries) > len(translated) or (related_pairs(term) and not translated):
        return False
    into = {stem(w) for r in translated for w in r.words}  # "maitri": no "relations" then
    read = [
        s
        for w, s in word_scores(term, vocabulary).items()
        if (not whole or s != PREFIX) and stem(w) not in into
    ]
    return not read and not wider_scores(term, vocabulary, vectors)


def bodies_elsewhere(
    query: Query, vocabulary: Vocabulary, held: Callable[[str], bool], portfolios: frozenset[str]
) -> list[str]:
    """The query's terms that name a gathering's or an officer's body the fact base does
    not know (portfolios: the words that may stand between, "defence", "foreign")."""
    terms, between = query.terms, portfolios | GATHERINGS | VOICES | POLITICAL | SPEAKERS
    written = list(_WRITTEN.compiled.finditer(query.text))  # split once, read by both
    named = _set_apart(written)
    exercise_named = named | _titled_first(written)
    said = tokens(query.text)
    asked_of = {a for a, b in itertools.pairwise(said) if b in ASKED_OF}
    found = [
        term
        for i, term in enumerate(terms)
        if term not in between
        and term not in DETERMINERS | PARTISAN
        and not _PARTICIPLE.fullmatch(term)
        and (
            (exercise := _exercise_named(terms, i, exercise_named))
            or (term not in asked_of and _before_gathering(terms[i + 1 :], between, term in named))
        )
        and unknown(term, vocabulary, held, named=exercise)
    ]
    return found or _within_a_gathering(query, vocabulary, held) or _body_named(said, held, between)


def _exercise_named(terms: Sequence[str], i: int, named: Iterable[str]) -> bool:
    """Whether the query's i-th term stands in an exercise's name's place: after its noun
    ("exercise maitri") or set apart before it ("Maitri army exercise")."""
    term = terms[i]
    return bool(i and terms[i - 1] in NAMED_AFTER) or (
        term in named and _before_exercise(terms[i + 1 :])
    )


# A body's own noun after its name ("the Sasaki Foundation", "General Institute")
BODY_NOUNS = frozenset(
    """foundation foundations institute institution society association council academy
    university college fund federation league corporation company trust centre center
    club""".split()  # noqa: SIM905
)


def _body_named(
    words: list[str], held: Callable[[str], bool], between: frozenset[str]
) -> list[str]:
    """A body's noun after a word of its name, right before a gathering, that the base holds
    nowhere (the module's docstring): "Sri General Foundation summit" is the foundation's,
    whatever person or title the base holds it is named after (words: the query's tokens;
    held: the base's words)."""
    return [
        word
        for i, word in enumerate(words)
        if word in BODY_NOUNS
        and i
        and words[i - 1] not in STOPWORDS
        and _before_gathering(tuple(words[i + 1 :]), between)
        and not held(word)
    ][:1]


def _within_a_gathering(
    query: Query, vocabulary: Vocabulary, held: Callable[[str], bool]
) -> list[str]:
    """The query's words written apart inside a run of its terms that ends in a gathering,
    between two held words of the run, that the base holds nowhere and no table but
    GloVe's relates to a held word (the module's docstring)."""
    found: list[str] = []
    run: list[str] = []
    for written in [*(query.given or query.text).lower().split(), ""]:
        word = written.rstrip(",.;:?!)")
        if word.isalnum() and word in query.terms and word not in GATHERINGS:
            run.append(word)  # a word before a colon or a comma ends the run: "channels:"
            run = run if word == written else []
            continue
        if word in GATHERINGS:
            found += [
                w
                for k, w in enumerate(run[1:-1], 1)
                if any(map(held, run[:k]))
                and any(map(held, run[k + 1 :]))
                and unknown(w, vocabulary, held, vectors=False)
            ]
        run = []
    return found


def political_voices(query: Query, portfolios: frozenset[str]) -> list[str]:
    """A political party's or the opposition's reaction asked for, as the query writes
    it ("left parties", "opposition"; the module's docstring)."""
    words, between = tokens(query.text), portfolios | GATHERINGS | VOICES | POLITICAL | SPEAKERS
    return [
        " ".join(words[i - 1 : i + 1]) if word != "opposition" else word
        for i, word in enumerate(words)
        if word in POLITICAL
        and (word == "opposition" or (i and words[i - 1] in PARTISAN))
        and _before_gathering(tuple(w for w in words[i + 1 :] if w not in STOPWORDS), between)
    ]


def voices_on_the_event(
    query: Query, vocabulary: Vocabulary, held: Callable[[str], bool]
) -> list[str]:
    """A reaction to the base's event asked of a bare word it does not know, as the query
    writes it ("trinamool response"; the module's docstring)."""
    words = tokens(query.text)
    return [
        f"{words[i - 1]} {word}"
        for i, word in enumerate(words)
        if i
        and word in REACTIONS
        and words[i + 1 : i + 2] in (["to"], ["on"])
        and not EVENTS.isdisjoint(words[i + 2 : i + 2 + EVENT_REACH])
        and (i == 1 or words[i - 2] in STOPWORDS | DETERMINERS)  # not "alpha's formal…"
        and _giver(words[i - 1], vocabulary, held)
    ]


def _giver(word: str, vocabulary: Vocabulary, held: Callable[[str], bool]) -> bool:
    """Whether a bare word before a reaction names whose it is: no word of function, of a
    party or of manner (an adjective, a participle), and unknown to the base."""
    return (
        word not in STOPWORDS | DETERMINERS | PARTISAN | POLITICAL
        and not _PARTICIPLE.fullmatch(word)
        and word not in adjectives()
        and unknown(word, vocabulary, held)
    )


def voice_givers(words: Sequence[str], portfolios: frozenset[str]) -> list[int]:
    """Where the word may end that says whose a voice or a stance is: right before it, or
    before a government's organs and portfolios only ("china's foreign ministry reaction")."""
    found = []
    for i, word in enumerate(words):
        j = i - 1
        while word in STANCES and j >= 0 and i - j <= REACH and words[j] in ORGANS | portfolios:
            j -= 1
        if word in STANCES and j >= 0 and not (word in PLACED and words[i + 1 : i + 2] in AT):
            found.append(j)
    return found


def nations_voiced(
    words: Sequence[str],
    portfolios: frozenset[str],
    held: Iterable[Entity],
    gazetteer: Iterable[tuple[tuple[tuple[str, ...], ...], tuple[tuple[str, ...], ...]]],
) -> list[str]:
    """A voice asked of a nation (the gazetteer's places: a nation's names, or a capital's
    with its nation's) that is none of the nations the base holds (held: its countries, by
    their names and aliases), as the query writes the nation; the module's docstring."""
    spoken = {tuple(tokens(n)) for e in held for n in (e.name, *e.aliases)}
    nations = {name: country or names for names, country in gazetteer for name in names}
    found = []
    for end in voice_givers(words, portfolios):
        for start in range(max(0, end + 1 - NATION_WORDS), end + 1):  # the longest name
            if (nation := nations.get(tuple(words[start : end + 1]))) is not None:
                if spoken.isdisjoint(nation):
                    found.append(" ".join(words[start : end + 1]))
                break
    return found


def _set_apart(written: Sequence[re.Match[str]]) -> frozenset[str]:
    """The words the query writes as a name or a possessive ("Trinamool", "BJP", "sena's";
    not its first word in a capital and lower case, whose capital is the sentence's), in
    lower case; of its words as written (_WRITTEN's matches)."""
    found: set[str] = set()
    for i, match in enumerate(written):
        word, owner = match.groups()
        if owner or (len(word) > 1 and word.isupper()) or (i and _TITLED.fullmatch(word)):
            found.add(word.lower())
    return frozenset(found)


_WRITTEN = Lazy(r"([^\W_]+)(['\u2019]s\b)?")


def _titled_first(written: Sequence[re.Match[str]]) -> frozenset[str]:
    """The query's first word, in lower case, where it alone is written with a capital (a
    capital then lower case, every later word in lower case: "Maitri army exercise"): set
    apart as a name before an exercise's noun, whose place it stands in (_exercise_named),
    though a sentence's capital elsewhere ("Trinamool's summit" is read by _set_apart); of
    its words as written (_WRITTEN's matches)."""
    words = [w.group(1) for w in written]
    if len(words) > 1 and _TITLED.fullmatch(words[0]) and all(w.islower() for w in words[1:]):
        return frozenset([words[0].lower()])
    return frozenset()


def names_elsewhere(text: str, vocabulary: Vocabulary, held: Callable[[str], bool]) -> list[str]:
    """The query's words written as names (letters and digits together, or a capital then
    lower case past its first word, among words in lower case) that are unknown: things
    the fact base does not know."""
    words = re.findall(r"[^\W_]+", text)
    cased = any(w.islower() and w not in STOPWORDS for w in words[1:])
    return [
        w.lower()
        for i, w in enumerate(words)
        if (_ALPHANUMERIC.fullmatch(w) or (i and cased and _TITLED.fullmatch(w)))
        and unknown(w.lower(), vocabulary, held, whole=_set_apart_whole(words, i))
    ]


def _set_apart_whole(words: Sequence[str], i: int) -> bool:
    """Whether the word is written whole as a name: a capital then lower case, after a
    word in lower case (not in a run of capitalised words; the module's docstring)."""
    return bool(_TITLED.fullmatch(words[i])) and i > 0 and not words[i - 1][:1].isupper()


_ALPHANUMERIC = Lazy(r"(?=\w*[^\W\d_])(?=\w*\d)\w+")
_TITLED = Lazy(r"[^\W\d_a-z][^\W\dA-Z_]+")


def _before_exercise(rest: Sequence[str]) -> bool:
    """Whether an exercise's noun comes next, only kinds of exercise before it."""
    for word in rest[:REACH]:
        if word in NAMED_AFTER:
            return True
        if word not in EXERCISE_KINDS:
            return False
    return False


def _before_gathering(rest: tuple[str, ...], between: frozenset[str], named: bool = True) -> bool:
    """Whether a gathering or a voice comes next, only portfolios and gatherings before it;
    a voice only after a word set apart as a name (named) or a party or the opposition."""
    for word in rest[:REACH]:
        if word in GATHERINGS:
            return True
        if word in VOICES:
            return named
        named = named or word in POLITICAL
        if word not in between:
            return False
    return False
