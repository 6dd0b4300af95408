"""drafting.claims on the shipped fact base: paraphrases of its claims, written for this test
in other words (judged before the finder was run on them), link the claim; near misses
(other parties, another act, another object) link none of the claims they resemble."""

from __future__ import annotations

from functools import lru_cache

import pytest

from defcoop_cli.curation.drafting.claims import ClaimFinder
from defcoop_cli.curation.drafting.entities import EntityMatcher
from defcoop_cli.factbase.loader import default_factbase_path, load

# sentence, attribution, stance, the claims it makes (any of them is right)
PARAPHRASES = [
    ("Rajnath Singh held talks with General Nakatani", "the article", "reported", {"meeting-held"}),
    (
        "Japan's delegation strongly denounced the terror strike in Pahalgam",
        "Japanese delegation",
        "condemned",
        {"pahalgam-condemned"},
    ),
    (
        "The Japanese side voiced complete support for India in its battle against terrorism",
        "Japanese delegation",
        "reported",
        {"pahalgam-solidarity"},
    ),
    (
        "Singh told Nakatani about the recent terror attack in Jammu and Kashmir",
        "Rajnath Singh",
        "reported",
        {"pahalgam-briefing"},
    ),
    (
        "The two countries pledged to jointly develop and manufacture cutting-edge military "
        "technology",
        "India and Japan",
        "agreed",
        {"industry-co-development"},
    ),
    (
        "Singh asked Japanese companies to put money into India's defence sector",
        "Rajnath Singh",
        "invited",
        {"japanese-industry-invited"},
    ),
    (
        "Both sides voiced worry over one-sided moves that endanger security at sea and disrupt "
        "shipping lanes",
        "India and Japan",
        "raised concern",
        {"unilateral-actions-concern"},
    ),
    (
        "The two sides agreed to deepen collaboration in cyber security, AI, space and "
        "autonomous weapons",
        "India and Japan",
        "agreed",
        {"emerging-tech-cooperation"},
    ),
    (
        "Singh underlined India's drive to become self-sufficient in producing defence equipment",
        "Rajnath Singh",
        "stressed",
        {"self-reliance-highlighted"},
    ),
    (
        "They called for adherence to the UN Convention on the Law of the Sea",
        "India and Japan",
        "reported",
        {"unclos-adherence"},
    ),
    (
        "The two ministers emphasised that their defence establishments must communicate promptly "
        "and effectively to manage crises",
        "both ministers",
        "stressed",
        {"strategic-communication-stressed"},
    ),
    (
        "Both countries renewed their pledge to a free, open and rules-based Indo-Pacific",
        "India and Japan",
        "reaffirmed",
        {"indo-pacific-commitment"},
    ),
    (
        "Growing instability in the South China Sea also came up in the talks",
        "the article",
        "reported",
        {"south-china-sea-instability-discussed"},
    ),
    (
        "The ministers took stock of the existing defence ties and explored fresh areas of "
        "cooperation",
        "both ministers",
        "discussed",
        {"meeting-aim-review", "meeting-aim-new-avenues"},
    ),
    (
        "Japan has long been one of India's most important strategic partners",
        "the article",
        "reported",
        {"japan-key-partner"},
    ),
    (
        "The ministers talked about the value of joint drills like Dharma Guardian and Malabar",
        "both ministers",
        "discussed",
        {"exercises-importance-discussed"},
    ),
    pytest.param(
        "The exercises make the two armed forces work better together and understand each other",
        "the article",
        "reported",
        {"exercises-improve-interoperability"},
        marks=pytest.mark.xfail(
            strict=True,
            reason="the shipped fact is the writer's assessment, the claim of another view only;"
            " this sentence, read as no view, links none (found after judging, not changed)",
        ),
    ),
    (
        "Singh and Nakatani agreed that close cooperation matters in a shifting geopolitical "
        "landscape",
        "both ministers",
        "reported",
        {"working-closely-important"},
    ),
]

# sentence, attribution, stance, the claim it resembles and must not link
NEAR_MISSES = [
    (
        "Japan and Australia agreed to co-develop advanced defence technologies",
        "Japan and Australia",
        "agreed",
        "industry-co-development",
    ),
    (
        "Singh thanked Nakatani for Japan's support for Make in India in defence",
        "Rajnath Singh",
        "reported",
        "japan-supports-make-in-india",
    ),
    (
        "Nakatani invited Indian firms to invest in Japan's defence industry",
        "Nakatani",
        "invited",
        "japanese-industry-invited",
    ),
    (
        "India and Japan welcomed the growing convergence of their strategic outlook",
        "India and Japan",
        "reported",
        "strategic-convergence",
    ),
    (
        "The United States and Australia raised concerns about unilateral actions at sea",
        "United States and Australia",
        "raised concern",
        "unilateral-actions-concern",
    ),
    (
        "Rajnath Singh met Australia's defence minister in Canberra",
        "the article",
        "reported",
        "meeting-held",
    ),
    pytest.param(
        "Singh briefed Nakatani on the budget of the Indian army",
        "Rajnath Singh",
        "briefed",
        "pahalgam-briefing",
        marks=pytest.mark.xfail(
            strict=True,
            reason="the same verb and people outweigh another object: a rule that a stance's"
            " object be shared also refused paraphrased objects ('naval activity' for"
            " 'unilateral actions'), so it was left out",
        ),
    ),
]


@lru_cache(maxsize=1)
def _finder() -> tuple[ClaimFinder, EntityMatcher]:
    doc = load(default_factbase_path()).doc
    matcher = EntityMatcher(doc.entities)
    return ClaimFinder(doc, matcher.find), matcher


def linked(sentence: str, attribution: str, stance: str) -> str | None:
    """The claim the finder proposes for a drafted sentence (its entities as draft finds them)."""
    finder, matcher = _finder()
    entities = list(dict.fromkeys(e for e, _, _ in matcher.find(sentence)))
    found = finder.claim(sentence, entities, attribution, "", "", stance)
    return None if found is None else str(found["fact"])


@pytest.mark.parametrize(("sentence", "attribution", "stance", "claims"), PARAPHRASES)
def test_a_paraphrase_links_its_claim(
    sentence: str, attribution: str, stance: str, claims: set[str]
) -> None:
    assert linked(sentence, attribution, stance) in claims


@pytest.mark.parametrize(("sentence", "attribution", "stance", "resembled"), NEAR_MISSES)
def test_a_near_miss_links_not_the_claim_it_resembles(
    sentence: str, attribution: str, stance: str, resembled: str
) -> None:
    assert linked(sentence, attribution, stance) != resembled
