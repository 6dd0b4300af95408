"""A roundup's or a newsletter's other items: the news beside the item being drafted.

A news-in-brief roundup or a newsletter announces its items in its head ("In this
roundup: Defence | Railways | Weather | Markets", or "In this issue" over a bulleted list
of the items' titles) and gives each under its own heading ("RAILWAYS", "Visiting scholar
joins the Centre"). Only one of them is the report being drafted; the others are other
news, no statement of it, and their names no entities of it. Read by that form: the
contents line's items, found again as lines of the body (whole lines, any case) in the
order announced, at least two of them, split the body into sections (a contents list
indented or numbered, its sections numbered alike: "  1. Dry bulk" over "1. DRY BULK"); the
longest section (in words) is the item drafted, every line of the others is furniture. A
piece that announces no contents, or whose headings are not found again, keeps all its
lines.

A script, a bulletin or a briefing's notes may number its items instead, each under a
marker that opens with a cue word in capitals and the item's number ("[STORY 2 | WEATHER |
00:30]", "ITEM 2: OTHER MATTERS"), perhaps closed by one ("[END STORY 2]"): two items or
more so numbered from 1 are read as a roundup's sections, the longest drafted. A digest
that numbers its items between rules ("==== CLIP 02 ====") may give the meeting in several
of them: each is read as a newsletter's section (`ruled_items`, furniture/sections.py).

A page or a letter that lists items from several sources (a day's portal, a clips e-mail, an
aggregator's cards) closes an item with its sources' names in brackets, after the item's
final stop ("… in New Delhi. (Kyokuto News) (Deccan Courier)", "… manufacturing. [Indus
Ledger]", "[Malabar Times, editorial]"): the names are furniture, and the item is read as
the sentence it ends with (`labelled_texts`). A summary cut short ends in an ellipsis set
against a word no sentence ends with, an article, a preposition, a conjunction ("… to draw
up a list of…"; "It ended..." only trails off): that sentence is the listing's, cut off, no
statement (`cut_short`). A listing cuts its summaries at a length, so that two lines of it
or more end in an ellipsis (`cut_summaries`); a story whose one last line is cut off (a
wire pasted short, a live blog's latest entry) keeps it as a statement. An item that shares
with the story only a country or its people's word beside a name of its own, or that names
nothing and tells nothing of the talks, is other news (`other_news`; furniture/sections.py
reads a listing's groups).

A figures feature ("The week in numbers", "By the numbers", "Key figures") gives each item
as a figure over the phrase it completes: a bare figure on its own line over the item's
line ("90" over "Minutes of talks between …"), or the figure, a dash and the phrase on one
line ("3 - Areas of technology the two ministers agreed …"). Its items are the week's
news, only some of them the report's: an item that tells of the talks by their words
("talks", "meeting", "visit", "minister") is the report's, and so is one that shares a
name with it ("Pahalgam", "Singh"); an item that names something else (a temperature at
"Safdarjung", a fault near "Rajiv Chowk") is other news, its figure and line furniture;
one that names nothing goes with the report (`figure_items`). A piece with no such
heading, or with no item of the talks, keeps its lines: a story quoting figures is news.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache

from defcoop_cli.curation.drafting.entities import STOP_WORDS, wordnet_nouns
from defcoop_cli.curation.drafting.pages import CREDIT_END, gazetteer, name_words

# "In this roundup:", "In this issue", "In today's edition -", opening a line of the head
_CONTENTS = re.compile(
    r"(?i)in (?:this|today'?s|the) (?:issue|roundup|round-up|edition|bulletin|newsletter"
    r"|digest|briefing)\b\s*[:—–-]?\s*"
)
_ITEM_SPLIT = re.compile(r"\s*[|;·•]\s*")
_BULLET = re.compile(r"\s*(?:[-•*–]\s+|\d{1,2}[.)]\s+)")  # the contents may be indented
_NUMBER = re.compile(r"^\d{1,2}[.)]\s+")  # an item's or a section's list number
MAX_HEADING_WORDS = 12  # an item's title or label is a line of at most so many words
# An item's marker: a cue word in capitals and the item's number ("[STORY 2 |", "ITEM 2:").
_NUMBERED = re.compile(r"\W{0,2}([A-Z]{3,})\s+(\d{1,2})(?:\W|$)")
_END = re.compile(r"\W{0,2}END\s+([A-Z]{3,})\b")
# A source's name in brackets: capitalised words (a few small ones between), perhaps a short
# note after a comma ("[Malabar Times, editorial]"); one or more after an item's final stop.
_NAME_WORD = r"(?:[A-Z][\w&'’.-]*|of|the|and|for|on|de|du|al|el|la|&)"
_SOURCE = rf"[(\[][A-Z][\w&'’.-]*(?: {_NAME_WORD}){{0,5}}(?:, [\w ]{{1,20}})?[)\]]"
_SOURCES_END = re.compile(rf"(?:(?<=[.!?…])|(?<=[.!?…][\"”’]))\s+((?:{_SOURCE}\s*)+)$")
# A summary cut short: an ellipsis against a word no sentence ends with ("… a list of…",
# "… which began at…"; not "It ended...")
_CUT_SHORT = re.compile(
    r"(?i:\b(?:the|an?|of|at|to|from|with|by|into|between|than|and|or|but"
    r"|that|which|whose|his|her|its|their|our|this|these|those|as|is|are|was|were|has|have))"
    r"(?:…|\.\.\.)\s*$"
)

# The lines with their items' sources' names cut off, and where each line so cut ends
Labelled = tuple[list[str], dict[int, int]]
_ELLIPSIS_END = re.compile(r"(?:…|\.\.\.)\s*$")
CUT_LINES = 2  # a listing's summaries cut at a length: so many lines end in an ellipsis


def _key(line: str) -> str:
    """A heading as compared with its item: any case, its list number dropped (a report that
    numbers its contents numbers its sections alike: "1. Dry bulk" over "1. DRY BULK")."""
    return _NUMBER.sub("", " ".join(line.lower().split())).rstrip(".:")


def _announced(lines: Sequence[str]) -> tuple[int, list[str]] | None:
    """The index of the last line of the contents and the items they announce, if the
    piece has them."""
    for number, line in enumerate(lines):
        m = _CONTENTS.match(line)
        if not m:
            continue
        rest = line[m.end() :].strip()
        if rest:  # "In this roundup: Defence | Railways | Weather"
            return number, [item for item in _ITEM_SPLIT.split(rest) if item]
        items = []  # "In this issue" over "- Visiting scholar joins the Centre"
        for following in lines[number + 1 :]:
            bullet = _BULLET.match(following)
            if not bullet:
                break
            items.append(following[bullet.end() :])
        return number + len(items), items
    return None


def other_items(lines: Sequence[str]) -> set[int]:
    """The indices of the lines that belong to a roundup's items other than the one
    drafted (see the module's doc); empty when the piece is no roundup."""
    found = _announced(lines)
    if found is None:
        return _numbered_items(lines)
    last, items = found
    wanted = [_key(item) for item in items if len(item.split()) <= MAX_HEADING_WORDS]
    starts: list[int] = []
    at = last + 1
    for item in wanted:
        match = next((n for n in range(at, len(lines)) if _key(lines[n]) == item), None)
        if match is None:
            continue
        starts.append(match)
        at = match + 1
    if len(starts) < 2:
        return set()
    bounds = list(zip(starts, [*starts[1:], len(lines)], strict=True))
    sizes = [sum(len(lines[n].split()) for n in range(a + 1, b)) for a, b in bounds]
    kept = sizes.index(max(sizes))
    return {n for i, (a, b) in enumerate(bounds) if i != kept for n in range(a, b)}


# The parts of one sitting, numbered in its record ("SESSION 1: OPENING", "SESSION 2:
# QUESTIONS", "SITTING 2"): a transcript's own sections, not a roundup's items (a
# rundown's "SEGMENT 2 - TRAFFIC" or "STORY 2" is another item of news).
_SITTINGS = frozenset(["session", "sitting", "panel"])


def _numbered_items(lines: Sequence[str]) -> set[int]:
    """The lines of the items other than the longest, where the piece numbers its items
    under one cue word from 1 ("[STORY 1 | …]", "[STORY 2 | …]"); each item ends at the next
    marker or at its own end marker ("[END STORY 1]")."""
    marks = [(n, m[1], int(m[2])) for n, line in enumerate(lines) if (m := _NUMBERED.match(line))]
    cue = marks[0][1] if marks else ""
    if cue.lower() in wordnet_nouns("person") or cue.lower() in _SITTINGS:
        return set()  # "EXPERT 2:", "SESSION 2:": people or parts of the one story, no other news
    marks = [(n, c, i) for n, c, i in marks if c == cue]
    if len(marks) < 2 or [i for _, _, i in marks] != list(range(1, len(marks) + 1)):
        return set()
    bounds = []
    for (a, _, _), b in zip(marks, [*(n for n, _, _ in marks[1:]), len(lines)], strict=True):
        end = next(
            (n + 1 for n in range(a + 1, b) if (e := _END.match(lines[n])) and e[1] == cue), b
        )
        bounds.append((a, end))
    sizes = [sum(len(lines[n].split()) for n in range(a + 1, b)) for a, b in bounds]
    kept = sizes.index(max(sizes))
    return {n for i, (a, b) in enumerate(bounds) if i != kept for n in range(a, b)}


# A digest's item marker: a cue word of a clip in capitals and its number between rules
# ("==== CLIP 01 ====", "--- ITEM 2 ---", "*** STORY 3 ***"); a diary's "==== DAY 2 ===="
# numbers its days, the one story's.
_RULED = re.compile(
    r"[=*#~_-]{3,}\s*(CLIPS?|CLIPPINGS?|CUTTINGS?|ITEMS?|STOR(?:Y|IES)|ARTICLES?|REPORTS?"
    r"|EXTRACTS?|EXCERPTS?|HITS?|MENTIONS?|RESULTS?)\s+(\d{1,2})\s*[=*#~_-]{3,}"
)


def ruled_items(lines: Sequence[str]) -> list[int]:
    """The lines of a digest's item markers (_RULED), where two or more of one cue word
    number its items from 1; none otherwise. Its items may all tell of the meeting (a
    monitoring service's clips): furniture/sections.py reads each by the names it shares."""
    marks = [(n, m[1], int(m[2])) for n, line in enumerate(lines) if (m := _RULED.fullmatch(line))]
    marks = [(n, c, i) for n, c, i in marks if marks[0][1] == c]
    if len(marks) < 2 or [i for _, _, i in marks] != list(range(1, len(marks) + 1)):
        return []
    return [n for n, _, _ in marks]


def labelled_texts(lines: Sequence[str]) -> Labelled:
    """The lines with the sources' names that close an item cut off, and, for each line so
    cut, the length of what is left (see the module's doc)."""
    cut = {
        n: m.start(1)
        for n, line in enumerate(lines)
        if (m := _SOURCES_END.search(line)) and not CREDIT_END.search(line)  # "(PTI Photo)"
    }
    return [line[: cut[n]].rstrip() if n in cut else line for n, line in enumerate(lines)], cut


def cut_short(sentence: str) -> bool:
    """Whether a sentence ends in an ellipsis set against a word no sentence ends with: a
    summary cut short (see the module's doc)."""
    return _CUT_SHORT.search(sentence) is not None


def cut_summaries(lines: Sequence[str]) -> bool:
    """Whether the piece's summaries are cut at a length: two of its lines or more end in
    an ellipsis (see the module's doc)."""
    return sum(1 for line in lines if _ELLIPSIS_END.search(line)) >= CUT_LINES


# A name, a pair of names joined by a hyphen as by a dash two ("India-Japan ties")
PROPER = re.compile(r"(?<![\w'’])[A-Z][a-z][\w'’]+(?:-[a-z][\w'’]*)*")
# A figures feature's heading: "THE WEEK IN NUMBERS", "By the numbers", "Key figures",
# "India-Japan ties in figures" (a short line).
_FIGURES_HEAD = re.compile(
    r"(?i)(?:[\w'’-]+ ){0,4}(?:in|by) (?:the )?(?:numbers|figures|stats)"
    r"|(?:the )?(?:key|main|top) (?:numbers|figures|stats)(?: of the (?:week|day|month))?"
    r"|(?:numbers|figures|facts and figures)(?: of the (?:week|day|month))?"
)
_FIGURE = r"(?:[£$€₹¥]\s?)?\d[\d.,]*(?:%| ?(?:per ?cent|km|kg|m|bn|million|billion|crore|lakh))?"
_FIGURE_LINE = re.compile(_FIGURE)  # a bare figure, a line of its own
_FIGURE_LEAD = re.compile(rf"{_FIGURE}\s*[-–—:]\s+(?=\S)")  # "3 - Areas of …"
# The report's event told by its words: the talks, a minister's
_TALKS = re.compile(r"(?i)\b(?:talks|meeting|met|visit(?:ing|ed)?|trip|ministers?|minister['’]s)\b")
# The talks told by their subject: the talks, the countries' defence ties or cooperation,
# the ministers' offices ("India and Japan to deepen defence ties, says ministry
# spokesperson …").
_SUBJECT = re.compile(
    r"(?i)\b(?:talks|(?:defen[cs]e|security|bilateral|strategic) (?:ties|cooperation"
    r"|co-operation|partnership|relations)|co-?operation|ministry|ministries|ministers?"
    r"|minister['’]s)\b"
)
_DAYS = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June"
    r"|July|August|September|October|November|December"
)
FIGURE_ITEMS = 3  # a figures feature gives so many items at least


