"""Build a large fact base for benchmarks: python benchmarks/generate.py N OUT [--realistic].

Two modes.

Replicas (the default): the first copy of the facts is the real fact base; every later copy
replicates each real fact with a new id (`<id>-r<k>`) and a varied statement: about a quarter
of its longer words are swapped for words of the article, so statements keep the real
lengths and vocabulary but differ from copy to copy. Quotes, spans, topics and entities stay
as they are, so the output passes `defcoop validate`. Its vocabulary is the article's ~650
words, which flatters an index.

Realistic (`--realistic`): text drawn Zipf-wise (frequency of the word of rank r ∝ 1/r)
from a real English word list (/usr/share/dict/words: some 63,000 lower-case words of 3 to
14 letters), so 100,000 facts hold over 50,000 distinct words. One source text per 1,000
facts, one sentence per fact; entities in proportion (one per 10 facts, named by two
capitalised words, each fact naming one to three, Zipf-wise), a few topics per 10,000 facts.
Each fact quotes its sentence; its statement is the sentence reworded (a word dropped or
swapped), so the output passes `defcoop validate` too. `--prefix` makes every id unique
across layers: ten 100,000-fact layers make a million facts.

The same arguments always give the same bytes.
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


WORDS = Path("/usr/share/dict/words")
FACTS_PER_SOURCE = 1000
FACTS_PER_ENTITY = 10
FACTS_PER_TOPIC = 2500
KINDS = ("event", "commitment", "position", "concern", "background", "assessment")
STANCES = ("agreed", "reaffirmed", "discussed", "stressed", "highlighted", "reported")


def english_words(path: Path = WORDS) -> list[str]:
    """The word list's lower-case words of 3 to 14 letters, in a fixed shuffled order: the
    order is the Zipf rank."""
    if not path.exists():
        raise SystemExit(
            f"generate: --realistic needs a word list at {path} (apt install wamerican)"
        )
    words = sorted(
        set(re.findall(r"^[a-z]{3,14}$", path.read_text(encoding="utf-8", errors="replace"), re.M))
    )
    random.Random(0).shuffle(words)
    return words


class Zipf:
    """Draws from items with P(rank r) ∝ 1/r."""

    def __init__(self, items: list[str], rng: random.Random) -> None:
        self.items, self.rng = items, rng
        total, self.cum = 0.0, []
        for r in range(1, len(items) + 1):
            total += 1.0 / r
            self.cum.append(total)

    def draw(self, k: int) -> list[str]:
        return self.rng.choices(self.items, cum_weights=self.cum, k=k)


def realistic(size: int, seed: int = 1, prefix: str = "") -> tuple[dict[str, Any], dict[str, str]]:
    """A fact base of `size` facts and its source texts (path -> text)."""
    import hashlib

    rng = random.Random(seed)
    words = Zipf(english_words(), rng)
    n_entities = max(1, size // FACTS_PER_ENTITY)
    names = [" ".join(w.capitalize() for w in words.draw(2)) for _ in range(n_entities)]
    entities = [
        {
            "id": f"{prefix}entity-{i:06d}",
            "name": name,
            "type": rng.choice(("person", "country", "organisation", "place", "programme")),
            "aliases": [],
            "roles": [],
            "participants": [],
        }
        for i, name in enumerate(names)
    ]
    by_rank = Zipf([str(i) for i in range(n_entities)], rng)
    topics = [
        {
            "id": f"{prefix}topic-{i:04d}",
            "title": " ".join(words.draw(2)).capitalize(),
            "description": " ".join(words.draw(8)).capitalize() + ".",
            "group": "cooperation",
            "aliases": [],
        }
        for i in range(max(2, size // FACTS_PER_TOPIC))
    ]
    sources, facts, texts = [], [], {}
    for s in range((size + FACTS_PER_SOURCE - 1) // FACTS_PER_SOURCE):
        sentences, spans, at = [], [], 0
        start = s * FACTS_PER_SOURCE
        for i in range(start, min(size, start + FACTS_PER_SOURCE)):
            named = sorted({int(e) for e in by_rank.draw(rng.randint(1, 3))})
            body = words.draw(rng.randint(6, 14))
            for e in named:
                body.insert(rng.randrange(len(body) + 1), names[e])
            sentence = " ".join(body)
            sentence = sentence[0].upper() + sentence[1:]
            spans.append((i, named, sentence, at))
            sentences.append(sentence + ".")
            at += len(sentence) + 2
        text = " ".join(sentences) + "\n"
        path = f"sources/{prefix}source-{s:05d}.txt"
        texts[path] = text
        sid = f"{prefix}source-{s:05d}"
        sources.append(
            {
                "id": sid,
                "title": " ".join(words.draw(5)).capitalize(),
                "title_assigned_by": "curator",
                "kind": "news article",
                "path": path,
                "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
                "published": f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                "publisher": " ".join(words.draw(2)).title(),
            }
        )
        for i, named, sentence, offset in spans:
            statement = sentence.split(" ")
            if len(statement) > 6:  # reworded: a word dropped, another swapped
                del statement[rng.randrange(1, len(statement))]
                statement[rng.randrange(1, len(statement))] = words.draw(1)[0]
            facts.append(
                {
                    "id": f"{prefix}fact-{i:07d}",
                    "statement": " ".join(statement) + ".",
                    "kind": rng.choice(KINDS),
                    "attribution": "the article",
                    "stance": rng.choice(STANCES),
                    "topics": [rng.choice(topics)["id"]],
                    "entities": [entities[e]["id"] for e in named],
                    "keywords": words.draw(rng.randint(0, 3)),
                    "source": sid,
                    "quote": sentence,
                    "span": [offset, offset + len(sentence)],
                }
            )
    used = {e for f in facts for e in f["entities"]}
    entities = [e for e in entities if e["id"] in used]  # validate refuses unused entities
    doc = {
        "schema_version": 1,
        "sources": sources,
        "topics": topics,
        "entities": entities,
        "facts": facts,
        "curator_notes": [],
    }
    return doc, texts


def write_realistic(doc: dict[str, Any], texts: dict[str, str], out: Path) -> Path:
    (out / "sources").mkdir(parents=True, exist_ok=True)
    for path, text in texts.items():
        (out / path).write_text(text, encoding="utf-8")
    fact_file = out / "facts.json"
    fact_file.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return fact_file


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
    parser.add_argument("--realistic", action="store_true", help="Zipf text from a word list")
    parser.add_argument("--prefix", default="", help="prefix for every id (--realistic)")
    args = parser.parse_args()
    if args.realistic:
        path = write_realistic(*realistic(args.size, args.seed, args.prefix), args.out)
    else:
        path = write(generate(args.size, args.seed), args.out)
    print(f"{path}: {args.size} facts, {path.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
