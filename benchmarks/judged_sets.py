"""Every judged query set of tests/test_search_quality.py's SETS at once, as the test runs
them: the answerable queries with an answer in the top three, their total, and the
judged-empty queries (off-topic, editorial without an answer) that find something.

    python benchmarks/judged_sets.py                  # "87 sets: HIT TOTAL LEAKS"
    python benchmarks/judged_sets.py --misses NAME    # and one set's misses and leaks
    python benchmarks/judged_sets.py --misses all     # every set's

benchmarks/quality.py gives one set's recall@3, MRR and shares; this is the sum that
benchmarks/RESULTS.md calls `allq` (a lead's script until the twenty-fourth session).
A set being written blind is in no SETS, so it is never read here.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests")]

import test_search_quality as t  # noqa: E402


def main(argv: list[str]) -> None:
    show = argv[argv.index("--misses") + 1] if "--misses" in argv else None
    hit = total = leaks = 0
    for name in t.SETS:
        queries = json.loads((ROOT / "tests" / "fixtures" / name).read_text("utf-8"))["queries"]
        h = n = left = 0
        shown = show is not None and (show == "all" or show in name)
        for q in queries:
            got = t.found(q["query"])
            if q["relevant"]:
                n += 1
                ok = bool(set(q["relevant"]) & set(got[:3]))
                h += ok
                if not ok and shown:
                    print("MISS", repr(q["query"]), got[:3], "want", q["relevant"][:3])
            elif q["category"] in ("off-topic", "editorial") and got:
                left += 1
                if shown:
                    print("LEAK", repr(q["query"]), got[:3])
        if shown:
            print(name, (h, n, left))
        hit, total, leaks = hit + h, total + n, leaks + left
    print(len(t.SETS), "sets:", hit, total, leaks)


if __name__ == "__main__":
    main(sys.argv[1:])
