"""Sentence spans: abbreviations, quotations and numbered points; a source's coverage,
counted in C as a Python step per character would count it."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from defcoop_cli.factbase.records import Doc, Excerpt, Source
from defcoop_cli.factbase.sentences import _abbreviation, _mask, sentence_spans, source_coverage


class TestSegmentation:
    def test_abbreviations_do_not_end_sentences(self) -> None:
        text = "Mr. Smith met Gen. Ode in the U.S. on Monday. He said No. 5 was ready. It was."
        assert [text[a:b] for a, b in sentence_spans(text)] == [
            "Mr. Smith met Gen. Ode in the U.S. on Monday.",
            "He said No. 5 was ready.",
            "It was.",
        ]

    def test_a_quotation_of_several_sentences_is_one(self) -> None:
        text = '"We train. Now we build," she said. It rained. “One. Two,” he added. Done.'
        assert [text[a:b] for a, b in sentence_spans(text)] == [
            '"We train. Now we build," she said.',
            "It rained.",
            "“One. Two,” he added.",
            "Done.",
        ]

    def test_a_closing_quote_stays_with_its_sentence(self) -> None:
        text = 'He said it was "over." Then he left.'
        assert [text[a:b] for a, b in sentence_spans(text)] == [
            'He said it was "over."',
            "Then he left.",
        ]

    def test_a_quote_left_open_does_not_swallow_the_paragraph(self) -> None:
        text = '"An unclosed quote. ' + "Another sentence. " * 60
        assert len(sentence_spans(text)) > 10

    def test_a_numbered_point_is_not_a_sentence_of_its_own(self) -> None:
        text = "1. The sides agreed.\n(2) They met.\n3) It ended."
        assert [text[a:b] for a, b in sentence_spans(text)] == [
            "1. The sides agreed.",
            "(2) They met.",
            "3) It ended.",
        ]


@given(st.text(alphabet=" \t\u00a0.([“'aB1", max_size=30))
def test_the_last_word_before_a_stop_is_read_as_the_regex_reads_it(before: str) -> None:
    """_abbreviation reads the last word from the end (a regex search was quadratic on a
    long line); it decides as `(\\S+)$` would."""
    import re

    from defcoop_cli.factbase.sentences import _INITIALS, _LIST_NUMBER, ABBREVIATIONS

    line = before + "."  # one line: the split into sentences reads a line at a time
    lead = len(line) - len(line.lstrip())
    word = re.search(r"(\S+)$", before)
    token = word.group(1).lstrip("([\"“‘'") if word else None
    at = word.start(1) if word else 0
    unit = (
        token is not None
        and len(token) == 1
        and token.islower()
        and line[at - 2 : at - 1].isdigit()
    )
    expected = bool(_LIST_NUMBER.fullmatch(line, lead)) or (
        token is not None
        and not unit  # a unit after a number ends its sentence: "from 1100 to 1230 h. The…"
        and (token.lower() in ABBREVIATIONS or bool(_INITIALS.match(token)))
    )
    assert _abbreviation(line, len(line), 0, lead) == expected


@given(st.text(alphabet=' \n.!?"”’)(“Ab1', max_size=60), st.data())
def test_a_stop_is_matched_where_looking_behind_for_it_found_it(
    text: str, data: st.DataObject
) -> None:
    """The boundary pattern matches its stop (three times as fast as a look-behind): the
    same boundaries, from wherever the search starts (a look-behind saw a stop before it)."""
    import re

    from defcoop_cli.factbase.sentences import _BOUNDARY

    start = data.draw(st.integers(0, len(text)))
    behind = re.compile(r"(?<=[.!?])([)\"'”’]*)\s+(?=[A-Z0-9(\"“‘'])")
    found = [(m.start(), m.end(1), m.end()) for m in behind.finditer(text, start)]
    assert [(m.start() + 1, m.end(1), m.end()) for m in _BOUNDARY.finditer(text, start)] == [
        f for f in found if f[0] > start
    ]


@given(st.text(alphabet=" \t\u00a0\u3000ab.", max_size=30), st.data())
def test_a_word_starts_after_the_last_white_space_of_any_kind(
    text: str, data: st.DataObject
) -> None:
    """word_start finds a space in C and steps back by hand only past other white space:
    the same answer as stepping back a character at a time."""
    from defcoop_cli.factbase.sentences import word_start

    line = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(line, len(text)))
    expected = end
    while expected > line and not text[expected - 1].isspace():
        expected -= 1
    assert word_start(text, line, end) == expected


@given(st.text(alphabet=' \n.!?"“”’()AbMr1', max_size=60), st.data())
def test_a_part_of_a_text_is_split_as_the_part_alone(text: str, data: st.DataObject) -> None:
    """sentence_spans(text, start, end) reads the part in place, without copying it (a
    draft splits each line of a long article so), and finds what the part alone gives."""
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    alone = sentence_spans(text[start:end])
    assert sentence_spans(text, start, end) == [(a + start, b + start) for a, b in alone]


# ---- a source's coverage


def _coverage_char_by_char(text: str, spans: list[tuple[int, int]], furniture: list[Any]) -> Any:
    """The coverage as first written: a Python step per character (the reference)."""
    covered = _mask(len(text), spans)
    skip = _mask(len(text), [ex.span for ex in furniture])
    body = [i for i, ch in enumerate(text) if not ch.isspace() and not skip[i]]
    shares = []
    for start, end in sentence_spans(text):
        chars = [i for i in range(start, end) if not text[i].isspace() and not skip[i]]
        if chars:
            shares.append(((start, end), sum(covered[i] for i in chars) / len(chars)))
    return (sum(covered[i] for i in body) / len(body) if body else 1.0), shares


@pytest.mark.parametrize(
    "text",
    [
        "India and Japan met. They agreed on drills.\n",
        "Caf\u00e9 talks\u00a0ended.\u3000Both\x1csides\u2003spoke.  The end.",
        "   \n\t ",
        "",
    ],
)
def test_coverage_counts_as_a_step_per_character_would(text: str) -> None:
    """source_coverage counts in C (bytes.translate, a big-int AND) what the reference
    counts character by character: the same shares, white space of every kind aside."""
    furniture = [Excerpt(text[2:9], (2, 9)), Excerpt("", (len(text) + 3, len(text) + 9))]
    source = Source(
        "s", "t", "curator", "news article", "s.txt", "", None, furniture=tuple(furniture)
    )
    doc = Doc([source], [], [], [], [])
    spans = [(0, 12), (20, 31), (-4, 3), (len(text) - 5, len(text) + 40)]
    found = source_coverage(doc, "s", text, spans)
    body, shares = _coverage_char_by_char(text, spans, furniture)
    assert found.body == body
    assert [(s.span, s.covered) for s in found.sentences] == shares


def test_names_are_found_in_a_long_text_folded_piece_by_piece() -> None:
    """casefolds_held folds a long text a piece at a time: what it finds is what folding
    the whole text finds, a name across two pieces and a letter that folds to two included."""
    from defcoop_cli.factbase.sentences import FOLDED_PIECE, casefolds_held

    text = "x" * (FOLDED_PIECE - 3) + "GROẞE Straße Tokyo " + "Ünï " * 3000 + "ΣΟΦΊΑ"
    wanted = {"grosse", "strasse", "tokyo", "ünï ünï", "σοφία", "delhi", "ssee"}
    folded = text.casefold()
    assert casefolds_held(text, wanted) == {w for w in wanted if w in folded}
    assert casefolds_held(text, wanted) == wanted - {"delhi", "ssee"}


def test_a_commanders_and_an_ambassadors_short_titles_end_no_sentence() -> None:
    text = "The Chair, Amb. Suresh Pillai, opened. Cdr. Arvind Rao spoke next."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "The Chair, Amb. Suresh Pillai, opened.",
        "Cdr. Arvind Rao spoke next.",
    ]


def test_a_byte_order_mark_is_no_part_of_the_first_sentence() -> None:
    text = "\ufeffThe talks ended. Both sides met again.\n"
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "The talks ended.",
        "Both sides met again.",
    ]
    assert sentence_spans(text)[0][0] == 1  # spans index the text as saved, mark and all


def test_a_parts_roman_number_ends_its_sentence() -> None:
    text = "The lists are at Annex I. The talks went well. It is in Part V. Both met."
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "The lists are at Annex I.",
        "The talks went well.",
        "It is in Part V.",
        "Both met.",
    ]


def test_an_initial_after_a_name_or_a_title_still_ends_no_sentence() -> None:
    text = (
        "He met Lt. Gen. V. K. Singh on Monday. Annexe I. Jones signed. It ended. "
        "Troops under Col. X. Rao moved. The envoy, Amb. I. Sato, spoke. Envoy Part I. Ode left."
    )
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "He met Lt. Gen. V. K. Singh on Monday.",
        "Annexe I. Jones signed.",
        "It ended.",
        "Troops under Col. X. Rao moved.",
        "The envoy, Amb. I. Sato, spoke.",
        "Envoy Part I.",  # a part's number, whatever follows: the rule's known cost
        "Ode left.",
    ]
