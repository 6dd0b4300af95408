"""How many of a run of capitalised words are a person's title: "Japanese Defence
Minister", "Minister of Defense of Japan", "Raksha Mantri" (TITLES, with the words that
qualify one, TITLE_MODIFIERS, and a nationality's word before it).
"""

from __future__ import annotations

import re

from defcoop_cli.curation.drafting.entities import TITLE_MODIFIERS, TITLES

_OF_WHAT = re.compile(r"(?:of (?:the )?[A-Z][\w-]*(?: [A-Z][\w-]*)*(?: |$))+").fullmatch


def title_run(words: list[str]) -> int:
    """How many of the words, counted from the end, are a title's (its nationality word
    too: "Japanese Defence Minister"; or a title and what it is of: "Minister of Defense of
    Japan"); 0 when they end on no title."""
    n = 0
    for word in reversed(words):
        lower = word.rstrip(".,").lower()
        if not word[:1].isupper():
            break
        if lower in TITLES or lower.rstrip("s") in TITLES or (n and lower in TITLE_MODIFIERS):
            n += 1
        else:  # a nationality ends the run, one of it: "Japanese", "Australian"
            n += bool(n and re.search(r"(?:ian|ese|ish|an)$", lower))
            break
    last = words[-1].rstrip(".,").lower() if words else ""
    if last in TITLES or last.rstrip("s") in TITLES:
        return n
    i = words.index("of") if "of" in words else 0  # "Minister of Defense of Japan"
    run = title_run(words[:i]) if i and _OF_WHAT(" ".join(words[i:])) else 0
    return len(words) - i + run if run else 0
