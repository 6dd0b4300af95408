"""A sentence that introduces people: "They were Rajnath Singh, India's defence minister,
and Gen Nakatani, Japan's defence minister." A children's story, a profile or a caption
names the people of a happening told before it by a pronoun and a form of "to be", then
their names, each with its office in apposition, and no other verb. It says who they are,
not what they did: it makes no claim of the happening (the meeting the sentence before
told), though the offices it gives are compared as any office is (drafting.conflicts).

Not: a sentence with an act of its own after the names ("They were Singh and Nakatani,
who met for an hour"), one whose subject is a noun ("The hosts were …", a list of a
delegation, which tells who took part), one naming no one ("They were old friends"), or
one naming countries or bodies ("They were India, Japan and the United States": the
parties of a happening, its claim kept).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from defcoop_cli.curation.drafting.entities import NOT_A_PERSON

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


def introduces_people(sentence: str, countries: Callable[[str], list[str]] = lambda _: []) -> bool:
    """Whether the sentence only introduces people by name (the module's account);
    countries: the ids of the countries a name names (the fact base's)."""
    text = sentence.strip().rstrip(".!")
    opens = _OPENS.match(text)
    if opens is None:
        return False
    parts = [p.strip() for p in _PARTS.split(text[opens.end() :])]
    if not parts or not all(p and (_NAME.fullmatch(p) or _APPOSITION.fullmatch(p)) for p in parts):
        return False
    names = [n for p in parts if _NAME.fullmatch(n := re.sub(r"^the\s+", "", p))]
    if any(countries(n) or NOT_A_PERSON.search(n) for n in names):  # "India", "the Navy"
        return False
    return any(_NAME.fullmatch(p) for p in parts)
