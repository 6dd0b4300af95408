"""Telling the counterpart of an event, which briefs him (R17, R37 of
tests/fixtures/CONVENTIONS.md): "told Nakatani about the attack", "told his guest what
happened", unless what is told is another act of the same clause ("told his guest that Japan
condemned…" takes the stance of what it reports: finding.reported_verb).
"""

from __future__ import annotations

import re

from defcoop_cli.curation.drafting.entities import wordnet_nouns
from defcoop_cli.curation.drafting.unnamed.unnamed import source_name

# Telling the counterpart of or about an event, or what happened, is a briefing (R17, R37):
# "told Nakatani about the attack", "told his guest what happened". The one told a pronoun, a
# person's noun after its determiner (perhaps after a visitor's or a nation's word: "the
# visiting minister", "the Japanese minister") or a name not of a house; what he is told of
# an act ("the press of his hope", "us about India's plans": what one says).
_TOLD_OF = re.compile(
    r"(?:told|tells)\s+(?P<told>him|her|them|(?:the|his|her|their|its|our)\s+"
    r"(?:(?:visiting|foreign|[A-Z][a-z]+(?:ese|ian|an))\s+)?(?P<noun>[\w'’-]+)"
    r"|(?!(?:Parliament|Congress|Cabinet|Diet|Senate|Lok Sabha|Rajya Sabha)\b)[A-Z][\w.'’-]*"
    r"(?:\s+[A-Z][\w.'’-]*){0,2})\s+(?:what\s+(?:had\s+)?happened|(?:about|of)\s+(?:[\w'’-]+\s+)"
    r"{0,4}?(?:attack|raid|strike|bombing|blast|killing|massacre|assault|ambush|shooting|incident"
    r"|step|measure)s?\b)"
)
# The press is told for the public, no counterpart briefed: "told the journalist what
# happened", "met reporters and told them…" (the pronoun's press named before it).
_PRESS = re.compile(
    r"\b(?:journalists?|reporters?|correspondents?|press|media|newsmen|newspersons?|editors?"
    r"|interviewers?|broadcasters?|newspapers?)\b",
    re.I,
)
# One of the press, whom a "him" or "her" may tell: "met a reporter and told him …" (a
# newspaper, the media or a press conference is no one a "him" stands for).
_PRESS_ONE = re.compile(
    r"\b(?:journalist|reporter|correspondent|editor|interviewer|broadcaster|newsman"
    r"|newsperson)\b",
    re.I,
)
# A phrasal verb of briefing (the table's "briefed" stance: "fill in", any such verb it
# holds, in each of its forms) tells a hearer, who follows its particle next to it ("filled
# in the envoy", "was filled in on the raid") or stands before it ("fills the envoy in"):
# with neither ("the gaps have been filling in since spring", "filled in for the minister",
# "seats were filling in fast") it tells no one. The hearer next to the particle: a
# determiner's or a pronoun's, a name, a bare plural told on or about something ("filled in
# reporters on the raid"); or, in the passive, what he was told ("was filled in on…"),
# matched whatever the verb's case (the name's and the plural's case kept).
# Verbs of other stances ("played up", "hashed out") need no hearer.
HEARER_NEXT = (
    r"(?=\s+(?:(?:on|about|the|an?|this|that|these|those|his|her|their|its|our|my|your|him"
    r"|them|us|me|both|all|each)\b|(?-i:[A-Z]|[a-z]+s\s+(?:on|about)\b)))"
)
# A clause of its own after the telling: "told X about the attack, and Y condemned it".
_NEXT_CLAUSE = re.compile(r",\s+(?:and|but|while)\s|;")


def names_press(text: str) -> frozenset[str]:
    """The pronouns a "told …" after the text may tell the press by: "them" after any press
    named ("reporters", "a press conference"), "him" or "her" too after one of the press
    ("a reporter")."""
    if _PRESS_ONE.search(text):
        return frozenset({"him", "her", "them"})
    return frozenset({"them"}) if _PRESS.search(text) else frozenset()


def told_of(sentence: str, at: int, inner: int | None, press: frozenset[str] = frozenset()) -> bool:
    """Whether the verb of telling at `at` tells its hearer of an event: no verb of another
    stance follows it (its start `inner`), or one follows only in a clause of its own ("told
    X about the attack, and Y condemned it"); the one told a pronoun, a counterpart or a
    person's noun, or a name; a pronoun no counterpart when the sentence or clause before
    named the press as the pronoun may stand for it (`press`, names_press: "Singh met
    reporters and told them what happened"; a "him" after "a press conference" is no press)."""
    told = _TOLD_OF.match(sentence, at)
    if told and told["told"] in press:
        return False
    apart = told and inner is not None and _NEXT_CLAUSE.search(sentence, told.end(), inner)
    hearer = told and told["noun"] in (None, "counterpart", *wordnet_nouns("person"))
    named = told["told"][0].isupper() or told["noun"] if told else False
    public = told and (
        _PRESS.search(told["told"])
        if named
        else told["told"] in names_press(sentence[: told.end("told")])
    )
    return bool(hearer and not public and (inner is None or apart))


# The writers themselves told by a source of their own: "told us", "told the undersigned",
# "told this newspaper", "told our correspondent" (R6, R9: the source's word; a party's act
# its clause tells stays the doers', attribution reads that; "told Nakatani that…" tells a
# counterpart, read by the rules above).
_THE_WRITERS = re.compile(
    r"(?:told|tells)\s+(?:us|me|the\s+undersigned|(?:this|our)\s+(?:newspaper|paper|website"
    r"|magazine|publication|newsletter|reporter|correspondent|writer|author|office|team|staff"
    r"|institute))\b",
    re.I,
)
# An indefinite source, up to its own relative clause or apposition: "A former harbour
# master (who ran the port for a decade)", "An attache with the Mission of Norway"; its
# noun of persons closes the words before any preposition.
_INDEFINITE_SOURCE = re.compile(
    r"\s*(?:[Aa]n?|[Oo]ne)\s+(?P<name>(?P<noun>(?:[\w'’-]+\s+){0,4}?[a-z][\w-]*)"
    r"(?:\s+(?:at|of|for|from|in|with)\s+[^,]*?)?)"
    r"(?:\s+(?:who|whom|that)\b[^,]*|,[^,]*,)?\s*"
)


def writers_source(sentence: str, at: int, subject: str) -> str | None:
    """The source of the writers' own, named as R9 names an unnamed one ("An attache with
    the Mission of Norway told this newsletter…": "attache with the mission of norway"),
    when the verb of telling at `at` tells the writers and the subject is an indefinite noun
    of persons; None otherwise (a name, a definite source or a party keeps its own reading)."""
    if _THE_WRITERS.match(sentence, at) is None:
        return None
    m = _INDEFINITE_SOURCE.fullmatch(subject)
    if m is None or m["noun"].split()[-1].lower() not in wordnet_nouns("person"):
        return None
    return source_name(f"a {' '.join(m['name'].split())}")
