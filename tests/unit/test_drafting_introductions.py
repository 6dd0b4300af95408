"""drafting.verbs.voices.introductions: a sentence introducing people by name after a pronoun and
"were" ("They were Ines Varga, Alpha's defence minister, and Tomas Ek …") tells who they
are, no act: it makes no claim of the meeting told before it. Texts of my own."""

from __future__ import annotations

import pytest

from defcoop_cli.curation.drafting.assembly import draft
from defcoop_cli.curation.drafting.verbs.voices.introductions import introduces_people
from defcoop_cli.factbase.loader import default_factbase_path, load


@pytest.mark.parametrize(
    "sentence",
    [
        "They were Ines Varga, Alpha's defence minister, and Tomas Ek, Beta's navy chief.",
        "The two were Anil Rao, the host, and Mina Sato.",
        "They were Kenji Ode and Priya Nair.",
    ],
)
def test_names_with_their_offices_after_they_were_introduce_people(sentence: str) -> None:
    assert introduces_people(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "They were Ines Varga and Tomas Ek, who met for an hour.",  # an act after the names
        "They were old friends.",  # no name
        "They were joined by Admiral Tomas Ek.",  # a passive act
        "They met Ines Varga in Kell.",
        "The hosts were Ines Varga and Tomas Ek.",  # a noun subject: who took part
    ],
)
def test_an_act_a_noun_subject_or_no_name_is_no_introduction(sentence: str) -> None:
    assert not introduces_people(sentence)


def test_an_introduction_claims_no_meeting() -> None:
    doc = load(default_factbase_path()).doc
    text = (
        "On Monday, two ministers met in New Delhi, the capital of India.\n"
        "They were Rajnath Singh, India's defence minister, and Gen Nakatani, Japan's "
        "defence minister.\n"
    )
    made = draft(text, "k", doc, {}, "k.txt", "test")
    facts = {f["quote"]: f for f in made["facts"]}
    who = next(f for q, f in facts.items() if q.startswith("They were"))
    assert "claim_of" not in who


# A list of countries or bodies after "They were" names the parties of a happening, not
# people (review 19a): no introduction, its claim kept.
def _countries(words: str) -> list[str]:
    return [w.lower() for w in ("Alpha", "Beta", "Gamma Republic") if w == words]


@pytest.mark.parametrize(
    ("sentence", "introduces"),
    [
        ("They were Alpha, Beta and the Gamma Republic.", False),
        ("They were the Alpha Navy and the Beta Coast Guard.", False),
        ("They were Kenji Ode, Alpha's envoy, and Priya Nair.", True),
    ],
)
def test_countries_or_bodies_after_they_were_are_no_introduction(
    sentence: str, introduces: bool
) -> None:
    assert introduces_people(sentence, _countries) is introduces


def test_a_list_of_countries_keeps_its_claim() -> None:
    doc = load(default_factbase_path()).doc
    text = (
        "Four navies sailed in the Malabar exercise last year. They were India, Japan, "
        "Australia and the United States.\n"
    )
    made = draft(text, "k", doc, {}, "k.txt", "test")
    listed = next(f for f in made["facts"] if f["quote"].startswith("They were"))
    assert listed.get("claim_of")
