"""The author's note closing a piece: "Meera Iyengar is a Senior Fellow in the Indo-Pacific
Programme at CMCS.", "The writer is a former ambassador." (pages reads the second kind).

A commentary or a column ends on a line about who wrote it, after its last sentence and
before only furniture (a disclaimer, share buttons, tags). It is no statement of the report
and its names are no entities of it. Read by its form: the last line before the closing
furniture opens with a full name, then "is"/"was" and an office or a trade (a WordNet noun
of persons: "fellow", "correspondent", "professor"), and that name is in the furniture
before it (an author line, with or without "By": "Meera Iyengar, Senior Fellow, CMCS") and
in no body line (the report's own people are named in its body, its author only in the
head; "Tomas Ek is the new fleet commander" closing a report is news).

A paper written for a course or a degree carries two more notes about itself: the
student's declaration that it is his own work ("Declaration: I declare that this paper is
my own work …"), and the marker's comments closing it under their heading ("INSTRUCTOR'S
COMMENTS (FQ, 23/05/2025)", "Tutor's feedback:", "Examiner's report") with whatever
follows them (the comments, a grade). Neither tells the paper's report (`marked_lines`).
The comments may open the marked paper instead, under a heading naming none ("OVERALL
COMMENT", "General feedback:") in a paper's head with its mark: they run to the rule that
opens the copy ("----- SUBMITTED COPY -----"). A form's declaration is the applicant's own
("I certify that the information given in this application is true …"), and so is a
teacher's or a tutor's note on a lesson or a worksheet under its label ("Teacher's note:
this story is simplified …", "Note for teachers: …"): no report's. A news story that quotes
a teacher's comment has a speaker's verb in its sentence and no such label opening its line;
a line under the label with a speaker's tag ("…, Rao added in a letter") is news too.

An accessible version (an Easy Read or plain-language rendering of a release, which says
so in its head: "EASY READ", "This is a plain English version of our news release.")
sets its own apparatus about its sentences (`accessible_lines`): the lines saying what it
is and when it and the release it renders came out ("The press release came out on 5 May
2025."), its note on the words it explains ("Some words are in bold. We explain them in
the box at the end."), its offer of other formats and its maker ("This Easy Read version
was made by …"), and its own sections, the issuer's "Who we are" or "About us" ("We are
the Ministry of Defence.") and "Find out more" or "Contact us", up to the next heading.
A piece that does not call itself such a version keeps those lines: a news story may tell
of a release's day or of a ministry's "we".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from defcoop_cli.curation.drafting.entities import wordnet_nouns
from defcoop_cli.curation.drafting.furniture.apparatus.credits import (
    SECTION_HEADING_WORDS,
    sections,
)
from defcoop_cli.curation.drafting.furniture.apparatus.instructions import (
    FINITE,
    a_verb,
    speakers_tag,
)
from defcoop_cli.curation.drafting.furniture.roundups import tells_the_talks
from defcoop_cli.factbase.sentences import sentence_spans

# A full name, "is"/"was"/"has been", a determiner, then the words of an office up to a
# preposition, a comma or the sentence's end: "Meera Iyengar is a Senior Fellow in …".
_NOTE = re.compile(
    r"((?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w'’-]+),?\s+(?:is|was|has been)\s+(?:an?|the)\s+"
    r"((?:(?!(?:in|at|of|with|for|on|and|who|based)\b)[\w'’-]+\s*){1,5})"
)


def closing_note(lines: Sequence[str], furniture: Callable[[str], bool]) -> int | None:
    """The index of the line that is the author's note closing the piece, if one is."""
    last = len(lines) - 1
    while last > 0 and furniture(lines[last]):
        last -= 1
    m = _NOTE.match(lines[last]) if last > 0 else None
    if not m or m.group(2).split()[-1].lower() not in wordnet_nouns("person"):
        return None
    named = [furniture(line) for line in lines[:last] if m.group(1) in line]
    return last if named and all(named) else None


