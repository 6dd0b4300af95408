"""Who spoke so far in an article: the words it capitalises, its host, its visitors."""

from __future__ import annotations

from defcoop_cli.curation.drafting.speakers import proper_words


def test_the_words_an_article_capitalises_inside_its_sentences() -> None:
    text = "Ships of Kastania met in March. Officials in Vela, and Captain Ode, said Asian ships."
    assert proper_words(text) == {"Kastania", "Vela", "Ode"}
    assert proper_words("talks with the Defence Minister and the Foreign Secretary") == set()
