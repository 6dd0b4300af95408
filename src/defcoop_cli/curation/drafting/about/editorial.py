"""Editorial: the paragraphs that read as the publisher's promotion, not news; and the
other news on the page, which is furniture (`off_story`), and a register's rows but the
meeting's, with the text around its table (`register_apart`, body/elements/registers.py).

A paragraph in which no party speaks and that speaks to the reader (you, a call to
action, an offer) or promotes a name the rest of the article never uses is proposed as
editorial: its facts of kind editorial in the fact base's editorial topic, the paragraph
(from its first promoting sentence) as the source's editorial excerpt.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator, Sequence

from defcoop_cli.curation.drafting.about.framing import word_stems
from defcoop_cli.curation.drafting.attribution import reading
from defcoop_cli.curation.drafting.body.elements.registers import Register as Register  # assembly's
from defcoop_cli.curation.drafting.body.kept import kept_candidates
from defcoop_cli.curation.drafting.body.replies import ADDRESSEE_HEAD, addressed
from defcoop_cli.curation.drafting.entities import EntityMatcher
from defcoop_cli.curation.drafting.new_entities import capitalised_names
from defcoop_cli.curation.drafting.pages import IN_CAPITALS
from defcoop_cli.curation.drafting.segments import Candidate, lines
from defcoop_cli.curation.drafting.speakers import Speakers
from defcoop_cli.curation.drafting.studies.debates import debate_pack
from defcoop_cli.curation.drafting.transcripts import transcript_labels
from defcoop_cli.curation.drafting.turns.cues import is_cue
from defcoop_cli.curation.drafting.turns.talks import talk_speaker
from defcoop_cli.factbase.records import Doc
from defcoop_cli.factbase.vocab import THE_SOURCE, is_editorial_group

# What an editorial candidate's notes say to the curator.
EDITORIAL_NOTE = (
    "possibly editorial (it reads as the publisher's promotion): proposed as kind "
    "editorial, its paragraph as the source's editorial excerpt; if it is news, "
    "set its kind and topics and remove that excerpt"
)


# A quotation in a sentence, in double or single quotes (bounded), and a verb of speech.
_QUOTATION_ANYWHERE = re.compile(r"[\"“][^\"“”]{0,600}[\"”]|(?:(?<=\s)|^)[‘'][^‘’\n]{0,600}?[’']")
_SPEECH_VERB = re.compile(r"\b(?:said|says|say|told|added|asked|stated|noted)\b", re.IGNORECASE)
# Words of promotion: speaking to the reader, a call to action, an offer.
_PROMOTION = re.compile(
    r"\b(?:you|your|yours)\b|\bour readers\b|\bwin an?\b|\b(?:free|discount|cancel anytime"
    r"|limited time|special offer|subscribe|subscription)\b|^(?:subscribe|book|find|enter"
    r"|sign up|join|download|call|visit|get|try|order|buy|register|click|follow|watch|listen"
    r"|stay|discover|explore|grab|claim|save|shop|don't miss)\b",
    re.IGNORECASE,
)


# A sentence that opens by pointing back at the one before it ("This echoes…", "From a
# spiritual standpoint, this aligns…", "Such ties…"): its subject is that sentence's claim.
_BACK_REFERENCE = re.compile(r"^(?:[^,.;:]{0,40},\s*)?(?:this|that|these|such)\b", re.IGNORECASE)


def _name_spans(sentence: str) -> list[tuple[int, int]]:
    return capitalised_names(sentence, [])


def _new_names(sentence: str, matcher: EntityMatcher) -> list[tuple[int, int]]:
    """The capitalised names but the countries of the fact base: a profile that names its
    man's country twice ("Japan's defence ministry", "Japan's parliament") promotes no one;
    a person or a body the base knows may still be promoted (the shipped article's
    preacher)."""
    countries = [(a, b) for e, a, b in matcher.find(sentence) if _country(matcher, e)]
    return capitalised_names(sentence, countries)


def _country(matcher: EntityMatcher, eid: str) -> bool:
    return eid in matcher.entities and matcher.entities[eid].type == "country"


def possibly_editorial(
    text: str,
    found: Sequence[Candidate],
    matcher: EntityMatcher,
    people: frozenset[str],
) -> dict[int, int]:
    """Paragraphs (line numbers) that read as the publisher's promotion, not news, each with where
    the promotion starts (the first sentence that promotes: a paragraph may open with news
    and then pivot; or the sentence before it, when the promoting one opens by pointing back
    at it: "From a spiritual standpoint, this aligns with…"). No party says anything in them
    (a reporting verb with a party, "Both countries stressed…", is news), and they speak to
    the reader (you, your; a call to action opening a sentence: subscribe, book, sign up…;
    an offer: free, discount, cancel anytime), or a name recurs in them that the rest of the
    article never uses (an advertorial for a person or a brand; a country of the fact base
    named twice is no such name)."""
    naming: Counter[str] = Counter()  # a name -> how many paragraphs name it
    repeated: dict[int, list[str]] = {}  # a paragraph -> the names it names twice or more
    for number, span in _paragraphs(found):
        names = Counter(
            x[a:b] for _, x in _sentences(text, found, span) for a, b in _new_names(x, matcher)
        )
        naming.update(names.keys())
        twice = [n for n, k in names.items() if k >= 2]
        if twice:
            repeated[number] = twice
    flagged = {}
    letter = addressed(text.split("\n", ADDRESSEE_HEAD)[:ADDRESSEE_HEAD])  # "you": the addressee
    for number, span in _paragraphs(found):
        if any(
            reading(x, Speakers(matcher, people, "a party")).attribution != THE_SOURCE
            or (_QUOTATION_ANYWHERE.search(x) and _SPEECH_VERB.search(x))
            for _, x in _sentences(text, found, span)
        ):
            continue  # someone speaks: news, even with a "you" in their words
        own = [n for n in repeated.get(number, ()) if naming[n] == 1]
        sentences = list(_sentences(text, found, span))
        promoting = (
            i
            for i, (_, x) in enumerate(sentences)
            if _PROMOTION.search(_unquoted(x, letter)) or any(name in x for name in own)
        )
        first = next(promoting, None)
        if first is not None:
            if first and _BACK_REFERENCE.match(sentences[first][1]):
                first -= 1  # "…, this aligns with…": the sentence it builds on leads into it
            flagged[number] = sentences[first][0].start
    return flagged


def _unquoted(sentence: str, letter: bool) -> str:
    """The sentence without its quotations, and in a letter without its "you" words."""
    said = _QUOTATION_ANYWHERE.sub(" ", sentence)
    return _YOU.sub(" ", said) if letter else said


_YOU = re.compile(r"\b(?:you|your|yours)\b", re.IGNORECASE)


def _paragraphs(found: Sequence[Candidate]) -> Iterator[tuple[int, range]]:
    """Each paragraph's number and the indexes of its candidates (which come together)."""
    first = 0
    for n in range(1, len(found) + 1):
        if n == len(found) or found[n].paragraph != found[first].paragraph:
            yield found[first].paragraph, range(first, n)
            first = n


