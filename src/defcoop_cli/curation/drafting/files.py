"""The draft command's edges: the request checked, the article read, the draft written."""

from __future__ import annotations

import io
import json
import os
import re
import stat
from array import array
from collections.abc import Generator, Iterable, Iterator, Sequence
from contextlib import closing, contextmanager
from pathlib import Path
from typing import IO, Any

from defcoop_cli.curation.drafting.assembly import Draft
from defcoop_cli.curation.drafting.body.elements.bylines import page_published, with_dateline
from defcoop_cli.curation.drafting.body.elements.cards import card_quotes, with_cards
from defcoop_cli.curation.drafting.body.elements.decks import deck_texts
from defcoop_cli.curation.drafting.claims.whole import kept_under
from defcoop_cli.curation.drafting.discussions.comments import comment_lines
from defcoop_cli.curation.drafting.discussions.held import held_discussion, held_lines
from defcoop_cli.curation.drafting.discussions.reasons import signer_lines
from defcoop_cli.curation.drafting.pages import Page, is_page, page_meta, read_page, text_path
from defcoop_cli.curation.drafting.posts import (
    quoted_posts,
    read_thread,
    thread_lines,
    thread_text,
)
from defcoop_cli.curation.drafting.turns.forms import site_owner
from defcoop_cli.curation.results import Drafted
from defcoop_cli.errors import DENIED, DISK_ERRORS, BadFactBase, UsageError, WriteError
from defcoop_cli.factbase.limits import WRITTEN, without_controls
from defcoop_cli.factbase.records import Doc

_ID = re.compile(r"^[a-z0-9]+(?:[-+][a-z0-9]+)*$")


def check_request(
    source_id: str, meta: dict[str, Any], article: Path, output: Path | None = None
) -> None:
    """Usage errors before any work: a source id of the schema's form, an ISO date, a
    known kind, an article not over the size limit, an output file not there yet in a
    folder that is (checked again as it is written: never over a file made meanwhile)."""
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
    if output is not None:
        _check_output(output)


def _check_output(output: Path) -> None:
    """The draft's file is refused before the draft is made (a page's text saved beside
    it, a large fact base read), where write_new would refuse it after."""
    if os.path.lexists(output):
        raise UsageError(f"{output}: already exists; it was left as it was")
    if not os.path.isdir(output.parent):
        raise UsageError(f"{output}: its folder does not exist")


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
    content: str | None = None,
) -> Drafted:
    """The draft of the article file at path (a UTF-8 text file, read as fact files are, or
    a saved web page: its main text, saved beside it), written to the new file output if
    one is given; else its JSON text for stdout, in pieces, drafted as they are read.
    content: the fact base's content hash (the search index's), under which what a draft
    reads of every fact is kept whole (`claims.whole`)."""
    if any(s.id == source_id for s in doc.sources):  # add would refuse its every fact
        raise UsageError(
            f"--source-id {source_id!r} is a source of the fact bases in use already: "
            "give the article an id of its own"
        )
    with kept_under(content), _collected():  # every fact read as the draft is made
        made = _draft(path, source_id, meta, doc, version)
    if output is None:
        return Drafted(None, _for_stdout(made))
    with closing(draft_text(made, output.parent)) as pieces, _collected():
        write_new(output, pieces)
    return Drafted(output)


@contextmanager
def _collected() -> Iterator[None]:
    """The cyclic collector at Python's own threshold while a draft is made and written: a
    run's is set for a quick start (`cli/entry.YOUNG`), at which a long article's readings
    (some cycles each sentence) held the draft at 11 to 13 times the article's size, over
    the 10 a draft may take (limits.MAX_ARTICLE_BYTES); made at it too, not only written,
    the memory test's many lines take 9.2 times, not 9.75 (the same CPU)."""
    import gc

    was = gc.get_threshold()
    gc.set_threshold(_PYTHONS_YOUNG, *was[1:])
    try:
        yield
    finally:
        gc.set_threshold(*was)


_PYTHONS_YOUNG = 700  # the young generation's threshold Python starts with


