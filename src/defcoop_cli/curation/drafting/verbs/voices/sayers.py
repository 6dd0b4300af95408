"""A document or a message as the subject of a verb of saying: "A leaked note stated…",
"Posts circulating on X and WhatsApp since Tuesday claimed…", "A ministry fact sheet
described…", "A shareholder's letter asked…".

What such a subject says is the document's own word when it tells no party's act, or tells
one still to come ("A leaked note stated that Tokyo would send a team": the note's, as an
unnamed official's plan is the official's): R6, R9 and R27 of tests/fixtures/CONVENTIONS.md.
A party's act done, told through it ("The readout said the two ministers agreed"), stays the
doers' (attribution reads that first). The document is named in the report's own words,
lower case, without "a", "an" or "one" (R9), with what restricts it ("posts circulating on X
and WhatsApp", "joint press note issued after the talks") and without a time said of it
("since Tuesday", "on Monday", "last week"): a curator filtering by the source finds one name.

Its head noun is one of WordNet's nouns of communication (`message_nouns.tsv`, by
scripts/build_message_nouns.py) and no name: "The Japanese side said" and "The talks covered"
are read before this, by their own rules.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from defcoop_cli.curation.drafting.entities import wordnet_nouns
from defcoop_cli.curation.drafting.unnamed.unnamed import GENERIC, source_name
from defcoop_cli.curation.drafting.verbs.finding import reported_verb
from defcoop_cli.factbase.vocab import THE_SOURCE, word_list

if TYPE_CHECKING:
    from defcoop_cli.curation.drafting.speakers import Reading

# The subject, after an opening phrase of what it is about ("On the title, one widely
# shared article calls him…"): a determiner or a possessive ("A shareholder's", "The
# government's"), up to three lower-case words, the head noun; then what restricts it: a
# participle's phrase ("circulating on X", "issued after the talks") or a preposition's
# ("from the association").
# The fewest words first; where that head is no message noun, the most ("One widely shared
# article": its head "article", not "widely" before a participle's phrase).
_SUBJECT_PATTERN = (
    r"\s*(?:(?i:on|in|for|of|about|as for|as to|regarding) [^,;\"“”]{1,60},\s+)?"
    r"(?P<det>(?:[Aa]n?|[Oo]ne|[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)\s+)?"
    r"(?P<owner>(?:the\s+)?[a-z][a-z-]{1,30}['’]s?\s+)?"
    r"(?P<words>(?:[a-z][a-z-]{0,30}\s+){0,3}LAZY)(?P<head>[a-z]{2,30})"
    r"(?P<rest>\s+(?:[a-z]+(?:ing|ed)|from|by|on|in)\s[^,;:\"“”]{1,80}?)?\s*"
)
_SUBJECT = re.compile(_SUBJECT_PATTERN.replace("LAZY", "?"))
_SUBJECT_MOST = re.compile(_SUBJECT_PATTERN.replace("LAZY", ""))
# A time said of the document, not part of its name: "since Tuesday", "on Monday", "last
# week", "the next morning", "that evening".
_TIME = re.compile(
    r"\s+(?:since|on|from|until|during|over)\s+(?:the\s+)?(?:\w+day|\d[\w ]*|[A-Z][a-z]+ \d+"
    r"|(?:past|last|previous) \w+)\s*$|\s+(?:last|this|earlier this|next) (?:week|month|year"
    r"|\w+day)\s*$|\s+(?:yesterday|today|earlier|recently|overnight)\s*$"
    r"|\s+(?:the (?:next|following) (?:day|morning|evening|week|\w+day)|that (?:morning|evening"
    r"|night|day|week))\s*$"
)
# A speaking clause closing the sentence: ", he said, and …", ", says Nakatani", ", Singh added."
NAME_WORDS = r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}"
SPEAKS_AFTER = re.compile(
    r",\s+(?:(?P<pronoun>he|she)\s+(?:said|says|added)"
    rf"|(?:said|says|added)\s+(?P<after>{NAME_WORDS})|(?P<before>{NAME_WORDS})\s+(?:said|says|added))"
    r"(?=,|\W*$)"
)
# A speaker after what they report: "No agreement was signed, one official said."; a wire
# flash's channel credited after a dash, read as "according to" ("X meets Y - ministry
# spokesperson A B"): group 1 the speaking clause, group 2 the one it is according to.
SAID_AFTER = re.compile(
    r"(?:,\s+(?:([^,\"“”]{1,60}?\s+(?:said|says|added|stated|told\s+\w+))|(?:according to|per)\s+)"
    r"|\s+[-–—]\s+(?=(?:[a-z]+\s+){0,2}(?:spokes(?:person|man|woman)|officials?)\b))"
    r"(\w[^,\"“”]{0,59}?)?\W*$"  # "…, according to officials."
)
# An expectation or a schedule as the sentence's main clause: "X is expected to invite…",
# "The frigates are slated to sail in May", a future passive ("Beta's ships will also be
# invited to the drill"): no party's act or word yet, but what its source says is to be.
# Its subject is a noun phrase: one holding a clause of its own ("drills that are due to
# begin", "agreed that the next round is due", "told Singh that Japan is set to", "and said
# Japan was likely to") tells a party's act, the expectation only part of it.
_EXPECTED = re.compile(
    r"(?P<subject>[^,;\"“]{0,120}?)\b(?:(?:is|are|was|were)\s+(?:(?:also|now|still|\w+ly)\s+)?"
    r"(?:expected|due|scheduled|slated|likely|set)\s+to"
    r"|(?:will|shall)\s+(?:(?:also|now|still|\w+ly)\s+)?be\s+[a-z]+ed)\b"
)
_CLAUSE_WORD = re.compile(r"\b(?:that|which|who|whom|whose|whether|if)\b", re.I)
# A past participle right after the subject's noun is no verb of its own: "The deal signed
# on Monday is expected to…", "The radars ordered last year are due to…" (after a
# determiner, no name: "Nakatani condemned… and said Japan was likely to" is his).
_PARTICIPLE = re.compile(r"\b(?i:the|a|an|this|these|those|its|their)\s+(?:[a-z][\w-]*\s+){1,3}$")
_TAG_VERB = re.compile(r"\s+(?:(?:has|have|had)\s+)?(?:said|says|added|stated|told\s+\w+)$")


def _main_clause(subject: str) -> bool:
    """Whether the words before the expectation are its subject alone, no clause of theirs."""
    if _CLAUSE_WORD.search(subject):
        return False
    hit = reported_verb(subject)
    return hit is None or bool(_PARTICIPLE.search(subject, 0, hit.match.start()))


def expectation_source(sentence: str) -> str | None:
    """The source of an expectation or a schedule its main clause gives, told after it ("The
    working group is scheduled to sit in Sendai, diplomats said"; "Nakatani is expected to
    invite Singh…, the official added"), whose word it is, `reported` (R6, as heldout3's
    "is expected to travel…, officials said"): a generic source's name as R9 gives it
    ("unnamed diplomats", "the japanese embassy"), else its words as a sentence to read, a
    full stop closing it ("the official added."); None for any other sentence, and for an
    expectation inside a clause of a party's act ("agreed to widen drills that are due to
    begin…, officials said": the doers')."""
    opening = _EXPECTED.match(sentence)
    main = opening is not None and _main_clause(opening["subject"])
    said = SAID_AFTER.search(sentence) if main else None
    if said is None:
        return None
    who = said[2] or _TAG_VERB.sub("", said[1]).strip()
    if generic := GENERIC.fullmatch(who):
        return source_name(generic.group())
    return f"{said[1]}." if said[1] else f"{said[2]} said."


