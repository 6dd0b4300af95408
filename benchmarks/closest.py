"""Closest matches: the bar they must pass (lookup/search/partial.py), tried on the judged
sets.

    python benchmarks/closest.py [--facts PATH]

For every query of the development judged sets that finds nothing (neither a fact nor a
note, as `defcoop search` ranks them), it asks for the closest matches under each bar: a
share of the query's weight, the share of the facts a rare word may reach at most, and
whether every word the first match misses must be one the fact base holds. It counts the
answerable queries with an answer among the first three shown, those shown only other
facts, and the off-topic or editorial queries shown anything: a bar is usable only if it
shows those nothing. The sixth and seventh sets, blind when the bar was calibrated, are
not read.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from defcoop_cli.errors import UsageError  # noqa: E402
from defcoop_cli.factbase.loader import load  # noqa: E402
from defcoop_cli.lookup.protocol import Index  # noqa: E402
from defcoop_cli.lookup.search.curator_notes import rank_notes  # noqa: E402
from defcoop_cli.lookup.search.memory import SearchIndex  # noqa: E402
from defcoop_cli.lookup.search.partial import Bar, closest_matches  # noqa: E402
from defcoop_cli.lookup.search.ranking import Filters, rank_facts  # noqa: E402
from defcoop_cli.lookup.search.text import parse_query  # noqa: E402
from defcoop_cli.lookup.search.words import Query  # noqa: E402

DEV_SETS = (
    "judged_queries.json",
    "judged_queries_holdout.json",
    "judged_queries_third.json",
    "judged_queries_paraphrase.json",
    "judged_queries_fourth.json",
    "judged_queries_fifth.json",
)
SHARES = (0.4, 0.5, 0.6)
RARE = (0.05, 0.1, 0.2, 1.0)


def unanswered(index: Index) -> list[tuple[Query, list[str], bool]]:
    """The judged queries that find nothing: (query, answers, off-topic or editorial)."""
    found = []
    for name in DEV_SETS:
        path = ROOT / "tests" / "fixtures" / name
        for q in json.loads(path.read_text(encoding="utf-8"))["queries"]:
            try:
                query = parse_query([q["query"]])
            except UsageError:
                continue
            notes = rank_notes(index.catalogue().curator_notes, query, index.vocabulary())
            if not notes and not rank_facts(index, query, Filters(), 1).total:
                found.append((query, q["relevant"], not q["relevant"]))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--facts", type=Path, default=ROOT / "data" / "facts.json")
    args = parser.parse_args()
    index = SearchIndex(load(args.facts))
    queries = unanswered(index)
    off = sum(o for _, _, o in queries)
    print(f"{len(queries)} judged queries find nothing ({off} off-topic or editorial)\n")
    print(
        "| share | rare ≤ | missed words held | answer in top 3 | other facts | off-topic shown |"
    )
    print("|---:|---:|---|---:|---:|---:|")
    for share, rare, held in itertools.product(SHARES, RARE, (True, False)):
        right = wrong = shown = 0
        for query, answers, off_topic in queries:
            found = closest_matches(index, query, Filters(), 3, Bar(share, rare, held))
            kept = [m.fact.id for m in found[0].matches] if found else []
            if kept and off_topic:
                shown += 1
            elif set(kept) & set(answers):
                right += 1
            elif kept:
                wrong += 1
        yes = "yes" if held else "no"
        print(f"| {share} | {rare:.0%} | {yes} | {right} | {wrong} | {shown} |")


if __name__ == "__main__":
    main()
