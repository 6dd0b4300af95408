"""Sentence spans of a source text: used for coverage checks and for `show --context`."""

from __future__ import annotations

import re

# A sentence ends at . ! or ? (perhaps inside a closing bracket or quote) followed by
# space and a capital, digit or opening bracket; a line break always ends one.
_BOUNDARY = re.compile(r"(?<=[.!?])[)\"'”’]*\s+(?=[A-Z0-9(\"“‘])")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) spans of the text's sentences, whitespace trimmed, in order."""
    spans: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", text):
        start = line.start()
        for boundary in _BOUNDARY.finditer(line.group()):
            spans.append((start, line.start() + boundary.start()))
            start = line.start() + boundary.end()
        spans.append((start, line.end()))
    return [_trim(text, s, e) for s, e in spans if text[s:e].strip()]


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
