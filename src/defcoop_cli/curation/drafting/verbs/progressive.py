"""A reporting verb in another form than its own: an -ing form or a base form that stands
for the act ("is urging", "did exchange views", "was keen to press", "opened by briefing",
"the release has Singh briefing", "spent the session urging"). Each pattern's group 1 is
the verb; verbs/finding.py reads its past form ("urged", "exchanged") against the
lexicon and WordNet's table, in the sentence's own words.
"""

from __future__ import annotations

import re

# The progressive: "is urging", "have been exchanging views" (an -ing form after a form
# of "be" is the verb whose past form the lexicon or the table holds).
_PROGRESSIVE = re.compile(
    r"\b(?:is|are|was|were|been|be)\s+(?:(?:also|still|now|reportedly|\w+ly)\s+)?([a-z]+ing)\b"
)


# The emphatic "do": "The ministers did exchange views" (the base form after "did", "do",
# "does" is the verb whose past form the lexicon or the table holds; "did not" is denied).
_EMPHATIC = re.compile(
    r"\b(?:did|does|do)\s+(?:(?:also|indeed|in fact|\w+ly)\s+)?(?!not\b|never\b|so\b)([a-z]+)\b"
)


# Keen to act: "Singh was keen to press Japanese companies to invest" (the base form after
# a will to act is the act, as after an emphatic "did").
_KEEN_TO = re.compile(
    r"\b(?:was|were|is|are|seemed|appeared)\s+(?:also\s+)?(?:keen|eager|anxious|quick)"
    r"\s+to\s+(?!not\b|be\b|see\b|have\b)([a-z]+)\b"
)
# Opening (closing) the talks, or one's remarks, by an act: "Singh opened by briefing
# Nakatani on…", "Nakatani opened his remarks by conveying…" (the
# -ing form after "by" is the act, as a progressive's is).
OPENED_BY = (
    r"(?:opened|began|started|kicked off|closed|ended|wrapped up)(?: (?:the|their|its|his|her)"
    r" (?:talks|meeting|session|discussions?|remarks|speech|statement|address))? by"
)
_BY_DOING = re.compile(rf"\b{OPENED_BY} ([a-z]+ing)\b")


# A document that "has" a person doing an act tells his act ("The release has Singh briefing…",
# "Our report of the talks had…", "It also had…" of the document before; the person by a
# title after "the": "It has the RM inviting…"); a plan, a rumour or a guess that "had Singh
# signing" tells no act of his.
_RECORD = r"(?:release|read-?out|report|record|minutes|statement|communiqu[eé]|transcript|account)"
_HAS_DOING = re.compile(
    rf"(?:\b{_RECORD}s?(?:\s+(?:of|from|on)(?:\s+[\w'’-]+){{1,3}}?)?|\bIt)\s+(?:also\s+)?"
    r"(?:has|had)\s+(?:also\s+)?(?:the\s+(?:[a-z]+\s+)?)?(?:[A-Z][\w.'’-]*\s+){1,3}([a-z]+ing)\b"
)
# Time spent on an act: "Singh spent much of the session urging Japanese companies to …",
# "The two spent an hour going over …" (the -ing form after the time spent is the act).
_SPENT_DOING = re.compile(
    r"\bsp(?:ent|ends|end)\s+(?:(?:much|most|part|some|half|all|a good deal)\s+of\s+)?"
    r"(?:the|his|her|their|its|an?|two|three|several)\s+(?:[\w-]+\s+){0,2}?(?:session|talks"
    r"|meeting|time|hours?|minutes|day|morning|afternoon|evening|lunch|dinner)\s+([a-z]+ing)\b"
)

_FORMS = (_PROGRESSIVE, _EMPHATIC, _BY_DOING, _KEEN_TO, _HAS_DOING, _SPENT_DOING)


def verb_forms(sentence: str, at: int = 0) -> list[re.Match[str]]:
    """Every form above in the sentence from at, in the order they start."""
    return sorted((m for p in _FORMS for m in p.finditer(sentence, at)), key=lambda m: m.start())
