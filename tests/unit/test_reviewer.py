"""The guided review's screen without a screen: what each key does, that every change is
saved at once, the chooser's filter, and what the body shows."""

from __future__ import annotations

from typing import Any

import pytest

from defcoop_cli.cli.reviewer import KEYS, SMALLEST, Chooser, Reviewer, chooser_rows, help_text
from defcoop_cli.curation.guiding import Review
from unit.test_guiding import TEXT, draft


def reviewer(saves: list[int]) -> Reviewer:
    review = Review(draft(), ["talks", "drills"], ["orla"], ["Orla"])
    return Reviewer(review, TEXT, lambda: saves.append(1))


def shown(r: Reviewer) -> str:
    return "".join(text for _, text, *_ in r.body(100))


def listed(r: Reviewer) -> str:
    return "".join(text for _, text, *_ in r.chooser_lines())


class TestKeys:
    def test_accept_saves_and_moves_to_the_next_undecided(self) -> None:
        saves: list[int] = []
        r = reviewer(saves)
        r.browse("a")
        assert (saves, r.message, r.review.current["id"]) == ([1], "accepted", "f3")
        r.browse("r")
        assert r.review.kind == "entity" and r.review.counts() == (2, 1, 1)

    def test_the_last_decision_says_everything_is_decided(self) -> None:
        r = reviewer([])
        for _ in range(3):
            r.browse("a")
        assert r.message.startswith("accepted. Every candidate is decided")

    def test_moving_changes_nothing_and_saves_nothing(self) -> None:
        saves: list[int] = []
        r = reviewer(saves)
        for key in ("left", "b", "right", "f", "tab"):
            r.browse(key)
        assert saves == [] and r.review.counts() == (1, 0, 3)

    def test_e_edits_the_statement(self) -> None:
        saves: list[int] = []
        r = reviewer(saves)
        assert r.browse("e") == "Statement 2." and r.mode == "edit" and r.prompt() == "statement> "
        r.finish_edit("Orla met Brannock.")
        assert r.review.current["statement"] == "Orla met Brannock." and saves == [1]
        assert (r.mode, r.message) == ("browse", "statement saved")

    def test_an_edit_refused_says_why_and_saves_nothing(self) -> None:
        saves: list[int] = []
        r = reviewer(saves)
        r.browse("e")
        r.finish_edit("  ")
        assert saves == [] and r.message == "the statement cannot be empty"

    def test_capital_e_chooses_the_text_field_to_edit(self) -> None:
        r = reviewer([])
        r.browse("E")
        assert r.mode == "choose" and "keywords" in listed(r)
        r.chooser.filter("attr")  # type: ignore[union-attr]
        assert r.pick() == "the article" and (r.mode, r.field) == ("edit", "attribution")

    def test_a_chosen_kind_is_set_and_the_chooser_closes(self) -> None:
        saves: list[int] = []
        r = reviewer(saves)
        r.browse("k")
        assert "* event" in listed(r)  # the kind now is marked, and highlighted
        r.chooser.filter("comm")  # type: ignore[union-attr]
        r.pick()
        assert (r.review.current["kind"], r.mode, saves) == ("commitment", "browse", [1])

    def test_topics_toggle_and_the_chooser_stays_open(self) -> None:
        r = reviewer([])
        r.browse("t")
        r.move(1)  # drills, quay-works, talks
        r.pick()
        assert r.review.current["topics"] == ["talks", "quay-works"] and r.mode == "choose"
        assert "[x] quay-works" in listed(r) and "[ ] drills" in listed(r)
        r.cancel()
        assert r.mode == "browse" and r.chooser is None

    def test_attribution_takes_what_is_typed_when_nothing_matches(self) -> None:
        r = reviewer([])
        r.browse("w")
        r.chooser.filter("Harbour Master Quill")  # type: ignore[union-attr]
        assert "use what is typed" in listed(r)
        r.pick()
        assert r.review.current["attribution"] == "Harbour Master Quill"

    def test_c_unlinks_and_links_the_claim(self) -> None:
        saves: list[int] = []
        r = reviewer(saves)
        r.browse("c")
        assert "not linked (c links it): old-1" in shown(r) and r.message == "claim unlinked"
        r.browse("c")
        assert "linked to old-1 (wire;" in shown(r) and saves == [1, 1]

    def test_a_key_a_new_entity_lacks_says_so(self) -> None:
        r = reviewer([])
        r.review.move(9)
        r.browse("s")
        assert r.message == "a new entity has no stance to choose" and r.mode == "browse"

    def test_a_save_that_fails_is_not_swallowed(self) -> None:
        def refuse() -> None:
            raise OSError("disk gone")

        r = Reviewer(Review(draft()), None, refuse)
        with pytest.raises(OSError, match="disk gone"):
            r.browse("a")


