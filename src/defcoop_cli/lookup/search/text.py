"""Query text: what a query and a fact's texts are read as, word by word.

Text is lower-cased, stripped of accents and punctuation (& and + stay inside words: J&K,
2+2), American spellings read as the fact base's British ones, a query's clipped words in
full (reading/clippings.py), Hindi typed in Latin letters as the English question it asks
(reading/typed/hinglish.py). Its question and function words are dropped; the rest are its
terms, compared by Snowball stems (a term's synonyms and related words: related/thesaurus.py).
"""

import itertools
import re
import unicodedata
from collections.abc import Callable, Sequence
from functools import lru_cache

from defcoop_cli.errors import UsageError
from defcoop_cli.factbase.limits import shortened
from defcoop_cli.index.stemming import english_stemmer
from defcoop_cli.lookup.search.reading import clippings, mentions, phrases
from defcoop_cli.lookup.search.reading.clippings import (
    NUMBER_WORDS,
    REWRITTEN,
    SPELLINGS,
    as_compounds,
    in_digits,
    the_two_as_both,
)
from defcoop_cli.lookup.search.reading.typed import hinglish, stances, tasks
from defcoop_cli.lookup.search.reading.written import formal, writers
from defcoop_cli.patterns import Lazy
from defcoop_cli.tuples import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:  # typing is imported by mypy alone: a search loads no typing
    from defcoop_cli.lookup.search.reading.syntax import Syntax

# Function and question words, prepositions ("like" before examples: "relief like after
# floods"), the verbs of asking in all their forms (happens, meant) say how one asks, not
# what about; reflexives, "else" and an intensifier ("literally") stress, "whole" quantifies,
# "versus" sets side by side. Not "between", "against": who stands with whom.
STOPWORDS = frozenset(
    """a about after again all also am an and any are as at be been before being both but by
    can could did do does doing done for from give had has have having he her here hers him
    his how i if in into is it its just let like list me more most my no nor not of on once only
    or other our ours out over own please said say says she should show so some such tell
    than that the their theirs them then there these they this those through to too under
    until up upon us very was we were what when where which while who whom whose why will
    with would you your yours myself yourself himself herself itself ourselves themselves
    happen happens happened happening know knows knew mean means meant react reacts reacted
    reacting respond responds responded responding take takes taking took think thinks
    thought want wants wanted view views stance stances opinion opinions feel feels felt
    go goes going gone went something anything everything detail details else whether taken
    across along alongside among amongst around beside besides despite during onto per
    regarding concerning toward towards via within without yourselves upshot now currently
    really actually truly nothing versus vs literally basically honestly genuinely whole entire
    """.split()  # noqa: SIM905 - a paragraph of words reads better than 170 strings
) - {"us"}  # the pronoun or the US by where it stands: places.pronoun_us_dropped

_APOSTROPHE_S = Lazy(r"['`]s\b")  # ’ and ‘ are ' first: a class beyond Latin-1 compiles slowly
_APOSTROPHE = Lazy(r"['`]")
_TYPOGRAPHIC_APOSTROPHES = str.maketrans("’‘", "''")
_DOTTED = Lazy(r"(?<=\w)\.(?=\w)")
_NON_WORD = Lazy(r"[^\w&+]+")
_HAS_ALNUM = Lazy(r"[^\W_]")


class _Unprintable(dict[int, int | None]):
    """A str.translate table dropping accents and unprintables, learning each one once."""

    def __missing__(self, code: int) -> int | None:
        ch = chr(code)
        kept = code if ch.isprintable() and not unicodedata.combining(ch) else None
        self[code] = kept
        return kept


_UNPRINTABLE = _Unprintable()

# ASCII text needs no decomposition; the patterns' ASCII forms match as the Unicode ones do.
_ASCII_CONTROLS = dict.fromkeys([*range(32), 127])
_NON_WORD_ASCII = Lazy(r"[^\w&+]+", re.ASCII)
_DOTTED_ASCII = Lazy(r"(?<=\w)\.(?=\w)", re.ASCII)


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
        body = text[:-1] if text.endswith(".") else text
        if body.replace(" ", "").isalnum():  # words, spaces, a full stop: no pattern to run
            return words(body)
        if "." in text:
            text = _DOTTED_ASCII.sub("", text)
        return words(_NON_WORD_ASCII.sub(" ", text))
    return _unicode_tokens(text)


def _unicode_tokens(text: str) -> list[str]:
    text = unicodedata.normalize("NFKD", text).translate(_UNPRINTABLE)
    text = text.casefold().translate(_TYPOGRAPHIC_APOSTROPHES)
    text = _APOSTROPHE.sub("", _APOSTROPHE_S.sub("", text))
    if "." in text:
        text = _DOTTED.sub("", text)
    return words(_NON_WORD.sub(" ", text))


