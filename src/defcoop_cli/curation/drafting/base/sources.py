"""The draft's source entry: the options given, the text's digest, its furniture and
editorial excerpts, a title from its first line where none is given."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from typing import Any


def source_entry(
    text: str,
    source_id: str,
    meta: dict[str, Any],
    furniture: Sequence[tuple[int, int]],
    editorial: Sequence[tuple[int, int]],
    date_note: str | None = None,
) -> dict[str, Any]:
    """The source entry: the options given, the text's digest, furniture, editorial excerpts."""
    return {
        "id": source_id,
        "title": meta.get("title") or _first_line(text),
        "title_assigned_by": "source" if meta.get("title") else "curator",
        "kind": meta.get("kind") or "news article",
        "path": f"sources/{source_id}.txt",
        "sha256": _sha256(text),
        "published": meta.get("published"),
        "date_note": None
        if meta.get("published")
        else date_note or "Undated in the draft: add the date.",
        "publisher": meta.get("publisher"),
        "url": meta.get("url"),
        "via": meta.get("via"),
        "furniture": [{"text": text[a:b], "span": [a, b]} for a, b in furniture],
        "editorial": [{"text": text[a:b], "span": [a, b]} for a, b in editorial],
    }


def _sha256(text: str) -> str:
    """The text's SHA-256 in UTF-8, encoded a piece at a time (never a copy of it whole)."""
    digest = hashlib.sha256()
    for start in range(0, len(text), 16384):
        digest.update(text[start : start + 16384].encode("utf-8"))
    return digest.hexdigest()


def _first_line(text: str) -> str:
    """The first line that is not blank, trimmed, at most 200 characters (never copied
    whole: an article may be one long line); a byte order mark before it is no title's."""
    word = re.search(r"[^\s\ufeff]", text)
    if word is None:
        return "Untitled"
    start = word.start()
    end = text.find("\n", start) % (len(text) + 1)  # -1 (the last line): the text's end
    while text[end - 1].isspace():
        end -= 1
    return text[start : min(end, start + 200)]
