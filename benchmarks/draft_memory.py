"""How much memory does `draft` take for the article's size? (issue 22: at most 10 times)
python benchmarks/draft_memory.py [--sizes 100000 400000 1000000 2097152] [--rounds 1]

The article is the test articles (tests/fixtures/articles/, written for the tests) repeated
to each size in bytes (draft_scaling.article), once as one long line and once as many
lines; the last default size is the limit, MAX_ARTICLE_BYTES. Two measures, each over the
article file's size in bytes:

- **tracemalloc**: the peak of memory Python allocates while `draft_file` reads the
  article, drafts it and writes it, in this process with the fact base already loaded
  and a one-line article drafted first (so the fact base, the imports and the patterns
  compiled once are not counted); once to a file (`-o`) and once to stdout (`emit`, with
  stdout sent to /dev/null).
- **RSS**: the maximum resident set size (GNU time's %M) of a whole `defcoop draft ... -o`
  run, less that of the same run on a one-line article: what the article adds to the
  interpreter, the imports and the fact base. The least of `--rounds` runs each, after a
  first run that is not counted (it may build the fact base's cache). Resident memory
  moves by a MiB or two from run to run, a large share of a small article's size.

Needs the project installed (`pip install -e .`) and GNU time (/usr/bin/time).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from bench import DEFCOOP, machine, timed
from draft_scaling import article

from defcoop_cli import __version__
from defcoop_cli.curation.drafting.files import draft_file
from defcoop_cli.factbase.limits import MAX_ARTICLE_BYTES
from defcoop_cli.factbase.loader import default_factbase_path, load
from defcoop_cli.factbase.records import Doc
from defcoop_cli.output.emit import Style, emit

SIZES = (100_000, 400_000, 1_000_000, MAX_ARTICLE_BYTES)
SHAPES = (("one line", " "), ("many lines", "\n"))


def article_file(folder: Path, size: int, joint: str) -> Path:
    """The test articles repeated to at most size bytes of UTF-8, in a file."""
    text = article(size, joint)
    data = text.encode("utf-8")[:size].decode("utf-8", "ignore")
    path = folder / f"article-{size}-{len(joint)}.txt"
    path.write_text(data, encoding="utf-8")
    return path


def peak_of(work: Callable[[], object]) -> int:
    """The peak of memory Python allocated while work ran, in bytes."""
    tracemalloc.start()
    try:
        work()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def to_file(path: Path, doc: Doc, folder: Path) -> Callable[[], object]:
    out = folder / "draft.json"

    def work() -> object:
        out.unlink(missing_ok=True)
        return draft_file(path, "long", {}, doc, __version__, out)

    return work


def to_stdout(path: Path, doc: Doc) -> Callable[[], object]:
    def work() -> object:
        saved = sys.stdout
        with open(os.devnull, "w", encoding="utf-8") as sink:
            sys.stdout = sink
            try:
                return emit(
                    draft_file(path, "long", {}, doc, __version__), "json", Style(pager=False)
                )
            finally:
                sys.stdout = saved

    return work


def rss_kib(path: Path, folder: Path) -> int:
    """The peak resident size of `defcoop draft path -o` in KiB."""
    out = folder / "rss.json"
    out.unlink(missing_ok=True)
    argv = [DEFCOOP, "draft", str(path), "--source-id", "long", "-o", str(out)]
    return timed(argv, dict(os.environ))[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    parser.add_argument("--rounds", type=int, default=2, help="RSS runs per article (the least)")
    args = parser.parse_args()
    doc = load(default_factbase_path()).doc
    print(machine())
    print("peaks over the article file's size in bytes; goal: at most 10\n")
    print("| article | bytes | tracemalloc, -o | tracemalloc, stdout | RSS over baseline, -o |")
    print("|---|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        tiny = folder / "tiny.txt"
        tiny.write_text("A headline\nThe ministers met in Delhi.\n", encoding="utf-8")
        to_file(tiny, doc, folder)()  # what is done once (imports, patterns compiled) is
        to_stdout(tiny, doc)()  # not the article's: done before any peak is measured
        rss_kib(tiny, folder)  # not counted: it may build the fact base's cache
        baseline = min(rss_kib(tiny, folder) for _ in range(args.rounds))
        for shape, joint in SHAPES:
            for size in args.sizes:
                path = article_file(folder, size, joint)
                size_bytes = path.stat().st_size
                file_peak = peak_of(to_file(path, doc, folder))
                stdout_peak = peak_of(to_stdout(path, doc))
                rss = min(rss_kib(path, folder) for _ in range(args.rounds)) - baseline
                print(
                    f"| {shape} | {size_bytes:,} | {file_peak / 1e6:.1f} MB, "
                    f"{file_peak / size_bytes:.1f} × | {stdout_peak / 1e6:.1f} MB, "
                    f"{stdout_peak / size_bytes:.1f} × | {rss / 1024:.1f} MiB, "
                    f"{rss * 1024 / size_bytes:.1f} × |",
                    flush=True,
                )
    print(f"\nRSS baseline (a one-line article): {baseline / 1024:.1f} MiB")


if __name__ == "__main__":
    main()
