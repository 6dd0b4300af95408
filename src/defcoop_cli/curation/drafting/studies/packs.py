"""A study document's apparatus (see the package's account), read by its headings:

- a glossary: the "Term: definition" lines under a heading of key terms, a glossary or a
  word list ("2. KEY TERMS", "Glossary", "Word watch"), two or more, each that names no
  entity of the fact base (a sidebar of key terms that tells the talks' facts, "Dharma
  Guardian: the army exercise India and Japan hold", keeps those lines);
- a reading list: the items ("- …", "1. …") under a heading of further, suggested or
  recommended reading, a reading list or a bibliography: citations, no statement;
- in a document with either, its letter of welcome: from a salutation ("Dear
  Delegates,") to a closing ("Warm regards,") and the signature under it (a few lines of
  a few words, up to a blank line, a heading or a sentence);
- in a document with either, its procedural lines about its own committee: a sentence
  whose subject is the document's own body ("This committee", "The Executive Board", "The
  dais", "Delegates") with a modal ("will circulate an update …", "should research …"),
  about its sessions (papers, sessions, the chair) unless "This committee": the
  conference's business; a body's act to come ("The Board will approve the funding")
  stays;
- in a study guide (one speaking to its delegates), its introduction to the agenda: the
  sentences under a heading "Introduction to the agenda", "Overview of the topic", up to a
  blank line or the next heading, that name no person or country of the fact base, date
  nothing and tell no act ("agreed", "will be expanded"): the agenda told in general ("Sea
  lanes carry a large share of the world's trade"); an explainer's "Overview" is no such;
- in a debate's pack, its round's line, its sides' arguments, its instructions and rules
  (debates.py);
- in any document, a line of its own that defines a common noun ("A defence minister is
  the person in a government who …") and names no entity of the fact base, or gives a term
  the piece uses elsewhere as a common noun, a colon and its sense ("Co-production: firms
  of two countries make a weapon together."): a glossary's one entry, its box's label
  dropped; a statement under a topic's label ("Trade: two-way trade rose nine percent
  last year.") tells news, and stays. A dictionary's entry ("Bilateral (adjective): …")
  is furniture wherever it stands (furniture/listings.py).

A glossary's term, a reading list's title or numeral and a letter's signature are then
furniture, so no entity is proposed from them. News without these headings is left alone:
a readout's "Ministry of Defence" signature, an interview's "Nakatani: …" turns.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from defcoop_cli.curation.drafting.about.framing import dated
from defcoop_cli.curation.drafting.body.kept import spans_apart
from defcoop_cli.curation.drafting.body.wrapped import Line
from defcoop_cli.curation.drafting.entities import EntityMatcher
from defcoop_cli.curation.drafting.segments import Candidate, lines
from defcoop_cli.curation.drafting.studies.annotations import annotated_apparatus
from defcoop_cli.curation.drafting.studies.clippings import clip_spans
from defcoop_cli.curation.drafting.studies.debates import (
    ITEM,
    NUMBERED,
    debate_apparatus,
)
from defcoop_cli.factbase.records import Doc
from defcoop_cli.factbase.sentences import sentence_spans

TERMS = 2  # a glossary defines two terms or more
_GLOSSARY = re.compile(
    rf"{NUMBERED}(?i:key (?:terms|words|concepts)|glossary|word (?:watch|list|bank)"
    r"|words to know|terms to know|definitions)\s*:?"
)
_READING = re.compile(
    rf"{NUMBERED}(?i:(?:further|suggested|recommended|additional|essential|core) reading"
    r"|reading list|(?:select |selected )?bibliography)\s*:?"
)
# "Freedom of navigation: the right of …", "Exclusive economic zone (EEZ): the belt …"
_TERM = re.compile(r"[A-Za-z][\w'’()./ -]{0,60}:\s+\S.*")
_SALUTATION = re.compile(r"Dear [A-Z][^,:\n]{0,60}[,:]")
_CLOSING = re.compile(
    r"(?i:(?:(?:warm|warmest|kind|kindest|best|with best)\s+(?:regards|wishes)"
    r"|regards|sincerely|yours(?: sincerely| faithfully| truly)?|with thanks)\s*,)"
)
LETTER = 15  # lines from a salutation to its closing, at most
SIGNATURE = 3  # a signature's lines: a name, a role, a body
# A signature's line: a few words, no full stop, no heading's number ("The Executive Board")
_SIGNED = re.compile(r"(?![\d(])[\w'’.,()& -]{2,60}(?<![.:])")
# "A defence minister is the person in a government who …": a common noun defined, a
# line of its own (a children's page gives it inside the story)
_DEFINITION = r"(?:A|An) [a-z][a-z -]{1,40}? (?:is|means) (?:the|a|an|someone|somebody)\b"
_DEFINES = re.compile(
    rf"{_DEFINITION}[^.?!\n]{{0,100}}?\b(?:who|that|which|where|whose)\b[^?!\n]*\."
)
# ... or a term over a colon and its sense, a line of its own, with no box's heading (a
# page's "Key term" label its reading drops): "Co-production: firms of two countries make
# a weapon together." The term a common noun (its first word capitalised, the rest lower
# case; no acronym, no name: "Singh: India will …" is a turn), the sense in lower case;
# no pronoun or particle opens the term ("My read: …", "For those asking: …"), nobody's
# "my" or "our" is in the sense. (A dictionary's "Term (noun): …" is listings.py's.)
_TERM_LINE = re.compile(
    r"(?P<term>(?!(?:My|Our|Your|His|Her|Their|Its|The|This|That|For|Not|Still|Also|Just"
    r"|So|Now|Then|Here|There)\b)[A-Z][a-z]+(?:-[a-z]+)*(?: [a-z]+(?:-[a-z]+)*){0,2})"
    r": (?P<sense>[a-z](?![^.?!]*\b(?i:my|our|we|us|I)\b)[^?!\n]*\.)"
)
_DEFINING = re.compile(rf"(?m)^(?:{_DEFINITION}|{_TERM_LINE.pattern})")
# The document's own body with a modal: "The Executive Board will circulate …", "This
# committee will consider …", "Delegates should research …" (a named body's "The Joint
# Working Group will meet …" is no "the committee" alone, and stays)
_OWN_BODY = re.compile(
    r"(?:(?P<this>This|The|Our) (?i:committee|executive board|board|dais|chairs?|chairpersons?"
    r"|co-chairs?|secretariat|rapporteur|moderators?)|(?:Each |Every |All )?(?i:delegates?"
    r"|delegations?))"
    r" (?P<modal>will|shall|should|must|may|can|would|(?:is|are) (?:expected |required )?to)"
    r" [^\"“”]{1,200}[.!]"
)
_ADVICE = frozenset({"should", "must", "are expected to", "are required to"})
# What a conference's procedure is about: its sessions and papers, not any body's future
# act ("The committee will also decide whether …", "The Board will approve the funding …")
_SESSIONS = re.compile(
    r"(?i)\b(?:circulat\w*|submit\w*|research\w*|position papers?|working papers?"
    r"|draft resolutions?|sessions?|conference|caucus\w*|placards?|roll call|speakers'? list"
    r"|rules of procedure|(?:background|study|this) guide|dais|delegates?|delegations?"
    r"|the chair|the floor|recogni[sz]e\w*)\b"
)
_INTRODUCTION = re.compile(
    rf"{NUMBERED}(?i:introduction to the (?:agenda|topic|issue|committee)"
    r"|overview of the (?:agenda|topic|issue))\s*:?"
)
# A study guide's own words: it speaks to its delegates, names itself a guide
_GUIDE = re.compile(r"(?i)\b(?:delegates|(?:background|study) guide)\b")
# A sentence telling an act of the parties: news, no introduction ("… will be expanded")
_ACT = re.compile(r"\b(?:will|shall|would|is to|are to) be [a-z]+ed\b")
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been)\s+$")
_PARTIES = frozenset({"person", "country"})  # a sentence naming one may tell the talks


def study_apparatus(
    text: str,
    found: Sequence[Candidate],
    furniture: Sequence[tuple[int, int]],
    doc: Doc,
) -> tuple[Sequence[Candidate], list[tuple[int, int]]]:
    """The candidates without a study document's apparatus, and the furniture with it;
    any other document as it came."""
    found, furniture = annotated_apparatus(text, found, furniture)  # annotations.py
    every = lines(text)
    clipped = clip_spans(every)  # an annotation export's (clippings.py)
    found, furniture = spans_apart(found, furniture, clipped, replacing=True)
    debated = debate_apparatus(text, every)  # a debate pack's (debates.py)
    found, furniture = spans_apart(found, furniture, debated, replacing=True)
    studied = _GLOSSARY.search(text) or _READING.search(text)
    if not (studied or _DEFINING.search(text)):  # cheap: no heading, no definition
        return found, list(furniture)
    matcher = EntityMatcher(doc.entities)
    gone = [*_glossary(every, matcher), *_reading(every)] if studied else []
    sentences: list[tuple[int, int]] = []
    if gone:  # a letter of welcome, procedure, an introduction: a study's only
        gone += _letter(text, every)
        parties = {e.id for e in doc.entities if e.type in _PARTIES}
        sentences = [*_procedure(text, every), *_introduction(text, every, matcher, parties)]
    gone += [
        n for n, x in enumerate(every) if _DEFINES.fullmatch(x.text) and not matcher.ids(x.text)
    ]
    gone += [n for n, x in enumerate(every) if _term_defined(text, x, matcher)]
    spans = [(every[n].start, every[n].end) for n in sorted(set(gone))]
    return spans_apart(found, furniture, sorted({*spans, *sentences}), replacing=True)


STEM = 5  # a term's stem: its first letters but its last four, at least so many


def _term_defined(text: str, line: Line, matcher: EntityMatcher) -> bool:
    """Whether the line defines a term the piece uses elsewhere as a common noun, in lower
    case ("co-production" over "co-produce equipment"; "Rell" over "Tomas Rell said" is a
    name), naming no entity of the fact base and telling no news: a glossary's one entry."""
    m = _TERM_LINE.fullmatch(line.text)
    if m is None or matcher.ids(line.text) or _news(m["sense"]):
        return False
    term = m["term"].lower()
    stem = re.escape(term[: max(STEM, len(term) - 4)])
    rest = text[: line.start] + text[line.end :]
    return re.search(rf"(?<![\w-]){stem}", rest) is not None  # in lower case: no name's


