"""A view another party takes up: "…, and Minister Singh shared that concern", "Singh echoed
Nakatani's concern", "Singh agreed with Nakatani" (`verbs.TAKEN_UP`): the sentence is both
parties'."""

from __future__ import annotations

import re

from defcoop_cli.curation.drafting.speakers import Reading, Speakers
from defcoop_cli.curation.drafting.verbs import TAKEN_UP
from defcoop_cli.factbase.vocab import THE_SOURCE

_QUOTATIONS = re.compile(r"[\"“][^\"“”]*[\"”]?")  # what is quoted is the speaker's, no party's


def taken_up(sentence: str, r: Reading, speakers: Speakers) -> Reading:
    """The reading, with the one person or country who takes up its party's view ("…, and
    Minister Singh shared that concern"; "Singh echoed Nakatani's concern"; "Singh agreed
    with Nakatani"), known or new: the sentence is both parties'."""
    if r.attribution == THE_SOURCE or " and " in r.attribution:
        return r
    for m in (p.search(_QUOTATIONS.sub(" ", sentence)) for p in TAKEN_UP):
        found = {e for e, _, _ in speakers.matcher.find(m["who"])} if m else set()
        named = speakers.named(m["who"].strip()) if m and not found else None
        who = speakers.matcher.entities[found.pop()].name if len(found) == 1 else None
        who = who or (named[0] if named and named[1] else None)
        if who and who != r.attribution:
            pair = f"{r.attribution} and {who}"
            return r._replace(attribution=pair, person=False, rule=f"{r.rule}; {who} shares it")
    return r
