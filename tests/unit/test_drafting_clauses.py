"""Clauses and list items: a sentence cut where a second reporting verb follows "and", an
enumeration's items after "such as", and both read back as candidates."""

from __future__ import annotations

import pytest

from defcoop_cli.curation.drafting.clauses import clauses, list_items
from defcoop_cli.curation.drafting.segments import Candidate, candidates


class TestClauses:
    def test_a_second_reporting_verb_after_and_is_a_clause_with_the_same_subject(self) -> None:
        text = "Mr. Beta highlighted the drill's growth and invited Epsilon to join it"
        assert [(text[a:b], subject) for a, b, subject in clauses(text, 0, len(text))] == [
            ("Mr. Beta highlighted the drill's growth", ""),
            ("invited Epsilon to join it", "Mr. Beta "),
        ]

    def test_short_sides_are_not_cut(self) -> None:
        text = "They met and agreed to talk again soon"
        assert clauses(text, 0, len(text)) == [(0, len(text), "")]

    def test_one_verb_is_one_clause(self) -> None:
        text = "Alpha and Beta agreed to expand the drill and its scope"
        assert clauses(text, 0, len(text)) == [(0, len(text), "")]

    def test_clauses_are_candidates(self) -> None:
        text = "Headline\nBeta highlighted the growth of the drill and invited Alpha to it.\n"
        found = candidates(text)[0]
        assert [(c.rule, c.subject) for c in found] == [
            ("sentence", ""),
            ("sentence, clause", "Beta "),
        ]


class TestListItems:
    @staticmethod
    def items(sentence: str) -> list[str]:
        return [sentence[a:b] for a, b in list_items(sentence, 0, len(sentence))]

    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            (
                "They discussed partners such as Epsilon, Zeta and Omega",
                ["Epsilon", "Zeta", "Omega"],
            ),
            ("Talks covered areas including patrols or ports", ["patrols", "ports"]),
            # an Oxford comma marks the last "and": "search and rescue" is one item
            (
                "They discussed patrols, namely coastal patrols, search and rescue, and cables",
                ["coastal patrols", "search and rescue", "cables"],
            ),
            # commas inside brackets do not split
            (
                "Ships such as the Kochi (a destroyer, new) and the Vela",
                ["the Kochi (a destroyer, new)", "the Vela"],
            ),
            # the list ends at the comma after its last item
            (
                "Three services, namely the coast guard, the navy and the marines, remain",
                ["the coast guard", "the navy", "the marines"],
            ),
            # and where its last item's verb begins
            ("Partners such as Zeta and Omega were invited", ["Zeta", "Omega"]),
        ],
    )
    def test_an_enumeration_after_a_trigger_is_split(
        self, sentence: str, expected: list[str]
    ) -> None:
        assert self.items(sentence) == expected

    @pytest.mark.parametrize(
        "sentence",
        [
            "They discussed partners such as Epsilon",  # one item
            "They discussed Epsilon, Zeta and Omega",  # no trigger
            "Issues such as how the two navies would share their ships with each other in"
            " wartime, and cables",  # an item too long
        ],
    )
    def test_otherwise_nothing(self, sentence: str) -> None:
        assert self.items(sentence) == []

    def test_items_are_candidates_of_their_sentence(self) -> None:
        text = "Headline\nThey discussed partners such as Epsilon and Zeta.\n"
        found = candidates(text)[0]
        assert found[1:] == [
            Candidate(found[1].start, found[1].end, "list item", 0, 1),
            Candidate(found[2].start, found[2].end, "list item", 0, 1),
        ]
        assert [text[c.start : c.end] for c in found[1:]] == ["Epsilon", "Zeta"]


# A list's last item ending in a name that holds a preposition between capitalised words
# (s53-draft99, heldout81): "… under Make in India" is not cut at "in". Near cases: a month
# or a lower-case word after the preposition ends the item as before.
def _items(sentence: str) -> list[str]:
    return [sentence[a:b] for a, b in list_items(sentence, 0, len(sentence))]


def test_a_name_holding_a_preposition_ends_no_item() -> None:
    sentence = (
        "Alpha invited firms to invest, including in ports, and to build hulls under Made in Beta."
    )
    assert _items(sentence)[-1] == "to build hulls under Made in Beta"


@pytest.mark.parametrize(
    ("sentence", "last"),
    [
        ("They toured ports such as Kell and Porto in May.", "Porto"),
        ("They toured ports such as Kell and Porto in the north.", "Porto"),
    ],
)
def test_a_time_or_a_common_word_after_the_preposition_ends_the_item(
    sentence: str, last: str
) -> None:
    assert _items(sentence)[-1] == last
