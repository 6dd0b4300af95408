"""Sentence spans of a source text (for `show --context` too), and a source's coverage:
how much of its body (furniture left out) and of each sentence its facts' spans cover,
counted in C. checks.coverage_gaps names the sentences covered too little;
index.checked.validated keeps what source_coverage measures."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Any, NamedTuple

from defcoop_cli.factbase.records import Doc

# A sentence ends at . ! or ? (perhaps inside a closing bracket or quote, which stays with
# it) followed by space and a capital, digit or opening bracket, unless a quotation opened
# in it is still open (a quote of several sentences is one: `"We train. We build," he
# said.`); a line break always ends one.
# (The stop is matched, not looked behind for: a search for a pattern that begins with a
# set of characters skips to them in C, three times as fast.) Citation markers after the
# stop ("… in 2014.[1][2] The …", "….¹ The …", a paper's "… in 2024.(3) The …" and "…
# in 2024.[^3] The …") are the sentence's neighbours, in neither.
_BOUNDARY = re.compile(
    r"[.!?]([)\"'”’]*)(?:\[(?:\d{1,3}|[a-z]|\^\d{1,3})\]|\(\d{1,3}\)|[¹²³⁰⁴-⁹])*\s+(?=[A-Z0-9(\"“‘'])"
)
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
        "cdr",  # Commander, as Indian and Commonwealth navies shorten it
        "amb",  # Ambassador: "Amb. (retd) Suresh Pillai"
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
_LIST_NUMBER = re.compile(r"\(?\d{1,3}\.")
_INITIALS = re.compile(r"^(?:[A-Za-z]\.)*[A-Za-z]$")  # U.S, U.K, J (an initial)
# A document's part numbered in Roman numerals: "… are at Annex I. The talks …" ends there.
_NUMBERED_PART = re.compile(
    r"(?i:annex|annexure|appendix|schedule|enclosure|part|chapter|table|article|section)\s+[IVX]$"
)


def _abbreviation(text: str, stop: int, line: int, lead: int) -> bool:
    """Whether the text of the line starting at `line` before stop, a full stop, ends in
    an abbreviation, not a sentence. lead: the length of the line's leading whitespace.
    Only the last word is read (never the whole text before it), so a long line costs time
    in proportion."""
    if text[stop - 1 : stop] != "." or stop <= line:
        return False
    if stop - line - lead <= 5 and _LIST_NUMBER.fullmatch(text, line + lead, stop):
        return True  # "1. The two sides agreed…": a numbered point
    start = word_start(text, line, stop - 1)
    if start == stop - 1:
        return False
    token = text[start : stop - 1].lstrip("([\"“‘'")
    if len(token) == 1 and token.islower() and text[start - 2 : start - 1].isdigit():
        return False  # a unit after a number, no initial: "from 1100 to 1230 h. The talks…"
    if token in ("I", "V", "X") and _NUMBERED_PART.search(text, max(line, start - 12), stop - 1):
        return False  # "at Annex I.": a part's number, no initial
    return token.lower() in ABBREVIATIONS or bool(_INITIALS.match(token))


def word_start(text: str, line: int, end: int) -> int:
    """Where the word ending at end begins: just after the last white space before it,
    or at line. Found by str.rfind for a space (in C), then stepped back by hand only if
    the word holds other white space (a tab, a no-break space); the same answer as a step
    per character, which took a third of the coverage check's time."""
    space = text.rfind(" ", line, end)
    start = line if space < 0 else space + 1
    word = text[start:end]
    if word and word.split() == [word]:
        return start
    at = end
    while at > start and not text[at - 1].isspace():
        at -= 1
    return at


_LINE = re.compile(r"[^\n]+")


def sentence_spans(
    text: str, start: int = 0, end: int | None = None, quotations: bool = True
) -> list[tuple[int, int]]:
    """[start, end) spans of the sentences of text (of text[start:end], as if it were the
    whole text, without copying it), whitespace trimmed, in order. quotations=False: a
    quotation holds no sentence open (a quotation's own sentences, for a draft)."""
    spans: list[tuple[int, int]] = []
    for line in _LINE.finditer(text, start, len(text) if end is None else end):
        begins = at = line.start()
        lead = 0
        while lead < line.end() - begins and _blank(text[begins + lead]):
            lead += 1
        # A line with no double quotation mark opens none (quote_open's answer, uncounted).
        quoted = quotations and (
            text.find('"', begins, line.end()) >= 0 or text.find("“", begins, line.end()) >= 0
        )
        for boundary in _BOUNDARY.finditer(text, begins, line.end()):
            # A stop is the line's own (the search begins at the line: as in a slice,
            # nothing comes before its start), and not an abbreviation's.
            if _abbreviation(text, boundary.start() + 1, begins, lead):
                continue
            stop = boundary.end(1)
            # Only a sentence short enough to be held open is counted for quotes: the count
            # is then bounded, however many boundaries a long line has.
            if quoted and stop - at < MAX_QUOTED and quote_open(text[at:stop]):
                continue
            spans.append((at, stop))
            at = boundary.end()
        spans.append((at, line.end()))
    trimmed = (_trim(text, s, e) for s, e in spans)
    return [(s, e) for s, e in trimmed if e > s]