def _figure_items(lines: Sequence[str]) -> list[tuple[int, ...]]:
    """Each item's lines: a bare figure's line and the next, or a line the figure leads."""
    items: list[tuple[int, ...]] = []
    for n, line in enumerate(lines):
        text = line.strip()
        if _FIGURE_LINE.fullmatch(text) and n + 1 < len(lines):
            if not _FIGURE_LINE.fullmatch(lines[n + 1].strip()):
                items.append((n, n + 1))
        elif _FIGURE_LEAD.match(text):
            items.append((n,))
    return items


def figure_items(lines: Sequence[str]) -> set[int]:
    """The lines of a figures feature's items of other news (see the module's doc)."""
    if not any(_FIGURES_HEAD.fullmatch(line.strip()) for line in lines):
        return set()
    items = _figure_items(lines)
    if len(items) < FIGURE_ITEMS:
        return set()
    everything = "\n".join(lines)
    names = [
        {w for n in item for w in PROPER.findall(lines[n]) if not _DAYS.fullmatch(w)}
        for item in items
    ]
    names = [{w for w in found if not common_word(w, everything)} for found in names]
    report = {i for i, item in enumerate(items) if any(_TALKS.search(lines[n]) for n in item)}
    while True:  # an item that shares a name with the report's is the report's
        known = {w for i in report for w in names[i]}
        joining = {
            i
            for i in range(len(items))
            if i not in report and any(same_name(w, v) for w in names[i] for v in known)
        }
        if not joining:
            break
        report |= joining
    if not report:
        return set()
    return {n for i, item in enumerate(items) if i not in report and names[i] for n in item}


