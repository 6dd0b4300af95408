"""A pitch's own words, which are furniture: only in a document that has a block of
quotations given to someone (blocks.py), so that a news story's "was not available for
comment" or "She was a visiting fellow…" about a person it reports stays its statement.

Outside the blocks, a sentence is the pitch's when it offers the expert or sets the terms
of use: availability ("X is available for phone interviews", "Available tomorrow for
studio interviews"), who can comment ("Three faculty members can comment on…"), booking ("To
book an interview, reply…"), the terms ("may be quoted with attribution to…", "Please
credit…"), the document pointing to its parts ("Below are first reactions from…"); or
when it is the expert's biography: a sentence naming an expert of a block (by full name, or
a title and surname: "Dr. Menon researches…") with no verb of saying, and a "She"/"He"
sentence after it on the same line ("She was a visiting fellow in Tokyo…"). A sentence
saying what the expert said ("Prof. Sathe said the talks…") stays a statement.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from defcoop_cli.curation.drafting.entities import TITLES
from defcoop_cli.curation.drafting.pitches.blocks import Block, in_block, quote_blocks
from defcoop_cli.curation.drafting.verbs import reported_verb

_OFFER = re.compile(
    r"(?i:\bavailable\s+(?:(?:\w+\s+){0,3}(?:for|to)\s+(?:\w+,?\s+){0,3}(?:interviews?|comments?"
    r"|calls?|briefings?)|today|tomorrow|this\s+week|by\s+(?:phone|e-?mail|video))"
    r"|\bcan\s+(?:comment|speak|talk)\s+(?:on|about|to|in)\b"
    r"|^to\s+(?:book|arrange|schedule|request|set\s+up)\s+an?\s+(?:interview|call|briefing)"
    r"|\bmay\s+be\s+(?:quoted|used|cited)\b|\bwith\s+attribution\s+to\b|^please\s+credit\b"
    r"|^(?:below|above|here)\s+(?:are|is)\b)"
)
_PRONOUN = re.compile(r"(?:She|He)\s")


def _names(blocks: Sequence[Block]) -> re.Pattern[str] | None:
    """An expert named in a sentence: the full name, or a title and the surname."""
    titles = "|".join(sorted({re.escape(t) for t in TITLES if t.isalpha()}, key=len))
    whole = "|".join(re.escape(b.speaker) for b in blocks)
    last = "|".join(re.escape(b.speaker.split()[-1]) for b in blocks)
    return re.compile(rf"\b(?:{whole})\b|(?i:\b(?:{titles}|prof)\.?)\s+(?:{last})\b")


class Pitch:
    """A document's pitch furniture, by sentence: empty where it has no quote block."""

    def __init__(self, lines: Sequence[str]) -> None:
        self.blocks = quote_blocks(lines)
        self.lines = lines if self.blocks else ()  # kept only where it is a pitch
        self.intros = {b.intro for b in self.blocks}  # the introducing lines: the pitch's
        self._expert = _names(self.blocks) if self.blocks else None

    def said(self, sentence: str) -> bool:
        """Whether the sentence, outside the blocks, is the pitch's own (see the doc)."""
        if self._expert is None or in_block(self.lines, self.blocks, sentence):
            return False
        said = sentence.strip()
        if _OFFER.search(said):
            return True
        if reported_verb(said) is not None:
            return False  # "Prof. Sathe said the talks…": her words, a statement
        if self._expert.search(said):
            return True
        if not _PRONOUN.match(said):
            return False
        line = next((ln for ln in self.lines if said in ln), "")
        return bool(self._expert.search(line[: line.find(said)]))
