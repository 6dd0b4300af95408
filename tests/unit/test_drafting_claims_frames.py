"""An agreement's frame (drafting.claims.readings.FRAME): sentences written for this test,
each judged before the finder ran on it. Two agreements that share only their frame
("agreed to deepen cooperation in …") while each names its own field are two claims; an
agreement naming the fact's own field, or any other content of it, keeps its claim."""

from __future__ import annotations

import pytest

from unit.test_drafting_claims_cases_times import linked

# another field than any fact's: no claim (each linked emerging-tech-cooperation before)
FRAME_ONLY = [
    ("India and Japan agreed to deepen cooperation in maritime surveillance, officials said.",
     "India and Japan"),
    ("Both sides agreed to enhance cooperation in shipbuilding and logistics.", "India and Japan"),
    ("Japan and India agreed to strengthen cooperation between their coast guards.",
     "India and Japan"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "attribution"), FRAME_ONLY)
def test_an_agreement_sharing_only_its_frame_with_a_fact_makes_no_claim(
    sentence: str, attribution: str
) -> None:
    assert linked(sentence, attribution, "agreed") is None


# ordinary news of the talks in an agreement's frame: the claim kept
WITH_CONTENT = [
    ("The two ministers agreed to expand cooperation in cybersecurity and artificial "
     "intelligence.", "both ministers", "agreed", "emerging-tech-cooperation"),
    ("India and Japan agreed to deepen the co-development and co-production of defence "
     "equipment.", "India and Japan", "agreed", "industry-co-development"),
    ("Both sides agreed to strengthen communication between the two defence establishments.",
     "India and Japan", "agreed", "strategic-communication-stressed"),
    ("Singh invited Japanese companies to expand their investment in India's defence sector.",
     "Rajnath Singh", "invited", "japanese-industry-invited"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "attribution", "stance", "claim"), WITH_CONTENT)
def test_an_agreement_naming_what_a_fact_says_keeps_its_claim(
    sentence: str, attribution: str, stance: str, claim: str
) -> None:
    assert linked(sentence, attribution, stance) == claim
