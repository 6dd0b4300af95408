"""Does `draft` take time and memory in proportion to the article? (issue 22)
python benchmarks/draft_scaling.py [--rounds 5] [--small 100000] [--large 400000]

The article is the test articles (tests/fixtures/articles/, written for the tests) repeated
to each size, once as one long line (paragraphs joined by spaces) and once as many lines.
The two sizes are drafted in turn, round after round, so a busy machine slows both alike;
the table gives the median CPU time of the drafting alone (in process, the fact base
already loaded) and the peak of memory it allocates (tracemalloc, in a run of its own),
and the large size's figure over the small one's: in proportion, that is the ratio of the
sizes (4 by default). Before issue 22 a one-line article was quadratic: 200 KB took 9 s.
Its memory column is that of the whole draft as data (`draft()`, as the tests build it);
what `defcoop draft` takes, writing the draft as it is made, is draft_memory.py's.
"""

from __future__ import annotations

import argparse
import statistics
import time
import tracemalloc
from pathlib import Path

from bench import machine

from defcoop_cli.curation.drafting.assembly import draft
from defcoop_cli.factbase.loader import default_factbase_path, load

ARTICLES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "articles"


def article(size: int, joint: str) -> str:
    """The test articles' paragraphs joined by joint, repeated to size characters."""
    paragraphs = [
        line
        for path in sorted(ARTICLES.glob("*.txt"))
        for line in path.read_text("utf-8").splitlines()[1:]
        if line.strip()
    ]
    body = joint.join(paragraphs) + joint
    return "A headline for the long article\n" + (body * (size // len(body) + 1))[:size]


def cpu_seconds(text: str, doc: object) -> float:
    start = time.process_time()
    draft(text, "long", doc, {}, "long.txt", "bench")  # type: ignore[arg-type]
    return time.process_time() - start


def peak_bytes(text: str, doc: object) -> int:
    tracemalloc.start()
    try:
        draft(text, "long", doc, {}, "long.txt", "bench")  # type: ignore[arg-type]
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--small", type=int, default=100_000)
    parser.add_argument("--large", type=int, default=400_000)
    args = parser.parse_args()
    doc = load(default_factbase_path()).doc
    print(machine())
    print(f"sizes {args.small:,} and {args.large:,} characters; {args.rounds} rounds\n")
    print("| article | size | CPU s (median) | peak MB | peak / article |")
    print("|---|---:|---:|---:|---:|")
    for name, joint in (("one line", " "), ("many lines", "\n")):
        texts = [article(args.small, joint), article(args.large, joint)]
        times: list[list[float]] = [[], []]
        for _ in range(args.rounds):
            for n, text in enumerate(texts):
                times[n].append(cpu_seconds(text, doc))
        medians = [statistics.median(t) for t in times]
        peaks = [peak_bytes(text, doc) for text in texts]
        for text, median, peak in zip(texts, medians, peaks, strict=True):
            size = len(text.encode("utf-8"))
            print(f"| {name} | {size:,} | {median:.2f} | {peak / 1e6:.1f} | {peak / size:.1f} |")
        print(
            f"| {name}: large / small | {len(texts[1]) / len(texts[0]):.2f} "
            f"| {medians[1] / medians[0]:.2f} | {peaks[1] / peaks[0]:.2f} | |"
        )


if __name__ == "__main__":
    main()
