"""An official paper's furniture by its form: what a department's note, return or summary for
its minister says of itself, never of the matter it reports.

- **A nil return or a placeholder** under a numbered head: a line that is only "Nil.", "Nil
  return", "None.", "No change.", "No new developments.", "Not applicable", "N/A", "To
  follow.", "Awaited.", perhaps after its own label ("Parliament matters: Nil."), or one that
  only promises the return later ("Figures for April are being compiled and will be
  circulated separately.", "Details will follow separately."). It says that the section has
  nothing to report, or not yet: no fact.
- **Its addressees**: a line opening "For the information of …", "For (the) attention of
  …", "For information and necessary action", "For perusal", which names whom the paper is
  for; the bodies it names there (the Cabinet Secretariat, the Council of Ministers) are
  its readers, no entities of its matter.
- **Its distribution list**: under a label line ("Distribution:", "Copy to:", "Copies to:",
  "Circulation:", "Distribution list"), the short lines that follow (offices and bodies,
  one a line, "PS to RM", "Cabinet Secretariat (for the information of the Council of
  Ministers)") until a line that reads as a sentence of more words.

Every pattern is anchored at the line's start and bounded: no backtracking over a long line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# An optional numbering and label before the return: "2.", "(b)", "2.1 Parliament matters:"
_LABEL = (
    r"(?:\(?[0-9ivxa-h]{1,4}[.)](?:\d{1,2}[.)]?)*\s+)?"
    r"(?:(?:[\w'’()/&,-]+\s+){0,6}?[\w'’()/&,-]+\s*[:–—]\s*|(?:[\w'’()/&,-]+\s+){1,6}?-\s+)?"
)
_NIL = re.compile(
    r"(?i)" + _LABEL + r"(?:(?:nil(?: return| report)?|none|no change(?:s)?(?: to report)?"
    r"|no (?:new |significant |major |further )?(?:developments?|updates?|inputs?|items?)"
    r"(?: to report)?|nothing (?:new |significant |further )?to report)"
    # "No change since the last summary.": since the paper's last return
    r"(?:\s+since (?:the )?(?:last|previous) (?:summary|report|note|return|week|month|meeting))?"
    r"|not applicable|n/?a|to follow|awaited|(?:details|figures|inputs) (?:to follow|awaited)"
    r"|(?:being|under) (?:compiled|compilation))\s*[.;]?"
)
# The return promised later, in its own words: "… will be circulated separately."
_LATER = re.compile(
    r"(?i)(?:(?:the|a|an)\s+)?(?:[\w'’()/,-]+\s+){0,3}?(?:figures|details|data|inputs|statistics"
    r"|information|particulars|text|returns?|updates?|note|brief|summary|report)"
    r"(?:\s+[\w'’()/,-]+){0,4}?\s+(?:is|are|will be|shall be|to be)\s+(?:being\s+)?"
    r"(?:compiled|collated|awaited|prepared|circulated|submitted|forwarded|sent|issued|placed)"
    r"(?:\s+and\s+(?:will|shall)\s+be\s+(?:circulated|submitted|forwarded|sent|issued|placed))?"
    r"\s+(?:separately|in due course)\s*\.?"
    # "Inputs from the Services are awaited.": the return not in yet
    r"|(?:[\w'’()/,-]+\s+){0,3}?(?:figures|details|data|inputs|statistics|information|report)"
    r"(?:\s+[\w'’()/,-]+){0,4}?\s+(?:is|are)\s+(?:still\s+)?awaited\s*\.?"
    # Any section's matter being compiled for a later paper: "Defence exports for the month
    # are being compiled and will be reported in the next summary." (the paper's own return)
    r"|(?:[\w'’()/,-]+\s+){1,7}?(?:is|are)\s+(?:being|yet to be)\s+(?:compiled|collated"
    r"|prepared|finalised|finalized)(?:\s+and\s+(?:will|shall)\s+be\s+(?:reported|circulated"
    r"|included|submitted|placed|given|forwarded))?\s+(?:separately|in due course|in (?:the|a)"
    r" (?:next|subsequent|following|later) (?:summary|report|note|return|brief|update"
    r"|edition))\s*\.?"
)
_ADDRESSEES = re.compile(
    r"(?i)[-•*–(]?\s*for\s+(?:the\s+)?(?:kind\s+)?(?:information|attention|perusal|approval"
    r"|necessary action|info)\b(?:\s+(?:and|&)\s+(?:necessary action|record|approval|perusal))?"
    r"(?:\s+(?:of|to)\b|\s*[:.)]?\s*$)"
)
_DISTRIBUTION = re.compile(
    r"(?i)(?:distribution(?: list)?|copy to|copies to|circulation|internal circulation"
    r"|copy for information|distr\.?)\s*[:–—-]?\s*$"
)
# The label with its list on one line: "Copy to: Cabinet Secretariat; PS to RM".
_DISTRIBUTED = re.compile(
    r"(?i)(?:distribution(?: list)?|copy to|copies to|circulation|copy for information)"
    r"\s*[:–—-]\s*\S"
)
RETURN_CHARS = 200  # a nil return's or a placeholder's line, at most so long
LIST_WORDS = 16  # a distribution list's line: an office or a body, at most so many words


# What makes a text an official paper, whose one-word returns are its sections' own: a
# classification marking, or numbered paragraphs ("1.", "2.1", "(3)") on two lines or more.
_MARKING = re.compile(
    r"(?i)[-•*\s]*(?:un)?classified|restricted|confidential|(?:top )?secret"
    r"|for official use only|official[- ]sensitive"
)
_NUMBERED = re.compile(r"\(?\d{1,2}(?:\.\d{1,2})*[.)]?\s+\S")


def official_form(lines: Sequence[str]) -> bool:
    """Whether the text reads as an official paper: a marking, an addressee line, a
    distribution list's label, or two numbered paragraphs."""
    numbered = 0
    for line in lines:
        text = line.strip()[:RETURN_CHARS]
        if _MARKING.match(text) or _ADDRESSEES.match(text) or _DISTRIBUTION.fullmatch(text):
            return True
        numbered += _NUMBERED.match(text) is not None
        if numbered >= 2:
            return True
    return False


def official_lines(lines: Sequence[str]) -> set[int]:
    """The indices of an official paper's nil returns, placeholders (only in a text of an
    official paper's form: "None." answers a question in a transcript, and a news story's
    "The text … will be issued separately" is its news), addressee lines and distribution
    list (see the module's doc)."""
    found: set[int] = set()
    listing = False
    paper = official_form(lines)
    for number, line in enumerate(lines):
        text = line.strip()
        if listing and _list_line(text):
            found.add(number)
            continue
        listing = False
        if _DISTRIBUTION.fullmatch(text):
            found.add(number)
            listing = True
        elif (paper and _returns(text)) or _addressees(text) or _DISTRIBUTED.match(text):
            found.add(number)
    return found


def _returns(text: str) -> bool:
    """A nil return or a placeholder (RETURN_CHARS at most: the patterns never read more)."""
    return len(text) <= RETURN_CHARS and bool(_NIL.fullmatch(text) or _LATER.fullmatch(text))


def _addressees(text: str) -> bool:
    """A line naming whom the paper is for."""
    return _ADDRESSEES.match(text) is not None and len(text.split()) <= 3 * LIST_WORDS


def _list_line(text: str) -> bool:
    """A distribution list's line: a few words, no sentence ending inside or at its end
    but a bracket's."""
    words = text.split()
    return 0 < len(words) <= LIST_WORDS and not re.search(r"[.!?](?:\s|$)", text)
