"""drafting: a quotation closed by a role and then a name, in apposition ("said the party's
national spokesperson, Name"), is the named person's (R54), and "she added" after it hers
too (issue 24, heldout78's press release); a role with no name after it keeps its old
reading. Every text is my own.
"""

from __future__ import annotations

from typing import Any

import pytest

from defcoop_cli.curation.drafting.assembly import draft
from defcoop_cli.factbase.loader import default_factbase_path, load

DOC = load(default_factbase_path()).doc

RELEASE = """Lucknow, 7 May 2025: Gen Nakatani held talks with Rajnath Singh.
"Tokyo is welcome, but jobs must follow," said the party's general secretary, Kavita Menon.
"Our youth cannot eat communiques," she added.
"""


def _facts(text: str) -> dict[str, dict[str, Any]]:
    made = draft(text, "s", DOC, {}, "s.txt", "test")
    return {f["quote"]: f for f in made["facts"]}


def _fact(facts: dict[str, dict[str, Any]], start: str) -> dict[str, Any]:
    return next(f for q, f in facts.items() if q.startswith(start))


def test_a_quotation_closed_by_a_role_and_a_name_is_the_names() -> None:
    facts = _facts(RELEASE)
    said = _fact(facts, '"Tokyo is welcome')
    assert said["attribution"] == "Kavita Menon"
    added = _fact(facts, '"Our youth')
    assert added["attribution"] == "Kavita Menon"


@pytest.mark.parametrize(
    ("closing", "who"),
    [
        ("said a ministry spokesperson, Arvind Rao.", "Arvind Rao"),
        ("added the union's vice president, Leela Thomas.", "Leela Thomas"),
    ],
)
def test_a_role_then_a_name_after_the_verb_gives_the_name(closing: str, who: str) -> None:
    text = f'Rajnath Singh met Gen Nakatani on Monday.\n"The talks went well," {closing}\n'
    assert _fact(_facts(text), '"The talks')["attribution"] == who


def test_a_role_with_no_name_after_it_is_no_ones_name() -> None:
    met = "Rajnath Singh met Gen Nakatani on Monday.\n"
    text = f'{met}"The talks went well," said the party\'s spokesperson.\n'
    assert _fact(_facts(text), '"The talks')["attribution"] == "the article"  # as it was
    kept = f'{met}"The talks went well," said Rajnath Singh.\n'
    assert _fact(_facts(kept), '"The talks')["attribution"] == "Rajnath Singh"
