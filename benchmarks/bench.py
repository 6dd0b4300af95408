"""Time defcoop against the Typer floor and against fzf, rg and jq; print Markdown tables.

    python benchmarks/bench.py [--rounds 21] [--sizes 1000,10000,100000]

Every figure is a median over rounds in which each command runs once, in turn with its
baseline, so a machine that slows down or speeds up during the run affects both alike.
Peak memory is the child's maximum resident set size (wait4). Warm runs use a cache
built beforehand; cold runs start from an empty cache. The script needs the project
installed (`pip install -e .`), and fzf, ripgrep, jq and GNU time (/usr/bin/time) on the
machine.
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

from generate import generate, write

import defcoop_cli

HERE = Path(__file__).resolve().parent
DEFCOOP = shutil.which("defcoop") or str(Path(sys.executable).with_name("defcoop"))
QUERY = ["malabr", "exercise"]
SAME_RESULT_QUERIES = [["malabr", "exercise"], ["pahalgham"], ["US"], ["law", "of", "the", "sea"]]


# GNU time reports the peak memory of the command alone. A child forked from this Python
# process would report this process's size as its own peak (Linux keeps the larger of the
# two across exec), so wait4's figure is not used.
GNU_TIME = "/usr/bin/time"


def timed(argv: Sequence[str], env: dict[str, str], stdin: Path | None = None) -> tuple[float, int]:
    """Wall seconds and peak RSS (KiB) of one run; the run must succeed."""
    with (
        tempfile.NamedTemporaryFile("r", suffix=".rss") as rss,
        open(stdin or os.devnull, "rb") as feed,
    ):
        wrapped = [GNU_TIME, "-f", "%M", "-o", rss.name, *argv]
        start = time.perf_counter()
        proc = subprocess.run(
            wrapped,
            stdin=feed,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            env=env,
            check=False,
        )
        elapsed = time.perf_counter() - start
        peak = rss.read().strip().splitlines()
    if proc.returncode not in (0, 1):  # fzf and rg exit 1 when nothing matches
        raise SystemExit(
            f"bench: {' '.join(argv)} failed ({proc.returncode}): {proc.stderr[-300:]!r}"
        )
    return elapsed, int(peak[-1]) if peak and peak[-1].isdigit() else 0


def interleaved(
    commands: dict[str, tuple[list[str], dict[str, str], Path | None]], rounds: int
) -> dict[str, tuple[float, int]]:
    """Median seconds and peak KiB per command, over rounds that run each command in turn."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    peaks: dict[str, int] = dict.fromkeys(commands, 0)
    for _ in range(rounds):
        for name, (argv, env, stdin) in commands.items():
            seconds, peak = timed(argv, env, stdin)
            times[name].append(seconds)
            peaks[name] = max(peaks[name], peak)
    return {name: (statistics.median(times[name]), peaks[name]) for name in commands}


def floor_table(env: dict[str, str], rounds: int) -> str:
    py = sys.executable
    real = {**env, "DEFCOOP_FACTS": str(HERE.parent / "data" / "facts.json")}
    commands = {
        "floor: search --json": (
            [py, str(HERE / "floor.py"), "search", "malabar", "--json"],
            real,
            None,
        ),
        "defcoop search malabar --json": ([DEFCOOP, "search", "malabar", "--json"], real, None),
        "floor with rich: search": (
            [py, str(HERE / "floor_rich.py"), "search", "malabar"],
            real,
            None,
        ),
        "defcoop search malabar": ([DEFCOOP, "search", "malabar"], real, None),
        "defcoop brief": ([DEFCOOP, "brief"], real, None),
    }
    for argv, run_env, _ in commands.values():
        timed(argv, run_env)  # warm the cache and the page cache
    result = interleaved(commands, rounds)
    floor, floor_rich = result["floor: search --json"][0], result["floor with rich: search"][0]
    baseline = {
        "defcoop search malabar --json": (floor, "1.10"),
        "defcoop search malabar": (floor_rich, "1.10"),
        "defcoop brief": (floor_rich, "none set"),
    }
    lines = [
        "| command | median | × its floor | goal |",
        "|---|---:|---:|---|",
    ]
    for name, (seconds, _) in result.items():
        base, goal = baseline.get(name, (seconds, ""))
        ratio = f"{seconds / base:.2f}" if name in baseline else ""
        lines.append(f"| `{name}` | {seconds * 1000:.0f} ms | {ratio} | {goal} |")
    return "\n".join(lines)