def authors_note(line: str, author: str | None, closing: bool) -> bool:
    """A line about the byline's author ("Arvind Sethi is the paper's editor"), or, closing
    the article, about a journalist ("Priya Raman is the paper's Delhi correspondent.")."""
    if closing and _JOURNALIST.match(line):
        return True
    if not author or not line.startswith(author):
        return False
    return (
        re.match(r"[\s,]+(?:is|was|has|writes|reports|covers|teaches)\b", line[len(author) :])
        is not None
    )


_JOURNALIST = re.compile(
    r"[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3} (?:is|was) [^.]{0,80}\b(?:correspondent|editor"
    r"|reporter|writer|columnist|journalist|contributor|bureau chief)\b"
)


# A student's declaration of his own work, perhaps under its label: "Declaration: I declare
# that this paper is my own work …", "I confirm that this essay is entirely my own work".
# Its own words, "own work", and nobody's verb of saying after a comma: a spokesman's "I
# confirm that this report is our own assessment …, the spokesperson told reporters" is news.
_DECLARATION = re.compile(
    r"(?i:[\w ]{0,30}(?:declaration|statement|originality|integrity|authorship|pledge)"
    r"[\w ]{0,20}:\s*)?I (?:hereby )?(?:declare|confirm|certify|affirm|attest)\b[^.!?\n]{0,40}"
    r"\bthis (?:[\w-]+ ){0,2}(?:paper|essay|assignment|thesis|dissertation|chapter|report"
    r"|submission|coursework|project)\b[^.!?\n]{0,30}\b(?:is|are|was|has been) (?:entirely |wholly "
    r"|all )?(?:my|our) own (?:original |unaided |independent )?work\b"
    r"(?![^\n]*,[^,\n]*\b(?:said|says|told|tells|added|stated|declared)\b)"
)
# A form's declaration: "I certify that the information given in this application is true
# to the best of my knowledge." (the particulars of this form, true, correct or complete).
_FORMS_DECLARATION = re.compile(
    r"(?i:[\w ]{0,30}declaration[\w ]{0,20}:\s*)?(?:I|We) (?:hereby )?(?i:declare|confirm|certify"
    r"|affirm|attest|undertake)\b[^.!?\n]{0,20}\bthe (?:information|particulars|details"
    r"|statements?|facts)\b[^.!?\n]{0,40}\b(?:in|on) this (?:application|form|proposal|return"
    r"|claim|declaration)\b[^.!?\n]{0,20}\b(?:is|are) (?:true|correct|complete|accurate)\b"
    r"(?![^\n]*,[^,\n]*\b(?:said|says|told|tells|added|stated|declared)\b)"
)
# A teacher's or a tutor's note on a lesson under its label: "Teacher's note: …", "Note for
# teachers: …", "Tutor's notes - …" (the role's words as _MARKERS_HEADING's).
_ROLES = (
    r"(?:instructor|tutor|marker|examiner|supervisor|assessor|reviewer|referee|lecturer"
    r"|teacher|grader|moderator|trainer|facilitator)"
)
_TEACHERS_NOTE = re.compile(
    rf"(?i:(?:the )?{_ROLES}s?['’]s? notes?|notes? (?:for|to) (?:the )?{_ROLES}s?)\s*[:–—-]\s*\S"
)