# What is to be, not an act done: "A Japanese official said Tokyo was considering sending…",
# "… told the agency that Tokyo hoped to send observers" (a hope or a plan to act).
TO_BE = re.compile(
    r"\W*(?:\S+ ){1,5}?(?:would|will|(?:is|are|was|were) (?:also )?(?:\w+ing|close to|near to)"
    r"|(?:hop(?:ed|es)|plan(?:ned|s)|intend(?:ed|s)) to)\b"
)
# The piece naming itself ("This paper argues…", "This essay contends…", "This chapter
# shows…"), or the publication it stands in ("This newspaper reported last month that…",
# its own earlier reporting), speaks in its own voice, the source's (R35), as "I argue"
# does: no document of its own. Only what a paper calls itself: "analysis", "section",
# "piece" and "commentary" name what a ministry or a think tank released as well ("The
# ministry released an analysis … This analysis says …": the analysis's word).
_PUBLICATIONS = frozenset(["newspaper", "magazine", "publication", "website", "blog"])
_THE_PIECE = _PUBLICATIONS | frozenset(
    ["paper", "essay", "chapter", "article", "thesis", "dissertation", "column", "monograph"]
)
# A quantifier before a plural goes as R9's article goes ("Several newspapers described …":
# "unnamed newspapers", R27), so that a curator filtering by the source finds one name.
_QUANTIFIER = re.compile(r"^(?:several|some|many|few|most|certain|numerous|various)\s+")
# The talks and their parties are read by their own rules (R7, R20), never as a document.
_NOT_DOCUMENTS = frozenset(
    ["talks", "meeting", "meetings", "discussions", "dialogue", "visit", "session", "side", "sides"]
)


