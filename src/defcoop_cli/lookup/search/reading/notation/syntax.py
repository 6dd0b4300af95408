"""Search-engine syntax, typed out of habit, read as a web search engine reads it.

- A leading minus excludes a word or a quoted phrase (`malabar -australia`,
  `-"south china sea"`), as does NOT in capitals before it (`pahalgam NOT briefing`) when
  the query is not all in capitals. A minus inside a word (co-production) or apart from
  it (`india - japan`) is no exclusion. NOT after an auxiliary in its clause is the
  negation it spells (`why did India NOT condemn the attack`, `Japan has NOT joined`): it
  asks about the act, which it does not leave out. What an exclusion leaves out is decided by the
  index (reading/notation/exclusion.py); here it is only taken out of the words searched for.
- "Quoted phrases" are searched for their words, which count only as neighbours where the
  fact base holds them so (words.Query.quoted, matching.quoted_only).
- AND and OR in capitals are the function words they spell (words.STOPWORDS): every other
  word is searched for as usual, never "or" taken for a typo of another word.
- `site:`, `inurl:`, `filetype:` and the like name a web page, not what a fact says: they
  are dropped with their value; `intitle:`, `intext:` and the like keep their value as a
  word (`intitle:malabar` searches for malabar). A trailing "?" is punctuation.
- Two abbreviations joined by a slash ("AI/ML", "UAV/UGV") are either of them, as "AI OR
  ML" (slashed_either): one field written two ways, not two things a fact must both hold.
- A hashtag's or a CamelCase tag's words run together, each from a capital
  (`#StandWithIndia`, `RajnathSingh NakataniMeeting`): they are read apart (tags_apart).
"""

import itertools
import re
from collections.abc import Sequence

from defcoop_cli.patterns import Lazy
from defcoop_cli.tuples import NamedTuple

# Web search operators whose value is an address, a file type or a date: no term.
DROPPED = frozenset(
    "site inurl allinurl filetype ext cache related info link before after daterange".split()  # noqa: SIM905
)
# Operators whose value is a word of the page's text: the word is searched for.
KEPT = frozenset(
    ["intitle", "allintitle", "intext", "allintext", "inanchor", "allinanchor", "inbody"]
)
_OPERATOR = Lazy(r"(?<!\S)([A-Za-z]+):(\"[^\"]*\"|\S+)")
# A minus after a space (or first) and before a letter or a quote; NOT in capitals before a
# word or a quote (not in a query all in capitals). A word runs to a space or a quote.
_WORD_OR_PHRASE = r"(\"[^\"]*\"?|[^\W\d_][^\s\"]*)"
_MINUS = Lazy(r"(?<!\S)-" + _WORD_OR_PHRASE)
_MINUS_OR_NOT = Lazy(r"(?:(?<!\S)-|(?<!\S)NOT\s+)" + _WORD_OR_PHRASE)
_QUOTED = Lazy(r"\"([^\"]+)\"")
# Auxiliaries: NOT after one (the subject between, in a question) negates the verb.
AUXILIARIES = frozenset(
    "did do does is was were are has have had will would can could should".split()  # noqa: SIM905
)
AUXILIARY_REACH = 4  # "did the Indian government NOT condemn": the subject's words between
_CLAUSE_END = Lazy(r"[,;:.?!()]")


# Where a tag's next word starts: a capital and a small letter after two letters, the second
# small ("Rajnath|Singh", "Defence|Co|Production"); "MoD", "MoU", "iPhone" stay whole, and so
# do their plurals ("MoDs", "MoUs": a word of two letters, then a capital and its "s").
_TAG_WORD = Lazy(r"(?<=[A-Za-z][a-z])(?=[A-Z][a-z])(?!(?<=\b[A-Z][a-z])[A-Z]s\b)")


_TAGGED = Lazy(r"[#\w]+")