# The heading of a marker's comments on a paper: a reader's role, "'s", what he wrote, and
# perhaps his initials or the day in brackets ("INSTRUCTOR'S COMMENTS (FQ, 23/05/2025)").
_WRITTEN = r"(?:comments?|feedback|notes?|remarks?|report|assessment|evaluation)"
_MARKERS_HEADING = re.compile(
    rf"(?i)(?:the )?{_ROLES}s?['’]s? {_WRITTEN}(?P<by> ?\([^()\n]{{0,60}}\))?:?"
)
# A heading naming comments and no reader ("OVERALL COMMENT", "General feedback:"): a
# marker's in a marked paper's head only (`marked_lines`).
_COMMENTS_HEADING = re.compile(
    r"(?i)(?:overall|general|summary|final|marker['’]s|marking) (?:comments?|feedback|remarks?)"
    r"(?P<by> ?\([^()\n]{0,60}\))?:?"
)
# A rule across the line, perhaps with a label in it: "----- SUBMITTED COPY -----", "=====".
_RULE = re.compile(r"[-=_*~]{3,}(?:[^-=_*~]{0,40}[-=_*~]{3,})?")
# A mark, grade-shaped and alone on its line: "Grade: A-", "Mark: 66/100 (Upper Second)",
# "Mark: 64", "Final score: 71%". "Result: the panel called for …" is a report's news.
_MARK = re.compile(
    r"(?i)(?:final |overall )?(?:grade|mark|score|result)\s*:\s*(?:[A-F][+-]?|\d{1,3}(?:\.\d)?"
    r"(?:\s*/\s*\d{1,3}|\s*%)?|pass|fail|merit|distinction)(?:\s*\([^()\n]{0,40}\))?\.?"
)
# The paper's own head: a student's particulars ("Student: K. Lind", "Candidate number: …",
# "Roll No.: …", "Submitted: 9 May 2025") or its declaration of own work.
_PAPERS_HEAD = re.compile(
    r"(?i)(?:student|candidate(?: number| no\.?)?|roll no\.?|date submitted|submitted|course"
    r"|module|assignment)\s*:\s*\S"
)
_MARKED_BY = re.compile(r"(?i)(?:marked|graded|assessed|evaluated) by\s*:\s*\S")


def marked_lines(lines: Sequence[str]) -> set[int]:
    """A paper's declaration of own work, and its marker's comments: their heading and
    every line after it, or up to the rule opening the copy for comments heading the paper
    (the module's doc). A paper's only: the heading under the paper's head (a student's
    particulars or his declaration), signed in brackets or before a grade-shaped mark; a
    seminar report's "Moderator's remarks (Dr Meera Iyengar)" heads news. And a form's
    declaration, and a teacher's note under its label."""
    found = {
        n
        for n, line in enumerate(lines)
        if _DECLARATION.match(said := line.strip())
        or _FORMS_DECLARATION.match(said)
        or (_TEACHERS_NOTE.match(said) and not speakers_tag(said))
    }
    for n, line in enumerate(lines):
        own = _MARKERS_HEADING.fullmatch(line.strip())
        head = own or _COMMENTS_HEADING.fullmatch(line.strip())
        if not head:
            continue
        paper = found or any(_PAPERS_HEAD.match(before.strip()) for before in lines[:n])
        marked = head["by"] or any(_MARK.fullmatch(after.strip()) for after in lines[n + 1 :])
        if not own:  # no reader named: the paper's head marks it ("Marked by: …", "Mark: 64")
            marked = marked or any(
                _MARK.fullmatch(x.strip()) or _MARKED_BY.match(x.strip()) for x in lines[:n]
            )
        if paper and marked:
            end = next(
                (m for m in range(n + 1, len(lines)) if _RULE.fullmatch(lines[m].strip())), None
            )
            return found | set(range(n, len(lines) if own or end is None else end))
    return found


