"""defcoop's performance goals (issue 15), as ratios from one interleaved run; Markdown tables.

    python benchmarks/bench.py [--rounds 11] [--size 100000] [--million]

- Start-up, on the shipped fact base: `defcoop search malabar --json` against a 15-line
  argparse + rapidfuzz script that ranks the same file (benchmarks/minimal.py; goal ≤ 2.5×)
  and against a bare Typer app importing the same libraries (benchmarks/floor.py; ≤ 1.10×).
- Warm search at `size` realistic facts (generate.py --realistic), and with --million at
  ten layers of `size`: against the same search on the shipped base (≤ 1.3×, ≤ 1.5× at a
  million), and against `fzf --filter` on the same statements (faster); peak memory
  (≤ 300 MB). A listing (`facts --limit 10`) is measured beside it: it holds no more
  than the facts it prints and the index.
- Cold build at `size` facts: against a bare `json.load` of the fact file (≤ 6× its time,
  ≤ 1.5× its peak memory), and peak memory against the file's size (≤ 6×).
- Agreement: the top 10 of 60 queries (words of the base, some with typos) from the
  index on disk against an exhaustive ranking in memory (≥ 99% identical).

Each table's commands run once per round, in turn, so a machine that slows down or speeds
up affects all alike; figures are medians. Peak memory is GNU time's maximum resident set
size. Needs the project installed (`pip install -e .`), fzf and GNU time (/usr/bin/time),
and a word list at /usr/share/dict/words.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import datetime, timezone
from pathlib import Path

from generate import realistic, write_realistic

import defcoop_cli

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SHIPPED = ROOT / "data" / "facts.json"
DEFCOOP = shutil.which("defcoop") or str(Path(sys.executable).with_name("defcoop"))
QUERY = ["malabr", "exercise"]  # layers.py times this query
TYPO_QUERY = ["joint", "militray", "exercize"]  # the issue's
GNU_TIME = "/usr/bin/time"
Command = tuple[list[str], dict[str, str], Path | None]


def timed(argv: Sequence[str], env: dict[str, str], stdin: Path | None = None) -> tuple[float, int]:
    """Wall seconds and peak RSS (KiB) of one run; the run must succeed (or find nothing).
    GNU time reports the command's own peak: a child forked from this process would report
    this process's size as its own (Linux keeps the larger across exec)."""
    with (
        tempfile.NamedTemporaryFile("r", suffix=".rss") as rss,
        open(stdin or os.devnull, "rb") as feed,
    ):
        wrapped = [GNU_TIME, "-f", "%M", "-o", rss.name, *argv]
        start = time.perf_counter()
        proc = subprocess.run(
            wrapped, stdin=feed, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env
        )
        elapsed = time.perf_counter() - start
        peak = rss.read().strip().splitlines()
    if proc.returncode not in (0, 1):  # fzf exits 1 when nothing matches, defcoop too
        raise SystemExit(f"bench: {' '.join(argv)} failed ({proc.returncode}): {proc.stderr!r}")
    return elapsed, int(peak[-1]) if peak and peak[-1].isdigit() else 0


