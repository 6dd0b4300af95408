"""A reply to numbered points (an information officer's reply to an application, a
written answer to a list of queries): the requester's points and the reply's labels.

Where REPLIES lines or more open with a reply's label ("Reply:", "Answer:", "Response:",
"Ans.", a quiz's "Explanation:" and "Solution:"), the label is furniture like a stamp and
the reply's words are the report's; the line right before a reply that opens with a
point's label ("Point 1:", "Query 2:", "Item (b):", "Information sought:") is the
requester's, furniture as a question is (R3); so are
the reply's words to its addressee outside the replies, a line that says "you" or "your"
("Please refer to your application…", "If not satisfied with this reply, you may appeal…"),
and its subject line ("Subject: Information sought…").

A letter's salutation before a dash opening its first paragraph, as a letters page prints
it ("Sir, - Your report…", "Dear Editor, — …"), is furniture like a reply's label; a
speaker's "Sir, Japan is…" (no dash) is his sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

REPLIES = 2
LETTER_HEAD = 12  # a salutation opens one of a letter's first lines
# A company's letter to the exchanges has its letterhead, reference and date and each
# addressee's block (a department, an exchange, its address, a code) above its salutation.
ADDRESSEE_HEAD = 32
_REPLY = re.compile(
    r"(?:Reply|Answer|Response|Ans|Explanation|Solution)(?: \d{1,3})?\s*[.:\-–—]\s*(?=\S)"
)
_POINT = re.compile(
    r"(?:Point|Query|Question|Item|Para|Information sought|Request)"
    r"(?: (?:No\. ?)?\(?[\dA-Za-z]{1,3}\)?)?\s*[.:\-–—]\s"
)

_SALUTATION = re.compile(r"(?:Dear )?(?:Sir|Madam|Editor)\s?,?\s?[-–—]{1,2}\s*(?=[A-Z\"“])")
_SUBJECT = re.compile(r"(?:Subject|Sub|Ref)\s*[.:]\s")  # the letter's subject line
_YOU = re.compile(r"\b(?:you|your)\b", re.IGNORECASE)


def reply_labels(lines: Sequence[str]) -> tuple[dict[int, re.Match[str]], frozenset[int]]:
    """The reply lines' labels (and a letter's salutation) by line number, and the numbers
    of the requester's points."""
    salutes = {n: m for n, line in enumerate(lines[:LETTER_HEAD]) if (m := _SALUTATION.match(line))}
    labels = {n: m for n, line in enumerate(lines) if (m := _REPLY.match(line))}
    if len(labels) < REPLIES:
        return salutes, frozenset()
    points = {n - 1 for n in labels if n and _POINT.match(lines[n - 1])}
    addressed = {n for n, line in enumerate(lines) if n not in labels and _YOU.search(line)}
    addressed |= {n for n, line in enumerate(lines) if _SUBJECT.match(line)}
    return {**labels, **salutes}, frozenset(points | addressed)


# A letter's salutation on a line of its own: "Dear Minister Nakatani," "Dear Sir:"
_DEAR = re.compile(r"Dear [A-Z][^,:;\n]{0,60}[,:]\s*$")


def addressed(lines: Sequence[str]) -> bool:
    """Whether the text is a letter written to someone: a salutation opens one of its
    first lines ("Sir, - Your report…"), or stands alone on one below its head, however
    many addressees it lists ("Dear Minister Nakatani,", "Dear Sir/Madam,"). Its "you" is
    the addressee, not the reader."""
    salutes = any(_SALUTATION.match(line) for line in lines[:LETTER_HEAD])
    return salutes or any(_DEAR.match(line) for line in lines[:ADDRESSEE_HEAD])
