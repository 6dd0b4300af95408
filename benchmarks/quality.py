"""Search quality on a judged query set: recall@3, MRR, off-topic and editorial shares.

    python benchmarks/quality.py [--queries tests/fixtures/judged_queries.json] [--facts PATH]
                                 [--misses]

Each answerable query lists the facts a careful reader accepts as answers, best first.
- recall@3: the share of answerable queries with an answer in the top three results.
- answers@3 (stricter): for each answerable query, the share of its answers (at most
  three of them) found in the top three; averaged over the queries.
- MRR: the mean of 1/rank of the first answer in the results (0 when there is none).
- off-topic empty: the share of off-topic queries that return nothing.
- editorial kept out: the share of all queries whose results, by default, hold no
  editorial fact.
The goals (issue 12): recall@3 >= 0.98, MRR >= 0.95, off-topic empty 1.00.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from defcoop_cli.errors import UsageError  # noqa: E402
from defcoop_cli.factbase.loader import load  # noqa: E402
from defcoop_cli.lookup import service  # noqa: E402
from defcoop_cli.lookup.protocol import Index  # noqa: E402
from defcoop_cli.lookup.search.memory import SearchIndex  # noqa: E402
from defcoop_cli.lookup.search.text import parse_query  # noqa: E402
from defcoop_cli.lookup.service import SearchRequest  # noqa: E402


@dataclass
class Scores:
    hits: list[float]
    recall: list[float]
    reciprocal: list[float]
    off_topic_empty: list[bool]
    editorial_out: list[bool]
    misses: list[str]


def ranked_ids(index: Index, query: str, limit: int = 10) -> list[str]:
    """The ids `defcoop search QUERY --limit LIMIT` shows, in its order: the facts (or,
    when nothing matches enough, the closest matches under their heading), and the curator
    notes under them or above them (service.search, as the command calls it)."""
    try:
        parsed = parse_query([query])
    except UsageError:
        return []
    return service.search(index, parsed, SearchRequest((query,), limit=limit)).shown_ids


def evaluate(index: Index, queries: list[dict[str, object]]) -> tuple[Scores, dict[str, Scores]]:
    editorial = {f.id for f in index.factbase().doc.facts if f.kind == "editorial"}
    overall = Scores([], [], [], [], [], [])
    by_category: dict[str, Scores] = defaultdict(lambda: Scores([], [], [], [], [], []))
    for q in queries:
        text, relevant = str(q["query"]), list(q["relevant"])  # type: ignore[call-overload]
        found = ranked_ids(index, text)
        for s in (overall, by_category[str(q["category"])]):
            s.editorial_out.append(not editorial & set(found))
            if q["category"] == "off-topic":
                s.off_topic_empty.append(not found)
                if found:
                    s.misses.append(f"off-topic {text!r} -> {found[:3]}")
            elif relevant:
                wanted = relevant[:3]
                s.hits.append(float(bool(set(found[:3]) & set(relevant))))
                s.recall.append(len(set(found[:3]) & set(relevant)) / len(wanted))
                first = next((i for i, f in enumerate(found, 1) if f in relevant), None)
                s.reciprocal.append(1 / first if first else 0.0)
                if not first or first > 1:
                    s.misses.append(f"{q['category']} {text!r} -> {found[:3]} wanted {wanted}")
    return overall, dict(by_category)


def mean(values: list[float] | list[bool]) -> str:
    return f"{sum(values) / len(values):.3f}" if values else "-"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--queries", type=Path, default=ROOT / "tests" / "fixtures" / "judged_queries.json"
    )
    parser.add_argument("--facts", type=Path, default=ROOT / "data" / "facts.json")
    parser.add_argument("--misses", action="store_true", help="list the queries that fall short")
    args = parser.parse_args()
    queries = json.loads(args.queries.read_text(encoding="utf-8"))["queries"]
    overall, by_category = evaluate(SearchIndex(load(args.facts)), queries)
    print(f"{len(queries)} queries from {args.queries.name}\n")
    print("| queries | n | recall@3 | answers@3 | MRR | off-topic empty | editorial kept out |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    rows = [("all", overall), *sorted(by_category.items())]
    for name, s in rows:
        n = len(s.editorial_out)
        print(
            f"| {name} | {n} | {mean(s.hits)} | {mean(s.recall)} | {mean(s.reciprocal)} | "
            f"{mean(s.off_topic_empty)} | {mean(s.editorial_out)} |"
        )
    if args.misses:
        print("\nQueries whose first result is not an answer:")
        for miss in overall.misses:
            print(f"- {miss}")


if __name__ == "__main__":
    main()
