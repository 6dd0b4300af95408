"""Query text: what a query and a fact's texts are read as, word by word.

Text is lower-cased, stripped of accents and punctuation (& and + stay inside words: J&K,
2+2), American spellings read as the fact base's British ones, a query's clipped words in
full (reading/clippings.py). Its question and function words are dropped; the rest are its
terms, compared by Snowball stems; a term also finds the other words of its synonym group.
"""

import itertools
import re
import unicodedata
from collections.abc import Callable, Sequence
from functools import lru_cache

from defcoop_cli.errors import UsageError
from defcoop_cli.factbase.limits import shortened
from defcoop_cli.factbase.vocab import beside, shipped_text
from defcoop_cli.index.stemming import english_stemmer
from defcoop_cli.lookup.search.reading import clippings, formal, phrases, writers
from defcoop_cli.lookup.search.reading.clippings import (
    NUMBER_WORDS,
    REWRITTEN,
    SPELLINGS,
    as_compounds,
    in_digits,
    the_two_as_both,
)
from defcoop_cli.lookup.search.reading.wider import lemmas
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

# Words a person types for the same thing in defence and diplomacy news. A term also finds
# the other words of its group (and their other forms), scored as synonyms by ranking.
# Groups name common concepts, not this fact base's facts; keep them to true synonyms.
SYNONYM_GROUPS = (
    ("talks", "discussions", "negotiations"),
    ("drill", "exercise", "wargame", "manoeuvre", "maneuver"),
    ("navy", "naval"),
    ("army", "armies"),
    ("military", "defence", "armed"),
    ("terror", "terrorism", "terrorist"),
    ("attack", "strike", "assault"),
    ("weapon", "arms", "weaponry"),
    ("production", "produce", "manufacturing", "manufacture"),
    ("indigenous", "homegrown", "domestic"),
    ("investment", "invest"),
    ("ties", "relations", "relationship", "partnership"),
    ("agree", "pledge"),
    ("aim", "purpose", "goal", "objective"),
    ("support", "backing", "backs", "solidarity"),
    ("condemn", "denounce", "deplore"),
    ("importance", "significance", "matter"),
    ("venue", "location"),
    ("office", "post", "position", "role", "title", "job"),
    ("mood", "atmosphere", "tone"),
    ("future", "forward"),
)

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


def parse_query(parts: Sequence[str], held: Callable[[str], bool] | None = None) -> Query:
    """The terms to look for (a clipping held read as it is); a usage error when none."""
    text, given, parts, framed = phrases.past_frames(parts, _asks_about)  # "claim …", "quiz: …"
    facets: tuple[tuple[str, str], ...] = ()
    listed = False
    if any(c in text for c in "-—,;|/"):  # a catalogue heading or a list (search/headings.py)
        from defcoop_cli.lookup.search.reading import syntax as headings

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
    all_words = clippings.unclipped(tokens(text), text, held)
    if len("".join(all_words)) < 2:
        raise UsageError("query needs at least two letters or digits to search for")
    if "us" in all_words:  # the pronoun or the US (places.py, imported only then)
        from defcoop_cli.lookup.search.places import pronoun_us_dropped

        all_words = [w for w in pronoun_us_dropped(all_words, text, STOPWORDS) if w]
    all_words = phrases.without_mention_frame(writers.past_writers_frames(all_words), STOPWORDS)
    words = phrases.without_function_phrases(all_words, framed)  # "the ministers named X"
    kept = as_compounds(formal.unframed(the_two_as_both(words), STOPWORDS, text.isupper()))
    questions = formal.asked_questions(all_words, QUESTION_WORDS)  # not "… when they met"
    placed = LOCATING if "where" in questions else frozenset()  # "where is X located"
    terms = tuple(t for t in kept if t not in STOPWORDS and t not in placed)
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