# A monitoring or an evaluation report's own apparatus, whatever the agency (`report_notes`):
# a tally field, its value figures ("Items captured: 214 (print 61, online 121, …)",
# "Cases reviewed: 48 (32 closed)"); its method under its label ("Methodology: items found
# by …", "Method: …"); its restriction to its client ("This note has been prepared solely
# for the addressee."; "… not for onward circulation"); and the directives under its
# recommendations' heading (bullets opening on a verb's base form: "- Offer trade titles a
# briefing on …", which the object rule of instructions.py misses); an analyst's note's
# risks in note form under their heading. None states the news:
# a field whose value is words ("Venue: South Block"), a sentence with its own stop
# ("Toll: 26 people were killed."), a bullet of findings ("- Coverage peaked on Monday.")
# or a bullet under another heading are no apparatus.
_TALLY = re.compile(r"[A-Z][\w'’ /&-]{0,40}:\s*(?P<value>\d[^:.!?]*?(?:\.\d[^:.!?]*)*)\s*")
_FIGURE = re.compile(r"[^\W\d_]*\d")  # a word with a figure in it: "214", "61,", "80%)"
_METHOD = re.compile(
    r"(?i)(?:methodology|methods?|sampling|scope and method(?:ology)?|notes? on (?:the )?"
    r"(?:method(?:ology)?|sources|data))\s*:\s*\S"
)
# A report's own method tells how its items were found, counted or measured: "items
# captured by keyword search …", "Audience figures are … estimates"; "Method: The two sides
# will share data through a secure link." in a news story tells the news.
_MEASURED = re.compile(
    r"(?i)\b(?:items?|clips?|articles|stories|mentions|coverage|outlets|sources|keywords?"
    r"|search(?:ed)?|coded|captured|counted|tallied|sampled?|survey(?:ed)?|respondents"
    r"|estimates?|calculated|measured|monitored|figures|audience|reach|tone)\b"
)
# A notice about the document itself: "This note has been prepared solely for …", "This
# update is confidential and meant only for …" (the piece naming itself, perhaps under a
# label), or a bare "not for circulation" opening the line or after a stop, a bar, a slash
# or a label. A sentence of news about another paper ("The classified report, prepared
# solely for the cabinet, says …", "A memo, marked not for circulation, lists …") is body.
_DOCUMENT = (
    r"(?:report|document|note|brief(?:ing)?|analysis|assessment|memo(?:randum)?|summary"
    r"|material|evaluation|update|e-?mail|message|newsletter|alert|letter|bulletin|publication"
    r"|communication|presentation|paper|digest)"
)
_RESTRICTED = re.compile(
    r"(?i)(?:(?:[\w ]{1,30}:\s*)?this (?:[\w-]+ ){0,2}" + _DOCUMENT + r"\b[^.]{0,60}"
    r"\b(?:prepared|intended|meant|produced|compiled|written|provided)\s+"
    r"(?:solely|only|exclusively|strictly)\s+for\b"
    r"|(?:.{0,120}(?:[.;:|/(]|\s[-–—])\s*)?(?:internal\W+)?not for (?:onward |wider |external "
    r"|further |public )?(?:circulation|distribution|publication|forwarding|citation|quotation"
    r"|attribution)\b)"
)
_RECOMMENDATIONS = re.compile(
    r"(?i)(?:\d{1,2}[.)]?\s+)?(?:key |our |main )?(?:recommendations?|recommended actions?"
    r"|suggested actions?|next steps|action points|action items)\s*:?"
)
# An analyst's risks under their heading, in note form: phrases with no verb of their own
# ("Slower reform of export rules; delays in approvals."); "Orders may slip." is a view.
_RISKS = re.compile(
    r"(?i)(?:key |main |downside |upside )?(?:risks?(?: to (?:our|the) (?:view|call|thesis))?"
    r"|risk factors)\s*:?"
)
_BULLET = re.compile(r"\s*(?:[-•*–]|\d{1,2}[.)])\s+([A-Z][a-z]+)\s")
NOTICE_WORDS = 40  # a notice is a line of at most so many words
NOTICE_CHARS = 600  # and an apparatus line of at most so many characters (read, not copied)


