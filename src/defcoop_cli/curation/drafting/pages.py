"""A saved web page read as an article: its main text (navigation, ads, "most read", share
buttons and footers left out) and what its metadata says of it, by trafilatura; and the
furniture of news pages, in a page's text or a plain one (`is_furniture`): labels, notices,
captions, calls to the outlet's channels, headings (segments reads them line by line).

A file is a page when its name ends in .html, .htm or .xhtml, or its first bytes (after a
byte-order mark and white space) open an HTML document: `<!doctype html`, `<html`, or a
comment or `<head` before one. The main text is what quotes and spans refer to: `draft`
saves it beside the page (page.html: page.txt), and `add` copies it as the source's text.

Datelines and dated furniture say the source's date and its wire. A dateline opens the first
paragraph of a report: a place, perhaps a date and an agency, then a colon or a dash: "NEW DELHI,
May 5 (Meridian Wire) – ", "New Delhi, May 5 (Jiji Press)--", "New Delhi [India], May 5 (ANI): ".
segments finds the capitalised ones ("TOKYO: "); `dateline` here finds those with a place in
ordinary capitals, which need a date to be told from a sentence. Either is furniture;
`read_dateline` says what it gives.

The proposed date: the dateline's day, in the year of the curator's --published, the page's
metadata or a dated furniture line ("May 5, 2025 | 1:52 PM IST", "2025/05/06 11:32 JST"); without a
dateline day, the first dated furniture line's date; a day without a year is left for review. The
agency in brackets is the wire: the proposed publisher, or `via` when the publisher given differs.
A credit line ("(With inputs from Meridian Wire)") names the wire a paper's copy draws on: `via`,
never the publisher.

Places and names' words: the word lists (name_words.tsv) and the gazetteer (places.tsv) that
datelines and names read; a people's or a region's adjective ("Philippine", "Southeast Asian").
What the words before a name make of it (a place, or a capital's government) is
places/before.py's."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import Any, NamedTuple

from defcoop_cli.curation.drafting.furniture import asks, calls_to_channels, consents, gives_contact
from defcoop_cli.curation.drafting.furniture.apparatus.citations import dated_heading, trim_markers
from defcoop_cli.curation.drafting.furniture.apparatus.instructions import reference_entry
from defcoop_cli.curation.drafting.furniture.readers import comment_state, product_caveat
from defcoop_cli.factbase.vocab import table_rows

PAGE_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
_OPENING = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head)[\s>]", re.I | re.S)


class Page(NamedTuple):
    """The page's main text and the source fields its metadata proposes (None: not found)."""

    text: str
    title: str | None
    published: str | None
    publisher: str | None
    author: str | None
    url: str | None
    posts: tuple[tuple[str, str], ...] = ()  # the posts it quotes (posts.quoted_posts)
    owner: str | None = None  # the site's name after its title's bar (turns/forms.py)
    registers: tuple[Any, ...] = ()  # its tables of records (body/elements/registers.py)


def is_page(path: Path, raw: bytes) -> bool:
    """Whether the file is a web page: by its name, or by how it opens."""
    if path.suffix.lower() in PAGE_SUFFIXES:
        return True
    return bool(_OPENING.match(raw[:2048].removeprefix(b"\xef\xbb\xbf")))


def text_path(path: Path) -> Path:
    """Where the page's main text is saved: beside it, named for it (page.html: page.txt)."""
    return path.with_suffix(".txt") if path.suffix.lower() in PAGE_SUFFIXES else Path(f"{path}.txt")


def read_page(html: str) -> Page | None:
    """The page's main text and metadata; None when it has no main text."""
    from defcoop_cli.curation.drafting.body.elements.registers import extracted

    found, text, registers = extracted(html)  # a register's table read (body/elements/registers.py)
    text = _lines(text) if text.strip() else ""
    if not text.strip():
        return None
    return Page(
        text,
        _field(found, "title"),
        _date(_field(found, "date")),
        _field(found, "sitename"),
        _field(found, "author"),
        _field(found, "url"),
        registers=registers,
    )


