"""A document's instruction to its reader: "Circulate this note to the Japan desk by
Thursday.", "Request the fuller readout from the ministry once it is published." (a memo's
next steps), "Read this release in Hindi." A report's sentences have a subject; one that
opens on a verb's base form (WordNet's verbs, furniture/base_verbs.tsv, by
scripts/build_base_verbs.py) and its object (a determiner or a pronoun) tells the reader what
to do and states nothing; so does one opening "Please" and a verb. Not: a question ("Will
the Minister…?", "Have a tip?"), an auxiliary or "Let" ("Let us hope…", a writer's wish),
words in quotes (a speaker's), a noun before its own words ("Work on the frigates began…",
"Exercise Dharma Guardian…"). A sentence pointing the reader to another page of the site
("Full texts of the releases in Hindi and Urdu are on the All releases page.") tells him
where to read, no more; nor does advice to the public in the passive ("Citizens are advised
to verify messages before forwarding them.") or a paper's to its addressee ("The Committee
may wish to seek a briefing …").
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from defcoop_cli.factbase.vocab import word_list

_NOT_IMPERATIVE = re.compile(
    r"be|have|do|will|shall|can|may|must|might|would|should|could|need|dare|ought|let"
)
_OBJECT = re.compile(
    r"the|this|these|those|that|an?|our|your|its|their|his|her|all|any|every|each"
    r"|it|them|him|us|me"
)
# The verb and the word after it; after "Please" the verb is in lower case and its object
# may be a bare noun ("Please credit pool for all quotes.").
_OPENING = re.compile(r"[-•*–]?\s*(Please\s+)?((?(1)[a-z]|[A-Z])[a-z]+)\s+([a-z]+)\b")
MIN_WORDS = 3  # a verb, its object and a word more: "Circulate this note."
# What is where on the site: "… are (available) on the All releases page", "… on our website"
# (not a place: "at the exercise site", "on the northern section").
_ON_A_PAGE = re.compile(
    r"[^.!?\"“”]{1,120}?\b(?:is|are)\s+(?:also\s+)?(?:available\s+)?"
    r"(?:on\s+(?:the|our|this)\s+(?:[\w-]+\s+){0,4}?(?:page|website|web\s+site|portal|tab)"
    r"|at\s+(?:our|this)\s+(?:website|web\s+site|portal))\.",
    re.IGNORECASE,
)

# Advice to the public in the passive ("Citizens are advised to verify messages before
# forwarding them.") and a staff paper's advice to its addressee ("The Committee may wish to
# seek a detailed briefing …"): to the reader, no statement.
_ADVISED = re.compile(
    r"(?:all )?(?:citizens|readers|users|viewers|listeners|subscribers|visitors|passengers"
    r"|participants|delegates|attendees|(?:members of )?the public) (?:are|is) (?:(?:strongly"
    r"|kindly|hereby|therefore) )?(?:advised|requested|urged|asked|encouraged|reminded)"
    r" (?:not )?to [^.!?\"“”]{1,160}[.!]"
    r"|(?:the )?(?:committee|members|board|council|house|panel|commission|reader|readers)"
    r"(?: members)? (?:may|might) (?:wish|want|like) to [^.!?\"“”]{1,160}[.!]",
    re.IGNORECASE,
)


@cache  # asked per sentence: no path made each time
def _base_verbs() -> frozenset[str]:
    return word_list(Path(__file__).with_name("base_verbs.tsv"))


def instructs(sentence: str) -> bool:
    """Whether the sentence is an instruction to the reader: a verb's base form, its object;
    or points him to a page of the site."""
    text = sentence.strip()
    if not text.endswith((".", "!")) or re.search(r"[\"“”]", text):
        return False
    if _ON_A_PAGE.fullmatch(text) or _ADVISED.fullmatch(text):
        return True
    m = _OPENING.match(text)
    if not m or len(text.split()) < MIN_WORDS or not (m[1] or _OBJECT.fullmatch(m[3])):
        return False
    verb = m[2].lower()
    return verb in _base_verbs() and not _NOT_IMPERATIVE.fullmatch(verb)
