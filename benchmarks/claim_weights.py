"""The claim matcher's weights fitted across the report sets, and what they predict for a
set not fitted on: leave one set out (issue 24).

    python benchmarks/claim_weights.py            # the grid, all-sets and leave-one-set-out
    python benchmarks/claim_weights.py --current  # the weights as shipped, set by set
    python benchmarks/claim_weights.py --old      # the old rule, its threshold refitted
    python benchmarks/claim_weights.py --saved=/tmp/grid.json  # measure once, then reread

Each point of a small grid of the matcher's weights (drafting/claims/finder.py: the
threshold, the words' cosine against the fact base, the penalty for each disagreement on
who says what, the lead over the next candidate) drafts every development report set
(draft_quality.py's: the four tuned on, heldout, heldout2, dev-s5, heldout3 to heldout7)
and scores its claim links as draft_reports does. A point is admissible on some sets when
its precision is at least 0.9 on each of them that has at least five proposals; of the
admissible points the one finding most claims is picked (then the more precise). "All
sets" picks on every set and reports those same sets (what was tuned on); "leave one
set out" picks on all sets but one and reports the one left out, for each: what the next
blind set may expect.
"""

from __future__ import annotations

import itertools
import json
import sys
from pathlib import Path
from typing import Any

from draft_reports import (
    DEV_S5,
    HELD_OUT,
    HELD_OUT_2,
    HELD_OUT_3,
    HELD_OUT_4,
    HELD_OUT_5,
    HELD_OUT_6,
    HELD_OUT_7,
    REPORTS,
    tally,
)

from defcoop_cli.curation.drafting.claims import finder

SETS = [REPORTS, HELD_OUT, HELD_OUT_2, DEV_S5, HELD_OUT_3, HELD_OUT_4, HELD_OUT_5, HELD_OUT_6]
SETS += [HELD_OUT_7]
GRID: dict[str, list[float]] = {
    "CLAIM_THRESHOLD": [0.44, 0.5, 0.56, 0.6, 0.64, 0.68, 0.72],
    "COSINE": [0.0, 0.8, 1.2],
    "FAULT": [0.3, 9.0],  # 9: a disagreement rules the fact out (the old rule)
    "LEAD": [0.0, 0.15],
}
# The old rule (meanings alone, hard gates), its threshold refitted the same way: --old
OLD: dict[str, list[float]] = {
    "CLAIM_THRESHOLD": [0.3, 0.34, 0.38, 0.42, 0.46, 0.5],
    **{"COSINE": [0.0], "FAULT": [9.0], "LEAD": [0.0], "ENTITIES": [0.0], "TOPICS": [0.0]},
}
Counts = tuple[int, int, int, int]  # claims found, needed; links right, proposed


def measure(weights: dict[str, float]) -> dict[str, Counts]:
    """Each set's claim-link counts with these weights."""
    for name, value in weights.items():
        setattr(finder, name, value)
    out = {}
    for folder in SETS:
        t = tally(folder)
        found, needed = t.counts.get("claim links recall", [0, 0])
        right, proposed = t.counts.get("claim links precision", [0, 0])
        out[folder.name] = (found, needed, right, proposed)
    return out


def pick(results: dict[Any, dict[str, Counts]], sets: list[str]) -> Any:
    """The admissible point finding most claims on sets (then the more precise)."""

    def key(point: Any) -> tuple[bool, int, float]:
        res = results[point]
        admissible = all(res[s][2] >= 0.9 * res[s][3] for s in sets if res[s][3] >= 5)
        right = sum(res[s][2] for s in sets)
        return (
            admissible,
            sum(res[s][0] for s in sets),
            right / max(1, sum(res[s][3] for s in sets)),
        )

    return max(results, key=key)


def row(name: str, c: Counts) -> str:
    return (
        f"| {name} | {c[0]}/{c[1]} ({c[0] / max(1, c[1]):.2f}) | "
        f"{c[2]}/{c[3]} ({c[2] / max(1, c[3]):.2f}) |"
    )


def total(counts: list[Counts]) -> Counts:
    return (
        sum(c[0] for c in counts),
        sum(c[1] for c in counts),
        sum(c[2] for c in counts),
        sum(c[3] for c in counts),
    )


def main() -> None:
    names = [f.name for f in SETS]
    if "--current" in sys.argv:
        res = measure({})
        print("| set | recall | precision |\n|---|---:|---:|")
        print("\n".join(row(n, res[n]) for n in names))
        print(row("all", total(list(res.values()))))
        return
    grid = OLD if "--old" in sys.argv else GRID
    shipped = {name: getattr(finder, name) for name in grid}
    saved = next((a.split("=", 1)[1] for a in sys.argv if a.startswith("--saved=")), None)
    if saved and Path(saved).exists():  # the grid measured before (a JSON file)
        results = {tuple(p): r for p, r in json.loads(Path(saved).read_text(encoding="utf-8"))}
    else:
        results = {
            point: measure(dict(zip(grid, point, strict=True)))
            for point in itertools.product(*grid.values())
        }
        measure(shipped)
    if saved:
        Path(saved).write_text(json.dumps([[p, r] for p, r in results.items()]), encoding="utf-8")
    best = pick(results, names)
    print(f"all sets: {dict(zip(grid, best, strict=True))}")
    print("| set | all sets: recall | precision | left out: recall | precision | picked |")
    print("|---|---:|---:|---:|---:|---|")
    held = []
    for n in names:
        point = pick(results, [m for m in names if m != n])
        held.append(results[point][n])
        print(f"{row(n, results[best][n])}{row('', results[point][n])[3:]} {point} |")
    everything = total([results[best][n] for n in names])
    print(f"{row('all', everything)}{row('', total(held))[3:]} |")


if __name__ == "__main__":
    main()
