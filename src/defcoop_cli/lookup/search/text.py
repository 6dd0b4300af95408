"""Query text: how a query is read into the terms to look for, word by word.

A query's words (words.py: lower-cased, respelt, accents and punctuation gone), its clipped
words in full (reading/clippings.py), Hindi typed in Latin letters as the English question
it asks (reading/typed/hinglish.py), Japanese in script or romaji as the English words it
names (reading/typed/japanese.py). Its question and function words are dropped; the rest
are its terms, compared by Snowball stems (a term's synonyms and related words:
related/thesaurus.py).
"""

import itertools
from collections.abc import Callable, Sequence
from functools import lru_cache

from defcoop_cli.errors import UsageError
from defcoop_cli.factbase.limits import shortened
from defcoop_cli.lookup.search.reading import clippings, mentions, phrases
from defcoop_cli.lookup.search.reading.clippings import as_compounds, the_two_as_both
from defcoop_cli.lookup.search.reading.typed import hinglish, japanese, stances, tasks
from defcoop_cli.lookup.search.reading.written import formal, writers
from defcoop_cli.lookup.search.words import (
    COPULAS,
    IDENTITY,
    QUESTION_WORDS,
    STOPWORDS,
    YES_NO,
    Query,
    neighbour_pairs,
    tokens,
)
from defcoop_cli.lookup.stemming import english_stemmer
from defcoop_cli.patterns import Lazy
from defcoop_cli.tuples import TYPE_CHECKING

if TYPE_CHECKING:  # typing is imported by mypy alone: a search loads no typing
    from defcoop_cli.lookup.search.reading.notation.syntax import Syntax


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


def _syntax(parts: Sequence[str], text: str) -> "Syntax | None":
    """The query's words, exclusions, quoted phrases and alternatives (reading/notation/syntax.py,
    imported only for a query that may hold some: None for one that cannot)."""
    if not any(c in text for c in ':-"') and "NOT" not in text and "OR" not in text:
        return None
    from defcoop_cli.lookup.search.reading.notation.syntax import read_parts

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
    if any(c in text for c in "-—,;|/"):  # a catalogue heading or a list (notation/headings.py)
        from defcoop_cli.lookup.search.reading.notation import syntax as headings

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
    text = japanese.in_english(text) or text  # "中谷元 インド 会談", "minami shinakai"
    said = tokens(text)
    if (english := hinglish.in_english(text, said)) is not None:  # "kitne log mare"
        text, said = english, tokens(english)
    all_words = clippings.unclipped(said, text, held)
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
    words = phrases.past_next_occurrence(words)  # "2+2 next round": the thing named
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
