"""Where the cold build's CPU goes at 100,000 facts, phase by phase, in one interleaved run.

    python benchmarks/build_phases.py --big DIR/facts.json [--rounds 5] [--before SRC]

Each round runs, each in a process of its own and in turn: `json.load` of the file (the
cold build goal's divisor, the cyclic collector on, as scale.py runs it), and for this
checkout's src/ (and `--before`'s, a `git archive` of another commit) the cold build's
work in process: the fact file read and hashed, parsed and checked (`loader.parse_layers`),
then `building.build` into an empty folder, the collector off as `cache.open_index` runs
them. Figures are medians: CPU of the whole process (user + system: tantivy's threads
too), the main thread's own CPU (`time.thread_time`: the Python work, and the calls into
tantivy it makes), and wall time; the build's steps after the facts are indexed are timed
by wrapping building.py's functions (nothing of the build is copied here). The cold
command itself (scale.py) adds the interpreter's start, the CLI and the search after the
build: about 0.15 s of CPU.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STEPS = ("_write_entities", "_build_vocabulary", "_tallies", "_catalogue")
CHILD = r"""
import json, resource, sys, tempfile, shutil, time
from pathlib import Path

def cpu():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime

from defcoop_cli.factbase.loader import no_cycle_collection, parse_layers, read_fact_file
from defcoop_cli.index import cache
from defcoop_cli.index.writing import building

found = {}

def timed(name, fn):
    def run(*args, **kwargs):
        c, t = cpu(), time.thread_time()
        try:
            return fn(*args, **kwargs)
        finally:
            found[name] = (cpu() - c, time.thread_time() - t)
    return run

for name in sys.argv[2].split(","):
    setattr(building, name, timed(name, getattr(building, name)))
big = Path(sys.argv[1])
work = Path(tempfile.mkdtemp(prefix="build-phases-"))
try:
    (work / "b").mkdir()
    c0, t0, w0 = cpu(), time.thread_time(), time.perf_counter()
    data = read_fact_file(big)
    digests = getattr(cache, "_digests", None)  # since s51-perf56: made of each layer's
    content = cache._content(digests([data]) if digests else [data])
    c1, t1 = cpu(), time.thread_time()
    with no_cycle_collection():
        fb = parse_layers([(big, data)])
        del data
        c2, t2 = cpu(), time.thread_time()
        building.build(fb, work / "b", content, None)
        c3, t3, w3 = cpu(), time.thread_time(), time.perf_counter()
finally:
    shutil.rmtree(work)
found.update(read=(c1 - c0, t1 - t0), parse=(c2 - c1, t2 - t1), build=(c3 - c2, t3 - t2))
found["all"] = (c3 - c0, t3 - t0, w3 - w0)
found["peak"] = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,)
print(json.dumps(found))
"""
LOAD = "import json, sys; json.load(open(sys.argv[1], encoding='utf-8'))"


def child_cpu(argv: list[str], env: dict[str, str]) -> float:
    child = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    if os.waitstatus_to_exitcode(status):
        raise SystemExit(f"failed: {argv}")
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--big", type=Path, required=True)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--before", type=Path, help="src/ of another checkout")
    args = parser.parse_args()
    trees = {"now": ROOT / "src", **({"before": args.before} if args.before else {})}
    runs: dict[str, list[dict[str, list[float]]]] = {name: [] for name in trees}
    loads = []
    for _ in range(args.rounds):
        loads.append(child_cpu([sys.executable, "-c", LOAD, str(args.big)], dict(os.environ)))
        for name, src in trees.items():
            env = dict(os.environ, PYTHONPATH=str(src))
            argv = [sys.executable, "-c", CHILD, str(args.big), ",".join(STEPS)]
            runs[name].append(json.loads(subprocess.check_output(argv, env=env)))
    base = statistics.median(loads)
    print(f"medians of {args.rounds} interleaved rounds; json.load {base * 1000:,.0f} ms CPU\n")
    print("| phase | " + " | ".join(f"{n}: CPU | {n}: main thread" for n in trees) + " |")
    print("|---|" + "---:|---:|" * len(trees))
    for phase in ("read", "parse", "build", *STEPS, "all"):
        cells = []
        for name in trees:
            cpu_ms = statistics.median(r[phase][0] for r in runs[name]) * 1000
            main_ms = statistics.median(r[phase][1] for r in runs[name]) * 1000
            cells += [f"{cpu_ms:,.0f} ms", f"{main_ms:,.0f} ms"]
        print(f"| {phase.strip('_')} | " + " | ".join(cells) + " |")
    for name in trees:
        every = statistics.median(r["all"][0] for r in runs[name])
        wall = statistics.median(r["all"][2] for r in runs[name])
        peak = max(r["peak"][0] for r in runs[name])
        print(
            f"\n{name}: read, parse and build {every * 1000:,.0f} ms CPU = "
            f"{every / base:.2f} × json.load; wall {wall * 1000:,.0f} ms; peak {peak:,.0f} MB"
        )


if __name__ == "__main__":
    main()
