"""The curator's loop over each judged report set, as the README's "Adding an article" runs
it (issue 24): every report of a set drafted, accepted whole and added into one `defcoop
init` layer over the shipped base, then the brief at 80x24. draft_quality.py drafts each
report over the shipped base alone; this measures what happens when a set's reports meet.

    python benchmarks/curator_loop.py                   # every development set, summed
    python benchmarks/curator_loop.py heldout40 dev-s17 # some sets
    python benchmarks/curator_loop.py --briefs DIR      # and each brief written to DIR

Each set (tests/fixtures/reports/sets.txt; a line marked blind is never read) in three
orders: its reports as listed (by name), reversed (each drafted over the adds before it:
`draft F --source-id ID -o ID.json`, `review ID.json --accept-all`, `add ID.json`), and
stale: every draft made first, over the empty layer, then added in a shuffled order (a
fixed seed). Run in this process (defcoop_cli.cli.app.run), the shipped base under the
layer. For each order:

- adds: how many succeeded, else the first line of the first refusal;
- joined (recall): of the pairs of judged sentences of two reports judged to one claim
  (claim_of or also_claims, taken to their claims' ends), those with a fact each that end
  in one claim; wrong of formed (precision): of the pairs of facts of two reports of the
  set that end in one claim, those whose sentences the judge gives no claim in common (a
  fact is its judged sentence's when its quote is inside it or holds it; a fact of no
  judged sentence has none); new: pairs whose sentences are both judged to no claim (a
  claim no shipped fact makes, which the judgments cannot name: counted apart, not in
  formed). The judgments name shipped claims only, so a new claim two reports share that
  one of them also judges to a shipped claim counts as wrong: read them (--each);
- conflicts: the judged `conflict` sentences one of whose facts is on a conflict note the
  adds wrote; stray: conflict notes citing no fact of a sentence judged to carry one;
- brief: its rows at COLUMNS=80 LINES=24 into a pipe (it fits in 23), whether every
  order's brief is the same text (drafts made over other adds may link otherwise, so
  this is the loop's whole spread), whether the stale drafts added as listed brief as
  they did shuffled (the same drafts: only the order of adds differs, which must never
  show), and the first office "Who met whom" gives Gen Nakatani;
- reordered: whether each order's layer briefs alike when its lists are reversed and its
  ids renamed to sort the other way (reordered.py): the same facts, so a brief that
  differs chose by file order or ids (the brief's fault, never the drafter's spread).

The table gives the listed order's figures, and where an order differs, its own.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import re
import shutil
import sys
import tempfile
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass, field
from datetime import date
from itertools import combinations
from pathlib import Path

from draft_reports import DEV_SETS, REPORTS
from reordered import ids_of, renamed_back, write_reordered

from defcoop_cli.cli.app import run
from defcoop_cli.factbase.linking import claim_root
from defcoop_cli.factbase.loader import default_factbase_path, load, load_layers

SEED = 32
ORDERS = ("listed", "reversed", "stale")


def reports_of(folder: Path) -> list[Path]:
    """A set's reports as the loop reads them: the files its judgments judge, by name."""
    judged = json.loads((folder / "judgments.json").read_text(encoding="utf-8"))["reports"]
    return sorted(folder / name for name in judged)


def source_id(report: Path) -> str:
    return re.sub(r"[^a-z0-9]+", "-", report.stem.lower()).strip("-")


def norm(text: str) -> str:
    return " ".join(text.replace("\u2019", "'").split())


