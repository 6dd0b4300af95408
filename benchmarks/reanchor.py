"""Time `defcoop reanchor` of the shipped fact base against a heavily edited copy of its
article (issue 17: under a second): python benchmarks/reanchor.py [--rounds 11]

The edited copy: an update line on top, a paragraph inserted in the middle, a sentence
deleted, three typos fixed inside quotes, a near-copy of a quoted sentence added at the
end, and every "defence" spelled "defense". The table gives the median wall time of the
command (Python's start-up included) and of the re-anchoring alone, in process.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from bench import DEFCOOP, machine

from defcoop_cli.curation import anchoring
from defcoop_cli.curation.results import STATUSES
from defcoop_cli.factbase.loader import default_factbase_path, load

SOURCE = "rajnath-nakatani-meeting"


def edited(text: str) -> str:
    start = text.index("The Japanese delegation strongly condemned")
    text = text[:start] + text[text.index("terrorism.", start) + len("terrorism.") :]
    middle = text.index("Key Discussion Points")
    text = text[:middle] + "A paragraph added after publication, with new words.\n" + text[middle:]
    for old, new in (
        ("key strategic partner", "key strategic partnr"),
        ("friendly and positive", "friendly, positive"),
        ("supply chains", "supply-chains"),
        ("defence", "defense"),
    ):
        text = text.replace(old, new)
    lookalike = "Rajnath Singh briefed General Nakatani on the recent terror attack in Pahalgam."
    return "UPDATE: revised on 6 May.\n" + text + "\n" + lookalike + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=11)
    args = parser.parse_args()
    shipped = default_factbase_path()
    fb = load(shipped)
    old = fb.source_text(SOURCE)
    new = edited(old)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "new.txt"
        path.write_text(new, encoding="utf-8")
        env = {**os.environ, "XDG_CACHE_HOME": str(Path(tmp) / "cache")}
        argv = [DEFCOOP, "reanchor", SOURCE, str(path), "--json"]
        subprocess.run(argv, env=env, capture_output=True, check=False)
        walls, cores = [], []
        for _ in range(args.rounds):  # interleaved: the command, then the core in process
            start = time.perf_counter()
            subprocess.run(argv, env=env, capture_output=True, check=False)
            walls.append(time.perf_counter() - start)
            start = time.perf_counter()
            result = anchoring.reanchor(fb.sources[SOURCE], fb.doc.facts, old, new)
            cores.append(time.perf_counter() - start)
    counts = ", ".join(f"{result.tally(s)} {s}" for s in STATUSES if result.tally(s))
    wall, core = statistics.median(walls), statistics.median(cores)
    print(f"{machine()}; medians of {args.rounds} rounds; {counts}.\n")
    print("| what | median | ÷ 1 s (goal < 1) |\n|---|---:|---:|")
    print(f"| `defcoop reanchor` (the whole command) | {wall * 1000:.0f} ms | {wall:.2f} |")
    print(f"| re-anchoring alone, in process | {core * 1000:.0f} ms | {core:.2f} |")


if __name__ == "__main__":
    main()