# What a statement under a topic's label tells and a term's sense never does ("Trade:
# two-way trade rose nine percent last year", "Exercises: the two navies will hold …
# in March", "Deal: the ministers signed a pact …"): a past, a future or a perfect (a
# sense tells what always is: "firms of two countries make a weapon together"; a relative
# clause's perfect describes: "a ship that has been sunk"), a figure, a source ("officials
# said")
_TELLS = re.compile(
    r"\b(?:will|would|shall|was|were|did"
    r"|(?<!that )(?<!which )(?<!who )(?:has|have|had)\s+(?:\w+ly\s+)?(?:been|\w+(?:ed|en|wn)))\b"
    r"|\b(?:rose|fell|grew|began|took|gave|went|came|saw|became|drew|spoke|wrote|ran|flew)\b"
    r"|\b(?!(?:call|nam|term|us)ed\b)[a-z]{2,}ed\s+(?:a|an|the|its|their|his|her|both|two|\d)\b"
    r"|\b(?:said|told)\b(?!\s+to\b)|\d\s*%|\b(?:per ?cent|percent|million|billion|crore)\b"
)
# ... or the talks' parties as its subject: "Security: the two sides share …"
_PARTIES_SUBJECT = re.compile(
    r"(?:the|both)\s+(?:two\s+)?(?:[a-z]+\s+)?(?:ministers?|sides|navies|armies|governments"
    r"|leaders|delegations|countries|nations)\b(?!['’])"
)