def page_meta(page: Page, given: dict[str, Any]) -> dict[str, Any]:
    """The source fields: what the curator gave first, then what the page says (its own
    day as "page_published", which a dated dateline's day comes before: body.dating, R36)."""
    proposed = {
        "title": page.title,
        "page_published": None if given.get("published") else page.published,
        "publisher": page.publisher,
        "url": page.url if page.url and page.url.startswith(("http://", "https://")) else None,
    }
    return {**given, **{k: v for k, v in proposed.items() if not given.get(k) and v}}


def _field(found: Any, name: str) -> str | None:
    value = getattr(found, name, None)
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


def _date(value: str | None) -> str | None:
    """An ISO day (trafilatura gives YYYY-MM-DD; anything else is left for review)."""
    return value if value and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) else None


def _lines(text: str) -> str:
    """One paragraph a line, without trailing white space, ending in a newline."""
    kept = [" ".join(line.split()) for line in text.splitlines()]
    return "\n".join(line for line in kept if line) + "\n"


# The furniture of news pages, line by line.
FURNITURE_WORDS = 12
HEADLINE_WORDS = 25


def is_furniture(line: str, first: bool = False) -> bool:
    """A heading or page furniture: lines that open with a label of the page ("Also Read",
    a listing's closing "Also: …",
    "Photo:", "Related:", "Reporting by", a correction notice, "This is the English version
    of my report …", an extract's "Released by the publisher …" and "Buy the book"), lines
    ending in ':', lines wholly in brackets (a photo credit, a release number, a signature
    block's names side by side), captions ending in a photo credit, lines in capitals (a
    slug, a caption, a ticker), the page's notices (copyright, an extract's "Text (c) X
    2026", cookies, its comment section's state, a chat product's disclaimer), calls to its
    channels, its contact line, lines that only ask (`furniture.readers`), a guide's entries
    ("Nexis Uni: full texts.") and short lines without final punctuation (first: a line of
    the head, the headline or standfirst, at any length up to HEADLINE_WORDS, a closing
    quote no stop before it: 'Round Table on "…"')."""
    if _PAGE_LABEL.match(line.lstrip("—–-* ")) or line.endswith(":") or asks(line):
        return True
    if _BRACKETED.fullmatch(line) or IN_CAPITALS.fullmatch(line):
        return True
    if _NOTICE.match(line) or CREDIT_END.search(line) or calls_to_channels(line):
        return True
    if gives_contact(line) or consents(line) or reference_entry(line) or dated_heading(line):
        return True
    if comment_state(line) or product_caveat(line):  # a comment section's, a chat product's
        return True
    most = HEADLINE_WORDS if first else FURNITURE_WORDS
    words = islice(_WORD.finditer(line), most + 1)  # never the words of a whole long line
    if sum(1 for _ in words) > most:
        return False
    # a heading's label in brackets ("Defence Ministers' Meeting (Overview)") ends no sentence
    line = line[: trim_markers(line, 0, len(line))]  # "… in 2021.[3]" ends in its stop
    unlabelled = _LABEL_END.sub("", line) or line
    return not re.search(r"[.!?…][\"”’)]?$|\)$" if first else r"[.!?…\"”’)]$", unlabelled)


_LABEL_END = re.compile(r"(?<!\s)\s+\([^()]{1,40}\)$")  # one run of spaces tried once
# Announcing what follows: "… is as follows.", "… furnished below." (not "We agreed as follows:")
_ANNOUNCES = re.compile(
    r"^[^,;]{0,80}\b(?:is|are|was|were|reads|read) (?:(?:furnished|given|set out) )?"
    r"(?:as (?:follows|under|below)|below|hereunder)\s*[.:]?$"
    r"|^(?:the )?following (?:is|are) (?:the )?(?:full )?(?:text|details|highlights)\b[^.]*[.:]?$",
    re.IGNORECASE,
)


def announces(sentence: str, line: str = "") -> bool:
    """Whether it announces ("… as follows."), has no words, or is a formula at a line's edge
    (read in the line where it stands, never copied from it: a line may be the article)."""
    s, n = sentence.strip(), len(re.findall(r"[^\W\d_]{2,}", sentence))
    if _ANNOUNCES.match(s) or not n:
        return True
    if n >= 3 or re.match(r"\w+:", s) or _CLAUSE.search(s):
        return False
    at = line.find(s) % (len(line) + 1)  # not there: the whole line is before it
    after = at + len(s) if at < len(line) else at
    edge = not _STOP.search(line, 0, at) or not _WORD.search(line, after)
    return len(line) > 2 * len(s) and edge


