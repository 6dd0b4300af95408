"""How big an input may be: files, queries and arguments are bounded before any work; and
what a text a curator writes may hold."""

from __future__ import annotations

import re

TYPE_CHECKING = False  # typing is imported by mypy alone: a search loads no typing
if TYPE_CHECKING:
    from collections.abc import Iterator
    from typing import Any

MAX_FACT_FILE_BYTES = 128 * 1024 * 1024
MAX_SOURCE_BYTES = 16 * 1024 * 1024
# An article to draft: a long news article is some 50 KB, a long report a few hundred. Its
# draft takes about 5 s a megabyte and at most 10 times its size in memory (its JSON, some
# 14 times the article, is written as it is made), so a bigger text is refused before any
# work.
MAX_ARTICLE_BYTES = 2 * 1024 * 1024
MAX_QUERY_CHARS = 500
# Ids, topic, entity, type and source names: a real one is far shorter (ids are at most 120).
MAX_NAME_CHARS = 200
MAX_PATH_CHARS = 4096
# A message quotes at most this much of what the user typed, then an ellipsis.
QUOTED_CHARS = 60


def shortened(value: str, most: int = QUOTED_CHARS) -> str:
    """value cut to `most` characters with an ellipsis, for quoting in a message."""
    return value if len(value) <= most else value[: most - 1] + "…"


# What a text a curator writes (a statement, a name, a note) may not hold: C0 and C1
# controls and DEL (ESC starts a terminal's commands, a tab or line feed breaks a one-line
# text), the line and paragraph separators, the bidirectional embeddings, overrides and
# isolates (they reorder what is shown), and lone surrogates (half a character, which no
# UTF-8 file holds). A quote is the source's own words and may hold them: the read side
# draws them as escapes.
# Compiled on first use (re caches it): a search, which imports this module, needs none.
CONTROLS = r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
# The texts a curator writes, by list and field (a list of texts or one text).
WRITTEN = {
    "facts": ("statement", "attribution", "keywords"),
    "entities": ("name", "aliases"),
    "topics": ("title", "description", "aliases", "short"),
    "curator_notes": ("text", "short"),
    "events": ("title", "place", "date_note"),
    "sources": ("title", "publisher", "via", "date_note"),
}


def _texts(name: str, entry: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """(field, text) for each written text of an entry of the list `name` (the field of a
    list: 'aliases[1]'), a drafted fact's conflicts' values and agreeing offices too
    ('conflicts[0].this', 'office_agrees[0].text')."""
    for field in WRITTEN.get(name, ()):
        value = entry.get(field)
        if isinstance(value, str):
            yield field, value
        elif isinstance(value, list):
            yield from ((f"{field}[{at}]", t) for at, t in enumerate(value) if isinstance(t, str))
    conflicts = entry.get("conflicts") if name == "facts" else None
    for n, c in enumerate(conflicts if isinstance(conflicts, list) else ()):
        if isinstance(c, dict):
            if isinstance(c.get("this"), str):
                yield f"conflicts[{n}].this", c["this"]
            others = c.get("others")
            for k, o in enumerate(others if isinstance(others, list) else ()):
                if isinstance(o, dict) and isinstance(o.get("text"), str):
                    yield f"conflicts[{n}].others[{k}].text", o["text"]
    agrees = entry.get("office_agrees") if name == "facts" else None
    for n, a in enumerate(agrees if isinstance(agrees, list) else ()):
        if isinstance(a, dict) and isinstance(a.get("text"), str):  # a role's, once added
            yield f"office_agrees[{n}].text", a["text"]


def control_characters(name: str, entry: Any) -> Iterator[tuple[str, str]]:
    """(field, what is wrong) for each written text of an entry of the list `name` that
    holds a control character: 'holds \\x1b at 12' (the field of a list: 'aliases[1]')."""
    if not isinstance(entry, dict):
        return
    for where, text in _texts(name, entry):
        found = re.search(CONTROLS, text)
        if found is not None:
            code = ord(found.group())
            shown = f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
            yield where, f"holds a control character, {shown}, at {found.start()}"


def without_controls(name: str, entry: Any) -> Any:
    """The entry of the list `name` as a writer proposes it (a new dict where it changes):
    its written texts (WRITTEN, a drafted fact's conflicts' values and agreeing offices)
    without control characters - a terminal's escape sequence gone whole, a tab, line
    break or separator as one space, runs of space as one, any other control dropped - and
    no alias left that is its name. What a draft proposes is what `add` takes (an
    article's tab or ESC stays in its quote alone)."""
    if next(control_characters(name, entry), None) is None:
        return entry
    clean = dict(entry)
    for field in WRITTEN[name]:
        value = clean.get(field)
        if isinstance(value, str):
            clean[field] = _cleaned(value)
        elif isinstance(value, list):
            texts = [_cleaned(t) if isinstance(t, str) else t for t in value]
            if field == "aliases":
                texts = [t for t in dict.fromkeys(texts) if t != clean.get("name")]
            clean[field] = texts
    if name == "facts" and isinstance(clean.get("conflicts"), list):
        clean["conflicts"] = [_conflict_cleaned(c) for c in clean["conflicts"]]
    if name == "facts" and isinstance(clean.get("office_agrees"), list):
        clean["office_agrees"] = [
            {**a, "text": _cleaned(a["text"])}
            if isinstance(a, dict) and isinstance(a.get("text"), str)
            else a
            for a in clean["office_agrees"]
        ]
    return clean


def _conflict_cleaned(conflict: Any) -> Any:
    """A drafted conflict with its values cleaned (`_cleaned`)."""
    if not isinstance(conflict, dict):
        return conflict
    clean = dict(conflict)
    if isinstance(clean.get("this"), str):
        clean["this"] = _cleaned(clean["this"])
    if isinstance(clean.get("others"), list):
        clean["others"] = [
            {**o, "text": _cleaned(o["text"])}
            if isinstance(o, dict) and isinstance(o.get("text"), str)
            else o
            for o in clean["others"]
        ]
    return clean


# A terminal's escape sequences, each gone whole: CSI ("\x1b[31m"), OSC ("\x1b]0;…\x07"), and
# an ESC with the one character after it.
_SEQUENCES = r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]{0,200}(?:\x07|\x1b\\)?|\x1b[@-_]?"


def _cleaned(text: str) -> str:
    """text with its escape sequences gone, its spacing controls as spaces (runs made one)
    and other controls gone."""
    text = re.sub(_SEQUENCES, "", text)
    spaced = re.sub(r"[ \t\n\v\f\r\x1c-\x1f\x85\u2028\u2029]+", " ", text)
    return re.sub(CONTROLS, "", spaced)
