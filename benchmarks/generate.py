"""Build a large fact base from the real one, for benchmarks: python benchmarks/generate.py N OUT.

The first copy of the facts is the real fact base; every later copy replicates each real
fact with a new id (`<id>-r<k>`) and a varied statement: about a quarter of its longer words
are swapped for words of the article, so statements keep the real lengths and vocabulary but
differ from copy to copy. Quotes, spans, topics and entities stay as they are, so the output
passes `defcoop validate`. The same N and seed always give the same bytes.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT / "data" / "facts.json"
SWAP_SHARE = 0.25
_WORD = re.compile(r"[A-Za-z]{4,}")


def article_words(fact_base: dict[str, Any]) -> list[str]:
    source = fact_base["sources"][0]
    text = (REAL.parent / source["path"]).read_text(encoding="utf-8")
    return sorted(set(_WORD.findall(text)))


def varied(statement: str, vocabulary: list[str], rng: random.Random) -> str:
    def swap(match: re.Match[str]) -> str:
        return rng.choice(vocabulary) if rng.random() < SWAP_SHARE else match.group()

    return _WORD.sub(swap, statement)


def replica(
    fact: dict[str, Any], k: int, vocabulary: list[str], rng: random.Random
) -> dict[str, Any]:
    copy = dict(fact, id=f"{fact['id']}-r{k}", statement=varied(fact["statement"], vocabulary, rng))
    if fact.get("part_of"):
        copy["part_of"] = f"{fact['part_of']}-r{k}"
    return copy


def generate(size: int, seed: int = 1) -> dict[str, Any]:
    """The real fact base with its facts replicated up to `size` facts in all."""
    fact_base = json.loads(REAL.read_text(encoding="utf-8"))
    real_facts = fact_base["facts"]
    vocabulary = article_words(fact_base)
    rng = random.Random(seed)
    facts = list(real_facts[:size])
    k = 0
    while len(facts) < size:
        k += 1
        # A list's items follow the fact that states it, so a cut never orphans an item.
        for fact in real_facts[: size - len(facts)]:
            facts.append(replica(fact, k, vocabulary, rng))
    return dict(fact_base, facts=facts)


def write(fact_base: dict[str, Any], out: Path) -> Path:
    """facts.json and its sources in out; returns the fact file."""
    out.mkdir(parents=True, exist_ok=True)
    for source in fact_base["sources"]:
        target = out / source["path"]
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(REAL.parent / source["path"], target)
    path = out / "facts.json"
    path.write_text(json.dumps(fact_base, ensure_ascii=False), encoding="utf-8")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("size", type=int, help="how many facts, e.g. 1000, 10000, 100000")
    parser.add_argument("out", type=Path, help="folder to write facts.json and sources/ into")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    path = write(generate(args.size, args.seed), args.out)
    print(f"{path}: {args.size} facts, {path.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
