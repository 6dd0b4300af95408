"""Registers of people who write from the article or audit it, read as what they are (issue
25): a speechwriter's frame, a delegate's paper, an advertorial auditor's question, a
researcher's check of what a statement mentions; notes written to be read out or shown (a
moderator's, an advisor's, a newsroom's) and a planner's purpose are notes.py's.

A speechwriter wraps what the facts should give in the words of the drafting: the speech
itself ("for the speech", "in the toast", "the minister's remarks", "in the address"), the
piece of it being written ("opening sentence welcoming …", "paragraph thanking …", "words to
thank them", "a hopeful ending about …") and what the speech will do with it ("thanking",
"to welcome", "recall …"). No fact holds them: the facts hold what the line is to be about.
The frame is read where a word for the speech stands (SPEECHES; "address" only as a noun, a
determiner before it and none after: "how did they address the dispute" is a fact's own
verb), where the query opens with a piece of one (PARTS, after a determiner and the line's
own adjectives, DRAFTING) before "on", "about", "for", "to" or a speech's act, or where a
piece is followed by "to" and an act ("words to thank them"). A speech given is no frame but
the thing asked about, which the article does not report: one whose giver or occasion is
named after it ("keynote address by nakatani", "speech at the dialogue": GIVEN_BY) or before
it with no function word before that ("nakatani keynote", "election rally speech"; "for the
minister's remarks" is the speech written for him). But a speaker's speech on a subject
("singh's remarks on the attack": SAID_ON) asks what he said on it, which the facts hold:
its word for the speech is no word to look for. Then the speeches, the pieces, their
drafting adjectives and the acts (ACTS) where they are verbs (in -ing, after "to" or a
modal, or opening the query) are no words to look for: "the exercise's name for the speech"
keeps "name", a noun. "The opening of the bullet train line" is no frame: "of" after a piece
names what it is a piece of.

A Model UN delegate writes a paper from the article and names it around what she asks:
heading the query ("sitrep: …", "background guide: which navies …", "operative clause idea:
…", "position paper: …") or ending it ("… - quote for position paper", "… names for sitrep",
"… for country profile"). The paper (PAPERS), the piece of it wanted (PAPER_PIECES: "line",
"idea", "names", "quote"), the "for" or "on" joining them to the subject and, after a
clause, the verb a resolution's clause opens with and that names no act of the talks
(CLAUSE_OPENERS: "noting", "recalling", "calls upon") are no words to look for. A paper is
read only as a whole phrase at either end: "resolution" alone is the disputes' peaceful
resolution, "position" Nakatani's office. A candidate preparing for a selection board's
interview names the exercise she prepares the same way, and a student her notes ("lecturette
points india japan defence ties", "GD topic: …", "essay on …", "notes on …", "… - talking
points"): the exercise (a lecturette, a group discussion or "GD", an extempore, an essay) and
the notes are papers too, and the points she wants a piece of one. So are a museum
curator's display texts (_DISPLAYS: "label text on …", "gallery section on …", "… label"),
and a line's audience is its drafting ("a visitor-friendly line on …": AUDIENCE). So are a
film, radio or podcast producer's products and tasks (_PRODUCTIONS: "b-roll needed: …",
"sound bite on …", "script check - …", "… for the closing montage"), a production's piece
wanted ("needed", "shots") and the medium named after one ("voice-over for the podcast: …",
"closing line of film: …": MEDIA); at the end, the product's drafting words too ("ending").
So are a grants officer's and a recruiter's documents (_APPLICATIONS: "impact statement: …").
A product of the text itself ("intro of the article", "the story's closing line") asks its
passage, which no fact is, the heading's fact least: read as "passage", it finds nothing.

An advertorial auditor names the text as the source of what it asks ("according to the
article, who briefed whom"): the text is every fact's source, and the phrase no words to
look for. And asks what the text itself promotes: "does the article promote a guru", "which
religious figure does the piece plug", "whom is the article endorsing", "the organisation
advertised at the end of the story". The promotion asked is the text's own, which the fact
base files as editorial and search keeps out by default: a text promoting (a word for the
text just before the promoting word; or a text after a passive or a noun of promotion) is
read as "advertorial", the register's own word for it, and the text's word is dropped. The
question then finds nothing by default, its promotional facts left out, and them with
--include-editorial (the shipped editorial topic's alias). Not a text: "the two countries
share a desire to promote peace" is the countries' promoting. Nor is it the advertorial
asked where what is promoted is held outside the editorial ("does the article promote
peace", "which technologies does the article endorse"): that asks whether the text's facts
hold it, and is read with the promoting word, not "advertorial" (held.read_promotion, once
the index is open).

A researcher filling a tracker checks what a party's statement or act mentions: "did Japan's
condemnation mention cross-border terrorism from Pakistan?", "did the UNCLOS line mention
the arbitral award", "does Singh's invitation to Japanese firms name any platform". The
statement is the answer, whether or not it says what is asked (the forty-second set's
judgment): a reader weighs what it does say. So where a yes-no question opens on a subject
that holds a word for something a party said or did (STATED) beside a word of what it is
about, and a verb of mentioning follows (MENTIONING), the words after the verb are no words
to look for, and the subject's words for the saying itself ("statement", "line": FRAME) are
none either. A subject that names no statement ("did the talks mention Taiwan", "does the
article mention X": phrases.py's readout checker) is read as it is: the talks' words are the
whole meeting's, and what they do not hold is nothing to show. So is one that says only
whose the statement is ("did Japan's statement mention X", "the joint statement"): with
"statement" gone, a party's name alone would find every fact of the party.

The same researcher, a delegate or a staff officer ends a query on what the answer is for:
"date of the talks - for tracker row", "Nakatani's designation - field for reaction
tracker", "who met whom - names for sitrep", "stance on UNCLOS - quote for position paper",
"FON - ref for service paper", "… - source for conclusion para". The document being filled
(DOCUMENTS, last, after "for" and at most two words of its own) and the piece of it the
answer goes in (PIECES, just after a dash, a colon or a comma) are what the answer is for,
not what it is about (past_document): no fact holds them ("reaction tracker" names the
tracker, not Japan's reaction). The ordinary nouns among the documents ("table", "file",
"log", "entry") are read so only after a dash, a colon or a comma ("support for the table"
asks about support for a table); a query that is only the frame ("names for sitrep") is read
as it is.

A researcher writing on one element of a thing quotes the word that names it and calls it
an element, an aspect or a part of the thing ("Indo-Pacific 'inclusive' element of vision",
"the 'rules-based' part of the commitment"): the quoted word is what is asked, the noun of
the element and its "of" (ELEMENTS) no word of the facts, which hold the word in the thing's
statement, not beside a word for a piece of it (past_element). Only after a quoted word:
"the naval element of the exercise" keeps its noun.
"""