# A day-in-history page ("On This Day"): the events of one date in several years, each
# under its year on a line of its own ("1821" over "Napoleon died on Saint Helena …").
_THIS_DAY = re.compile(
    r"(?i)\b(?:on|from|for) this (?:day|date)\b|\b(?:this day|today) in history\b"
    r"|\bborn on this day\b|\byears ago today\b"
)
_YEAR_LINE = re.compile(r"(?:1\d|20)\d\d")
CHRONICLE_YEARS = 3  # a day-in-history page gives so many years at least


def chronicle_items(lines: Sequence[str]) -> set[int]:
    """A day-in-history page's entries of other events: the lines under each year, up to
    the next, where none tells the talks (`_TALKS`, `tells_the_talks`) or the two parties'
    doings ("The two countries signed …", `_PARTIES`: their ties' history); and its lines
    before the first year that tell nothing of them (its standfirst, "Four moments from
    this date …"). A page that calls itself no such page, or whose years hold no entry of
    the talks, keeps its lines (a timeline of the ties tells their history)."""
    years = [n for n, line in enumerate(lines) if _YEAR_LINE.fullmatch(line.strip())]
    if len(years) < CHRONICLE_YEARS or not any(_THIS_DAY.search(line) for line in lines):
        return set()
    sections = [range(a, b) for a, b in zip(years, [*years[1:], len(lines)], strict=True)]

    def talks(numbers: Iterable[int]) -> bool:  # or the parties' ties ("the two countries")
        return any(
            _TALKS.search(lines[n]) or tells_the_talks(lines[n]) or _PARTIES.search(lines[n])
            for n in numbers
        )

    report = [section for section in sections if talks(section)]
    if not report:
        return set()
    other = {n for section in sections if section not in report for n in section}
    return other | {n for n in range(years[0]) if not talks((n,))}


