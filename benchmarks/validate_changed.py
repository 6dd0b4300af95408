"""Issue 26's goals for `validate` of a top layer, changed or not, from one interleaved run.

    python benchmarks/validate_changed.py --big DIR/facts.json [--million DIR] [--rounds 5]
                                          [--base DIR] [--before SRC]

What validate keeps of a layer, in a cache folder this run starts empty: its records
(`validated-<sha256>.json`, named by its bytes: index/checked/validated.py), its sources' coverage
(`coverage-<sha256>.json`, named by each source's text and its facts' spans), its clean
report (`verdict-<sha256>.json`, named by the chain of layers and trusted while every file
it read has the fingerprint it had: index/checked/verdicts.py) and the bytes that report was of
(`edits-<sha256>.bin`, named as the verdict: index/checked/edits.py). Each layer's entries are
found as those its first run added, the layers under it validated alone beforehand.
Before each run of a command, some of the checked layer's entries are removed, or the
layer edited:

- "unchanged": none. The layer is known valid by its files' fingerprints, read not at all.
- "touched, no byte changed": its verdict, as after a touch or a save of the same text:
  the file is read, and set against the bytes kept.
- "edited, a statement": a copy of the layer (beside copies of its sources), one fact's
  statement (the middle fact's) rewritten before each run with words never used before:
  what a curator's edit and `validate` do. The copy is validated once first (its entries
  made), then left two seconds, so that its sources have settled.
- "full check": its verdict, its records and its kept bytes, as for an edit that moved no
  span but had the layer checked in full (its sources' coverage found); the layers under
  it unchanged. (Before the twelfth session this row was named "changed".)
- "first": all four, as for a layer never validated, or an edit that moved spans in every
  source.

Rows:

- The floor, at 100,000 facts: a Python process that reads the file's bytes (the cheapest
  read there is), and one that json.loads it, with the cyclic collector on and off (as
  validate parses): what any validate that reads the changed layer must at least do,
  against the shipped base's changed run.
- The shipped base alone, each way (the references the goals divide by: the same
  command on the shipped base).
- At 100,000 facts (`--big`, generate.py 100000 --realistic) laid over the shipped base:
  validate of the top layer, each way. Goal: ≤ 3 × the same on the shipped base; the
  edited row is divided both by the shipped base's full check (the issue's reference, as
  every session measured "changed") and by the same edit of the shipped base.
- At a million facts in ten layers (`--million`: DIR/l0 … DIR/l9, each generate.py 100000
  --realistic --seed N --prefix lN-): validate of the top layer over the other nine,
  unchanged and changed. Goal: changed ≤ 15 s.
- `--before SRC`: the same commands run from another checkout's src/ (a `git archive`
  of the commit before, src/ and data/), with a cache folder of their own, in the same
  rounds.

Every round runs every command once, in turn; figures are medians of CPU time (user +
system of the finished child) with wall time and peak memory beside them.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import platform
import shutil
import statistics
import sys
import time
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scale import DEFCOOP, RUNNER, Run, run

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
Command = tuple[list[str], dict[str, str], Callable[[], None]]


KINDS = (
    "validated",
    "coverage",
    "verdict",
    "edits",
)  # what validate keeps (index/checked/validated.py, verdicts.py, edits.py)


def entries(cache: Path, kinds: tuple[str, ...]) -> set[str]:
    folder = cache / "defcoop"
    return {p.name for kind in kinds for p in folder.glob(f"{kind}-*.*")}


def forgetting(cache: Path, names: set[str]) -> Callable[[], None]:
    """Before a run: the top layer's entries (names) removed, as if it had just changed."""

    def forget() -> None:
        for name in names:
            (cache / "defcoop" / name).unlink(missing_ok=True)

    return forget


def keeping() -> None:
    """Before an unchanged run: nothing to do."""


