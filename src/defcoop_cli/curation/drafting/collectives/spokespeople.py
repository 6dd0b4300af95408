"""A body's speaker named after the role, in apposition, where the speaking verb comes
before its speaker: '"…," said the party's national spokesperson, Meenakshi Rawat.', '"…,"
added the union's general secretary, Kavita Menon.', '"…," said a ministry spokesperson,
Arvind Rao.'. The words are the named person's, by the name alone (R54 of
tests/fixtures/CONVENTIONS.md), not the body's nor anyone the quotation names; the role's
head is one of WordNet's nouns of persons (`person_nouns.tsv`).

A role with no name after it ("said the party's spokesperson.") is left to the rules for an
unnamed source (R9), and a name that is no new person's (a title, one of the fact base's
entities) to the rules before this one.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from defcoop_cli.curation.drafting.entities import wordnet_nouns

if TYPE_CHECKING:
    from defcoop_cli.curation.drafting.speakers import Speakers

# The role: a determiner or a possessive ("the party's", "a ministry"), up to four words,
# its head noun; a comma; the name, to the end of the sentence or a comma after it.
_ROLE_NAME = re.compile(
    r"(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[\w'’-]+\s+){0,4}?(?P<head>[a-z]+),\s+"
    r"(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3})\s*(?:[,.!?;]|$)"
)


def apposed_speaker(after: str, speakers: Speakers) -> tuple[str, bool] | None:
    """The person a role after the verb names in apposition (the module's account), and
    True (a person); None where the role has no such name."""
    m = _ROLE_NAME.match(after.strip())
    if m is None or m["head"] not in wordnet_nouns("person"):
        return None
    named = speakers.named(m["name"])
    return (named[0], True) if named else None