from __future__ import annotations

import itertools
import re

from defcoop_cli.lookup.search.reading.written.notes import (
    DETERMINERS,
    past_coding,
    past_desk,
    past_form,
    past_monitor,
    past_newsroom,
    past_notes,
    past_purpose,
    past_trailing,
)
from defcoop_cli.lookup.search.reading.written.uses import past_need, past_use, past_work_label
from defcoop_cli.lookup.search.words import STOPWORDS, tokens

SPEECHES = frozenset(
    "speech speeches remarks toast toasts keynote speechwriter speechwriters".split()  # noqa: SIM905
)
ADDRESS = "address"
PARTS = frozenset(
    """line lines sentence sentences paragraph paragraphs passage passages phrase phrases
    words wording opening opener closing ending conclusion flourish flourishes
    peroration""".split()  # noqa: SIM905
)
DRAFTING = frozenset(  # a line's own adjectives before its piece: "a hopeful ending"
    """opening closing concluding final rhetorical applause warm hopeful stirring punchy
    catchy memorable moving upbeat uplifting gracious heartfelt friendly""".split()  # noqa: SIM905
)
ENDS = DRAFTING | PARTS  # a paper's own drafting words before it: "the ending montage"
AUDIENCE = "friendly"  # "a visitor-friendly line": the audience before it is drafting too
ACTS = frozenset(
    """thank thanks thanking welcome welcoming recall recalling praise praising hail hailing
    salute saluting congratulate congratulating commend commending mention mentioning cite
    citing name naming write writing spell spelling say saying""".split()  # noqa: SIM905
)
ACT_AFTER = frozenset("to can could should may might shall will would".split())  # noqa: SIM905
TO_ACT = frozenset(("to", a) for a in ACTS)  # "words to thank them"
OPENED_BY = frozenset(["on", "about", "for", "to"])  # "a line on …", "words to thank them"
# A speech given, named by its giver or occasion after it: "keynote address by nakatani"
GIVEN_BY = frozenset("by of from at delivered".split())  # noqa: SIM905
SAID_ON = frozenset(["on", "about"])  # a speaker's speech on X: what he said on it, held

