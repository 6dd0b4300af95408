"""A sentence telling what another party did (drafting.claims): "Singh told the audience
that Japan had stood by India", "According to him, both ministers had stressed…", "I am
told both sides voiced concern…", a speaker's own "Japan has stood with us". Its teller
says it, but the claim is the act of the party its clause names: a fact of that party may
be its claim, as one of the teller's may (R6: a party's act told through a channel stays
the doers'). Two tellers one of whom the fact base knows ("Helen Calloway and Gen
Nakatani": "The two ministers exchanged views…") tell their own acts, no other's."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from defcoop_cli.curation.drafting.claims.readings import BOTH, told_subject, what_is_claimed
from defcoop_cli.curation.drafting.conflicts.days import THE_PAIR
from defcoop_cli.factbase.vocab import THE_SOURCE

Told = Callable[[frozenset[str], "frozenset[str] | None"], bool]

# the other one of two people, told of by the pair ("the two ministers", "both men", "the
# duo", "the two walked in"; not "the two countries", "the two Deltan admirals", "the two
# envoys": a plural or a name after it is others), as the named one's counterpart, or
# by a pronoun as the one met ("met him"): who met whom is told with one of them named.
# Bounded, no nested repetition: linear.
_PAIR = re.compile(
    r"\b(?:the\s+two|both)\s+(?:(?:defen[cs]e\s+)?ministers|men|leaders|counterparts)\b"
    r"|\bthe\s+duo\b|\bcounterparts?\b|\bthe\s+two\b(?!\s+(?:(?-i:[A-Z])|[\w-]+s\b|(?:[\w-]+\s+)?"
    r"(?:countries|nations|governments|sides|armies|navies|forces|militaries|democracies|"
    r"capitals|states|neighbours|partners|delegations|ministries)\b))"
    r"|\b(?:me(?:et|ets|eting|t)|with|receiv(?:e|es|ed|ing)|host(?:s|ed|ing)?)\s+(?:him|her)\b",
    re.IGNORECASE,
)


def pair_told(text: str) -> bool:
    """Whether a sentence tells of two people, one perhaps unnamed: by the pair, as a
    counterpart, or as "him" met."""
    return _PAIR.search(text) is not None


def unnamed_of_pair(
    people: frozenset[str], named: set[str], types: dict[str, str], paired: bool
) -> frozenset[str]:
    """The one of a fact's two people (who met whom) a sentence telling of the pair
    (`pair_told`) names by it, not by name: it names the other and no other person."""
    if not paired or len(people) != 2:
        return frozenset()
    persons = {e for e in named if types.get(e) == "person"}
    return people - persons if len(persons & people) == 1 and persons <= people else frozenset()


# The pair as the subject of their meeting, told in the simple past ("The two ministers met
# on Tuesday", "Both leaders also held talks"): not a count of meetings ("the second meeting
# between the two ministers"), an earlier one ("had last met in Laos") or one to come ("are
# due to meet again").
_PAIR_MET = re.compile(
    rf"{THE_PAIR}\s+"
    r"(?:(?!had\b|have\b|last\b|first\b|never\b|previously\b)[a-z]+\s+)?"
    r"(?:met|held\s+talks|sat\s+down)\b",
    re.IGNORECASE,
)


def pair_meanings(
    text: str,
    entities: Sequence[str],
    types: dict[str, str],
    find: Callable[[str], Sequence[tuple[str, int, int]]],
) -> list[tuple[str, ...]]:
    """The two people a sentence tells met by the pair alone ("The two ministers met on
    Tuesday": R7, a plural title links both; `_PAIR_MET`), as meanings of the sentence, as
    their names would be ("@rajnath-singh"): two people its links give (from the sentences
    before) that it names neither of. None otherwise: a sentence naming one of them ("Singh
    met his counterpart") is `unnamed_of_pair`'s."""
    if not _PAIR_MET.search(text):
        return []
    named = {eid for eid, _, _ in find(text)}
    unnamed = [e for e in entities if types.get(e) == "person"]
    if len(unnamed) != 2 or named & set(unnamed):
        return []
    return [(f"@{e}",) for e in unnamed]


def told_of(
    quote: str,
    tellers: frozenset[str],
    find: Callable[[str], Sequence[tuple[str, int, int]]],
    countries: dict[str, frozenset[str]],
) -> Told:
    """Whether a fact of some parties (with their countries) may be the act the sentence
    its tellers say tells another party did: the pair's act ("both sides") a fact of two
    countries or more, one party's a fact whose countries are all that party's."""
    subject = told_subject(what_is_claimed(quote))
    if subject is None or (len(tellers) >= 2 and tellers & countries.keys()):
        return _NONE
    if subject == BOTH:
        return lambda parties, nations: _told(parties, nations) and len(nations or ()) >= 2
    named = [eid for eid, _, _ in find(subject)]
    told = frozenset(n for e in named for n in countries.get(e, ()))
    if not told:
        return _NONE
    return lambda parties, nations: _told(parties, nations) and (nations or told) <= told


def _told(parties: frozenset[str], nations: frozenset[str] | None) -> bool:
    """Whether a fact's parties are a party (known, not the article's own voice)."""
    return nations is not None and THE_SOURCE not in parties


def _none(parties: frozenset[str], nations: frozenset[str] | None) -> bool:
    return False


_NONE: Told = _none
