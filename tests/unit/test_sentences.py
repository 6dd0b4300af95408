"""Sentence spans: abbreviations, quotations and numbered points."""

from __future__ import annotations

from defcoop_cli.factbase.sentences import sentence_spans


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