# A delegate's papers (the module's docstring), the pieces of one asked for, and the verbs
# a resolution's clauses open with that name no act of the talks
_PAPERS = """position paper, position papers, working paper, country profile, background guide,
    sitrep, sitreps, situation report, preambulatory clause, preambulatory clauses, operative
    clause, operative clauses, draft resolution"""
# An interview candidate's exercises of the same kind (a services selection board's
# lecturette, group discussion and essay), and a student's notes for them (bare "notes"
# only before what they are on: "my notes say …" are the asker's, not a paper)
_EXERCISES = """lecturette, lecturettes, lecturette topic, group discussion, gd, gd topic,
    gd topics, extempore, essay, essay topic, talking points, key points, short notes,
    notes on, notes about"""
# A curator's display texts (a label, a caption, a gallery's section: the module's docstring)
_DISPLAYS = """label, labels, label text, label copy, wall text, panel text, text panel, caption,
    captions, gallery section, gallery text, exhibit label, exhibit text, object label, blurb"""
# A film, radio or podcast producer's products and tasks, the medium named after one
_PRODUCTIONS = """b roll, b rolls, broll, sound bite, sound bites, soundbite, soundbites, voice
    over, voiceover, voice overs, lower third, lower thirds, cutaway, cutaways, slate, slates,
    montage, montages, script, script check, script line, closing line, opening line, closing
    shot, opening shot, intro, outro, cold open, teaser, promo, narration, show notes"""
# A grants officer's and a recruiter's documents (the module's docstring)
_APPLICATIONS = """impact statement, impact statements, impact summary, case for support, lay
    summary, project summary, executive summary, key highlights, job description, role
    description, company profile, cover letter, elevator pitch"""
MEDIA = frozenset(
    """film films documentary documentaries video videos explainer explainers podcast
    podcasts episode episodes show reel reels segment package radio""".split()  # noqa: SIM905
)
_ALL_PAPERS = ",".join([_PAPERS, _EXERCISES, _DISPLAYS, _PRODUCTIONS, _APPLICATIONS])
PAPERS = tuple(sorted((tuple(p.split()) for p in _ALL_PAPERS.split(",")), key=len, reverse=True))
# The papers by their first word, longest first as in PAPERS (a stable sort): most words
# start none
_PAPERS_BY_FIRST = {
    first: tuple(papers)
    for first, papers in itertools.groupby(sorted(PAPERS, key=lambda p: p[0]), key=lambda p: p[0])
}
# A display's text heads the query as its subject where a verb follows ("caption calls
# nakatani …": the article's heading, no clause's opener) or "of" ("caption of the article")
DISPLAYS = frozenset(tuple(p.split()) for p in _DISPLAYS.split(","))
SAID_OF = frozenset("of says say reads read calls call names describes shows".split())  # noqa: SIM905
PAPER_PIECES = frozenset(
    """line lines idea ideas wording language quote quotes cite names points notes
    background data needed wanted shots footage visuals""".split()  # noqa: SIM905
)
CLAUSE_OPENERS = frozenset(
    """noting recalling recognising recognizing observing bearing mindful aware calls
    call upon urges encourages requests""".split()  # noqa: SIM905
)

PROMOTING = frozenset(
    """promote promotes promoted promoting promotion advertise advertises advertised
    advertising advertisement endorse endorses endorsed endorsing endorsement plug plugs
    plugged plugging tout touts touted touting""".split()  # noqa: SIM905
)
# A passive or a noun of promotion, with the text after it ("advertised in the story")
PROMOTED = frozenset(
    "promoted promotion advertised advertisement endorsed endorsement plug plugged touted".split()  # noqa: SIM905
)
TEXTS = frozenset(
    """article articles piece story text page site website post column writer author outlet
    publisher publication copy blog""".split()  # noqa: SIM905
)
ADVERTORIAL = "advertorial"
# The auditor's sourcing: "according to the article", "as per the story", "per the piece"
SOURCING = (("according", "to"), ("as", "per"), ("per",))


