"""The reporting verbs, by job: the lexicon's patterns by stance class (`lexicon`),
finding the verb a sentence's claim turns on, its stance and its kind (`finding`), a verb
standing in another form, "is urging", "did exchange" (`progressive`), whose view a
sentence gives by its form (`views`), what may stand between a subject and its verb
(`subjects`), and a sentence that only introduces people by name (`introductions`)."""

from defcoop_cli.curation.drafting.verbs.finding import (
    HEDGES,
    SAYING,
    TAKEN_UP,
    VERBS,
    Verb,
    first_verb,
    has_verb,
    reported_verb,
    told_that,
    verb_spans,
)

__all__ = [
    "HEDGES",
    "SAYING",
    "TAKEN_UP",
    "VERBS",
    "Verb",
    "first_verb",
    "has_verb",
    "reported_verb",
    "told_that",
    "verb_spans",
]
