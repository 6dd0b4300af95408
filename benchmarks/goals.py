"""Issue 26's search, start-up and cold-build goals in ONE interleaved run: one table.

    python benchmarks/goals.py --big DIR/facts.json --million DIR [--rounds 11]
                               [--before SRC --before-cache DIR]

Every round runs every command once, in turn (A B C … A B C …), so a machine whose load
moves slows all alike; each figure is a median over the rounds, each ratio divides two
medians of the same run. The commands are scale.py's and ratios.py's (their helpers are
imported, not copied):

- start-up on the shipped base: `defcoop search malabar` into a pipe, `--json`, and
  `validate`, against benchmarks/minimal.py (argparse + json + rapidfuzz): CPU ≤ 2.3 ×,
  ≤ 2.0 ×, ≤ 3 ×;
- warm search of one, two and three words with typos at 100,000 realistic facts (`--big`,
  laid over the shipped base) against the same search on the shipped base: CPU ≤ 1.3 ×;
  and against `fzf --filter` on the same statements: wall < 1 ×;
- the same searches at a million facts in ten layers (`--million`: DIR/l0 … DIR/l9):
  CPU ≤ 1.5 × the shipped base's;
- the cold build at 100,000 facts (an empty cache each run, `search exercize`) against
  `json.load` of the file: CPU ≤ 6 × (wall beside it), with its peak memory;
- no goal, reported: a pasted report sentence of 25 words (LONG, read as a passage:
  lookup/search/reading/registers.py) at 100,000 and at a million against the shipped base.

Medians are (wall, CPU, peak KiB); `--raw FILE` keeps them all.

`--before SRC` (a `git archive` of another commit's src/ and data/) runs the searches, the
start-up commands and the cold build from it too, in the same rounds, with its own index
cache (`--before-cache`): what a change bought. Index caches are warmed before the first
round (the million's takes about a minute a tree).
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import platform
import shutil
import sys
import tempfile
from datetime import datetime, timezone
from pathlib import Path

from ratios import DEFCOOP, HERE, PY, QUERIES, ROOT, SHIPPED
from scale import RUNNER, Run, env_for, medians, run, statements

Command = tuple[list[str], dict[str, str], "Path | None"]
# A sentence as a reader pastes it from a report, one quoted argument (written for this
# benchmark): 25 words.
LONG = (
    "Defence ministers of India and Japan agreed on Tuesday to deepen cooperation on joint "
    "military exercises and defence equipment, officials said after talks in Delhi"
)


def _commands(args: argparse.Namespace, work: Path) -> dict[str, Command]:
    shipped = dict(env_for(), DEFCOOP_FACTS="")
    big = env_for(SHIPPED, args.big)
    layers = [args.million / f"l{i}" / "facts.json" for i in range(10)]
    million = env_for(*layers)
    # another checkout's own shipped base is another file: only this one is listed
    old_big = dict(big, DEFCOOP_NO_DEFAULT_FACTS="1")
    trees = {"": ([DEFCOOP], {})}
    if args.before:
        old = {"PYTHONPATH": str(args.before), "XDG_CACHE_HOME": str(args.before_cache)}
        trees["before: "] = ([PY, "-c", RUNNER], old)
    lines = statements([SHIPPED, args.big], work / "statements.txt")
    found: dict[str, Command] = {
        "minimal": (
            [PY, str(HERE / "minimal.py"), "--facts", str(SHIPPED), "malabar"],
            shipped,
            None,
        )
    }
    for label, (argv, extra) in trees.items():
        for name, line in (
            ("search", ["search", "malabar"]),
            ("search --json", ["search", "malabar", "--json"]),
            ("validate", ["validate"]),
        ):
            found[f"{label}start: {name}"] = ([*argv, *line], dict(shipped, **extra), None)
    for q in QUERIES:
        words = " ".join(q)
        found[f"fzf: {words}"] = (["fzf", "--filter", words], shipped, lines)
        for label, (argv, extra) in trees.items():
            on_big = old_big if label else big
            for base, env in (("shipped", shipped), ("100k", on_big), ("1M", million)):
                found[f"{label}{base}: {words}"] = ([*argv, "search", *q], dict(env, **extra), None)
    for label, (argv, extra) in trees.items():
        on_big = old_big if label else big
        for base, env in (("shipped", shipped), ("100k", on_big), ("1M", million)):
            found[f"{label}{base}: long"] = ([*argv, "search", LONG], dict(env, **extra), None)
    return found


def _cold(args: argparse.Namespace, work: Path, label: str, argv: list[str]) -> Run:
    """One cold build: `search exercize` over the 100,000 facts alone, an empty cache."""
    cache = work / "cold"
    env = env_for(cache=cache)
    if label:
        env["PYTHONPATH"] = str(args.before)
    try:
        return run(
            [*argv, "--no-default-facts", "--facts", str(args.big), "search", "exercize"], env
        )
    finally:
        shutil.rmtree(cache, ignore_errors=True)


def measure(args: argparse.Namespace, work: Path) -> dict[str, tuple[float, float, int]]:
    commands = _commands(args, work)
    colds = {"": [DEFCOOP], **({"before: ": [PY, "-c", RUNNER]} if args.before else {})}
    load = [PY, "-c", "import json, sys; json.load(open(sys.argv[1], encoding='utf-8'))"]
    for argv, env, stdin in commands.values():  # warm: every index built, files read
        run(argv, env, stdin)
    runs: dict[str, list[Run]] = {name: [] for name in [*commands, "json.load"]}
    runs.update({f"{label}cold": [] for label in colds})
    for _ in range(args.rounds):
        for name, (argv, env, stdin) in commands.items():
            runs[name].append(run(argv, env, stdin))
        for label, argv in colds.items():
            runs[f"{label}cold"].append(_cold(args, work, label, argv))
        runs["json.load"].append(run([*load, str(args.big)], env_for()))
    return medians(runs)


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:,.0f} ms"


def table(m: dict[str, tuple[float, float, int]], before: bool) -> list[str]:
    out = ["| goal | figure | before | met? |", "|---|---|---|---|"]

    def row(goal: str, key: str, base: str, limit: float, k: int, what: str) -> None:
        """key ÷ base by field k (0 wall, 1 CPU), and the same for the before tree."""
        ratio = m[key][k] / m[base][k]
        old = ""
        if before and f"before: {key}" in m:
            b_base = f"before: {base}" if f"before: {base}" in m else base
            old = f"{m[f'before: {key}'][k] / m[b_base][k]:.2f} × ({_ms(m[f'before: {key}'][k])})"
        verdict = "met" if ratio < limit or (limit != 1.0 and ratio <= limit) else "**not met**"
        if limit == float("inf"):  # a row with no goal is only reported
            verdict = "reported"
        figure = f"{ratio:.2f} × ({_ms(m[key][k])} against {_ms(m[base][k])} {what})"
        out.append(f"| {goal} | {figure} | {old} | {verdict} |")

    for name, limit in (("search", 2.3), ("search --json", 2.0), ("validate", 3.0)):
        row(f"start-up: `{name}` ≤ {limit} × the floor (CPU)", f"start: {name}", "minimal",
            limit, 1, "minimal.py")  # fmt: skip
    for q in QUERIES:
        words = " ".join(q)
        row(f"100,000: `search {words}` ≤ 1.3 × shipped (CPU)", f"100k: {words}",
            f"shipped: {words}", 1.3, 1, "shipped")  # fmt: skip
    for q in QUERIES:
        words = " ".join(q)
        row(f"100,000: `search {words}` < 1 × `fzf --filter` (wall)", f"100k: {words}",
            f"fzf: {words}", 1.0, 0, "fzf's")  # fmt: skip
        cpu = f"CPU {_ms(m[f'100k: {words}'][1])} against fzf's {_ms(m[f'fzf: {words}'][1])}"
        out.append(f"| (the same, CPU) | {cpu} | | |")
    for q in QUERIES:
        words = " ".join(q)
        row(f"1,000,000: `search {words}` ≤ 1.5 × shipped (CPU)", f"1M: {words}",
            f"shipped: {words}", 1.5, 1, "shipped")  # fmt: skip
    for base in ("100k", "1M"):
        row(f"(no goal) {base}: a pasted sentence of {len(LONG.split())} words ÷ shipped (CPU)",
            f"{base}: long", "shipped: long", float("inf"), 1, "shipped")  # fmt: skip
    for k, unit in ((1, "CPU"), (0, "wall")):
        row(f"cold build at 100,000 ≤ 6 × `json.load` ({unit})", "cold", "json.load", 6.0, k,
            "json.load's")  # fmt: skip
    peak = f"{m['cold'][2] / 1024:,.0f} MB, json.load {m['json.load'][2] / 1024:,.0f} MB"
    out.append(f"| (the cold build's peak memory) | {peak} | | |")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--big", type=Path, required=True, help="a 100,000-fact facts.json")
    parser.add_argument("--million", type=Path, required=True, help="ten layers l0 … l9")
    parser.add_argument("--rounds", type=int, default=11)
    parser.add_argument("--before", type=Path, help="src/ of another checkout")
    parser.add_argument("--before-cache", type=Path, help="the index cache of --before")
    parser.add_argument("--raw", type=Path, help="write every median here, as JSON")
    args = parser.parse_args()
    for folder in (ROOT / "src", HERE, *([args.before] if args.before else [])):
        compileall.compile_dir(folder, quiet=1)
    began, load0 = datetime.now(timezone.utc), os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="defcoop-goals-") as tmp:
        m = measure(args, Path(tmp))
    ended, load1 = datetime.now(timezone.utc), os.getloadavg()[0]
    if args.raw:
        args.raw.write_text(json.dumps(m, indent=1), encoding="utf-8")
    cpu = platform.processor() or platform.machine()
    print(f"{began:%Y-%m-%d %H:%M}–{ended:%H:%M} UTC, load average {load0:.1f} → {load1:.1f};")
    print(f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()};")
    print(f"medians of {args.rounds} interleaved rounds.\n")
    print("\n".join(table(m, args.before is not None)))


if __name__ == "__main__":
    sys.exit(main())
