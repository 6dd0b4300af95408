"""Closest matches: could partial matches be shown when a query finds nothing?

    python benchmarks/closest.py [--facts PATH]

For every query of the judged sets (tests/fixtures/judged_queries*.json) that finds
nothing, it ranks the facts that match a share of its terms and keeps the best three
above a score bar; it counts, for each share and bar, the answerable queries whose
answer is among them, those shown only wrong facts, and the off-topic queries shown
anything. A bar is usable only if it shows no off-topic query anything.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from defcoop_cli.errors import UsageError  # noqa: E402
from defcoop_cli.factbase.loader import load  # noqa: E402
from defcoop_cli.lookup.protocol import Index  # noqa: E402
from defcoop_cli.lookup.search.memory import SearchIndex  # noqa: E402
from defcoop_cli.lookup.search.ranking import Filters, rank_facts, rank_notes  # noqa: E402
from defcoop_cli.lookup.search.text import parse_query  # noqa: E402

SHARES = (0.5, 0.6)
BARS = (40, 45, 50, 55, 60)


def unanswered(index: Index) -> list[tuple[str, list[str], bool]]:
    """The judged queries that find nothing: (text, answers, off-topic)."""
    found = []
    for path in sorted((ROOT / "tests" / "fixtures").glob("judged_queries*.json")):
        for q in json.loads(path.read_text(encoding="utf-8"))["queries"]:
            try:
                query = parse_query([q["query"]])
            except UsageError:
                continue
            notes = rank_notes(index.catalogue().curator_notes, query, index.vocabulary())
            if not rank_facts(index, query, Filters(), 1).total and not notes:
                found.append((q["query"], q["relevant"], q["category"] == "off-topic"))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--facts", type=Path, default=ROOT / "data" / "facts.json")
    args = parser.parse_args()
    index = SearchIndex(load(args.facts))
    queries = unanswered(index)
    off = sum(o for _, _, o in queries)
    print(f"{len(queries)} judged queries find nothing ({off} off-topic)\n")
    print("| share | bar | right answer in top 3 | wrong | off-topic shown |")
    print("|---:|---:|---:|---:|---:|")
    for share in SHARES:
        ranked = [
            (rank_facts(index, parse_query([t]), Filters(), 3, share=share).matches, a, o)
            for t, a, o in queries
        ]
        for bar in BARS:
            right = wrong = shown = 0
            for matches, answers, off_topic in ranked:
                kept = [m.fact.id for m in matches if m.score >= bar]
                if kept and off_topic:
                    shown += 1
                elif kept and set(kept) & set(answers):
                    right += 1
                elif kept:
                    wrong += 1
            print(f"| {share} | {bar} | {right} | {wrong} | {shown} |")


if __name__ == "__main__":
    main()
