"""The article's own view told by a report's own voice (drafting.claims).

A shipped article tells its assessments in its own voice ("The article says the meeting
signified deepening trust"); the writer's view is the claim only of another view, or of a
party saying the same, not of the article's own report (`finder.ClaimFinder._viewed`). But a
report's own sentence that reads the talks as evidence of something is a view in its
construction, whatever kind the drafter gave it: the meeting (visit, talks) "showed",
"signalled", "reflected", "marked", "underlined" something, "was a milestone", "is seen (read)
as a sign of" it. Such a sentence may make the claim of a view told in the article's voice."""

from __future__ import annotations

import re

# the talks' nouns as a subject, and a verb or frame reading them as evidence of something
_TALKS = r"(?:meeting|visit|talks|engagement|discussions|trip|dialogue)"
_READ_AS = re.compile(
    rf"\b(?:the|this|that|his|her|their|[A-Z][\w'’-]+)\s+(?:[\w'’-]+\s+){{0,2}}?{_TALKS}\b"
    r"(?:\s+(?:also|again|clearly|itself))?\s+"
    r"(?:showed|shows|signall?ed|signals|signified|signifies|reflected|reflects|marked|marks|"
    r"underlined|underlines|demonstrated|demonstrates|"
    r"(?:was|is|were|are)\s+(?:being\s+|\w+ly\s+)?(?:seen|read|viewed|regarded)\s+(?:[\w'’-]+\s+){0,3}?as\s+an?\s+"
    r"(?:sign|signal|mark|symbol|measure)|"
    r"(?:was|is)\s+(?:a|another|an)\s+(?:[\w'’-]+\s+){0,2}?(?:milestone|landmark|"
    r"turning\s+point|step\s+forward|sign|signal))\b",
    re.IGNORECASE,
)


def reads_the_talks(quote: str) -> bool:
    """Whether a sentence reads the talks as evidence of something (a view by its
    construction)."""
    return bool(_READ_AS.search(quote))