_CLAUSE = re.compile(r"(?i:\b(?:it|they|we|s?he)\b)|\bI\b|\Bed\b")
_STOP = re.compile(r"[.!?]")
_WORD = re.compile(r"\S+")  # a word as str.split() finds it
_PAGE_LABEL = re.compile(
    r"also\s*[:|]|"  # a listing's closing line: "Also: the day's other headlines."
    r"also (?:read|watch|see|listen)\b|(?:read more|see also|related|photo(?:graph)?|image|picture"
    r"|caption|file photo|corrections?|watch|listen|video|trending|recommended|must read|sub\.?|ref"
    r"|don'?t miss|subject|tags|topics|filed under|keywords|disclaimer|disclosures?|first published"
    r"|published|updated|last updated|sponsored|advertisement|promoted|partner content|paid post"
    r"|(?:from )?(?:our|the) archives?)\s*[:|]|(?:reporting|editing|writing|reported|edited|written"
    r"|produced|translated|posted|curated) by\b|additional reporting by\b|with inputs from\b"
    r"|compiled by\b|an earlier version of (?:this (?:story|article)\b|(?:this |the )?(?:map|chart"
    r"|graphic|graph|figure|table|infographic)s?\b)|(?:the )?views expressed"
    # a caption with no credit: "File photo of …", "Representational image"
    r"|(?:file|representational|representative) (?:photo|image|picture|pic)\b"
    r"|image for representation\b|camera(?:man|person)?:? (?-i:[A-Z])"  # a camera credit
    # a date line with a label: "Published on May 5, 2025.", "Updated: 5 May 2025, 9:05"
    r"|(?:first |last )?(?:published|updated|posted)(?: on| at)?\s*[:|–—-]?\s*(?:\d|(?:jan|feb"
    r"|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d)"
    # the author's note closing a piece: "The writer is a former ambassador."
    r"|the (?:writer|author|columnist)s? (?:is|are|was|were|has|teaches|studies)\b"
    # a paper's copy note: "This story has been published from a wire agency feed…", perhaps
    # after what the paper changed: "Except for the headline, this report is carried…"
    r"|(?:(?:except|apart from|other than|barring|save for)\b[^.]{0,120}, )?"
    r"this (?:story|article|report|copy|timeline|chronology|transcript|summary|list)"
    r" (?:has (?:not )?been|was|is) (?:\w+ )?"
    r"(?:published|edited|generated|auto-generated|syndicated|sourced|carried|compiled|drawn)\b"
    # the page's clock: "Times are Indian Standard Time.", "All times IST."
    r"|(?:all )?times (?:are |shown )?(?:in )?(?:(?-i:[A-Z])\w+ ){0,3}(?:time|IST|JST|GMT|UTC)\b"
    # where it ran first: "This article first appeared in …", "A version of this story…"
    r"|(?:this|a version of this) (?:story|article|report|piece) (?:first |originally )?"
    r"(?:appeared|appears|ran|was first published)\b"
    # what the page is, in another language: "This is the English version of my report of …"
    r"|this (?:page )?is (?:an? |the )?(?:english|japanese|hindi|(?-i:[A-Z])\w+) (?:language )?"
    r"(?:version|translation|rendering) of (?:my|our|his|her|the|this|a)\b"
    # a publisher's extract: its release ("Released by the publisher on …, ahead of
    # publication on …") and its shop's links ("Buy the book: … | More extracts")
    r"|released by (?:the |its )?publishers?\b"
    r"|released\b[^.]{0,60}\bahead of (?:its )?publication\b"
    r"|(?:buy|order|pre-?order) (?:the|this) (?:book|title)\b|more extracts\b",
    re.IGNORECASE,
)
_BRACKETED = re.compile(r"\([^()]*\)(?:\s+\([^()]*\))*")  # side by side: "(Name)   (Name)"
# A line in capitals, no letter small, four at least: a slug, a caption, a ticker, a rundown.
IN_CAPITALS = re.compile(r"(?=(?:[^a-z]*?[A-Z]){4})[^a-zß-ÿ]*")
# The page's notice: "© 2025 X", "… All rights reserved.", "…; resale prohibited.", a footer.
_NOTICE = re.compile(
    r"(?:©|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\))?\s*\d{4})|.{0,200}\ball rights reserved\W*$"
    # an extract's credits: "Text (c) X 2026. English translation (c) Y 2026."
    r"|(?:(?:english |the )?(?:text|translation|extract|excerpt|photographs?|illustrations?)"
    r" (?:©|\(c\)|copyright)\s*(?-i:[A-Z])[^.]{0,60}?\b(?:19|20)\d\d\b)"
    r"|(?:reproduced|reprinted|extracted|excerpted) (?:by|with) (?:kind )?permission\b"
    r"|.{0,200}[;,.] (?:any )?(?:redistribution|reproduction|resale) (?:strictly )?prohibited\W*$"
    r"|you(?: are|'re|’re) (?:receiving|getting) |.{0,200}\bbecause you (?:signed up|subscribed"
    r"|registered)\b|unsubscribe\b|(?:manage|update) (?:your )?(?:preferences|subscription)"
    # a poster's or a writer's disclaimer, the whole line: "Views my own.", "Opinions are mine"
    r"|(?:all )?(?:(?:the )?views|opinions)(?: are)? (?:(?:strictly|entirely) )?(?:my own|mine"
    r"|personal)(?: only)?(?:,? not (?:those of )?(?:my|the) [\w' ]{1,40})?\W*$",
    re.IGNORECASE,
)
# A caption: a line that ends in its photo's credit ("… on Monday. Photo: Handout",
# "… in Tokyo. (PTI Photo)", "… (Image courtesy: X)").
CREDIT_END = re.compile(
    r"(?:\b(?:photo(?:graph)?|image|picture|pic|video) ?(?:credit|courtesy|source)?\s*:"
    r"\s*[^.:;]{1,40}"
    r"|\([^()]{0,40}\b(?:photo|image|picture|file)s?\b[^()]{0,40}\))\s*$",
    re.IGNORECASE,
)
# ---- datelines and dated furniture

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = {
    m: n
    for n, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for m in names
}
# A month by its name, of any case, and its abbreviation's stop: "May", "sept.".
MONTH = r"(?i:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY_MONTH = re.compile(
    rf"\b(?:(?P<m1>{MONTH}) (?P<d1>\d{{1,2}})|(?P<d2>\d{{1,2}}) (?P<m2>{MONTH}))"
    r"(?:,? (?P<y>\d{4}))?\b",
    re.I,
)
# "New Delhi [India], May 5 (ANI):": a place of one to four capitalised words, a bracketed
# region, a date (needed: it tells a dateline from a sentence), an agency, a colon or dash.
# After an agency the colon or dash may be missing, or be a full stop (a translated Hindi
# wire's "New Delhi, May 5 (language). Defence…"): "New Delhi, May 5 (PTI) Defence…".
_MIXED = re.compile(
    r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}(?: \[[A-Z][^\]\n]{1,30}\])?, "
    rf"(?:{MONTH} \d{{1,2}}|\d{{1,2}} {MONTH})(?:,? \d{{4}})?"
    r"(?: ?\([^()\n]{2,40}\)(?: ?(?::|--|[–—-])|\.)? ?| ?(?::|--|[–—-]) ?)(?=[A-Z\"“‘'])"
)
_SEPARATOR = r"(?: \[[A-Z][^\]\n]{1,30}\])?(?: ?\([^()\n]{2,40}\))? ?(?::|--|[–—-]) ?(?=[A-Z\"“‘'])"
_AGENCY = re.compile(r"\(([^()\n]{2,40})\)\s*(?::|--|[–—-]|\.)?\s*$")
_CREDIT = re.compile(r"^\(?(?:with inputs from|inputs from|source:)\s+([^()\n]{2,40}?)\)?$", re.I)


