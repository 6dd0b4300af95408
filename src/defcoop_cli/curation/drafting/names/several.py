"""A body's name of several subjects joined by "and": one name, never two.

"Ministry of Economy, Trade and Industry" (a body of a list of subjects) and "Joint Working
Group on Defence Equipment and Technology Cooperation" (a body that takes "on" and its
subjects, every word around the "and" capitalised) are each one body. A name of words
joined by "and" and no such body, "Visakhapatnam and Kochi", is two (entities' split).
"""

from __future__ import annotations

import re

from defcoop_cli.curation.drafting.pages import name_words

_W = r"[A-Z][\w’'-]*"
BODY_LIST = re.compile(
    rf"\b(?:{'|'.join(sorted(name_words()['body word']))}) of {_W}(?:, {_W})+,? and {_W}"
    rf"(?: (?:of|for) (?:the )?{_W}(?: {_W})*)?"  # "… and Fisheries of Kastania"
)
# A body that takes "on" (name_words' "joins on": "Group", "Commission", "Dialogue"), then
# capitalised subjects joined by "and": "Commission on Trade and Industry".
_BODY_ON = re.compile(
    rf"\b(?:{'|'.join(sorted(name_words()['joins on']))}) on (?:the )?{_W}(?: {_W})*,? and {_W}"
)


def one_body(found: str) -> bool:
    """Whether a capitalised name holding "and" is one body's name of several subjects."""
    return BODY_LIST.search(found) is not None or _BODY_ON.search(found) is not None
