"""Issue 24, R62 (s51-draft92): a programme's lead, its presenter's news lines after her
welcome to the programme, is the programme's voice; her own turn to a guest stays hers."""

from __future__ import annotations

import pytest

from defcoop_cli.curation.drafting.transcripts.leads import lead_end
from tests.drafting_world import drafted_sentences

PROGRAMME = "\n".join(
    [
        "SALT HARBOUR TONIGHT",
        "Programme transcript",
        "Anchor: Lena Castell",
        "Guest: Dev Sandu, port analyst",
        "",
        (
            "LENA CASTELL: Good evening and welcome to Salt Harbour Tonight. Kenji Ode today "
            "received Mira Vale at the harbour office for talks on the ferry quotas. Dev "
            "Sandu, Beta will be watching these talks closely. Will the quotas change?"
        ),
        "",
        "DEV SANDU: Kenji Ode agreed to lift the quotas by the spring, and that matters.",
        "",
    ]
)

# A panel's host who welcomes to an evening's discussion: no programme named, no lead.
PANEL = PROGRAMME.replace(
    "Good evening and welcome to Salt Harbour Tonight.",
    "Good evening and welcome to this evening's discussion at the institute.",
)


def test_a_presenter_s_news_lines_after_her_welcome_are_the_programme_s() -> None:
    said, _ = drafted_sentences(PROGRAMME)
    news = "Kenji Ode today received Mira Vale at the harbour office for talks on the ferry quotas."
    assert said[news] == "the article"
    assert said["Dev Sandu, Beta will be watching these talks closely."] == "Lena Castell"
    assert (
        said["Kenji Ode agreed to lift the quotas by the spring, and that matters."] == "Kenji Ode"
    )


def test_a_host_s_welcome_to_a_discussion_is_no_programme_s_lead() -> None:
    said, _ = drafted_sentences(PANEL)
    news = "Kenji Ode today received Mira Vale at the harbour office for talks on the ferry quotas."
    assert said[news] == "Lena Castell"  # her own words at the institute, as before


@pytest.mark.parametrize(
    ("turn", "lead"),
    [
        ("Welcome back to Harbour Watch. Ode met Vale today. Dev, why now?", "Welcome back"),
        ("Good evening, and welcome to The Long Quay! Ode flew home. I asked Vale why.", "Good"),
        ("Hello and welcome to Quay Radio. Ode met Vale. Ambassador Rao, a word?", "Hello"),
        ("Welcome to The Long Quay. Ode met Vale today. In Alpha, the talks ran late.", "all"),
        ("Welcome to this evening's debate. Ode met Vale today.", None),  # no name
        ("Welcome to the Q4 earnings call of Alba Yards. Ode met Vale.", None),  # a call
        ("Ode met Vale today. Welcome to Harbour Watch.", None),  # no welcome first
        ("Welcome to Harbour Watch.", None),  # the welcome alone
    ],
)
def test_a_lead_runs_from_the_welcome_to_the_first_sentence_put_to_a_guest(
    turn: str, lead: str | None
) -> None:
    end = lead_end(turn)
    if lead is None:
        assert end is None
        return
    assert end is not None
    if lead == "all":
        assert end == len(turn)  # "In Alpha," opens a phrase of place, no address
        return
    said = turn[:end]
    assert said.startswith(lead)
    assert "?" not in said and " I " not in said and "Ambassador" not in said
    assert said.rstrip().endswith(("today.", "home.", "Vale."))