def tags_apart(text: str) -> str:
    """The text with the words a tag runs together apart: "#IndiaJapanTies" is "#India
    Japan Ties" (a web producer's or a social post's tags; "#" is no word's). A clipped
    word written with a capital inside stays whole: "NatSec", "DefMin" are an officer's
    shorthand (clippings.tsv), no tag's words."""
    from defcoop_cli.lookup.search.reading.clippings import clippings

    table = clippings()

    def apart(match: re.Match[str]) -> str:
        word = match.group(0)
        return word if word.lower() in table else _TAG_WORD.sub(" ", word)

    return _TAGGED.sub(apart, text)


class Syntax(NamedTuple):
    text: str  # the query without its exclusions and operators' names
    excluded: tuple[str, ...] = ()  # each exclusion's text, without its minus or quotes
    quoted: tuple[str, ...] = ()  # each quoted phrase's text
    alternatives: tuple[str, ...] = ()  # "a OR b c": the texts "a c" and "b c"


def _operator(match: re.Match[str]) -> str:
    name, value = match.group(1).lower(), match.group(2)
    if name in DROPPED:
        return " "
    if name in KEPT:
        return f" {value} "
    return match.group(0)


_EXCLUDED_PART = Lazy(r"-[^\W\d_][^\"]*\s[^\"]*")


def read_parts(parts: Sequence[str]) -> Syntax:
    """The syntax of a query given in parts (command-line arguments). One among others that
    begins with a minus and holds spaces is what a shell makes of `-"south china sea"`: an
    excluded phrase (one alone is a query typed whole: `'-australia malabar'`)."""
    words = [p.strip() for p in parts]
    if len(words) > 1:
        words = [f'-"{w[1:]}"' if _EXCLUDED_PART.fullmatch(w) else w for w in words]
    return read_syntax(" ".join(words).strip())


def read_syntax(text: str) -> Syntax:
    """The query's words to search, its exclusions, its quoted phrases and alternatives
    (text._syntax calls it only for a query that may hold some)."""
    if ":" in text:
        text = _OPERATOR.sub(_operator, text)
    excluded: list[str] = []

    def exclude(match: re.Match[str]) -> str:
        if match.group(0).startswith("NOT") and _negates(match.string[: match.start()]):
            return match.group(0)
        excluded.append(match.group(1).strip('"'))
        return " "

    text = (_MINUS if text.isupper() else _MINUS_OR_NOT).sub(exclude, text)
    quoted = tuple(m.group(1) for m in _QUOTED.finditer(text)) if '"' in text else ()
    text = " ".join(text.split())
    either = alternatives(text) if "OR" in text else ()
    return Syntax(text, tuple(e for e in excluded if e.strip()), quoted, either)


def _negates(before: str) -> bool:
    """Whether NOT after this text negates a verb: an auxiliary among the last words of
    its clause."""
    clause = _CLAUSE_END.split(before)[-1].split()[-AUXILIARY_REACH:]
    return any(w.lower() in AUXILIARIES for w in clause)


OR = "OR"
MAX_ALTERNATIVES = 8  # past these, the words of every alternative are searched together
_UNITS = Lazy(r"\"[^\"]*\"|\S+")


def _operand(units: list[str], start: int, step: int) -> int:
    """Where the operand of OR next to units[start] ends (step -1: begins): a quoted
    phrase or a word, or a run of capitalised words, as a name is written ("South China
    Sea OR UNCLOS"; so a query in title case binds OR to all its words)."""
    end = start
    while 0 <= end + step < len(units) and units[end][:1].isupper():
        after = units[end + step]
        if not after[:1].isupper() or after in (OR, "AND", "NOT"):
            break
        end += step
    return end


