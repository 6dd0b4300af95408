"""A lone capitalised common noun of bodies: "Committee", "Secretariat", "Armies".

A report capitalises the body it speaks of ("The Committee may wish to…", "informed the
Secretariat", "the three Armies"): a common noun, no name of its own, which the fact base
cannot take as a new entity (every committee would be one). A noun of bodies is WordNet's
(drafting/body_nouns.tsv); one WordNet writes only with a capital ("Interpol", "Mossad",
names/proper_bodies.tsv, by scripts/build_proper_bodies.py) is a body's own name and stays,
as does a name of several words ("Joint Working Group on Defence Equipment") or in capitals
("MPS").
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from pathlib import Path

from defcoop_cli.curation.drafting.names.several import lone_head
from defcoop_cli.factbase.vocab import word_list


@cache
def _common_bodies() -> frozenset[str]:
    here = Path(__file__).parent  # body_nouns.tsv read once, entities.wordnet_nouns' too
    return word_list(here.parent / "body_nouns.tsv") - word_list(here / "proper_bodies.tsv")


def common_body(words: Sequence[str]) -> bool:
    """Whether a name is one capitalised common noun of bodies ("Committee")."""
    if len(words) != 1:
        return False
    word = words[0].rstrip(".,;:")  # or a formal title's head alone: "the Agreement"
    capital = word[:1].isupper() and word[1:].islower()
    return capital and (word.lower() in _common_bodies() or lone_head(word))