def quote_open(sentence: str) -> bool:
    """Whether a double quotation opened in the sentence is not closed in it."""
    return sentence.count("“") > sentence.count("”") or sentence.count('"') % 2 == 1


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and _blank(text[start]):
        start += 1
    while end > start and _blank(text[end - 1]):
        end -= 1
    return start, end


def _blank(char: str) -> bool:
    """White space, or a byte order mark (U+FEFF, saved before a text by some editors):
    no part of a sentence."""
    return char.isspace() or char == "\ufeff"


def context_span(text: str, span: tuple[int, int], around: int) -> tuple[int, int]:
    """The sentences holding span, widened by `around` sentences on each side."""
    spans = sentence_spans(text)
    if not spans:
        return span
    first = next((i for i, (_, e) in enumerate(spans) if e > span[0]), len(spans) - 1)
    last = next((i for i, (s, _) in reversed(list(enumerate(spans))) if s < span[1]), first)
    first, last = max(0, first - around), min(len(spans) - 1, max(first, last) + around)
    return min(spans[first][0], span[0]), max(spans[last][1], span[1])


# ---- coverage


class SentenceCoverage(NamedTuple):
    span: tuple[int, int]
    covered: float


class Coverage(NamedTuple):
    """How much of a source's body text (furniture left out) the facts' spans cover."""

    source: str
    body: float
    sentences: tuple[SentenceCoverage, ...]

    @property
    def lowest(self) -> float:
        return min((s.covered for s in self.sentences), default=1.0)


# How a source's coverage is measured: source_coverage, or its kept result (index.checked).
Measure = Callable[[Doc, str, str, list[tuple[int, int]]], Coverage]


def _mask(length: int, spans: Iterable[tuple[int, int]]) -> bytearray:
    mask = bytearray(length)
    for start, end in spans:
        mask[max(start, 0) : min(end, length)] = b"\x01" * max(0, min(end, length) - max(start, 0))
    return mask


# Each ASCII byte to 1, or to 0 where str.isspace() holds (the fast path of _non_space).
_ASCII_NON_SPACE = bytes(int(not chr(b).isspace()) for b in range(256))


def _non_space(text: str) -> bytearray:
    """1 for each character of text that is not white space (nor a byte order mark), 0 for
    each that is: in C
    (bytes.translate; re's \\s is str.isspace), not a Python step per character."""
    if text.isascii():
        return bytearray(text.encode("ascii").translate(_ASCII_NON_SPACE))
    flags = re.sub(r"[\s\ufeff]", "\x00", re.sub(r"[^\s\ufeff]", "\x01", text))
    return bytearray(flags.encode("ascii"))


def _both(a: bytearray, b: bytearray) -> bytes:
    """Where two masks of 0s and 1s of the same length both hold 1 (one big-int AND)."""
    both = int.from_bytes(a, "little") & int.from_bytes(b, "little")
    return both.to_bytes(len(a), "little")


def source_coverage(
    doc: Doc, source_id: str, text: str, spans: Iterable[tuple[int, int]] | None = None
) -> Coverage:
    """How much of the source's text its facts cover, counting the characters that are
    neither white space nor furniture; spans, the spans of its facts, when the caller has
    them (all_problems groups them once for every source)."""
    source = next(s for s in doc.sources if s.id == source_id)
    if spans is None:
        spans = [f.span for f in doc.facts if f.source == source_id]
    counted = _non_space(text)
    for ex in source.furniture:
        start, end = max(ex.span[0], 0), min(ex.span[1], len(text))
        counted[start:end] = bytes(max(0, end - start))
    covered = _both(counted, _mask(len(text), spans))
    sentences = []
    for start, end in sentence_spans(text):
        chars = counted.count(1, start, end)
        if chars:
            share = covered.count(1, start, end) / chars
            sentences.append(SentenceCoverage((start, end), share))
    chars = counted.count(1)
    body = covered.count(1) / chars if chars else 1.0
    return Coverage(source_id, body, tuple(sentences))