@cache
def _nouns() -> frozenset[str]:
    return word_list(Path(__file__).parents[2] / "message_nouns.tsv")


def document_sayer(subject: str) -> str | None:
    """The document or message the whole subject is, in its words (lower case, no "a"), or
    None when the subject is anything else (a person, a body, a name, the talks); a time
    said right after its noun is none of its words ("One paper the next morning": "unnamed
    paper"; "A study published last week": "study published")."""
    timeless = subject.strip()
    while (t := _TIME.search(timeless)) is not None:
        timeless = timeless[: t.start()]
    return _document(timeless) or _document(subject)


def _document(subject: str) -> str | None:
    subject = subject.strip()
    lowered = subject[:1].lower() + subject[1:]  # "Posts circulating…"
    m = _SUBJECT.fullmatch(lowered)
    m = _SUBJECT_MOST.fullmatch(lowered) if m and m["head"] not in _nouns() else m
    if m is None or m["head"] not in _nouns() or m["head"] in _NOT_DOCUMENTS:
        return None
    if wordnet_nouns("person") & {*m["words"].split()}:  # "The two ministers first met"
        return None
    this = (m["det"] or "").strip().lower() == "this" and not m["owner"] and not m["words"]
    if this and m["head"] in _THE_PIECE and not m["rest"]:  # "This paper argues": the source's
        return None
    if not (m["det"] or m["owner"]) and not m["head"].endswith("s"):  # a plural goes bare
        return None
    rest = m["rest"] or ""
    while (t := _TIME.search(rest)) is not None:
        rest = rest[: t.start()]
    det = (m["det"] or "").strip().lower()
    kept = f"{det} " if det in ("the", "this", "that", "these", "those") and not m["owner"] else ""
    words = m["words"] if m["owner"] else _QUANTIFIER.sub("", m["words"])  # "Several papers"
    name = f"{kept}{m['owner'] or ''}{words}{m['head']}{rest}".lower().strip()
    return f"unnamed {name}" if " " not in name else name  # "Reports said": R27's bare plural


# What a document is said to leave out: "The Japanese readout says nothing of Make in
# India", "the statement said little about the strait". No party says it: the writer, who
# read the document, does (the source's own voice, R35), whoever's the document is.
_SILENCE = re.compile(r"\s*(?:nothing|little|not a word|no word)\s+(?:of|about|on|regarding)\b")


def by_document(
    said: Reading, subject: str, told: str | None = None, silent: str | None = None
) -> Reading | None:
    """The reading given to the document the subject is: when the reading names no one; or,
    given what an indefinite document ("A leaked note", "Posts…") tells, when that is to be;
    or the source's own, when what follows the verb (silent) says the document leaves
    something out (`_SILENCE`)."""
    named = subject.split(",")[0].split()  # "The Japanese readout, by contrast,": its noun
    head = named[-1].lower() if named else ""
    if silent is not None and _SILENCE.match(silent) and head in _nouns() and not said.person:
        rule = f"{said.rule}; a document's silence: the writer's word"
        return said._replace(attribution=THE_SOURCE, rule=rule)
    to_be = told is not None and TO_BE.match(told) is not None
    if told is not None and not to_be:
        return None
    if said.person or said.kind == "event" or (said.attribution != THE_SOURCE and not to_be):
        return None
    if (name := document_sayer(subject)) is None or (to_be and name.startswith("the ")):
        return None
    return said._replace(attribution=name, rule=f"{said.rule}; a document's word: {name}")


