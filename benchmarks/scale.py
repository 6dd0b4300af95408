"""Issue 26's goals at scale that ratios.py leaves out, on fact bases made once and reused.

    python benchmarks/scale.py --big DIR/facts.json [--million DIR] [--rounds 3]

- At 100,000 facts (`--big`, generate.py 100000 --realistic, laid over the shipped base):
  warm search of one, two and three words with typos against `fzf --filter` on the same
  statements (goal: faster), and the cold build (an empty cache) against `json.load` of
  the file (goal: ≤ 6× its time; both ratios, of CPU and of wall time, are printed).
- At a million facts in ten layers (`--million`: DIR/l0 … DIR/l9, each generate.py 100000
  --realistic --seed N --prefix lN-), warm: search against the same search on the shipped
  base (≤ 1.5×); brief, of the whole base, of one topic and of one source (≤ 2 s);
  validate of the top layer over the other nine (≤ 15 s, one run: it is slow); and
  listings into `head -1` (the pipeline's time: the first line ≤ 0.5 s, and `head`
  returning at once) with the listing's peak memory (`facts`, all million, one run).
- `--before SRC --before-cache DIR`: the cold build, and the briefs and the listings into
  `head -1` at a million facts, run also from another checkout's src/ (a `git archive` of the commit
  before), in the same rounds, the listings with their own index cache (an index of
  another format would be rebuilt).

Each table's commands run once per round, in turn; figures are medians. Time is wall
(what a person waits; fzf uses several threads) with CPU (user + system of the finished
child) beside it; peak memory is the child's maximum resident set size. Index caches are
the user's own (warm) except for the cold build, which gets an empty one per run.
"""

from __future__ import annotations

import argparse
import compileall
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SHIPPED = ROOT / "data" / "facts.json"
DEFCOOP = shutil.which("defcoop") or str(Path(sys.executable).with_name("defcoop"))
QUERIES = (["exercize"], ["militray", "exercise"], ["joint", "militray", "exercize"])
Run = tuple[float, float, int]  # wall seconds, CPU seconds, peak KiB


