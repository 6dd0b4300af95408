"""Market people as unnamed speakers, and a market's sentence.

A markets report, a closing-bell wrap or an investor newsletter speaks through collective
nouns of the people of the market: "Brokerages hailed the talks as …", "Traders said the
rally …", "Fund managers were keen to see …", "One brokerage said …". They are unnamed
sources as "analysts" are (R9, R27 of tests/fixtures/CONVENTIONS.md: "unnamed traders",
"unnamed fund managers", "unnamed brokerage"), and commentators, no party to the talks:
their view of the talks is an assessment (R5). A compound noun of them ("fund managers",
"market participants") is a bare plural all the same.

A market's own sentence ("Shipbuilding stocks were among the day's best performers", "the
benchmark index closed 0.4% higher", "Defence shares rallied") tells what firms' shares
did: it is about the firms and the money put into them, which the fact base files under the
topic whose description names investment (drafting.about.topics).
"""

from __future__ import annotations

import re

# A compound noun of the market's people (vocab.MARKET_PEOPLE), which a bare plural's
# "unnamed" takes whole.
COMPOUND = re.compile(r"(?:fund|money|portfolio|market) [a-z]+s|broking houses")
# The verbs by which a commentator gives a view without a verb of saying: "Brokerages hailed
# the talks as …", "Analysts played down …", "Fund managers cheered …", "Market watchers
# were cautious" (a verb's first word).
VIEW_VERBS = frozenset(
    {"hailed", "hails", "praised", "praises", "welcomed", "welcomes", "cheered", "cheers"}
    | {"played", "plays", "dismissed", "dismisses", "lauded", "lauds", "read", "reads"}
    | {"thought", "believed", "reckoned"}  # a view of a clause: "thought the talks ran long"
    | {"think", "thinks", "believe", "believes", "reckon", "reckons"}  # "Analysts believe…"
    | {"was", "were", "is", "are", "remained"}  # a mood: "were cautious", "remained upbeat"
)
# A market's sentence: shares or stocks and what they did, an index, a rally, the day's best
# or worst performers, a market's capitalisation.
_MARKET = re.compile(
    r"(?i)\b(?:stocks|equities|share prices?"
    r"|(?:benchmark|broader|stock|share|sectoral) ind(?:ex|ices)"
    r"|ind(?:ex|ices) (?:closed|ended|finished|rose|fell|gained|lost|climbed|slipped)"
    r"|(?:closed|ended|finished) (?:the day |the session )?(?:[\d.,]+ ?(?:%|per ?cent|points?) )?"
    r"(?:higher|lower|flat|in the (?:red|green))"
    r"|shares (?:rose|fell|rallied|gained|climbed|jumped|slipped|surged|slumped|closed|ended"
    r"|were|of)\b|(?:stock|share|market) rall(?:y|ies)|(?:best|worst|top) performers?"
    r"|market capitali[sz]ation"
    r"|sensex|nifty|nikkei|topix)\b"
)


def market_sentence(quote: str) -> bool:
    """Whether the quote tells what a market did: shares, stocks, an index, a rally."""
    return _MARKET.search(quote) is not None
