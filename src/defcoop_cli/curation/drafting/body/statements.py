"""A drafted fact's statement: its quote as a sentence that stands alone.

The quote capitalised and ended; a later clause of a sentence ("… and offered condolences")
with the sentence's subject before it, less the adverbs that went with the first verb ("The
delegation strongly condemned …": "The delegation offered …"); and a personal pronoun that
opens it ("He also reiterated…", "They signalled…") given as whom the reading found it
points back to ("Gen Nakatani also reiterated…"), so that a fact read alone - in a brief, a
search result, an export - says who: a curator who accepts the draft whole finds no "He"
among the facts. A pronoun is replaced only when the speaker was named before (the
reading's rule says so) by a name and its verb follows it; the article's own voice, and an
unnamed source ("both countries", "unnamed officials"), keep it.
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
    named = who[:1].isupper() and "named before" in rule  # not "unnamed officials"
    pronoun = _PRONOUN.match(text) if named else None
    if pronoun:
        text = who + text[pronoun.end() :]
    ended = text.rstrip("\"'”’)").endswith((".", "!", "?"))  # '…together."' is ended
    return text if ended else text + "."
