"""Words read in a standard form, in a query (and, for numbers and spellings, in a fact too):
clipped words in full, numbers written in words as digits, American spellings as British.

Clipped words read in full: "ind jpn def min mtg" is India, Japan, defence minister,
meeting. The table (clippings.tsv, built by scripts/build_clippings.py) holds English
clippings of news on government, defence and diplomacy, a defence attaché's cable
abbreviations (GOI, MEA, ATK, PRODN), a staff officer's signals shorthand (LOC, DTG, NAV EX,
interop, coord) and the ISO 3166-1 alpha-3 country codes; a code
that is also an English word (ARM, CAN) counts only in capitals, and not in a text all in
capitals, where nothing tells it from the word; a cable's abbreviation that is an English
word (IO, PM, CDS) counts too in a text all in capitals beside another clipped word, a
cable's ("GOJ CDS VISIT", "IO MARSEC"), but not alone ("IO SHIPS": Io, the moon, or "3 PM",
are as likely). A service paper's that spell a word or name another thing (AWS, HR, RAN, in
capitals; indl in any case) count only beside another abbreviation in capitals or a defence
word (DEFENCE), written so or clipped, as the paper writes them ("USN, RAN", "AWS and AI",
"def indl"): not "AWS Lambda", "HR policy", "RAN out of fuel". A cable runs two
clippings together ("DEFMIN", "MILMIL", "MARSECOPS"): such a word is read by its parts, but
for an English word two clippings spell (the table keeps "infract" as itself).

"Indo-", the combining form of India, before a state's name, its people or its capital
("Indo-Japan ties", "Indo-Japanese", "indo china border"; search/atlas/places.py's gazetteer),
or its short name or code ("indo pak", "Indo-US", "indo usa": the table's), is India, one of
a pair: not "Indo-Pacific", the region.

A chat's clipped question words read in full too ("whr did they meet", "wht", "hw"), and
its "y" as why where it opens a question before the question's auxiliary ("y did japan
condemn it"): anywhere else a "y" is a letter.

Numbers written in words read as digits, in a query and in a fact alike: "twenty six
killed" is "26 killed", as the curator's note writes it. Only the numbers from eleven up
("eleven", "twenty", "twenty six", "ninety-nine"): one to ten stay words, as news writes
them ("the two sides", "six months"), and so the facts that use them still match them.

A year as it is spoken is one number ("twenty twenty five", "two thousand and twenty five":
2025), and a day of the month as it is spoken is its digits beside the month's name ("the
fifth of May", "May fifth": 5 May); an ordinal anywhere else stays a word ("the first
meeting").

"The two" is read as "both": "what did the two ministers discuss" asks about both parties,
as "both ministers" does, and "both" is a function word. Not "between the two", which is
how the article too names the parties ("between the two defence establishments"), so its
"two" is looked for.

Function-word compounds, typed apart, are one term in a query (as_compounds): "know how" is
knowhow, a country's "own weapons" self-reliance's (but not after a verb of trade),
"transmission of" a formal exchange (not "power transmission")."""

import os
import re
from collections.abc import Callable
from functools import cache

from defcoop_cli.factbase.vocab import ORDINALS, shipped_text

TABLE = os.path.join(os.path.dirname(__file__), "clippings.tsv")
CAPS = "caps"
CABLE = "cable"
PAPER, PAPER_CLIP = "paper", "paper-clip"  # a service paper's: in capitals, in any case
# The domains a service paper's abbreviations stand beside ("defence indl cooperation")
DEFENCE = frozenset(
    """defence defense military naval navy navies army armies armed forces weapon weapons
    drills exercise exercises maritime security warfare combat cooperation collaboration""".split()  # noqa: SIM905
)
MIN_PART = 2  # "ct" of "CTOPS"
_JOINING = frozenset(["and", "or", "&"])  # between two clipped words, they stay beside
_CAPITALS = re.compile(r"\b[A-Z]{2,3}\b")
Names = tuple[str, ...]
Table = dict[str, tuple[Names, bool]]  # a clipped word: its full words, if only in capitals


