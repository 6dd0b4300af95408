"""Could a first draft read only the facts its sentences may claim? (issue 26: the first draft)
python benchmarks/draft_lazy.py [--sizes 10000 100000] [--bases DIR] [--passes]

A first draft (from an empty cache folder) reads every fact's texts to make the tables
later drafts read (`claims/whole.py`). The way proposed to spare it: read fully only the
facts that could make a drafted sentence's claim, found by a cheap index. This measures,
for the benchmark article of draft_bases.py over the shipped base and each `generate.py
--realistic` base laid over it, what such a draft would still have to read:

- **reached**: the facts the sentences' senses reach (`ClaimFinder.having`: every fact
  sharing a sense with a sentence), which a draft without the tables must read to score,
  since the bound that narrows them (`whole.Postings.reached`, "kept") weighs each meaning
  by its rarity;
- **rarity**: the meanings whose rarity (IDF, `ClaimFinder._share`) the article's scoring
  reads, and how many facts hold the commonest of them: the IDF of a meaning counts every
  fact whose texts read as it, so an exact IDF must find each of them, candidate or not;
- with --passes, the CPU of the pass over every fact (`ClaimFinder.__init__`, in process)
  whole, and reading only what IDF needs (each word's own meaning: no runs' thesaurus
  meanings, no WordNet related words), and whether the two give the same IDF.

Each base's tables are made first by a `defcoop draft` in a child process (in a cache
folder of this run's own, or --cache's, where they may be made already); the counts come
from a later draft run in this process with the finder's `reached` and `_share` watched
(they change nothing it does: "same draft" compares its bytes with the child's).
"""

from __future__ import annotations

import argparse
import math
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from draft_bases import ARTICLE, base  # noqa: E402

SHIPPED = HERE.parent / "data" / "facts.json"


def draft_in_child(layers: list[Path], article: Path, out: Path, cache: Path) -> None:
    command = [sys.executable, "-c", "from defcoop_cli.cli.entry import main; main()"]
    for layer in layers:
        command += ["--facts", str(layer)]
    command += ["draft", str(article), "--source-id", "bench", "-o", str(out)]
    out.unlink(missing_ok=True)
    env = {**os.environ, "XDG_CACHE_HOME": str(cache), "PYTHONHASHSEED": "0"}
    env.pop("DEFCOOP_NO_CACHE", None)
    subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL)


def watched_draft(layers: list[Path], article: Path, out: Path, cache: Path) -> dict[str, Any]:
    """A draft in this process, its finder's candidates and IDF reads counted."""
    import defcoop_cli.curation.drafting.claims.finder as finder_module
    from defcoop_cli.cli.app import run

    finder_class = finder_module.ClaimFinder
    reached, share = finder_module.reached, finder_class._share
    seen: dict[str, Any] = {"every": set(), "kept": set(), "keys": set(), "finder": None}

    def watched_reached(having: Any, said: Any, units: Any, own: Any, opening: bool) -> Any:
        seen["every"].update(i for sense in said for i in having.get(sense, ()))
        found = reached(having, said, units, own, opening)
        seen["kept"].update(found)
        return found

    def watched_share(self: Any, units: Any) -> float:
        seen["finder"] = self
        seen["keys"].update(u[0] for u in units)
        return share(self, units)

    argv = sys.argv
    finder_module.reached, finder_class._share = watched_reached, watched_share  # type: ignore[method-assign]
    os.environ["XDG_CACHE_HOME"] = str(cache)
    sys.argv = ["defcoop", *(a for p in layers for a in ("--facts", str(p)))]
    sys.argv += ["draft", str(article), "--source-id", "bench", "-o", str(out)]
    out.unlink(missing_ok=True)
    try:
        run()
    except SystemExit:
        pass
    finally:
        finder_module.reached, finder_class._share = reached, share  # type: ignore[method-assign]
        sys.argv = argv
    return seen


def held_by(finder: Any, keys: set[str]) -> tuple[int, str]:
    """How many facts hold the commonest of keys (from its IDF: log((1 + n) / count))."""
    n = len(finder.facts)
    counts = {k: round((1 + n) / math.exp(finder.idf[k])) for k in keys if k in finder.idf}
    key = max(counts, key=counts.__getitem__)
    return counts[key], key


