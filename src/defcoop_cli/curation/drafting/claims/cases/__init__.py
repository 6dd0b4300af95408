"""Sentences of a kind whose claim is not plainly their words: a list's lead or item, an
exercise's participants, an act of courtesy, a party's act told, the report's own view, another
event's time (drafting.claims' cases)."""