def report_notes(lines: Sequence[str]) -> set[int]:
    """The lines that are a report's own apparatus (above): its tallies, its method, its
    restriction notice, and its recommendations' directives in a piece whose kind makes
    them apparatus (one that restricts itself or states its own method: a monitoring
    report's advice to its client, a memo's next steps); a think tank's or a panel's
    recommendations in a brief or a news story are its positions."""
    found: set[int] = set()
    directives: set[int] = set()
    client = False
    for n, line in enumerate(lines):
        if len(line) > NOTICE_CHARS:  # a field or a notice is short: a long line is no copy's
            continue
        said = line.strip()
        tally = _TALLY.fullmatch(said)
        notice = len(said.split()) <= NOTICE_WORDS and _RESTRICTED.match(said)
        method = _METHOD.match(said) and _MEASURED.search(said)
        if (tally and _figures(tally["value"])) or method or notice:
            found.add(n)
            client = client or bool(method or notice)
        elif _RECOMMENDATIONS.fullmatch(said):
            directives |= _directives(lines, n + 1)
        elif _RISKS.fullmatch(said):
            found |= _risks(lines, n + 1)
    return found | directives if client else found


def _risks(lines: Sequence[str], start: int) -> set[int]:
    """The lines after a risks heading written in note form (no finite verb), bullets or
    lines ending in a stop, up to the first that is not (a heading, a label, a sentence)."""
    found = set()
    for n in range(start, len(lines)):
        if len(lines[n]) > NOTICE_CHARS:
            break
        bullet = _MARKER.match(lines[n])
        said = lines[n][bullet.end() if bullet else 0 :].strip()
        if not (bullet or said.endswith(".")) or _FIELD.match(said):
            break
        if not said or FINITE.search(said) or speakers_tag(said):
            break
        found.add(n)
    return found


_MARKER = re.compile(r"\s*[-•*–]\s+")
_FIELD = re.compile(r"[A-Z][\w ]{0,30}:\s")  # a label: "Disclosures: …"


def _figures(value: str) -> bool:
    """Whether more than half the value's words carry a figure."""
    words = value.split()
    return 2 * sum(1 for w in words if _FIGURE.match(w)) > len(words)


def _directives(lines: Sequence[str], start: int) -> set[int]:
    """The bullets after a recommendations' heading (past rules) that open on a verb's base
    form, up to the first line that is neither a bullet nor a rule."""
    found = set()
    for n in range(start, len(lines)):
        if len(lines[n]) > NOTICE_CHARS:
            break
        said = lines[n].strip()
        if _RULE.fullmatch(said):
            continue
        bullet = _BULLET.match(said)
        if bullet is None:
            break
        if a_verb(bullet[1]) and not speakers_tag(said):
            found.add(n)
    return found


# An organisation's own update to its investors, members or staff (a start-up's monthly
# investor email, a society's members' bulletin), or an office's periodic report to its
# own head office (a branch's weekly report, a liaison office's monthly report to its
# headquarters, a mission's or a chamber's report to its home desk): it names itself an
# update or a periodic report in its head and addresses its audience there ("To: Nabh
# investors", "Dear members,", "To: General Manager, Planning Department, Head Office") or
# in its own notice ("This update is … meant only for the investors of …"). What it says
# of its own business (its month, its figures, its product, its team, its asks, "reply to
# this email"; the period's economy, weather and currency, its sales calls, its staff's
# leave, its closures and reminders) is its apparatus; only its sections that tell the
# talks are the report. A ministry of another portfolio ("the Finance Ministry" giving the
# tax figures) tells no talks of defence ministers (`_OTHER_MINISTRY`).
_UPDATE = re.compile(
    r"(?i)\b(?:update|newsletter|bulletin|letter to (?:our )?\w+"
    r"|(?:daily|weekly|fortnightly|monthly|quarterly|half-yearly|annual|branch|office)"
    r" (?:report|review|summary|letter|round-?up))\b"
)
_AUDIENCE = re.compile(
    r"(?i)\b(?:investors|shareholders|backers|limited partners|members|staff|employees"
    r"|donors|supporters|subscribers|head office|headquarters|home office|parent company)\b"
)
# Its audience addressed: a header line ("To: …", "Attn: …") or a salutation ("Dear members,",
# "Hello all,"); a sentence opening "To close the gap, …" addresses no one.
_ADDRESSED = re.compile(r"(?i)(?:(?:to|attn|attention)\s*:|(?:dear|hi|hello)\b[\s,])")
# A section's heading: capitals, perhaps numbered, perhaps a bracket after ("2. PRODUCT",
# "THE NUMBERS (April 2025)").
_SECTION = re.compile(r"(?:\d{1,2}[.)]\s+)?[A-Z][^a-z.!?]*[A-Z](?:\s*\([^()\n]{0,40}\))?")
UPDATE_HEAD = 12  # an update names itself and its audience among so many first lines
SECTION_WORDS = 12  # a section's heading is a line of at most so many words