def passes(layers: list[Path]) -> tuple[float, float, bool]:
    """CPU of the pass over every fact, whole and IDF's keys alone; the same IDF?"""
    code = (
        "import sys, time, marshal\n"
        "from pathlib import Path\n"
        "from defcoop_cli.factbase.loader import load_layers\n"
        "from defcoop_cli.curation.drafting.entities import EntityMatcher\n"
        "from defcoop_cli.curation.drafting.claims.finder import ClaimFinder\n"
        "from defcoop_cli.curation.drafting.base.distinct import once_each\n"
        "import defcoop_cli.curation.drafting.claims.readings as R\n"
        "import defcoop_cli.lookup.search.related.thesaurus as T\n"
        "doc = load_layers([Path(p) for p in sys.argv[2:]]).doc\n"
        "if sys.argv[1] == 'keys':\n"
        "    R._means = lambda run: R._NO_MEANS\n"
        "    T.related_words = lambda word: ()\n"
        "find = EntityMatcher(doc.entities).find\n"
        "start = time.process_time()\n"
        "with once_each():\n"
        "    finder = ClaimFinder(doc, find, None)\n"
        "sys.stdout.buffer.write(marshal.dumps((time.process_time() - start, finder.idf)))\n"
    )
    import marshal

    out = {}
    for how in ("whole", "keys"):
        command = [sys.executable, "-c", code, how, *map(str, layers)]
        env = {**os.environ, "PYTHONHASHSEED": "0"}
        done = subprocess.run(command, check=True, capture_output=True, env=env)
        out[how] = marshal.loads(done.stdout)
    return out["whole"][0], out["keys"][0], out["whole"][1] == out["keys"][1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[10_000, 100_000])
    parser.add_argument("--bases", type=Path, default=Path(tempfile.gettempdir()) / "defcoop-bench")
    parser.add_argument("--passes", action="store_true", help="time the pass, whole and keys only")
    parser.add_argument("--cache", type=Path, help="a cache folder to use (default: new ones)")
    args = parser.parse_args()
    args.bases.mkdir(parents=True, exist_ok=True)
    runs = {"shipped": [], **{f"{n:,}": [base(n, args.bases)] for n in args.sizes}}
    print(f"load average {os.getloadavg()[0]:.1f}")
    rows = []
    with tempfile.TemporaryDirectory() as work:
        article, out = Path(work, "article.txt"), Path(work, "draft.json")
        article.write_text(ARTICLE, encoding="utf-8")
        for name, layers in runs.items():
            cache = args.cache or Path(work, f"cache-{len(rows)}")
            start = time.process_time()
            draft_in_child(layers, article, out, cache)
            first = out.read_bytes()
            seen = watched_draft(layers, article, out, cache)
            same = out.read_bytes() == first
            finder = seen["finder"]
            n = len(finder.facts)
            count, key = held_by(finder, seen["keys"])
            row = (
                f"| {name} | {n:,} | {len(seen['every']):,} ({len(seen['every']) / n:.0%}) "
                f"| {len(seen['kept']):,} | {len(seen['keys']):,} | {count:,} ({count / n:.0%}, "
                f"`{key}`) | {same} |"
            )
            if args.passes:
                whole, keys, same_idf = passes([SHIPPED, *layers])  # as --facts lays them
                row += f" {whole:.1f} | {keys:.1f} ({keys / whole:.0%}) | {same_idf} |"
            rows.append(row)
            print(f"{name}: done ({time.process_time() - start:.1f} s here)", file=sys.stderr)
    print(f"load average {os.getloadavg()[0]:.1f}\n")
    head = "| base | facts | reached by senses | kept by the bound | meanings' IDF read "
    head += "| facts holding the commonest | same draft |"
    rule = "|---|---:|---:|---:|---:|---:|---|"
    if args.passes:
        head += " pass CPU s | IDF's keys alone CPU s | same IDF |"
        rule += "---:|---:|---|"
    print(head + "\n" + rule)
    print("\n".join(rows))


if __name__ == "__main__":
    main()