# The talks told by their parties' common nouns: "The two sides voice concern …"
_PARTIES = re.compile(
    r"(?i)\b(?:two|both) (?:sides|countries|nations|governments|delegations|ministers|navies)\b"
)


# An item's words that name no one of its own: "Minister", "Ministry", "Defence", "Bay"
_GENERIC = ("title", "body word", "department", "portfolio")


@lru_cache(maxsize=1)
def _nations_and_generic() -> tuple[frozenset[str], frozenset[str]]:
    """The countries and their peoples' words; the words of _GENERIC, in lower case."""
    places, kinds = gazetteer(), name_words()
    generic = frozenset(w.lower() for kind in _GENERIC for w in kinds[kind])
    return places.countries | places.demonyms, generic


class StoryNames:
    """The story's names, each found again by itself or its people's word (`same_name`:
    the two share their first letters)."""

    def __init__(self, names: Iterable[str]) -> None:
        self._by: dict[str, list[str]] = {}
        for name in names:
            self._by.setdefault(name[:4], []).append(name)

    def __bool__(self) -> bool:
        return bool(self._by)

    def shares(self, word: str) -> bool:
        return any(same_name(word, name) for name in self._by.get(word[:4], ()))


def other_news(item: str, words: set[str], story: StoryNames) -> bool:
    """Whether a listing's item (its text, its names but the piece's common words) is
    other news beside the story's names: it names nothing and tells nothing of the talks
    ("The rupee closes 14 paise higher …"), or the names it shares with the story are only
    countries and their peoples' words, beside a name of its own ("Indian grandmaster X
    wins the Y Open in Z": an Indian, not India's party; see the module's doc). An item that
    tells the talks by their subject (`tells_the_talks`) beside the countries is the story's,
    a name of its own or not ("India and Japan to deepen defence ties, says ministry
    spokesperson Arun Verma")."""
    if not words:
        return not (_TALKS.search(item) or _PARTIES.search(item))
    shared = {w for w in words if story.shares(w)}
    if not shared:
        return True
    nations, generic = _nations_and_generic()
    own = {w for w in words - shared if w.lower() not in generic and not _DAYS.fullmatch(w)}
    only_nations = all(w.removesuffix("'s").removesuffix("’s") in nations for w in shared)
    return bool(own) and only_nations and not tells_the_talks(item)


