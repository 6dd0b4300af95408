"""The article's own view told by a report's own voice (drafting.claims).

A shipped article tells its assessments in its own voice ("The article says the meeting
signified deepening trust"); the writer's view is the claim only of another view, or of a
party saying the same, not of the article's own report (`as_view`). But a
report's own sentence that reads the talks as evidence of something is a view in its
construction, whatever kind the drafter gave it: the meeting (visit, talks) "showed",
"signalled", "reflected", "marked", "underlined" something, "was a milestone", "is seen (read)
as a sign of" it. Such a sentence may make the claim of a view told in the article's voice."""

from __future__ import annotations

import re

from defcoop_cli.factbase.vocab import THE_SOURCE

ASSESSMENT = "assessment"  # the writer's own view: the claim of a view or a party's only

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


def as_view(kind: str, opinion: bool, parties: frozenset[str], act: str | None) -> bool:
    """Whether a sentence, the writer's own view or not (opinion), may make the claim of a
    fact of kind as a view: the writer's view only a view's; a view a view or a party's
    plain statement of it ("such exercises improve interoperability, the ministry said";
    not a welcome of it), not the article's own report (dev sets: recall +5, no wrong link
    more; tenth session)."""
    if (kind == ASSESSMENT) == opinion:
        return True
    return not opinion and THE_SOURCE not in parties and act is None
