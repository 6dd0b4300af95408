"""First and later drafts by several source trees, interleaved (issue 26: the first draft).
python benchmarks/draft_first.py LABEL=SRC... [--rounds 5] [--sizes 10000 100000] [--bases DIR]

Each SRC is a tree's `src` folder (`git archive COMMIT src data | tar -x -C DIR`: DIR/src),
the first the one the others are compared with (main). The benchmark article of
draft_bases.py is drafted by `defcoop draft` over the shipped base and the `generate.py
--realistic` bases of each size (in DIR, made as draft_bases.py makes them), each tree in
its own process (PYTHONPATH=SRC) with a cache folder of its own, empty at the start: each
base's index is built first (a search, timed apart), then each base is drafted a first
time (it reads every fact and keeps the tables, `claims/whole.py`), by every tree in turn,
base by base; then round after round every base by every tree ("later"), so that a busy
machine slows all alike. Every child runs with PYTHONHASHSEED=0, so that the files the
trees keep can be compared (`draft_tables.py`: after the header line, byte for byte, and
value for value). The table gives each child's CPU (user + system) and peak memory, the
later drafts' medians, and the ratios to the same tree's later draft over the shipped base
(issue 26's goal: at most 3 times, first and later, at 100,000 facts).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from draft_bases import ARTICLE, base  # noqa: E402
from draft_tables import body, values  # noqa: E402


def run(
    src: str, layers: list[Path], cache: Path, article: Path, out: Path | None
) -> tuple[float, float]:
    """One `defcoop` by the tree at src: a draft of article to out, or (out None) a search
    that builds the index; its CPU seconds and peak memory (MB)."""
    command = [sys.executable, "-c", "from defcoop_cli.cli.entry import main; main()"]
    for layer in layers:
        command += ["--facts", str(layer)]
    if out is None:
        command += ["search", "malabar", "--json"]
    else:
        out.unlink(missing_ok=True)
        command += ["draft", str(article), "--source-id", "bench", "-o", str(out)]
    env = {**os.environ, "XDG_CACHE_HOME": str(cache), "PYTHONPATH": src, "PYTHONHASHSEED": "0"}
    env.pop("DEFCOOP_NO_CACHE", None)
    child = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    if status:
        raise SystemExit(f"{' '.join(command)}: exit status {status}")
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def kept_same(caches: dict[str, Path]) -> str:
    """Whether each tree's kept files hold what the first tree's do (by base: the files
    are matched by their kind and size order, one base each)."""
    first, *others = caches.values()
    notes = []
    for prefix in ("draft-tables-", "draft-readings-", "draft-terms-", "draft-votes-"):
        mine = sorted(first.rglob(f"{prefix}*"), key=lambda p: p.stat().st_size)
        for other in others:
            theirs = sorted(other.rglob(f"{prefix}*"), key=lambda p: p.stat().st_size)
            if len(mine) != len(theirs):  # a big base's terms and votes, not its tables
                notes.append(f"{prefix}…: {len(mine)} files against {len(theirs)}")
                continue
            for a, b in zip(mine, theirs, strict=True):
                same_bytes = body(a) == body(b)
                same = same_bytes or values(a, body(a)) == values(b, body(b))
                what = "the same bytes" if same_bytes else "values the same" if same else "DIFFER"
                notes.append(f"{prefix}… {a.stat().st_size:,} B: {what}")
    return "; ".join(notes)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("trees", nargs="+", help="LABEL=SRC")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--sizes", type=int, nargs="*", default=[10_000, 100_000])
    parser.add_argument("--bases", type=Path, default=Path(tempfile.gettempdir()) / "defcoop-bench")
    args = parser.parse_args()
    trees = dict(t.split("=", 1) for t in args.trees)
    args.bases.mkdir(parents=True, exist_ok=True)
    runs = {"shipped": [], **{f"{n:,}": [base(n, args.bases)] for n in args.sizes}}
    with tempfile.TemporaryDirectory() as work:
        article = Path(work, "article.txt")
        article.write_text(ARTICLE, encoding="utf-8")
        caches = {t: Path(work, f"cache-{t}") for t in trees}
        out = {(t, b): Path(work, f"{t}-{i}.json") for t in trees for i, b in enumerate(runs)}
        print(f"load average {os.getloadavg()[0]:.1f}")
        index = {
            (t, b): run(trees[t], layers, caches[t], article, None)
            for b, layers in runs.items()
            for t in trees
        }
        first: dict[tuple[str, str], tuple[float, float]] = {}
        firsts: dict[tuple[str, str], bytes] = {}
        for b, layers in runs.items():
            for t, src in trees.items():
                first[(t, b)] = run(src, layers, caches[t], article, out[(t, b)])
                firsts[(t, b)] = out[(t, b)].read_bytes()
                load = os.getloadavg()[0]
                print(f"first draft, {t}, {b}: {first[(t, b)][0]:.2f} s CPU, load {load:.1f}")
        later: dict[tuple[str, str], list[float]] = {k: [] for k in out}
        for _ in range(args.rounds):
            for b, layers in runs.items():
                for t, src in trees.items():
                    later[(t, b)].append(run(src, layers, caches[t], article, out[(t, b)])[0])
        one = next(iter(trees))
        same = all(firsts[(t, b)] == firsts[(one, b)] == out[(t, b)].read_bytes() for t, b in out)
        print(f"load average {os.getloadavg()[0]:.1f}; {args.rounds} rounds")
        print(f"every draft, first and later, the same bytes as {one}'s first: {same}")
        print(f"kept files: {kept_same(caches)}\n")
        print(
            "| tree | base | index CPU s | first CPU s | first peak MB | later CPU s "
            "| first ÷ shipped | later ÷ shipped |\n|---|---|---:|---:|---:|---:|---:|---:|"
        )
        for (t, b), measured in later.items():
            shipped = statistics.median(later[(t, "shipped")])
            cpu, (first_cpu, peak) = statistics.median(measured), first[(t, b)]
            print(
                f"| {t} | {b} | {index[(t, b)][0]:.2f} | {first_cpu:.2f} | {peak:.0f} | "
                f"{cpu:.2f} | {first_cpu / shipped:.1f} × | {cpu / shipped:.2f} × |"
            )


if __name__ == "__main__":
    main()