# str.casefold (lower, upper) of a text beyond ASCII works in a buffer of 12 bytes a
# character: a long article folded whole takes 12 times its size for a moment.
FOLDED_PIECE = 4096


def casefolds_held(text: str, wanted: Collection[str]) -> set[str]:
    """Those of wanted (each case-folded) that text.casefold() holds: the text folded a
    piece at a time, each piece running on by the longest wanted (a character folds to
    one or more)."""
    if len(text) <= FOLDED_PIECE:
        folded = text.casefold()
        return {w for w in wanted if w in folded}
    over = max(map(len, wanted), default=0)
    left, held = set(wanted), set[str]()
    for start in range(0, len(text), FOLDED_PIECE):
        folded = text[start : start + FOLDED_PIECE + over].casefold()
        held |= {w for w in left if w in folded}
        left -= held
    return held


class FoldedNames:
    """casefolds_held for one collection of names, asked of many texts: the names filed by
    their first FILED letters, so a text is read once, letter by letter, whatever the number
    of names (not every name looked for in every text: facts x names over a big fact base);
    from a place whose first letters some name has, the names are walked letter by letter
    (a trie), not each name of those letters tried (a big base's share them by hundreds)."""

    FILED = 3

    def __init__(self, wanted: Sequence[str]) -> None:
        self.wanted = frozenset(wanted)
        self.at: dict[str, list[int]] = {}  # a name -> its places in wanted
        for k, w in enumerate(wanted):
            self.at.setdefault(w, []).append(k)
        self.short = [w for w in self.wanted if len(w) < self.FILED]
        self.filed: dict[str, list[str]] = {}
        self.trie: dict[str, Any] = {}  # letter by letter; "" ends a name (its value)
        for w in self.wanted:
            if len(w) >= self.FILED:
                self.filed.setdefault(w[: self.FILED], []).append(w)
                node = self.trie
                for letter in w:
                    node = node.setdefault(letter, {})
                node[""] = w

    def held(self, text: str) -> set[str]:
        """The same as casefolds_held(text, wanted)."""
        if len(text) > FOLDED_PIECE:
            return casefolds_held(text, self.wanted)
        folded, filed, n = text.casefold(), self.filed, self.FILED
        out = {w for w in self.short if w in folded}
        end = len(folded)
        for at in range(end - n + 1):
            if folded[at : at + n] not in filed:
                continue
            node: Any = self.trie  # the names held from here, walked as
            for j in range(at, end):  # deep as one goes (not each of its letters' tried)
                node = node.get(folded[j])
                if node is None:
                    break
                if "" in node:
                    out.add(node[""])
        return out

    def places(self, text: str) -> list[int]:
        """The places in wanted (in order) of the names text.casefold() holds."""
        return sorted(k for w in self.held(text) for k in self.at[w])


def whole_word_spans(
    text: str, name: str, ignore_case: bool, lowered: str | None = None
) -> Iterator[tuple[int, int]]:
    """The spans `re.finditer(rf"(?<![\\w-]){re.escape(name)}(?![\\w-])", text, flags)`
    finds (re.I with ignore_case): name as a whole word, no word character or hyphen either
    side. In an ASCII text, an ASCII name is looked for by plain string search (lowered:
    text.lower(), given when one text is searched for many names), no pattern compiled (a
    big base's first draft compiled some 1,900): the same spans, since re.I pairs an ASCII
    letter only with its other case and four non-ASCII letters ("İ", "ı", "ſ", the Kelvin
    sign), which an ASCII text lacks, and an ASCII character is \\w exactly when it is
    alphanumeric or "_". Otherwise the pattern, compiled once."""
    if not (name and name.isascii() and text.isascii()):
        pattern = _whole_word(rf"(?<![\w-]){re.escape(name)}(?![\w-])", re.I if ignore_case else 0)
        yield from (m.span() for m in pattern.finditer(text))
        return
    if ignore_case:
        text_read, name = text.lower() if lowered is None else lowered, name.lower()
    else:
        text_read = text
    size, at = len(name), text_read.find(name)
    while at >= 0:
        end = at + size
        if (at == 0 or not _word_or_hyphen(text[at - 1])) and (
            end == len(text) or not _word_or_hyphen(text[end])
        ):
            yield at, end
            at = text_read.find(name, end)  # as finditer: on from the match's end
        else:
            at = text_read.find(name, at + 1)


def _word_or_hyphen(char: str) -> bool:
    """Whether an ASCII character is \\w or "-"."""
    return char.isalnum() or char in "_-"


_whole_word = lru_cache(maxsize=65536)(re.compile)  # a name's pattern, once a text holds it