def _draft(path: Path, source_id: str, meta: dict[str, Any], doc: Doc, version: str) -> Draft:
    """The draft of the article at path, to be made: the text is held by it alone."""
    text, meta, article, page, decks = _article(path, meta)
    posts = page.posts if page is not None else ()
    # the page's author by its metadata, else its site's name, which speaks its first
    # person only when it is a person of the fact base (turns/speeches.py)
    author = (page.author or page.owner) if page is not None else None
    registers = page.registers if page is not None else ()
    made = Draft(
        text,
        source_id,
        doc,
        meta,
        os.path.abspath(article),
        version,
        posts,
        author,
        decks,
        registers,
    )
    if page is not None:
        made.parts["draft"]["page"] = {"file": os.path.abspath(path), "author": page.author}
    return made


def _article(
    path: Path, meta: dict[str, Any]
) -> tuple[str, dict[str, Any], Path, Page | None, tuple[str, ...]]:
    """The text to draft, its metadata, the file it is in (a page's saved beside it), the
    page, if it is one, and its decks' and pull quotes' texts. The bytes read are not kept."""
    from defcoop_cli.factbase.files import decode_utf8, read_regular_file
    from defcoop_cli.factbase.limits import MAX_ARTICLE_BYTES

    raw = read_regular_file(path, MAX_ARTICLE_BYTES, "article")
    text = decode_utf8(raw, path)
    article, page = path, None
    decks: tuple[str, ...] = ()
    if is_page(path, raw):
        page, article, decks = _page_text(path, text), text_path(path), deck_texts(text)
        text, meta = page.text, page_meta(page, meta)
    if not text.replace("\ufeff", "").strip():  # a byte order mark alone is no article
        raise BadFactBase(f"{path}: the article is empty")
    return text, meta, article, page, decks


def _page_text(path: Path, html: str) -> Page:
    """The page's main text, saved beside it (an identical file already there is kept)."""
    held = held_discussion(html)  # a discussion a comment filter drops, made readable
    page = read_page(with_cards(held.html if held else html))  # a gallery's quote cards too
    if page is None:
        raise BadFactBase(f"{path}: the page has no article text that could be found")
    thread = read_thread(html)  # a forum thread's posts, every one of them, by their members
    page = page._replace(text=thread_text(thread) or page.text) if thread else page
    posts = (*quoted_posts(html, page.author), *card_quotes(html), *thread_lines(thread, page.text))
    posts = (*posts, *comment_lines(html, page.text))  # a page of comments: each its author's
    posts = (*posts, *held_lines(held, page.text))  # a held discussion: each its signer's
    posts = (*posts, *signer_lines(html, page.text))  # a petition's signers' comments
    page = page._replace(posts=posts, owner=site_owner(html))
    page = page._replace(text=with_dateline(page.text, html))  # a byline block's dateline
    page = page._replace(published=page_published(html, page.published))
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
    write_new(saved, [page.text], "the page's text")
    return page


def draft_text(made: Draft, folder: Path | None = None) -> Generator[str, None, None]:
    """The draft's JSON text in pieces, byte for byte what dumps (curation.writing) writes
    of the whole draft, never held whole: each fact is written to a temporary file as it is
    made (in folder; None: the system's temporary folder, or memory when none can be used),
    then come the parts before the facts (with the entities they named), the facts read
    back, and the parts after them."""
    with _spill_file(folder) as spill:
        sizes = _spill(made.facts(), spill)
        spill.seek(0)
        yield from _gathered(_document(made, sizes, spill))


def _document(made: Draft, sizes: Sequence[int], spill: IO[str]) -> Iterator[str]:
    """The draft's JSON text in small pieces: its parts, each written as json writes it (in
    pieces), the new entities one by one, and the facts (`sizes`: each one's characters)
    read back from spill (those the draft unlinks from a claim, known once all are made,
    made again: `Draft.final`)."""
    yield "{"
    for n, key in enumerate(sorted([*made.parts, "entities", "facts"])):
        yield ("\n  " if n == 0 else ",\n  ") + json.dumps(key, ensure_ascii=False) + ": "
        if key == "entities":
            yield from _elements(without_controls("entities", e) for e in made.entities())
        elif key != "facts":
            part = made.parts[key]
            if key in WRITTEN and isinstance(part, list):
                part = [without_controls(key, entry) for entry in part]
            for piece in _ENCODER.iterencode(part):
                yield piece.replace("\n", "\n  ")
        elif sizes:
            yield "["
            yield from _facts_read_back(made, sizes, spill)
            yield "\n  ]"
        else:
            yield "[]"
    yield "\n}\n"


