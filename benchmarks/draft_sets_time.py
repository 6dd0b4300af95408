"""Drafting every report of the judged sets, in two source trees, timed in one interleaved run.
python benchmarks/draft_sets_time.py SRC_A SRC_B [--rounds 5]
(SRC_A, SRC_B: a checkout's src/ folder, e.g. this worktree's and main's.)

Each round drafts every report of reports/sets.txt once with each tree, A then B, in a child
process of its own (the fact base loaded once there, not timed); the child reports the CPU
seconds of its drafting alone. The table gives each tree's median and the median of the
rounds' A/B ratios: a busy machine slows both alike within a round. Both trees draft the
same texts, this tree's sets.txt.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REPORTS = ROOT / "tests" / "fixtures" / "reports"
_CHILD = """
import sys, time, tempfile
from pathlib import Path
from defcoop_cli.curation.drafting.files import draft_file
from defcoop_cli.factbase.loader import default_factbase_path, load
doc = load(default_factbase_path()).doc
paths = [Path(p) for p in sys.argv[1:]]
with tempfile.TemporaryDirectory() as tmp:
    start = time.process_time()
    for n, p in enumerate(paths):
        draft_file(p, p.stem, {}, doc, "bench", Path(tmp) / f"{n}.json")
    print(time.process_time() - start)
"""


def reports() -> list[str]:
    lines = (REPORTS / "sets.txt").read_text(encoding="utf-8").splitlines()
    kept = [x.split() for x in lines if x and not x.startswith("#")]
    folders = [REPORTS / x[0] for x in kept if "blind" not in x[1:]]  # never a blind set
    return sorted(str(p) for f in folders for p in f.iterdir() if p.suffix in (".txt", ".html"))


def _run(src: str, paths: list[str]) -> float:
    env = {"PYTHONPATH": src, "PATH": "/usr/bin:/bin"}
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, *paths], env=env, capture_output=True, text=True, check=True
    )
    return float(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("a")
    parser.add_argument("b")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    paths = reports()
    a, b = [], []
    for _ in range(args.rounds):
        a.append(_run(args.a, paths))
        b.append(_run(args.b, paths))
    ratios = [x / y for x, y in zip(a, b, strict=True)]
    print(f"{len(paths)} reports, {args.rounds} rounds, interleaved\n")
    print("| tree | CPU s (median) |\n|---|---:|")
    print(f"| A {args.a} | {statistics.median(a):.2f} |")
    print(f"| B {args.b} | {statistics.median(b):.2f} |")
    print(f"| A / B (median of the rounds' ratios) | {statistics.median(ratios):.3f} |")


if __name__ == "__main__":
    main()