def words(text: str) -> list[str]:
    """Its words, respelt, numbers from eleven up in digits (reading/clippings.py)."""
    if "&" not in text and "+" not in text and "_" not in text:  # every word is alphanumeric
        split = text.split()
        if REWRITTEN.isdisjoint(split):  # in C
            return split
        respelt = [SPELLINGS.get(w, w) for w in split]  # "defense": no number to read
        return respelt if NUMBER_WORDS.isdisjoint(respelt) else in_digits(respelt)
    stripped = (raw.strip("&+") for raw in text.split())
    out = [SPELLINGS.get(w, w) for w in stripped if w.isalnum() or _HAS_ALNUM.search(w)]
    return out if NUMBER_WORDS.isdisjoint(out) else in_digits(out)


QUESTION_WORDS = frozenset(["who", "what", "when", "where", "which", "why", "how"])
IDENTITY = ("who", "what")  # "who is …", "what was …": asking what something is
COPULAS = frozenset(["is", "are", "was", "were"])
# A yes-no question's first words ("did Japan condemn…"): a curator's note may say if so.
YES_NO = COPULAS | frozenset(["do", "does", "did", "has", "have", "had"])

_HYPHENATED = Lazy(r"\w+(?:[-‐‑–]\w+)+")
_DASHES = "‐‑–"  # besides "-"
# A statement's framing ("The article says …") does not say what it is about.
FRAMING = ("the", "article")


def compounds(text: str) -> list[str]:
    """The run-together forms of a text's hyphenated words: know-how is also knowhow."""
    if "-" not in text and (text.isascii() or not any(d in text for d in _DASHES)):  # most
        return []  # (the pattern's scan tries every word)
    return ["".join(tokens(m.group())) for m in _HYPHENATED.finditer(text)]


def unframed(words: list[str]) -> list[str]:
    """A statement's words without its leading "The article" framing."""
    return words[2:] if tuple(words[:2]) == FRAMING else words


# "sea of japan": two terms joined by "of" (and articles) name one thing (neighbour pairs).
JOINER = "of"
ARTICLES = frozenset(["the", "a", "an"])
PAIR = "|"  # between the two words of a pair key; never inside a token


def pair_key(first: str, second: str) -> str:
    """Two neighbouring words, in either order, as one key."""
    return f"{first}{PAIR}{second}" if first <= second else f"{second}{PAIR}{first}"


def neighbour_pairs(words: Sequence[str]) -> list[str]:
    """The keys of each two words of a text that are neighbours, function words aside:
    "the Sea of Japan" holds sea|japan, "technology transfer" technology|transfer."""
    content = [w for w in words if w not in STOPWORDS]
    pairs = itertools.pairwise(content)  # pair_key's, inline: a build makes millions
    return [f"{a}{PAIR}{b}" if a <= b else f"{b}{PAIR}{a}" for a, b in pairs]


def _joined_pairs(words: list[str]) -> tuple[tuple[str, str], ...]:
    """The terms joined by "of" (articles between aside): sea of japan, law of the sea."""
    found = []
    for i, word in enumerate(words):
        if word != JOINER or i == 0 or words[i - 1] in STOPWORDS:
            continue
        j = i + 1
        while j < len(words) and words[j] in ARTICLES:
            j += 1
        if j < len(words) and words[j] not in STOPWORDS:
            found.append((words[i - 1], words[j]))
    return tuple(dict.fromkeys(found))


class Query(NamedTuple):
    text: str
    terms: tuple[str, ...]
    questions: tuple[str, ...] = ()  # question words, dropped from the terms
    identity: bool = False  # "who is X": the facts giving X's roles answer it
    joined: tuple[tuple[str, str], ...] = ()  # terms joined by "of", as a phrase
    yes_no: bool = False  # "is X Y?": asks whether something is so
    then: bool = False  # "at the time", "back then": asks what held when it happened
    excluded: tuple[tuple[str, ...], ...] = ()  # "-word", '-"a phrase"': each one's words
    quoted: tuple[str, ...] = ()  # the neighbour pairs of '"a phrase"' (pair_key)
    alternatives: tuple[str, ...] = ()  # "a OR b c": the texts "a c", "b c" (syntax.py)
    given: str = ""  # the words as given, joined by spaces (the JSON's "query")
    facets: tuple[tuple[str, str], ...] = ()  # a catalogue heading's (kind, text) (headings.py)
    listed: bool = False  # an alert list read as a heading (reading/syntax.is_list)

    @property
    def exclusions(self) -> str:
        """Its exclusions as a web search writes them: -japan -"south china sea"."""
        return " ".join("-" + (w[0] if len(w) == 1 else f'"{" ".join(w)}"') for w in self.excluded)

    @property
    def typed(self) -> str:
        """The query as searched, its exclusions after its words: malabar -australia."""
        return f"{self.text} {self.exclusions}" if self.excluded else self.text


