"""Sentence spans of a source text: used for coverage checks and for `show --context`."""

from __future__ import annotations

import re

# A sentence ends at . ! or ? (perhaps inside a closing bracket or quote, which stays with
# it) followed by space and a capital, digit or opening bracket, unless a quotation opened
# in it is still open (a quote of several sentences is one: `"We train. We build," he
# said.`); a line break always ends one.
_BOUNDARY = re.compile(r"(?<=[.!?])([)\"'”’]*)\s+(?=[A-Z0-9(\"“‘'])")
# An unclosed quotation (a typo, or a quote that runs on into the next paragraph) holds a
# sentence open for at most this many characters.
MAX_QUOTED = 600
# A full stop after these does not end a sentence: titles, "No. 5", months, "Co.", "vs."
ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "cmdr",
        "adm",
        "sgt",
        "brig",
        "sr",
        "jr",
        "st",
        "no",
        "nos",
        "vol",
        "fig",
        "inc",
        "ltd",
        "co",
        "corp",
        "dept",
        "govt",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "vs",
        "approx",
        "est",
        "rev",
        "hon",
    ]
)
_LIST_NUMBER = re.compile(r"\s*\(?\d{1,3}\.")
_INITIALS = re.compile(r"^(?:[A-Za-z]\.)*[A-Za-z]$")  # U.S, U.K, J (an initial)


def _abbreviation(before: str) -> bool:
    """Whether the text before a full stop ends in an abbreviation, not a sentence."""
    if not before.endswith("."):
        return False
    if _LIST_NUMBER.fullmatch(before):  # "1. The two sides agreed…": a numbered point
        return True
    head = before[:-1].removesuffix("\n")  # (a line's text has no line feed)
    if not head or head[-1].isspace():  # no word right before the stop
        return False
    # The last word, read from the end: a search for `\S+$` tries every position of the
    # text before it, which made a long line's sentences quadratic.
    token = head.rsplit(None, 1)[-1].lstrip("([\"“‘'")
    return token.lower() in ABBREVIATIONS or bool(_INITIALS.match(token))


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) spans of the text's sentences, whitespace trimmed, in order."""
    spans: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", text):
        start, body = line.start(), line.group()
        for boundary in _BOUNDARY.finditer(body):
            if _abbreviation(body[: boundary.start()]):
                continue
            end = line.start() + boundary.end(1)
            if quote_open(text[start:end]) and end - start < MAX_QUOTED:
                continue
            spans.append((start, end))
            start = line.start() + boundary.end()
        spans.append((start, line.end()))
    return [_trim(text, s, e) for s, e in spans if text[s:e].strip()]


def quote_open(sentence: str) -> bool:
    """Whether a double quotation opened in the sentence is not closed in it."""
    return sentence.count("“") > sentence.count("”") or sentence.count('"') % 2 == 1


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def context_span(text: str, span: tuple[int, int], around: int) -> tuple[int, int]:
    """The sentences holding span, widened by `around` sentences on each side."""
    spans = sentence_spans(text)
    if not spans:
        return span
    first = next((i for i, (_, e) in enumerate(spans) if e > span[0]), len(spans) - 1)
    last = next((i for i, (s, _) in reversed(list(enumerate(spans))) if s < span[1]), first)
    first, last = max(0, first - around), min(len(spans) - 1, max(first, last) + around)
    return min(spans[first][0], span[0]), max(spans[last][1], span[1])
