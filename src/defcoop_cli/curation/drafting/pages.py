"""A saved web page read as an article: its main text (navigation, ads, "most read", share
buttons and footers left out) and what its metadata says of it, by trafilatura; and the
furniture of news pages, in a page's text or a plain one (`is_furniture`): labels, notices,
captions, calls to the outlet's channels, headings (segments reads them line by line).

A file is read as a page when its name ends in .html, .htm or .xhtml, or when its first
bytes (after a byte-order mark and white space) open an HTML document: `<!doctype html`,
`<html`, or a comment or `<head` before one of them.
The main text is what quotes and spans refer to: `draft` saves it beside the page (page.html:
page.txt), and `add` copies that file as the source's text.
"""

from __future__ import annotations

import re
from itertools import islice
from pathlib import Path
from typing import Any, NamedTuple

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
    import trafilatura

    found = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        favor_precision=True,
    )
    text = _field_text(found)
    if not text.strip():
        return None
    return Page(
        text,
        _field(found, "title"),
        _date(_field(found, "date")),
        _field(found, "sitename"),
        _field(found, "author"),
        _field(found, "url"),
    )


def page_meta(page: Page, given: dict[str, Any]) -> dict[str, Any]:
    """The source fields: what the curator gave first, then what the page says."""
    proposed = {
        "title": page.title,
        "published": page.published,
        "publisher": page.publisher,
        "url": page.url if page.url and page.url.startswith(("http://", "https://")) else None,
    }
    return {**given, **{k: v for k, v in proposed.items() if not given.get(k) and v}}


def _field_text(found: Any) -> str:
    """The main text, one paragraph a line ("" when there is none)."""
    text = getattr(found, "text", None)
    return _lines(text) if isinstance(text, str) and text.strip() else ""


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
    "Photo:", "Related:", "Reporting by", a correction notice), lines ending in ':', lines
    wholly in brackets (a photo credit, a release number), captions ending in a photo
    credit, the page's notices (copyright) and calls to its channels, and short lines
    without final punctuation (first: a line of the head, the headline or standfirst, at
    any length up to HEADLINE_WORDS)."""
    if _PAGE_LABEL.match(line.lstrip("—–-* ")) or line.endswith(":"):
        return True
    if _BRACKETED.fullmatch(line):
        return True
    if _NOTICE.match(line) or _CREDIT_END.search(line) or _channels(line):
        return True
    most = HEADLINE_WORDS if first else FURNITURE_WORDS
    words = islice(_WORD.finditer(line), most + 1)  # never the words of a whole long line
    return sum(1 for _ in words) <= most and not re.search(r"[.!?…\"”’)]$", line)


_WORD = re.compile(r"\S+")  # a word as str.split() finds it


_PAGE_LABEL = re.compile(
    r"also (?:read|watch|see|listen)\b|(?:read more|see also|related|photo(?:graph)?|image|picture"
    r"|caption|file photo|correction|watch|listen|video|trending|recommended|must read"
    r"|don'?t miss|tags|topics|filed under|keywords|disclaimer|first published|published"
    r"|updated|last updated)\s*[:|]|(?:reporting|editing|writing|reported|edited|written"
    r"|produced|translated|posted|curated) by\b|additional reporting by\b|with inputs from\b"
    r"|compiled by\b|an earlier version of this (?:story|article)\b|(?:the )?views expressed"
    # a caption with no credit: "File photo of …", "Representational image"
    r"|(?:file|representational|representative) (?:photo|image|picture|pic)\b"
    r"|image for representation\b"
    # a date line with a label: "Published on May 5, 2025.", "Updated: 5 May 2025, 9:05"
    r"|(?:first |last )?(?:published|updated|posted)(?: on| at)?\s*[:|–—-]?\s*(?:\d|(?:jan|feb"
    r"|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d)"
    # the author's note closing a piece: "The writer is a former ambassador."
    r"|the (?:writer|author|columnist)s? (?:is|are|was|were|has|teaches|studies)\b"
    # a paper's copy note: "This story has been published from a wire agency feed…"
    r"|this (?:story|article|report|copy) (?:has (?:not )?been|was|is) (?:\w+ )?"
    r"(?:published|edited|generated|auto-generated|syndicated|sourced|carried)\b"
    # where it ran first: "This article first appeared in …", "A version of this story…"
    r"|(?:this|a version of this) (?:story|article|report|piece) (?:first |originally )?"
    r"(?:appeared|appears|ran|was first published)\b",
    re.IGNORECASE,
)
_BRACKETED = re.compile(r"\([^()]*\)")
# The page's own notice: "© 2025 The Ledger", "Copyright 2025 Tsubame Press. All rights
# reserved.", "(c) 2025 …".
_NOTICE = re.compile(
    r"(?:©|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\))?\s*\d{4})|.{0,200}\ball rights reserved\W*$",
    re.IGNORECASE,
)
# A caption: a line that ends in its photo's credit ("… on Monday. Photo: Handout",
# "… in Tokyo. (PTI Photo)", "… (Image courtesy: X)").
_CREDIT_END = re.compile(
    r"(?:\b(?:photo(?:graph)?|image|picture|pic|video) ?(?:credit|courtesy|source)?\s*:"
    r"\s*[^.:;]{1,40}"
    r"|\([^()]{0,40}\b(?:photo|image|picture|file)s?\b[^()]{0,40}\))\s*$",
    re.IGNORECASE,
)
# A call to the outlet's channels, opening the line: "Follow us on WhatsApp for the
# latest updates", "Subscribe to our newsletter", "Download the app". A report's
# sentences have a subject; a line that opens on an imperative speaks to the reader.
_CALL = re.compile(
    r"(?:for (?:the )?(?:latest|more)\b[^,]{0,40}, )?"  # "For more news, follow us on X"
    r"(?:follow|subscribe|sign up|join|download|get|stay|click|tap|like us|read|catch|watch"
    r"|listen|check out)(?![\w-])",
    re.IGNORECASE,
)
_CHANNEL = re.compile(
    r"\b(?:us|our|updates|latest news|newsletters?|app|apps|alerts|notifications|channel"
    r"|inbox|whatsapp|telegram|google news|instagram|facebook|youtube|twitter|linkedin"
    r"|threads|on x|here|(?:full|complete) (?:story|coverage|report)|more (?:\w+ )?news)\b",
    re.IGNORECASE,
)
CHANNEL_WORDS = 25  # a call to the channels is a line of at most so many words


def _channels(line: str) -> bool:
    """Whether the line calls the reader to the outlet's channels ("Follow us on…")."""
    if not _CALL.match(line) or len(line.split(maxsplit=CHANNEL_WORDS)) > CHANNEL_WORDS:
        return False
    return _CHANNEL.search(line) is not None