def _sentences(
    text: str, found: Sequence[Candidate], span: range
) -> Iterator[tuple[Candidate, str]]:
    """The paragraph's sentences (its candidates that are no list's items), one at a time."""
    for n in span:
        c = found[n]
        if c.parent is None:
            yield c, text[c.start : c.end]


def editorial_topics(doc: Doc) -> list[str]:
    """The topic editorial candidates are proposed in: the fact base's first editorial
    topic, if it has one."""
    return [t.id for t in doc.topics if is_editorial_group(t.group)][:1]


# A paragraph set apart on the page: one that opens with a label of its own ("CITY BRIEF: ",
# "Metro trial run on new line: "), or one under a label of other news ("In other news").
# The label is in capitals ("CITY BRIEF: ") or a headline of four words or more: not a
# readout's subject ("Maritime security: ").
_LABELLED = re.compile(
    r"(?:[A-Z][A-Z&'’ -]+|[A-Z][^:.!?\n ]*(?: [^:.!?\n ]+){3,9}):\s+(?=[A-Z\"“])"
)
_OTHER_NEWS = re.compile(
    r"(?i:(?:in |and )?other (?:news|stories|headlines)|elsewhere|also in (?:the )?news"
    r"|more (?:news|stories|headlines)|(?:news )?in brief|briefly|around the \w+"
    r"|(?:city|metro|state|world|business|sports?) (?:brief|news|roundup|digest)"
    # a paper's corrections list: each item corrects its own page, the story's only by name
    r"|corrections?(?: (?:and|&) clarifications?)?|clarifications?|for the record)\W*"
)


