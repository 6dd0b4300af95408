"""Warm search by a query's length, this checkout against another's src/, as ratios.

    python benchmarks/long_queries.py --before SRC [--rounds 7]

As warm_search.py (a process per tree and round, after then before, interleaved; a warm-up
pass; the CPU clock; medians over the rounds, each ratio two medians of one run), with the
development judged sets' queries grouped by length: typed queries of eight terms or fewer
(the short ones), queries of nine terms or more (a pasted sentence is read as a passage
from nine: lookup/search/reading/registers.py), and sentences of 28 words or more (what a
pasted report sentence of about thirty words costs, in milliseconds a query).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from warm_search import ROOT, judged_groups, medians

LONG_TERMS = 9
SENTENCE_WORDS = 28


def by_length(groups: dict[str, list[str]]) -> dict[str, list[str]]:
    """The queries as short (eight terms or fewer), long, and sentences of 28 words+."""
    sys.path.insert(0, str(ROOT / "src"))
    from defcoop_cli.errors import UsageError
    from defcoop_cli.lookup.search.text import parse_query

    found: dict[str, list[str]] = {"short": [], "nine terms or more": [], "28 words or more": []}
    for query in (q for queries in groups.values() for q in queries):
        try:
            terms = len(parse_query([query]).terms)
        except UsageError:
            continue
        found["short" if terms < LONG_TERMS else "nine terms or more"].append(query)
        if len(query.split()) >= SENTENCE_WORDS:
            found["28 words or more"].append(query)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", type=Path, required=True, help="another checkout's src/")
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    groups = by_length(judged_groups())
    timings = medians(groups, args.before, ROOT / "data" / "facts.json", args.rounds)
    print("| queries | n | before | after | after / before | after, ms a query |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, (before, after) in timings.items():
        n = len(groups[name])
        each = 1000 * after / max(n, 1)
        print(f"| {name} | {n} | {before:.3f} | {after:.3f} | {after / before:.2f} | {each:.1f} |")


if __name__ == "__main__":
    main()