def _syntax(parts: Sequence[str], text: str) -> "Syntax | None":
    """The query's words, exclusions, quoted phrases and alternatives (reading/syntax.py,
    imported only for a query that may hold some: None for one that cannot)."""
    if not any(c in text for c in ':-"') and "NOT" not in text and "OR" not in text:
        return None
    from defcoop_cli.lookup.search.reading.syntax import read_parts

    return read_parts(parts)


# What a where-question says of the place it asks: no word to look for ("where is X located")
LOCATING = frozenset("located situated situate lie lies exactly".split())  # noqa: SIM905
# "Hold" before a gathering's noun says it took place, as "met" does: "held talks with X",
# "holding bilateral consultations" ask for the talks; no fact says "held" of them
HOLDING = frozenset("hold holds held holding".split())  # noqa: SIM905
GATHERINGS = frozenset(
    """talks meeting meetings discussion discussions consultations dialogue summit
    negotiations conference parleys""".split()  # noqa: SIM905
)
HOLDING_REACH = 2  # the gathering's noun first or second of the words after, past function words


def _past_holding(words: Sequence[str]) -> list[str]:
    """The words less each "hold" whose object is a gathering (above): not "where was the
    meeting held", "japan holds the key"."""
    kept = []
    for i, word in enumerate(words):
        if word not in HOLDING:
            kept.append(word)
            continue
        after = [w for w in words[i + 1 :] if w not in STOPWORDS][:HOLDING_REACH]
        if GATHERINGS.isdisjoint(after):
            kept.append(word)
    return kept


# A word of earlier time before a verb of serving in an office ("he earlier served as
# minister", "previously was ambassador"): the office held before, the facts' "former".
EARLIER = frozenset(["earlier", "previously", "once"])
SERVING = frozenset(["serve", "served", "was", "been", "hold", "held", "worked", "acted"])


def _earlier_as_former(words: Sequence[str]) -> list[str]:
    """The words with each word of earlier time right before a verb of serving read as
    "former"; any other "earlier" as it is ("their earlier meeting", "met earlier")."""
    return [
        "former" if w in EARLIER and after in SERVING else w
        for w, after in zip(words, [*words[1:], ""], strict=False)
    ]


def parse_query(parts: Sequence[str], held: Callable[[str], bool] | None = None) -> Query:
    """The terms to look for (a clipping held read as it is); a usage error when none."""
    text, given, parts, framed = phrases.past_frames(parts, _asks_about)  # "claim …", "quiz: …"
    facets: tuple[tuple[str, str], ...] = ()
    listed = False
    if any(c in text for c in "-—,;|/"):  # a catalogue heading or a list (search/headings.py)
        from defcoop_cli.lookup.search.reading import syntax as headings

        if (slashed := headings.slashed_either(text)) != text:  # "AI/ML": AI OR ML
            text, parts = slashed, (slashed,)

        listed = not headings.is_heading(text) and headings.is_list(text)
        if listed or headings.is_heading(text):
            text, facets = headings.read_heading(text, listed)
            parts = (text,)
    syntax = _syntax(parts, text)  # "-word", "a phrase", site:
    searched, excluding, quoting, either = syntax or (text, (), (), ())
    excluded = tuple(filter(None, (tuple(tokens(e)) for e in excluding)))
    if excluded and not tokens(searched):
        raise UsageError(
            f"{shortened(text)!r} only excludes words; add what to search for, as in "
            "'malabar -australia'"
        )
    text = phrases.without_own_context(searched)  # "I'm writing a briefing, what did…"
    if (english := hinglish.in_english(text, tokens(text))) is not None:  # "kitne log mare"
        text = english
    all_words = clippings.unclipped(tokens(text), text, held)
    if len("".join(all_words)) < 2:
        raise UsageError("query needs at least two letters or digits to search for")
    if "us" in all_words:  # the pronoun or the US (places.py, imported only then)
        from defcoop_cli.lookup.search.atlas.places import pronoun_us_dropped

        all_words = [w for w in pronoun_us_dropped(all_words, text, STOPWORDS) if w]
    all_words = stances.position_as_stance(
        tasks.past_task(all_words, text)
    )  # "lines for a talk on X"
    all_words = mentions.without_mention_frame(writers.past_writers_frames(all_words), STOPWORDS)
    words = phrases.without_function_phrases(all_words, framed)  # "the ministers named X"
    kept = as_compounds(formal.unframed(the_two_as_both(words), STOPWORDS, text.isupper()))
    questions = formal.asked_questions(all_words, QUESTION_WORDS)  # not "… when they met"
    placed = LOCATING if "where" in questions else frozenset()  # "where is X located"
    kept = _earlier_as_former(kept)
    terms = tuple(t for t in _past_holding(kept) if t not in STOPWORDS and t not in placed)
    identity = any(  # not "who is meeting with who": a verb's -ing after is an act
        a in IDENTITY and b in COPULAS and not (len(c) > 5 and c.endswith("ing"))
        for a, b, c in zip(all_words, all_words[1:], [*all_words[2:], ""], strict=False)
    )
    if not terms and (formal.OUTCOME | formal.SIGNING).intersection(all_words):  # of what?
        raise UsageError(
            f"{shortened(text)!r} asks what came of something without saying what; add it, "
            "as in 'the outcome of the talks'"
        )
    if not terms:
        raise UsageError(
            f"{shortened(text)!r} has only question and function words; add what you are "
            "asking about, as in 'who condemned the attack'"
        )
    yes_no = framed or all_words[0] in YES_NO  # a claim checked asks whether it is so
    then = phrases.says_then(all_words)  # "at the time"
    quoted = tuple(p for q in quoting for p in neighbour_pairs(tokens(q)))
    joined = _joined_pairs(kept)
    return Query(
        text, terms, questions, identity, joined, yes_no, then, excluded, quoted, either, given
    )._replace(facets=facets, listed=listed)


