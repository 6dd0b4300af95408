"""A sentence telling what another party did (drafting.claims): "Singh told the audience
that Japan had stood by India", "According to him, both ministers had stressed…", "I am
told both sides voiced concern…", a speaker's own "Japan has stood with us". Its teller
says it, but the claim is the act of the party its clause names: a fact of that party may
be its claim, as one of the teller's may (R6: a party's act told through a channel stays
the doers'). Two tellers one of whom the fact base knows ("Helen Calloway and Gen
Nakatani": "The two ministers exchanged views…") tell their own acts, no other's."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from defcoop_cli.curation.drafting.claims.readings import BOTH, told_subject, what_is_claimed
from defcoop_cli.factbase.vocab import THE_SOURCE

Told = Callable[[frozenset[str], "frozenset[str] | None"], bool]


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