def a_nation(word: str) -> bool:
    """Whether a word is a country's name or its people's word ("Japan's", "Indian")."""
    return word.removesuffix("'s").removesuffix("’s") in _nations_and_generic()[0]


def tells_the_talks(item: str) -> bool:
    """Whether an item tells the talks by their subject words (_SUBJECT): the talks, the
    defence ties, the cooperation, the ministers' offices."""
    return _SUBJECT.search(item) is not None


def common_words(text: str) -> Callable[[str], bool]:
    """`common_word` over one piece, each word's verdict found once: a scan of the piece
    each."""
    known: dict[str, bool] = {}

    def common(word: str) -> bool:
        if word not in known:
            known[word] = common_word(word, text)
        return known[word]

    return common


def summarised_items(lines: Sequence[str]) -> set[int]:
    """A feed's or an aggregator's summaries of other news, where the page cuts its
    summaries at a length (`cut_summaries`), each line an item: the story's names are those
    two lines or more give, and a line that names something is other news by `other_news`
    ("Brent crude fell …", "A van maker is recalling … sold in Japan and Thailand")."""
    if not cut_summaries(lines):
        return set()
    common = common_words("\n".join(lines))

    def named(line: str) -> set[str]:
        return {w for w in PROPER.findall(line) if not _DAYS.fullmatch(w) and not common(w)}

    names = {n: found for n, line in enumerate(lines) if (found := named(line))}
    given = Counter(w for found in names.values() for w in found)
    story = StoryNames(w for w, count in given.items() if count >= 2)
    if not story:  # no name given twice: no story to set the items beside
        return set()
    return {n for n, found in names.items() if other_news(lines[n], found, story)}


def common_word(word: str, text: str) -> bool:
    """A capitalised word that stands in lower case too in the piece ("The", "Both"), or
    a word of the language's own ("They", "Our")."""
    lower = word.lower()
    if lower in STOP_WORDS:
        return True
    if lower not in text:  # most names: no regex, no scan but the substring search's
        return False
    low = re.compile(rf"(?<![\w'’]){re.escape(lower)}(?![\w'’])")
    return low.search(text) is not None


def same_name(word: str, party: str) -> bool:
    """One name, or a name and its people's word: "Japan" and "Japanese", "India" and
    "Indian"."""
    short, long = sorted((word, party), key=len)
    return short == long or (
        len(short) >= 4 and long.startswith(short) and len(long) - len(short) <= 3
    )