# The writer's own paper's report as the subject, its words quoted after it: a readers'
# editor's or a correction's account of what the paper printed ("Our front-page story of
# May 6 … told readers that the two men had "signed a defence pact"", "Our page-one report
# described him as a "former Defence Minister""). The piece weighs its own words: its voice,
# reported, never the parties' act (which "Our report said the two ministers agreed", its
# words not quoted, still tells: R6).
_OWN_REPORT = re.compile(
    r"\s*(?:Our|My|This (?:news)?paper['’]s)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:report|story|article|headline|caption|piece|copy|coverage|dispatch)\b"
)
_QUOTED_WORDS = re.compile(r"[\"“][^\"“”]{2,200}[\"”]")


def own_report(sentence: str, r: Reading, corrects: bool) -> Reading:
    """The reading of a sentence telling what the writer's own paper printed, quoting it
    (see _OWN_REPORT), in a text that corrects the paper (corrects: views.OWN_ERRORS): the
    source's own, reported; any other sentence's as it was."""
    m = _OWN_REPORT.match(sentence)
    if not corrects or m is None or not _QUOTED_WORDS.search(sentence, m.end()):
        return r
    rule = f"{r.rule}; the paper's own report, quoted: its word"
    kind = "background" if r.kind in ("commitment", "concern") else r.kind  # no act of its own
    return r._replace(kind=kind, stance="reported", attribution=THE_SOURCE, person=False, rule=rule)


# A filing's marks in its head: a security's code ("Scrip Code: 543219", "Securities code:
# 7024"), the company's identity number, the issuer naming itself '(the "Company")'. Two
# kinds make a filing: a business story may give a company's stock code, never its number.
_FILING = re.compile(
    r"(?P<code>\b(?:[Ss]crip|[Ss]ecurit(?:y|ies)|[Ss]tock) [Cc]ode\b)"
    r"|(?P<number>\bCorporate Identity Number\b|^CIN\b)|(?P<defined>\(the [\"“]Company[\"”]\))",
    re.M,
)
FILING_HEAD = 3000  # the marks stand in a filing's head: its letterhead, its first paragraph
# A filing's form as a letter or a notice to its exchange, which a press release carrying
# the same marks lacks: its addressee or salutation ("To,", "Dear Sir/Madam,", "To whom it
# may concern"), its subject line ("Sub.: …"), a notice's fields and title ("Company name:
# …", "Notice Concerning …"), a disclosure rule cited ("Regulation 30").
_LETTER_FORM = re.compile(
    r"^(?:to,?|dear (?:sir|madam)\b.*|to whom it may concern\b.*|sub(?:ject)?\.?\s*:.*"
    r"|company name\s*:.*|notice (?:concerning|regarding)\b.*)$"
    r"|\bRegulation \d+\b|\btimely disclosure\b",
    re.I | re.M,
)
# The issuer naming itself in a filing: 'Sanriku Heavy Industries, Ltd. (the "Company")'.
_DEFINED = re.compile(r"([A-Z][^()\n\"“]{2,80}?)\s*\(the [\"“]Company[\"”]\)")


def filing_issuer(text: str) -> str | None:
    """The issuer of a filing by the name it defines as "the Company" (lower case), else
    "company" (its defined term alone); None when the text is no filing (two kinds of
    mark and a letter's form, in its head)."""
    if len({m.lastgroup for m in _FILING.finditer(text, 0, FILING_HEAD)}) < 2:
        return None
    if _LETTER_FORM.search(text, 0, FILING_HEAD) is None:
        return None
    defined = _DEFINED.search(text, 0, FILING_HEAD)
    return defined[1].strip().lower() if defined else "company"


def issuer_report(r: Reading, issuer: str | None) -> Reading:
    """The reading of a sentence a company's filing tells in its own voice (issuer: its
    name, filing_issuer; None for any other text): the issuer by its name or
    its defined term ("the Company signed …", "X (the "Company") hereby announces …") is the
    source itself (R35), and what the source tells of its own signing is reported, no
    agreement of the talks' parties; a party's reading stays as it was."""
    if issuer is None:
        return r
    said = r.attribution.lower().removeprefix("the ")
    own = said in ("company", issuer) or re.match(rf"{re.escape(said)}\b", issuer)  # "X, Ltd."
    if r.attribution != THE_SOURCE and not own:
        return r
    stance = "reported" if r.stance == "agreed" else r.stance
    kind = "event" if r.kind == "commitment" else r.kind
    rule = f"{r.rule}; the filing's own voice"
    return r._replace(kind=kind, stance=stance, attribution=THE_SOURCE, person=False, rule=rule)