def off_story(
    text: str, found: Sequence[Candidate], furniture: Sequence[tuple[int, int]], doc: Doc
) -> tuple[Sequence[Candidate], list[tuple[int, int]]]:
    """The candidates without the other news on the page, and the furniture with it, whole
    lines: a paragraph set apart (a label opens it, a label of other news stands above it,
    or a heading in capitals, a section of its own, right above it) that names something (an
    entity of the fact base, a capitalised name) but nothing the story has named so far
    (from its lead, the first paragraph drafted, on), and no topic of the fact base ("CITY
    BRIEF: Water supply will be cut in the old town, the water board said."). A transcript's
    turns are its speakers', a talk's questions from the floor its own (turns/talks.py),
    and a paragraph that names nothing is the story's; a debate pack's numbered sections
    ("5. ADJUDICATION NOTE") are its own (studies/debates.py)."""
    every = lines(text)
    if not found or transcript_labels(text) or talk_speaker(every) or debate_pack(text):
        return found, list(furniture)  # a debate pack's headings are its own sections
    whole = {(a, b) for a, b in furniture}
    apart: list[int] = []  # the paragraphs set apart, after the lead
    other, last = False, -1  # under a label of other news; the last paragraph read
    section: dict[int, list[int]] = {}  # a heading's section: its paragraphs, to the next label
    head: int | None = None
    spans = dict(_paragraphs(found))
    for n, span in spans.items():
        labels = [x.text for x in every[last + 1 : n] if (x.start, x.end) in whole]
        other, last = bool(_OTHER_NEWS.fullmatch(labels[-1])) if labels else other, n
        labelled = _LABELLED.match(every[n].text) and found[span[0]].parent is None
        # a section of its own; not a sound bite's cue, which is the story's own
        headed = bool(labels) and bool(IN_CAPITALS.fullmatch(labels[-1])) and not is_cue(labels[-1])
        head = n if headed and not other else None if labels else head  # not "CORRECTIONS"
        if head is not None:
            section.setdefault(head, []).append(n)
        if (labelled or other or headed) and n != found[0].paragraph:
            apart.append(n)
    if not apart:
        return found, list(furniture)
    matcher, names, set_apart = EntityMatcher(doc.entities), _topic_names(doc), set(apart)
    story: set[str] = set()
    off: set[int] = set()
    for n, span in spans.items():
        if n > apart[-1]:
            break
        x = " ".join(x for _, x in _sentences(text, found, span))
        said = _named(x, matcher)
        if n in set_apart and said and not said & story and not _topical(x, names):
            rest = [spans[m] for m in section.get(n, [])[1:]]  # a heading's section, read whole
            if not _own_section(text, found, rest, story, matcher):
                off.add(n)
                continue
        story |= said
    if not off:
        return found, list(furniture)
    kept = kept_candidates(found, lambda c: c.paragraph not in off)
    gone = sorted((every[n].start, every[n].end) for n in off)
    starts = [a for a, _ in gone]
    within = (bisect_right(starts, a) - 1 for a, _ in furniture)  # the gone line before
    left = [f for f, i in zip(furniture, within, strict=True) if i < 0 or f[0] >= gone[i][1]]
    return kept, sorted([*left, *gone])


def _named(x: str, matcher: EntityMatcher) -> set[str]:
    """What a paragraph names: the fact base's entities, linked or implied, and new names."""
    return {*matcher.ids(x), *matcher.implied(x), *(x[a:b] for a, b in _name_spans(x))}


