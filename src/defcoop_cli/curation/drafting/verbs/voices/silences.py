"""A refusal to comment on the piece's own findings: "The embassy declined to comment on the
findings.", "Neither ministry responded to requests for comment on the survey." A party
saying nothing of a release's survey or a report's study takes no position and does no
act of the talks: what is told is the piece's own business, its voice and its assessment
(R6, R35). A refusal to comment on anything else ("A spokesperson declined to comment on
whether a deal was close") stays the one who declined, as every set judges it.
"""

from __future__ import annotations

import re

from defcoop_cli.curation.drafting.speakers import Reading
from defcoop_cli.factbase.vocab import THE_SOURCE

# The refusal, then what it is about: the piece's own findings, named by its own noun after
# a determiner of this piece ("the findings", "the survey's results", "this report").
_NO_COMMENT = re.compile(
    r"\b(?:declined|refused|did\s+not|would\s+not|could\s+not)\s+(?:to\s+)?(?:comment|respond)"
    r"|\bdid\s+not\s+(?:respond|reply)\s+to\s+(?:a\s+)?requests?\s+for\s+comment"
    r"|\bmade\s+no\s+comment|\bhad\s+no\s+comment",
    re.IGNORECASE,
)
_OWN_FINDINGS = re.compile(
    r"\s+(?:on|about)\s+(?:the|these|this|our|its)\s+(?:(?:survey|poll|study|report|tracker)['’]s"
    r"\s+)?(?:new\s+|latest\s+)?(?:findings|results|figures|survey|poll|study|report|tracker)"
    r"\s*[.,;]?\s*$",
    re.IGNORECASE,
)


def unanswered(sentence: str, r: Reading) -> Reading:
    """The piece's own voice and its assessment where a party declines to comment on the
    piece's own findings (see the module); else the reading as it is."""
    refusal = _NO_COMMENT.search(sentence)
    if refusal is None or not _OWN_FINDINGS.match(sentence, refusal.end()):
        return r
    rule = f"{r.rule}; no comment on the piece's own findings"
    return Reading("position", "reported", THE_SOURCE, rule, view=True)