@cache
def clippings() -> Table:
    """Each clipped word: its full words, and whether it counts only in capitals."""
    table = {}
    for line in shipped_text(TABLE).splitlines():
        word, full, kind = line.split("\t")
        table[word] = (tuple(full.split()), kind in (CAPS, CABLE, PAPER))
    return table


@cache
def paper_words() -> frozenset[str]:
    """A service paper's abbreviations read only beside another (AWS, indl)."""
    rows = (line.split("\t") for line in shipped_text(TABLE).splitlines())
    return frozenset(word for word, _, kind in rows if kind in (PAPER, PAPER_CLIP))


@cache
def cable_words() -> frozenset[str]:
    """The cable's abbreviations that are English words too (IO, PM, CDS)."""
    rows = (line.split("\t") for line in shipped_text(TABLE).splitlines())
    return frozenset(word for word, _, kind in rows if kind == CABLE)


def run_together(word: str, table: Table) -> Names:
    """A word two clippings (not codes in capitals only) spell run together, read by their
    full words, once each ("MILMIL": military); () for any other word."""
    for i in range(MIN_PART, len(word) - MIN_PART + 1):
        first, second = table.get(word[:i]), table.get(word[i:])
        if first and second and not first[1] and not second[1]:
            return tuple(dict.fromkeys((*first[0], *second[0])))
    return ()


# A text message's "y" for why, only opening a question before its auxiliary ("y did japan
# condemn it"): elsewhere a letter ("x and y"); its "hw" for how only where a question word
# stands, opening the query or before an auxiliary ("hw will it help", "so hw did they"):
# elsewhere homework or hardware ("japanese hw for india"), no question
WHY, WHY_CLIPPED, HOW, HOW_CLIPPED = "why", "y", "how", "hw"
_ASKED_BY = frozenset(
    "is are was were do does did has have had can could would should will wont didnt".split()  # noqa: SIM905
)


def unclipped(words: list[str], text: str, held: Callable[[str], bool] | None = None) -> list[str]:
    """The words with each clipped word in full, but those held (a fact base's alias
    "USA"); a code that is an English word too only where the text writes it in
    capitals and is not written in capitals throughout; a question's "y" and "hw" as why
    and how (above)."""
    words = indo_read(words)
    if words[:1] == [WHY_CLIPPED] and words[1:2] and words[1] in _ASKED_BY:
        words = [WHY, *words[1:]]
    if HOW_CLIPPED in words:
        auxiliary = [*(w in _ASKED_BY for w in words[1:]), False]  # the word after each
        words = [
            HOW if w == HOW_CLIPPED and (auxiliary[i] or not i) else w for i, w in enumerate(words)
        ]
    table = clippings()
    split = {w: run_together(w, table) for w in words if w not in table and len(w) > MIN_PART * 2}
    if table.keys().isdisjoint(words) and not any(split.values()):
        return words
    if held:
        table = {w: full for w, full in table.items() if not held(w)}
    capitals = set() if text.isupper() else {w.lower() for w in _CAPITALS.findall(text)}
    out: list[str] = []
    for i, word in enumerate(words):
        parts = split.get(word) if not (held and held(word)) else None
        full, caps_only = table.get(word, (parts or (word,), False))
        cable = caps_only and text.isupper() and _beside_clipped(words, i, table, split)
        read = not caps_only or word in capitals or cable
        if word in paper_words() and full != (word,):
            read = (read or text.isupper()) and _in_a_paper(words, i, table, capitals)
        out.extend(full if read else (word,))
    return out


INDO, INDIA = "indo", "india"


US = "us"  # after "Indo-", the US: "indo us ties" (places.pronoun_us_dropped reads it then)


def indo_read(words: list[str]) -> list[str]:
    """The words with "indo" before a state's name read as India (the module's docstring):
    its name in full or clipped ("indo pak", "indo usa": the table's code), or "us"."""
    if INDO not in words:
        return words
    from defcoop_cli.lookup.search.atlas.places import names_a_state  # only for "indo"

    def a_state(word: str) -> bool:
        full = clippings().get(word, ((word,), False))[0]
        return word == US or names_a_state(word) or names_a_state(full[-1])

    after = [*words[1:], ""]
    return [INDIA if w == INDO and a_state(a) else w for w, a in zip(words, after, strict=True)]


