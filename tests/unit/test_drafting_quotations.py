"""A quotation of several sentences, drafted a sentence at a time (segments, through
body/wrapped.quoted_sentences), each sentence its speaker's as the whole quotation reads
(turns/quotations.py)."""

from __future__ import annotations

from typing import Any

from defcoop_cli.curation.drafting import assembly
from defcoop_cli.curation.drafting.segments import candidates
from defcoop_cli.factbase.records import Doc, Entity
from defcoop_cli.factbase.sentences import sentence_spans

DOC = Doc(
    [],
    [],
    [Entity("ode", "Kenji Ode", "person"), Entity("ek", "Tomas Ek", "person")],
    [],
    [],
)


def _facts(text: str) -> dict[str, dict[str, Any]]:
    return {f["quote"]: f for f in assembly.draft(text, "q", DOC, {}, "q.txt", "0")["facts"]}


class TestSegments:
    def test_each_sentence_is_a_candidate_its_quote_the_saved_texts(self) -> None:
        text = 'Headline\nAlpha met Beta. "We train. Now we build," she said. It rained.\n'
        found = candidates(text)[0]
        assert [text[c.start : c.end] for c in found] == [
            "Alpha met Beta",
            '"We train',
            'Now we build," she said',
            "It rained",
        ]
        whole = (text.index('"We'), text.index(" It rained"))
        assert [c.quotation for c in found] == [None, whole, whole, None]

    def test_a_paragraph_all_one_quotation_keeps_its_marks_at_its_ends(self) -> None:
        text = "Headline\n“We sail in May. Our crews are ready. Beta is welcome.”\n"
        assert [text[c.start : c.end] for c in candidates(text)[0]] == [
            "“We sail in May",
            "Our crews are ready",
            "Beta is welcome.”",
        ]

    def test_a_quotation_of_one_sentence_and_an_abbreviation_inside_one_stay_whole(
        self,
    ) -> None:
        text = 'Headline\n"We met Mr. Ode in the U.S. on Monday," Ek said.\n'
        assert [(text[c.start : c.end], c.quotation) for c in candidates(text)[0]] == [
            ('"We met Mr. Ode in the U.S. on Monday," Ek said', None)
        ]

    def test_coverage_and_context_still_read_the_quotation_as_one_sentence(self) -> None:
        text = '"We train. Now we build," she said. It rained.'
        assert len(sentence_spans(text)) == 2
        assert [text[a:b] for a, b in sentence_spans(text, quotations=False)] == [
            '"We train.',
            'Now we build," she said.',
            "It rained.",
        ]


class TestSpeakers:
    def test_the_speaker_named_after_the_quotation_is_each_sentences(self) -> None:
        """Not the person quoted before, whom its first sentence alone would go on with."""
        text = (
            "Headline\n"
            'Kenji Ode met Tomas Ek in Alpha on Monday. "The storm hurt us," Ode said.\n'
            '"We train hard. We agreed to sail together in May. The harbour is ready for '
            'your crews," Ek said.\n'
        )
        found = _facts(text)
        first = found['"We train hard']
        assert (first["attribution"], first["stance"]) == ("Tomas Ek", "reported")
        joint = found["We agreed to sail together in May"]  # R24: "we" agreeing, the pair
        assert (joint["attribution"], joint["stance"]) == ("Tomas Ek and Kenji Ode", "agreed")
        last = found['The harbour is ready for your crews," Ek said']
        assert last["attribution"] == "Tomas Ek"

    def test_a_sentence_takes_its_own_stance_not_the_first_sentences(self) -> None:
        text = (
            "Headline\n"
            "Kenji Ode met Tomas Ek in Alpha on Monday.\n"
            'Ode told reporters: "We condemn the raid on the port. Our yards are open to '
            "Alpha's firms.\"\n"
        )
        found = _facts(text)
        condemned = found['Ode told reporters: "We condemn the raid on the port']
        assert (condemned["attribution"], condemned["stance"]) == ("Kenji Ode", "condemned")
        rest = found["Our yards are open to Alpha's firms.\""]
        assert (rest["attribution"], rest["stance"]) == ("Kenji Ode", "reported")

    def test_a_sound_bites_sentences_are_read_in_the_speakers_turn(self) -> None:
        text = (
            "VO: The two ministers met in Alpha.\n"
            "SOT (EK, IN ENGLISH) 0:12\n"
            '"We had good talks today. We agreed to sail together in May."\n'
            "VO: The drill ends on Friday.\n"
        )
        found = _facts(text)
        assert found['"We had good talks today']["attribution"] == "Tomas Ek"
        joint = found['We agreed to sail together in May."']
        assert joint["stance"] == "agreed"
