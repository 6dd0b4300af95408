"""The asker's own work around what she asks (issue 25): the label of the item she is
writing, heading the query, and what she will do with the answer, said after it.

A survey's or a test's writer heads a question with the label of her item: its noun (ITEMS:
"item", "q", "question", "entry") after the words of its kind (KINDS: "knowledge item:",
"recall question:", "screener q:", "attitude item 4:") and before a colon. The label is no
word to look for: no fact holds it, and the question after the colon says what is asked
(past_item_label). Read so only where every word of the label is an item's or its kind's,
or a number, and a question word or a yes-no question's verb opens what follows: a label
naming a subject ("Pahalgam:", "malabar item:", "cyber threats: what did …") stays.

A writer ends a query on what she will do with the answer (past_use): a purpose naming her
own document or its part (DOCUMENTS: "for the preamble", "for the stem", "for memo
chronology", "for our note") or her using it in one ("to cite correctly in the memo",
"to quote", "to include in the brief"). "For", a determiner or an owner, at most two words
of the document's own ("client memo", "the question stem") and the document are no words
to look for, nor is what follows the document to the end: the document's own "of …"
ending on a document's word ("for the preamble of the terrorism question"), a clause of
her own ("for the stem we must be accurate": OWN_CLAUSE) or more of the document's words.
After "to", a verb of citing (CITING) is her use with any adverb, owner or document after
it ("to cite correctly in the memo"); a verb of using (USING) only with a document after
it ("to include in our note"; "to put money into arms" is what is asked). "For our" or
"for my" before whom the answer is for (AUDIENCES: "for our readers") is her use too. A
"for" that names the subject keeps its words: "cooperation for peace", "support for India",
"for the memo to call him minister" (the document not last), "for a brief on cyber"
(its subject after it: reading/typed/tasks.py reads a product's subject). The query is
read so only where a content word is left before the purpose, and a need said before it
is hers too ("… - needed for the memo").
"""

from __future__ import annotations

import re

from defcoop_cli.lookup.search.words import QUESTION_WORDS, STOPWORDS, YES_NO, tokens

ITEMS = frozenset("item items q qn question questions query entry entries".split())  # noqa: SIM905
KINDS = frozenset(
    """knowledge attitude attitudes awareness recall opinion factual fact screener screening
    filter probe demographic demographics perception perceptions behaviour behavior likert
    rating open closed ended pilot practice sample core bonus warm warmup up follow
    followup survey poll questionnaire quiz test module section""".split()  # noqa: SIM905
)
_ITEM_LABEL = re.compile(r"^\s*([^:?]{1,40}?)\s*:\s+(?=\S)")
# The asker's documents and their parts, whose words no fact holds
DOCUMENTS = frozenset(
    """memo memos note notes brief briefs briefing briefings stem stems preamble preambles
    slide slides deck decks chronology chronologies timeline timelines citation citations
    footnote footnotes endnote endnotes questionnaire questionnaires module modules question
    questions item items handout handouts worksheet worksheets appendix annex annexure
    glossary bibliography""".split()  # noqa: SIM905
)
AUDIENCES = frozenset(
    """readers audience audiences respondents clients client students class members
    subscribers viewers listeners team""".split()  # noqa: SIM905
)
OWNERS = frozenset(["our", "my"])
DETERMINERS = frozenset("the a an this that our my your".split())  # noqa: SIM905
CITING = frozenset("cite quote footnote reference attribute".split())  # noqa: SIM905
USING = frozenset("use include insert add put paste".split())  # noqa: SIM905
OWN_CLAUSE = frozenset("we i so as since because".split())  # noqa: SIM905
OWN_REACH = 2  # the document's own words before it: "the question stem", "client memo"
OF_REACH = 4  # words after the document's "of": "of the terrorism question"
_WORDS = re.compile(r"[\w'’+-]+")
_NEEDED = re.compile(r"(?i)(?:\s+(?:needed|need|needs|required|wanted))+\s*$")  # "- needed for …"
_OPENS = re.compile(r"(?i)(?:^|[\s,;:–—-])(for|to)\s")


def past_item_label(text: str) -> str:
    """The text without an item's label heading it (the module's docstring); else as it is."""
    label = _ITEM_LABEL.match(text)
    if label is None:
        return text
    said = tokens(label.group(1))
    rest = tokens(text[label.end() :])
    if not said or (said[-1] not in ITEMS and not said[-1].isdigit()):
        return text
    if not all(w in ITEMS or w in KINDS or w.isdigit() for w in said):
        return text
    if not rest or rest[0] not in QUESTION_WORDS | YES_NO | {"whom", "whose"}:
        return text
    return text[label.end() :]


def past_use(text: str) -> str:
    """The text without what the asker will do with the answer, said after what she asks
    (the module's docstring); else as it is."""
    for found in _OPENS.finditer(text):
        before, after = text[: found.start(1)], _WORDS.findall(text[found.end(1) :].lower())
        if not any(w not in STOPWORDS for w in tokens(before)):
            continue
        use = _for_use(after) if found.group(1).lower() == "for" else _to_use(after)
        if use:
            return _NEEDED.sub("", before).rstrip(" ,;:-–—")
    return text


def _for_use(words: list[str]) -> bool:
    """Whether the words after "for" name the asker's document or audience, and what
    follows it is the document's own (the module's docstring)."""
    owned = bool(words) and words[0] in OWNERS
    i = 1 if words[:1] and words[0] in DETERMINERS else 0
    for k in range(i, min(i + OWN_REACH + 1, len(words))):
        if words[k] in DOCUMENTS and _its_own(words[k + 1 :]):
            return True
        if owned and words[k] in AUDIENCES and not words[k + 1 :]:
            return True
    return False


def _its_own(words: list[str]) -> bool:
    """Whether the words after a document are its own: none, more documents, its "of …"
    ending on one, or a clause of the asker's own."""
    if all(w in DOCUMENTS for w in words) or words[0] in OWN_CLAUSE:
        return True
    return words[0] == "of" and len(words) <= OF_REACH + 1 and words[-1] in DOCUMENTS


def _to_use(words: list[str]) -> bool:
    """Whether the words after "to" are the asker's use of the answer: a verb of citing and
    its manner or place, or a verb of using and a document (the module's docstring)."""
    if not words or words[0] not in CITING | USING:
        return False
    rest = words[1:]
    documented = any(w in DOCUMENTS for w in rest)
    manner = all(w in STOPWORDS or w in DOCUMENTS or w.endswith("ly") for w in rest)
    return manner and (documented or words[0] in CITING)
