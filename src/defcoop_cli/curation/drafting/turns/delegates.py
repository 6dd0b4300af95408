"""A delegation's member reporting the visit on his own site: a lawmaker's or an adviser's
"activity report" in the first person, by a writer new to the fact base ("I accompanied the
Minister … as one of his advisers", "our delegation met …", "our Minister expressed …").
He is a party to the talks, on one side's delegation, so his piece is his as a minister's
op-ed is (R35): his "I", his "we" and the events he tells are his by name (R64: in a
speaker's words, his); what another is named saying or doing stays the doer's (R6).

Read by its form: the page's author (its metadata, else its site's name: turns/forms.py)
is a person's name, and the body speaks as one of a delegation, in its "our" ("our
delegation", "our Minister", "our side's …": membership) and in its "I". A journalist
who travelled with the minister writes "I" but no "our delegation": his report stays "the
article" (R35), as does any piece no member signs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# A person's name: two to four capitalised words, "MORIKAWA Shuhei", "Jane Q. Roe".
_NAME = re.compile(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3}")
# Words that make a name an organisation's or a publication's, not a person's.
_NOT_A_PERSON = re.compile(
    r"(?i)\b(?:office|ministry|department|party|association|committee|council|website|site"
    r"|news|times|post|press|media|journal|daily|institute|foundation|centre|center|embassy"
    r"|government|bureau|agency|group|society|club|network|channel|tv|radio|books?)\b"
)
# The writer's own part in a delegation: its "our", as one of it.
_MEMBER = re.compile(
    r"(?i)\bour (?:(?:whole |own )?delegation|(?:(?:prime|foreign|defen[cs]e) )?minister"
    r"|(?:own )?side)\b|\bas (?:one of )?(?:his|her|the minister['’]s) (?:special )?advis[eo]rs?\b"
)
_I = re.compile(r"\bI\b")


def delegation_writer(author: str | None, lines: Sequence[str]) -> bool:
    """Whether author, a person new to the fact base, writes the text as a member of a
    delegation (see the module's doc)."""
    if not author or not _NAME.fullmatch(author) or _NOT_A_PERSON.search(author):
        return False
    return any(_MEMBER.search(line) for line in lines) and any(_I.search(line) for line in lines)
