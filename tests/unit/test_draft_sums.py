"""benchmarks/draft_sums.py: the sums of draft_quality.py's per-set tables."""

from __future__ import annotations

from draft_sums import report, sums

TABLES = """\
| measure (held-out reports, heldout7/) | result | goal | met |
|---|---:|---:|---|
| quotes exact | 4/4 | 1.00 | yes |
| junk new entities | 1/5 | ≤ 0.10 | no |

notes.txt: junk entity 'Host' (person)

| measure (held-out reports, heldout17/) | result | goal | met |
|---|---:|---:|---|
| quotes exact | 6/7 | 1.00 | no |
"""


def test_each_measure_is_summed_over_every_set() -> None:
    total, per = sums(TABLES.splitlines())
    assert total == {"quotes exact": [10, 11], "junk new entities": [1, 5]}
    assert per["held-out reports, heldout17/"] == {"quotes exact": (6, 7)}


def test_a_named_set_shows_its_own_rows_and_no_set_whose_name_merely_ends_alike() -> None:
    lines = report(TABLES.splitlines(), ["heldout7"])
    assert lines[:3] == ["sets: 2", "quotes exact: 10/11 (0.909)", "junk new entities: 1/5 (0.200)"]
    assert lines[3:] == [
        "== held-out reports, heldout7/",
        "   quotes exact: 4/4",
        "   junk new entities: 1/5",
    ]
