"""drafting.verbs.stilted: translated and stilted official prose's reporting phrases take the
stance of the plain verb they stand for (issue 24, heldout56, dev-s44); and the ordinary news
sentences with the same words that the rule must leave alone. Every sentence is my own."""

from __future__ import annotations

import pytest

from defcoop_cli.curation.drafting.verbs import first_verb


@pytest.mark.parametrize(
    ("sentence", "verb", "stance"),
    [
        (
            "Minister Alves gave information to the visiting envoy about the bombing in the port",
            "gave information to the visiting envoy about",
            "briefed",
        ),
        (
            "Minister Alves performed an explanation about the attack on the border post",
            "performed an explanation about",
            "briefed",
        ),
        (
            "The two ministers exchanged thoughts on the situation in the strait",
            "exchanged thoughts",
            "discussed",
        ),
        (
            "Both ministers carried out an exchange of opinions regarding the northern islands",
            "carried out an exchange of opinions",
            "discussed",
        ),
        (
            "Both sides expressed agreement that the sea lanes must stay open",
            "expressed agreement",
            "agreed",
        ),
        (
            "Both ministers made a statement of agreement that they will hold more drills",
            "made a statement of agreement",
            "agreed",
        ),
        (
            "Both ministers shared the recognition to meet again in the autumn",
            "shared the recognition to",
            "agreed",
        ),
        (
            "The minister kept the matter of local shipbuilding in front of the visiting side",
            "kept the matter of local shipbuilding in front of",
            "highlighted",
        ),
        (
            "The minister put forward the expectation for the participation of foreign firms",
            "put forward the expectation for",
            "invited",
        ),
    ],
)
def test_a_stilted_phrase_takes_its_plain_verbs_stance(
    sentence: str, verb: str, stance: str
) -> None:
    found = first_verb(sentence)
    assert found is not None
    assert (found.match.group(), found.stance) == (verb, stance)


# A wire's, a readout's and a paper's sentences with the phrases' words in other senses:
# information or an explanation of a policy (no event told), gifts exchanged, an agreement
# expressed with something, a matter put before a court, hopes for a rate cut, the
# recognition a prize gives. None may take the stance the phrases give.
ORDINARY = [
    ("The ministry gave information on the new visa rules to reporters.", "briefed"),
    ("The minister gave an explanation of the budget's defence share in parliament.", "briefed"),
    ("The two navies exchanged gifts at the end of the port call.", "discussed"),
    ("The opposition expressed agreement with the broad aims of the bill.", "agreed"),
    ("The high court put the matter before a larger bench on Tuesday.", "highlighted"),
    ("Investors voiced hopes for a rate cut before the budget.", "invited"),
    ("The shipyard shared the recognition with its suppliers, its chairman said.", "agreed"),
    ("It has not been approved by the cabinet yet, the official said.", "agreed"),
]


@pytest.mark.parametrize(("sentence", "stance"), ORDINARY)
def test_ordinary_news_with_the_phrases_words_keeps_its_stance(sentence: str, stance: str) -> None:
    found = first_verb(sentence)
    assert found is None or found.stance != stance