def _call(*argv: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = run(list(argv))
    return code, out.getvalue() + err.getvalue()


@dataclass
class Outcome:
    """One order's loop over one set."""

    added: int = 0
    refused: str = ""
    joined: int = 0
    judged_pairs: int = 0
    formed: int = 0
    wrong: list[str] = field(default_factory=list)
    new: list[str] = field(default_factory=list)
    conflicts: int = 0
    judged_conflicts: int = 0
    stray: list[str] = field(default_factory=list)
    brief: str = ""
    again: str = ""  # stale: the same drafts added as listed
    reordered: bool = True  # its layer reordered and renamed briefs alike

    @property
    def rows(self) -> int:
        return len(self.brief.splitlines())

    def office(self) -> str:
        for line in self.brief.splitlines():
            if line.startswith("• Gen Nakatani:"):
                return line.split(":", 1)[1].split(";")[0].strip()
        return "-"


def _loop(reports: list[Path], order: str, work: Path) -> tuple[Outcome, Path]:
    work.mkdir(parents=True)
    outcome = Outcome()
    assert _call("init", str(work / "mine"))[0] == 0
    target = work / "mine" / "facts.json"
    os.environ["DEFCOOP_FACTS"] = os.pathsep.join([str(default_factbase_path()), str(target)])
    listed = reports[::-1] if order == "reversed" else list(reports)
    drafts = []
    for report in listed:
        copy = work / report.name
        shutil.copyfile(report, copy)
        draft = work / f"{source_id(report)}.json"
        code, said = _call("draft", str(copy), "--source-id", source_id(report), "-o", str(draft))
        if code == 0:
            code, said = _call("review", str(draft), "--accept-all")
        if code != 0:
            outcome.refused = f"{report.name}: draft: {said.strip().splitlines()[0]}"
            break
        drafts.append((report, draft))
        if order != "stale":
            code, said = _call("add", str(draft))
            if code != 0:
                outcome.refused = f"{report.name}: {said.strip().splitlines()[0]}"
                break
            outcome.added += 1
    if order == "stale" and not outcome.refused:
        random.Random(SEED).shuffle(drafts)
        for report, draft in drafts:
            code, said = _call("add", str(draft))
            if code != 0:
                outcome.refused = f"{report.name}: {said.strip().splitlines()[0]}"
                break
            outcome.added += 1
    outcome.brief = _brief()
    outcome.reordered = _reordered_alike(target, work / "reordered", outcome.brief)
    if order == "stale" and not outcome.refused:  # the same drafts added as listed
        assert _call("init", str(work / "again"))[0] == 0
        again = work / "again" / "facts.json"
        os.environ["DEFCOOP_FACTS"] = os.pathsep.join([str(default_factbase_path()), str(again)])
        for report, draft in sorted(drafts):
            code, said = _call("add", str(draft))
            if code != 0:  # the comparison of orders is of briefs whose adds all landed
                outcome.refused = f"{report.name} (again): {said.strip().splitlines()[0]}"
                break
        else:
            outcome.again = _brief()
    return outcome, target


def _reordered_alike(layer: Path, to: Path, brief: str) -> bool:
    """Whether the layer, its lists reversed and its ids renamed, briefs as it does."""
    names = write_reordered(layer, to, _shipped_ids())
    os.environ["DEFCOOP_FACTS"] = os.pathsep.join(
        [str(default_factbase_path()), str(to / layer.name)]
    )
    again = renamed_back(_brief(), names)
    os.environ["DEFCOOP_FACTS"] = os.pathsep.join([str(default_factbase_path()), str(layer)])
    return again == brief


_SHIPPED: set[str] = set()


def _shipped_ids() -> set[str]:
    if not _SHIPPED:
        _SHIPPED.update(ids_of(json.loads(default_factbase_path().read_text(encoding="utf-8"))))
    return _SHIPPED


def _brief() -> str:
    os.environ["COLUMNS"], os.environ["LINES"] = "80", "24"
    brief = _call("brief")[1]
    del os.environ["COLUMNS"], os.environ["LINES"]
    return brief


def judged_sentences(folder: Path) -> list[tuple[str, dict]]:
    """(source id, judged sentence) for every body sentence of the set's judgments."""
    reports = json.loads((folder / "judgments.json").read_text(encoding="utf-8"))["reports"]
    return [
        (source_id(Path(name)), s)
        for name, judged in reports.items()
        for s in judged.get("sentences", [])
    ]


def _claims(sentence: dict, shipped: dict) -> set[str]:
    named = [sentence.get("claim_of"), *(sentence.get("also_claims") or [])]
    return {claim_root(c, shipped) for c in named if c}


def score(
    outcome: Outcome, folder: Path, target: Path, shipped: dict, shipped_notes: set[str]
) -> None:
    """The claims and conflicts the adds formed against the set's judgments."""
    sentences = judged_sentences(folder)
    fb = load_layers([default_factbase_path(), target])
    ours = {s for s, _ in sentences}
    facts = [f for f in fb.doc.facts if f.source in ours]
    owner: dict[str, int] = {}  # fact id -> its judged sentence (an index of sentences)
    for f in facts:
        quote = norm(f.quote)
        for i, (sid, s) in enumerate(sentences):
            text = norm(s["text"])
            if sid == f.source and (quote in text or text.rstrip(".") in quote):
                owner[f.id] = i
                break
    claim = {f.id: f.claim or f.id for f in facts}
    by_sentence: dict[int, set[str]] = {}
    for fid, i in owner.items():
        by_sentence.setdefault(i, set()).add(claim[fid])
    judged = [_claims(s, shipped) for _, s in sentences]
    for i, j in combinations(range(len(sentences)), 2):
        if sentences[i][0] != sentences[j][0] and judged[i] & judged[j]:
            outcome.judged_pairs += 1
            outcome.joined += bool(by_sentence.get(i, set()) & by_sentence.get(j, set()))
    for a, b in combinations(facts, 2):
        if a.source == b.source or claim[a.id] != claim[b.id]:
            continue
        ja = judged[owner[a.id]] if a.id in owner else set()
        jb = judged[owner[b.id]] if b.id in owner else set()
        pair = f"{a.id} ~ {b.id} ({claim[a.id]})"
        if not ja and not jb and a.id in owner and b.id in owner:
            outcome.new.append(pair)
            continue
        outcome.formed += 1
        if not ja & jb:
            outcome.wrong.append(pair)
    with_conflict = {i for i, (_, s) in enumerate(sentences) if s.get("conflict")}
    outcome.judged_conflicts = len(with_conflict)
    noted: set[int] = set()
    for note in fb.doc.curator_notes:
        if note.id in shipped_notes or (note.type != "conflict" and "differ" not in note.text):
            continue
        cited = {owner[f] for f in note.facts if f in owner}
        noted |= cited & with_conflict
        if not cited & with_conflict:
            outcome.stray.append(f"{note.id}: {note.text[:90]}")
    outcome.conflicts = len(noted)


def measure(
    folder: Path, scratch: Path, shipped: dict, shipped_notes: set[str]
) -> dict[str, Outcome]:
    reports = reports_of(folder)
    results = {}
    for order in ORDERS:
        outcome, target = _loop(
            reports, order, scratch / (_name(folder).strip(".") or "tuned") / order
        )
        if not outcome.refused:
            score(outcome, folder, target, shipped, shipped_notes)
        results[order] = outcome
    return results


def _name(folder: Path) -> str:
    return "." if folder == REPORTS else folder.name


def _row(name: str, results: dict[str, Outcome], n: int) -> str:
    first = results["listed"]
    adds = "/".join(str(results[o].added) for o in ORDERS)
    same = len({r.brief for r in results.values()}) == 1
    stale = results["stale"]
    adds_only = "yes" if stale.again == stale.brief else "NO"
    joined = "/".join(f"{results[o].joined}" for o in ORDERS)
    return (
        f"| {name} | {n} | {adds} | {joined} of {first.judged_pairs} | "
        f"{len(first.wrong)} of {first.formed} | {len(first.new)} | "
        f"{first.conflicts}/{first.judged_conflicts} "
        f"| {len(first.stray)} | {first.rows} | {'yes' if same else 'NO'} | {adds_only} "
        f"| {first.office()} |"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("sets", nargs="*")
    parser.add_argument("--briefs", type=Path)
    parser.add_argument("--each", action="store_true", help="list wrong and stray links")
    args = parser.parse_args()
    folders = [f for f in DEV_SETS if not args.sets or _name(f) in args.sets]
    base = load(default_factbase_path()).doc
    shipped = {f.id: f for f in base.facts}
    shipped_notes = {n.id for n in base.curator_notes}
    os.environ.pop("DEFCOOP_NO_DEFAULT_FACTS", None)
    print(f"curator's loop, {date.today().isoformat()}: orders listed/reversed/stale (seed {SEED})")
    print(
        "| set | reports | adds | joined (3 orders) | wrong | new | conflicts | stray "
        "| rows | same brief | same drafts alike | Nakatani first |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    total = {
        "reports": 0,
        "adds": [0, 0, 0],
        "joined": [0, 0, 0],
        "pairs": 0,
        "wrong": 0,
        "formed": 0,
    }
    total |= {"new": 0, "conflicts": 0, "judged": 0, "stray": 0, "fit": 0, "same": 0, "alike": 0}
    total |= {"reordered": 0, "layers": 0}
    notes: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["XDG_CACHE_HOME"] = str(Path(tmp) / "cache")
        for folder in folders:
            name = _name(folder)
            results = measure(folder, Path(tmp), shipped, shipped_notes)
            n = len(reports_of(folder))
            print(_row(name, results, n), flush=True)
            first = results["listed"]
            total["reports"] += n
            for k, o in enumerate(ORDERS):
                total["adds"][k] += results[o].added
                total["joined"][k] += results[o].joined
                if results[o].refused:
                    notes.append(f"{name} {o}: refused: {results[o].refused}")
            total["pairs"] += first.judged_pairs
            total["wrong"] += len(first.wrong)
            total["formed"] += first.formed
            total["new"] += len(first.new)
            total["conflicts"] += first.conflicts
            total["judged"] += first.judged_conflicts
            total["stray"] += len(first.stray)
            total["fit"] += first.rows <= 23
            total["same"] += len({r.brief for r in results.values()}) == 1
            total["alike"] += results["stale"].again == results["stale"].brief
            for o in ORDERS:
                total["layers"] += 1
                total["reordered"] += results[o].reordered
                if not results[o].reordered:
                    notes.append(f"{name} {o}: reordered and renamed, briefs otherwise")
            if args.each:
                notes += [f"{name} wrong: {w}" for w in first.wrong]
                notes += [f"{name} stray: {s}" for s in first.stray]
            if args.briefs:
                args.briefs.mkdir(parents=True, exist_ok=True)
                for o in ORDERS:
                    (args.briefs / f"{name.strip('.') or 'tuned'}.{o}.txt").write_text(
                        results[o].brief, encoding="utf-8"
                    )
    t = total
    print(
        f"| summed ({len(folders)} sets) | {t['reports']} | "
        f"{'/'.join(map(str, t['adds']))} | {'/'.join(map(str, t['joined']))} of {t['pairs']} "
        f"| {t['wrong']} of {t['formed']} | {t['new']} | {t['conflicts']}/{t['judged']} "
        f"| {t['stray']} "
        f"| {t['fit']} fit | {t['same']} same | {t['alike']} alike | |"
    )
    print(
        f"same facts reordered and renamed, brief alike: {t['reordered']} of {t['layers']} layers"
    )
    for line in notes:
        print(line)
    sys.stdout.flush()


if __name__ == "__main__":
    main()
