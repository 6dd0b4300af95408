"""drafting.body.wrapped: a hard-wrapped paragraph (a newspaper column's OCR text, a
plain-text e-mail) is one line; a sentence runs over its line breaks and a word broken by
a hyphen is read whole, the quote staying the saved text. Texts of my own."""

from __future__ import annotations

from defcoop_cli.curation.drafting.body.wrapped import each_line, line_sentences, unbroken
from defcoop_cli.curation.drafting.segments import candidates

COLUMN = (
    "HARBOUR GAZETTE  |  PAGE 4\n"
    "\n"
    "Ferry talks\n"
    "resume\n"
    "\n"
    "Minister Ilse Varga met the port work-\n"
    "ers' union on Friday. The two sides\n"
    "agreed to meet again in June, a spokes-\n"
    'woman said. "We are close to a deal,"\n'
    "Ms Varga said.\n"
    "\n"
    "Continued on Page 6\n"
)


def test_a_wrapped_paragraph_is_one_line() -> None:
    texts = [line.text for line in each_line(COLUMN)]
    assert texts[0] == "HARBOUR GAZETTE  |  PAGE 4"
    assert texts[1:3] == ["Ferry talks", "resume"]  # a headline's lines: under five words
    assert texts[3].startswith("Minister Ilse Varga") and texts[3].endswith("Ms Varga said.")
    assert texts[4] == "Continued on Page 6"
    found, _ = candidates(COLUMN)
    head = COLUMN.index("Ferry")
    assert not any(c.start <= head < c.end for c in found)


def test_lines_that_end_sentences_stay_apart() -> None:
    text = "The talks ended.\nthe next round is in June.\nANCHOR:\nIndia and Japan met."
    assert [line.text for line in each_line(text)] == [
        "The talks ended.",
        "the next round is in June.",
        "ANCHOR:",
        "India and Japan met.",
    ]


def test_sentences_run_over_line_breaks_and_quotes_stay_verbatim() -> None:
    line = list(each_line(COLUMN))[3]
    spans = line_sentences(COLUMN, line.start, line.end)
    said = [COLUMN[a:b] for a, b in spans]
    assert said[0] == "Minister Ilse Varga met the port work-\ners' union on Friday."
    assert said[-1] == '"We are close to a deal,"\nMs Varga said.'
    found, _ = candidates(COLUMN)
    quotes = [COLUMN[c.start : c.end] for c in found if c.parent is None]
    assert any("spokes-\nwoman said" in q for q in quotes)


def test_a_broken_word_is_read_whole() -> None:
    assert unbroken("the port work-\ners' union") == "the port workers' union"
    assert unbroken("self-\nReliance") == "self- Reliance"  # a capital after: no broken word
    assert unbroken("a spokes-\nwoman said") == "a spokeswoman said"
    assert unbroken("The two sides\nagreed") == "The two sides agreed"
    assert unbroken("no break here") == "no break here"
