"""output.brief.fit: the short brief gives way, step by step, to fit the rows it is given;
what never goes stays at the last step."""

from __future__ import annotations

import pytest
from conftest import REAL, ROOT

from defcoop_cli.factbase.loader import load_layers
from defcoop_cli.lookup.brief.briefing import build_briefing
from defcoop_cli.lookup.results import Briefing, Cited, Person
from defcoop_cli.output.brief.fit import STEPS, fitted
from defcoop_cli.output.brief.lines import Section, Segment
from defcoop_cli.output.brief.short import WHOLE, folded, short_layout

LAYERS = ROOT / "tests" / "fixtures" / "layers"


@pytest.fixture(scope="module")
def crowded() -> Briefing:
    """The shipped base with three reports of the meeting layered on it."""
    return build_briefing(
        load_layers(
            [REAL, *(LAYERS / name / "facts.json" for name in ("page", "wire", "ministry"))]
        )
    )


def lines(sections: list[Section]) -> list[str]:
    return ["".join(s.text for s in line) for section in sections for line in section.lines]


def count(sections: list[Section]) -> int:
    """A stand-in for the rows drawn: one a line (a title one more)."""
    return sum(len(s.lines) + (1 if s.title else 0) for s in sections)


def marks(sections: list[Section]) -> list[Segment]:
    return [seg for s in sections for line in s.lines for seg in line if seg.kind == "mark"]


def test_room_enough_keeps_the_whole_short_brief(crowded: Briefing) -> None:
    assert fitted(crowded, count, 1000) == short_layout(crowded, WHOLE)


def test_the_footers_ids_give_way_first(crowded: Briefing) -> None:
    whole = short_layout(crowded, WHOLE)
    first = fitted(crowded, lambda s: 1 if not marks(s) else 2, 1)
    assert marks(whole) and not marks(first)
    assert lines(first)[-1].startswith("Facts: ") and " cited · " in lines(first)[-1]
    assert lines(first)[:-1] == [line.split(" [")[0] for line in lines(whole)[:-1]]


def test_then_lists_fold_and_reaffirmed_goes(crowded: Briefing) -> None:
    drawn = [lines(short_layout(crowded, fold)) for fold in STEPS]
    assert any(line.startswith("Reaffirmed: ") for line in drawn[2])
    assert not any(line.startswith("Reaffirmed: ") for line in drawn[3])
    assert sum(len(" ".join(d)) for d in drawn[:1]) > len(" ".join(drawn[-1]))
    assert "more" in " ".join(drawn[-1]) and "--full shows all" in drawn[-1][-1]


def test_what_never_folds_is_there_at_the_last_fold(crowded: Briefing) -> None:
    last = lines(short_layout(crowded, STEPS[-1]))
    assert last[0].startswith("Briefing: Rajnath Singh met Gen Nakatani in New Delhi")
    (nakatani,) = [line for line in last if line.startswith("Gen Nakatani: ")]
    # the newest dated title first, the disputed after it, flagged
    assert nakatani.startswith("Gen Nakatani: Defence Minister (5 May 2025); ")
    assert nakatani.index("disputed (watch-out 1)") > nakatani.index("(5 May 2025)")
    assert any(line.startswith("When: 5 May 2025") for line in last)
    for label in ("Agreed: ", "Discussed: ", "Condemned: ", "Raised concern: "):
        assert any(line.startswith(label) for line in last), label
    office = next(line for line in last if line.startswith("1. "))
    assert "the sources disagree: Defence Minister vs Japan’s Special Advisor" in office
    assert any(line.startswith("2. ") for line in last)


def test_a_list_folds_its_repeats_and_then_its_tail() -> None:
    items = [Cited("Minister", ("a",)), Cited("minister", ("b",)), Cited("Envoy", ("c",))]
    assert folded(items, None) == [Cited("Minister", ("a", "b")), Cited("Envoy", ("c",))]
    assert folded(items, 1) == [Cited("Minister", ("a", "b")), Cited("+1 more", ("c",))]
    assert folded(items, 2) == folded(items, None)


