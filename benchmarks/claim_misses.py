"""Each claim miss of the development report sets, classed (issue 24).

    python benchmarks/claim_misses.py            # the count of each class
    python benchmarks/claim_misses.py --each     # and each miss, one a line
    python benchmarks/claim_misses.py --each --full   # each miss's whole sentence

A miss is a judged sentence (draft_reports' rules: the candidate scored is the clause of
its judged verb, else the one covering most of it) whose candidates link none of its judged
claims (claim_of, also_claims), or whose scored candidate links a claim not judged. Each is
put in the first class that fits, in this order:

- linked where the judge gives no claim;
- list or item: the proposed claim is a judged claim's list, or an item of it, or a sibling
  item (the judge gave the list where the rule gives an item, or the other way);
- taken by another sentence of the report: a candidate's note says another sentence of the
  draft holds its claim (a source makes a claim once: `claims.assignment`);
- ruled out by parties or act: every judged claim is refused before scoring, its parties
  not agreeing, or an act of courtesy (thanks, praise, welcome, hope) not the same;
- a near claim chosen over the judged one: a claim was proposed and a judged one scored
  within NEAR of the threshold;
- paraphrase, just under the threshold: none proposed, a judged one within NEAR;
- several claims or clauses, each said in part: two or more judged claims, or a sentence of
  joined clauses (", and", "; "), none near the threshold;
- paraphrase in other words, far under the threshold: the rest.

A judged claim's score is the best `ClaimFinder.ranked` gives it over the sentence's
candidates, read as drafted (their quote, entities, attribution and stance; no list lead).
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from draft_reports import DEV_SETS, _overlap, _scored, draft_report

from defcoop_cli.curation.drafting.claims import ClaimFinder
from defcoop_cli.curation.drafting.claims.cases.acts import speech_act
from defcoop_cli.curation.drafting.claims.finder import CLAIM_THRESHOLD, NEAR
from defcoop_cli.curation.drafting.entities import EntityMatcher
from defcoop_cli.factbase.loader import default_factbase_path, load
from defcoop_cli.factbase.records import Doc


class Classer:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.finder = ClaimFinder(doc, EntityMatcher(doc.entities).find)
        self.place = {f.id: i for i, f in enumerate(self.finder.facts)}
        self.list_of = {f.id: f.part_of or f.id for f in doc.facts}

    def scores(self, within: list[dict[str, Any]]) -> dict[str, float]:
        """Each fact's best score over the candidates."""
        out: dict[str, float] = {}
        for c in within:
            ranked = self.finder.ranked(
                c["quote"], c["entities"], c["attribution"], "", "", c["stance"]
            )
            for score, i in ranked.scored:
                fid = self.finder.facts[i].id
                out[fid] = max(out.get(fid, 0.0), score)
        return out

    def refused(self, c: dict[str, Any], fid: str) -> str | None:
        """Why the fact is refused before scoring for the candidate, if it is."""
        i = self.place.get(fid)
        if i is None:
            return "office"
        if not self.finder._agree(
            self.finder.parties_of(c["attribution"], c["entities"]), self.finder.parties[i]
        ):
            return "parties"
        return "act" if speech_act(c["quote"]) != self.finder.acts[i] else None

    def kind(
        self, s: dict[str, Any], claims: set[str], within: list[dict[str, Any]], c: dict[str, Any]
    ) -> str:
        proposed = c.get("claim_of")
        if not claims:
            return "linked where the judge gives no claim"
        lists = {self.list_of.get(x, x) for x in claims}
        if proposed and self.list_of.get(proposed, proposed) in lists:
            return "list or item: the other one of a judged list"
        hit = {f.get("claim_of") for f in within} & claims
        notes = [n for f in within for n in f.get("notes", [])]
        if not hit and any("is proposed for" in n for n in notes):
            return "taken by another sentence of the report"
        if all(self.refused(c, x) for x in claims):
            return "ruled out by parties or act"
        best = max((self.scores(within).get(x, 0.0) for x in claims), default=0.0)
        if best >= CLAIM_THRESHOLD - NEAR:
            return (
                "a near claim chosen over the judged one"
                if proposed
                else "paraphrase, just under the threshold"
            )
        if len(claims) >= 2 or ", and " in s["text"] or "; " in s["text"]:
            return "several claims or clauses, each said in part"
        return "paraphrase in other words, far under the threshold"


def misses(classer: Classer, folder: Path) -> list[tuple[str, str]]:
    """Each miss of a set: its class, and a line saying it."""
    judgments = json.loads((folder / "judgments.json").read_text(encoding="utf-8"))
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, judged in judgments["reports"].items():
            draft, text = draft_report(name, classer.doc, Path(tmp), folder)
            facts = draft["facts"]
            spans = [tuple(f["span"]) for f in facts]
            for s in judged["sentences"]:
                at = text.find(s["text"])
                span = (at, at + len(s["text"]))
                best = _scored(span, spans, text, s["verb"])
                if at == -1 or best is None:
                    continue
                claims = {s["claim_of"], *s.get("also_claims", [])} - {None}
                c, within = facts[best], [f for f in facts if _overlap(span, tuple(f["span"]))]
                found = bool({f.get("claim_of") for f in within} & claims) or not claims
                if found and c.get("claim_of") in (claims | {None}):
                    continue
                kind = classer.kind(s, claims, within, c)
                scores = classer.scores(within)
                judged = max((scores.get(x, 0.0) for x in claims), default=0.0)
                text_shown = s["text"] if "--full" in sys.argv else s["text"][:70]
                said = f"{c.get('claim_of')} for {sorted(claims)} ({judged:.2f}): {text_shown}"
                out.append((kind, f"{folder.name}/{name}: {said}"))
    return out


def main() -> None:
    classer = Classer(load(default_factbase_path()).doc)
    found = [m for folder in DEV_SETS for m in misses(classer, folder)]
    print("| class of miss | misses |\n|---|---:|")
    for kind, n in Counter(k for k, _ in found).most_common():
        print(f"| {kind} | {n} |")
    print(f"| all | {len(found)} |")
    if "--each" in sys.argv:
        print("\n".join(f"{k}: {line}" for k, line in sorted(found)))


if __name__ == "__main__":
    main()
