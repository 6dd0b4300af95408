"""Later drafts by several source trees, interleaved (issue 26: each step of a change).
python benchmarks/draft_steps.py CACHE ROUNDS LABEL=SRC... [--bases DIR] [--pin SRC]

Each SRC is a tree's `src` folder (`git archive COMMIT | tar -x -C DIR`: DIR/src), the first
the one the others are compared with (main). The benchmark article of draft_bases.py is
drafted by `defcoop draft` over the shipped base and the `generate.py --realistic` bases of
10,000 and 100,000 facts (in DIR, made by draft_bases.py), each tree in its own process
with PYTHONPATH=SRC and the cache folder CACHE. The draft readings' code hash is pinned to
that of --pin's tree (default: the first's): the readings do not depend on the steps
measured, so one readings file serves every tree and each tree's first draft only makes
its tables (a first draft from nothing is draft_bases.py's); each later draft then reads
its own tree's tables. First drafts are run before the rounds; then each round drafts
every base by every tree in turn, so a busy machine slows all alike. The table gives the
medians of the children's CPU (user + system), and their ratios to the first tree's draft
over the shipped base. The drafts' bytes are compared with the first tree's.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
CHILD = "--child"  # in a child: `defcoop ARGS` with the readings' code hash pinned


def child(pin: Path, argv: list[str]) -> None:
    import functools

    from defcoop_cli.curation.drafting.claims import kept
    from defcoop_cli.index.checked.validated import code_hash

    sources = [
        path
        for path in sorted(pin.rglob("*"))
        if path.suffix in (".py", ".tsv", ".json", ".txt") and "__pycache__" not in path.parts
    ]
    label = f"draft readings {kept._FORMAT} marshal {kept.marshal.version}"
    pinned = functools.lru_cache(maxsize=1)(lambda: code_hash(label, sources))
    kept._code_hash = pinned  # type: ignore[assignment]
    from defcoop_cli.cli.entry import main

    sys.argv = ["defcoop", *argv]
    main()


def drafted(src: str, pin: str, layers: list[str], article: Path, out: Path, cache: Path) -> float:
    """One draft by the tree at src: its CPU seconds."""
    out.unlink(missing_ok=True)
    command = [sys.executable, __file__, CHILD, pin]
    for layer in layers:
        command += ["--facts", layer]
    command += ["draft", str(article), "--source-id", "bench", "-o", str(out)]
    env = {**os.environ, "XDG_CACHE_HOME": str(cache), "PYTHONPATH": src}
    env.pop("DEFCOOP_NO_CACHE", None)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def main() -> None:
    args = sys.argv[1:]
    bases = Path(tempfile.gettempdir()) / "defcoop-bench"
    if "--bases" in args:
        at = args.index("--bases")
        bases, args = Path(args[at + 1]), args[:at] + args[at + 2 :]
    pin = ""
    if "--pin" in args:
        at = args.index("--pin")
        pin, args = args[at + 1], args[:at] + args[at + 2 :]
    cache, rounds, trees = Path(args[0]), int(args[1]), dict(a.split("=", 1) for a in args[2:])
    pin = str(Path(pin or next(iter(trees.values()))) / "defcoop_cli")
    sys.path.insert(0, str(HERE))
    from draft_bases import ARTICLE

    runs = {
        "shipped": [],
        **{f"{n:,}": [str(bases / f"realistic-{n}" / "facts.json")] for n in (10_000, 100_000)},
    }
    with tempfile.TemporaryDirectory() as work:
        article = Path(work, "article.txt")
        article.write_text(ARTICLE, encoding="utf-8")
        out = {(t, b): Path(work, f"{t}-{i}.json") for t in trees for i, b in enumerate(runs)}
        print(f"load average {os.getloadavg()[0]:.1f}")
        for t, src in trees.items():
            for b, layers in runs.items():
                cpu = drafted(src, pin, layers, article, out[(t, b)], cache)
                print(f"first draft, {t}, {b}: {cpu:.2f} s CPU")
        times: dict[tuple[str, str], list[float]] = {k: [] for k in out}
        for _ in range(rounds):
            for b, layers in runs.items():
                for t, src in trees.items():
                    times[(t, b)].append(drafted(src, pin, layers, article, out[(t, b)], cache))
        first = next(iter(trees))
        same = all(out[(t, b)].read_bytes() == out[(first, b)].read_bytes() for t, b in out)
        print(f"load average {os.getloadavg()[0]:.1f}; {rounds} rounds; drafts the same: {same}\n")
        shipped = statistics.median(times[(first, "shipped")])
        print(f"| tree | base | later CPU s | ÷ {first}'s shipped |\n|---|---|---:|---:|")
        for (t, b), measured in times.items():
            cpu = statistics.median(measured)
            print(f"| {t} | {b} | {cpu:.2f} | {cpu / shipped:.2f} × |")


if __name__ == "__main__":
    if sys.argv[1:2] == [CHILD]:
        child(Path(sys.argv[2]), sys.argv[3:])
    else:
        main()
