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

- **Its own make**, in a paper of its form: its file number ("No. 14(7)/2025/D(IC-III)", "F.
  No. 1/2/2025-IC", "Ref: MoD/IC/112/2025"); its "Subject:" field, with the lines it wraps
  onto up to the one that ends in a stop; an action table's rows (columns set apart by runs
  of spaces); a sentence pointing to its annex ("Participants: As per Annexure 'A'.", "The
  lists of the two delegations are at Annex I."); its colophon, on its own issue or signing
  ("This issues with the approval of Defence Secretary.", "These minutes were signed at New
  Delhi on 5 May 2025 in two originals …", "Done at … in duplicate"). A news report's "the
  minutes were approved by the board" or "an annex to the agreement" tells its news.
- **A heading run into its paragraph**, in capitals ("3. TERRORIST ATTACK AT PAHALGAM. RM
  briefed …"): the line's first sentence, two words or more with no small letter, with more
  of the line after it.

Every pattern is anchored at the line's start and bounded: no backtracking over a long line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from defcoop_cli.curation.drafting.pages import IN_CAPITALS

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
# Its own make: its file number, its subject field, its table's rows (module doc).
_FILE_NUMBER = re.compile(
    r"(?i)(?:(?:f|file|ref|reference|letter|u\.?\s?o)\.?\s*[:.]?\s*(?:no\.?\s*[:.]?\s*)?"
    r"|no\.?\s*[:.]?\s*)(?=[\w()./-]*\d)[\w().-]+/[\w()./-]+"
)
_SUBJECT = re.compile(r"(?i)(?:subject|sub|re)\s*(?::|\s[–—-]\s)\s*\S")
_STOPPED = re.compile(r"[.!?][\"”’')]?$")
SUBJECT_LINES = 4  # a subject field wraps onto so many lines at most
_COLUMNS = re.compile(r"\S(?: {3,}|\t+)(?=\S)")
_SENTENCE_END = re.compile(r"[a-z][.!?][\"”’')]?$")  # a row ends in no sentence's stop
# A sentence pointing to its annex, or its colophon (module doc).
_DOC = r"(?:annex(?:ure)?|appendix|enclosure|attachment)(?:\s+['‘\"“]?[A-Z0-9]{1,4}['’\"”]?)?"
_POINTER = re.compile(
    r"(?i)(?:[\w'’ ]{1,30}:\s*)?(?:as per|vide|see|refer to)\s+(?:the\s+)?" + _DOC + r"\s*\.?"
    r"|[^,;:]{0,80}?\b(?:is|are)\s+(?:(?:given|placed|attached|enclosed|reproduced)\s+)?"
    r"(?:at|in)\s+(?:the\s+)?" + _DOC + r"\s*\.?"
    r"|[^,;:]{0,80}?\b(?:is|are)\s+(?:annexed|enclosed)\s*\.?"
)
_COLOPHON = re.compile(
    r"(?i)(?:this|it)\s+issues?\s+with\s+the\s+(?:approval|concurrence|consent)\s+of\b"
    r"|(?:these|the present|this)\s+(?:agreed\s+)?(?:minutes|record(?: of discussions)?"
    r"|summary record|note)\s+(?:were|was|are|is|have been|has been)\s+(?:signed|issued"
    r"|approved|agreed|adopted|prepared|seen)\b"
    r"|(?:done|signed)\s+(?:at|in)\s+[A-Z][\w ]{1,40}?\s+on\s+[^.]{1,40}?"
    r"\bin\s+(?:two|three|duplicate|triplicate)\b"
)
POINTER_CHARS = 160  # a pointer to its annex is short
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
        if paper and (made := _own_make(lines, number)):
            found |= made
            continue
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


def _own_make(lines: Sequence[str], number: int) -> set[int]:
    """The line's index (and a subject field's wrapped lines') where it is the paper's file
    number, subject field or a table's row; else none."""
    text = lines[number].strip()[:RETURN_CHARS]
    row = len(_COLUMNS.findall(text)) >= 2 and not _SENTENCE_END.search(text)
    if _FILE_NUMBER.fullmatch(text) or row:
        return {number}
    if not _SUBJECT.match(text):
        return set()
    made = {number}
    for at in range(number + 1, min(len(lines), number + SUBJECT_LINES)):
        if _STOPPED.search(lines[at - 1].strip()) or not _wrapped_field(lines[at].strip()):
            break
        made.add(at)
    return made


def _wrapped_field(text: str) -> bool:
    """A subject field's wrapped line: a few words, no numbered paragraph's."""
    return 0 < len(text.split()) <= LIST_WORDS and _NUMBERED.match(text) is None


def own_word(sentence: str) -> bool:
    """Whether a sentence of an official paper points to its annex or is its colophon."""
    text = sentence.strip()
    pointer = len(text) <= POINTER_CHARS and _POINTER.fullmatch(text) is not None
    return pointer or _COLOPHON.match(text) is not None


def capitals_heading(sentence: str, line: str) -> bool:
    """Whether the sentence is a heading in capitals run into its line's paragraph: the
    line's first sentence, two words or more, no small letter, more of the line after it."""
    text = sentence.strip().rstrip(".:")
    return (
        line.startswith(text)
        and len(text.split()) >= 2
        and len(line) > len(sentence.strip()) + 1
        and IN_CAPITALS.fullmatch(text) is not None
    )
