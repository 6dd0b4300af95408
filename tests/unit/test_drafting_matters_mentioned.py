"""Issue 24, attribution and stance misses by class (class E of s50-draft83's table, an act
whose verb the lexicon lacks): a matter mentioned (WordNet's "make reference to": referred
to, cited) is a verb of saying, the doer's words, reported; a matter put forward (WordNet's
"put forward for consideration or discussion": brought up, a named matter raised) is
discussed, as a matter that "came up". Each with a near sentence of another sense that
keeps its reading. Texts of my own."""

from __future__ import annotations

import pytest
from drafting_world import read

from defcoop_cli.curation.drafting.verbs import reported_verb


class TestAMatterMentioned:
    @pytest.mark.parametrize(
        ("sentence", "verb"),
        [
            ("Varga opened by referring to the ferry disaster.", "referring to"),
            ("Brel referred to the raid on the harbour.", "referred to"),
            ("Varga cited the tanker collision of last year.", "cited"),
        ],
    )
    def test_is_the_doers_words(self, sentence: str, verb: str) -> None:
        r = read("Ines Varga met Tomas Brel in Alphaville.", sentence)
        hit = reported_verb(sentence)
        assert hit is not None and hit.match.group() == verb
        who = "Ines Varga" if sentence.startswith("Varga") else "Tomas Brel"
        assert (r.attribution, r.stance) == (who, "reported")


class TestAMatterPutForward:
    @pytest.mark.parametrize(
        ("sentence", "verb"),
        [
            ("Brel brought up the fishing quotas over lunch.", "brought up"),
            ("Brel raised the Kattegat Strait.", "raised"),
            ("Varga raised Harbour Nine again.", "raised"),
        ],
    )
    def test_is_the_matter_discussed_by_the_doer(self, sentence: str, verb: str) -> None:
        r = read("Ines Varga met Tomas Brel in Alphaville.", sentence)
        hit = reported_verb(sentence)
        assert hit is not None and hit.match.group() == verb
        who = "Ines Varga" if sentence.startswith("Varga") else "Tomas Brel"
        assert (r.attribution, r.stance, r.kind) == (who, "discussed", "event")

    @pytest.mark.parametrize(
        "sentence",
        [
            "Brel raised the Alphan flag at the harbour.",  # a thing after the name: lifted
            "The ministry raised the harbour fees.",
            "The dispute was referred to a court in Alphaville.",  # sent, a passive
            "Varga was brought up in a fishing town.",
        ],
    )
    def test_another_sense_is_no_verb_of_saying(self, sentence: str) -> None:
        assert reported_verb(sentence) is None

    def test_an_issue_raised_still_flags_it(self) -> None:
        r = read("Brel raised the issue of harbour fees.")
        assert (r.attribution, r.stance) == ("Tomas Brel", "raised concern")