def alternatives(text: str) -> tuple[str, ...]:
    """The query once for each choice its ORs in capitals offer: "drone OR UAV
    cooperation" is "drone cooperation" and "UAV cooperation" (none without an OR
    between two operands, nor in a query all in capitals)."""
    units = _UNITS.findall(text)
    if OR not in units[1:-1] or text.isupper():
        return ()
    groups: list[list[str]] = []  # each a choice of texts; plain words a choice of one
    i = 0
    while i < len(units):
        if units[i] == OR and groups and i + 1 < len(units):
            end = _operand(units, i + 1, 1)
            groups[-1].append(" ".join(units[i + 1 : end + 1]))
            i = end + 1
            continue
        if i + 1 < len(units) and units[i + 1] == OR:
            begin = _operand(units, i, -1)
            groups[len(groups) - (i - begin) :] = []  # the name's words before, regrouped
            groups.append([" ".join(units[begin : i + 1])])
        else:
            groups.append([units[i]])
        i += 1
    choices: list[list[str]] = [[]]
    for group in groups:
        choices = [[*c, g] for c in choices for g in group]
        if len(choices) > MAX_ALTERNATIVES:
            return ()
    return tuple(" ".join(c) for c in choices) if len(choices) > 1 else ()


# Two abbreviations joined by a slash: each of two to five letters, opening and ending on a
# capital ("AI", "ToT", "UAV"); not "b/w", "w/o", "and/or", nor "Indo/Pacific".
_SLASHED = Lazy(r"\b([A-Z][A-Za-z]{0,3}[A-Z])/([A-Z][A-Za-z]{0,3}[A-Z])\b")


def slashed_either(text: str) -> str:
    """The text with each slash between two abbreviations read as OR ("AI/ML": AI OR ML)."""
    return _SLASHED.sub(r"\1 OR \2", text) if "/" in text else text


# A librarian's catalogue heading (headings.py ranks by its facets): its
# subdivisions and what kind each is, read here, where text.parse_query reads a query's
# syntax; a heading's facets are (kind, text) pairs.
TOPIC, NAME, PLACE, RELATION, FRAME, DATE = "topic", "name", "place", "relation", "frame", "date"

# Form subdivisions (the kind of document; the Library of Congress's free-floating form
# subdivisions): no facet.
FORM_PHRASES = (
    "case studies",
    "early works to 1800",
    "handbooks manuals etc",
    "juvenile literature",
    "law and legislation",
    "outlines syllabi etc",
    "personal narratives",
    "pictorial works",
    "popular works",
    "press coverage",
    "study and teaching",
)
_FORM_WORDS = """abstracts anecdotes archives atlases bibliography biography catalogs chronology
congresses correspondence databases diaries dictionaries directories documentation
encyclopedias fiction guidebooks history indexes interviews maps miscellanea newspapers
periodicals quotations registers reports sources speeches statistics textbooks translations
yearbooks"""
FORM_WORDS = frozenset(_FORM_WORDS.split())
# A relation's subdivisions: "India -- Military relations -- Japan" is the relation between
# the two, which a fact is to state (by its own words): the two in another's exercise, no.
RELATIONS = frozenset(["foreign relations", "military relations", "relations"])
# Framing subdivisions: how a subject is looked at, not which subject.
FRAMINGS = frozenset(
    [
        "international cooperation",
        "cooperation",
        "strategic aspects",
        "security aspects",
        "political aspects",
        "economic aspects",
        "social aspects",
        "international status",
        "politics and government",
        "officials and employees",
        "foreign public opinion",
        "public opinion",
        "travel",
        "visits",
        "meetings",
        "prevention",
        "military applications",
    ]
)

_SEPARATOR = Lazy(r"\s*(?:--|—)\s*|\s+[-–]\s+")
_QUALIFIER = Lazy(r"\s*\([^()]*\)")
_LIFE = Lazy(r"\d{4}-(?:\d{4})?|\d{4}-\d{4}|b\. \d{4}|d\. \d{4}")
_DAY = r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?"
_DATE = Lazy(rf"{_DAY}(?:\s*[/-]\s*{_DAY})?")
_INVERTED_NAME = Lazy(r"[A-Z][\w'’-]*, [A-Z][\w.'’ -]*?(?:, (?:\d{4}-(?:\d{4})?))?")
_MONTHS = "january february march april may june july august september october november december"
MONTHS = _MONTHS.split()
MAX_YEARS = 10  # a range of more years is read as its ends
_WORD = Lazy(r"[a-z0-9]+")
NAME_LINKS = frozenset(["of", "and", "the", "for", "in", "on", "at", "to", "by", "de"])


