"""The places where a document's form names who speaks or writes it, once, outside its
sentences: a speech's head ("Remarks by Raksha Mantri …"), a byline ("By Rajnath Singh"),
a header's or a form's field ("From: Gen Nakatani <…>", "Speaker: Rajnath Singh, Raksha
Mantri", "Issued by: …", "Author: …"), an editor's note on who delivered it for whom ("The
following statement was read out by Mr X, Spokesperson, on behalf of Minister Y"), and a
signature after a letter's closing ("Yours sincerely, / Rajnath Singh / Raksha Mantri"),
and a page's title after its last bar, the site's own name ("Talks with … | Rajnath
Singh": a person's own site, whose entries he writes).

One shape behind them all: a short line of the head or the close whose label (a field's
name, "by", "on behalf of", a valediction on the line before) says the words after it are
the speaker's or the writer's name. A field or a line that names anyone else is no such
place, however near: a recipient ("To:", "Dear …", an address block), a copy ("Cc:"), a
contact ("Media contact:"), a drafter, a reader who reads it for another, a translator, a
chair or a rapporteur. Whether the name is a person of the fact base and the body speaks
in the first person is turns/speeches.py's to judge.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

HEAD_LINES = 10  # a speech's head, a byline, a header's fields: among the first lines
CLOSE_LINES = 8  # a signature: among the last lines
FIELD_WORDS = 16  # a field's line is short
_HEAD = re.compile(
    r"(?i)(?:(?:full )?text of (?:the )?)?(?:(?:opening|closing|concluding|keynote|welcome"
    r"|inaugural|special|prepared|valedictory) )?(?:remarks|speech|address|toast|statement"
    r"|keynote)(?: (?:as )?(?:delivered|prepared|made|given))?(?: by| of) (?P<who>\S.{2,200})"
)
# A byline: "By Rajnath Singh", "BY RAJNATH SINGH", "By Rajnath Singh | New Delhi".
_BYLINE = re.compile(r"(?i:by)\s+(?P<who>[A-Z][\w.'’ -]{2,60}?)\s*(?:[|,(–—-].{0,80})?")
# A field naming who speaks or writes: "From:", "Speaker:", "Presenter:", "Issued by:",
# "Written by", "Presented by".
_SPEAKS = re.compile(
    r"(?i:(?:from|sender|author|writer|speaker|presenter|signatory|signed)\s*:"
    r"|(?:issued|written|signed|sent|posted|presented)\s+by\b:?)\s*(?P<who>\S.{1,200})"
)
# Any field of a header or a form ("To:", "Cc:", "Subject:", "Date:", "Rapporteur:"): the
# body begins after the last of a run of them.
_FIELD = re.compile(r"[A-Za-z][\w .()/-]{0,30}:(?:\s+\S.*)?")
# An editor's note on who delivered the text for whom: the one it was delivered for speaks.
_BEHALF = re.compile(r"(?i)\bon behalf of (?P<who>[^.;]{3,160})")
_DELIVERED = re.compile(  # before "on behalf of", within its clause: read from its end
    r"(?i)\b(?:read(?: out)?|delivered|issued|made|presented|given|signed|sent|released)\b"
    r"[^.;]{0,160}$"
)
# The note as a line of its own, the text's form, not its sentence: "The following
# statement was read out by …". (furniture/formulas.py takes it off the body.)
DELIVERY_NOTE = re.compile(
    r"(?i)(?:the )?following (?:statement|message|remarks|speech|address|text|letter)s?"
    r" (?:was|were|is|has been) (?:read(?: out)?|delivered|issued|made|released|given"
    r"|presented)\b[^.;]{0,240}\bon behalf of\b[^;]{0,200}"
)
# A letter's or a message's closing, the whole of a line; its signature follows.
_CLOSING = re.compile(
    r"(?i)(?:yours (?:sincerely|faithfully|truly|ever|respectfully|cordially)"
    r"|(?:very )?(?:sincerely|respectfully|cordially|faithfully)(?: yours)?"
    r"|(?:with )?(?:(?:warm|warmest|kind|kindest|best|warm personal|my) )?regards"
    r"|(?:with )?(?:best|warm|warmest|all good) wishes|with (?:respect|gratitude))[,.!]?"
)
SIGNATURE_LINES = 3  # the name stands within so many lines after the closing


# A statement's or a testimony's title alone on its line, its speaker's name on the next
# ("STATEMENT FOR THE RECORD" / "DR. MARGARET ELLERY" / "SENIOR FELLOW, …"; "Written
# testimony of" / "Ambassador Jane Roe"), as a congress's or a parliament's committee
# prints a witness's statement.
_PIECE = re.compile(
    r"(?i)(?:(?:written|prepared|opening|oral) )?(?:statement|testimony|evidence|submission)"
    r"(?: (?:for the record|as (?:prepared|delivered)(?: for delivery)?|submitted))?"
    r"(?: (?:of|by))?:?"
)
# A person by a courtesy or rank before a name of one to three words, the whole of a line:
# "DR. MARGARET ELLERY", "Ambassador Jane Roe" (a name the fact base may not hold).
_TITLED = re.compile(
    r"(?i:dr|mr|mrs|ms|prof|professor|amb|ambassador|gen|general|adm|admiral|hon)\.?\s+"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){0,2})"
)


def statement_speaker(lines: Sequence[tuple[int, int, str]]) -> tuple[int, str] | None:
    """The index of the name's line and the name under a statement's or a testimony's
    title among the first lines, else None (the name as the line gives it)."""
    for n, (_, _, text) in enumerate(lines[: min(HEAD_LINES, len(lines)) - 1]):
        if _PIECE.fullmatch(text.strip()) and _short(lines[n + 1][2]):
            return n + 1, lines[n + 1][2].strip()
    return None


def titled_person(words: str) -> str | None:
    """The name of a line that is a person by a courtesy or a rank and a name ("DR. MARGARET
    ELLERY": Margaret Ellery), else None."""
    m = _TITLED.fullmatch(words.strip())
    return " ".join(w.capitalize() if w.isupper() else w for w in m["name"].split()) if m else None


def form_places(
    lines: Sequence[tuple[int, int, str]], bylines: bool = True
) -> Iterator[tuple[int, str, bool]]:
    """Each place of the text's form that names its speaker or writer, in order (the head
    before the close): the index of the line after which the body begins (-1: from the
    first line), the words that name him (bylines: a byline counts), and whether the place
    is a field, a note or a signature, which names a sender whatever the text (a speech's
    head or a byline names a piece's speaker or author, and a report may have one too)."""
    begun = False  # a body's line has come: a field or a note after it is none of the head's
    for n, (_, _, text) in enumerate(lines[:HEAD_LINES]):
        if len(text) > 300:
            begun = True
            continue
        if (m := _HEAD.match(text)) or (bylines and (m := _BYLINE.fullmatch(text))):
            yield n, m.group("who"), False
        elif not begun and (m := _delivered_for(text)):
            yield n, m.group("who"), True  # read out by a spokesperson: the one he reads for
        elif not begun and _short(text) and (m := _SPEAKS.match(text)):
            yield _fields_end(lines, n), m.group("who"), True
        begun = begun or not _short(text)
    close = max(0, len(lines) - CLOSE_LINES)
    for n in range(close, len(lines)):
        if _CLOSING.fullmatch(lines[n][2]):
            for _, _, text in lines[n + 1 : n + 1 + SIGNATURE_LINES]:
                if _short(text):
                    yield -1, text, True


# Whom the document is written to: an e-mail's or a memo's "To:", a letter's "Dear …,".
_TO = re.compile(
    r"(?i:to|attn|attention)\s*:\s*(?P<who>\S.{1,200})|(?i:dear)\s+(?P<dear>[^,:;]{2,80})[,:]?"
)
ADDRESS_LINES = 14  # a letter's salutation may follow its letterhead and address block


def addressees(lines: Sequence[tuple[int, int, str]]) -> Iterator[str]:
    """The words of each place of the text's head that names whom it is written to."""
    for _, _, text in lines[:ADDRESS_LINES]:
        if _short(text) and (m := _TO.fullmatch(text)):
            yield m.group("who") or m.group("dear")


# A diplomatic letter's closing courtesy: "Please accept, Excellency, the assurances of my
# highest consideration."; "I avail myself of this opportunity to renew … the assurances …".
_COURTESY = re.compile(
    r"(?i)(?:please accept|I avail myself|I take this opportunity|accept)\b[^.;]{0,120}"
    r"\bassurances? of (?:my|our) (?:highest|high|most distinguished|renewed) (?:consideration"
    r"|esteem|regard)\.?"
)
# A message's or a publication's confidentiality or use footer: "This e-mail and any
# attachments are confidential.", "This alert is confidential and intended for subscribers
# …", "This Research Flash is prepared for the use of Members and is not an official …".
_PIECE_NOUN = r"(?:e-?mail|message|communication|alert|note|report|brief(?:ing)?|paper|flash"
_CONFIDENTIAL = re.compile(
    rf"(?i)(?:this|the) (?:[\w-]+ ){{0,2}}?{_PIECE_NOUN}|publication|document|newsletter"
    r"|bulletin|advisory)(?: and any (?:attachments?|files?)(?: (?:to|with) it)?)?"
    r" (?:(?:is|are|may be|contains?) (?:strictly )?(?:confidential|privileged|intended"
    r" (?:solely|only))|(?:is|has been|was) (?:prepared|produced|written) (?:solely )?for"
    r" the (?:use|information) of)\b[^\n]{0,300}"
)

# A circular's or an office memorandum's signature: the signer's name in brackets, the whole
# of a line, perhaps after a rank or an honorific, with "(Retd.)" ("(Col. (Retd.) A. B.
# Rao)", "(Dr. Meena Iyer)", "(R. K. Sharma)"): who signed it, no report.
_BRACKETED_SIGNER = re.compile(
    r"\((?:[A-Z][a-z]{0,5}\.?\s+)?(?:\((?i:retd|retired|ret)\.?\)\s+)?"
    r"(?:[A-Z]\.\s?){0,3}[A-Z][a-z'’-]+(?:\s+(?:[A-Z]\.\s?)*[A-Z][a-z'’-]+){0,3}\)"
)


def form_lines(lines: Sequence[str]) -> set[int]:
    """The lines (indices) that are a document's form, not its report: a note of who read
    it for whom among its first lines (DELIVERY_NOTE), a letter's closing courtesy, a
    message's confidentiality footer, a signer's name in brackets among its last lines."""
    found = {n for n, line in enumerate(lines[:HEAD_LINES]) if DELIVERY_NOTE.fullmatch(line)}
    close = max(0, len(lines) - CLOSE_LINES)
    for n in range(close, len(lines)):
        line = lines[n]
        if _COURTESY.fullmatch(line) or _CONFIDENTIAL.fullmatch(line) or _signer(line.strip()):
            found.add(n)
    return found


def _signer(line: str) -> bool:
    """Whether the line is a signer's name in brackets (`_BRACKETED_SIGNER`) of two words
    or more past its rank: a single word in brackets ("(Reuters)") is a credit, no name."""
    m = _BRACKETED_SIGNER.fullmatch(line)
    name = re.sub(r"^\((?:[A-Z][a-z]{0,5}\.\s+)?(?:\([^()]*\)\s+)?", "", line) if m else ""
    return len(name.split()) >= 2


def sent(lines: Sequence[str]) -> bool:
    """Whether a field, a note or a signature of the text's form names a sender (a letter,
    a message, a statement: its courtesies are its sender's, as a speech's)."""
    return any(s for _, _, s in form_places([(0, 0, line) for line in lines], bylines=False))


def _delivered_for(text: str) -> re.Match[str] | None:
    """The "on behalf of …" after a verb of delivering in its clause ("read out by Mr X,
    Spokesperson, on behalf of Minister Y"), else None."""
    m = _BEHALF.search(text)
    if m is None or not _DELIVERED.search(text, max(0, m.start() - 200), m.start()):
        return None
    return m


def _short(text: str) -> bool:
    return len(text.split(maxsplit=FIELD_WORDS)) <= FIELD_WORDS


def _fields_end(lines: Sequence[tuple[int, int, str]], n: int) -> int:
    """The last line of the run of a header's fields that line n is in."""
    while n + 1 < min(len(lines), HEAD_LINES) and _short(lines[n + 1][2]):
        if not _FIELD.fullmatch(lines[n + 1][2]):
            break
        n += 1
    return n


def head_speaker(text: str) -> str | None:
    """The words after a speech's head's "by" or "of" ("REMARKS BY THE JAPANESE DEFENCE
    MINISTER." gives "THE JAPANESE DEFENCE MINISTER."), when the text is such a head."""
    m = _HEAD.match(text) if len(text) <= 300 else None
    return m.group("who") if m else None


def speech_head(lines: Sequence[tuple[int, int, str]]) -> tuple[int, str] | None:
    """The head line's index among the lines and the words after its "by" or "of", when
    one of the first HEAD_LINES lines is a speech's head; else None."""
    for n, (_, _, text) in enumerate(lines[:HEAD_LINES]):
        if (who := head_speaker(text)) is not None:
            return n, who
    return None


# A page's title: its last part after a bar or a dash is the site's name ("… | Rajnath Singh").
_TITLE = re.compile(r"(?is)<title[^>]*>([^<]{1,400})</title>")
_TITLE_BAR = re.compile(r"\s+[|–—-]\s+")
SITE_WORDS = 5  # a site's name is short


# A person's own site named as such: "MORIKAWA Shuhei Official Website", "Official Site of X".
_OFFICIAL = re.compile(
    r"(?i)^(?:the )?official (?:web ?site|site|home ?page) of (?=\S)"
    r"|(?<=\S)(?:['’]s)? official (?:web ?site|site|home ?page)$"
)


# The page's story, whose words name no site: its <article>, else its <main>.
_STORY = re.compile(r"(?is)<(article|main)\b.*?</\1\s*>")


def site_owner(html: str) -> str | None:
    """The site's name after the last bar or dash of the page's title, when it is short
    and the page names it again outside its title and its story, in a header or a footer
    ("… | Rajnath Singh" and "Office of Rajnath Singh"; not a news page's "Interview | Gen
    Nakatani", which names him only in its story; "X Official Website" and "Official Site
    of X" are X's); else None. Whether it is a person of the
    fact base who writes the body in the first person is turns/speeches.py's to judge."""
    from html import unescape

    m = _TITLE.search(html, 0, 20_000)
    if m is None:
        return None
    parts = _TITLE_BAR.split(" ".join(unescape(m[1]).split()).strip(" |–—-"))
    last = _OFFICIAL.sub("", parts[-1].strip(" |–—-"))  # "X Official Website": X
    if len(parts) < 2 or not 0 < len(last.split()) <= SITE_WORDS:
        return None
    rest = _STORY.sub(" ", html[: m.start()] + html[m.end() :])
    return last if last in " ".join(unescape(re.sub(r"<[^>]*>", " ", rest)).split()) else None