def search_results(argv: list[str], env: dict[str, str]) -> list[tuple[str, float]]:
    proc = subprocess.run(argv, capture_output=True, env=env, check=False)
    return [(r["id"], r["score"]) for r in json.loads(proc.stdout)["results"]]


def size_rows(size: int, work: Path, env: dict[str, str], rounds: int) -> list[str]:
    facts = write(generate(size), work / str(size))
    statements = work / f"{size}.txt"
    data = json.loads(facts.read_text(encoding="utf-8"))
    statements.write_text("".join(f["statement"] + "\n" for f in data["facts"]), encoding="utf-8")
    cache = work / f"cache-{size}"
    warm_env = {**env, "XDG_CACHE_HOME": str(cache)}
    search = [DEFCOOP, "--facts", str(facts), "search", *QUERY, "--json"]

    # Cold: an empty cache each time (a few rounds: these are slow at 100k).
    cold: list[float] = []
    cold_peak = 0
    for i in range(3):
        seconds, peak = timed(search, {**env, "XDG_CACHE_HOME": str(work / f"cold-{size}-{i}")})
        cold.append(seconds)
        cold_peak = max(cold_peak, peak)
    timed(search, warm_env)  # build the cache the warm runs use
    time.sleep(2.1)  # let the fact file settle, so runs trust its fingerprint
    timed(search, warm_env)

    no_cache = {**env, "DEFCOOP_NO_CACHE": "1"}
    same = all(
        search_results(
            [DEFCOOP, "--facts", str(facts), "search", *q, "--json", "-n", "50"], warm_env
        )
        == search_results(
            [DEFCOOP, "--facts", str(facts), "search", *q, "--json", "-n", "50"], no_cache
        )
        for q in SAME_RESULT_QUERIES
    )
    commands = {
        "defcoop (warm)": (search, warm_env, None),
        "fzf --filter": (["fzf", "--filter", " ".join(QUERY)], env, statements),
        "rg -i": (["rg", "-i", "malabar", str(facts)], env, None),
        "jq": (
            ["jq", '[.facts[] | select(.statement | test("malabar"; "i")) | .id]', str(facts)],
            env,
            None,
        ),
    }
    result = interleaved(commands, rounds)
    rows = [
        f"| {size:,} | `defcoop search {' '.join(QUERY)} --json`, cold | "
        f"{statistics.median(cold):.2f} s | {cold_peak / 1024:.0f} MB | |"
    ]
    for name, (seconds, peak) in result.items():
        note = (
            f"same results as in memory: {'yes' if same else 'NO'}"
            if name.startswith("defcoop")
            else ""
        )
        label = (
            f"`defcoop search {' '.join(QUERY)} --json`, warm"
            if name.startswith("defcoop")
            else f"`{name}`"
        )
        rows.append(f"| {size:,} | {label} | {seconds:.3f} s | {peak / 1024:.0f} MB | {note} |")
    return rows


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=21)
    parser.add_argument("--sizes", default="1000,10000,100000")
    args = parser.parse_args()
    # Installed packages have bytecode; a source checkout may not (PYTHONDONTWRITEBYTECODE).
    compileall.compile_dir(Path(defcoop_cli.__file__).parent, quiet=1)
    with tempfile.TemporaryDirectory(prefix="defcoop-bench-") as tmp:
        work = Path(tmp)
        env = {**os.environ, "XDG_CACHE_HOME": str(work / "cache")}
        env.pop("DEFCOOP_NO_CACHE", None)
        print(f"Measured {machine()}; medians of {args.rounds} interleaved rounds.\n")
        print("### Start-up, on the shipped fact base\n")
        print(floor_table(env, args.rounds))
        print("\n### Search at scale\n")
        print("| facts | command | median | peak memory | note |")
        print("|---:|---|---:|---:|---|")
        for size in (int(s) for s in args.sizes.split(",") if s):
            for row in size_rows(size, work, env, args.rounds):
                print(row, flush=True)


if __name__ == "__main__":
    main()
