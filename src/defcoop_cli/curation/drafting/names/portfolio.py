"""A government department named by its portfolio: "Ministry of Defence", "Defense
Ministry", "Japanese Ministry of Defense", "Ministry of External Affairs", "Defense Agency",
or by its initials: "MoD", "Indian MoD", "MEA", and a defence or foreign ministry's
initials after its country's ("JMOD", "UKMoD", "JMOFA") (R8 of tests/fixtures/CONVENTIONS.md).

Such a name stands for its country's government, not a body of its own: a portfolio's name
is the same in both capitals, so "Ministry of Defence" proposed from an Indian report and
from a Japanese one would be one entity. It is a department noun ("department" in
name_words.tsv) and portfolio words ("portfolio"), either way round ("Ministry of Defence",
"Defence Ministry"), perhaps after a people's adjective or a country and perhaps with "of"
and a country after it. An armed force or a body with its own name ("Ground Self-Defense
Force", "National Security Council", "Acquisition, Technology and Logistics Agency") is no
department by its portfolio.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from defcoop_cli.curation.drafting.pages import gazetteer, name_words

_JOINS = frozenset({"and", "&"})
# A defence or foreign ministry's initials after one or two of its country's: "JMOD",
# "UKMoD", "JMOFA" (not "MEA"'s: "EMEA" is a market's region).
_COUNTRY_INITIALS = re.compile(r"[A-Z]{1,2}(?:MOD|MoD|MOFA|MoFA|DoD)")


def _portfolio(words: Sequence[str]) -> bool:
    """Portfolio words, perhaps joined by "and" ("Home Affairs", "Trade and Industry")."""
    portfolios = name_words()["portfolio"]
    return (
        bool(words)
        and words[0] in portfolios
        and words[-1] in portfolios
        and all(w in portfolios or w in _JOINS for w in words)
    )


# A country's mission abroad, named by its country alone ("Japanese Embassy", "Embassy of
# Japan in India", "Indian High Commission"): its government's, no body of its own.
_MISSIONS = frozenset({"embassy", "consulate", "mission"})


def _mission(lowered: Sequence[str]) -> bool:
    """Whether the words, after a people's adjective or a country, are a mission's noun."""
    return lowered in (["high", "commission"], ["consulate", "general"]) or (
        len(lowered) == 1 and lowered[0] in _MISSIONS
    )


def by_portfolio(words: Sequence[str]) -> bool:
    """Whether a name's words name a government department by its portfolio alone, or a
    country's mission by its country alone."""
    places = gazetteer()
    words = [w.rstrip(".,;:") for w in words]
    if len(words) > 3 and words[-2] == "in":
        words = words[:-2]  # "Embassy of Japan in India": where it stands
    if len(words) >= 3 and words[0].lower() in _MISSIONS and words[1] == "of":
        return words[2] in places.countries and len(words) == 3
    had_country = len(words) > 1 and (words[0] in places.demonyms or words[0] in places.countries)
    if had_country:
        words = words[1:]  # "Japanese Ministry of Defense", "Japan Defense Agency"
    if had_country and _mission([w.lower() for w in words]):
        return True  # "Japanese Embassy", "Indian High Commission"
    if len(words) > 2 and words[-2] == "of" and words[-1] in places.countries:
        words = words[:-2]  # "Ministry of Defence of Japan"
    if len(words) == 1 and words[0] in name_words()["department initialism"]:
        return True  # "MoD", "Indian MoD": the ministry by its initials
    if len(words) == 1 and _COUNTRY_INITIALS.fullmatch(words[0]):
        return True  # "JMOD": Japan's ministry of defence by its initials
    lowered = [w.lower() for w in words]
    departments = name_words()["department"]
    if len(lowered) >= 3 and lowered[0] in departments and lowered[1] in ("of", "for"):
        parts = name_words()["portfolio part"]  # "Department of Defence Production"
        subject = lowered[2:-1] if len(lowered) > 3 and lowered[-1] in parts else lowered[2:]
        return _portfolio(subject)  # "Ministry of External Affairs"
    return len(lowered) >= 2 and lowered[-1] in departments and _portfolio(lowered[:-1])
