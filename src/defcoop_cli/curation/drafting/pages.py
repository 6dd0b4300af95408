"""A saved web page read as an article: its main text (navigation, ads, "most read", share
buttons and footers left out) and what its metadata says of it, by trafilatura.

A file is read as a page when its name ends in .html, .htm or .xhtml, or when its first
bytes (after a byte-order mark and white space) open an HTML document: `<!doctype html`,
`<html`, or a comment or `<head` before one of them.
The main text is what quotes and spans refer to: `draft` saves it beside the page (page.html:
page.txt), and `add` copies that file as the source's text.
"""

from __future__ import annotations

import re
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