# A researcher's check of a statement (the module's docstring): what a party said or did,
# the verbs that ask what it mentions, and the words for the saying itself.
STATED = frozenset(
    """statement statements condemnation condemnations invitation invitations briefing
    briefings commitment commitments reaction reactions response responses pledge pledges
    declaration message line lines wording""".split()  # noqa: SIM905
)
FRAME = frozenset("statement statements line lines wording".split())  # noqa: SIM905
MENTIONING = frozenset(
    """mention mentions mentioned name names cite cites cited reference references referenced
    refer refers referred include includes included specify specifies specified""".split()  # noqa: SIM905
)
CHECKING = frozenset(["did", "does", "do", "has", "have", "had"])
JOINT = frozenset(["joint"])  # "the joint statement": whose (both sides'), as a possessive
_APOSTROPHE_S = re.compile(r"['’]s$")
_PUNCTUATION = "\"'’‘“”?!.,:;()"


def past_writers_frames(words: list[str]) -> list[str]:
    """The words read past a speechwriter's frame, a delegate's paper and an advertorial
    auditor's (above)."""
    words = past_purpose(_without_paper(_without_speech_frame(words)))
    return _advertorial_asked(_without_text_as_source(words))


def _paper_at(words: list[str], i: int) -> int:
    """How many words make a delegate's paper at words[i] (PAPERS), 0 where none."""
    papers = _PAPERS_BY_FIRST.get(words[i], ()) if i < len(words) else ()
    return next((len(p) for p in papers if tuple(words[i : i + len(p)]) == p), 0)


def _past_medium(words: list[str], i: int) -> int:
    """Where the words go on past a medium named after a product, at words[i] ("of film",
    "for the podcast"); i where none is."""
    j = i + 1 + (words[i + 1 : i + 2] != [] and words[i + 1] in DETERMINERS)
    return (
        j + 1
        if words[i : i + 1] in (["of"], ["for"]) and words[j : j + 1] and words[j] in MEDIA
        else i
    )


# A producer's product of the text itself ("intro of the article", "the story's closing
# line") asks the text's passage, which no fact is: read as "passage of the article".
PRODUCTS = frozenset(tuple(p.split()) for p in _PRODUCTIONS.split(","))


def _text_passage(words: list[str]) -> list[str] | None:
    """The words with a product (PRODUCTS) read as "passage" where the rest names the text."""
    at, size = next(((i, n) for i in range(len(words)) if (n := _paper_at(words, i))), (0, 0))
    before, after = words[:at], words[at + size :]
    text = {w for w in before + after if w not in DETERMINERS and w != "of"}
    product = size and tuple(words[at : at + size]) in PRODUCTS
    return [*before, "passage", *after] if product and text and text <= TEXTS else None


def _without_paper(words: list[str]) -> list[str]:
    """The words without a delegate's paper heading them or ending them (the module's
    docstring), when a content word is left; a product of the text read as its passage
    (_text_passage)."""
    if (passage := _text_passage(words)) is not None:
        return passage
    start = 1 if words[:1] and words[0] in DETERMINERS else 0
    size = _paper_at(words, start)
    display = tuple(words[start : start + size]) in DISPLAYS
    after = words[start + size : start + size + 1]
    if size and not (display and SAID_OF.intersection(after)):
        start = _past_medium(words, start + size)
        while start < len(words) and words[start] in PAPER_PIECES:
            start += 1
        if start < len(words) and words[start] in OPENED_BY:
            start += 1
        while start < len(words) and words[start] in CLAUSE_OPENERS:
            start += 1
    else:
        start = 0
    end = len(words)
    for i in range(start, len(words)):
        size = _paper_at(words, i)
        if size and _past_medium(words, i + size) == len(words):
            end = i
            while end > start and words[end - 1] in DETERMINERS | OPENED_BY | PAPER_PIECES | ENDS:
                end -= 1
            break
    kept = words[start:end]  # a content word of no paper's own ("caption label for": none)
    return kept if any(w not in STOPWORDS and (w,) not in PAPERS for w in kept) else words


