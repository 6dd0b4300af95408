"""Words: the layer every query reader and index stands on.

Text is lower-cased, stripped of accents and punctuation (& and + stay inside words: J&K,
2+2), American spellings read as the fact base's British ones, numbers from eleven up in
digits (reading/clippings.py); the function and question words (STOPWORDS, QUESTION_WORDS,
YES_NO), a query read (Query) and the keys of two neighbouring words (pair_key, PAIR), as the
index stores them; how far apart two words are by their typos (osa_distance: matching.py's
typos and the query readers' alike, here where every one of them can import it). How a query
is read into them: text.py's parse_query.
"""

import itertools
import re
import unicodedata
from collections.abc import Sequence

from defcoop_cli.lookup.search.reading.clippings import (
    NUMBER_WORDS,
    REWRITTEN,
    SPELLINGS,
    in_digits,
)
from defcoop_cli.patterns import Lazy
from defcoop_cli.tuples import NamedTuple

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
# A visit's words: a note of the visit named before it, a heading's question of one.
VISITS = frozenset("visit visits visiting delegation delegations party trip tour mission".split())  # noqa: SIM905


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
    listed: bool = False  # an alert list read as a heading (reading/notation/syntax.is_list)

    @property
    def exclusions(self) -> str:
        """Its exclusions as a web search writes them: -japan -"south china sea"."""
        return " ".join("-" + (w[0] if len(w) == 1 else f'"{" ".join(w)}"') for w in self.excluded)

    @property
    def typed(self) -> str:
        """The query as searched, its exclusions after its words: malabar -australia."""
        return f"{self.text} {self.exclusions}" if self.excluded else self.text


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


def osa_distance(a: str, b: str, limit: int | None = None) -> int:
    """The optimal string alignment distance of a and b (insertions, deletions,
    substitutions and swaps of two neighbouring letters, no letter edited twice): the
    measure of rapidfuzz's OSA, here so that a typo's few near words do not load rapidfuzz
    (some 5 ms of a 50 ms search, issue 26). With limit, any distance above it is
    limit + 1, and a pair is given up as soon as no alignment can stay within it."""
    if a == b:
        return 0
    over = limit + 1 if limit is not None else len(a) + len(b) + 1
    if abs(len(a) - len(b)) >= over:
        return over
    # Letters both share at the start or the end take no edit (a swap cannot straddle them).
    start, end_a, end_b = 0, len(a), len(b)
    while start < end_a and start < end_b and a[start] == b[start]:
        start += 1
    while end_a > start and end_b > start and a[end_a - 1] == b[end_b - 1]:
        end_a, end_b = end_a - 1, end_b - 1
    a, b = a[start:end_a], b[start:end_b]
    if not a or not b:
        return min(len(a) + len(b), over)
    # Row by row, each cell the fewest edits of a's first i letters into b's first j;
    # comparisons rather than min() (a typo search measures a few hundred words).
    before: list[int] = []  # the row two above, for swaps
    above = list(range(len(b) + 1))
    last = ""  # a's letter before this one
    for i, letter in enumerate(a, 1):
        row, least, left, previous = [i], i, i, ""
        for j, other in enumerate(b, 1):
            cost = above[j - 1] + (letter != other)
            if above[j] + 1 < cost:
                cost = above[j] + 1
            if left + 1 < cost:
                cost = left + 1
            if letter == previous and other == last and before[j - 2] + 1 < cost:
                cost = before[j - 2] + 1  # a swap of two neighbouring letters
            row.append(cost)
            if cost < least:
                least = cost
            left, previous = cost, other
        if least >= over:  # every alignment is past the limit already
            return over
        before, above, last = above, row, letter
    return min(above[-1], over)
