"""A domestic critic's verdict on its own government's handling of the talks (R60): the
opposition's, a ruling party's, a house member's or a party spokesperson's charge, praise or
dismissal is the critic's, `reported`, and filed first under the assessment topic, its
subject second. The critic speaks for neither side of the talks (R46): its verdict is a
view, as a commentator's is (R5, R44), and no act of the two sides.

- **Who**: the reading gives the words to a party of the house as a whole ("the
  opposition", "the ruling party", "opposition parties"), or the words before the verb name
  a politician of the house ("Rajya Sabha member X of the Opposition", "X, an opposition
  MP", "party spokesperson X").
- **What**: a verb judging the government, the talks or the criticism of them ("played
  down the outcome of the talks", "accused the government of …", "dismissed the criticism",
  "I laud the Government for …"), or a verb of saying before the government judged by a
  copula ("said the government was 'better at photographs than at frigates'").

Kept, filed by what it reports: a critic's report of what was or was not done ("They said
the talks had produced no contract", "He alleged that the Centre had announced visions
without a single project": an act told, not the government judged); a verdict on anything
else ("The opposition slammed the incursions"); a minister answering for his government (a
party to the talks: no politician's word before his name)."""

from __future__ import annotations

import re

from defcoop_cli.curation.drafting.speakers import Reading
from defcoop_cli.curation.drafting.verbs import reported_verb
from defcoop_cli.factbase.vocab import THE_SOURCE

# A party of the house as a whole, as the reading names it (unnamed/unnamed.py's collective,
# a body in common nouns: "the ruling party").
_HOUSE_PARTY = re.compile(
    r"the (?:opposition(?: part(?:y|ies))?|ruling (?:party|parties|coalition|alliance)"
    r"|treasury benches)"
)
# A politician of the house, named by the words before the verb.
_POLITICIAN = re.compile(
    r"\b(?:MPs?|MLAs?|lawmakers?|legislators?|parliamentarians?"
    r"|(?:Rajya|Lok) Sabha (?:member|MP)|member of (?:the )?(?:parliament|Parliament|House"
    r"|Rajya Sabha|Lok Sabha|Opposition|opposition)|of the (?:Opposition|opposition)"
    r"|(?:[Oo]pposition|party) (?:leader|spokes(?:person|man|woman))"
    r"|[Ll]eader of (?:the )?[Oo]pposition)\b"
)
# What a verdict judges: the government, the talks or visit, their outcome, the criticism.
_JUDGED = (
    r"(?:government|Government|Centre|administration|talks|visit|trip|meeting|outcome"
    r"|criticism|charges?|engagement)"
)
# A verb judging it, its object within a few words ("played down the outcome of …").
_JUDGING = re.compile(
    r"(?:play(?:ed|s) down|dismiss(?:ed|es)|accus(?:ed|es)|critici[sz](?:ed|es)|slamm?(?:ed|s)"
    r"|laud(?:ed|s)?|prais(?:ed|es?)|hail(?:ed|s)|derid(?:ed|es)|mock(?:ed|s)|ridicul(?:ed|es)"
    r"|attack(?:ed|s)|pann?(?:ed|s)|rubbish(?:ed|es)|lambast(?:ed|s)|fault(?:ed|s)"
    r"|berat(?:ed|es))"
    rf"(?= (?:[\w'’-]+ ){{0,5}}?{_JUDGED}\b)"
)
# A verb of saying before the government judged by a copula ("said the government was …").
_SAID_OF = re.compile(
    r"\b(?:said|says|told [\w ]{1,30}?|claimed|argued|charged|insisted)\s+(?:that\s+)?"
    r"the (?:government|Government|Centre|administration)\s+"
    r"(?:was|is|were|are|had been|has been|remained|remains)\b"
)


def domestic_verdict(quote: str, r: Reading) -> Reading:
    """The reading of a critic's verdict on its own government's handling of the talks as
    a view (the module's account); any other reading as it is."""
    if r.view or r.stance != "reported" or r.attribution == THE_SOURCE:
        return r
    party = _HOUSE_PARTY.fullmatch(r.attribution.lower()) is not None
    if not party and _POLITICIAN.search(quote) is None:  # no critic anywhere: no verb sought
        return r
    hit = reported_verb(quote)
    before = quote[: hit.match.start()] if hit is not None else ""
    if not (party or _POLITICIAN.search(before)):
        return r
    at = hit.match.start() if hit is not None else 0
    judged = _JUDGING.match(quote, at) if hit is not None else _JUDGING.search(quote)
    if not (judged or _SAID_OF.search(quote, at)):
        return r
    return r._replace(view=True, rule=f"{r.rule}; a domestic critic's verdict (R60)")