def interleaved(commands: dict[str, Command], rounds: int) -> dict[str, tuple[float, int]]:
    """Median seconds and peak KiB per command, over rounds that run each command in turn."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    peaks: dict[str, int] = dict.fromkeys(commands, 0)
    for _ in range(rounds):
        for name, (argv, env, stdin) in commands.items():
            seconds, peak = timed(argv, env, stdin)
            times[name].append(seconds)
            peaks[name] = max(peaks[name], peak)
    return {name: (statistics.median(t), peaks[name]) for name, t in times.items()}


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{datetime.now(timezone.utc):%Y-%m-%d}, {cpu}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, defcoop {defcoop_cli.__version__}"
    )


def row(name: str, seconds: float, peak_kib: int, ratio: str = "", goal: str = "") -> str:
    return f"| {name} | {seconds * 1000:,.0f} ms | {peak_kib / 1024:,.0f} MB | {ratio} | {goal} |"


HEADER = "| command | median | peak memory | ratio | goal |\n|---|---:|---:|---:|---|"


def verdict(value: float, goal: float, lower_is_better: bool = True) -> str:
    met = value <= goal if lower_is_better else value >= goal
    return f"{value:.2f} × {'(met)' if met else '(NOT met)'}"


def startup(env: dict[str, str], rounds: int) -> str:
    py = sys.executable
    commands: dict[str, Command] = {
        "minimal.py (argparse + rapidfuzz)": (
            [py, str(HERE / "minimal.py"), "--facts", str(SHIPPED), "malabar"],
            env,
            None,
        ),
        "floor.py (bare Typer app)": ([py, str(HERE / "floor.py"), "search", "malabar"], env, None),
        "defcoop search malabar --json": ([DEFCOOP, "search", "malabar", "--json"], env, None),
    }
    for argv, run_env, _ in commands.values():
        timed(argv, run_env)  # the cache, and the page cache
    r = interleaved(commands, rounds)
    minimal, floor, ours = (r[n] for n in commands)
    return "\n".join(
        [
            HEADER,
            row("`minimal.py` (argparse + rapidfuzz)", *minimal),
            row("`floor.py` (a bare Typer app)", *floor),
            row(
                "`defcoop search malabar --json` ÷ minimal.py",
                *ours,
                verdict(ours[0] / minimal[0], 2.5),
                "≤ 2.5 ×",
            ),
            row(
                "`defcoop search malabar --json` ÷ floor.py",
                *ours,
                verdict(ours[0] / floor[0], 1.10),
                "≤ 1.10 ×",
            ),
        ]
    )


def base_query(fact_file: Path) -> list[str]:
    """Two words of a statement in the middle of the base, the second with two letters
    swapped: a query with answers and a typo."""
    facts = json.loads(fact_file.read_text(encoding="utf-8"))["facts"]
    words = [w for w in facts[len(facts) // 2]["statement"].rstrip(".").split() if len(w) > 5]
    first, second = words[0].lower(), words[1].lower()
    return [first, second[0] + second[2] + second[1] + second[3:]]


def warm_search(layers: list[Path], env: dict[str, str], rounds: int, label: str) -> list[str]:
    facts_args = [a for p in layers for a in ("--facts", str(p))]
    ours = [DEFCOOP, "--no-default-facts", *facts_args]
    query = base_query(layers[0])
    statements = layers[0].parent / "statements.txt"
    with statements.open("w", encoding="utf-8") as out:
        for layer in layers:
            for f in json.loads(layer.read_text(encoding="utf-8"))["facts"]:
                out.write(f["statement"] + "\n")
    commands: dict[str, Command] = {
        "shipped, typo query": ([DEFCOOP, "search", *TYPO_QUERY, "--json"], env, None),
        "shipped, base query": ([DEFCOOP, "search", *query, "--json"], env, None),
        "big, typo query": ([*ours, "search", *TYPO_QUERY, "--json"], env, None),
        "big, base query": ([*ours, "search", *query, "--json"], env, None),
        "big, facts --limit 10": ([*ours, "facts", "--limit", "10", "--json"], env, None),
        "fzf --filter": (["fzf", "--filter", " ".join(query)], env, statements),
    }
    time.sleep(2.1)  # fact files written just now are hashed on every run until they settle
    for argv, run_env, stdin in commands.values():
        timed(argv, run_env, stdin)  # build the index and point at it
        timed(argv, run_env, stdin)
    r = interleaved(commands, rounds)
    q = " ".join(query)
    goal = 1.5 if len(layers) > 1 else 1.3
    return [
        row(f"shipped: `search {' '.join(TYPO_QUERY)}`", *r["shipped, typo query"]),
        row(f"shipped: `search {q}`", *r["shipped, base query"]),
        row(
            f"{label}: `search {' '.join(TYPO_QUERY)}` ÷ shipped",
            *r["big, typo query"],
            verdict(r["big, typo query"][0] / r["shipped, typo query"][0], goal),
            f"≤ {goal} ×, ≤ 300 MB",
        ),
        row(
            f"{label}: `search {q}` ÷ shipped",
            *r["big, base query"],
            verdict(r["big, base query"][0] / r["shipped, base query"][0], goal),
            f"≤ {goal} ×, ≤ 300 MB",
        ),
        row(
            f"{label}: `search {q}` ÷ `fzf --filter`",
            *r["big, base query"],
            verdict(r["big, base query"][0] / r["fzf --filter"][0], 1.0),
            "< 1 ×",
        ),
        row(f"{label}: `fzf --filter '{q}'` on the statements", *r["fzf --filter"]),
        row(
            f"{label}: `facts --limit 10 --json` (a listing)",
            *r["big, facts --limit 10"],
            f"{r['big, facts --limit 10'][1] / max(1, r['big, base query'][1]):.2f} × search's",
            "≤ search's memory",
        ),
    ]


def cold_build(fact_file: Path, env: dict[str, str], work: Path) -> list[str]:
    py = sys.executable
    load = [py, "-c", "import json, sys; json.load(open(sys.argv[1], encoding='utf-8'))"]
    colds, loads = [], []
    for i in range(3):  # interleaved; a few rounds, these are slow
        cold_env = {**env, "XDG_CACHE_HOME": str(work / f"cold-{i}")}
        colds.append(
            timed(
                [DEFCOOP, "--no-default-facts", "--facts", str(fact_file), "search", *QUERY],
                cold_env,
            )
        )
        loads.append(timed([*load, str(fact_file)], env))
    cold = (statistics.median(c[0] for c in colds), max(c[1] for c in colds))
    base = (statistics.median(x[0] for x in loads), max(x[1] for x in loads))
    size_kib = fact_file.stat().st_size / 1024
    return [
        row(f"`json.load` of the file ({size_kib / 1024:,.0f} MB)", *base),
        row(
            "cold `defcoop search` ÷ json.load, time",
            *cold,
            verdict(cold[0] / base[0], 6),
            "≤ 6 ×",
        ),
        row(
            "cold `defcoop search` ÷ json.load, peak memory",
            *cold,
            verdict(cold[1] / base[1], 1.5),
            "≤ 1.5 ×",
        ),
        row(
            "cold `defcoop search` ÷ the file's size, peak memory",
            *cold,
            verdict(cold[1] / size_kib, 6),
            "≤ 6 ×",
        ),
    ]


def agreement(fact_file: Path, env: dict[str, str], queries: int = 60) -> str:
    """Run in a child so that it uses the benchmark's cache folder."""
    code = (
        "import json, sys, random\n"
        "from pathlib import Path\n"
        "from defcoop_cli.index.cache import open_index\n"
        "from defcoop_cli.factbase.loader import load\n"
        "from defcoop_cli.lookup.search.memory import SearchIndex\n"
        "from defcoop_cli.lookup.search.ranking import Filters, rank_facts\n"
        "from defcoop_cli.lookup.search.text import parse_query\n"
        "path = Path(sys.argv[1])\n"
        "disk, memory = open_index([path]), SearchIndex(load(path))\n"
        "words = list(memory.vocabulary().words())\n"
        "rng = random.Random(7)\n"
        "same = 0\n"
        f"for i in range({queries}):\n"
        "    terms = [rng.choice(words) for _ in range(rng.randint(1, 3))]\n"
        "    if i % 2 and len(terms[0]) > 4:\n"
        "        w = terms[0]; terms[0] = w[0] + w[2] + w[1] + w[3:]\n"
        "    q = parse_query(terms)\n"
        "    top = lambda index: [m.fact.id for m in rank_facts(index, q, Filters(), 10).matches]\n"
        "    same += top(disk) == top(memory)\n"
        "print(same)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(fact_file)], env=env, capture_output=True, text=True
    )
    if out.returncode:
        raise SystemExit(f"bench: agreement failed: {out.stderr[-500:]}")
    same = int(out.stdout.strip())
    share = same / queries
    return (
        f"Top 10 identical to the exhaustive in-memory ranking for {same} of {queries} "
        f"queries ({share:.0%}; goal ≥ 99%: {'met' if share >= 0.99 else 'NOT met'})."
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=11)
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--million", action="store_true", help="also ten layers of --size")
    args = parser.parse_args()
    # Installed packages have bytecode; a source checkout may not (PYTHONDONTWRITEBYTECODE).
    compileall.compile_dir(Path(defcoop_cli.__file__).parent, quiet=1)
    with tempfile.TemporaryDirectory(prefix="defcoop-bench-") as tmp:
        work = Path(tmp)
        env = {**os.environ, "XDG_CACHE_HOME": str(work / "cache")}
        for name in ("DEFCOOP_NO_CACHE", "DEFCOOP_FACTS", "DEFCOOP_NO_DEFAULT_FACTS"):
            env.pop(name, None)
        print(f"Measured {machine()}; medians of {args.rounds} interleaved rounds.\n")
        print("### Start-up, on the shipped fact base\n")
        print(startup(env, args.rounds), flush=True)
        layers = []
        for i in range(10 if args.million else 1):
            doc, texts = realistic(args.size, seed=1 + i, prefix=f"l{i}-" if i else "")
            layers.append(write_realistic(doc, texts, work / f"layer-{i}"))
            del doc, texts
        print(f"\n### Warm search, {args.size:,} realistic facts\n")
        print(HEADER)
        print("\n".join(warm_search(layers[:1], env, args.rounds, f"{args.size:,}")), flush=True)
        if args.million:
            print(f"\n### Warm search, ten layers of {args.size:,} realistic facts\n")
            print(HEADER)
            label = f"{10 * args.size:,} in 10 layers"
            print("\n".join(warm_search(layers, env, args.rounds, label)), flush=True)
        print(f"\n### Cold build, {args.size:,} realistic facts\n")
        print(HEADER)
        print("\n".join(cold_build(layers[0], env, work)), flush=True)
        print(f"\n### The engine against memory, {args.size:,} realistic facts\n")
        print(agreement(layers[0], env))


if __name__ == "__main__":
    main()
