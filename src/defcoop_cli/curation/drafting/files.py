"""The draft command's edges: the request checked, the article read, the draft written."""

from __future__ import annotations

import json
import os
import re
import stat
from pathlib import Path
from typing import Any

from defcoop_cli.curation.drafting.assembly import draft
from defcoop_cli.curation.drafting.pages import Page, is_page, page_meta, read_page, text_path
from defcoop_cli.curation.results import Drafted
from defcoop_cli.errors import DISK_ERRORS, BadFactBase, UsageError, WriteError
from defcoop_cli.factbase.records import Doc

_ID = re.compile(r"^[a-z0-9]+(?:[-+][a-z0-9]+)*$")


def check_request(source_id: str, meta: dict[str, Any], article: Path) -> None:
    """Usage errors before any work: a source id of the schema's form, an ISO date, a
    known kind, an article not over the size limit."""
    from datetime import date

    from defcoop_cli.factbase.vocab import SOURCE_KINDS

    if not _ID.match(source_id) or len(source_id) > 120:
        raise UsageError(
            f"--source-id {source_id!r} is not an id: lower-case letters and digits joined by "
            "hyphens, as in 'ani-2025-05-05'"
        )
    if meta.get("published"):
        try:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta["published"]):
                raise ValueError("not YYYY-MM-DD")
            date.fromisoformat(meta["published"])
        except ValueError:
            raise UsageError(
                f"--published {meta['published']!r} is not a date: use YYYY-MM-DD"
            ) from None
    if meta.get("kind") and meta["kind"] not in SOURCE_KINDS:
        raise UsageError(f"--kind {meta['kind']!r} is not one of: {', '.join(SOURCE_KINDS)}")
    _check_size(article)


def _check_size(article: Path) -> None:
    """An article over MAX_ARTICLE_BYTES is refused at once; one that cannot be looked at is
    left to the reading, which says why."""
    from defcoop_cli.factbase.limits import MAX_ARTICLE_BYTES

    try:
        found = os.stat(article)
    except (OSError, ValueError):
        return
    if stat.S_ISREG(found.st_mode) and found.st_size > MAX_ARTICLE_BYTES:
        raise UsageError(
            f"{article}: the article is {found.st_size:,} bytes; draft takes at most "
            f"{MAX_ARTICLE_BYTES:,} (2 MiB): draft it in parts"
        )


def draft_file(
    path: Path,
    source_id: str,
    meta: dict[str, Any],
    doc: Doc,
    version: str,
    output: Path | None = None,
) -> Drafted:
    """The draft of the article file at path (a UTF-8 text file, read as fact files are, or
    a saved web page: its main text, saved beside it), written to the new file output if
    one is given."""
    from defcoop_cli.factbase.files import decode_utf8, read_regular_file
    from defcoop_cli.factbase.limits import MAX_ARTICLE_BYTES

    raw = read_regular_file(path, MAX_ARTICLE_BYTES, "article")
    text = decode_utf8(raw, path)
    article, page = path, None
    if is_page(path, raw):
        page, article = _page_text(path, text), text_path(path)
        text, meta = page.text, page_meta(page, meta)
    if not text.strip():
        raise BadFactBase(f"{path}: the article is empty")
    document = draft(text, source_id, doc, meta, os.path.abspath(article), version)
    if page is not None:
        document["draft"]["page"] = {"file": os.path.abspath(path), "author": page.author}
    if output is not None:
        write_new(output, dumps(document))
    return Drafted(document, output)


def _page_text(path: Path, html: str) -> Page:
    """The page's main text, saved beside it (an identical file already there is kept)."""
    page = read_page(html)
    if page is None:
        raise BadFactBase(f"{path}: the page has no article text that could be found")
    saved = text_path(path)
    try:
        if saved.read_text(encoding="utf-8") == page.text:
            return page
    except FileNotFoundError:
        pass
    except (OSError, UnicodeDecodeError):
        raise UsageError(f"{saved}: already there and not the page's text: move it") from None
    else:
        raise UsageError(f"{saved}: already there and not the page's text: move it")
    write_new(saved, page.text, "the page's text")
    return page


def dumps(draft_doc: dict[str, Any]) -> str:
    """Stable, diff-friendly JSON: sorted keys, two-space indents, one fact per block."""
    return json.dumps(draft_doc, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def write_new(path: Path, body: str, what: str = "the draft") -> None:
    """Write the draft (or what) to a new file: never over an existing one (a usage
    error)."""
    from defcoop_cli.factbase.files import write_atomically

    try:
        write_atomically(
            path,
            lambda tmp: tmp.write_text(body, encoding="utf-8"),
            0o644,
            replace=False,
            durable=True,
        )
    except FileNotFoundError:
        raise UsageError(f"{path}: its folder does not exist") from None
    except OSError as e:
        # A full or failing disk is an I/O error (exit 74); anything else is the path's fault.
        error = WriteError if e.errno in DISK_ERRORS else UsageError
        raise error(f"{path}: cannot write {what}: {e.strerror or e}") from None
