"""Lines without a final full stop that are still the report's words, not furniture.

A short line without final punctuation reads as a heading or page furniture
(`pages.is_furniture`). Two kinds of line are the report's all the same:

- **A log's entries.** Where LOG_ENTRIES lines or more open with a clock time (an app's
  alerts, a ticker's or a desk's log: "09:42  Japan's minister arrives in New Delhi"), each
  stamped line is an entry whatever its end, unless its words read as furniture with a stop
  put after them (a label, a call to the reader, a line in capitals) or it only teases a
  story ("… Read more"). Its stamp and an entry label in capitals ("BREAKING: ") are
  furniture (`log_stamp`).
- **The body's last line.** The line right after the last line of the body that ends in
  a stop, when it is furniture only for its missing stop, is a sentence in the body's own
  case ("Tokyo gains nothing by flattering us": a capital first, at least half the words
  after it in lower case, LAST_LINE_WORDS words at least), has a finite verb (a word of
  FINITE or a lower-case word in -s or -ed), and the line after it is not another such line
  (links one under another, a related box); a line with a bar or a question mark ("Not for
  you any more? Unsubscribe | …") is none. A signature ("Col. A.K. Menon, Pune"), a
  credit ("With inputs from agencies", `pages.is_furniture`'s labels), a title-case link
  and a phrase without a verb stay furniture.
- **A wire's snaps.** Under an agency's slug line ("INDIA-JAPAN-DEFENCE/ (URGENT) 0531
  IST": a slug in capitals ending in "/", and a time), a snap's headline-style lines up to
  the next slug are the report's when they have a finite verb ("Singh briefs Nakatani on
  Pahalgam terror attack - spokesperson") and read as no furniture with a stop put after
  them; the marker lines (FLASH, URGENT) and the slugs stay furniture.
- **A chat's lines closed by emoji.** A messaging app's paragraph often ends in emoji where
  a sentence would end in a stop ("… were killed by terrorists 😡"): a line closed by a run
  of pictographs or flags after its words (`closing_emoji`), whose words read as a sentence
  (as the body's last line above, or stopped already: "… in Delhi yesterday!!! 💪💪"), is
  the report's; the emoji are furniture (`furniture.formulas.thread_marks`). A slogan
  ("Jai Hind 🇮🇳"), a headline in capitals and a call to share stay furniture.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

LOG_ENTRIES = 3
LAST_LINE_WORDS = 4
_FINITE_WORDS = """is are was were be been am has have had will would can could shall should
    may might must did does do"""
FINITE = frozenset(_FINITE_WORDS.split())
# A clock time opening a line (perhaps after a programme's done mark, "[x] ", and with its
# unit, "10:15 hrs"), then a separator or a column's two spaces, then perhaps an
# entry label in capitals ("BREAKING: "). Every part is bounded: no backtracking.
_LOG_STAMP = re.compile(
    r"(?:\[[xX✓✔ ]\] |[✓✔☑] )?"
    r"(?:\[\d{1,2}:\d{2}(?::\d{2})?\]|\(\d{1,2}[:.]\d{2}\)|\d{1,2}[:.]\d{2}(?::\d{2})?"
    r"(?: ?hrs)?)"
    r"(?: ?[-–—:|] +| {2,}|\t+)(?:[A-Z]{3,12}(?: [A-Z]{3,12})?: +)?(?=\S)"
)
_STOP = re.compile(r"[.!?…][\"”’)]?$")
# A run of pictographs, flags, their joiners and variation marks closing a line after a word
# ("… cooperation 🛰️", "… yesterday!!! 💪💪"); the character classes are bounded.
CLOSING_EMOJI = re.compile(
    '(?<=[\\w.!?…"”’)])\\s*[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d]+\\s*$'
)
_TEASER = re.compile(r"(?i:\b(?:read|watch|listen)(?: more| here| now)?\W*)$")
_BAR = re.compile(r"[|?]")  # a bar of links, a question before a call
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def log_stamp(line: str) -> re.Match[str] | None:
    """A log entry's clock time, its separator and a label in capitals, else None."""
    return _LOG_STAMP.match(line)