def _asks_about(text: str) -> bool:
    """Whether the text holds a word to look for, past its function words and phrases."""
    return any(w not in STOPWORDS for w in phrases.without_function_phrases(tokens(text)))


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Snowball (Porter2) English stem: cooperation and cooperate are both 'cooper'."""
    return str(english_stemmer().stemWord(word))


@lru_cache(maxsize=1)
def _synonyms_by_letter() -> dict[str, list[tuple[str, tuple[str, ...], str]]]:
    """Each synonym, its group's other words and name (first word), by its first letter. A
    synonym's stem keeps its first letter (a test holds it), so only the words of the stem's
    letter are stemmed: stemming all of them took a few ms of every search."""
    table: dict[str, list[tuple[str, tuple[str, ...], str]]] = {}
    for group in SYNONYM_GROUPS:
        for word in group:
            others = tuple(o for o in group if o != word)
            table.setdefault(word[:1], []).append((word, others, group[0]))
    return table


# A group's word shorter than this finds no other word of its group in its other forms
# (itself does: "aim" is a purpose): "jobs" are job's plural, employment as often as a post
# (matching.MIN_FUZZY_LEN's short words).
SHORTEST_SYNONYM = 4


@lru_cache(maxsize=4096)
def synonyms(term: str) -> tuple[str, ...]:
    """The other words of the term's synonym group, whatever the term's form (of two words
    of the same stem, the later one's group; of those that list it, listed_meanings)."""
    root = stem(term)
    table = _synonyms_by_letter().get(root[:1], [])
    groups = [
        (o, g)
        for w, o, g in table
        if stem(w) == root and (w == term or len(w) >= SHORTEST_SYNONYM)  # "aim": its own
    ]
    own = listed_meanings(term) if groups else None  # most words' (issue 26): no lemma read
    return next((o for o, g in reversed(groups) if not own or g in own), ())


@lru_cache(maxsize=8192)
def listed_meanings(term: str) -> frozenset[str]:
    """The groups and entries that list the term or its lemma, not its stem: "position" is
    an office, "positive" the talks' tone (both stem to "posit"), neither the other's form."""
    singles, found = _thesaurus().singles, set()
    for lemma in lemmas(term):
        found |= {e.means for w, e, _ in singles.get(lemma[:STEM_BUCKET], ()) if w == lemma}
        found |= {g for w, _, g in _synonyms_by_letter().get(lemma[:1], ()) if w == lemma}
    return frozenset(found) if found else _LISTED_NOWHERE


_LISTED_NOWHERE: frozenset[str] = frozenset()  # most words: one empty set (216 bytes) for all

# Related words: lookup/search/thesaurus.json, a curated list of defence and diplomacy terms. A
# term, or a run of neighbouring terms, that is one of an entry's words also finds the
# entry's other words; ranking scores them below synonyms.
THESAURUS = beside(__file__, "thesaurus.json")
STEM_BUCKET = 3  # a single word is filed under its first letters, and stemmed when looked up


class Related(NamedTuple):
    words: tuple[str, ...]  # the forms to look for: single words, and runs of words joined
    means: str


class _Entry(NamedTuple):
    """A thesaurus entry, tokenised: each word's terms (function-word compounds joined) and
    the same without function words. Its words run together, and the pairs among them, are
    made for the entries a term reaches, not for all of them on every search."""

    means: str
    forms: list[list[str]]
    content: list[list[str]]

    def of(self, i: int) -> tuple[Related, dict[str, str]]:
        """The entry as its i-th word finds it: the other words run together, their pairs."""
        mine = {"".join(self.forms[i]), "".join(self.content[i])}
        joined = {"".join(ws) for ws in (*self.forms, *self.content)}
        pairs = {pair_key(*ws): "".join(ws) for ws in self.content if len(ws) == 2}
        found = Related(tuple(sorted(w for w in joined if w and w not in mine)), self.means)
        return found, {k: j for k, j in pairs.items() if j not in mine}


class _Thesaurus(NamedTuple):
    # a single word's entries, filed by its first letters: (the word, its entry, its place
    # there); stems are taken, and the entry's other words sorted, only for the words a
    # term reaches
    singles: dict[str, list[tuple[str, _Entry, int]]]
    # several words run together without their function words: their entries likewise
    runs: dict[str, list[tuple[_Entry, int]]]


def _content(words: list[str]) -> list[str]:
    """A thesaurus word's words (function-word compounds joined), without function words."""
    return [w for w in words if w not in STOPWORDS] or words


@lru_cache(maxsize=1)
def _thesaurus() -> _Thesaurus:
    import json

    table = _Thesaurus({}, {})
    for item in json.loads(shipped_text(THESAURUS))["entries"]:
        # a plain word is its own token (tokens' work, skipped: this runs on every search)
        forms = [
            [SPELLINGS.get(w, w)]
            if w.isascii() and w.isalpha() and w.islower()
            else as_compounds(tokens(w))
            for w in item["words"]
        ]
        content = [_content(ws) for ws in forms]
        entry = _Entry(item["means"], forms, content)
        for i, own in enumerate(content):
            if len(own) == 1:
                key = own[0]
                table.singles.setdefault(key[:STEM_BUCKET], []).append((key, entry, i))
            else:
                table.runs.setdefault("".join(own), []).append((entry, i))
    return table


@lru_cache(maxsize=4096)  # a search asks a term's entries some forty times (word_scores)
def _entries(term: str) -> tuple[tuple[Related, dict[str, str]], ...]:
    """The thesaurus entries of a term: a single word of the same stem (of those the lists
    give the term itself, listed_meanings, if any), or a run of words."""
    table, root = _thesaurus(), stem(term)
    same = [  # the term's lists read only for a word of its stem (most runs have none)
        (entry, i)
        for key in dict.fromkeys((term[:STEM_BUCKET], root[:STEM_BUCKET]))
        for word, entry, i in table.singles.get(key, [])
        if stem(word) == root
    ]
    own = listed_meanings(term) if same else _LISTED_NOWHERE
    found = [entry.of(i) for entry, i in same if not own or entry.means in own]
    if "capital" in term:  # a capital by description (places.py, imported only then)
        from defcoop_cli.lookup.search.places import capital_described
    if "capital" in term and (described := capital_described(term)):
        forms = [[term], as_compounds(tokens(described[0]))]
        found.append(_Entry(described[1], forms, forms).of(0))
    return (*found, *(entry.of(i) for entry, i in table.runs.get(term, [])))


@lru_cache(maxsize=64)
def thesaurus_runs(first: str) -> tuple[str, ...]:
    """The entries' words of several words run together ("machinelearning") from a letter."""
    return tuple(k for k in _thesaurus().runs if k.startswith(first))


def a_thesaurus_run(term: str) -> bool:
    """Whether the term is an entry's word of several words run together ("montegobay")."""
    return term in _thesaurus().runs


@lru_cache(maxsize=1)
def single_stems() -> frozenset[str]:  # a term of none of them is no single word's
    return frozenset(stem(w) for found in _thesaurus().singles.values() for w, _, _ in found)


def related(term: str) -> list[Related]:
    """The thesaurus entries of the term (a word, or terms run together): drones, UAV."""
    return [found for found, _ in _entries(term)]


def related_pairs(term: str) -> dict[str, str]:
    """The related words of two words of the term's thesaurus entries, as the pair keys a
    text holding them as neighbours has (neighbour_pairs), each with its run-together form:
    FOIP finds "free, open" in a statement as freeopen. related() finds them only run
    together, as keywords and names hold them."""
    return {k: j for _, twos in _entries(term) for k, j in twos.items()}


# Related words of WordNet 3.1: lookup/search/related_words.json, built by scripts/build_related.py
# for the shipped fact base's words (WordNet's licence: related_words.LICENSE).
RELATED_WORDS = beside(__file__, "related_words.json")


@lru_cache(maxsize=1)
def _related_words() -> dict[str, dict[str, tuple[float, str]]]:
    import json

    table = json.loads(shipped_text(RELATED_WORDS))["words"]
    return {key: {w: (float(s), m) for w, (s, m) in found.items()} for key, found in table.items()}


def related_words(term: str) -> dict[str, tuple[float, str]]:
    """The fact base's words WordNet relates to the term (any form of it), each with its
    score and the sense that links them: conflict finds war."""
    return _related_words().get(stem(term), {})