def between_named(text: str, terms: Sequence[str]) -> tuple[frozenset[str], frozenset[str]]:
    """ "Between" before two terms joined by "and" ("AI cooperation between india and
    japan"): whom the thing asked is between, named by its own terms, a frame the facts
    need not hold; asked of a fact that holds it ("an exercise between the two armies")
    as any term is (ranking._rows: Reading.optional). With it, the field of the thing
    asked: the terms before it but the last, its head, which a fact without "between" must
    hold enough of by itself ("AI cooperation": not every fact of India and Japan's
    cooperation; "space work": the space, its work held loosely; Reading.field)."""
    if "between" not in terms:
        return frozenset(), frozenset()
    said = tokens(text)
    for k in (k for k, w in enumerate(said) if w == "between"):
        after = said[k + 1 : k + 4]
        if after[1:2] == ["and"] and after[0] in terms and after[2:] and after[2] in terms:
            before = [w for w in said[:k] if w in terms]
            return frozenset(["between"]), frozenset(before[:-1])
    return frozenset(), frozenset()


# A formal name of two countries' ties: two words of standing or more, joined by "and" or
# side by side, before the ties' noun ("special strategic and global partnership",
# "comprehensive and enhanced partnership"). The name says what the ties are called, which
# a fact need not repeat word for word: the facts naming the ties or their standing
# answer it, and each standing word is asked only of a fact holding it (Reading.optional).
STANDING = frozenset(["special", "strategic", "global", "comprehensive", "privileged", "enhanced"])
TIES = frozenset(["partnership", "partnerships", "relationship", "relations", "ties"])
STANDING_FROM = 2


def formal_name_of_ties(text: str, terms: Sequence[str]) -> frozenset[str]:
    """The standing words of a formal name of ties (above), when STANDING_FROM or more
    stand before the ties' noun; none for one ("strategic partnership" asks strategic)."""
    said = [w for w in tokens(text) if w != "and"]
    for k in (k for k, w in enumerate(said) if w in TIES):
        run = list(itertools.takewhile(lambda w: w in STANDING, reversed(said[:k])))
        if len(set(run)) >= STANDING_FROM and all(w in terms for w in run):
            return frozenset(run)
    return frozenset()


def optional_frames(text: str, terms: Sequence[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The words a fact may hold and need not: whom a thing is between (between_named), a
    formal name's standing words (formal_name_of_ties); with the field of a thing asked
    between two (between_named's second)."""
    between, field = between_named(text, terms)
    return between | formal_name_of_ties(text, terms), field


def _asks_about(text: str) -> bool:
    """Whether the text holds a word to look for, past its function words and phrases."""
    return any(w not in STOPWORDS for w in phrases.without_function_phrases(tokens(text)))


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Snowball (Porter2) English stem: cooperation and cooperate are both 'cooper'."""
    return str(english_stemmer().stemWord(word))
