"""A sentence that introduces people: "They were Rajnath Singh, India's defence minister,
and Gen Nakatani, Japan's defence minister." A children's story, a profile or a caption
names the people of a happening told before it by a pronoun and a form of "to be", then
their names, each with its office in apposition, and no other verb. It says who they are,
not what they did: it makes no claim of the happening (the meeting the sentence before
told), though the offices it gives are compared as any office is (drafting.conflicts).

Not: a sentence with an act of its own after the names ("They were Singh and Nakatani,
who met for an hour"), one whose subject is a noun ("The hosts were …", a list of a
delegation, which tells who took part), or one naming no one ("They were old friends").
"""

from __future__ import annotations

import re

# a pronoun and a form of "to be" (a plural or the pair: "They were", "These are", "The two were")
_OPENS = re.compile(r"(?:They|These|Those|The two|Both)\s+(?:were|are)\s+")
# a part between commas and "and": a name ("Gen Nakatani") or an office in apposition
# ("India's defence minister", "the host", "a former general"): no verb's word after it
_NAME = re.compile(r"(?:[A-Z][\w.'’-]*)(?:\s+[A-Z][\w.'’-]*)*")
_APPOSITION = re.compile(
    r"(?:(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*['’]s|the|a|an|his|her|their)\s+)"
    r"(?!.*\b(?:who|whom|which|that|when|where|while|after|before)\b)[A-Za-z'’ -]{2,60}"
)
_PARTS = re.compile(r",\s*(?:and\s+)?|\s+and\s+")


def introduces_people(sentence: str) -> bool:
    """Whether the sentence only introduces people by name (the module's account)."""
    text = sentence.strip().rstrip(".!")
    opens = _OPENS.match(text)
    if opens is None:
        return False
    parts = [p.strip() for p in _PARTS.split(text[opens.end() :])]
    if not parts or not all(p and (_NAME.fullmatch(p) or _APPOSITION.fullmatch(p)) for p in parts):
        return False
    return any(_NAME.fullmatch(p) for p in parts)
