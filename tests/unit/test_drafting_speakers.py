"""Who spoke so far in an article: the words it capitalises, its host, its visitors."""

from __future__ import annotations

from defcoop_cli.curation.drafting.entities import EntityMatcher
from defcoop_cli.curation.drafting.speakers import Speakers, proper_words
from defcoop_cli.factbase.records import Entity


def test_the_words_an_article_capitalises_inside_its_sentences() -> None:
    text = "Ships of Kastania met in March. Officials in Vela, and Captain Ode, said Asian ships."
    assert proper_words(text) == {"Kastania", "Vela", "Ode"}
    assert proper_words("talks with the Defence Minister and the Foreign Secretary") == set()


def _speakers() -> Speakers:
    matcher = EntityMatcher(
        [
            Entity("ode", "Kenji Ode", "person"),
            Entity("ek", "Tomas Ek", "person"),
        ]
    )
    return Speakers(matcher, frozenset({"ode", "ek"}))


def test_a_title_in_apposition_after_a_name_stands_for_that_name() -> None:
    who = _speakers()
    who.bind_titles("Kenji Ode, the Raksha Mantri, hosted Tomas Ek on Monday")
    assert who.titles == {"raksha mantri": "Kenji Ode"}
    assert who.named("The Raksha Mantri") == ("Kenji Ode", True)


def test_a_title_given_to_two_people_stands_for_neither() -> None:
    who = _speakers()
    who.bind_titles("Defence Minister Kenji Ode met Defence Minister Tomas Ek")
    assert who.named("The Defence Minister") is None