def _facts_read_back(made: Draft, sizes: Sequence[int], spill: IO[str]) -> Iterator[str]:
    """The spilled facts' text: as written, in chunks; when the draft unlinks some, fact by
    fact, those made again."""
    unlinked = made.unlinked()
    if not unlinked:
        while chunk := spill.read(_CHUNK):
            yield chunk
        return
    for n, size in enumerate(sizes):
        text = spill.read(size)
        if n in unlinked:
            fact = made.final(json.loads(text.lstrip(",")), unlinked[n])
            text = _element(n, fact)
        yield text


def _elements(items: Iterable[dict[str, Any]]) -> Iterator[str]:
    """A list of the draft's as dumps writes it there, its items made one at a time."""
    count = 0
    for count, item in enumerate(items, 1):
        yield ("[\n    " if count == 1 else ",\n    ") + _nested(item, "\n    ")
    yield "\n  ]" if count else "[]"


# dumps's encoder; its iterencode gives the text in pieces, never joined (with an indent,
# json encodes in Python, piece by piece).
_ENCODER = json.JSONEncoder(indent=2, sort_keys=True, ensure_ascii=False)


def _gathered(pieces: Iterable[str]) -> Iterator[str]:
    """The pieces joined into runs of about _CHUNK characters."""
    run: list[str] = []
    size = 0
    for piece in pieces:
        run.append(piece)
        size += len(piece)
        if size >= _CHUNK:
            yield "".join(run)
            run, size = [], 0
    if run:
        yield "".join(run)


def _for_stdout(made: Draft) -> Generator[str, None, None]:
    """draft_text for stdout: a temporary file that cannot be written is WriteError (exit
    74), said before anything is written."""
    try:
        with _collected():
            yield from draft_text(made)
    except OSError as e:
        raise WriteError(
            f"cannot write the draft's facts to a temporary file: {e.strerror or e}"
        ) from None


_CHUNK = 16 * 1024  # characters written at a time: few writes, little held


def _spill_file(folder: Path | None) -> IO[str]:
    """A temporary file with no name (nothing is left behind, even by kill -9) in folder,
    else in the system's temporary folder, else (none can be used) memory."""
    import tempfile

    try:
        return tempfile.TemporaryFile("w+", encoding="utf-8", dir=folder)
    except OSError:
        if folder is not None:
            raise
        return io.StringIO()


def _spill(facts: Iterable[dict[str, Any]], spill: IO[str]) -> Sequence[int]:
    """Write each fact as an element of the draft's list of facts; the characters of each
    (in an array: 8 bytes a fact where a list of ints took 40)."""
    return array("q", (spill.write(_element(n, fact)) for n, fact in enumerate(facts)))


def _element(n: int, fact: dict[str, Any]) -> str:
    """The n-th fact as an element of the draft's list of facts (its written texts as
    `add` takes them: `limits.without_controls`)."""
    return ("\n    " if n == 0 else ",\n    ") + _nested(without_controls("facts", fact), "\n    ")


def _nested(value: Any, newline: str) -> str:
    """value as dumps writes it inside the draft, newline and its indent before each line
    but the first (a JSON string never holds a raw line break)."""
    return json.dumps(value, indent=2, sort_keys=True, ensure_ascii=False).replace("\n", newline)


def write_new(path: Path, pieces: Iterable[str], what: str = "the draft") -> None:
    """Write the draft (or what), in pieces, to a new file: never over an existing one (a
    usage error), and nothing left of it when a piece cannot be made or written. What a
    writer killed outright left in its folder (its temporary files, its lock files) goes
    first."""
    from defcoop_cli.factbase.files import new_file_mode, write_atomically
    from defcoop_cli.factbase.locking import tidy

    def write(temporary: Path) -> None:
        with temporary.open("w", encoding="utf-8") as f:
            for piece in pieces:
                f.write(piece)

    tidy(path.parent)
    try:
        write_atomically(path, write, new_file_mode(), replace=False, durable=True)
    except FileNotFoundError:
        raise UsageError(f"{path}: its folder does not exist") from None
    except OSError as e:
        # A full or failing disk, or a folder not ours to write, is exit 74; the rest the path's.
        error = WriteError if e.errno in DISK_ERRORS | DENIED else UsageError
        raise error(f"{path}: cannot write {what}: {e.strerror or e}") from None