# What the answer is for (the module's docstring): the document and the piece of it.
# A writer's own documents, read after a space ("… for my tracker"); the ordinary nouns
# among them ("support for the table") only after a dash, a colon or a comma.
WRITERS_DOCUMENTS = """tracker trackers sitrep sitreps spreadsheet spreadsheets database dossier
memo memos"""
DOCUMENTS = f"""{WRITERS_DOCUMENTS} row rows sheet paper papers slide slides deck log
table column columns entry entries file matrix chart dataset para paras paragraph"""
PIECES = frozenset(
    """field fields entry row column cell quote quotes names name line lines wording ref refs
    reference references source sources citation""".split()  # noqa: SIM905
).union(PAPER_PIECES)
_DETERMINER = r"(?:(?:a|an|the|my|our|this|that|its)\s+)?"
_FOR_DOCUMENT = re.compile(
    rf"(?i)(?:\s*[-–—:,]+\s*(?:(?:{'|'.join(sorted(PIECES))})\s+)?for\s+{_DETERMINER}"
    rf"(?:[\w'’-]+\s+){{0,2}}(?:{'|'.join(DOCUMENTS.split())})"
    rf"|\s+for\s+{_DETERMINER}(?:[\w'’-]+\s+){{0,2}}(?:{'|'.join(WRITERS_DOCUMENTS.split())}))"
    r"\s*[?.!]*\s*$"
)


def read_for_writing(text: str) -> str:
    """The text read past what a writer fills with it: a statement checked for a mention,
    the document the answer is for (the module's docstring), an item's label and the
    asker's use of the answer (uses.py)."""
    read = past_monitor(past_element(past_form(past_work_label(text))))
    read = past_notes(past_trailing(past_newsroom(past_coding(read))))
    read = past_document(statement_checked(past_desk(read)))  # "X wording for …"
    return past_monitor(past_use(read))


ELEMENTS = "element elements aspect aspects part parts component components pillar pillars"
_ELEMENT = re.compile(
    rf"(?i)(?<!\w)['\"‘“]([\w-]+)['\"’”](?!\w)\s+(?:{'|'.join(ELEMENTS.split())})\s+of\b\s*"
)


def past_element(text: str) -> str:
    """The text with the noun of an element after a quoted word, and its "of", read as no
    words (the module's docstring): "'inclusive' element of vision" is "inclusive vision"."""
    return _ELEMENT.sub(r"\1 ", text) if "'" in text or "‘" in text or '"' in text else text


def past_document(text: str) -> str:
    """The text without what its answer is for ("… - field for reaction tracker"), where
    a content word other than a piece is left before it; else as it is."""
    found = _FOR_DOCUMENT.search(text)
    before = text[: found.start()] if found else ""
    if not any(w not in STOPWORDS and w not in PIECES for w in tokens(before)):  # "names for …"
        return text
    return past_need(before)  # "… - need for the memo"


def statement_checked(text: str) -> str:
    """The text of a statement checked for what it mentions: the question's opening and its
    subject, without the words for the saying (the module's docstring); else as it is."""
    typed = text.split()
    words = [_APOSTROPHE_S.sub("", w.lower()).strip(_PUNCTUATION) for w in typed]
    if not words or words[0] not in CHECKING:
        return text
    verb = next((i for i in range(2, len(words)) if words[i] in MENTIONING), None)
    if verb is None or STATED.isdisjoint(words[1:verb]):
        return text
    kept = [i for i in range(1, verb) if words[i] not in FRAME]
    if all(words[i] in STOPWORDS or words[i] in STATED for i in kept):  # "did the statement …"
        return text
    said = [i for i in kept if words[i] not in STOPWORDS | JOINT and not _whose(typed[i])]
    if not said:  # "did Japan's statement mention …": whose alone, no word of what it is
        return text
    return " ".join(typed[i] for i in (0, *kept))


def _whose(typed: str) -> bool:
    """Whether a typed word is a possessive ("Japan's", "the ministers'"): whose statement."""
    word = typed.strip(_PUNCTUATION.replace("'", "").replace("’", ""))
    return bool(_APOSTROPHE_S.search(word)) or word.endswith(("'", "’"))