def is_heading(text: str) -> bool:
    """Whether the query is written as a catalogue heading: two subdivisions or more, or
    one inverted name ("Nakatani, Gen" or with its life dates); not a topic followed by a
    question put as a sentence, its auxiliary first or after its question word ("… - what
    did they actually cover", "… - did japan back india's stance"): no heading asks so. A
    question of a noun stays a subdivision ("… - which ministers met and where")."""
    if "--" in text or "—" in text or " - " in text or " – " in text:
        parts = [p.lower().split() for p in _SEPARATOR.split(text) if p.strip()]
        return len(parts) >= 2 and not any(map(_asks_as_sentence, parts[1:]))
    return bool(_INVERTED_NAME.fullmatch(text.strip())) and (
        len(text.split()) <= 2 or bool(_LIFE.search(text))
    )


def _asks_as_sentence(words: list[str]) -> bool:
    """Whether the words open a question put as a sentence: an auxiliary first, or after
    a question word ("did japan back …", "what did they cover"; not "which ministers met")."""
    return words[0] in AUXILIARIES or (
        words[0] in ASKING and len(words) > 1 and words[1] in AUXILIARIES
    )


# A media-monitoring analyst's alert list ("rajnath, nakatani, drones", "india japan;
# cyber; space", "malabar | us navy"): items parted by semicolons, pipes, slashes (not a
# date's "26/11") or commas, each read as a heading's subdivision is (_facets), names
# included. Not a list: a sentence or a question with a comma in it (an item of more than
# LIST_ITEM_WORDS words, or one that opens with a question word or an auxiliary).
LIST_SEPARATOR = Lazy(r"\s*[;|,]\s*|\s+/\s+|(?<=[^\W\d_])/(?=[^\W\d_])")
LIST_ITEM_WORDS = 7
ASKING = AUXILIARIES | frozenset("who what when where why how which whom whose".split())  # noqa: SIM905


def is_list(text: str) -> bool:
    """Whether the query is written as an alert list: two items or more (the comment above)."""
    items = [p.split() for p in LIST_SEPARATOR.split(text) if p.strip()]
    if len(items) < 2 or _INVERTED_NAME.fullmatch(text.strip()):
        return False
    return all(
        len(words) <= LIST_ITEM_WORDS and words[0].lower().strip("\"'") not in ASKING
        for words in items
    )


def clauses(text: str) -> list[str]:
    """The text's list items, parted as is_list parts them, and clauses (a colon, brackets):
    two nations side by side across one are no pair (lookup/search/unheld/elsewhere.py)."""
    return re.split(rf"{LIST_SEPARATOR.pattern}|[:()]", text)


def read_heading(text: str, listed: bool = False) -> tuple[str, tuple[tuple[str, str], ...]]:
    """The heading (or an alert list, `listed`) as words to search, and its facets, each
    (kind, text), in order."""
    facets: list[tuple[str, str]] = []
    if listed and text.isupper():  # a cable's capitals say nothing of names or places
        text = text.lower()
    capitals = text.isupper()  # a signal's heading ("SCS - CONCERN RE UNILATERAL ACTS"): so
    for part in (LIST_SEPARATOR if listed else _SEPARATOR).split(text):
        facets.extend(_facets(part, not facets, capitals))
    if capitals:  # kept in capitals, which its clipped words are read by (reading/clippings)
        return " ".join(t for _, t in facets), tuple(facets)
    words = " ".join(t if kind in (NAME, PLACE) else t[:1].lower() + t[1:] for kind, t in facets)
    return words, tuple(facets)