def env_for(layers: list[Path], cache: Path, src: Path | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DEFCOOP_")}
    env["DEFCOOP_FACTS"] = os.pathsep.join(str(p) for p in layers)
    env["XDG_CACHE_HOME"] = str(cache)
    if src is not None:
        env["PYTHONPATH"] = str(src)
    return env


def argv_for(src: Path | None) -> list[str]:
    return [DEFCOOP, "validate"] if src is None else [sys.executable, "-c", RUNNER, "validate"]


def floors(big: Path) -> dict[str, Command]:
    """What any validate that reads the 100,000-fact layer must at least do: read its bytes
    (the cheapest read there is), and parse them (json.load)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("DEFCOOP_")}
    load = "import json, sys; json.load(open(sys.argv[1], encoding='utf-8'))"
    code = {
        "read its bytes": "import sys; open(sys.argv[1], 'rb').read()",
        "json.load": load,
        # validate parses with the cyclic collector off (loader.no_cycle_collection): its
        # floor; with the collector on, json.load takes about twice as long.
        "json.load, collector off": f"import gc; gc.disable(); {load}",
    }
    return {
        f"floor: 100,000, {name}": ([sys.executable, "-c", c, str(big)], env, keeping)
        for name, c in code.items()
    }


def commands_for(args: argparse.Namespace, label: str, src: Path | None) -> dict[str, Command]:
    """The commands of one checkout (src None: this one), its cache warmed."""
    cache = args.base / f"cache-{label}"
    shutil.rmtree(cache, ignore_errors=True)  # each entry made by this run, and known
    argv = argv_for(src)
    stacks = {"shipped": [], "100,000": [args.big]}
    if args.million:
        stacks["1,000,000"] = [args.million / f"l{i}" / "facts.json" for i in range(10)]
    found: dict[str, Command] = {}
    for name, layers in stacks.items():
        if layers:  # the layers under the top one, validated once: their entries made
            run(argv, env_for(layers[:-1], cache, src))
        under = entries(cache, KINDS)
        env = env_for(layers, cache, src)
        run(argv, env)
        top = entries(cache, KINDS) - under
        verdict = {n for n in top if n.startswith("verdict-")}
        kept = {n for n in top if n.startswith(("validated-", "edits-"))}
        found[f"{label}: {name}, unchanged"] = (argv, env, keeping)
        if name != "1,000,000":
            found[f"{label}: {name}, touched, no byte changed"] = (
                argv,
                env,
                forgetting(cache, verdict),
            )
        if name != "1,000,000":
            found[f"{label}: {name}, edited, a statement"] = editing(args, label, name, src)
        found[f"{label}: {name}, full check"] = (argv, env, forgetting(cache, verdict | kept))
        if name == "100,000":
            found[f"{label}: {name}, first"] = (argv, env, forgetting(cache, top))
    return found


def editing(args: argparse.Namespace, label: str, name: str, src: Path | None) -> Command:
    """A copy of the layer (the shipped base's, or --big's), validated once in a cache of
    its own, and an edit of its middle fact's statement before each run."""
    from defcoop_cli.factbase.layers import default_factbase_path
    from defcoop_cli.index.checked.edits import fact_offsets

    layer = default_factbase_path() if name == "shipped" else args.big
    folder = args.base / f"edited-{label}-{name.replace(',', '')}"
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(Path(layer).parent, folder)
    path, cache = folder / Path(layer).name, args.base / f"cache-{label}-{folder.name}"
    shutil.rmtree(cache, ignore_errors=True)
    original = path.read_bytes()
    offsets = fact_offsets(original)
    assert offsets is not None
    at = len(offsets) // 4 * 2  # the middle fact
    start, end = offsets[at], offsets[at + 1]
    fact, rounds = json.loads(original[start:end]), [0]
    argv, env = argv_for(src), env_for([path], cache, src)
    if name == "shipped":  # the copy in the shipped base's place; --big's over it
        env["DEFCOOP_NO_DEFAULT_FACTS"] = "1"
    time.sleep(2.1)  # the copied sources settled: the check's bytes are kept
    run(argv, env)

    def edit() -> None:
        rounds[0] += 1
        words = f"Edited in round {rounds[0]}: {fact['statement']}"
        text = json.dumps({**fact, "statement": words}, ensure_ascii=False).encode()
        path.with_suffix(".tmp").write_bytes(original[:start] + text + original[end:])
        os.replace(path.with_suffix(".tmp"), path)

    return argv, env, edit


def interleaved(commands: dict[str, Command], rounds: int) -> dict[str, Run]:
    runs: dict[str, list[Run]] = {name: [] for name in commands}
    for _ in range(rounds):
        for name, (argv, env, prepare) in commands.items():
            prepare()
            runs[name].append(run(argv, env))
    return {
        name: (
            statistics.median(r[0] for r in found),
            statistics.median(r[1] for r in found),
            max(r[2] for r in found),
        )
        for name, found in runs.items()
    }


def _figure(m: dict[str, Run], label: str, name: str, wall: float, cpu: float) -> tuple[str, str]:
    """A row's ratio (or figure) and its goal."""
    if label == "floor":
        return f"{cpu / m['now: shipped, full check'][1]:.1f} × shipped full check", ""
    if name.endswith("1,000,000, full check"):
        return f"{wall:.1f} s wall ({'met' if wall <= 15 else 'NOT met'})", "≤ 15 s"
    if "100,000, " not in name:
        return "", ""
    case = name.split("100,000, ")[-1]
    refs = {"full check": ["unchanged", "full check"], "first": ["unchanged", "full check"]}
    refs["edited, a statement"] = ["full check", "edited, a statement"]
    ratios = []
    for ref in refs.get(case, [case]):
        ratio = cpu / m[f"{label}: shipped, {ref}"][1]
        ratios.append(f"{ratio:.1f} × shipped {ref} ({'met' if ratio <= 3 else 'NOT met'})")
    return "; ".join(ratios), "" if case == "first" else "≤ 3 ×"


def table(m: dict[str, Run], labels: list[str]) -> list[str]:
    out = [
        "| command | CPU | wall | peak memory | ratio / figure | goal |",
        "|---|---:|---:|---:|---:|---|",
    ]
    for label in labels:
        for name, (wall, cpu, peak) in m.items():
            if not name.startswith(f"{label}: "):
                continue
            figure, goal = _figure(m, label, name, wall, cpu)
            out.append(f"{cells(name, (wall, cpu, peak))}| {figure} | {goal} |")
    return out


def cells(name: str, r: Run) -> str:
    """A row's first cells: the command, its CPU, wall time and peak memory."""
    return f"| {name} | {r[1] * 1000:,.0f} ms | {r[0] * 1000:,.0f} ms | {r[2] // 1024} MB "


def heading(rounds: int) -> str:
    """When, where and how the table was measured (the machine's load at the end)."""
    when = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    cpu = platform.processor() or platform.machine()
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return (
        f"{when}, {cpu}, {os.cpu_count()} cores, Python {platform.python_version()};\n"
        f"medians of {rounds} interleaved rounds; load average at the end {load}.\n"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--big", type=Path, required=True, help="a 100,000-fact facts.json")
    parser.add_argument("--million", type=Path, help="a folder of ten layers l0 … l9")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--base", type=Path, default=Path("/tmp/defcoop-bench"))
    parser.add_argument("--before", type=Path, help="src/ of another checkout")
    args = parser.parse_args()
    for folder in (ROOT / "src", *([args.before] if args.before else [])):
        compileall.compile_dir(folder, quiet=1)
    commands = floors(args.big) | commands_for(args, "now", None)
    if args.before:
        commands.update(commands_for(args, "before", args.before))
    m = interleaved(commands, args.rounds)
    print(heading(args.rounds))
    print("\n".join(table(m, ["floor", "now", "before"] if args.before else ["floor", "now"])))


if __name__ == "__main__":
    main()