class TestChooser:
    def test_names_that_start_with_the_text_come_first(self) -> None:
        c = Chooser("topics", ["sea-talks", "talks", "drills"], True, False)
        c.filter("TA")
        assert c.shown() == ["talks", "sea-talks"]
        c.move(5)
        assert c.chosen() == "sea-talks"
        c.filter("zz")
        assert (c.shown(), c.chosen()) == ([], None)

    def test_it_opens_on_the_value_now(self) -> None:
        assert (
            Chooser("kind", ["event", "position"], False, False, "position").chosen() == "position"
        )


class TestBody:
    def test_a_fact_shows_its_quote_in_context_and_its_fields(self) -> None:
        r = reviewer([])
        body = r.body(100)
        assert ("reverse", "Orla met Brannock at the quay") in body  # the quote, highlighted
        text = shown(r)
        for label in ("statement", "kind", "stance", "attribution", "topics", "entities", "claim"):
            assert f"\n{label} " in text or text.startswith(label)
        assert ". Orla said the drill would grow." in text

    def test_a_conflict_shows_both_sides(self) -> None:
        r = reviewer([])
        conflict: dict[str, Any] = {
            "entity": "orla",
            "field": "office",
            "this": "Harbour Master",
            "others": [{"text": "Quay Warden", "fact": "old-2"}],
        }
        r.review.current["conflicts"] = [conflict]
        assert "orla: office “Harbour Master” here; “Quay Warden” in old-2" in shown(r)

    def test_a_conflict_read_from_a_title_says_so(self) -> None:
        r = reviewer([])
        conflict = {
            "entity": "orla",
            "field": "office",
            "this": "Harbour Master",
            "by": "title",
            "others": [{"text": "Quay Warden", "fact": "old-2"}],
        }
        r.review.current["conflicts"] = [conflict]
        assert "“Harbour Master” here (a title read as theirs: no name here);" in shown(r)

    def test_a_conflict_with_a_curator_note_names_the_note(self) -> None:
        r = reviewer([])
        conflict = {
            "field": "number",
            "this": "9 boats",
            "others": [{"text": "7 boats", "note": "n"}],
        }
        r.review.current["conflicts"] = [conflict]
        assert "number “9 boats” here; “7 boats” in curator note n" in shown(r)

    def test_a_new_entity_shows_the_facts_that_name_it(self) -> None:
        r = reviewer([])
        r.review.move(9)
        text = shown(r)
        assert "new entity   Brannock" in text and "named by     1 facts: f3" in text

    def test_control_characters_from_the_draft_are_made_visible(self) -> None:
        r = reviewer([])
        r.review.current["statement"] = "red \x1b[31m alert"
        assert "\x1b" not in shown(r) and "\\x1b[31m" in shown(r)

    def test_the_status_line_counts_the_decisions(self) -> None:
        assert (
            reviewer([]).status() == " fact 2 of 4 · draft · 1 accepted · 0 rejected · 3 to decide"
        )

    def test_long_values_wrap_at_spaces_in_their_column(self) -> None:
        r = reviewer([])
        r.review.current["statement"] = "Orla and Brannock agreed to widen the quay next spring"
        lines = "".join(text for _, text, *_ in r.body(40)).split("\n")
        at = lines.index("statement    Orla and Brannock agreed to")
        assert lines[at + 1] == "             widen the quay next spring"
        assert all(len(line) <= 40 for line in lines)
        assert ("reverse", "Orla met Brannock at the quay") in r.body(40)  # the quote still marked

    def test_a_word_longer_than_a_line_is_cut(self) -> None:
        r = reviewer([])
        r.review.current["statement"] = "x" * 30
        lines = "".join(text for _, text, *_ in r.body(30)).split("\n")
        at = lines.index("statement    " + "x" * 17)
        assert lines[at + 1] == " " * 13 + "x" * 13


class TestSmallScreens:
    """A terminal as small as SMALLEST (40×10 among them): every part fits its rows."""

    def test_the_help_is_broken_between_its_items_and_is_the_keys_alone_where_it_is_long(
        self,
    ) -> None:
        whole = help_text(False, 80, 24).split("\n")
        assert len(whole) == 3 and all(len(line) <= 80 for line in whole)
        assert not any(line.startswith(("·", " ")) or line.endswith("·") for line in whole)
        assert help_text(False, 40, 10) == KEYS
        assert help_text(True, 40, 10) == "type to filter · ↑↓ move · Enter choose\nEsc done"

    def test_the_chooser_has_the_rows_left_and_keeps_the_highlighted_one_in_view(self) -> None:
        assert chooser_rows(100, 30) == 12 and chooser_rows(40, 10) == 5
        assert chooser_rows(*SMALLEST) == 3  # status, 3 choices, filter, message, 2 of help
        r = reviewer([])
        r.browse("s")
        r.move(6)
        lines = "".join(text for _, text, *_ in r.chooser_lines(3)).splitlines()
        assert len(lines) == 3 and lines[-1].strip(" *") == r.chooser.chosen()  # type: ignore[union-attr]

    def test_the_status_drops_the_counts_before_it_is_cut(self) -> None:
        r = reviewer([])
        assert r.status(40) == " fact 2 of 4 · draft · 3 to decide"
        assert r.status(SMALLEST[0]) == " fact 2 of 4 · 3 to decide"
