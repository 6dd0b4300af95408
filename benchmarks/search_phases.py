"""A warm search's CPU by phase, this checkout against another's src/, in fresh processes.

    python benchmarks/search_phases.py --facts FACTS.json --before SRC [--rounds 11]
                                       [--cache DIR --before-cache DIR] [WORD ...]

Each round runs the search (default: `exercize`, one word with a typo) once from this
checkout and once from SRC (a `git archive` of the commit before, src/ and data/), each in a
process of its own, its index cache warm (the first, untimed round warms both). A process
times with `time.process_time`: the interpreter (its own CPU time when the first line runs),
the imports a plain search makes before its work (cli.running and the search's modules),
opening the index, the search (`service.search`: the query's parse, ranking, the tables it
reads) and drawing the result into /dev/null. Printed: the least and the median of each
phase over the rounds, and the ratio of the medians' sums.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

WORKER = """
import time
start = time.process_time()
import json, os, sys
from defcoop_cli.cli.running import PLAIN_STYLE, Session
from defcoop_cli.lookup import service
from defcoop_cli.lookup.search.text import parse_query
from defcoop_cli.output.emit import emit
imported = time.process_time()
session = Session([], no_default=False)
index = session.index()
opened = time.process_time()
words = tuple(sys.argv[1:])
request = service.SearchRequest(words=words, topics=(), entities=(), kinds=(), limit=10,
                                include_editorial=False, explain=False, sources=())
result = service.search(index, parse_query(words), request)
searched = time.process_time()
out = os.dup(1)
os.dup2(os.open(os.devnull, os.O_WRONLY), 1)
emit(result, "human", PLAIN_STYLE)
sys.stdout.flush()
drawn = time.process_time()
session.close()
os.dup2(out, 1)
print(json.dumps([start, imported - start, opened - imported, searched - opened,
                  drawn - searched]))
"""
PHASES = ("interpreter", "imports", "opening the index", "the search", "drawing")


def run(src: Path, facts: Path, cache: Path | None, words: list[str]) -> list[float]:
    env = dict(os.environ, PYTHONPATH=str(src), DEFCOOP_FACTS=str(facts))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if cache is not None:
        env["XDG_CACHE_HOME"] = str(cache)
    out = subprocess.run(
        [sys.executable, "-c", WORKER, *words], env=env, capture_output=True, check=True
    )
    return [t * 1000 for t in json.loads(out.stdout.decode().splitlines()[-1])]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--facts", type=Path, required=True)
    parser.add_argument("--before", type=Path, required=True, help="src/ of another checkout")
    parser.add_argument("--cache", type=Path, help="this checkout's XDG_CACHE_HOME")
    parser.add_argument("--before-cache", type=Path, help="the other's XDG_CACHE_HOME")
    parser.add_argument("--rounds", type=int, default=11)
    parser.add_argument("words", nargs="*", default=["exercize"])
    args = parser.parse_args()
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "src"), str(args.before)])
    sides = {
        "this checkout": (ROOT / "src", args.cache),
        "before": (args.before, args.before_cache),
    }
    times: dict[str, list[list[float]]] = {name: [] for name in sides}
    for round_ in range(args.rounds + 1):
        for name, (src, cache) in sides.items():
            got = run(src, args.facts, cache, args.words)
            if round_:
                times[name].append(got)
    print(f"`search {' '.join(args.words)}`, {args.rounds} rounds, CPU ms: least / median")
    print("\n| phase | " + " | ".join(sides) + " |\n|---|" + "---:|" * len(sides))
    for i, phase in enumerate(PHASES):
        cells = [
            f"{min(r[i] for r in times[n]):.1f} / {statistics.median(r[i] for r in times[n]):.1f}"
            for n in sides
        ]
        print(f"| {phase} | " + " | ".join(cells) + " |")
    sums = {n: statistics.median(sum(r) for r in times[n]) for n in sides}
    cells = [f"{sums[n]:.1f}" for n in sides]
    print("| in all (median of the sums) | " + " | ".join(cells) + " |")
    print(f"\nthis checkout ÷ before: {sums['this checkout'] / sums['before']:.3f} ×")
    print(f"load average at the end: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