def _in_a_paper(words: list[str], i: int, table: Table, capitals: set[str]) -> bool:
    """Whether a service paper's abbreviation stands beside another abbreviation in
    capitals or a defence word, written so or clipped ("def", "USN": the module's
    docstring)."""
    for w in _near(words, i):
        full = table.get(w, ((w,), False))[0]
        if w in capitals or w in paper_words() or not DEFENCE.isdisjoint((w, *full)):
            return True
    return False


def _near(words: list[str], i: int) -> list[str]:
    """The words just before and after words[i], past a joining word ("LOC AND DTG")."""
    before = [w for w in words[:i] if w not in _JOINING][-1:]
    return before + [w for w in words[i + 1 :] if w not in _JOINING][:1]


def _beside_clipped(words: list[str], i: int, table: Table, split: dict[str, Names]) -> bool:
    """Whether words[i] is a cable's abbreviation beside another clipped word, a code or
    two clippings run together: the text is a cable (the module's docstring)."""
    if words[i] not in cable_words():
        return False
    near = _near(words, i)  # "LOC AND DTG": beside DTG
    return any(split.get(w) or w in cable_words() or _clipped(w, table) for w in near)


def _clipped(word: str, table: Table) -> bool:
    full, caps_only = table.get(word, ((word,), True))
    return not caps_only and full != (word,)  # not a code that is a word, nor a word kept