class Dateline(NamedTuple):
    """What a dateline says: its month and day (or None), its year if given, its agency."""

    month: int | None
    day: int | None
    year: int | None
    agency: str | None


def dateline(line: str) -> re.Match[str] | None:
    """A dateline with a place in ordinary capitals at the head of the line, or None: with
    a date, or without one a capital of the gazetteer ("New Delhi: ", "Tokyo (Kyodo) -- ")."""
    return _MIXED.match(line) or _capital_head().match(line)


@lru_cache(maxsize=1)
def _capital_head() -> re.Pattern[str]:
    names = sorted(gazetteer().capitals, key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, names)) + ")" + _SEPARATOR)


def read_dateline(text: str) -> Dateline:
    """The month, day, year and agency a dateline gives (None where it gives none)."""
    found = _DAY_MONTH.search(text)
    agency = _AGENCY.search(text)
    month = day = year = None
    if found:
        month = MONTHS[(found["m1"] or found["m2"]).lower().rstrip(".")]
        day = int(found["d1"] or found["d2"])
        year = int(found["y"]) if found["y"] else None
    wire = agency.group(1).strip() if agency else None
    return Dateline(month, day, year, None if wire is None or _when(wire) else wire)


def _when(bracketed: str) -> bool:
    """Whether a dateline's brackets hold a day, not an agency: a weekday, a month, a date
    ("Tokyo, May 6 (Tuesday).")."""
    words = bracketed.casefold().replace(",", " ").replace(".", " ").split()
    return bool(words) and all(w in WEEKDAYS or w in MONTHS or w.isdigit() for w in words)


