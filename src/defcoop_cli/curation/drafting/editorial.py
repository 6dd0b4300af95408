"""Editorial: the paragraphs that read as the publisher's promotion, not news.

A paragraph in which no party speaks and that speaks to the reader (you, a call to
action, an offer) or promotes a name the rest of the article never uses is proposed as
editorial: its facts of kind editorial in the fact base's editorial topic, the paragraph
(from its first promoting sentence) as the source's editorial excerpt.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from defcoop_cli.curation.drafting.attribution import Speakers, reading
from defcoop_cli.curation.drafting.entities import EntityMatcher, capitalised_names
from defcoop_cli.curation.drafting.segments import Candidate
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


def _name_spans(sentence: str) -> list[tuple[int, int]]:
    return capitalised_names(sentence, [])


def possibly_editorial(
    text: str,
    found: Sequence[Candidate],
    matcher: EntityMatcher,
    people: frozenset[str],
) -> dict[int, int]:
    """Paragraphs (line numbers) that read as the publisher's promotion, not news, each with
    where the promotion starts (the first sentence that promotes: a paragraph may open with
    news and then pivot). No party says anything in them (a reporting verb with a party,
    "Both countries stressed…", is news), and they speak to the reader (you, your; a call
    to action opening a sentence: subscribe, book, sign up…; an offer: free, discount,
    cancel anytime), or a name recurs in them that the rest of the article never uses (an
    advertorial for a person or a brand)."""
    by_paragraph: dict[int, list[Candidate]] = {}
    for c in found:
        if c.parent is None:
            by_paragraph.setdefault(c.paragraph, []).append(c)
    names: dict[int, Counter[str]] = {
        number: Counter(
            body[a:b] for body in (text[c.start : c.end] for c in cs) for a, b in _name_spans(body)
        )
        for number, cs in by_paragraph.items()
    }
    paragraphs_naming = Counter(n for seen in names.values() for n in seen)
    flagged = {}
    for number, cs in by_paragraph.items():
        sentences = [text[c.start : c.end] for c in cs]
        if any(
            reading(x, Speakers(matcher, people, "a party")).attribution != THE_SOURCE
            or (_QUOTATION_ANYWHERE.search(x) and _SPEECH_VERB.search(x))
            for x in sentences
        ):
            continue  # someone speaks: news, even with a "you" in their words
        own = [n for n, k in names[number].items() if k >= 2 and paragraphs_naming[n] == 1]
        promoting = [
            c
            for c, x in zip(cs, sentences, strict=True)
            if _PROMOTION.search(_QUOTATION_ANYWHERE.sub(" ", x)) or any(n in x for n in own)
        ]
        if promoting:
            flagged[number] = promoting[0].start
    return flagged


def editorial_topics(doc: Doc) -> list[str]:
    """The topic editorial candidates are proposed in: the fact base's first editorial
    topic, if it has one."""
    return [t.id for t in doc.topics if is_editorial_group(t.group)][:1]
