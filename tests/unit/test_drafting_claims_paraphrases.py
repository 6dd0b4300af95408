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
    # the talks' tone told by their adjectives is their atmosphere (tenth session)
    (
        "An embassy spokesman said the discussions had been frank and cordial",
        "embassy spokesman",
        "reported",
        {"meeting-atmosphere"},
    ),
    (
        "Indian officials called the meeting warm and forward-looking",
        "Indian officials",
        "reported",
        {"meeting-atmosphere"},
    ),
    (
        "The talks between Singh and Nakatani were candid and constructive",
        "the article",
        "reported",
        {"meeting-atmosphere"},
    ),
    (
        "Nakatani said the exchange had been businesslike and positive",
        "Nakatani",
        "reported",
        {"meeting-atmosphere"},
    ),
    # a speaker the fact base does not know tells what the article's voice told
    pytest.param(
        "A retired general, Ravi Menon, told the panel that Singh had met Nakatani in New Delhi",
        "Ravi Menon",
        "reported",
        {"meeting-held", "meeting-location"},
        marks=pytest.mark.xfail(
            strict=True,
            reason="the frame (a retired general, his name, the panel told) weighs against the"
            " claim: 0.32 (found after judging; the name's words taken out, 0.37, and a wrong"
            " link more on the development sets, so not changed)",
        ),
    ),
    # the full range (entire gamut, whole breadth) of a partnership: all of it as it exists
    (
        "The two sides reviewed the whole spectrum of their defence ties",
        "India and Japan",
        "discussed",
        {"meeting-aim-review"},
    ),
    (
        "Today we went over the entire gamut of our defence partnership",
        "Rajnath Singh",
        "reported",
        {"meeting-aim-review"},
    ),
    # a party's plain statement of what the writer assessed
    (  # armed forces working together are interoperable (paraphrases.tsv, twelfth session)
        "Such exercises improve how the two armed forces work together, the ministry said",
        "the ministry",
        "reported",
        {"exercises-improve-interoperability", "drills-improve-interoperability"},
    ),
    # a hope that a party would act, "that" left out
    (
        "Singh hoped Japanese companies would invest in India's defence industry",
        "Rajnath Singh",
        "reported",
        {"japanese-industry-invited"},
    ),
    (  # standing with a people at a hard hour is solidarity, the hour no word of the claim's
        "Tokyo stands with the Indian people at this painful hour",
        "Japanese delegation",
        "reported",
        {"pahalgam-solidarity"},
    ),
    ("Japan stood by India in its hour of need", "Japan", "reported", {"pahalgam-solidarity"}),
    (  # a joint development (and production) is co-developing (co-producing)
        "Singh flagged the need to move faster on the joint development and production of "
        "defence equipment",
        "Rajnath Singh",
        "highlighted",
        {"industry-co-development"},
    ),
    (  # manufacturing (building) together, the verb's noun right before "together"
        "The two sides agreed to step up defence manufacturing together",
        "India and Japan",
        "agreed",
        {"industry-co-development"},
    ),
]

# sentence, attribution, stance, the claim it resembles and must not link
NEAR_MISSES = [
    # a hard hour of something else, or no one stood with: no solidarity
    (
        "Japan stands with India on sea lanes at this difficult time for the region",
        "Japan",
        "reported",
        "pahalgam-solidarity",
    ),
    (
        "India stood by its position at a difficult moment in the talks",
        "India",
        "reported",
        "pahalgam-solidarity",
    ),
    # the same reporting verb and stance, and nothing else in common
    ("Singh highlighted the point", "Rajnath Singh", "highlighted", "self-reliance-highlighted"),
    (
        "Both sides agreed on the timetable",
        "India and Japan",
        "agreed",
        "emerging-tech-cooperation",
    ),
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
    # warm hospitality is no tone of the talks; a praise of them is a view, not what happened
    (
        "Singh praised the warm hospitality of his hosts",
        "Rajnath Singh",
        "reported",
        "meeting-atmosphere",
    ),
    pytest.param(
        "The officials hailed the talks as cordial and businesslike",
        "officials",
        "reported",
        "meeting-atmosphere",
        marks=pytest.mark.xfail(
            strict=True,
            reason="a praise may say what a fact doing no act says"
            " (test_drafting_claims_cases_lists' judged praises of drills); a rule that a"
            " praise makes no event's claim broke"
            " five of those judgments, so it was left out (found after judging)",
        ),
    ),
    (
        "Japan and Australia held cordial talks in Canberra",
        "the article",
        "reported",
        "meeting-atmosphere",
    ),
    # a speaker the fact base does not know makes no party's claim
    (
        "A retired general, Ravi Menon, said Japan had condemned the attack",
        "Ravi Menon",
        "reported",
        "pahalgam-condemned",
    ),
    # friendly ties are no talks' tone; years in the plural are a span, not how often
    pytest.param(
        "India and Japan have had friendly ties for many years",
        "the article",
        "reported",
        "meeting-atmosphere",
        marks=pytest.mark.xfail(
            strict=True,
            reason="'friendly' is a word of the atmosphere fact's own statement, and the"
            " countries are its parties' (found after judging; as on main, not changed)",
        ),
    ),
    pytest.param(
        "It was their third meeting in as many years",
        "the article",
        "reported",
        "dialogue-annual-summits",
        marks=pytest.mark.xfail(
            strict=True,
            reason="'years' is still the stem of the fact's keyword 'yearly', and a meeting is"
            " a summit in the thesaurus (found after judging, not changed)",
        ),
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


def test_the_talks_held_on_their_day_claim_the_meeting_held() -> None:
    # R58: the meeting as subject held on a weekday and date claims meeting-held, not a
    # dialogue mechanism's "annual summits" (its talks alone); held in a place, its place
    assert linked("The talks were held on Thursday, 8 May.", "the article", "") == "meeting-held"
    assert linked("The talks were held in New Delhi.", "the article", "") == "meeting-location"