# A date written year first, in numbers: "2025/05/06 11:32 JST", "2025-05-06" (a day
# written first, "06/05/2025", is left alone: it reads either way).
_YEAR_FIRST = re.compile(r"(?<![\d/.-])(\d{4})([/.-])(\d{1,2})\2(\d{1,2})(?![\d/.-])")
_DAY_FIRST = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\d/.-])")


def full_date(text: str) -> str | None:
    """The first whole date (day, month and year) in a line, ISO, or None."""
    for found in _DAY_MONTH.finditer(text):
        if found["y"]:
            month = MONTHS[(found["m1"] or found["m2"]).lower().rstrip(".")]
            return _iso(int(found["y"]), month, int(found["d1"] or found["d2"]))
    numeric = _YEAR_FIRST.search(text)
    return _iso(int(numeric[1]), int(numeric[3]), int(numeric[4])) if numeric else None


def dates(text: str) -> list[tuple[str, int, int, int | None]]:
    """Each day a text names, as written, with its month, day and year (None if not given):
    "on 6 May" gives ("6 May", 5, 6, None)."""
    out = []
    for found in _DAY_MONTH.finditer(text):
        month = MONTHS[(found["m1"] or found["m2"]).lower().rstrip(".")]
        year = int(found["y"]) if found["y"] else None
        out.append((found.group(), month, int(found["d1"] or found["d2"]), year))
    return out


def credited_wire(line: str) -> str | None:
    """The wire a credit line names ("(With inputs from Meridian Wire)"), or None: a
    credit in common words ("with inputs from agencies") names none."""
    found = _CREDIT.match(line.strip().lstrip("—–- ").rstrip("."))
    wire = found.group(1).strip() if found else None
    return wire if wire and wire[0].isupper() else None


def dateline_heads(text: str, furniture: Sequence[tuple[int, int]]) -> list[str]:
    """The furniture that is a paragraph's head, not a bullet's label: the datelines."""
    heads = []
    for a, b in furniture:
        head = text[a:b]
        if b < len(text) and text[b] != "\n" and not re.match(r"\s*(?:[-*•·]|\d+[.)])", head):
            heads.append(head)
    return heads


