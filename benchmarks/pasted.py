"""A pasted report sentence at scale (issue 26's spirit, no goal): ONE interleaved run.

    python benchmarks/pasted.py --big DIR/facts.json --million DIR [--rounds 7]
                                --before SRC [--before-cache DIR]

goals.py's 25-word sentence (read as a passage: lookup/search/reading/registers.py) on the
shipped base, at 100,000 realistic facts (`--big`, laid over the shipped base) and at a
million in ten layers (`--million`: DIR/l0 … DIR/l9), warm, from this tree and from
`--before` (a `git archive` of another commit's src/ and data/), and beside them a short
query with typos ("joint militray exercize": its time should not move). Every round runs
every command once, in turn; figures are medians (wall, CPU) and the largest peak memory;
each ratio divides two medians of the same run.
"""

from __future__ import annotations

import argparse
import compileall
import os
import platform
import sys
from datetime import datetime, timezone
from pathlib import Path

from goals import LONG
from ratios import DEFCOOP, HERE, PY, ROOT, SHIPPED
from scale import RUNNER, Run, env_for, interleaved

SHORT = "joint militray exercize"


def commands(args: argparse.Namespace) -> dict[str, tuple[list[str], dict[str, str], None]]:
    layers = [args.million / f"l{i}" / "facts.json" for i in range(10)]
    bases = {
        "shipped": dict(env_for(), DEFCOOP_FACTS=""),
        "100k": env_for(SHIPPED, args.big),
        "1M": env_for(*layers),
    }
    before = {"PYTHONPATH": str(args.before), "XDG_CACHE_HOME": str(args.before_cache)}
    # another checkout's own shipped base is another file: only this one is listed
    trees = {"after": ([DEFCOOP], {}, {}), "before": ([PY, "-c", RUNNER], before, {"100k"})}
    found = {}
    for query, words in (("pasted", [LONG]), ("short", SHORT.split())):
        for base, env in bases.items():
            for tree, (argv, extra, alone) in trees.items():
                own = {"DEFCOOP_NO_DEFAULT_FACTS": "1"} if base in alone else {}
                found[f"{tree} {query} {base}"] = (
                    [*argv, "search", *words],
                    {**env, **extra, **own},
                    None,
                )
    return found


def table(m: dict[str, Run]) -> list[str]:
    out = [
        "| query, base | CPU before → after | after ÷ before | ÷ shipped, before → after |"
        " wall before → after | peak before → after |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for query in ("pasted", "short"):
        for base in ("shipped", "100k", "1M"):
            b, a = m[f"before {query} {base}"], m[f"after {query} {base}"]
            bs, as_ = m[f"before {query} shipped"], m[f"after {query} shipped"]
            out.append(
                f"| {query}, {base} | {b[1] * 1000:,.0f} → {a[1] * 1000:,.0f} ms"
                f" | {a[1] / b[1]:.2f} × | {b[1] / bs[1]:.2f} → {a[1] / as_[1]:.2f} ×"
                f" | {b[0] * 1000:,.0f} → {a[0] * 1000:,.0f} ms"
                f" | {b[2] / 1024:,.0f} → {a[2] / 1024:,.0f} MB |"
            )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--big", type=Path, required=True, help="a 100,000-fact facts.json")
    parser.add_argument("--million", type=Path, required=True, help="ten layers l0 … l9")
    parser.add_argument("--before", type=Path, required=True, help="src/ of another checkout")
    parser.add_argument("--before-cache", type=Path, help="its index cache (default: ours)")
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    args.before_cache = args.before_cache or Path(
        os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    )
    for folder in (ROOT / "src", HERE, args.before):
        compileall.compile_dir(folder, quiet=1)
    found = commands(args)
    interleaved(found, 1)  # warm: every index built, every file read once
    began, load0 = datetime.now(timezone.utc), os.getloadavg()[0]
    m = interleaved(found, args.rounds)
    ended, load1 = datetime.now(timezone.utc), os.getloadavg()[0]
    cpu = platform.processor() or platform.machine()
    print(f"{began:%Y-%m-%d %H:%M}–{ended:%H:%M} UTC, load average {load0:.1f} → {load1:.1f};")
    print(f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()};")
    print(f"medians of {args.rounds} interleaved rounds.\n")
    print("\n".join(table(m)))


if __name__ == "__main__":
    sys.exit(main())