def _facets(part: str, main: bool, capitals: bool = False) -> list[tuple[str, str]]:
    """One subdivision's facets: none for a form, a date's, a framing's, a topic's; in a
    text all in capitals, no word's capital says it is a name or a place."""
    part = _QUALIFIER.sub("", part).replace(". ", " ").strip(" .,;")
    if not part:
        return []
    if _DATE.fullmatch(part):
        return [(DATE, dated(part))]
    pieces = [p.strip() for p in part.split(",") if p.strip()]
    facets: list[tuple[str, str]] = []
    if len(pieces) > 1 and _LIFE.fullmatch(pieces[-1]):
        pieces = pieces[:-1]  # a person's dates, not the subject's
    elif len(pieces) > 1 and _DATE.fullmatch(pieces[-1]):
        facets.append((DATE, dated(pieces.pop())))
    natural = " ".join(reversed(pieces)) if len(pieces) == 2 else " ".join(pieces)
    said = " ".join(_WORD.findall(natural.lower()))
    if said in FORM_PHRASES or said in FORM_WORDS or not said:
        return facets
    content = [w for w in natural.split() if w.lower() not in NAME_LINKS]
    framing = said in FRAMINGS or _asks_participants(said.split())
    kind = RELATION if said in RELATIONS else FRAME if framing else TOPIC
    if kind == TOPIC and not capitals and all(w[:1].isupper() for w in content):
        if not main:  # a geographic subdivision: "-- Japan", "-- Indo-Pacific Region"
            kind = PLACE
        elif len(content) > 1:  # "Malabar Coast", "Manmohan Singh": a name, every word
            kind = NAME
    return [(kind, natural), *facets]


# A question of who takes part, put as the kind of party asked ("which arms of service take
# part", "which countries are involved"): the kind is what the answer names (the armies, the
# navies), no word a fact must hold; a framing facet, as "Travel" is.
PARTICIPANT_KINDS = frozenset(
    """services service arms branches forces countries nations states navies armies
    militaries units contingents troops sides of""".split()  # noqa: SIM905
)
TAKING_PART = frozenset(
    """take takes took taking participate participates participated participating join
    joins joined involved attend attends attended""".split()  # noqa: SIM905
)
# After the verb only its particle or the heading's subject said again ("take part in it",
# "joined the exercise"); an object of its own ("joined the condemnation") is asked
AFTER_TAKING_PART = frozenset(
    """part in it them this that the exercise exercises drill drills""".split()  # noqa: SIM905
)


def _asks_participants(words: list[str]) -> bool:
    """Whether a subdivision asks which parties take part, by their kind (above)."""
    if words[:1] not in (["which"], ["what"]):
        return False
    kinds = list(itertools.takewhile(PARTICIPANT_KINDS.__contains__, words[1:]))
    rest = [w for w in words[1 + len(kinds) :] if w not in AUXILIARIES]
    taking = bool(kinds) and kinds[0] != "of" and rest[:1] != [] and rest[0] in TAKING_PART
    return taking and all(w in AFTER_TAKING_PART for w in rest[1:])


def dated(text: str) -> str:
    """A date or range as the fact base writes dates: "2025-05" is "May 2025", and
    "2025-04/2025-05" "April May 2025" (every month and year it covers)."""
    match = _DATE.fullmatch(text.strip())
    if not match:
        return text
    first = match.group(1, 2, 3)
    last = match.group(4, 5, 6) if match.group(4) else first
    years = range(int(first[0]), int(last[0]) + 1)
    if len(years) > MAX_YEARS:
        return f"{first[0]} {last[0]}"
    months: list[str] = []
    if first[1] and last[1] and len(years) == 1:
        months = MONTHS[int(first[1]) - 1 : int(last[1])]
    elif first[1]:
        months = [MONTHS[int(first[1]) - 1]]
    day = [str(int(first[2]))] if first[2] and first == last else []
    return " ".join([*day, *months, *(str(y) for y in years)])