def _news(sense: str) -> bool:
    """Whether a label's line tells news (above), or dates what it tells."""
    return bool(_TELLS.search(sense) or _PARTIES_SUBJECT.match(sense) or dated(sense))


def _under(
    every: Sequence[Line], heading: re.Pattern[str], item: re.Pattern[str]
) -> list[list[int]]:
    """The runs of lines of the form `item` right under each line that is `heading`."""
    runs = []
    for n, line in enumerate(every):
        if heading.fullmatch(line.text):
            run = []
            for k in range(n + 1, len(every)):
                if not item.match(every[k].text) or _GLOSSARY.fullmatch(every[k].text):
                    break
                run.append(k)
            runs.append(run)
    return runs


def _glossary(every: Sequence[Line], matcher: EntityMatcher) -> list[int]:
    """The lines of a glossary that name no entity of the fact base."""
    out: list[int] = []
    for run in _under(every, _GLOSSARY, _TERM):
        plain = [n for n in run if not matcher.ids(every[n].text)]
        out += plain if len(plain) >= TERMS else []
    return out


def _reading(every: Sequence[Line]) -> list[int]:
    """The items of a reading list."""
    return [n for run in _under(every, _READING, ITEM) for n in run]


def _letter(text: str, every: Sequence[Line]) -> list[int]:
    """The lines of a letter of welcome, from its salutation to its closing, and its
    signature up to the next blank line."""
    out: list[int] = []
    for n, line in enumerate(every):
        if not _SALUTATION.match(line.text):
            continue
        ends = (k for k in range(n, min(n + LETTER, len(every))) if _CLOSING.search(every[k].text))
        closing = next(ends, None)
        if closing is None:
            continue
        out += range(n, closing + 1)
        at = every[closing].end
        for k in range(closing + 1, min(closing + 1 + SIGNATURE, len(every))):
            if text.count("\n", at, every[k].start) >= 2 or not _SIGNED.fullmatch(every[k].text):
                break  # a blank line, a heading or a sentence: the signature ends
            out.append(k)
            at = every[k].end
    return out


