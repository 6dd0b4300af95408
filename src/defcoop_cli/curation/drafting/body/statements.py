"""A drafted fact's statement: its quote as a sentence that stands alone.

The quote capitalised and ended; a later clause of a sentence ("… and offered condolences")
with the sentence's subject before it, less the adverbs that went with the first verb ("The
delegation strongly condemned …": "The delegation offered …"); and a personal pronoun that
opens it ("He also reiterated…", "They signalled…") given as whom the reading found it
points back to ("Gen Nakatani also reiterated…"), so that a fact read alone - in a brief, a
search result, an export - says who: a curator who accepts the draft whole finds no "He"
among the facts. A pronoun is replaced only when the speaker was named before (the
reading's rule gives the pronoun itself to a name, agreeing in number) and its verb follows
it; the article's own voice, a passive's party, and an unnamed source ("both countries",
"unnamed officials"), keep it.
"""

from __future__ import annotations

import re

# A subject pronoun opening the sentence, an adverb or two, then a word: "He also reiterated".
_PRONOUN = re.compile(r"(?:He|She|They)(?=(?:\s+[a-z]+ly|\s+also|\s+then)*\s+[a-z])")


def statement(quote: str, subject: str = "", who: str = "", rule: str = "") -> str:
    """The quote as a sentence (module doc); who and rule, the reading's attribution and
    rule, name an opening pronoun's speaker."""
    words = subject.split()
    while words and words[-1].endswith("ly") and words[-1].isalpha() and words[-1].islower():
        words.pop()
    text = " ".join([*words, quote]) if words else quote
    text = text[:1].upper() + text[1:]
    pronoun = _PRONOUN.match(text) if who[:1].isupper() else None  # not "unnamed officials"
    if pronoun and _points_back(pronoun.group(), who, rule):
        text = who + text[pronoun.end() :]
    ended = text.rstrip("\"'”’)").endswith((".", "!", "?"))  # '…together."' is ended
    return text if ended else text + "."


def _points_back(pronoun: str, who: str, rule: str) -> bool:
    """Whether the reading gave the pronoun itself to who, agreeing in number: "He" to one
    person by the active rule ("'reiterated' by Gen Nakatani, named before"), "They" to the
    parties named before; never a passive's party ("He was assured…": the one assured is
    not the party the passive's act is carried to)."""
    several = " and " in who
    if pronoun == "They":
        return several and rule.endswith("; the parties named before")
    return not several and rule.endswith(f" by {who}, named before")
