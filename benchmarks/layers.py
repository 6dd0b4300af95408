"""Warm search with two layers against one: the cost of layering (issue 14: at most 1.10×).

    python benchmarks/layers.py [--rounds 21] [--size 20000]

Three pairs, each timed in one interleaved run (medians), warm (the index cache built
beforehand):

- the shipped fact base alone, and the shipped base under the two-source test layer;
- a generated base of `size` facts as one layer, and the same facts split into two
  layers of half each (one index over both either way: the cache keys on every layer).

Needs the project installed (`pip install -e .`) and GNU time (/usr/bin/time).
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench import DEFCOOP, QUERY, interleaved, machine
from generate import generate, write

import defcoop_cli

ROOT = Path(__file__).resolve().parents[1]
SECOND = ROOT / "tests" / "fixtures" / "second" / "facts.json"
MINI = ROOT / "tests" / "fixtures" / "mini" / "facts.json"


def split(fact_base: dict[str, Any], out: Path) -> tuple[Path, Path]:
    """The fact base as two layers: the first half of the facts under the rest (the upper
    layer has no sources, topics or entities of its own: it uses the lower one's)."""
    facts = fact_base["facts"]
    half = len(facts) // 2
    lower = write({**fact_base, "facts": facts[:half]}, out / "lower")
    upper_doc = {
        "schema_version": fact_base["schema_version"],
        "sources": [],
        "topics": [],
        "entities": [],
        "facts": facts[half:],
        "curator_notes": [],
    }
    (out / "upper").mkdir(parents=True)
    upper = out / "upper" / "facts.json"
    upper.write_text(json.dumps(upper_doc), encoding="utf-8")
    return lower, upper


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=21)
    parser.add_argument("--size", type=int, default=20_000)
    args = parser.parse_args()
    # Installed packages have bytecode; a source checkout may not (PYTHONDONTWRITEBYTECODE).
    compileall.compile_dir(Path(defcoop_cli.__file__).parent, quiet=1)
    work = Path(tempfile.mkdtemp(prefix="defcoop-layers-"))
    try:
        env = {**os.environ, "XDG_CACHE_HOME": str(work / "cache")}
        env.pop("DEFCOOP_FACTS", None)
        env.pop("DEFCOOP_NO_DEFAULT_FACTS", None)
        search = [DEFCOOP, "search", *QUERY, "--json"]
        generated = generate(args.size)
        one = write(generated, work / "one")
        lower, upper = split(generated, work / "two")
        no_default = ["--no-default-facts"]
        pairs = {
            "shipped": (
                [DEFCOOP, *search[1:]],
                [DEFCOOP, "--facts", str(MINI), "--facts", str(SECOND), *search[1:]],
            ),
            f"{args.size:,} facts": (
                [DEFCOOP, *no_default, "--facts", str(one), *search[1:]],
                [DEFCOOP, *no_default, "--facts", str(lower), "--facts", str(upper), *search[1:]],
            ),
        }
        rows = []
        for name, (single, layered) in pairs.items():
            time.sleep(2.1)  # fact files written just now are hashed until they settle
            for argv in (single, layered, single, layered):  # build, then point at, the indexes
                subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, check=True)
            medians = interleaved(
                {"one": (single, env, None), "two": (layered, env, None)}, args.rounds
            )
            (t1, m1), (t2, m2) = medians["one"], medians["two"]
            rows.append(
                f"| {name} | {t1 * 1000:.0f} ms | {t2 * 1000:.0f} ms | {t2 / t1:.2f} × "
                f"| {m1 / 1024:.0f} / {m2 / 1024:.0f} MB |"
            )
        print(
            f"Warm `defcoop search {' '.join(QUERY)} --json`, one layer and two; "
            f"medians of {args.rounds} interleaved rounds. {machine()}\n"
        )
        print("| fact base | one layer | two layers | ratio | peak memory |")
        print("|---|---:|---:|---:|---:|")
        print("\n".join(rows))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