def test_at_last_the_watch_outs_no_line_cites_fold_into_one_line(crowded: Briefing) -> None:
    before, last = (lines(short_layout(crowded, fold)) for fold in STEPS[-2:])
    assert any(line.startswith("3. ") for line in before)
    # 1 (his office) and 2 (the date) are cited above them, so they stay
    assert "disputed (watch-out 1)" in " ".join(last) and "watch-out 2)" in " ".join(last)
    assert [line for line in last if line[:2] in ("1.", "2.", "3.", "+1")] == [
        next(line for line in before if line.startswith("1. ")),
        next(line for line in before if line.startswith("2. ")),
        "+1 more watch-out (3)",
    ]


def test_each_stances_lines_stay_together_whatever_their_order(crowded: Briefing) -> None:
    """A concern told before a condemnation is still drawn after it: Condemned lines,
    then Raised concern lines."""
    topics = (*crowded.key_points, *crowded.regional)
    turned = crowded._replace(
        key_points=tuple(s._replace(points=s.points[::-1]) for s in topics)[::-1], regional=()
    )
    for fold in (WHOLE, STEPS[2]):
        labels = [
            line.split(":")[0]
            for line in lines(short_layout(turned, fold))
            if line.startswith(("Condemned:", "Raised concern:"))
        ]
        assert "Raised concern" in labels and "Condemned" in labels
        assert labels == sorted(labels, key=lambda label: label != "Condemned"), labels


def test_a_disagreement_on_a_title_does_not_flag_the_point_its_fact_tells(
    crowded: Briefing,
) -> None:
    """A layer's report of the condemnation calls him "Defence Minister", a side of the
    sources' disagreement on his office: the condemnation itself is not disputed."""
    drawn = lines(short_layout(crowded, WHOLE))
    (condemned,) = [line for line in drawn if line.startswith("Condemned: ")]
    assert "(4 sources)" in condemned and "watch-out" not in condemned
    assert any("disputed (watch-out 1)" in line for line in drawn)


def test_a_title_cut_short_is_not_shown_the_next_newest_leads(crowded: Briefing) -> None:
    """A report's drafted title cut short ("Minister of State for Economic"), the newest,
    gives way to the next-newest whole one; --full still lists it."""
    cut = Person(
        "Gen Nakatani",
        ("nakatani-office-in-heading",),
        (
            Cited("Minister of State for Economic", ("cut-office",)),
            Cited("Minister of Defense since", ("since-office",)),
            Cited("Defence Minister", ("whole-office",)),
        ),
        dated=(
            ("cut-office", "2025-05-09"),
            ("since-office", "2025-05-07"),
            ("whole-office", "2025-05-05"),
        ),
    )
    b = crowded._replace(people=(crowded.people[0], cut))
    (person,) = [line for line in lines(short_layout(b, WHOLE)) if line.startswith("Gen ")]
    assert person == "Gen Nakatani: Defence Minister (5 May 2025) [3]"
    cut_short = cut._replace(roles=cut.roles[:2])  # none whole: the name alone
    b = crowded._replace(people=(crowded.people[0], cut_short))
    assert "Gen Nakatani [3]" in lines(short_layout(b, WHOLE))


class TestATooSmallScreen:
    """Past the last fold, whole lines go, the least needed first; the heading stays."""

    def test_discussed_goes_first_then_the_last_watch_out(self, crowded: Briefing) -> None:
        folds = count(short_layout(crowded, STEPS[-1]))
        one = lines(fitted(crowded, count, folds - 1))
        assert not any(line.startswith("Discussed: ") for line in one)
        assert one[-1].startswith("Facts: ") and " · 1 line left out · " in one[-1]
        three = lines(fitted(crowded, count, folds - 3))  # the watch-outs' fold, then 2.
        assert not any(line.startswith("2. ") for line in three)
        assert any(line.startswith("1. ") for line in three)
        assert " · 3 lines left out · " in three[-1]

    def test_every_size_fits_whole_lines_under_the_heading(self, crowded: Briefing) -> None:
        folds = short_layout(crowded, STEPS[-1])
        for room in range(1, count(folds)):
            drawn = fitted(crowded, count, room)
            assert count(drawn) <= room
            assert lines(drawn)[0].startswith("Briefing: Rajnath Singh met Gen Nakatani")
            assert set(lines(drawn)[1:-1]) <= set(lines(folds)), room
        people = lines(fitted(crowded, count, 4))
        assert people[1].startswith("Rajnath Singh: ") and people[-1].startswith("Facts: ")
