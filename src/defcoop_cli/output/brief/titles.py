"""A person's titles as the short brief shows them: each office in its standard form, not in
the words a report happened to use, or not at all.

A report may give an office as a phrase: the press's word for it ("defence chief",
"the defence portfolio"), a verb phrase ("heads Japan's Ministry of Defense"), the Hindi
title ("Raksha Mantri"), or in lower case ("defence minister"). The brief reads each as
the office it names ("Defence Minister", "Minister of Defense"), capitalised as a title
is. A phrase that is no title in any form (a verb phrase naming no ministry, "doubles as
…"; a plural, "defence ministers": the holders of an office, not one person's) is left out
of a person's line; `--full` and JSON keep every title as its report gave it. The press's
phrases and the offices' plurals are read as every wing reads an office (factbase/vocab.py's
`press_office`, `plural_office`); what the brief shows of them is this module's.
"""

from __future__ import annotations

from defcoop_cli.factbase.vocab import plural_office, press_office

# A verb that opens a phrase a report gave where a title stands: no title.
_VERBS = frozenset(
    (
        "heads",
        "headed",
        "leads",
        "led",
        "runs",
        "ran",
        "helms",
        "helmed",
        "holds",
        "held",
        "serves",
        "served",
        "doubles",
        "doubled",
        "oversees",
        "oversaw",
        "chairs",
        "chaired",
        "is",
        "was",
        "who",
        "also",
    )
)
# Words a title keeps in lower case ("Minister of State for Defence").
_SMALL = frozenset(["of", "for", "the", "and", "to", "on", "in", "at"])


def standard_title(text: str) -> str | None:
    """The office a title names, in its standard form; None when the phrase is no title."""
    said = " ".join(text.split())
    office = press_office(said)
    if office is not None:
        return office
    words = said.split()
    if not words or words[0] in _VERBS or plural_office(said):
        return None
    if said == said.casefold():  # "defence minister": the press's lower case
        return " ".join(w if w in _SMALL else w[:1].upper() + w[1:] for w in words)
    return said
