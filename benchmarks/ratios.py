"""Issue 26's goals as one table of ratios, from one interleaved run.

    python benchmarks/ratios.py [--rounds 7] [--size 100000] [--base DIR] [--before SRC]
                                [--start-up]

Every round runs every command once, in turn (A B C ... A B C ...), so a machine that
slows down or speeds up affects all alike; each figure is the median over the rounds. Time
is the command's CPU time (user + system, from the operating system's accounting of the
finished child): on a shared machine wall time moves with the other load, CPU time much
less. Each ratio divides two medians of the same run.

- Start-up on the shipped base: `defcoop search malabar` into a pipe, `--json`, and
  `validate`, against benchmarks/minimal.py (argparse + json + rapidfuzz ranking the same
  file). Goals: ≤ 2.3×, ≤ 2.0×, ≤ 3×.
- At `size` realistic facts (generate.py --realistic; made under --base if missing), on
  top of the shipped base, warm: brief, validate (of the top layer), facts --topic,
  entities, each against the same command on the shipped base (≤ 3×); search of one, two
  and three words with typos against the same search on the shipped base (≤ 1.3×).
- --before SRC: the same start-up commands, and the brief at `size`, run from another
  checkout's src/ (a `git archive` of the commit before, src/ and data/: the shipped base
  is found beside src/), to show what a change bought; with an index cache of their own
  (under --base): an index of another format would be rebuilt over the current one's.

--start-up: the start-up commands only (and their --before runs), without the big base.

Needs the project installed (`pip install -e .`) and /usr/share/dict/words for the big base.
Python's bytecode is compiled first (a PYTHONDONTWRITEBYTECODE environment would otherwise
compile every module on every run).
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
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SHIPPED = ROOT / "data" / "facts.json"
DEFCOOP = shutil.which("defcoop") or str(Path(sys.executable).with_name("defcoop"))
PY = sys.executable
QUERIES = (["exercize"], ["militray", "exercise"], ["joint", "militray", "exercize"])


def cpu_seconds(argv: list[str], env: dict[str, str]) -> float:
    """User + system seconds of one run, its output thrown away."""
    with open(os.devnull, "wb") as null:
        child = subprocess.Popen(argv, stdout=null, stderr=null, stdin=subprocess.DEVNULL, env=env)
        _, status, usage = os.wait4(child.pid, 0)
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(f"failed: {' '.join(argv)}")
    return usage.ru_utime + usage.ru_stime


def interleaved(commands: dict[str, tuple[list[str], dict[str, str]]], rounds: int) -> dict:
    for argv, env in commands.values():  # warm: the index cache built, files in the page cache
        cpu_seconds(argv, env)
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(rounds):
        for name, (argv, env) in commands.items():
            times[name].append(cpu_seconds(argv, env))
    return {name: statistics.median(t) for name, t in times.items()}


def env_for(*layers: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DEFCOOP_")}
    env["DEFCOOP_FACTS"] = os.pathsep.join(str(p) for p in layers)
    return env


def big_base(size: int, base: Path) -> Path:
    folder = base / f"realistic-{size}"
    if not (folder / "facts.json").exists():
        gen = [PY, str(HERE / "generate.py"), str(size), str(folder), "--realistic"]
        subprocess.run(gen, check=True)
    return folder / "facts.json"


def first_id(path: Path, part: str) -> str:
    return str(json.loads(path.read_text(encoding="utf-8"))[part][0]["id"])


def at_scale(args: argparse.Namespace, start: dict, shipped: dict, cache: dict) -> dict:
    """The commands at args.size facts and on the shipped base (the --before brief goes
    into start)."""
    big = big_base(args.size, args.base)
    topic_small, topic_big = first_id(SHIPPED, "topics"), first_id(big, "topics")
    on_big = env_for(big)
    scale = {}
    if args.before:
        old_big = dict(on_big, PYTHONPATH=str(args.before), **cache)
        start[f"before: {args.size:,}: brief"] = ([PY, "-c", runner_code(), "brief"], old_big)
    for name, argv, argv_big in (
        ("brief", ["brief"], ["brief"]),
        ("validate (top layer)", ["validate"], ["validate"]),
        ("facts --topic", ["facts", "--topic", topic_small], ["facts", "--topic", topic_big]),
        ("entities", ["entities"], ["entities"]),
        *((f"search {' '.join(q)}", ["search", *q], ["search", *q]) for q in QUERIES),
    ):
        scale[f"shipped: {name}"] = ([DEFCOOP, *argv], shipped)
        scale[f"{args.size:,}: {name}"] = ([DEFCOOP, *argv_big], on_big)
    return scale


def runner_code() -> str:
    """defcoop's console script, run by `python -c` from another checkout's src/."""
    return "import sys; sys.argv[0] = 'defcoop'; from defcoop_cli.cli.entry import main; main()"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--base", type=Path, default=Path("/tmp/defcoop-bench"))
    parser.add_argument("--before", type=Path, help="src/ of another checkout, for start-up")
    parser.add_argument("--start-up", action="store_true", help="the start-up commands only")
    args = parser.parse_args()
    for folder in (ROOT / "src", HERE, *([args.before] if args.before else [])):
        compileall.compile_dir(folder, quiet=1)
    shipped = env_for()
    shipped["DEFCOOP_FACTS"] = ""
    minimal = [PY, str(HERE / "minimal.py"), "--facts", str(SHIPPED), "malabar"]
    start = {
        "minimal": (minimal, shipped),
        "search": ([DEFCOOP, "search", "malabar"], shipped),  # into a pipe
        "search --json": ([DEFCOOP, "search", "malabar", "--json"], shipped),
        "validate": ([DEFCOOP, "validate"], shipped),
    }
    runner = runner_code()
    cache = {"XDG_CACHE_HOME": str(args.base / "before-cache")}
    if args.before:
        old = dict(shipped, PYTHONPATH=str(args.before), **cache)
        for name in ("search", "search --json", "validate"):
            start[f"before: {name}"] = ([PY, "-c", runner, *start[name][0][1:]], old)
    scale = {} if args.start_up else at_scale(args, start, shipped, cache)
    medians = interleaved({**start, **scale}, args.rounds)
    when = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    cpu = platform.processor() or platform.machine()
    print(f"{when}, {cpu}, {os.cpu_count()} cores, Python {platform.python_version()};")
    print(f"CPU time, medians of {args.rounds} interleaved rounds.\n")
    print("| command | median CPU | ratio | goal |")
    print("|---|---:|---:|---|")
    floor = medians["minimal"]
    print(f"| minimal.py (argparse + rapidfuzz) | {floor * 1000:.0f} ms | | |")
    goals = {"search": 2.3, "search --json": 2.0, "validate": 3.0}
    for name, goal in goals.items():
        for label, shown in ((name, ""), (f"before: {name}", "before: ")):
            if label in medians:
                r = medians[label] / floor
                verdict = "met" if r <= goal else "NOT met"
                row = f"| {shown}`defcoop {name}` ÷ minimal.py | {medians[label] * 1000:.0f} ms "
                print(row + f"| {r:.2f} × ({verdict}) | ≤ {goal} × |")
    if args.before and not args.start_up:
        then, now = medians[f"before: {args.size:,}: brief"], medians[f"{args.size:,}: brief"]
        ratio = f"{then / now:.1f} × now"
        print(f"| before: `brief` at {args.size:,} | {then * 1000:,.0f} ms | {ratio} | |")
    for name in scale:
        if not name.startswith("shipped: "):
            continue
        what = name.removeprefix("shipped: ")
        goal = 1.3 if what.startswith("search") else 3.0
        r = medians[f"{args.size:,}: {what}"] / medians[name]
        verdict = "met" if r <= goal else "NOT met"
        print(
            f"| `{what}` at {args.size:,} ÷ shipped ({medians[name] * 1000:.0f} ms) "
            f"| {medians[f'{args.size:,}: {what}'] * 1000:,.0f} ms | {r:.2f} × ({verdict}) "
            f"| ≤ {goal} × |"
        )


if __name__ == "__main__":
    main()