def _own_section(
    text: str, found: Sequence[Candidate], rest: list[range], story: set[str], m: EntityMatcher
) -> bool:
    """Whether the paragraphs after a heading's first, to the next label, name what the
    story named so far: then the section is the story's own ("== WHAT HAPPENED ==" over the
    road closures, then the talks), not other news under a heading of its own."""
    more = " ".join(x for span in rest for _, x in _sentences(text, found, span))
    return bool(more) and bool(_named(more, m) & story)


def _topic_names(doc: Doc) -> set[str]:
    """The fact base's topics' names and aliases, stemmed ("defence industri", "drill")."""
    names = (" ".join(word_stems(n)) for t in doc.topics for n in (t.short or "", *t.aliases))
    return {n for n in names if n}


def _topical(line: str, names: set[str]) -> bool:
    """Whether a line says a topic's name ("a drill" says "drills")."""
    words = f" {' '.join(word_stems(line))} "
    return any(f" {n} " in words for n in names)


def register_apart(
    text: str,
    found: Sequence[Candidate],
    furniture: Sequence[tuple[int, int]],
    registers: Sequence[Register],
    doc: Doc,
) -> tuple[Sequence[Candidate], list[tuple[int, int]], tuple[str, str] | None]:
    """The candidates of the meeting's row's entries alone, the rest of the page furniture
    (whole lines), and that row (its cells' line, its entries as lines), or None: the page
    unchanged, where it has no register or no row names anything of the fact base."""
    if not registers:  # a page's alone: no text's lines are read again (issue 22's peak)
        return found, list(furniture), None
    every = lines(text)
    rows = _rows_at([x.text for x in every], registers)
    if not rows:
        return found, list(furniture), None
    if not any(r.signed for r in registers):  # a news page's table: its cells alone apart
        headers = {r.header for r in registers}
        cells = {head for head, _ in rows} | {n for n, x in enumerate(every) if x.text in headers}
        kept = kept_candidates(found, lambda c: c.paragraph not in cells)
        apart = [(every[n].start, every[n].end) for n in sorted(cells)]
        return kept, sorted({*furniture, *apart}), None
    matcher = EntityMatcher(doc.entities)
    people = {e.id for e in doc.entities if e.type == "person"}

    def named(row: tuple[int, list[int]]) -> tuple[int, int]:
        head, entries = every[row[0]].text, " ".join(every[n].text for n in row[1])
        return len(set(matcher.ids(head)) & people), len(set(matcher.ids(f"{head}\n{entries}")))

    story = max(rows, key=named)
    if named(story) == (0, 0):
        return found, list(furniture), None
    kept_lines = set(story[1])
    kept = kept_candidates(found, lambda c: c.paragraph in kept_lines)
    gone = [(x.start, x.end) for n, x in enumerate(every) if n not in kept_lines]
    inside = [
        f for f in furniture if any(every[n].start <= f[0] < every[n].end for n in kept_lines)
    ]
    entries = "\n".join(every[n].text for n in story[1])
    return kept, sorted([*inside, *gone]), (every[story[0]].text, entries)


def _rows_at(texts: Sequence[str], registers: Sequence[Register]) -> list[tuple[int, list[int]]]:
    """Each register row's line number and its entries' line numbers, in the text's lines
    (none, where a register's lines are not found there in order)."""
    at, out = 0, list[tuple[int, list[int]]]()
    for register in registers:
        at = _next(texts, register.header, at)
        for head, entries in register.rows:
            head_at = at = _next(texts, head, at + 1)
            numbers = []
            for entry in entries:
                at = _next(texts, entry, at + 1)
                numbers.append(at)
            if at >= len(texts):
                return []
            out.append((head_at, numbers))
    return out


def _next(texts: Sequence[str], line: str, at: int) -> int:
    """The number of the first line from at that reads line (len(texts): none)."""
    return next((n for n in range(at, len(texts)) if texts[n] == line), len(texts))