def _without_text_as_source(words: list[str]) -> list[str]:
    """The words without "according to the article", "as per the piece": the text read is
    the source of every fact it holds, so the phrase names no fact's source."""
    for i in range(len(words)):
        for phrase in SOURCING:
            j = i + len(phrase)
            if tuple(words[i:j]) != phrase:
                continue
            if words[j : j + 1] and words[j] in DETERMINERS:
                j += 1
            if words[j : j + 1] and words[j] in TEXTS and (i or j + 1 < len(words)):
                return [*words[:i], *words[j + 1 :]]
    return words


def _speech_at(words: list[str], i: int) -> bool:
    """Whether words[i] is a word for the speech being written ("address" as a noun), not
    for one given (_given_speech)."""
    if words[i] in SPEECHES:
        return not _given_speech(words, i)
    before, after = words[i - 1 : i], words[i + 1 : i + 2]
    return (
        words[i] == ADDRESS
        and bool(before)
        and before[0] in DETERMINERS
        and (not after or after[0] not in DETERMINERS)
    )


def _given_speech(words: list[str], i: int) -> bool:
    """Whether the speech at words[i] is one given, its giver or occasion named (the
    module's docstring): after it, by GIVEN_BY; or before it, a content word that no
    function word stands before ("nakatani keynote"; not "for the minister's remarks")."""
    speech = SPEECHES | {ADDRESS}
    j, k = i, i
    while j and words[j - 1] in speech:
        j -= 1
    while k + 1 < len(words) and words[k + 1] in speech:
        k += 1
    if k + 2 < len(words) and words[k + 1] in GIVEN_BY:
        return True
    if k + 2 < len(words) and words[k + 1] in SAID_ON:  # "singh's remarks on the attack"
        return False
    if not j or words[j - 1] in STOPWORDS | DETERMINERS | DRAFTING | PARTS:
        return False
    return j == 1 or words[j - 2] not in STOPWORDS | DETERMINERS


def _opens_with_part(words: list[str]) -> bool:
    """Whether the words open with a piece of a speech (a determiner and its drafting
    adjectives before it) followed by OPENED_BY or an act."""
    i = 1 if words[:1] and words[0] in DETERMINERS else 0
    while i + 1 < len(words) and _drafting(words, i) and words[i + 1] in DRAFTING | PARTS:
        i += 1
    after = words[i + 1 : i + 2]
    return i < len(words) and words[i] in PARTS and bool(after) and after[0] in OPENED_BY | ACTS


def _framed(words: list[str]) -> bool:
    """Whether the words hold a speechwriter's frame (the module's docstring)."""
    if any(_speech_at(words, i) for i in range(len(words))) or _opens_with_part(words):
        return True
    return any(w in PARTS and tuple(words[i + 1 : i + 3]) in TO_ACT for i, w in enumerate(words))


def _drafting(words: list[str], i: int) -> bool:
    """Whether words[i] is a line's drafting adjective, or the audience it is friendly to."""
    return words[i] in DRAFTING or words[i + 1 : i + 2] == [AUDIENCE]


def _act_at(words: list[str], i: int) -> bool:
    """Whether words[i] is a speech's act used as a verb."""
    w = words[i]
    return w in ACTS and (w.endswith("ing") or i == 0 or words[i - 1] in ACT_AFTER)


def _without_speech_frame(words: list[str]) -> list[str]:
    """The words without a speechwriter's frame, when they hold one and a content word is
    left ("the address" alone is the word asked about)."""
    if not _framed(words):
        return words
    drop = {i for i in range(len(words)) if _speech_at(words, i) or _act_at(words, i)}
    for i, w in enumerate(words):
        if w in PARTS:
            drop.add(i)
            j = i - 1
            while j >= 0 and _drafting(words, j):
                drop.add(j)
                j -= 1
    kept = [w for i, w in enumerate(words) if i not in drop]
    return kept if any(w not in STOPWORDS for w in kept) else words


def _advertorial_asked(words: list[str]) -> list[str]:
    """The words with a text promoting read as "advertorial" (the module's docstring)."""
    for i, w in enumerate(words):
        if w not in PROMOTING:
            continue
        if i > 0 and words[i - 1] in TEXTS:
            return [*words[: i - 1], ADVERTORIAL, *words[i + 1 :]]
        text = next((j for j in range(i + 1, len(words)) if words[j] in TEXTS), None)
        if w in PROMOTED and text is not None:
            return [ADVERTORIAL if j == i else v for j, v in enumerate(words) if j != text]
    return words
