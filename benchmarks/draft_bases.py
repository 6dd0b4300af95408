"""Does `draft` stay flat as the fact base grows? (issue 26)
python benchmarks/draft_bases.py [--rounds 5] [--sizes 10000 100000] [--bases DIR] [--cache DIR]

One small article (about 1 KB, written for this benchmark, naming the shipped base's
parties and a few of the generated base's) is drafted by `defcoop draft` over the shipped
fact base alone and over the shipped base with a `generate.py --realistic` base of each
size laid over it (made once into DIR, by default the system's temporary folder). In an
empty cache folder (with --cache, one used before), each base's search index is first built
(`defcoop search`, timed apart: "index"), then the base is drafted once ("first": it reads
every fact and keeps what it read, `claims/whole.py`); then the bases are drafted in turn,
round after round ("later"), so a busy machine slows all alike. The table gives the CPU
time of the child processes (user + system), the later drafts' medians (wall and CPU), and
the first and later drafts' ratios to the shipped base's later median. Issue 26's goal: the
draft at 100,000 facts at most 3 times the shipped base's, first and later.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench import machine

HERE = Path(__file__).resolve().parent
ARTICLE = """Ministers meet in Tokyo on maritime security

TOKYO, June 2 (Harbour Wire) -- Defence Minister Rajnath Singh met Japan's Defence Minister \
Gen Nakatani in Tokyo on Monday and the two sides agreed to expand joint naval exercises in \
the Indo-Pacific.
Singh said India valued Japan as a trusted partner and welcomed Japanese investment in \
defence manufacturing under Make in India.
Nakatani condemned the Pahalgam terrorist attack and expressed condolences to the families \
of the victims.
The ministers discussed cooperation on cybersecurity and artificial intelligence, and agreed \
to hold the next 2+2 ministerial dialogue in New Delhi.
Tatter Twined, a senior official of Geranium Larking, said the Adversaries Disputations \
programme would continue next year.
Officials from Australia and the United States attended the closing session as observers.
Analysts said the meeting showed that both countries were keen to deepen ties despite rising \
tensions in the South China Sea.
"""


def base(size: int, folder: Path) -> Path:
    """The realistic base of size facts in folder (made once)."""
    out = folder / f"realistic-{size}"
    if not (out / "facts.json").exists():
        generate = [sys.executable, str(HERE / "generate.py"), str(size), str(out)]
        subprocess.run([*generate, "--realistic"], check=True, stdout=subprocess.DEVNULL)
    return out / "facts.json"


def drafted(
    layers: list[Path], article: Path, out: Path, cache: Path, search: bool = False
) -> tuple[float, float]:
    """One `defcoop draft` of article over layers (or a search, which builds the index):
    its wall and CPU seconds."""
    out.unlink(missing_ok=True)
    command = [str(Path(sys.executable).parent / "defcoop")]
    for layer in layers:
        command += ["--facts", str(layer)]
    if search:
        command += ["search", "malabar", "--json"]
    else:
        command += ["draft", str(article), "--source-id", "bench", "-o", str(out)]
    env = {**os.environ, "XDG_CACHE_HOME": str(cache)}
    env.pop("DEFCOOP_NO_CACHE", None)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return wall, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--sizes", type=int, nargs="*", default=[10_000, 100_000])
    parser.add_argument("--bases", type=Path, default=Path(tempfile.gettempdir()) / "defcoop-bench")
    parser.add_argument("--cache", type=Path, help="the cache folder (default: a new, empty one)")
    args = parser.parse_args()
    args.bases.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        article, out = Path(work, "article.txt"), Path(work, "draft.json")
        cache = args.cache or Path(work)
        article.write_text(ARTICLE, encoding="utf-8")
        runs = {"shipped": [], **{f"{n:,} facts": [base(n, args.bases)] for n in args.sizes}}
        print(machine(), f"load average {os.getloadavg()[0]:.1f}")
        index = {n: drafted(layers, article, out, cache, search=True) for n, layers in runs.items()}
        first = {name: drafted(layers, article, out, cache) for name, layers in runs.items()}
        times: dict[str, list[tuple[float, float]]] = {name: [] for name in runs}
        for _ in range(args.rounds):
            for name, layers in runs.items():
                times[name].append(drafted(layers, article, out, cache))
        print(f"load average {os.getloadavg()[0]:.1f}; {args.rounds} rounds\n")
        print(
            "| base | index CPU s | first CPU s | later wall s | later CPU s "
            "| first ÷ shipped | later ÷ shipped |"
        )
        print("|---|---:|---:|---:|---:|---:|---:|")
        shipped = statistics.median(c for _, c in times["shipped"])
        for name, measured in times.items():
            wall = statistics.median(w for w, _ in measured)
            cpu = statistics.median(c for _, c in measured)
            print(
                f"| {name} | {index[name][1]:.2f} | {first[name][1]:.2f} | {wall:.2f} | "
                f"{cpu:.2f} | {first[name][1] / shipped:.2f} × | {cpu / shipped:.2f} × |"
            )


if __name__ == "__main__":
    main()
