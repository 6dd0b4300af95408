"""A sentence of a quotation of several sentences (segments drafts each on its own): the
whole quotation's speaker's, as the whole was read, since the speaker is often named only
after its last sentence (`"We train. Now we build," she said.`) or before its first.

Its stance is its own verb's ("We agreed…": agreed), else the verb's outside the quotation
("she said": reported), else a speaker's words are his position; its "we" agreeing or
discussing is the speaker's and the other's, its "I" the speaker's, as in a speaker's turn
(R24: turns/voices.py). In a turn (a sound bite under its cue, a transcript's answer) each
sentence is read in the turn, as any other of it is.
"""

from __future__ import annotations

from collections.abc import Callable

from defcoop_cli.curation.drafting.body.wrapped import unbroken
from defcoop_cli.curation.drafting.speakers import Reading, Speakers, Turn
from defcoop_cli.curation.drafting.turns.voices import in_turn
from defcoop_cli.curation.drafting.verbs import reported_verb
from defcoop_cli.curation.drafting.verbs.voices.views import QUOTATIONS
from defcoop_cli.factbase.vocab import THE_SOURCE

Read = Callable[[str, Turn | None], Reading]  # how the draft reads a sentence in its turn


class Quotations:
    """An article's quotations of several sentences: the one being drafted, and what it
    reads as whole (read at its first sentence, with who spoke so far as it stands there)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.last: tuple[tuple[int, int], str, Reading] | None = None

    def whole(
        self, span: tuple[int, int] | None, turn: Turn | None, read: Read
    ) -> tuple[str, Reading] | None:
        """The quotation at span and what it reads as whole; None for a sentence of no
        quotation, or of one in a speaker's turn (his, sentence by sentence)."""
        if span is None or (turn is not None and turn.speaker):
            return None
        if self.last is None or self.last[0] != span:
            said = unbroken(self.text[span[0] : span[1]])  # a wrapped paragraph's read whole
            self.last = (span, said, read(said, turn))
        return self.last[1:]


def quoted(whole: str, said: Reading, sentence: str, own: Reading, speakers: Speakers) -> Reading:
    """The reading of a sentence of the quotation `whole` (read as `said`), its own words
    read as `own`."""
    kind, stance = own.kind, own.stance
    if reported_verb(sentence) is None:  # "We train": what the speaker says, as he says it
        tag = reported_verb(QUOTATIONS.sub(" ", whole))
        if tag is not None:
            kind, stance = tag.kind, tag.stance
        elif said.attribution != THE_SOURCE:
            kind, stance = "position", "reported"
    rule = f"{own.rule}; in a quotation: {said.rule}"
    r = said._replace(kind=kind, stance=stance, asked=own.asked, rule=rule)
    if said.attribution == THE_SOURCE or " and " in said.attribution:
        return r
    turned = in_turn(Turn(0, said.attribution, said.person, False), sentence, r, speakers)
    return turned if turned.attribution != said.attribution else turned._replace(rule=rule)
