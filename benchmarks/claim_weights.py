"""The claim matcher's weights fitted across the report sets, and what they predict for a
set not fitted on: leave one set out (issue 24).

    python benchmarks/claim_weights.py                          # the grid
    python benchmarks/claim_weights.py --current                # the shipped weights
    python benchmarks/claim_weights.py --saved=/tmp/grid.json   # measure once, reread

Each point of a small grid of the matcher's weights (drafting/claims/finder.py: the
threshold; THEIRS, the share of "how much of the fact the sentence says" against "how
much of the sentence the fact says"; PARTIES, the bonus for the same parties) drafts
every development report set (draft_reports.DEV_SETS, draft_quality.py's; heldout3 to
heldout7 when its figures of 2026-12-04 were measured) and scores its claim links as
draft_reports does. A point's worth on some sets is the claims it finds less twice the
wrong links it proposes (a wrong link costs a curator more than a missed one: a missed
claim is linked by hand in review, a wrong one must first be noticed). "All sets" picks
on every set and reports those same sets (what was tuned on); "leave one set out" picks
on all sets but one and reports the one left out, for each: what the next blind set may
expect.
"""

from __future__ import annotations

import itertools
import json
import sys
from pathlib import Path
from typing import Any

from draft_reports import DEV_SETS, tally

from defcoop_cli.curation.drafting.claims import finder

SETS = DEV_SETS
GRID: dict[str, list[float]] = {
    "CLAIM_THRESHOLD": [0.34, 0.38, 0.42],
    "THEIRS": [0.4, 0.5, 0.6],
    "PARTIES": [0.05, 0.1, 0.15],
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
    """The point worth most on sets: claims found less twice the wrong links (the first
    of equals in the grid's order)."""

    def worth(point: Any) -> int:
        res = results[point]
        return sum(res[s][0] - 2 * (res[s][3] - res[s][2]) for s in sets)

    return max(results, key=worth)


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
    shipped = {name: getattr(finder, name) for name in GRID}
    saved = next((a.split("=", 1)[1] for a in sys.argv if a.startswith("--saved=")), None)
    if saved and Path(saved).exists():  # the grid measured before (a JSON file)
        results = {tuple(p): r for p, r in json.loads(Path(saved).read_text(encoding="utf-8"))}
    else:
        results = {
            point: measure(dict(zip(GRID, point, strict=True)))
            for point in itertools.product(*GRID.values())
        }
        measure(shipped)
    if saved:
        Path(saved).write_text(json.dumps([[p, r] for p, r in results.items()]), encoding="utf-8")
    best = pick(results, names)
    print(f"all sets: {dict(zip(GRID, best, strict=True))}")
    print("| set | all sets: recall | precision | left out: recall | precision | picked |")
    print("|---|---:|---:|---:|---:|---|")
    held = []
    for n in names:
        point = pick(results, [m for m in names if m != n])
        held.append(results[point][n])
        print(f"{row(n, results[best][n])}{row('', results[point][n])[4:]} {point} |")
    everything = total([results[best][n] for n in names])
    print(f"{row('all', everything)}{row('', total(held))[4:]} |")


if __name__ == "__main__":
    main()