def dated_meta(
    meta: dict[str, Any], furniture: Sequence[str], datelines: Sequence[str]
) -> tuple[dict[str, Any], str | None]:
    """The source fields with what the datelines and furniture give (the curator's first),
    and a date note when a day was found without its year."""
    meta = dict(meta)
    line = read_dateline(datelines[0]) if datelines else Dateline(None, None, None, None)
    credit = next(filter(None, map(credited_wire, furniture)), None)
    if line.agency and not meta.get("publisher") and not credit:
        meta["publisher"] = line.agency  # the wire's own report
    wire = line.agency or credit
    if wire and meta.get("publisher") != wire and not meta.get("via"):
        meta["via"] = wire  # a copy of the wire's report
    if meta.get("published"):
        return meta, None
    # a question's day is what it asks about, its deadline ("Will the two ministers meet
    # before 30 June 2025?", a forecasting page's headline), not the document's own; nor is
    # the day over a post a reply quotes ("On Tue, 6 May 2025 at 22:41, X wrote:")
    told = (f for f in furniture if not f.rstrip().endswith(("?", " wrote:")))
    dated = next(filter(None, map(full_date, told)), None)
    if line.month is None or line.day is None:
        meta["published"] = dated
        return meta, None
    year = line.year or (int(dated[:4]) if dated else None) or _numeric_year(furniture, line)
    if year is None:
        return meta, f"The dateline says {_day(line)}: add the year."
    meta["published"] = _iso(year, line.month, line.day)
    return meta, None


def _numeric_year(furniture: Sequence[str], line: Dateline) -> int | None:
    """A numeric date's year, its day and month the dateline's either way ("05/05/2025")."""
    dated = (m for text in furniture for m in _DAY_FIRST.finditer(text))
    return next(
        (int(m[4]) for m in dated if {int(m[1]), int(m[3])} == {line.day, line.month}), None
    )


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _day(line: Dateline) -> str:
    name = next(k for k, v in MONTHS.items() if v == line.month)  # the full name comes first
    return f"{name.title()} {line.day}"


@lru_cache(maxsize=1)
def name_words() -> dict[str, frozenset[str]]:
    """name_words.tsv read: each kind of word (titles, title modifiers…) and its words."""
    from importlib.resources import files

    rows = files(__package__).joinpath("name_words.tsv").read_text(encoding="utf-8")
    kinds: dict[str, set[str]] = {}
    for row in rows.splitlines():
        if row.strip() and not row.startswith("#"):
            kind, _, words = row.partition("\t")
            kinds.setdefault(kind, set()).update(words.split())
    return {kind: frozenset(words) for kind, words in kinds.items()}


class Gazetteer(NamedTuple):
    """places.tsv read: countries (and their demonyms), capitals (city -> country),
    combining forms ("Indo" -> India) and other places (states, regions, cities)."""

    countries: frozenset[str]
    capitals: dict[str, str]
    demonyms: frozenset[str]
    combining: dict[str, str]
    places: frozenset[str]
    lowered: frozenset[str]  # the demonyms' words in lower case: "african", "philippine"


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    from importlib.resources import files

    rows = files(__package__).joinpath("places.tsv").read_text(encoding="utf-8")
    countries, demonyms, capitals, combining, others = set(), set(), {}, {}, set[str]()
    for country, capital, demonym, form, more in table_rows(rows, 5):
        countries.add(country)
        demonyms.update(demonym.split(";"))
        others.update(filter(None, more.split(";")))
        if capital and capital != country:
            capitals[capital] = country
        if form:
            combining[form] = country
    places = frozenset(others)
    lowered = frozenset(w.lower() for d in demonyms for w in d.split()[-1:])
    return Gazetteer(
        frozenset(countries), capitals, frozenset(demonyms), combining, places, lowered
    )


# Words before a region's adjective, and the adjectives of regions no country has.
COMPASS, REGIONAL = name_words()["compass"], name_words()["regional adjective"]


def regional(words: Sequence[str]) -> bool:
    """A people's or a region's adjective, after compass words or not: "Philippine",
    "Southeast Asian", "Sub-Saharan African", "Middle Eastern" (not "South Pacific")."""
    places, name = gazetteer(), " ".join(words)
    *before, last = re.split(r"[\s–-]+", name.lower())
    adjective = last in REGIONAL | places.lowered or (last in COMPASS and last.endswith("ern"))
    prefixed = all(w in COMPASS | REGIONAL for w in before)  # "Sub-Saharan", "Latin"
    return name not in places.countries and adjective and prefixed