def kept_lines(lines: Sequence[str], is_furniture: Callable[[str], bool]) -> frozenset[int]:
    """The numbers of the lines that are the report's though they end in no stop: a log's
    entries, the body's last line and a wire's snaps."""
    stamped = [n for n, line in enumerate(lines) if _LOG_STAMP.match(line)]
    kept = set()
    if len(stamped) >= LOG_ENTRIES:
        for n in stamped:
            entry = lines[n][_LOG_STAMP.match(lines[n]).end() :]  # type: ignore[union-attr]
            if not _TEASER.search(entry) and not is_furniture(_stopped(entry)):
                kept.add(n)
    last = _last_line(lines, is_furniture)
    if last is not None:
        kept.add(last)
    return frozenset(kept | _snaps(lines, is_furniture) | _chat_lines(lines, is_furniture))


def closing_emoji(line: str) -> re.Match[str] | None:
    """The run of emoji closing a line after its words (a chat's stop), else None."""
    return CLOSING_EMOJI.search(line)


def _chat_lines(lines: Sequence[str], is_furniture: Callable[[str], bool]) -> set[int]:
    """The lines closed by emoji whose words read as a sentence, stopped or not."""
    kept = set()
    for n, line in enumerate(lines):
        m = closing_emoji(line)
        if m is None:
            continue
        words = line[: m.start()]
        if _STOP.search(words):
            sentence = not is_furniture(words) and len(_WORD.findall(words)) >= LAST_LINE_WORDS
        else:
            sentence = _reads_as_sentence(words, is_furniture)
        if sentence:
            kept.add(n)
    return kept


# An agency's slug line: a slug in capitals ending in "/", then a time ("0512 IST", "05:12")
_SLUG = re.compile(r"[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*/(?=[^\n]{0,40}?\b(?:\d{4}|\d{1,2}:\d{2})\b)")


def _snaps(lines: Sequence[str], is_furniture: Callable[[str], bool]) -> set[int]:
    """The snap lines under each slug: unstopped, a finite verb, no furniture stopped."""
    kept: set[int] = set()
    under = False  # a slug line came before, no other since
    for n, line in enumerate(lines):
        if _SLUG.match(line):
            under = True
            continue
        words = _WORD.findall(line[:400])
        if (
            under
            and not _STOP.search(line)
            and not is_furniture(line + ".")
            and any(w in FINITE or (w[0].islower() and _finite_ending(w)) for w in words[1:])
        ):
            kept.add(n)
    return kept


def _stopped(line: str) -> str:
    return line if _STOP.search(line) else line + "."


def _last_line(lines: Sequence[str], is_furniture: Callable[[str], bool]) -> int | None:
    """The line after the body's last stopped line, when it is the body's last line."""
    body = [n for n, line in enumerate(lines) if _STOP.search(line) and not is_furniture(line)]
    if len(body) < 2:
        return None
    n = body[-1] + 1
    if n >= len(lines) or not _reads_as_sentence(lines[n], is_furniture):
        return None
    after = lines[n + 1] if n + 1 < len(lines) else ""
    return None if _reads_as_sentence(after, is_furniture) else n


def _reads_as_sentence(line: str, is_furniture: Callable[[str], bool]) -> bool:
    """An unstopped line, furniture only for its missing stop, in a sentence's case with a
    finite verb."""
    if not line or _STOP.search(line) or not line[0].isupper() or _BAR.search(line):
        return False
    if is_furniture(line + "."):
        return False
    words = _WORD.findall(line[:400])
    rest = words[1:]
    if len(words) < LAST_LINE_WORDS or 2 * sum(w[0].islower() for w in rest) < len(rest):
        return False
    return any(w in FINITE or (w[0].islower() and _finite_ending(w)) for w in rest)


def _finite_ending(word: str) -> bool:
    return word.endswith("ed") or (word.endswith("s") and not word.endswith(("ss", "us", "is")))