def own_update(lines: Sequence[str]) -> set[int]:
    """An organisation's own update's apparatus (above): the lines of its head and of its
    sections that do not tell the talks, when a section does."""
    head = [line.strip() for line in lines[:UPDATE_HEAD]]
    audience = any(_ADDRESSED.match(line) and _AUDIENCE.search(line) for line in head) or any(
        _RESTRICTED.match(line.strip()) and _AUDIENCE.search(line) for line in lines
    )
    if not (audience and any(_UPDATE.search(line) for line in head)):
        return set()
    heads = [
        n
        for n, line in enumerate(lines)
        if _SECTION.fullmatch(line.strip()) and len(line.split()) <= SECTION_WORDS
    ]
    if len(heads) < 2:
        return set()
    bounds = [(0, heads[0]), *zip(heads, [*heads[1:], len(lines)], strict=True)]
    told = [any(_tells_the_talks(lines[n]) for n in range(a, b)) for a, b in bounds[1:]]
    if not any(told):
        return set()
    found = {n for n in range(heads[0]) if lines[n].strip() and not _tells_the_talks(lines[n])}
    for (a, b), report in zip(bounds[1:], told, strict=True):
        found |= set() if report else {n for n in range(a, b) if lines[n].strip()}
    return found


def _tells_the_talks(line: str) -> bool:
    """`tells_the_talks`, a ministry of another portfolio left out ("GST collections rose,
    according to the Finance Ministry."), or the parties' acts (`_PARTIES_ACTS`)."""
    return bool(tells_the_talks(_OTHER_MINISTRY.sub("", line)) or _PARTIES_ACTS.search(line))


# The parties' acts an office's report tells as news, not as its own business: an exercise
# or a drill, a port call, a patrol, a condemnation ("JS Suzutsuki called at Chennai …, and
# Indian and Japanese ships held a passing exercise"; "Japan condemned the attack"); an
# office's own fire drill or a rep who "called in sick" is its business.
_PARTIES_ACTS = re.compile(
    r"(?i)\b(?:exercises?|(?<!fire )(?<!evacuation )drills?|manoeuvres|maneuvers|passex"
    r"|patrols?|port calls?|called (?:at|in|into) (?:the port of )?(?-i:[A-Z])\w*"
    r"|condemn(?:s|ed|ing|ation)?|denounced)\b"
)


# A ministry of a portfolio not the talks' ("Finance Ministry", "Ministry of Commerce and
# Industry"); not defence's nor foreign or external affairs'.
_PORTFOLIOS = (
    r"finance|commerce|industry|trade|health|education|agriculture|energy|environment|labou?r"
    r"|law|justice|transport|culture|railways|power|textiles|tourism|home|interior|economy"
)
_OTHER_MINISTRY = re.compile(
    rf"(?i)\b(?:(?:{_PORTFOLIOS})(?: and (?:{_PORTFOLIOS}))? ministry"
    rf"|ministry of (?:{_PORTFOLIOS})(?: and (?:{_PORTFOLIOS}))?)\b"
)