def run(argv: list[str], env: dict[str, str], stdin: Path | None = None) -> Run:
    """One run, its output thrown away: wall, CPU and peak memory of the child."""
    with open(os.devnull, "wb") as null, open(stdin or os.devnull, "rb") as given:
        began = time.perf_counter()
        child = subprocess.Popen(argv, stdout=null, stderr=null, stdin=given, env=env)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - began
    if os.waitstatus_to_exitcode(status) not in (0, 1):  # 1: nothing found
        raise SystemExit(f"failed: {' '.join(argv)}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss


def interleaved(commands: dict[str, tuple[list[str], dict[str, str], Path | None]], rounds: int):
    runs: dict[str, list[Run]] = {name: [] for name in commands}
    for _ in range(rounds):
        for name, (argv, env, stdin) in commands.items():
            runs[name].append(run(argv, env, stdin))
    return medians(runs)


def medians(runs: dict[str, list[Run]]) -> dict[str, Run]:
    """Each command's median wall and CPU time over its runs, and its largest peak."""
    return {
        name: (
            statistics.median(r[0] for r in found),
            statistics.median(r[1] for r in found),
            max(r[2] for r in found),
        )
        for name, found in runs.items()
    }


def env_for(*layers: Path, cache: Path | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DEFCOOP_")}
    env["DEFCOOP_FACTS"] = os.pathsep.join(str(p) for p in layers)
    if cache is not None:
        env["XDG_CACHE_HOME"] = str(cache)
    return env


def row(name: str, r: Run, ratio: str = "", goal: str = "") -> str:
    wall, cpu, peak = f"{r[0] * 1000:,.0f} ms", f"{r[1] * 1000:,.0f} ms", f"{r[2] / 1024:,.0f} MB"
    return f"| {name} | {wall} | {cpu} | {peak} | {ratio} | {goal} |"


def verdict(value: float, goal: float, unit: str = "×") -> str:
    return f"{value:,.2f} {unit} ({'met' if value <= goal else 'NOT met'})"


HEADER = (
    "| command | wall | CPU | peak memory | ratio / figure | goal |\n|---|---:|---:|---:|---:|---|"
)


def in_child(code: str, *args: str) -> str:
    """Python code run in a child process, its stdout returned: the big JSON it reads never
    enters this process, whose memory every child it forks would otherwise count as its
    own peak (the maximum resident set size includes the forked image before exec)."""
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, check=True)
    return done.stdout.decode("utf-8")


STATEMENTS = """import json, sys
with open(sys.argv[1], "w", encoding="utf-8") as out:
    for layer in sys.argv[2:]:
        for fact in json.load(open(layer, encoding="utf-8"))["facts"]:
            out.write(fact["statement"] + "\\n")
"""
PICK = """import json, sys
top = json.load(open(sys.argv[1], encoding="utf-8"))
print(top["topics"][3]["id"], top["sources"][42]["id"])
"""


def statements(layers: list[Path], out: Path) -> Path:
    in_child(STATEMENTS, str(out), *map(str, layers))
    return out


def at_100k(
    big: Path, rounds: int, work: Path, before: Path | None = None, cache: Path | None = None
) -> list[str]:
    shipped, on_big = env_for(SHIPPED), env_for(SHIPPED, big)
    # The other checkout's own shipped base is another file: only this one is listed.
    old = dict(env_for(SHIPPED, big, cache=cache), PYTHONPATH=str(before))
    old["DEFCOOP_NO_DEFAULT_FACTS"] = "1"
    lines = statements([SHIPPED, big], work / "statements.txt")
    commands: dict[str, tuple[list[str], dict[str, str], Path | None]] = {}
    for q in QUERIES:
        words = " ".join(q)
        commands[f"shipped: {words}"] = ([DEFCOOP, "search", *q], shipped, None)
        commands[f"big: {words}"] = ([DEFCOOP, "search", *q], on_big, None)
        if before is not None:
            commands[f"before: {words}"] = ([sys.executable, "-c", RUNNER, "search", *q], old, None)
        commands[f"fzf: {words}"] = (["fzf", "--filter", words], shipped, lines)
    for _, (argv, env, stdin) in commands.items():  # warm: caches built, files read
        run(argv, env, stdin)
    m = interleaved(commands, rounds)
    out = [HEADER]
    for q in QUERIES:
        words = " ".join(q)
        fzf_run = m[f"fzf: {words}"]
        out.append(row(f"shipped: `search {words}`", m[f"shipped: {words}"]))
        out.append(row(f"`fzf --filter '{words}'` on the statements", fzf_run))
        for label, key in [("", "big"), *([("before: ", "before")] if before else [])]:
            found = m[f"{key}: {words}"]
            out.append(
                row(
                    f"{label}100,000: `search {words}` ÷ fzf (wall)",
                    found,
                    verdict(found[0] / fzf_run[0], 0.999),
                    "< 1 ×",
                )
            )
    return out


RUNNER = "import sys; sys.argv[0] = 'defcoop'; from defcoop_cli.cli.entry import main; main()"


def cold_build(big: Path, rounds: int, work: Path, before: Path | None = None) -> list[str]:
    load = [
        sys.executable,
        "-c",
        "import json, sys; json.load(open(sys.argv[1], encoding='utf-8'))",
    ]
    search = ["--no-default-facts", "--facts", str(big), "search", "exercize"]
    codes = {"": [DEFCOOP]}
    if before is not None:
        codes["before: "] = [sys.executable, "-c", RUNNER]
    colds: dict[str, list[Run]] = {label: [] for label in codes}
    loads = []
    for i in range(rounds):
        for label, argv in codes.items():
            cache = work / f"cold-{i}"
            env = env_for(cache=cache)
            if label:
                env["PYTHONPATH"] = str(before)
            colds[label].append(run([*argv, *search], env))
            shutil.rmtree(cache, ignore_errors=True)
        loads.append(run([*load, str(big)], env_for()))
    med = lambda runs: tuple(statistics.median(r[k] for r in runs) for k in range(3))  # noqa: E731
    base = med(loads)
    out = [HEADER, row(f"`json.load` of the file ({big.stat().st_size / 2**20:,.0f} MB)", base)]
    for label in codes:
        cold = med(colds[label])
        # CPU is the figure kept since the first pass; wall is what a person waits (tantivy
        # indexes on the second core while Python makes the next documents).
        ratios = f"CPU {verdict(cold[1] / base[1], 6.0)}; wall {verdict(cold[0] / base[0], 6.0)}"
        out.append(row(f"{label}cold `defcoop search` ÷ json.load", cold, ratios, "≤ 6 ×"))
    return out


def at_million(
    folder: Path,
    rounds: int,
    before: Path | None = None,
    before_cache: Path | None = None,
    listings_only: bool = False,
) -> list[str]:
    layers = [folder / f"l{i}" / "facts.json" for i in range(10)]
    shipped, million = env_for(SHIPPED), env_for(*layers)
    topic, source = in_child(PICK, str(layers[-1])).split()
    commands: dict[str, tuple[list[str], dict[str, str], Path | None]] = {}
    briefs = {
        "brief": ["brief"],
        f"brief --topic {topic}": ["brief", "--topic", topic],
        f"brief --source {source}": ["brief", "--source", source],
    }
    if not listings_only:
        for q in QUERIES:
            commands[f"shipped: search {' '.join(q)}"] = ([DEFCOOP, "search", *q], shipped, None)
            commands[f"million: search {' '.join(q)}"] = ([DEFCOOP, "search", *q], million, None)
        for name, argv in briefs.items():
            commands[name] = ([DEFCOOP, *argv], million, None)
    listings = {
        f"facts --topic {topic} | head -1": f"facts --topic {topic}",
        "entities | head -1": "entities",
        "topics | head -1": "topics",
    }
    for name, line in listings.items():
        commands[name] = (["sh", "-c", f"'{DEFCOOP}' {line} | head -1"], million, None)
    if before is not None:
        old = dict(env_for(*layers, cache=before_cache), PYTHONPATH=str(before))
        for name, line in listings.items():
            run_old = f"'{sys.executable}' -c \"{RUNNER}\" {line} | head -1"
            commands[f"before: {name}"] = (["sh", "-c", run_old], old, None)
        if not listings_only:
            for name, argv in briefs.items():
                commands[f"before: {name}"] = ([sys.executable, "-c", RUNNER, *argv], old, None)
    for _, (argv, env, stdin) in commands.items():
        run(argv, env, stdin)
    m = interleaved(commands, rounds)
    out = [HEADER]
    if not listings_only:
        for q in QUERIES:
            words = " ".join(q)
            base, found = m[f"shipped: search {words}"], m[f"million: search {words}"]
            out.append(row(f"shipped: `search {words}`", base))
            out.append(
                row(
                    f"1,000,000: `search {words}` ÷ shipped (CPU)",
                    found,
                    verdict(found[1] / base[1], 1.5),
                    "≤ 1.5 ×",
                )
            )
        for name in briefs:
            for key in [name, *([f"before: {name}"] if before else [])]:
                label = f"before: 1,000,000: `{name}`" if key != name else f"1,000,000: `{name}`"
                out.append(row(label, m[key], verdict(m[key][0], 2.0, "s"), "≤ 2 s"))
    for name in listings:
        for label, key in [(name, name), *([(name, f"before: {name}")] if before else [])]:
            shown = f"1,000,000: `{label}` (the pipeline)"
            out.append(
                row(
                    f"before: {shown}" if key != name else shown,
                    m[key],
                    verdict(m[key][0], 0.5, "s"),
                    "≤ 0.5 s",
                )
            )
    if listings_only:
        return out
    whole = run(["sh", "-c", f"'{DEFCOOP}' facts | head -1"], million)  # slow: one run
    out.append(
        row("1,000,000: `facts | head -1` (one run)", whole, verdict(whole[0], 0.5, "s"), "≤ 0.5 s")
    )
    validate = run([DEFCOOP, "validate"], million)
    out.append(
        row(
            "1,000,000: `validate` of the top layer (one run)",
            validate,
            verdict(validate[0], 15.0, "s"),
            "≤ 15 s",
        )
    )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--big", type=Path, required=True, help="a 100,000-fact facts.json")
    parser.add_argument("--million", type=Path, help="a folder of ten layers l0 … l9")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--skip-cold", action="store_true", help="leave out the cold build")
    parser.add_argument("--skip-100k", action="store_true", help="leave out search and build")
    parser.add_argument(
        "--before", type=Path, help="src/ of another checkout, for the cold build and listings"
    )
    parser.add_argument("--before-cache", type=Path, help="the index cache of --before")
    parser.add_argument("--listings", action="store_true", help="at a million: listings only")
    args = parser.parse_args()
    # and --before: with PYTHONDONTWRITEBYTECODE set, an uncompiled checkout would
    # compile every module it imports on every run (some 50 ms a search)
    for folder in (ROOT / "src", *([args.before] if args.before else [])):
        compileall.compile_dir(folder, quiet=1)
    when = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    cpu = platform.processor() or platform.machine()
    print(f"{when}, {cpu}, {os.cpu_count()} cores, Python {platform.python_version()};")
    print(f"medians of {args.rounds} interleaved rounds.\n")
    with tempfile.TemporaryDirectory(prefix="defcoop-scale-") as tmp:
        work = Path(tmp)
        if not args.skip_100k:
            print("#### Warm search at 100,000 facts against fzf\n")
            found = at_100k(args.big, args.rounds, work, args.before, args.before_cache)
            print("\n".join(found), flush=True)
        if not args.skip_cold:
            print("\n#### Cold build at 100,000 facts\n")
            found = cold_build(args.big, args.rounds, work, args.before)
            print("\n".join(found), flush=True)
    if args.million:
        print("\n#### A million facts in ten layers\n")
        found = at_million(args.million, args.rounds, args.before, args.before_cache, args.listings)
        print("\n".join(found), flush=True)


if __name__ == "__main__":
    main()