def _sentences_of(text: str, line: Line) -> list[tuple[int, int]]:
    return sentence_spans(text, line.start, line.end)


def _procedure(text: str, every: Sequence[Line]) -> list[tuple[int, int]]:
    """The sentences whose subject is the document's own body, with a modal: "This
    committee" any, the guide's advice to its delegates ("Delegates should …"), another
    about the conference's sessions (`_SESSIONS`)."""
    out: list[tuple[int, int]] = []
    for line in every:
        for a, b in _sentences_of(text, line):
            m = _OWN_BODY.fullmatch(text, a, b)
            if m is None:
                continue
            if (
                m["this"] in ("This", "Our")
                or (m["this"] is None and m["modal"] in _ADVICE)
                or _SESSIONS.search(text, m.start("modal"), b)
            ):
                out.append((a, b))
    return out


def _introduction(
    text: str, every: Sequence[Line], matcher: EntityMatcher, parties: frozenset[str] | set[str]
) -> list[tuple[int, int]]:
    """The sentences of a study guide's introduction to the agenda that name no party,
    date nothing and tell no act (`_told`): the lines under its heading up to a blank line
    or the next line that is no paragraph's (a heading)."""
    out: list[tuple[int, int]] = []
    if not _GUIDE.search(text):
        return out  # an explainer's "Overview": no guide's introduction
    for n, line in enumerate(every):
        if not _INTRODUCTION.fullmatch(line.text):
            continue
        at = line.end
        for after in every[n + 1 :]:
            if text.count("\n", at, after.start) >= 2:
                break  # a blank line: the introduction ends
            if not after.text.rstrip().endswith((".", "!", "?", '"', "”")):
                break  # the next heading: the introduction ends
            at = after.end
            out += [
                (a, b)
                for a, b in _sentences_of(text, after)
                if not parties & set(matcher.ids(text[a:b]))
                and not dated(text[a:b])
                and not _told(text[a:b])
            ]
    return out


def _told(sentence: str) -> bool:
    """Whether a sentence tells an act: "… will be expanded", an agreeing verb ("agreed",
    "decided") or a reporting verb in the active ("said"); a passive state with no one
    acting ("who may fish them is disputed") tells none."""
    from defcoop_cli.curation.drafting.verbs import reported_verb

    if _ACT.search(sentence):
        return True
    verb = reported_verb(sentence)
    if verb is None:
        return False
    passive = _PASSIVE.search(sentence, 0, verb.match.start())
    return verb.stance == "agreed" or passive is None