# An accessible version's kind: "Easy Read", "plain English", "large print"
_ACCESSIBLE = (
    r"(?:easy[- ]?read|easy[- ]to[- ]read|plain[- ](?:english|language)|simple english"
    r"|large[- ]print|accessible|audio|braille)"
)
_VERSION = r"(?:version|edition|summary|guide|translation|copy)"
# The label, a line of its own ("EASY READ", "PLAIN ENGLISH VERSION"), or the sentence
_LABEL_LINE = re.compile(rf"(?i)\s*(?:easy[- ]?read|{_ACCESSIBLE} {_VERSION})\s*")
_DECLARES = re.compile(rf"(?i)(?:^|[.!?]\s+)this is an? {_ACCESSIBLE} {_VERSION} of\b")
ACCESSIBLE_HEAD = 12  # the version says what it is among its first lines
_RENDERED = (  # the document a version renders
    r"(?:release|statement|version|document|report|leaflet|booklet|notice|announcement"
    r"|guide|letter|summary)"
)
_APPARATUS = re.compile(
    rf"this is an? {_ACCESSIBLE} {_VERSION} of\b[^.!?]*\."
    # its dates and its original's: "The press release came out on 5 May 2025."
    rf"|(?:the|our|this) (?:[\w-]+ ){{0,3}}?{_RENDERED} (?:came out|was (?:first )?(?:published"
    r"|issued|released|made|written|put out)|is dated)(?: on| in)? [^.!?]{1,40}\."
    # its note on the words it explains: "Some words are in bold. We explain them …"
    r"|(?:some |difficult |hard |new |the hard |these )?words (?:are |that are )?(?:in |written"
    r" in )?(?:bold|underlined|blue|colou?red|highlighted|dark(?: type)?)\b[^.!?]{0,60}\."
    r"|(?:we explain (?:them|these|what they mean)|you can find (?:out )?what they mean"
    r"|they are explained)\b[^.!?]{0,80}\."
    # its offer of other formats: "If you need this in another format, please contact us."
    r"|if you (?:need|would like|want) (?:this|it|a copy)\b[^.!?]{0,60}\b(?:format|large print"
    r"|braille|audio|language|easy read|version)\b[^.!?]{0,60}\."
    # its maker: "This Easy Read version was made by the Ministry's … team."
    rf"|this (?:[\w-]+ ){{0,3}}?{_VERSION} (?:was|has been) (?:made|written|produced|prepared"
    r"|created) (?:by|for)\b[^.!?]{0,80}\.",
    re.I,
)
# Its own sections: the issuer's, and where to find more or to ask for another format.
_OWN_SECTION = re.compile(
    r"(?i)\s*(?:who we are|about us|about this (?:version|document|guide|leaflet|booklet)"
    r"|find out more|more information|contact us|how to contact us|get in touch"
    r"|other formats|need help\??)\s*:?\s*"
)


def accessible_lines(lines: Sequence[str]) -> set[int]:
    """The lines of an accessible version's apparatus (see the module's doc); none in a
    piece that does not call itself such a version."""
    head = lines[:ACCESSIBLE_HEAD]
    if not any(_LABEL_LINE.fullmatch(line) or _DECLARES.search(line) for line in head):
        return set()
    found = {n for n, line in enumerate(lines) if _LABEL_LINE.fullmatch(line) or _apparatus(line)}
    return found | sections(lines, _OWN_SECTION, _section_heading)


def _apparatus(line: str) -> bool:
    """Whether every sentence of the line is the version's apparatus."""
    spans = sentence_spans(line)
    return bool(spans) and all(_APPARATUS.fullmatch(line[a:b].strip()) for a, b in spans)


def _section_heading(line: str) -> bool:
    """A heading: a short line with no final punctuation, not a rule's or a picture's."""
    words = line.split()
    return (
        0 < len(words) <= SECTION_HEADING_WORDS
        and not re.search(r"[.!?:;…\"”’)\]]$", line)
        and not re.fullmatch(r"[-=_~*\s]+", line)
    )
