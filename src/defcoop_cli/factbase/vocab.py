"""The fact base's fixed vocabulary, and the one rule for what is editorial.

A leaf module: it imports nothing of defcoop's, so the schema, the records, the checks and
the commands can all share it without import cycles.
"""

from __future__ import annotations

import os
import re
from functools import cache

TYPE_CHECKING = False  # typing is imported by mypy alone: a search loads no typing
if TYPE_CHECKING:
    from _typeshed import StrPath

KINDS = ("event", "commitment", "position", "concern", "background", "assessment", "editorial")
STANCES = (
    "agreed",
    "reaffirmed",
    "discussed",
    "stressed",
    "highlighted",
    "invited",
    "briefed",
    "condemned",
    "raised concern",
    "reported",
)
ENTITY_TYPES = (
    "person",
    "country",
    "organisation",
    "military exercise",
    "place",
    "law or agreement",
    "programme",
    "event",
    "technology area",
)
TOPIC_GROUPS = ("meeting", "cooperation", "regional", "assessment", "editorial")
NOTE_BASES = ("the article", "outside the article", "the sources")
NOTE_TYPES = ("note", "correction", "date", "conflict")
# What an event is: a fact file's `events` each have one of these kinds.
EVENT_KINDS = ("meeting", "talks", "visit", "exercise", "attack", "announcement")
# The kinds an official is briefed on first: `brief` with no --event picks the most recent.
MEETING_KINDS = ("meeting", "talks")
SOURCE_KINDS = ("news article", "wire report", "press release", "official statement", "report")
# The attribution of what a source says in its own voice (its background and analysis).
THE_SOURCE = "the article"
# Who comments on an event and takes no part in it, by their noun (R5, R9 of
# tests/fixtures/CONVENTIONS.md): an unnamed commentator's view is an assessment, never a
# party's act. One list for both sides: drafting reads such a subject as a generic source
# (curation/drafting/names/unnamed.py, attribution.py, speakers.py), a brief as no party's
# point (lookup/parties.py).
COMMENTATORS = (
    "analysts",
    "experts",
    "observers",
    "critics",
    "commentators",
    "scholars",
    "researchers",
    "academics",
    "panellists",
    "panelists",
)


# The people of a market, plural or singular (a regex fragment, no group of its own):
# commentators too ("Traders said…", "Brokerages hailed…": a view, R5, R9), read by
# drafting (names/markets.py) and the brief (lookup/parties.py).
MARKET_PEOPLE = (
    r"traders?|dealers?|brokers?|brokerages?|broking houses?|fund managers?|money managers?"
    r"|portfolio managers?|investors?|strategists?|market (?:participants?|watchers?|players?)"
)


def commentator_nouns(singular: bool = False, market: bool = False) -> str:
    """COMMENTATORS as a regular expression's alternatives ("analysts|experts|…"), each
    one's singular too when asked ("analysts?"), and the market's people after them when
    asked (MARKET_PEOPLE, plural or singular)."""
    nouns = "|".join(f"{noun}?" if singular else noun for noun in COMMENTATORS)
    return f"{nouns}|{MARKET_PEOPLE}" if market else nouns


# Editorial content is decided here and nowhere else:
# - a fact is editorial when its kind is "editorial";
# - a topic is editorial when its group is "editorial" (validate checks that such a topic
#   holds editorial facts only, and that an editorial fact sits only in such topics).
# Searches and listings leave editorial content out unless the user asks for it: with
# --include-editorial, --kind editorial, or a --topic whose group is editorial.
EDITORIAL = "editorial"


def is_editorial_kind(kind: str) -> bool:
    return kind == EDITORIAL


def is_editorial_group(group: str) -> bool:
    return group == EDITORIAL


# A nation's adjective opening a title, as its possessive does ("Japanese Defence Minister",
# "Japan's Defence Minister"): the -ese, -ian, -ean and -ish adjectives and a few others
# (compiled on use).
_DEMONYM = r"[a-z]{2,}(?:ese|ian|ean|ish)|american|french|german|dutch|thai|us|uk"


def office_key(text: str) -> str:
    """A title or office written alike, to tell when two say the same: case, the American
    spelling, punctuation, a leading possessive ("Japan's"), a dangling "of", "minister of
    defence" as "defence minister"."""
    words = "".join(c if c.isalnum() else " " for c in text.casefold().replace("’", "'")).split()
    words = ["defence" if w == "defense" else w for w in words]
    if len(words) > 1 and words[1] == "s":  # "japan s defence minister": a possessive
        words = words[2:]
    elif len(words) > 2 and re.fullmatch(_DEMONYM, words[0]):  # "japanese defence minister"
        words = words[1:]
    while words and words[-1] in ("of", "the", "for"):
        words.pop()
    if len(words) >= 3 and words[0] == "minister" and words[1] == "of":
        words = [*words[2:], "minister"]
    return " ".join(words)


# Words a title never ends in: prepositions, conjunctions, determiners, pronouns and the
# adverbs a clause goes on with ("Minister of Defense since October", "State Minister of
# Defence under Ishiba": a title cut short).
_ENDS_NO_TITLE = (
    "of for to on in at by with from under since until till during after before over about"
    " against between among through into onto upon via per as than and or but nor the a an"
    " who whom whose which that this these those his her its their our my your when where"
    " while then now also already still yet"
)
_NOT_LAST = frozenset(_ENDS_NO_TITLE.split())
# Adjectives that follow the noun of a title ("Ambassador designate", "President emeritus",
# an army's "General Officer Commanding").
_AFTER_TITLE = frozenset(
    ("designate", "elect", "emeritus", "general", "extraordinary", "commanding")
)


def well_formed_title(text: str) -> bool:
    """Whether a title is whole: it ends in a noun (of office: "Minister", "Adviser"; of a
    portfolio, a country or an organisation: "Minister of Defence", "Prime Minister of
    Japan"), not in a preposition, a conjunction, a determiner, a pronoun or an adjective
    that is no noun ("Minister of State for Economic", "Minister of Defense since": cut
    short)."""
    words = "".join(c if c.isalnum() or c in "-'’" else " " for c in text).split()
    if not words:
        return False
    last = words[-1].casefold().replace("’", "'").removesuffix("'s")
    if last in _NOT_LAST:
        return False
    return last in _AFTER_TITLE or last not in _adjectives()


@cache
def word_list(path: StrPath) -> frozenset[str]:
    """The words of a word list shipped with the package, one a line, its "#" lines
    (provenance, licence) left out: read once a run, however many modules ask."""
    text = shipped_text(path)
    return frozenset(w for w in text.splitlines() if w and not w.startswith("#"))


def beside(module: str, name: str) -> str:
    """The path of a file shipped beside a module (its __file__): os.path's, not pathlib's."""
    return os.path.join(os.path.dirname(module), name)


def shipped_text(path: StrPath) -> str:
    """A text file shipped with the package, whole (as Path.read_text reads it: a search's
    data files are named by os.path, and it loads no pathlib)."""
    with open(path, encoding="utf-8") as f:
        return f.read()


def table_rows(text: str, width: int) -> list[list[str]]:
    """The rows of a tab-separated table shipped with the package (its "#" and blank lines
    left out), each given `width` fields, the missing ones empty."""
    return [
        [*row.split("\t"), *[""] * width][:width]
        for row in text.splitlines()
        if row.strip() and not row.startswith("#")
    ]


@cache  # asked per title: no path made each time
def _adjectives() -> frozenset[str]:
    """WordNet's adjectives that are no noun (adjectives.tsv, by scripts/build_adjectives.py)."""
    return word_list(beside(__file__, "adjectives.tsv"))
