"""An annotated bibliography's apparatus: a list of sources, each cited in author-date style
and followed by its compiler's annotation. Read by its entries: a line that opens (after a
bullet, a star or a number) on an author, a full stop and a bare year ("3. Menon, Arjun.
2025. "Title." Paper, 6 May.", "Iyer, S. (2024). Title. Press."), two such lines at least.
In such a document these are its apparatus, the compiler's, no fact of any source's:

- the entries themselves (their authors, titles, outlets and places no entities);
- its rules on its own apparatus: a sentence whose subject is its citations, entries,
  annotations or references ("Citations follow Chicago author-date.", "Entries marked *
  are recommended first reading.");
- a remark pointing to another entry ("read it beside entry 2") or on a source's use
  ("Useful as a counterpoint …", "Background only: …", "… worth discussing in seminar");
- its to-do line ("Still to find: …", "To check: …");
- an annotation's opening that only says what the source is, a noun phrase with no verb
  ("The Indian readout of the talks.", "Short wire report from the Japanese side."),
  unless it dates what it tells ("A report on the talks of 5 June, …" claims their day).

What an annotation says a source reports ("According to the release, Singh briefed …",
"It reports that the ministers agreed …") is that source's statement and stays. A text
with fewer such entries (a news story citing a paper) keeps all its lines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from defcoop_cli.curation.drafting.about.framing import dated
from defcoop_cli.curation.drafting.body.kept import spans_apart
from defcoop_cli.curation.drafting.segments import Candidate, lines
from defcoop_cli.factbase.sentences import sentence_spans

ENTRIES = 2  # an annotated bibliography cites so many sources at least
# An entry: its marker, its author (no stop but an initial's), then a bare year after a
# stop ("Chicago": ". 2025. ") or in brackets ("APA": " (2025). "), then its title. An
# author is a name: capitalised words and initials, joined by commas, "and", "&" or a
# name's small words ("Iyer, S.", "Ministry of Defence, Government of India", "Saito,
# Kenji, and Meera Pillai"); a fact box's "First 2+2 dialogue, New Delhi (2019)." or a
# sentence's "Japan's defence budget rose sharply (2024)." has other words, no author.
_NAME_WORD = r"(?:(?:[A-Z]\.){1,3}|[A-Z][\w'’-]*)"
_AUTHOR = (
    rf"{_NAME_WORD}(?:,? (?:{_NAME_WORD}|of|and|the|for|on|de|van|von|da|del|et al\.|&)){{0,12}}"
)
MARKER = r"(?:[-•*]\s*)?(?:\*?\d{1,3}[.)]\s+)?"  # an entry's bullet, star or number
YEAR = r"(?:\.\s+(?:19|20)\d\d[a-z]?\.|\s+\((?:19|20)\d\d[a-z]?(?:,[^()\n]{1,20})?\)\.)\s+"
ENTRY = re.compile(rf"{MARKER}{_AUTHOR}{YEAR}\S")
_APPARATUS = r"(?:citations|entries|annotations|references|items|sources listed)"
# Its rules on its own apparatus: "Citations follow …", "Entries marked * are …"
_OWN_RULE = re.compile(
    rf"(?i:{_APPARATUS})(?: (?:marked|starred|flagged|with|in|here)\b[^.!?]{{0,40}}?)?"
    r" (?:follow|use|are|is|were|appear|give|say)\b[^!?]*"
)
# A pointer to another entry, a remark on a source's use
_POINTER = re.compile(r"(?i)\b(?:entry|entries|item|no\.) \d{1,3}\b")
_USE = re.compile(
    r"(?i)\bworth (?:reading|discussing|noting|comparing|consulting|a (?:look|read))\b"
    r"|^(?:useful|helpful|recommended|essential|background only|best read|read (?:it )?"
    r"(?:with|beside|alongside|against))\b"
)
# Its to-do line: "Still to find: …", "To check: …", "Not yet found: …"
_TO_DO = re.compile(
    r"(?i)(?:still to (?:find|check|read|get|locate|trace|do)|to (?:do|find|check|read|trace)"
    r"|not yet (?:found|located|traced)|next steps?)\s*:"
)
# An annotation's opening naming what the source is, and no verb after its noun: a stop, a
# comma or a preposition follows it ("Japan's account, in numbered paragraphs …").
SOURCE_NOUN = (
    r"(?:readout|report|account|release|overview|summary|article|piece|op-ed|column|essay"
    r"|post|book|chapter|study|paper|survey|transcript|statement|interview|analysis"
    r"|commentary|editorial|briefing|story|dispatch|explainer|note)"
)
_WHAT_IT_IS = re.compile(
    rf"(?:(?:the|a|an|its|(?-i:[A-Z])[\w-]*['’]s) )?(?:[\w'’-]+ ){{0,3}}?{SOURCE_NOUN}"
    r"(?:[,;:]| (?:of|from|on|in|by|with|for|about)\b|(?=\.$))[^!?]*\.",
    re.I,
)
_FINITE = re.compile(r"(?i)\b(?:is|are|was|were|has|have|had|does|do|did|says|said|reports)\b")


def annotated_apparatus(
    text: str,
    found: Sequence[Candidate],
    furniture: Sequence[tuple[int, int]],
) -> tuple[Sequence[Candidate], list[tuple[int, int]]]:
    """The candidates without an annotated bibliography's apparatus (see the module's doc),
    the furniture with it; any other text as it came."""
    every = lines(text)
    entries = [n for n, line in enumerate(every) if ENTRY.match(line.text)]
    if len(entries) < ENTRIES:
        return found, list(furniture)
    gone = [(every[n].start, every[n].end) for n in entries]
    for n, line in enumerate(every):
        if n in entries:
            continue
        if _TO_DO.match(line.text):
            gone.append((line.start, line.end))
            continue
        annotation = n > entries[0]
        for k, (a, b) in enumerate(sentence_spans(text, line.start, line.end)):
            if _remark(text[a:b].strip(), opening=annotation and k == 0):
                gone.append((a, b))
    return spans_apart(found, furniture, sorted(gone), replacing=True)


def _remark(sentence: str, opening: bool) -> bool:
    """Whether an annotated bibliography's sentence is its compiler's remark; opening: it
    opens an annotation (what the source is)."""
    if _OWN_RULE.fullmatch(sentence) or _POINTER.search(sentence) or _USE.search(sentence):
        return True
    return (
        opening
        and _WHAT_IT_IS.fullmatch(sentence) is not None
        and _FINITE.search(sentence) is None
        and not dated(sentence)
    )
