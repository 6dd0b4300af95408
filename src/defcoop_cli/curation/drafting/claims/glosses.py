"""A text restated in a claim's words (drafting.claims' glosses): each reporting verb of a
stance class with its class's word ("took stock of": discussed), each common paraphrase
(paraphrases.tsv) glossed by the word it paraphrases ("hosted" a meeting)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from defcoop_cli.curation.drafting.verbs import VERBS


def classed(text: str) -> str:
    """A text with each reporting verb of a stance class as its class's word ("took stock
    of", "exchanged views on", "reviewed": discussed; "underlined": stressed): one claim
    told with another verb of its class is the same claim. Verbs of saying are left as
    they are (they report; their stance is what they report)."""
    words = _words(text)
    for finder, stance, _ in VERBS:
        if stance != "reported" and _may_find(finder, words):
            parts, last = [], 0
            for m in finder.finditer(text):
                parts += [text[last : m.start()], f"{stance} {m.group()}"]
                last = m.end()
            if parts:
                text = "".join(parts) + text[last:]
                words = _words(text)
    return text


def classes(text: str) -> list[str]:
    """The stance classes of a text's reporting verbs read with the names they look at ("was
    keen to see Japanese firms invest": invited), which `classed` may not find once a
    text's names are taken out of it."""
    words = _words(text)
    return [
        stance
        for finder, stance, _ in VERBS
        if stance != "reported" and _may_find(finder, words) and next(finder.finditer(text), None)
    ]


def _words(text: str) -> _Said:
    """A text's runs of letters, in lower case (every word a table's finder can find), and
    the text in lower case where it is ASCII (what a lexicon pattern's heads are looked
    for in)."""
    lowered = text.lower() if text.isascii() else None
    return _Said(frozenset(w.lower() for w in _LETTERS.findall(text)), lowered)


class _Said(NamedTuple):
    """A text's words, and the text in lower case (None: not ASCII), for `_may_find`."""

    words: frozenset[str]
    lowered: str | None


_LETTERS = re.compile(r"[A-Za-z]+")


def _may_find(finder: object, said: _Said) -> bool:
    """Whether a reporting verb finder can find anything in a text, by a cheap test first: a
    table's forms (one word each, or a phrasal verb's head) none of whose words the text has
    find nothing (drafting time: some twenty tables read every sentence and fact); nor does
    a lexicon pattern none of whose literal heads (`patterns.literal_heads`) an ASCII text
    holds in lower case (a big base's first draft tried them on some 6,600 texts)."""
    forms = getattr(finder, "forms", None)
    if forms is None:  # a lexicon pattern
        heads = _lexicon_heads().get(id(finder))
        return heads is None or said.lowered is None or any(h in said.lowered for h in heads)
    words = said.words
    return not words.isdisjoint(forms) or not words.isdisjoint(finder.phrasal)  # type: ignore[attr-defined]


@lru_cache(maxsize=1)
def _lexicon_heads() -> dict[int, frozenset[str] | None]:
    """Each lexicon pattern's literal heads, by the pattern's id (hashing a pattern costs
    more than searching a short text)."""
    from defcoop_cli.patterns import literal_heads

    return {
        id(f): literal_heads(f.pattern, f.flags) for f, _, _ in VERBS if isinstance(f, re.Pattern)
    }


def glossed(text: str) -> str:
    """A text with each common paraphrase of a claim's word glossed by that word (its
    readings then make the same claim): paraphrases.tsv's ("hosted" a meeting, "stood
    with" someone solidarity, "urged" someone "to" act an invitation, ties that "have
    grown" intensified); a paraphrase that says the word and nothing else ("=" before the
    word: "sat down with", "in the strongest terms") is replaced by it, or only its group
    "said" where it has one (the rest is what it is said of), by the word or by nothing
    where the row gives none ("stands with India at this difficult hour" says what "stands
    with India" says)."""
    if _any_paraphrase().search(text) is None:  # none matches: none changes the text
        return text
    for word, paraphrase in _paraphrases():
        if "said" in paraphrase.groupindex:
            text = paraphrase.sub(lambda m, w=word[1:]: _said_replaced(m, w), text)  # type: ignore[misc]
        elif word.startswith("="):  # the paraphrase says the word and nothing else
            text = paraphrase.sub(f" {word[1:]} ", text)
        else:
            text = paraphrase.sub(lambda m, w=word: f"{m.group()} {w}", text)  # type: ignore[misc]
    return text


def _said_replaced(m: re.Match[str], word: str) -> str:
    """A match with its group "said" replaced by the word, the rest as it was."""
    a, b = m.start("said") - m.start(), m.end("said") - m.start()
    return f"{m.group()[:a]} {word} {m.group()[b:]}"


@lru_cache(maxsize=1)
def _paraphrases() -> list[tuple[str, re.Pattern[str]]]:
    from pathlib import Path

    table = Path(__file__).with_name("paraphrases.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in table.splitlines() if not line.startswith("#")]
    return [(word, re.compile(pattern, re.I)) for word, pattern in rows]


@lru_cache(maxsize=1)
def _any_paraphrase() -> re.Pattern[str]:
    """Any row of the table, one pattern: a text none of whose rows match is left as it is
    (each row's pattern tried only then: drafting time), exactly as the rows one by one
    would leave it, since a row that matches nothing changes nothing for the next."""
    return re.compile("|".join(f"(?:{p.pattern})" for _, p in _paraphrases()), re.I)