# Numbers written in words (the module's docstring)
_UNITS = {w: n for n, w in enumerate("one two three four five six seven eight nine".split(), 1)}  # noqa: SIM905
_TEENS = {
    w: n
    for n, w in enumerate(
        "eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split(),  # noqa: SIM905
        11,
    )
}
_TENS = {
    w: 10 * n
    for n, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)  # noqa: SIM905
}
_ORDINAL_UNITS = {w: n for n, w in enumerate(ORDINALS, 1)}  # first to twentieth
_ORDINAL_TENS = {"thirtieth": 30}
_MONTHS = frozenset(
    "january february march april may june july august september october november december"  # noqa: SIM905
    " jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
CENTURIES = frozenset(["19", "20"])  # a year's: "nineteen ninety", "twenty twenty five", 2025
NUMBER_WORDS = (
    frozenset(_TEENS) | frozenset(_TENS) | frozenset(_ORDINAL_UNITS) | frozenset(_ORDINAL_TENS)
) | frozenset(["thousand"])
# American spellings are read as the British ones the article uses.
SPELLINGS = {
    "defense": "defence",
    "behavior": "behaviour",
    "program": "programme",
    "programs": "programmes",
    "organization": "organisation",
    "organizations": "organisations",
    "center": "centre",
}
# The words words.words rewrites (a spelling, a number in words it may write in digits,
# "fifteen": "15"): a text holding none is its words as split (index.writing.documents
# reads so too).
REWRITTEN = frozenset(SPELLINGS) | NUMBER_WORDS


def in_digits(words: list[str]) -> list[str]:
    """The words with each number from eleven up written in words as its digits ("twenty",
    "six": "26"; "fifteen": "15"), a year spoken as one number, a day of the month spoken
    beside the month as its digits; the rest as they are."""
    out: list[str] = []
    spoken: list[bool] = []  # whether each word out is a number that was written in words
    tens = False  # the last word was a multiple of ten written in words
    for word in words:
        if tens and word in _UNITS:
            out[-1] = str(int(out[-1]) + _UNITS[word])
            tens = False
            continue
        tens = word in _TENS
        number = _TENS.get(word) or _TEENS.get(word)
        out.append(str(number) if number else word)
        spoken.append(number is not None)
    return _days(_years(out, spoken))


def _years(out: list[str], spoken: list[bool]) -> list[str]:
    """A year spoken in two numbers ("20", "25": "2025") or in thousands ("two thousand and
    twenty five": "2025")."""
    if "thousand" not in out and not any(spoken):
        return out
    years: list[str] = []
    n = 0
    while n < len(out):
        word = out[n]
        pair = spoken[n] and word in CENTURIES and n + 1 < len(out) and spoken[n + 1]
        if pair and 10 <= int(out[n + 1]) <= 99 and out[n + 2 : n + 3] != ["hundred"]:
            years.append(word + out[n + 1])
            n += 2
            continue
        if word == "two" and out[n + 1 : n + 2] == ["thousand"]:  # "two thousand (and) 25"
            after = n + 3 if out[n + 2 : n + 3] == ["and"] else n + 2
            rest = out[after] if after < len(out) else ""
            small = (rest.isdigit() and int(rest) < 100) or rest in _UNITS
            small = small and out[after + 1 : after + 2] not in (["hundred"], ["thousand"])
            value = 2000 + (int(rest) if rest.isdigit() else _UNITS.get(rest, 0)) if small else 2000
            years.append(str(value))
            n = after + 1 if small else n + 2
            continue
        years.append(word)
        n += 1
    return years


def _days(out: list[str]) -> list[str]:
    """A day of the month spoken beside the month ("fifth of may", "may fifth"): its
    digits; an ordinal anywhere else as it is."""
    days = list(out)
    for n, word in enumerate(out):
        day = _ORDINAL_UNITS.get(word) or _ORDINAL_TENS.get(word)
        if day is None:
            continue
        before = out[n - 1] if n else ""
        after = out[n + 2] if out[n + 1 : n + 2] == ["of"] and n + 2 < len(out) else ""
        after = after or (out[n + 1] if n + 1 < len(out) else "")
        ends = n + 1 == len(out) or out[n + 1].isdigit()  # "may fifth (2025)", not "may first
        if (before in _MONTHS and ends) or after in _MONTHS:  # consult": may the verb
            days[n] = str(day)
    return days


def the_two_as_both(words: list[str]) -> list[str]:
    """The words, each "two" after "the" (not after "between the") read as "both"."""
    return [
        "both"
        if w == "two" and words[i - 1 : i] == ["the"] and words[i - 2 : i - 1] != ["between"]
        else w
        for i, w in enumerate(words)
    ]


# Function-word compounds, typed apart or hyphenated, are one term (know-how: knowhow).
TAKES = ("take", "takes", "taking", "took", "taken")
OWN_MAKE = ("weapons", "arms", "weaponry", "armaments")  # a country's own, as it makes them
# A noun of passing with a common compound reading ("power transmission", "transmission
# lines") means passing a thing on only before "of": the thesaurus's formal exchange
PASSING_OF = ("transmission", "conveyance")
FUNCTION_WORD_COMPOUNDS = {
    ("know", "how"): "knowhow",
    # "like" a function word ("relief like after floods"), its compounds one term
    ("like", "minded"): "likeminded",
    **{(t, w): "take" + w for t in TAKES for w in ("part", "stock")},
    **{("own", w): "own" + w for w in OWN_MAKE},  # "its own arms": the thesaurus's self-reliance
    **{(w, "of"): w + "of" for w in PASSING_OF},
    ("nichi", "in"): "nichiin",  # Japanese's Japan-India (Nichi-In): "in" is India there
}
# But one's own weapons traded ("does japan sell its own weapons") are no self-reliance:
# a verb of trade before "own" or its owner leaves "own" and the weapons apart
TRADING = frozenset(
    """sell sells selling sold export exports exporting exported supply supplies supplying
    supplied transfer transfers transferring transferred buy buys buying bought import
    imports importing imported purchase purchases purchasing purchased""".split()  # noqa: SIM905
)


def as_compounds(words: list[str]) -> list[str]:
    """The words, with each function-word compound (know how) as its one term."""
    out: list[str] = []
    for word in words:
        joined = FUNCTION_WORD_COMPOUNDS.get((out[-1], word)) if out else None
        if joined and out[-1] == "own" and _traded(out[:-1]):
            joined = None
        if joined:
            out[-1] = joined
        else:
            out.append(word)
    return out


def _traded(before: list[str]) -> bool:
    """Whether a verb of trade (TRADING) governs the words ending before "own": just
    before it or before its owner ("sell its own weapons", "sell india's own weapons")."""
    return not TRADING.isdisjoint(before[-2:])
