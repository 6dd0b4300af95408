"""The cheap tests before the claims' tables (drafting time): a text none of the paraphrase
rows match, or none of whose words a reporting verb table holds, is read exactly as the
rows and tables one by one read it. Sentences of my own (fictional Beta and Gamma)."""

from __future__ import annotations

import pytest

from defcoop_cli.curation.drafting.claims import glosses
from defcoop_cli.curation.drafting.verbs import VERBS

SENTENCES = [
    "The two sides took stock of the ferry talks.",
    "Beta underlined its support for the harbour pact.",
    "Gamma filled its guest in on the harbour attack.",
    "The much-discussed pact was signed in Tessel.",
    "Nothing in this line tells of anyone.",
    "Omar Quist walked the envoy through the plans.",
    "Beta stood with Gamma after the attack.",
    "Ilse Varga urged Gamma's firms to build more ferries at home.",
    "Beta hosted the talks, which marked a real milestone.",
    "The meeting aimed to review the full range of their ties.",
]


def _one_by_one(text: str) -> str:
    """The paraphrase rows applied one by one, with no test before them."""
    for word, paraphrase in glosses._paraphrases():
        if word.startswith("="):
            text = paraphrase.sub(f" {word[1:]} ", text)
        else:
            text = paraphrase.sub(lambda m, w=word: f"{m.group()} {w}", text)  # type: ignore[misc]
    return text


def _classed_one_by_one(text: str) -> str:
    for finder, stance, _ in VERBS:
        if stance != "reported":
            parts, last = [], 0
            for m in finder.finditer(text):
                parts += [text[last : m.start()], f"{stance} {m.group()}"]
                last = m.end()
            text = "".join(parts) + text[last:]
    return text


@pytest.mark.parametrize("text", SENTENCES)
def test_the_cheap_tests_change_no_reading(text: str) -> None:
    assert glosses.glossed(text) == _one_by_one(text)
    assert glosses.classed(text) == _classed_one_by_one(text)


def test_a_text_no_row_matches_is_left_as_it_is() -> None:
    text = "Nothing in this line tells of anyone."
    assert glosses._any_paraphrase().search(text) is None
    assert glosses.glossed(text) is text
    # a row's match is found by the one pattern, and the rows gloss it
    assert glosses._any_paraphrase().search("Beta stood with Gamma") is not None
    assert "solidarity" in glosses.glossed("Beta stood with Gamma")


def test_a_table_none_of_whose_words_the_text_has_is_not_tried() -> None:
    tables = [f for f, stance, _ in VERBS if hasattr(f, "forms") and stance != "reported"]
    assert tables
    text = "Nothing in this line tells of anyone."
    said = glosses._words(text)
    words = said.words
    for table in tables:
        held = not words.isdisjoint(table.forms) or not words.isdisjoint(table.phrasal)
        assert glosses._may_find(table, said) == held
        if not held:  # not tried, and indeed it finds nothing
            assert next(table.finditer(text), None) is None
    # a table's own word is tried
    form = sorted(tables[0].forms)[0]
    assert glosses._may_find(tables[0], glosses._words(f"Beta {form} it."))
    # a lexicon pattern is always tried in a text not in ASCII (its heads are not looked for)
    lexicon = next(f for f, _, _ in VERBS if not hasattr(f, "forms"))
    assert glosses._may_find(lexicon, glosses._Said(frozenset(), None))


LEXICON_SENTENCES = [
    "Beta reiterated its resolve to guard the strait.",
    "Gamma voiced concern over the harbour tolls.",
    "At the talks it was agreed that the ferries would run.",
    "Beta’s envoy reaffirmed the pact and expressed condolences.",  # not ASCII: searched
    "The ministers exchanged views on the ferry lanes and hailed the outcome.",
    "Nothing here reports anything; the rain fell.",
]


@pytest.mark.parametrize("text", SENTENCES + LEXICON_SENTENCES)
def test_the_lexicon_heads_change_no_class(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A lexicon pattern none of whose heads a text holds is not searched: the classes and
    the classed text the same as with every pattern searched."""
    classed, classes = glosses.classed(text), glosses.classes(text)
    monkeypatch.setattr(glosses, "_lexicon_heads", dict)  # no heads: every pattern tried
    assert glosses.classed(text) == classed == _classed_one_by_one(text)
    assert glosses.classes(text) == classes


def test_a_text_holding_no_head_skips_the_pattern() -> None:
    heads = glosses._lexicon_heads()
    said = glosses._words("Nothing here reports anything; the rain fell.")
    lexicon = [f for f, _, _ in VERBS if id(f) in heads and heads[id(f)] is not None]
    assert lexicon
    assert not any(glosses._may_find(f, said) for f in lexicon)
