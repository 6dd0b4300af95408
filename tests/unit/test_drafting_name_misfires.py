"""Review 22a, items 6, 7, 8 and 12 (s46-fixdraftq): a given name that WordNet also lists as
a noun of persons ("Raja", "Guru") begins the speaker's name, no role's noun cut from it; a
base's place said with a place's words around it ("residents of Tarapur", "near Tarapur",
"Tarapur village") is the locality, not the base said short; an unnamed person "in"
something is in a body only before a body's noun ("in a briefing" names none); a type's code
is cut only after a service's name, not the body's own initials ("Joint Patrol Force
JPF-12") nor after a maker's. Each beside the near text that keeps s46-draft68/69's
reading. All text here is invented."""

from __future__ import annotations

import pytest

from defcoop_cli.curation.drafting.names.several import split_at_and
from unit.test_drafting_attribution_classes import said
from unit.test_drafting_worksheets_and_junk import _drafted, _names


def _entity(text: str, name: str) -> dict[str, str]:
    return next(e for e in _drafted(text)["entities"] if e["name"] == name)


class TestGivenNames:
    @pytest.mark.parametrize(
        ("sentence", "who"),
        [
            (
                "Raja Tomas Elling, a former envoy to Beta, said the port would reopen.",
                "Raja Tomas Elling",
            ),
            ("Guru Anand Velkar said the port would reopen in June.", "Guru Anand Velkar"),
            (
                "Krishna Oren Pike of the Kell Sea Institute said the port would reopen.",
                "Krishna Oren Pike",
            ),
            ("Reader Tomas Elling said the port would reopen.", "Tomas Elling"),
            ("Spotter Anand Velkar said the port would reopen.", "Anand Velkar"),
        ],
    )
    def test_a_given_name_begins_the_name_a_roles_noun_does_not(
        self, sentence: str, who: str
    ) -> None:
        assert said(sentence) == who

    def test_a_person_with_a_given_name_first_stays_a_person(self) -> None:
        text = "Rani Lena Ostrova, a former envoy to Beta, said the port would reopen."
        assert _entity(text, "Rani Lena Ostrova")["type"] == "person"


class TestLocality:
    _BASE = "A Beta jet landed at Air Force Station Tarapur on Sunday. "

    @pytest.mark.parametrize(
        "sentence",
        [
            "Residents of Tarapur village said the jets were loud.",
            "Traffic near Tarapur was stopped for an hour, police said.",
            "The Tarapur market stayed shut, traders said.",
        ],
    )
    def test_a_place_with_a_places_words_around_it_is_the_locality(self, sentence: str) -> None:
        names = _names(self._BASE + sentence)
        assert "Tarapur" in names and "Air Force Station Tarapur" in names

    def test_the_place_said_as_the_base_is_still_the_base(self) -> None:
        names = _names(self._BASE + "Jets of that kind are a rare sight at Tarapur, police said.")
        assert names == ["Air Force Station Tarapur"]


class TestInABody:
    @pytest.mark.parametrize(
        ("sentence", "who"),
        [
            ("An official in a briefing on Friday said the port would reopen.", "unnamed official"),
            ("An officer in an interview said the port would reopen.", "unnamed officer"),
            (
                "An official in the transport ministry said the port would reopen.",
                "official in the transport ministry",
            ),
            ("An officer in the navy said the port would reopen.", "officer in the navy"),
        ],
    )
    def test_in_names_a_body_only_before_a_bodys_noun(self, sentence: str, who: str) -> None:
        assert said(sentence) == who


class TestTypeCodes:
    @pytest.mark.parametrize(
        ("found", "kept"),
        [
            ("Joint Patrol Force JPF-12", "Joint Patrol Force JPF-12"),
            ("Tamura Heavy Industries Q-7", "Tamura Heavy Industries Q-7"),
            ("Beta Air Force Q-7", "Beta Air Force"),
            ("Beta Navy P-9", "Beta Navy"),
            ("Beta Air Force F-9B", "Beta Air Force"),
            ("Beta Coast Guard Q-12", "Beta Coast Guard"),
        ],
    )
    def test_a_code_is_cut_only_after_a_services_name(self, found: str, kept: str) -> None:
        assert [found[a:b] for a, b in split_at_and(0, found)] == [kept]

    def test_a_bodys_own_designation_keeps_its_code(self) -> None:
        names = _names("The Joint Patrol Force JPF-12 will join the drill near Kell in May.")
        assert "Joint Patrol Force JPF-12" in names
