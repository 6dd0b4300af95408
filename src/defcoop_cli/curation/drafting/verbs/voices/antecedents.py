"""Whom a "They" opening a sentence carries: the group the sentence before had as its own
subject, when that group is no party to the talks ("Dock workers at the port struck on
Monday. They want higher pay.": the dock workers'; "The opposition accused the government
… They said …": the opposition's), whatever its verb, a reporting verb or none. A sentence
whose subject is the parties ("Singh and Nakatani met …", "The two ministers …") or names
none leaves "They" to attribution's own reading (the parties named before). So too a "He" or
"She": one unnamed person the sentence before had as its subject ("A union leader
addressed the crowd. He said …": the union leader's, not the minister quoted before).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from defcoop_cli.curation.drafting.entities import TITLES, wordnet_nouns
from defcoop_cli.curation.drafting.unnamed.unnamed import source_name
from defcoop_cli.curation.drafting.verbs.finding import opening_end
from defcoop_cli.curation.drafting.verbs.telling import names_press

if TYPE_CHECKING:
    from defcoop_cli.curation.drafting.speakers import Speakers

# A sentence whose subject is "They", "He" or "She": it goes on with the one carried.
THEY = re.compile(r"\W*They\b")
_HE = re.compile(r"\W*(?:He|She)\b")
# The parties' own plural nouns: "The two ministers", "both delegations", "the two sides".
_PARTIES = frozenset(["sides", "countries", "nations", "delegations", "governments", "leaders"])
# A body with ministers or leaders of its own: a bare "Ministers" after it is theirs.
OTHER_BODY = re.compile(
    r"\b(?:cabinet|opposition|part(?:y|ies)|coalition|alliance|bloc|council|parliament"
    r"|assembly|unions?|chief ministers|states)\b",
    re.IGNORECASE,
)
# A group's noun that "they" points back to though it is singular in form.
_COLLECTIVE = frozenset(["opposition", "crowd", "union", "police"])
# What opens the clause before the subject: a place or time in commas ("Outside South Block,",
# "On Monday,", "Earlier,"), a quantifier of the group ("A few dozen", "Hundreds of").
_LEAD = re.compile(r"(?:(?:[A-Z][\w'’-]*|[Ii]n|[Oo]n|[Aa]t)(?: [\w'’-]+){0,4}, )?")
_QUANTIFIER = re.compile(
    r"(?:(?:a|some) (?:few )?(?:dozen|hundred|thousand|score)s? (?:of )?|(?:dozens|hundreds"
    r"|thousands|scores|a group|a handful|a crowd) of |a few |some |several |many |about \d+ "
    r"|over \d+ |more than \d+ |\d+ )",
    re.IGNORECASE,
)
# A verb in the past or of saying and wishing after the subject, an adverb allowed between.
_VERB = (
    r" (?:then |also |later |again |\w+ly )?(?:[a-z]+ed|met|held|struck|went|came|took|said"
    r"|told|began|stood|sat|ran|left|spoke|want|say|demand|plan|fear|hope|expect|wants|says"
    r"|were|are|was|is|have|has|had|will|would|did)\b"
)
# The subject, its words up to the verb: "retired soldiers gathered", "Officials from both
# sides then met".
_SUBJECT = re.compile(
    r"((?:[Tt]he )?(?:[A-Za-z][\w-]* ){0,3}?([A-Za-z][a-z]+)"
    r"(?: (?:from|of|at|in|on|outside) (?:the |both |a )?(?:[\w-]+ ){0,2}?[\w-]+)?)" + _VERB
)
# One person, an indefinite article and a noun of persons: "A union leader addressed", "An
# elderly fisherman watched" (a definite "The spokesperson" points back: attribution's).
_ONE = re.compile(r"((?:An?|One) (?:[a-z][\w-]* ){0,2}?([a-z]+))" + _VERB)


def group_subject(sentence: str, speakers: Speakers) -> str | None:
    """The name of the group the sentence's own subject is, when it is a plural of persons
    or a group's noun and no party ("Dock workers at the port" -> "dock workers at the port",
    "A few dozen retired soldiers" -> "retired soldiers", as R9 and R27 name an unnamed
    source; "Officials from both sides" as attribution names them); None for the parties,
    a name, a country's or a fact-base entity's people, or no such subject."""
    clause = _clause(sentence)
    clause = clause[m.end() :] if (m := _QUANTIFIER.match(clause)) else clause
    subject = _SUBJECT.match(clause)
    if subject is None:
        return None
    words, head = subject[1], subject[2].lower()
    if head.rstrip("s") in TITLES or head in _PARTIES or head == "they":
        return None  # the parties: "The two ministers", "Both sides"
    if head not in _COLLECTIVE and (not head.endswith("s") or head not in wordnet_nouns("person")):
        return None
    if generic := speakers.group(words):  # "Officials from both sides": in their words
        return generic
    if any(w[:1].isupper() for w in words.split()[1:]) or speakers.matcher.find(words):
        return None  # a name, a country's people ("Indian officials"): attribution's
    return source_name(re.sub(r"^[Tt]he (?=\w+s\b)", "", words) if head != "opposition" else words)


def _clause(sentence: str) -> str:
    """The main clause from its subject: past an opening clause, a place or time in commas."""
    start = opening_end(sentence)
    lead = _LEAD.match(sentence, start)
    return sentence[lead.end() if lead and lead.group() else start :]


# What a sentence reports, after its verb of saying: "Officials said (that) the two coast
# guards met in Chennai."
_REPORTS = re.compile(
    r"\b(?:said|says|added|noted|stated|confirmed|explained|reported)(?:,)?\s+(?:that\s+)?"
)


def told_group(sentence: str) -> bool:
    """Whether what the sentence reports has a group of its own as its subject, a plural of
    persons or bodies and no party to the talks ("Officials said the two coast guards met":
    a "They" after it may be the coast guards; "… said the two ministers met" is the parties,
    "… said the talks went well" no group)."""
    for said in _REPORTS.finditer(sentence):
        subject = _SUBJECT.match(sentence, said.end())
        head = subject[2].lower() if subject else ""
        if not head.endswith("s") or head.rstrip("s") in TITLES or head in _PARTIES:
            continue
        if head in wordnet_nouns("person") or head in wordnet_nouns("body"):
            return True
    return False


def person_subject(sentence: str, speakers: Speakers) -> str | None:
    """The name of the one unnamed person the sentence's own subject is ("A union leader"
    -> "union leader", as R9 names an unnamed source), else None: a quantifier's group, a
    title ("A minister"), a word the fact base or the article names."""
    clause = _clause(sentence)
    if _QUANTIFIER.match(clause) or (one := _ONE.match(clause)) is None:
        return None
    head = one[2]
    plural = head.endswith("s") and not head.endswith("ss")
    if (
        plural
        or head not in wordnet_nouns("person")
        or head in TITLES
        or speakers.matcher.find(one[1])
    ):
        return None
    return source_name(one[1])


class Carried:
    """The group a "They" carries, kept in the speakers' last group for one sentence: set
    after a sentence whose subject is such a group, and the group before it given back
    after the next sentence that is not "They" going on with it."""

    def __init__(self) -> None:
        self.group: str | None = None  # the group carried now, in speakers.last_group
        self.before: str | None = None  # speakers.last_group before it
        self.one: str | None = None  # the one person carried now, as speakers.subject
        self.one_before: str | None = None  # speakers.last_person before it

    def after(self, sentence: str, speakers: Speakers) -> None:
        """After the sentence is read (its "They" read with the group carried); the press it
        names is whom a "told them" after it tells."""
        self._after_one(sentence, speakers)
        speakers.press = names_press(sentence)
        speakers.told_group = told_group(sentence)
        speakers.other_body = OTHER_BODY.search(sentence) is not None  # "Ministers" theirs
        if self.group is not None and THEY.match(sentence):
            return  # "They demanded … They also said …": still theirs
        if self.group is not None and speakers.last_group == self.group:
            speakers.last_group = self.before  # the group goes no further
        self.group = None
        group = group_subject(sentence, speakers)
        if group is not None and group != speakers.last_group:  # not the reading's own
            self.group, self.before = group, speakers.last_group
            speakers.last_group = group

    def _after_one(self, sentence: str, speakers: Speakers) -> None:
        """The same for one person: "He" or "She" after a sentence whose subject was one
        unnamed person that its reading did not make the speaker."""
        if self.one is not None and _HE.match(sentence):
            return  # "He said … He added …": still his
        if self.one is not None and speakers.last_person == self.one:
            speakers.last_person = self.one_before  # he goes no further
        self.one = None
        one = person_subject(sentence, speakers)
        if one is not None and speakers.subject is None:
            self.one, self.one_before = one, speakers.last_person
            speakers.subject = one
